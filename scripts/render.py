"""One chart -> light and dark SVG, its Vega-Lite spec, a CSV and a table; cached in two layers.

The spec is cached by a hash of the chart's inputs (rows, words, the chart code and library
versions), so an unchanged chart needs neither Altair nor its schema check; each SVG is cached by
the hash of its themed spec, so an unchanged spec is never rendered again.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from dataclasses import dataclass, field
from functools import cache
from importlib.metadata import version
from pathlib import Path

from scripts.charts.base import ChartInput, Column
from scripts.charts.theme import vega_config
from scripts.paths import cache_dir

ASSET_DIR = "assets/charts"
MODES = ("light", "dark")
# A wide rendering for tablets and desktops and a narrow one for phones, so chart text stays
# readable instead of being scaled down to a 390 px screen.
WIDTHS = {"wide": 640, "narrow": 330}
# The whole picture, axis labels and legend included, must fit these widths (the text column on a
# desktop, a 390 px phone less the page margins), so it is never shrunk below its own text size.
FITS = {"wide": 688, "narrow": 340}


@dataclass
class RenderedChart:
    input: ChartInput
    sizes: dict[str, tuple[int, int]]
    plots: dict[str, tuple[int, int]] = field(default_factory=dict)  # plot width and height per size
    files: dict[str, bytes] = field(default_factory=dict)
    cache_hits: int = 0

    def view(self, root: str) -> dict:
        """What a page template needs, with URLs relative to the page (root is '../' or '')."""
        base = f"{root}{ASSET_DIR}/{self.input.name}"
        return {
            **{key: value for key, value in vars(self.input).items() if key != "chart"},
            "sizes": self.sizes,
            "plots": {size: f"{width}x{height}" for size, (width, height) in self.plots.items()},
            "images": {mode: {size: f"{base}-{mode}-{size}.svg" for size in WIDTHS} for mode in MODES},
            "csv_url": f"{base}.csv",
            "spec_url": f"{base}.vl.json",
            "png_url": f"{base}-light.png",  # the downloads: the light, wide rendering
            "svg_url": f"{base}-light-wide.svg",
        }


DEFAULT_LOCALE = "en-GB"


def render(chart_input: ChartInput, charts_cache: Path | None = None, locale: str = DEFAULT_LOCALE) -> RenderedChart:
    """A chart's pictures, spec and CSV; numbers and dates in the pictures follow `locale` (nl-NL)."""
    charts_cache = charts_cache or cache_dir() / "charts"
    spec = _spec_cached(chart_input, charts_cache)
    files: dict[str, bytes] = {}
    hits = 0
    sizes, plots = {}, {}
    for size_name, width in WIDTHS.items():
        width = _fitting_width(spec, size_name, width, charts_cache, locale)
        sized = _sized(spec, width)
        plots[size_name] = (width, sized.get("height", 0) if isinstance(sized.get("height"), int) else 0)
        for mode in MODES:
            themed = {**sized, "config": {**spec.get("config", {}), **vega_config(mode, size_name)}}
            svg, hit = _svg_cached(themed, charts_cache, locale)
            hits += hit
            sizes[size_name] = _svg_size(svg)
            files[f"{ASSET_DIR}/{chart_input.name}-{mode}-{size_name}.svg"] = svg
    png, hit = _png_cached(files[f"{ASSET_DIR}/{chart_input.name}-light-wide.svg"], charts_cache)
    files[f"{ASSET_DIR}/{chart_input.name}-light.png"] = png
    files[f"{ASSET_DIR}/{chart_input.name}.vl.json"] = _canonical_json(spec)
    files[f"{ASSET_DIR}/{chart_input.name}.csv"] = to_csv(chart_input.columns, chart_input.rows)
    return RenderedChart(chart_input, sizes=sizes, plots=plots, files=files, cache_hits=hits)


def _sized(spec: dict, width: int) -> dict:
    sized = {**spec, "width": width}
    if "height" in spec and ("projection" in spec or "projection" in spec.get("layer", [{}])[0]):
        sized["height"] = round(spec["height"] * width / spec.get("width", width))  # a map keeps its shape
    return sized


