"""Every built page is valid HTML by the W3C's Nu Html Checker (vnu-jar, pinned in tools/checkers)."""

import json
import subprocess

import pytest

from tests.conftest import ROOT

VNU = ROOT / "tools" / "checkers" / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def nu_errors(site) -> list[str]:
    if not VNU.exists():
        pytest.fail("the Nu Html Checker is missing: run the tests with `bash run.sh test`, which installs it")
    result = subprocess.run(
        ["java", "-jar", str(VNU), "--errors-only", "--format", "json", "--skip-non-html", str(site)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    messages = json.loads(result.stderr or result.stdout)["messages"]
    return [f"{m.get('url', '').rsplit(str(site), 1)[-1]}:{m.get('lastLine')}: {m['message']}" for m in messages]


def test_every_page_is_valid_html(built_site):
    assert len(list(built_site.rglob("*.html"))) >= 8
    assert nu_errors(built_site) == []


def test_the_checker_finds_what_is_wrong(tmp_path):
    (tmp_path / "index.html").write_text(
        "<!doctype html><html lang=en><title>x</title><figure><figcaption>a</figcaption><details></details>"
        "<p>b</p></figure><input type=checkbox autocomplete=off>", encoding="utf-8"
    )
    assert len(nu_errors(tmp_path)) >= 1


def test_the_example_story_is_valid_html(example_site):
    assert nu_errors(example_site) == []


def test_long_pages_in_parts_are_valid_html(split_site):
    # Part pages sit outside the navigation, which changes the theme's markup around them.
    assert len(list(split_site.glob("*/part-*/index.html"))) >= 12
    assert nu_errors(split_site) == []
