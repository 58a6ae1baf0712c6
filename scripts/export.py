"""A complete, hook-free copy of a story's site project: its mkdocs.yml and docs/ with every page.

MkDocs 1.x is unmaintained and its successors (ProperDocs, Zensical) run no MkDocs hooks, so the
export carries the generated pages and assets as plain files. What only the hook does after the
build (the HTML fixes for the validator and the _headers file with its script hashes) is left out:
the pages, their anchors, charts and open data are the same.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml

from scripts.edition import edition_for
from scripts.edition_builds import edition_overrides, nav_titles
from scripts.generate import generate
from scripts.load import load_editions

MARKER = ".story-export"  # marks a folder as an earlier export, so a new export may replace it
CONFIG_NOTE = (
    "# Exported by `python -m scripts export`: every page is a plain file in docs/, so this project\n"
    "# builds without the engine's hook, with MkDocs, ProperDocs or Zensical. Edit the story's data,\n"
    "# not these files: the next export replaces them. Each other edition has a configuration of its\n"
    "# own, mkdocs.<language>.yml: build it after mkdocs.yml (it builds into site/<language>/).\n"
)
PROJECT_FOLDERS = ("docs", "data", "scripts", "overrides")


class ExportRefused(Exception):
    """The export would overwrite something that is not an earlier export."""


def read_config(config_file: Path) -> dict:
    return yaml.safe_load(config_file.read_text(encoding="utf-8")) or {}


def exported_config(config: dict, extra_values: dict, site_dir: str = "site") -> dict:
    """The project's configuration with the hook and the engine's folders taken out."""
    config = {key: value for key, value in config.items() if key not in ("hooks", "watch")}
    config["docs_dir"] = "docs"
    config["site_dir"] = site_dir
    theme = dict(config.get("theme") or {})
    if theme.get("custom_dir"):
        theme["custom_dir"] = "overrides"
    config["theme"] = theme
    extra = {key: value for key, value in (config.get("extra") or {}).items() if key != "data_dir"}
    extra.update(extra_values)  # the hook sets these at build time; the templates in overrides/ read them
    config["extra"] = extra
    return config


def _prepare(out: Path, project: Path) -> None:
    out = out.resolve()
    kept = [project / name for name in PROJECT_FOLDERS]
    if out == project or out in project.parents or any(out == k or k in out.parents for k in kept):
        raise ExportRefused(f"{out}: choose a folder outside the project's {', '.join(PROJECT_FOLDERS)} folders")
    if out.exists() and any(out.iterdir()):
        if not (out / MARKER).exists():
            raise ExportRefused(f"{out}: the folder is not empty and holds no earlier export; choose an empty one")
        shutil.rmtree(out)
    out.mkdir(parents=True, exist_ok=True)


def _write(target: Path, content: str | bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        target.write_bytes(content)
    else:
        target.write_text(content, encoding="utf-8")


def export(config_file: Path, out: Path) -> list[str]:
    """Write the project into `out`, and each other edition as a project of its own in out/<language>/
    that builds into site/<language>/; returns the generated pages' paths. Raises DataErrors on bad data."""
    config_file = config_file.resolve()
    project = config_file.parent
    config = read_config(config_file)
    docs_dir = project / config.get("docs_dir", "docs")
    data_dir = project / (config.get("extra") or {}).get("data_dir", "data")
    site_url = config.get("site_url")
    # Validated and generated before anything is written, so bad data leaves `out` as it was.
    own, *others = load_editions(data_dir)
    projects = [("mkdocs.yml", "docs", config, generate(own, docs_dir, project_dir=project, site_url=site_url),
                 "site")]  # fmt: skip
    for dataset in others:
        words = edition_for(dataset.story, dataset.language).words
        site_dir = f"site/{dataset.language}"
        edition = {**config, **edition_overrides(config, dataset.language, nav_titles(words), site_dir)}
        generated = generate(dataset, docs_dir, project_dir=project, site_url=site_url, open_data=own)
        projects.append((edition_config_file(dataset.language), f"docs-{dataset.language}", edition, generated,
                         site_dir))  # fmt: skip
    _prepare(out, project)
    custom_dir = (config.get("theme") or {}).get("custom_dir")
    if custom_dir:
        shutil.copytree(project / custom_dir, out / "overrides")
    for config_name, docs, edition, generated, site_dir in projects:
        shutil.copytree(docs_dir, out / docs)
        for path, content in generated.files.items():
            _write(out / docs / path, content)
        exported = {**exported_config(edition, generated.extra, site_dir), "docs_dir": docs}
        text = yaml.safe_dump(exported, allow_unicode=True, sort_keys=False, width=100)
        _write(out / config_name, CONFIG_NOTE + text)
    _write(out / MARKER, "")
    return sorted(path for path in projects[0][3].files if path.endswith(".md"))


def edition_config_file(language: str) -> str:
    """An edition's configuration in the export: mkdocs.nl.yml, built after mkdocs.yml into site/nl/."""
    return f"mkdocs.{language}.yml"
