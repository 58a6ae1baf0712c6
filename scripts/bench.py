"""Benchmark: how fast and how heavy the site and its build are. Prints a table; asserts nothing.

    python -m scripts.bench [--story examples/NAME] [--runs 5] [--skip-lighthouse] [--write]

--story names the story folder (with its mkdocs.yml and data/) inside the project; the main story by default.

--write records the table, with the machine and the date, in BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import yaml

from scripts.paths import ROOT

ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "1641427200"}
STORY = Path(".")  # the story being measured, relative to the project; set by --story
COPY_IGNORE = shutil.ignore_patterns(".venv", "site", ".cache", ".git", "__pycache__", "node_modules", "screenshots")


MKDOCS = str(Path(sys.executable).parent / "mkdocs")


def _timed(command: list[str], cwd: Path) -> tuple[float, int]:
    """One command in a fresh child process: (seconds, that child's own peak memory in MB).

    os.wait4 reports the rusage of exactly this child, so each build is measured alone
    (RUSAGE_CHILDREN would give the largest child so far)."""
    with tempfile.TemporaryFile() as errors:  # a file, not a pipe: a chatty child never blocks on it
        start = time.perf_counter()
        child = subprocess.Popen(command, cwd=cwd, env=ENV, stdout=subprocess.DEVNULL, stderr=errors)
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - start
        if os.waitstatus_to_exitcode(status):
            errors.seek(0)
            raise SystemExit(f"{command[0]} failed in {cwd}:\n{errors.read().decode(errors='replace')}")
    return seconds, usage.ru_maxrss // 1024  # ru_maxrss is in KiB on Linux


def _build(project: Path, site: Path, config: str = "mkdocs.yml") -> tuple[float, int]:
    """One `mkdocs build` in a fresh process: (seconds, peak memory of that process in MB)."""
    project = project / STORY
    return _timed([MKDOCS, "build", "-q", "-f", str(project / config), "-d", str(site)], project)


def _copy_project(target: Path) -> Path:
    shutil.copytree(ROOT, target, ignore=COPY_IGNORE)
    return target


def _bare_project(project: Path) -> Path:
    """The same site as plain Markdown: generated pages written into docs/, the hook switched off."""
    story = project / STORY
    subprocess.run(
        [sys.executable, "-m", "scripts", "--data", str(story / "data"), "generate", "--out", str(story / "gen")],
        cwd=project, env=ENV, check=True, capture_output=True,
    )  # fmt: skip
    shutil.copytree(story / "gen", story / "docs", dirs_exist_ok=True)
    config = yaml.safe_load((story / "mkdocs.yml").read_text(encoding="utf-8"))
    config.pop("hooks", None)
    (story / "mkdocs-bare.yml").write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    return project


def _one_edition(project: Path) -> Path:
    """The project with its story's other editions switched off: the pages of one language only."""
    story = project / STORY / "data" / "story.yaml"
    text = story.read_text(encoding="utf-8")
    story.write_text(re.sub(r"^editions: .*$", "editions: []", text, flags=re.MULTILINE), encoding="utf-8")
    return project


def editions(work: Path, runs: int) -> list[tuple[str, str]]:
    """Every edition in one build against the story's own edition alone (warm chart cache)."""
    both = _copy_project(work / "editions-both")
    one = _one_edition(_copy_project(work / "editions-one"))
    _build(both, work / "editions-both-site")  # charts of both editions rendered once
    measured = {name: [_build(project, work / f"editions-{name}-{n}") for n in range(runs)]
                for name, project in (("one", one), ("both", both))}  # fmt: skip
    seconds = {name: statistics.median(m[0] for m in runs_) for name, runs_ in measured.items()}
    peak = {name: max(m[1] for m in runs_) for name, runs_ in measured.items()}
    return [(
        f"Both editions (en, nl) against the English one alone, median of {runs} (target ≤ 2×)",
        f"{seconds['both']:.2f} s, {peak['both']} MB against {seconds['one']:.2f} s, {peak['one']} MB: "
        f"{seconds['both'] / seconds['one']:.2f}×",
    )]  # fmt: skip


def overhead(work: Path, runs: int) -> list[tuple[str, str]]:
    project = _one_edition(_copy_project(work / "overhead"))
    cold_seconds, _ = _build(project, work / "site-cold")  # first build: every chart rendered
    ours = [_build(project, work / f"site-{n}")[0] for n in range(runs)]
    bare = _bare_project(_one_edition(_copy_project(work / "bare")))
    plain = [_build(bare, work / f"bare-site-{n}", "mkdocs-bare.yml")[0] for n in range(runs)]
    ours_median, plain_median = statistics.median(ours), statistics.median(plain)
    return [
        ("Full build, chart cache cold (s)", f"{cold_seconds:.2f}"),
        (f"Full build (English edition), cache warm, median of {runs} (s)", f"{ours_median:.2f}"),
        (f"Bare mkdocs build of the same Markdown, median of {runs} (s)", f"{plain_median:.2f}"),
        ("Overhead of validation + generation (target ≤ 25 %)", f"{(ours_median / plain_median - 1) * 100:.0f} %"),
    ]


def exported_builds(work: Path, runs: int) -> list[tuple[str, str]]:
    """The exported project (no hook) built by MkDocs and by its successors, side by side."""
    project = _copy_project(work / "export-source")
    out = work / "exported"
    config = str(project / STORY / "mkdocs.yml")
    subprocess.run([sys.executable, "-m", "scripts", "export", str(out), "--config", config],
                   cwd=project, env=ENV, check=True, capture_output=True)  # fmt: skip
    builders = {
        "MkDocs 1.6": [MKDOCS, "build", "-q", "-f", "mkdocs.yml"],
        "ProperDocs 1.6.7": [os.environ.get("PROPERDOCS", str(ROOT / ".venv-properdocs/bin/properdocs")),
                             "build", "-q", "-f", "mkdocs.yml"],
        "Zensical 0.0.73": [os.environ.get("ZENSICAL", str(ROOT / ".venv-zensical/bin/zensical")),
                            "build", "-f", "mkdocs.yml"],
    }  # fmt: skip
    cells = []
    for name, command in builders.items():
        if not Path(command[0]).exists():
            cells.append(f"{name}: not installed")
            continue
        measured = [_timed(command, out) for _ in range(runs)]
        pages = len(list((out / "site").rglob("index.html")))
        seconds = statistics.median(m[0] for m in measured)
        cells.append(f"{name} {seconds:.2f} s, {max(m[1] for m in measured)} MB, {pages} pages")
    return [(f"Exported project (no hook), median of {runs}: MkDocs / ProperDocs / Zensical", " · ".join(cells))]


def edit_first_title(events_file: str) -> None:
    """What an editor does: add a word to the first event whose title is plain text."""
    import re

    text = Path(events_file).read_text(encoding="utf-8")
    edited = re.sub(r"^(  title: [^'\"\n>|].*)$", r"\1 (edited)", text, count=1, flags=re.MULTILINE)
    Path(events_file).write_text(edited, encoding="utf-8")


def warm_rebuild(work: Path) -> list[tuple[str, str]]:
    """Edit one event and rebuild in the same process, as `mkdocs serve` does."""
    project = _one_edition(_copy_project(work / "warm"))
    script = f"""
import sys, time, json
sys.path.insert(0, {str(project)!r})
from mkdocs.config import load_config
from mkdocs.commands.build import build
import logging; logging.disable(logging.INFO)
def once():
    config = load_config({str(project / STORY / "mkdocs.yml")!r}, site_dir={str(work / "warm-site")!r})
    start = time.perf_counter(); build(config); return time.perf_counter() - start
once()
events = {str(project / STORY / "data" / "events.yaml")!r}
from scripts.bench import edit_first_title
edit_first_title(events)
seconds = once()
from scripts.generate import generate
from scripts.load import load
from pathlib import Path
story = Path({str(project / STORY)!r})
charts = generate(load(story / "data"), story / "docs").charts.values()
print(json.dumps({{"seconds": seconds, "hits": sum(c.cache_hits for c in charts), "renders": 4 * len(charts)}}))
"""
    result = subprocess.run([sys.executable, "-c", script], cwd=project, env=ENV, capture_output=True, text=True)
    if result.returncode:
        raise SystemExit(result.stderr)
    measured = json.loads(result.stdout.strip().splitlines()[-1])
    return [
        ("Warm rebuild after editing one event, English edition (target ≤ 1.5 s)", f"{measured['seconds']:.2f} s"),
        ("Chart cache hits on that rebuild", f"{measured['hits']} of {measured['renders']} SVGs"),
    ]


def synthetic_data(source: Path, target: Path, factor: int) -> None:
    """Copies of every record (ids suffixed), so the data set is factor times as large. Never committed."""
    shutil.copytree(source, target, dirs_exist_ok=True)
    for name in ("sources", "events", "figures", "reactions"):
        records = yaml.safe_load((source / f"{name}.yaml").read_text(encoding="utf-8"))
        copies = []
        for n in range(factor):
            for record in records:
                copy = dict(record)
                if n:
                    copy["id"] = f"{record['id']}-x{n}"
                    copy.pop("key_moment", None)  # the strip keeps its dozen
                    if "sources" in copy:
                        copy["sources"] = [f"{s}-x{n}" for s in copy["sources"]]
                copies.append(_as_text(copy))
        (target / f"{name}.yaml").write_text(
            yaml.safe_dump(copies, sort_keys=False, allow_unicode=True), encoding="utf-8"
        )


def _as_text(record: dict) -> dict:
    # safe_load made dates into date objects; the models take them as written, so write them back as text.
    return {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in record.items()}


def scale(work: Path) -> list[tuple[str, str]]:
    rows = []
    for factor in (1, 10, 100):
        project = _copy_project(work / f"scale-{factor}")
        if factor > 1:
            synthetic_data(ROOT / STORY / "data", project / STORY / "data", factor)
        _one_edition(project)  # one edition: how the engine scales, comparable with earlier runs
        _build(project, work / f"scale-site-warm-{factor}")  # charts rendered once, as on an editor's machine
        seconds, peak = _build(project, work / f"scale-site-{factor}")
        events = len(yaml.safe_load((project / STORY / "data" / "events.yaml").read_text(encoding="utf-8")))
        largest = max((work / f"scale-site-{factor}").rglob("*.html"), key=lambda page: page.stat().st_size)
        size = largest.stat().st_size / 2**20
        name = largest.parent.relative_to(work / f"scale-site-{factor}").as_posix()
        rows.append((
            f"{factor}× data ({events:,} events), English edition: build time, peak memory "
            "(targets at 100×: ≤ 30 s, ≤ 500 MB); "
            "largest page (target ≤ 2 MB)", f"{seconds:.1f} s, {peak} MB; /{name}/ {size:.1f} MB",
        ))  # fmt: skip
    return rows


def page_weight(site: Path) -> list[tuple[str, str]]:
    """Requests and bytes per page in Chromium at phone size: on first load, then after scrolling
    to the end (which loads the lazily loaded charts). Gzipped sizes are what a server sends."""
    from playwright.sync_api import sync_playwright

    from tests.browser.conftest import CHROMIUM_FLAGS, chromium_path

    rows = []
    with _served(site) as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_FLAGS)
        for path in _page_paths(site):
            page = browser.new_page(viewport={"width": 390, "height": 800})
            fetched: list[str] = []
            page.on("requestfinished", lambda request, fetched=fetched: fetched.append(request.url))
            page.goto(url + path, wait_until="networkidle")
            first = _weigh(site, url, fetched)
            page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
            page.wait_for_load_state("networkidle")
            page.wait_for_timeout(300)
            page.wait_for_load_state("networkidle")
            scrolled = _weigh(site, url, fetched)
            rows.append((f"/{path}: first load / after scrolling, gzipped (targets: home first load ≤ 150 KB, "
                         "every page ≤ 500 KB)", f"{first} / {scrolled}"))  # fmt: skip
            page.close()
        browser.close()
    return rows


