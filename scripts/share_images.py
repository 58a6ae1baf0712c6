"""Share images: a 1200 x 630 PNG per page with its title and its key number or chart, drawn offline.

The card is an SVG made here and turned into PNG by vl-convert (resvg inside, no network); each PNG
is cached by the hash of its SVG, like the charts, so a warm build draws nothing.
"""

from __future__ import annotations

import base64
import hashlib
import textwrap
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from scripts.charts.theme import PALETTES
from scripts.derive import headline_figure, traced
from scripts.paths import cache_dir
from scripts.render import ASSET_DIR

WIDTH, HEIGHT = 1200, 630
FOLDER = "assets/share"
FONT = "Liberation Sans, DejaVu Sans, Arial, Helvetica, sans-serif"
MARGIN = 64
TITLE_SIZE = 58
TITLE_CHARACTERS = 34  # per line at TITLE_SIZE in a sans-serif bold, inside the margins
TITLE_LINES = 3


@dataclass(frozen=True)
class ShareCard:
    page: str  # the page's file, e.g. timeline.md
    site: str
    title: str
    alt: str
    figure: tuple[str, str, str] | None = None  # (value, label, who and when)
    chart_svg: bytes | None = None

    @property
    def path(self) -> str:
        return f"{FOLDER}/{self.page.removesuffix('.md').replace('/', '-')}.png"


def _lines(text: str, width: int, most: int) -> list[str]:
    lines = textwrap.wrap(text, width=width) or [""]
    if len(lines) > most:
        lines = lines[:most]
        lines[-1] = lines[-1].rstrip(" ,.;:") + "…"
    return lines


def card_svg(card: ShareCard) -> str:
    palette = PALETTES["light"]
    accent = palette["series"][0]
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}">',
        f'<rect width="{WIDTH}" height="{HEIGHT}" fill="{palette["background"]}"/>',
        f'<rect width="16" height="{HEIGHT}" fill="{accent}"/>',
    ]
    y = MARGIN - 20
    if card.site != card.title:  # the home page's title is the site's name: said once
        parts.append(
            f'<text x="{MARGIN}" y="{MARGIN + 12}" font-family="{FONT}" font-size="28" font-weight="700" '
            f'fill="{accent}">{escape(card.site)}</text>'
        )
        y = MARGIN + 12 + 24
    for line in _lines(card.title, TITLE_CHARACTERS, TITLE_LINES):
        y += TITLE_SIZE + 8
        parts.append(
            f'<text x="{MARGIN}" y="{y}" font-family="{FONT}" font-size="{TITLE_SIZE}" font-weight="700" '
            f'fill="{palette["text"]}">{escape(line)}</text>'
        )
    if card.figure:
        value, label, reported = card.figure
        parts.append(
            f'<text x="{MARGIN}" y="{y + 170}" font-family="{FONT}" font-size="150" font-weight="700" '
            f'fill="{palette["text"]}">{escape(value)}</text>'
        )
        for offset, (text, size) in enumerate(((label, 34), (reported, 26))):
            parts.append(
                f'<text x="{MARGIN}" y="{y + 230 + offset * 44}" font-family="{FONT}" font-size="{size}" '
                f'fill="{palette["muted"] if offset else palette["text"]}">{escape(_lines(text, 78, 1)[0])}</text>'
            )
    elif card.chart_svg:
        top = y + 30
        encoded = base64.b64encode(card.chart_svg).decode("ascii")
        parts.append(
            f'<image x="{MARGIN}" y="{top}" width="{WIDTH - 2 * MARGIN}" height="{HEIGHT - top - 24}" '
            f'preserveAspectRatio="xMinYMin meet" href="data:image/svg+xml;base64,{encoded}"/>'
        )
    parts.append("</svg>")
    return "".join(parts)


def card_png(card: ShareCard, cache: Path | None = None) -> bytes:
    svg = card_svg(card)
    cache = cache or cache_dir() / "share"
    path = cache / f"{hashlib.sha256(svg.encode('utf-8')).hexdigest()[:32]}.png"
    if path.exists():
        return path.read_bytes()
    import vl_convert  # only on a cache miss

    png = vl_convert.svg_to_png(svg)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(f".{id(png)}.tmp")
    temporary.write_bytes(png)
    temporary.replace(path)
    return png


def card_for(page_file: str, meta: dict, chart_ids: list[str], charts: dict, dataset, edition) -> ShareCard:
    """The page's card: the home page shows its first key figure, a page with charts its first chart."""
    story, words, fmt = dataset.story, edition.words, edition.format
    title = meta.get("title") or story.title
    site = story.title
    if page_file == "index.md" and story.key_figures.measures:
        measure = story.key_figures.measures[0]
        figure = headline_figure(traced(dataset), measure)
        if figure is not None:
            label = words.measures[measure]
            value = fmt.figure_text(figure)
            reported = words.share.reported.format(reporter=figure.reported_by, date=fmt.long_date(figure.as_of))
            alt = words.share.alt_with_figure.format(site=site, title=title, label=label, value=value)
            return ShareCard(page_file, site, title, alt, figure=(value, label, reported))
    if chart_ids:
        chart = charts[chart_ids[0]]
        svg = chart.files[f"{ASSET_DIR}/{chart.input.name}-light-wide.svg"]
        alt = words.share.alt_with_chart.format(site=site, title=title, chart=chart.input.title)
        return ShareCard(page_file, site, title, alt, chart_svg=svg)
    return ShareCard(page_file, site, title, words.share.alt_plain.format(site=site, title=title))
