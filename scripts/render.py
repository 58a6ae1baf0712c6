"""One chart -> light and dark SVG, its Vega-Lite spec, a CSV and a table; cached by spec hash."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from dataclasses import dataclass, field
from pathlib import Path

import altair as alt
import vl_convert

from scripts.charts.theme import vega_config

CACHE_DIR = Path(__file__).resolve().parent.parent / ".cache" / "charts"
ASSET_DIR = "assets/charts"
MODES = ("light", "dark")


@dataclass(frozen=True)
class Column:
    key: str
    label: str


@dataclass
class ChartInput:
    """What a chart module hands over: the chart, its words and the rows behind it."""

    name: str
    chart: alt.TopLevelMixin
    title: str
    subtitle: str
    description: str  # the chart's main point, in a sentence: its accessible name
    columns: list[Column]
    rows: list[dict]
    sources: list[str]


@dataclass
class RenderedChart:
    input: ChartInput
    width: int
    height: int
    files: dict[str, bytes] = field(default_factory=dict)
    cache_hits: int = 0

    def view(self, root: str) -> dict:
        """What a page template needs, with URLs relative to the page (root is '../' or '')."""
        base = f"{root}{ASSET_DIR}/{self.input.name}"
        return {
            **vars(self.input),
            "width": self.width,
            "height": self.height,
            "light_url": f"{base}-light.svg",
            "dark_url": f"{base}-dark.svg",
            "csv_url": f"{base}.csv",
            "spec_url": f"{base}.vl.json",
        }


def render(chart_input: ChartInput, cache_dir: Path = CACHE_DIR) -> RenderedChart:
    spec = chart_input.chart.to_dict()
    files: dict[str, bytes] = {}
    hits = 0
    size = (0, 0)
    for mode in MODES:
        themed = {**spec, "config": {**spec.get("config", {}), **vega_config(mode)}}
        svg, hit = _svg_cached(themed, cache_dir)
        hits += hit
        size = _svg_size(svg)
        files[f"{ASSET_DIR}/{chart_input.name}-{mode}.svg"] = svg
    files[f"{ASSET_DIR}/{chart_input.name}.vl.json"] = _canonical_json(spec)
    files[f"{ASSET_DIR}/{chart_input.name}.csv"] = to_csv(chart_input.columns, chart_input.rows)
    return RenderedChart(chart_input, width=size[0], height=size[1], files=files, cache_hits=hits)


def to_csv(columns: list[Column], rows: list[dict]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([column.key for column in columns])
    for row in rows:
        writer.writerow([row.get(column.key, "") for column in columns])
    return buffer.getvalue().encode("utf-8")


def _canonical_json(spec: dict) -> bytes:
    return json.dumps(spec, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _svg_cached(spec: dict, cache_dir: Path) -> tuple[bytes, int]:
    key = hashlib.sha256(_canonical_json(spec) + vl_convert.get_vega_version().encode()).hexdigest()[:32]
    path = cache_dir / f"{key}.svg"
    if path.exists():
        return path.read_bytes(), 1
    svg = vl_convert.vegalite_to_svg(spec).encode("utf-8")
    cache_dir.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_bytes(svg)
    temporary.replace(path)  # atomic, so a parallel build never reads half a file
    return svg, 0


def _svg_size(svg: bytes) -> tuple[int, int]:
    head = svg[:400].decode("utf-8", "replace")

    def attribute(name: str) -> int:
        start = head.index(f'{name}="') + len(name) + 2
        return int(float(head[start : head.index('"', start)]))

    return attribute("width"), attribute("height")
