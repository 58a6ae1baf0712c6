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

from scripts.errors import DataErrors  # noqa: E402
from scripts.generate import Generated, generate  # noqa: E402
from scripts.headers import headers_file  # noqa: E402
from scripts.html_fixes import valid_html  # noqa: E402
from scripts.load import load  # noqa: E402

_generated: Generated | None = None


def data_dir(config) -> Path:
    project = Path(config.config_file_path).resolve().parent
    return project / config.extra.get("data_dir", "data")


def on_pre_build(config) -> None:
    # Runs before MkDocs cleans or writes site/: a refused build leaves the old site untouched.
    global _generated
    try:
        dataset = load(data_dir(config))
    except DataErrors as errors:
        raise Abort(errors.report()) from None
    project = Path(config.config_file_path).parent
    _generated = generate(dataset, Path(config.docs_dir), project_dir=project, site_url=config.site_url)
    config.extra.update(_generated.extra)  # the footer and the feeds, read by the templates in overrides/


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
    # The security headers hash the theme's inline scripts, so they are written from the built pages.
    site = Path(config.site_dir)
    (site / "_headers").write_text(headers_file(site), encoding="utf-8")
