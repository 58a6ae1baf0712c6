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
from mkdocs.plugins import event_priority  # noqa: E402
from mkdocs.structure.files import File, Files  # noqa: E402

from scripts import edition_builds, raw_html  # noqa: E402
from scripts.errors import DataError, DataErrors  # noqa: E402
from scripts.generate import Generated, generate, missing_intros  # noqa: E402
from scripts.headers import headers_file  # noqa: E402
from scripts.html_fixes import corrected  # noqa: E402
from scripts.load import load, load_editions  # noqa: E402
from scripts.sitemap import add_alternates  # noqa: E402

_generated: Generated | None = None
_editions: list[str] = []  # the other editions this build makes beside its own
_building: list = []  # their builds under way (child processes)
_set_aside: dict[str, list[bytes]] = {}  # each page's generated HTML blocks, kept out of Markdown's way
_anchors: dict[str, set[str]] = {}  # the ids in those blocks, for MkDocs' check of links to anchors


def data_dir(config) -> Path:
    project = Path(config.config_file_path).resolve().parent
    return project / config.extra.get("data_dir", "data")


def on_pre_build(config) -> None:
    # Runs before MkDocs cleans or writes site/: a refused build leaves the old site untouched.
    global _generated, _editions
    project = Path(config.config_file_path).parent
    language = config.extra.get(edition_builds.EDITION_KEY)
    try:
        if language:  # an edition's own build, started below once the site's data was validated
            dataset, neutral = load(data_dir(config), language), load(data_dir(config))
            site_url = config.site_url.removesuffix(f"{language}/") if config.site_url else None
        else:
            # Every edition is validated now, before anything is written.
            neutral = dataset = load_editions(data_dir(config))[0]
            _check_intros(config, dataset.story)
            _check_settings(config, dataset.story)
            site_url = config.site_url
            _editions = list(dataset.story.editions)
    except DataErrors as errors:
        raise Abort(errors.report()) from None
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
    global _generated, _building
    # MkDocs has cleaned site/ by now: each other edition builds into site/<language>/ beside this build.
    _building = [edition_builds.EditionBuild(config, language) for language in _editions]
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


def on_page_markdown(markdown: str, page, config, files) -> str:
    if page.file.generated_by:  # the page holds its text now: the file's copy would only take memory
        page.file.content_string = ""
    markdown, blocks = raw_html.set_aside(markdown)
    if blocks:  # as UTF-8 until the page is written: half the memory of the text for most stories
        _set_aside[page.file.src_uri] = [block.encode("utf-8") for block in blocks]
        _anchors[page.file.src_uri] = raw_html.anchor_ids(blocks)
    return markdown


def on_page_content(html: str, page, config, files) -> str:
    anchors = _anchors.pop(page.file.src_uri, None)
    if anchors and page.present_anchor_ids is not None:  # MkDocs checks links to anchors once every page is read
        page.present_anchor_ids |= anchors
    return html


@event_priority(50)  # before the search plugin reads the page
def on_page_context(context, page, config, nav):
    blocks = _set_aside.pop(page.file.src_uri, None)
    if blocks:
        page.content = raw_html.put_back(page.content, [block.decode("utf-8") for block in blocks])
    return context


def on_post_page(output: str, page, config) -> str:
    # The page is complete in `output`; its Markdown and HTML would otherwise stay in memory until
    # the whole site is written (hundreds of megabytes for a large story).
    page.markdown = page.content = None
    return corrected(output)


def on_post_template(output: str, template_name: str, config) -> str:
    return corrected(output) if template_name.endswith(".html") else output  # the 404 page


def on_post_build(config) -> None:
    global _building
    if config.extra.get(edition_builds.EDITION_KEY):
        return  # the site's own build writes what covers every edition
    building, _building = _building, []
    for edition in building:
        code, said = edition.finish()
        if said.strip():
            print(said.rstrip(), file=sys.stderr)
        if code:
            for other in building:
                if other.process.returncode is None:
                    other.stop()
            raise Abort(f"the '{edition.language}' edition could not be built (see above)")
    site = Path(config.site_dir)
    add_alternates(site, config.extra.get("editions") or [])
    # The security headers hash the theme's inline scripts, so they are written from the built pages.
    (site / "_headers").write_text(headers_file(site), encoding="utf-8")


def on_build_error(error, **kwargs) -> None:
    global _building
    for edition in _building:  # the site's own build failed: its editions stop with it
        edition.stop()
    _building = []
