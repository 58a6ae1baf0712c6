"""The MkDocs hook: validate the story's data, then add the generated pages and assets to the build.

Nothing else lives here, so the rest of scripts/ runs without MkDocs. The data folder is the one
beside the mkdocs.yml being built (or `extra: {data_dir: ...}` relative to it), so a story anywhere
builds with this one engine.
"""

from __future__ import annotations

import sys
from pathlib import Path

# MkDocs loads hooks by file path; make the engine's own package importable.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from mkdocs.exceptions import Abort  # noqa: E402
from mkdocs.structure.files import File, Files  # noqa: E402

from scripts import edition_builds  # noqa: E402
from scripts.edition import edition_for  # noqa: E402
from scripts.errors import DataError, DataErrors  # noqa: E402
from scripts.generate import Generated, generate, missing_intros  # noqa: E402
from scripts.headers import headers_file  # noqa: E402
from scripts.html_fixes import valid_html  # noqa: E402
from scripts.load import load_editions  # noqa: E402
from scripts.sitemap import add_alternates  # noqa: E402

_generated: Generated | None = None
_editions: list[str] = []  # the other editions this build makes after its own


def data_dir(config) -> Path:
    project = Path(config.config_file_path).resolve().parent
    return project / config.extra.get("data_dir", "data")


def on_pre_build(config) -> None:
    # Runs before MkDocs cleans or writes site/: a refused build leaves the old site untouched.
    global _generated, _editions
    project = Path(config.config_file_path).parent
    language = config.extra.get(edition_builds.EDITION_KEY)
    if language:  # an edition's own build, started below: its data was validated with the site's
        dataset, neutral, site_url = edition_builds.PENDING.pop(language)
    else:
        try:
            # Every edition is validated now, before anything is written.
            dataset, *other_editions = load_editions(data_dir(config))
            neutral = dataset
            others = {edition.language: edition for edition in other_editions}
            _check_intros(config, dataset.story)
            _check_settings(config, dataset.story)
        except DataErrors as errors:
            raise Abort(errors.report()) from None
        site_url = config.site_url
        edition_builds.PENDING.update({other: (data, neutral, site_url) for other, data in others.items()})
        _editions = list(others)
    _generated = generate(dataset, Path(config.docs_dir), project_dir=project, site_url=site_url, open_data=neutral)
    config.extra.update(_generated.extra)  # the footer, feeds and editions, read by the templates in overrides/


def _check_settings(config, story) -> None:
    missing = edition_builds.missing_settings(config, story.editions)
    if missing:
        raise DataErrors([
            DataError("mkdocs.yml", 0, message=f"{path} is missing: the site's {path.rsplit('.', 1)[1]} in that "
                      "edition's language")
            for path in missing
        ])  # fmt: skip


def _check_intros(config, story) -> None:
    missing = missing_intros(Path(config.docs_dir), story)
    if missing:
        raise DataErrors([
            DataError(f"docs/{path}", 0, message="this edition's intro is missing: translate the intro of the "
                      "same name in docs/intros/ into it")
            for path in missing
        ])  # fmt: skip


def on_files(files: Files, config) -> Files:
    global _generated
    clashes = [path for path in _generated.files if files.get_file_from_path(path) is not None]
    if clashes:
        raise Abort(
            "\n".join(
                f"docs/{path}: this hand-written file has the same name as a generated page; rename it "
                "(or put its text in docs/intros/ to open the generated page)"
                for path in clashes
            )
        )
    for path, content in sorted(_generated.files.items()):
        files.append(File.generated(config, path, content=content))
    _generated = None  # the files hold their content now; free the records and charts for the build
    return files


def on_post_page(output: str, page, config) -> str:
    return valid_html(output)


def on_post_template(output: str, template_name: str, config) -> str:
    return valid_html(output) if template_name.endswith(".html") else output  # the 404 page


def on_post_build(config) -> None:
    if config.extra.get(edition_builds.EDITION_KEY):
        return  # the site's own build writes what covers every edition
    for language in _editions:
        words = edition_for(edition_builds.PENDING[language][0].story, language).words
        edition_builds.build_edition(config, language, edition_builds.nav_titles(words))
    site = Path(config.site_dir)
    add_alternates(site, config.extra.get("editions") or [])
    # The security headers hash the theme's inline scripts, so they are written from the built pages.
    (site / "_headers").write_text(headers_file(site), encoding="utf-8")
