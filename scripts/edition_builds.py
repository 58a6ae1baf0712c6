"""Build a story's other editions inside the one `mkdocs build`: each is a second MkDocs build of the
same configuration into site/<language>/, with the theme, search and navigation in its language.

A second build (rather than a translation plugin) gives each edition what readers expect: the
theme's own labels in its language, a search index of its own pages with its language's stemmer,
and pages generated from the data in its language. The hook validates every edition's data before
anything is written, so a missing translation stops the build with the old site untouched; each
edition is then built in a child process of its own, beside the site's own build (`python -m
scripts.edition_builds`), so two editions take little longer than one on a machine with two cores.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

EDITION_KEY = "edition_build"  # extra: {edition_build: nl} marks an edition's own build
SETTINGS = ("site_name", "site_description", "copyright")  # what readers see of mkdocs.yml's own words
SETTINGS_KEY = "edition_settings"
TOGGLES_KEY = "palette_toggles"  # the theme's light/dark switch labels, in theme.palette's order


def edition_overrides(raw: dict, language: str, nav_titles: dict[str, str], site_dir: str) -> dict:
    """What differs in the `language` edition's configuration from the site's own (mkdocs.yml as read)."""
    theme = raw.get("theme") or {}
    theme = {"name": theme} if isinstance(theme, str) else dict(theme)
    theme["language"] = language
    site_url = raw.get("site_url") and raw["site_url"].rstrip("/") + f"/{language}/"
    extra = raw.get("extra") or {}
    given = _given(extra, language)
    toggles = given.get(TOGGLES_KEY) or []
    if isinstance(theme.get("palette"), list):  # the light/dark switch's labels
        theme["palette"] = [
            {**scheme, "toggle": {**scheme["toggle"], "name": toggles[n]}} if n < len(toggles) and "toggle" in scheme
            else scheme
            for n, scheme in enumerate(theme["palette"])
        ]  # fmt: skip
    return {
        **_settings(given),
        "site_dir": site_dir,
        "site_url": site_url,
        "theme": theme,
        "plugins": [_in_language(plugin, language) for plugin in raw.get("plugins") or ["search"]],
        "nav": [_nav_entry(entry, nav_titles) for entry in raw.get("nav") or []] or None,
        "extra": {**extra, EDITION_KEY: language},
    }


def edition_config(config, language: str, nav_titles: dict[str, str]):
    """The site's configuration, for the `language` edition built into site/<language>/."""
    from mkdocs.config import load_config
    from mkdocs.utils.yaml import yaml_load

    path = Path(config.config_file_path)
    with path.open(encoding="utf-8") as handle:
        raw = yaml_load(handle) or {}
    raw["site_url"] = config.site_url
    overrides = edition_overrides(raw, language, nav_titles, str(Path(config.site_dir) / language))
    return load_config(config_file=str(path), strict=config.strict, **overrides)


def nav_titles(words) -> dict[str, str]:
    """The navigation's titles of the generated pages, in an edition's words: {'timeline.md': 'Tijdlijn'}."""
    from scripts.pages import PAGES

    return {page.FILE: words.nav[name] for name, page in PAGES.items()}


def _given(extra: dict, language: str) -> dict:
    """mkdocs.yml's extra.edition_settings.<language>, as written."""
    return (extra.get(SETTINGS_KEY) or {}).get(language) or {}


def _settings(given: dict) -> dict[str, str]:
    """The site's own words in an edition, from what mkdocs.yml gives for it."""
    return {name: given[name] for name in SETTINGS if given.get(name)}


def missing_settings(config, languages: list[str]) -> list[str]:
    """What mkdocs.yml says in the story's language but not in an edition's: extra.edition_settings.nl.copyright."""
    toggles = [s for s in (config.theme.get("palette") or []) if isinstance(s, dict) and s.get("toggle")]
    return [
        f"extra.{SETTINGS_KEY}.{language}.{name}"
        for language in languages
        for name in SETTINGS
        if config.get(name) and name not in _settings(_given(config.extra, language))
    ] + [
        f"extra.{SETTINGS_KEY}.{language}.{TOGGLES_KEY}"
        for language in languages
        if toggles and len(_given(config.extra, language).get(TOGGLES_KEY) or []) < len(toggles)
    ]


class EditionBuild:
    """One edition's build in a child process, started once the site's own build has cleaned site/."""

    def __init__(self, config, language: str):
        self.language = language
        self.output = tempfile.TemporaryFile(mode="w+", encoding="utf-8")
        command = [sys.executable, "-m", "scripts.edition_builds", config.config_file_path, language,
                   config.site_dir, config.site_url or "", "strict" if config.strict else "lenient"]  # fmt: skip
        root = Path(__file__).resolve().parent.parent  # where the engine's package is
        self.process = subprocess.Popen(command, cwd=root, stdout=self.output, stderr=subprocess.STDOUT)

    def finish(self) -> tuple[int, str]:
        """(exit code, what the build said)."""
        code = self.process.wait()
        self.output.seek(0)
        said = self.output.read()
        self.output.close()
        return code, said

    def stop(self) -> None:
        self.process.kill()
        self.process.wait()
        self.output.close()


def build_edition(config_file: str, language: str, site_dir: str, site_url: str, strict: bool) -> None:
    """The `language` edition of the site configured in config_file, built into site_dir/<language>/."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    from scripts.edition import edition_for
    from scripts.load import load_story

    site = load_config(config_file, site_dir=site_dir, site_url=site_url or None, strict=strict)
    data_dir = Path(site.config_file_path).resolve().parent / site.extra.get("data_dir", "data")
    story, _ = load_story(data_dir, language)
    edition = edition_config(site, language, nav_titles(edition_for(story, language).words))
    edition.plugins.on_startup(command="build", dirty=False)
    try:
        build(edition)
    finally:
        edition.plugins.on_shutdown()


def main(argv: list[str]) -> int:
    from mkdocs.exceptions import Abort

    from scripts.errors import DataErrors

    config_file, language, site_dir, site_url, strict = argv
    try:
        build_edition(config_file, language, site_dir, site_url, strict == "strict")
    except DataErrors as errors:
        print(errors.report(), file=sys.stderr)
        return 1
    except Abort as abort:
        print(f"the '{language}' edition: {abort}", file=sys.stderr)
        return 1
    return 0


def _in_language(plugin, language: str):
    """The search plugin indexes the edition's pages with its language's stemmer."""
    name, options = (plugin, {}) if isinstance(plugin, str) else next(iter(plugin.items()))
    if name in ("search", "material/search"):
        return {name: {**(options or {}), "lang": [language]}}
    return plugin


def _nav_entry(entry, titles: dict[str, str]):
    """A nav entry with its title in the edition's language, when it is a generated page."""
    if isinstance(entry, dict):
        (title, target), = entry.items()
        if isinstance(target, list):
            return {title: [_nav_entry(item, titles) for item in target]}
        return {titles.get(target, title): target}
    return entry


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