def _page_paths(site: Path) -> list[str]:
    """Every page's address below the site's root: "" for the home page, "timeline/", ..."""
    paths = (html.parent.relative_to(site).as_posix() for html in sorted(site.rglob("index.html")))
    return ["" if path == "." else path + "/" for path in paths]


def _weigh(site: Path, url: str, fetched: list[str]) -> str:
    raw = gz = 0
    for address in fetched:
        local = site / address.removeprefix(url).split("#")[0].split("?")[0]
        local = local / "index.html" if local.is_dir() else local
        if local.is_file():
            body = local.read_bytes()
            raw += len(body)
            gz += len(gzip.compress(body, 9))
    return f"{len(fetched)} requests, {gz / 1024:.0f} KB ({raw / 1024:.0f} KB raw)"


LIGHTHOUSE_RUNS = 3  # its simulated phone varies by a few points between runs: the median run counts


def lighthouse(site: Path) -> list[tuple[str, str]]:
    tool = ROOT / "tools" / "lighthouse"
    if not (tool / "node_modules" / ".bin" / "lighthouse").exists():
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund", "-q"], cwd=tool, check=True, capture_output=True)
    rows = []
    with _served(site) as url:
        for path in _page_paths(site):
            runs = sorted((_lighthouse_once(tool, url + path) for _ in range(LIGHTHOUSE_RUNS)),
                          key=lambda categories: categories["performance"]["score"])  # fmt: skip
            median = runs[len(runs) // 2]
            scores = ", ".join(f"{c['title']} {round(c['score'] * 100)}" for c in median.values())
            rows.append((f"Lighthouse, mobile, /{path}, median of {LIGHTHOUSE_RUNS} runs by performance", scores))
    return rows


def _lighthouse_once(tool: Path, address: str) -> dict:
    from tests.browser.conftest import chromium_path

    out = Path(tempfile.mkdtemp()) / "report.json"
    subprocess.run(
        [str(tool / "node_modules" / ".bin" / "lighthouse"), address, "--quiet", "--output=json",
         f"--output-path={out}", "--form-factor=mobile",
         "--only-categories=performance,accessibility,best-practices,seo",
         "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking"],
        env={**ENV, "CHROME_PATH": chromium_path()}, check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    return json.loads(out.read_text(encoding="utf-8"))["categories"]


class _served:
    """The built site on 127.0.0.1 for the duration of a with-block."""

    def __init__(self, site: Path):
        self.site = site

    def __enter__(self) -> str:
        import functools
        import threading
        from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

        class Quiet(SimpleHTTPRequestHandler):
            """Serves text gzipped over kept-alive connections, as any production static host does, so
            Lighthouse measures that (HTTP/1.0 would cost a new connection for every file)."""

            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def send_head(self):
                path = Path(self.translate_path(self.path))
                path = path / "index.html" if path.is_dir() else path
                compressible = path.suffix in (".html", ".css", ".js", ".json", ".svg", ".csv", ".xml")
                if not (compressible and path.is_file() and "gzip" in self.headers.get("Accept-Encoding", "")):
                    return super().send_head()
                body = gzip.compress(path.read_bytes(), 6)
                self.send_response(200)
                self.send_header("Content-Type", self.guess_type(str(path)))
                self.send_header("Content-Encoding", "gzip")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                return io.BytesIO(body)

        class QuietServer(ThreadingHTTPServer):
            def handle_error(self, request, client_address):
                pass  # Lighthouse drops connections on purpose; nothing to report

        self.server = QuietServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(self.site)))
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return f"http://127.0.0.1:{self.server.server_address[1]}/"

    def __exit__(self, *exc):
        self.server.shutdown()


