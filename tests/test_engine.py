"""The engine knows no story: no story word in scripts/, every module imports alone, a second story builds."""

import importlib.util
import re
import subprocess
import sys

from bs4 import BeautifulSoup

from scripts.load import load
from tests.conftest import EXAMPLE, ROOT

STORY_WORDS = re.compile(
    r"kazakh|almaty|mangystau|aktau|lpg|csto|tokayev|nazarbayev|zhanaozen|tenge|bloody|qantar|nur-sultan|astana|2022",
    re.IGNORECASE,
)
MODULES = sorted(
    ".".join(path.relative_to(ROOT).with_suffix("").parts)
    for path in (ROOT / "scripts").rglob("*.py")
    if path.name != "__main__.py"
)


def test_no_story_word_in_the_engine():
    found = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for path in sorted((ROOT / "scripts").rglob("*"))
        if path.is_file() and path.suffix in (".py", ".j2", ".yaml", ".css", ".js", ".txt")
        for number, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1)
        if STORY_WORDS.search(line)
    ]
    assert found == []


def test_every_module_imports_on_its_own():
    # One fresh interpreter per module, all at once: an import cycle shows as a failure here.
    processes = {
        name: subprocess.Popen([sys.executable, "-c", f"import {name}"], cwd=ROOT, stderr=subprocess.PIPE, text=True)
        for name in MODULES
        if name != "scripts.hook"  # loaded by MkDocs by path; it imports MkDocs
    }
    failures = {name: p.communicate(timeout=120)[1].strip().splitlines()[-1:] for name, p in processes.items()}
    assert {name: error for name, error in failures.items() if processes[name].returncode} == {}
    assert importlib.util.find_spec("mkdocs")  # the hook's own imports are covered by every build


def test_the_example_story_validates():
    dataset = load(EXAMPLE / "data")
    assert dataset.story.id != load(ROOT / "data").story.id
    assert len(dataset.events) >= 12 and len(dataset.figures) >= 6
    assert len(dataset.reactions) >= 6 and len(dataset.sources) >= 15


def test_the_example_story_builds_with_the_same_engine(example_site):
    dataset = load(EXAMPLE / "data")
    timeline = BeautifulSoup((example_site / "timeline" / "index.html").read_text(encoding="utf-8"), "html.parser")
    assert {h4["id"] for h4 in timeline.select("li.bj-event > h4")} == {event.id for event in dataset.events}
    home = (example_site / "index.html").read_text(encoding="utf-8")
    assert dataset.story.title.split(":")[0] in home
    assert not STORY_WORDS.search(BeautifulSoup(home, "html.parser").get_text().replace("2022", ""))
    for chart in dataset.story.charts:
        assert (example_site / "assets" / "charts" / f"{chart.id}-light-wide.svg").exists(), chart.id
