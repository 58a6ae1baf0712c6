"""The source goals of the trust issue, counted from data/sources.yaml.

Goal: at most 5 % reposts, at least 90 % dated, every headline and ledger-chart figure on a primary
or major-outlet source. The first two are met and asserted as goals. The third is not met yet (see
data/NOTES.md): until it is, the test holds the line where research has brought the data, so no edit
makes it worse. Lower the ceiling as sources are found, and replace it with the goal once reached.
"""

from scripts import derive
from scripts.load import load
from tests.conftest import ROOT

GOAL_REPOSTS, GOAL_DATED = 0.05, 0.90
MOST_WITHOUT_PRIMARY = 16  # where the data stands now


def test_at_most_five_percent_reposts_and_at_least_ninety_percent_dated():
    sources = load(ROOT / "data").sources
    reposts = sum(source.repost for source in sources) / len(sources)
    dated = sum(source.published is not None for source in sources) / len(sources)
    assert reposts <= GOAL_REPOSTS, f"{reposts:.1%} reposts of {len(sources)} sources; the goal is {GOAL_REPOSTS:.0%}"
    assert dated >= GOAL_DATED, f"{dated:.1%} of {len(sources)} sources dated; the goal is {GOAL_DATED:.0%}"


def test_figures_without_a_primary_source_do_not_grow():
    missing = derive.figures_needing_primary_source(load(ROOT / "data"))
    assert len(missing) <= MOST_WITHOUT_PRIMARY, [figure.id for figure in missing]
