"""The source goals of the trust issue, counted from data/sources.yaml.

Goal: at most 5 % reposts, at least 90 % dated, every headline and ledger-chart figure on a primary
or major-outlet source. Not met yet (see data/NOTES.md); until they are, these tests hold the line
where research has brought the data, so no edit makes it worse. Lower the ceilings as sources are
replaced, and replace them with the goals once reached.
"""

from scripts import derive
from scripts.load import load
from tests.conftest import ROOT

GOAL_REPOSTS, GOAL_DATED = 0.05, 0.90
MOST_REPOSTS, LEAST_DATED, MOST_WITHOUT_PRIMARY = 15, 0.90, 22  # where the data stands now


def test_reposts_and_undated_sources_do_not_grow():
    sources = load(ROOT / "data").sources
    reposts = sum(source.repost for source in sources)
    dated = sum(source.published is not None for source in sources) / len(sources)
    assert reposts <= MOST_REPOSTS, f"{reposts} reposts; the goal is {GOAL_REPOSTS:.0%} of {len(sources)}"
    assert dated >= LEAST_DATED, f"{dated:.0%} dated; the goal is {GOAL_DATED:.0%}"


def test_figures_without_a_primary_source_do_not_grow():
    missing = derive.figures_needing_primary_source(load(ROOT / "data"))
    assert len(missing) <= MOST_WITHOUT_PRIMARY, [figure.id for figure in missing]
