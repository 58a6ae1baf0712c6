"""Shared fixtures: a minimal valid data folder, a copy of the project, and one real site build."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "karakalpakstan-2022"
# No test writes into the checkout: rendered charts and compiled templates go to a temporary folder.
os.environ["STORY_CACHE_DIR"] = tempfile.mkdtemp(prefix="story-cache-")
MKDOCS = str(Path(sys.executable).parent / "mkdocs")
COPY_IGNORE = shutil.ignore_patterns(".venv", "site", ".cache", ".git", "__pycache__", "node_modules", "screenshots")

MINIMAL_STORY = """
    id: test-story
    title: "A test story"
    description: A story small enough to break on purpose.
    language: en
    window: {start: 2021-01-01, end: 2023-12-31}
    focus:
      start: 2022-01-01
      end: 2022-01-31
      id: january
      label: January
      before: {id: before, label: Before}
      after: {id: after, label: After}
    categories:
      - {id: protest, label: Protest, colour: "#0b5fa5"}
      - {id: violence, label: Violence, colour: "#a32020"}
    measures:
      - {id: deaths, label: Deaths, definition: Everyone reported killed., unit: people}
      - {id: detained, label: Detained, definition: People reported detained., unit: people}
    actor_types:
      - {id: government, label: Governments}
      - {id: international-body, label: International bodies}
    stances:
      - {id: urges-restraint, label: Urges restraint}
      - {id: neutral, label: Neutral}
    key_figures:
      measures: [detained]
    charts:
      - id: detained-over-time
        kind: ledger
        measures: [detained]
        title: Detentions
        subtitle: As reported.
        description: "Detentions peaked at {peak} on {peak_date}."
        labels: {y: People detained, y_high: High end}
    pages:
      index: {charts: [detained-over-time]}
      timeline: {}
      casualties: {}
      reactions: {}
      sources: {}
      data: {}
    standfirst: Small enough to break on purpose.
    published: 2022-02-01
    credits: {made_by: The test desk}
    major_outlets: [NU.nl]  # so the one source may carry a headline and a chart
"""

MINIMAL_DATA = {
    "story.yaml": MINIMAL_STORY,
    "sources.yaml": """
        - id: nu-2022-01-06-onrust
          publisher: NU.nl
          title: Weer onrust in grootste stad Kazachstan
          url: https://www.nu.nl/buitenland/6176920/x.html
          published: 2022-01-06
          language: nl
          type: independent-media
    """,
    "places.yaml": """
        - id: almaty
          name: Almaty
          region: Almaty (city)
          lat: 43.24
          lon: 76.89
          utc_offset: "+06:00"
    """,
    "events.yaml": """
        - id: 2022-01-06-clashes
          start: 2022-01-06T14:00:00+06:00
          place: almaty
          category: violence
          title: Clashes on a central square
          summary: Explosions and gunfire were heard.
          sources: [nu-2022-01-06-onrust]
    """,
    "figures.yaml": """
        - id: detained-2022-01-06
          measure: detained
          value: 2300
          as_of: 2022-01-06
          reported_by: Police
          reporter_type: authorities
          status: reported
          sources: [nu-2022-01-06-onrust]
    """,
    "reactions.yaml": """
        - id: 2022-01-06-un
          actor: UN rights chief
          actor_type: international-body
          country_or_org: United Nations
          date: 2022-01-06
          stance: urges-restraint
          summary: Urged restraint.
          sources: [nu-2022-01-06-onrust]
    """,
    "background.yaml": """
        - id: lpg-price
          label: LPG price change
          value: doubled
          as_of: 2022-01-01
          sources: [nu-2022-01-06-onrust]
    """,
    "deployments.yaml": """
        - id: csto-russia
          country: Russia
          troops: 3000
          date: 2022-01-06
          sources: [nu-2022-01-06-onrust]
    """,
}


def write_minimal_data(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in MINIMAL_DATA.items():
        (folder / name).write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    return folder


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return write_minimal_data(tmp_path / "data")


@pytest.fixture
def project_copy(tmp_path: Path) -> Path:
    """The whole project in a temporary folder, so a test may break its data."""
    target = tmp_path / "project"
    shutil.copytree(ROOT, target, ignore=COPY_IGNORE)
    return target


def mkdocs_build(project: Path, site_dir: Path, *extra: str, cache: Path | None = None) -> subprocess.CompletedProcess:
    """A real `mkdocs build --strict`; `cache` gives it a chart cache of its own (cold when new)."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "1641427200"}
    if cache is not None:
        env["STORY_CACHE_DIR"] = str(cache)
    return subprocess.run(
        [MKDOCS, "build", "--strict", "-f", str(project / "mkdocs.yml"), "-d", str(site_dir), *extra],
        cwd=project,
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )


def _built(project: Path, tmp_path_factory, name: str) -> Path:
    site = tmp_path_factory.mktemp(name) / "site"
    result = mkdocs_build(project, site)
    assert result.returncode == 0, result.stdout + result.stderr
    return site


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """One real `mkdocs build --strict` of the real project, shared by the HTML tests."""
    return _built(ROOT, tmp_path_factory, "built")


@pytest.fixture(scope="session")
def example_site(tmp_path_factory) -> Path:
    """One real build of the example story, with the same engine."""
    return _built(EXAMPLE, tmp_path_factory, "example")


SPLIT_PAGES = {
    "timeline: {charts: [events-per-day]": 30,
    "reactions: {charts: [reactions-by-stance, reactions-by-date]": 30,
    "casualties: {charts: [deaths-over-time, injured-over-time, detained-over-time]": 25,
    "sources: {": 100,
}


@pytest.fixture(scope="session")
def split_site(tmp_path_factory):
    """The real project with its long pages in parts (timeline: 30 events; reactions: 30; figures: 25;
    sources: 100), built with mkdocs build --strict."""
    project = tmp_path_factory.mktemp("split") / "project"
    shutil.copytree(ROOT, project, ignore=COPY_IGNORE)
    story = project / "data/story.yaml"
    text = story.read_text(encoding="utf-8")
    for plan, per_page in SPLIT_PAGES.items():
        assert f"\n  {plan}}}\n" in text, plan
        text = text.replace(f"\n  {plan}}}\n", f"\n  {plan}, per_page: {per_page}}}\n")
    story.write_text(text.replace("sources: {, per_page", "sources: {per_page"), encoding="utf-8")
    site = project / "site"
    result = mkdocs_build(project, site)
    assert result.returncode == 0, result.stdout + result.stderr
    return site
