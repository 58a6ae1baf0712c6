"""The exported project builds without the hook, with MkDocs and with its successors, into the same pages."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup

from scripts.export import MARKER, ExportRefused, edition_config_file, export
from scripts.load import load
from tests.conftest import MKDOCS, ROOT

SUCCESSORS = {  # set by run.sh's successors_env; each lives in an environment of its own
    "properdocs": os.environ.get("PROPERDOCS") or str(ROOT / ".venv-properdocs/bin/properdocs"),
    "zensical": os.environ.get("ZENSICAL") or str(ROOT / ".venv-zensical/bin/zensical"),
}


def _ids(site: Path) -> dict[str, set[str]]:
    """Every page of a built site, with the ids its content carries (the theme's own '__' ids left out)."""
    pages = {}
    for page in site.rglob("*.html"):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        content = soup.find("article") or soup
        ids = {tag["id"] for tag in content.find_all(id=True) if not tag["id"].startswith("__")}
        pages[page.relative_to(site).as_posix()] = ids
    return pages


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("export") / "project"
    export(ROOT / "mkdocs.yml", out)
    return out


def _build(command: list[str], project: Path) -> Path:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run(command, cwd=project, capture_output=True, text=True, env=env, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    return project / "site"


def test_the_export_is_a_project_without_the_hook(exported):
    config = yaml.safe_load((exported / "mkdocs.yml").read_text(encoding="utf-8"))
    assert "hooks" not in config and "watch" not in config
    assert config["theme"]["custom_dir"] == "overrides" and (exported / "overrides/main.html").is_file()
    assert "{ROOT}" in config["extra"]["story_footer"]  # filled in per page by overrides/partials/copyright.html
    for name in ("index.md", "timeline.md", "assets/charts.js", "assets/categories.css"):
        assert (exported / "docs" / name).is_file(), name
    assert not (exported / "docs/scripts").exists()


@pytest.mark.parametrize("builder", ["mkdocs", "properdocs", "zensical"])
def test_the_export_builds_into_the_same_pages(builder, exported, built_site, tmp_path):
    project = tmp_path / "project"
    shutil.copytree(exported, project)
    command = {
        "mkdocs": [MKDOCS, "build", "--strict", "-f", "mkdocs.yml"],
        "properdocs": [SUCCESSORS["properdocs"], "build", "--strict", "-f", "mkdocs.yml"],
        "zensical": [SUCCESSORS["zensical"], "build", "-f", "mkdocs.yml"],
    }[builder]
    assert Path(command[0]).exists(), f"{command[0]} is missing: run the tests with `bash run.sh test`"
    site = _build(command, project)
    for language in load(ROOT / "data").story.editions:  # each other edition, built after the site's own
        _build([*command[:-1], edition_config_file(language)], project)
    want, got = _ids(built_site), _ids(site)
    assert sorted(want) == sorted(got)
    for page, ids in want.items():
        assert ids <= got[page], f"{builder}: {page} lacks {sorted(ids - got[page])[:5]}"
    footer = [
        BeautifulSoup((s / "index.html").read_text(encoding="utf-8"), "html.parser").select_one(".md-copyright")
        for s in (built_site, site)
    ]
    assert footer[0].get_text(" ", strip=True) == footer[1].get_text(" ", strip=True)
    events = {event.id for event in load(ROOT / "data").events}
    assert events <= got["timeline/index.html"] and events <= got["nl/timeline/index.html"]
    dutch = BeautifulSoup((site / "nl/index.html").read_text(encoding="utf-8"), "html.parser")
    assert dutch.html["lang"] == "nl" and dutch.select_one("h1").get_text().startswith("Bloedige Januari")
    assert (site / "data/events.csv").is_file()


def test_an_export_refuses_a_folder_it_did_not_write(tmp_path):
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(ExportRefused, match="not empty"):
        export(ROOT / "mkdocs.yml", tmp_path)
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "mine"


def test_an_export_refuses_the_editors_folders():
    with pytest.raises(ExportRefused, match="outside the project"):
        export(ROOT / "mkdocs.yml", ROOT / "docs" / "exported")
    assert not (ROOT / "docs" / "exported").exists()


def test_an_export_replaces_an_earlier_export(tmp_path):
    out = tmp_path / "project"
    export(ROOT / "mkdocs.yml", out)
    (out / "docs" / "stale.md").write_text("old", encoding="utf-8")
    export(ROOT / "mkdocs.yml", out)
    assert (out / MARKER).exists() and not (out / "docs" / "stale.md").exists()


def test_the_command_line_exports_and_says_how_to_build(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "scripts", "export", str(tmp_path / "out")],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "mkdocs build -f" in result.stdout and (tmp_path / "out/mkdocs.yml").is_file()
