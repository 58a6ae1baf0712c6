"""One colour code per story: at most seven hues, badges readable, and every pair apart for the
common colour-vision deficiencies (simulated with Machado, Oliveira and Fernandes 2009, full severity)."""

import itertools
import math

import pytest

from scripts.charts.theme import PALETTES, vega_config
from scripts.colour import _channel, contrast, text_on
from scripts.load import load
from tests.conftest import EXAMPLE, ROOT

SIMULATIONS = {
    "normal vision": [[1, 0, 0], [0, 1, 0], [0, 0, 1]],
    "protanopia": [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
    "deuteranopia": [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881]],
    "tritanopia": [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.303900]],
}
MIN_DIFFERENCE = 10  # CIE76 ΔE: clearly different swatches side by side


def _lab(hex_colour: str, matrix) -> tuple[float, float, float]:
    linear = [_channel(int(hex_colour[i : i + 2], 16) / 255) for i in (1, 3, 5)]
    r, g, b = (min(1, max(0, sum(matrix[row][col] * linear[col] for col in range(3)))) for row in range(3))
    x, y, z = 0.4124 * r + 0.3576 * g + 0.1805 * b, 0.2126 * r + 0.7152 * g + 0.0722 * b, 0.0193 * r + 0.1192 * g + 0.9505 * b

    def f(t):
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    fx, fy, fz = f(x / 0.95047), f(y), f(z / 1.08883)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


STORIES = [ROOT / "data", EXAMPLE / "data"]


@pytest.mark.parametrize("data", STORIES, ids=["main", "example"])
def test_categories_use_at_most_seven_hues_that_stay_apart(data):
    categories = load(data).story.categories
    assert len(categories) <= 7
    for vision, matrix in SIMULATIONS.items():
        labs = {c.id: _lab(c.colour, matrix) for c in categories}
        for a, b in itertools.combinations(labs, 2):
            assert math.dist(labs[a], labs[b]) >= MIN_DIFFERENCE, f"{a} and {b} look alike with {vision}"


@pytest.mark.parametrize("data", STORIES, ids=["main", "example"])
def test_badges_are_readable_and_bars_are_outlined(data):
    for category in load(data).story.categories:
        assert contrast(category.colour, text_on(category.colour)) >= 4.5, category.id
    for mode, palette in PALETTES.items():
        stroke = vega_config(mode)["bar"]["stroke"]
        assert contrast(stroke, palette["background"]) >= 3, mode  # WCAG 1.4.11 for every bar


def test_the_chart_and_the_badges_share_one_colour_code(built_site):
    import json

    story = load(ROOT / "data").story
    spec = json.loads((built_site / "assets" / "charts" / "events-per-day.vl.json").read_text(encoding="utf-8"))
    assert spec["encoding"]["color"]["scale"]["range"] == [c.colour for c in story.categories]
    css = (built_site / "assets" / "categories.css").read_text(encoding="utf-8")
    for category in story.categories:
        assert f"--bj-{category.id}: {category.colour};" in css