def machine() -> str:
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{platform.machine()}, {os.cpu_count()} cores, {memory:.0f} GiB, Python {platform.python_version()}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.bench", description=__doc__.splitlines()[0])
    parser.add_argument("--story", type=Path, default=Path("."), help="the story folder in the project")
    parser.add_argument("--runs", type=int, default=5, help="repetitions for medians (default 5)")
    parser.add_argument("--skip-lighthouse", action="store_true")
    parser.add_argument("--write", action="store_true", help="record the table in BENCHMARKS.md")
    args = parser.parse_args(argv)
    global STORY
    STORY = args.story
    with tempfile.TemporaryDirectory(prefix="bj-bench-") as folder:
        work = Path(folder)
        rows = overhead(work, args.runs) + editions(work, args.runs) + warm_rebuild(work)
        rows += exported_builds(work, args.runs) + scale(work)
        rows += page_weight(work / "site-0")
        if not args.skip_lighthouse:
            rows += lighthouse(work / "site-0")
    width = max(len(label) for label, _ in rows)
    table = [f"| {'measure':<{width}} | value |", f"|{'-' * (width + 2)}|-------|"]
    table += [f"| {label:<{width}} | {value} |" for label, value in rows]
    print("\n".join(table))
    if args.write:
        stamp = datetime.now(UTC).strftime("%Y-%m-%d")
        text = (f"# Benchmarks\n\nMeasured with `bash run.sh bench --write` on {stamp}; machine: {machine()}.\n"
                "Timings are wall-clock seconds of `mkdocs build` in a fresh process; memory is that process's "
                "peak resident set.\n\n" + "\n".join(table) + "\n")  # fmt: skip
        target = ROOT / "BENCHMARKS.md"
        kept = target.read_text(encoding="utf-8").partition("\n## ") if target.exists() else ("", "", "")
        if kept[1]:  # the editors' notes below the table (## sections) survive a new measurement
            text += "\n## " + kept[2]
        target.write_text(text, encoding="utf-8")
        print(f"\nwrote {ROOT / 'BENCHMARKS.md'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
