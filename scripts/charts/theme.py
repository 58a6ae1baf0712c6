"""The chart palettes, matched to the site's light (default) and dark (slate) schemes."""

from __future__ import annotations

# The site's own system font stack (theme.font is off): charts read like the text around them.
FONT = '-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, Helvetica, Arial, sans-serif'

# Okabe-Ito hues, darkened for a white page and lightened for a dark one, so every mark keeps
# at least 3:1 contrast against its background (WCAG 1.4.11). Order matters: series keep their hue.
PALETTES = {
    "light": {
        "background": "#ffffff",
        "text": "#1f2328",
        "muted": "#57606a",
        "grid": "#d0d7de",
        "land": "#e3e7ec",
        "series": ["#0b5fa5", "#b34700", "#007a5a", "#a33b7c", "#7a5c00", "#1a7fb0", "#5e5e5e", "#8f2d2d"],
    },
    "dark": {
        "background": "#1e2129",
        "text": "#e6e8ec",
        "muted": "#aab1bd",
        "grid": "#3a3f4b",
        "land": "#363c4a",
        "series": ["#6cb6ff", "#ff9b50", "#3fd0a4", "#f08fd0", "#e8c547", "#8fd3ff", "#c9c9c9", "#ff8a8a"],
    },
}


def vega_config(mode: str, size: str = "wide") -> dict:
    """A Vega-Lite config block for one palette and size."""
    palette = PALETTES[mode]
    font_size = 13 if size == "narrow" else 12
    text = {"labelColor": palette["text"], "titleColor": palette["text"], "labelFont": FONT, "titleFont": FONT}
    return {
        "background": palette["background"],
        "font": FONT,
        # The chart as a whole is one image with its description as name; marks need no roles of their own.
        "aria": False,
        "view": {"stroke": None},
        "axis": {
            **text,
            "gridColor": palette["grid"],
            "domainColor": palette["muted"],
            "tickColor": palette["muted"],
            "labelFontSize": font_size,
            "titleFontSize": font_size,
        },
        "legend": {
            **text,
            "labelFontSize": font_size,
            "titleFontSize": font_size,
            "orient": "bottom",
            "direction": "vertical",
            "labelLimit": 320,
            "symbolStrokeColor": palette["text"],
            "symbolFillColor": palette["text"],
        },
        "geoshape": {"fill": palette["land"], "stroke": palette["muted"], "strokeWidth": 0.8},
        "title": {"color": palette["text"], "font": FONT},
        "text": {"color": palette["text"], "font": FONT},
        "range": {"category": palette["series"]},
        "mark": {"color": palette["series"][0]},
        # An outline in the text colour gives every bar 3:1 against the page, whatever its fill.
        "bar": {"stroke": palette["text"], "strokeWidth": 0.6},
        "line": {"strokeWidth": 2.5},
        "point": {"size": 60},
        "circle": {"color": palette["series"][1], "stroke": palette["background"]},
    }
