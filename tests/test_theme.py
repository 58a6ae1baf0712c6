"""Chart colours keep WCAG contrast against their own background in both palettes."""

import pytest

from scripts.charts.theme import PALETTES


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_contrast_formula():
    assert round(contrast("#000000", "#ffffff"), 1) == 21.0


@pytest.mark.parametrize("mode", list(PALETTES))
def test_marks_have_3_to_1_and_text_4_5_to_1(mode):
    palette = PALETTES[mode]
    for colour in palette["series"]:
        assert contrast(colour, palette["background"]) >= 3, f"{mode} series {colour}"  # WCAG 1.4.11
    for colour in (palette["text"], palette["muted"]):
        assert contrast(colour, palette["background"]) >= 4.5, f"{mode} text {colour}"  # WCAG 1.4.3