def _fitting_width(spec: dict, size_name: str, width: int, charts_cache: Path, locale: str) -> int:
    """The plot width at which the whole picture, labels included, fits FITS[size_name].

    Labels that stick out past the plot do not shrink with it, so a few tries may be needed."""
    for _ in range(4):
        themed = {**_sized(spec, width), "config": {**spec.get("config", {}), **vega_config("light", size_name)}}
        excess = _svg_size(_svg_cached(themed, charts_cache, locale)[0])[0] - FITS[size_name]
        if excess <= 0:
            break
        width -= excess
    return width


def to_csv(columns: list[Column], rows: list[dict]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([column.key for column in columns])
    for row in rows:
        writer.writerow([row.get(column.key, "") for column in columns])
    return buffer.getvalue().encode("utf-8")


def _canonical_json(spec: dict) -> bytes:
    return json.dumps(spec, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


@cache
def _code_version() -> bytes:
    """What else decides a spec: chart code and palettes, the engine's words, the library versions."""
    digest = hashlib.sha256()
    here = Path(__file__).parent
    for path in sorted([*(here / "charts").glob("*.py"), *(here / "locale").glob("*.yaml")]):
        digest.update(path.read_bytes())
    for package in ("altair", "vl-convert-python"):
        digest.update(version(package).encode())
    return digest.digest()


def _spec_cached(chart_input: ChartInput, cache_dir: Path) -> dict:
    inputs = {key: value for key, value in vars(chart_input).items() if key != "chart"}
    key = hashlib.sha256(_code_version() + json.dumps(inputs, sort_keys=True, default=str).encode()).hexdigest()[:32]
    path = cache_dir / f"{key}.vl.json"
    if path.exists():
        return json.loads(path.read_bytes())
    # Schema validation costs a third of a build; the tests validate every chart instead.
    spec = chart_input.chart().to_dict(validate=False)
    _write_atomically(path, _canonical_json(spec))
    return spec


def _svg_cached(spec: dict, cache_dir: Path, locale: str) -> tuple[bytes, int]:
    key = hashlib.sha256(_canonical_json(spec) + _code_version() + locale.encode()).hexdigest()[:32]
    path = cache_dir / f"{key}.svg"
    if path.exists():
        return path.read_bytes(), 1
    import vl_convert  # only on a cache miss: most builds render nothing

    svg = vl_convert.vegalite_to_svg(spec, format_locale=locale, time_format_locale=locale).encode("utf-8")
    _write_atomically(path, svg)
    return svg, 0


def _png_cached(svg: bytes, cache_dir: Path) -> tuple[bytes, int]:
    """The chart as a PNG at twice its size, for readers who download it (slides, print, messages)."""
    path = cache_dir / f"{hashlib.sha256(svg).hexdigest()[:32]}@2x.png"
    if path.exists():
        return path.read_bytes(), 1
    import vl_convert

    png = vl_convert.svg_to_png(svg.decode("utf-8"), scale=2)
    _write_atomically(path, png)
    return png, 0


def _write_atomically(path: Path, content: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(f".{id(content)}.tmp")
    temporary.write_bytes(content)
    temporary.replace(path)  # atomic, so a parallel build never reads half a file


def _svg_size(svg: bytes) -> tuple[int, int]:
    head = svg[:400].decode("utf-8", "replace")

    def attribute(name: str) -> int:
        start = head.index(f'{name}="') + len(name) + 2
        return int(float(head[start : head.index('"', start)]))

    return attribute("width"), attribute("height")


def theme_files(locale: str = DEFAULT_LOCALE) -> dict[str, bytes]:
    """The palette and size configs the browser applies to the interactive charts (as to the static ones),
    and the edition's number and date formats (d3's locale, as vl-convert has it)."""
    import vl_convert

    files = {
        f"{ASSET_DIR}/config-{mode}-{size}.json": _canonical_json(vega_config(mode, size))
        for mode in MODES
        for size in WIDTHS
    }
    formats = {"format": vl_convert.get_format_locale(locale), "time": vl_convert.get_time_format_locale(locale)}
    files[f"{ASSET_DIR}/locale.json"] = _canonical_json(formats)
    return files


def chart_locale(words) -> str:
    """d3's name of an edition's locale: en_GB -> en-GB."""
    return words.locale.replace("_", "-")
