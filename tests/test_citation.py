"""A citable release: CITATION.cff validates and names the data's current version, date, title and address."""

from __future__ import annotations

import os
import subprocess

import yaml

from scripts.load import load_story
from tests.conftest import ROOT

CFFCONVERT = os.environ.get("CFFCONVERT") or str(ROOT / ".venv-cffconvert/bin/cffconvert")


def test_citation_cff_validates():
    result = subprocess.run([CFFCONVERT, "--validate", "-i", str(ROOT / "CITATION.cff")],
                            capture_output=True, text=True, timeout=120)  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr


def test_citation_cff_names_the_current_release():
    citation = yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    story = load_story(ROOT / "data")[0]
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    assert citation["version"] == story.release.version
    assert str(citation["date-released"]) == story.release.date.isoformat()
    assert citation["title"] == story.title and citation["url"] == config["site_url"]
