"""Chart colours keep WCAG contrast against their own background in both palettes."""

import pytest

from scripts.charts.theme import PALETTES
from scripts.colour import contrast


def test_contrast_formula():
    assert round(contrast("#000000", "#ffffff"), 1) == 21.0


@pytest.mark.parametrize("mode", list(PALETTES))
def test_marks_have_3_to_1_and_text_4_5_to_1(mode):
    palette = PALETTES[mode]
    for colour in palette["series"]:
        assert contrast(colour, palette["background"]) >= 3, f"{mode} series {colour}"  # WCAG 1.4.11
    for colour in (palette["text"], palette["muted"]):
        assert contrast(colour, palette["background"]) >= 4.5, f"{mode} text {colour}"  # WCAG 1.4.3
