"""Command line: python -m scripts check | generate --out DIR | export DIR | schema | stats."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from scripts.errors import DataErrors
from scripts.load import load, load_editions, load_story
from scripts.paths import DATA_DIR


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m scripts", description="Check a story's data and generate its pages and charts."
    )
    parser.add_argument("--data", type=Path, default=DATA_DIR, help="the story's data folder (default: data/)")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("check", help="validate data/ and report every problem")
    generate_parser = commands.add_parser("generate", help="write the generated pages and assets to a folder")
    generate_parser.add_argument("--out", type=Path, required=True, help="folder to write into (must not be docs/)")
    export_parser = commands.add_parser(
        "export", help="write a complete project with no hook (mkdocs.yml and docs/) for MkDocs' successors"
    )
    export_parser.add_argument("out", type=Path, help="an empty folder, or an earlier export to replace")
    export_parser.add_argument("--config", type=Path, default=Path("mkdocs.yml"), help="default: mkdocs.yml")
    schema_parser = commands.add_parser("schema", help="write a JSON Schema per data file into schemas/")
    schema_parser.add_argument("--out", type=Path, help="default: schemas/ beside the data folder")
    commands.add_parser("stats", help="count the records by kind, day, metric, publisher and language")
    args = parser.parse_args(argv)

    try:
        if args.command == "export":
            return _export(args.config, args.out)
        if args.command == "schema":
            return _write_schemas(load_story(args.data)[0], args.out or args.data.resolve().parent / "schemas")
        editions = load_editions(args.data) if args.command == "check" else None
        dataset = editions[0] if editions else load(args.data)
    except DataErrors as errors:
        print(errors.report(), file=sys.stderr)
        return 1
    if args.command == "check":
        languages = ", ".join(edition.language for edition in editions)
        print(
            f"{args.data} is valid: {len(dataset.events)} events, {len(dataset.figures)} figures, "
            f"{len(dataset.reactions)} reactions, {len(dataset.sources)} sources; editions: {languages}."
        )
        return 0
    if args.command == "generate":
        return _generate(dataset, args.data, args.out)
    if args.command == "stats":
        from scripts.stats import stats_report

        print(stats_report(dataset))
        return 0
    return 2  # pragma: no cover - argparse rejects unknown commands


def _export(config: Path, out: Path) -> int:
    from scripts.export import ExportRefused, export

    if not config.is_file():
        print(f"export: {config}: no such configuration file (give one with --config)", file=sys.stderr)
        return 2
    try:
        pages = export(config, out)
    except ExportRefused as refused:
        print(f"export: {refused}", file=sys.stderr)
        return 2
    print(f"exported {len(pages)} generated pages with {config} into {out}")
    print(f"build it with: mkdocs build -f {out / 'mkdocs.yml'} (or properdocs build, or zensical build)")
    for edition in sorted(out.glob("mkdocs.*.yml")):
        print(f"then its {edition.suffixes[0][1:]} edition, into site/: mkdocs build -f {edition}")
    return 0


def _write_schemas(story, out: Path) -> int:
    from scripts.schema import schemas

    out.mkdir(parents=True, exist_ok=True)
    for name, text in schemas(story).items():
        (out / name).write_text(text, encoding="utf-8")
        print(f"wrote {out / name}")
    return 0


def _generate(dataset, data_dir: Path, out: Path) -> int:
    from scripts.generate import generate

    docs_dir = data_dir.resolve().parent / "docs"
    if out.resolve() == docs_dir or docs_dir in out.resolve().parents:
        print(
            "generate: --out must not be inside docs/ (generated files never go into the editors' folder)",
            file=sys.stderr,
        )
        return 2
    for path, content in generate(dataset, docs_dir).files.items():
        target = out / path
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            target.write_bytes(content)
        else:
            target.write_text(content, encoding="utf-8")
    print(f"wrote the generated pages and assets to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
