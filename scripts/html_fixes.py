"""Small corrections to the theme's HTML that its templates do not let us override."""

from __future__ import annotations

import re

# Material's drawer and search toggles are checkboxes with autocomplete="off", which HTML allows only
# on text-like inputs (the W3C checker reports it); browsers keep a checkbox's state without it here.
_TOGGLE = re.compile(r'(<input class="md-toggle"[^>]*?type="checkbox"[^>]*?) autocomplete="off"')


# The theme's hidden state checkboxes (drawer, search, table of contents) are driven by labels and its
# script; with no name of their own they are kept out of the accessibility tree.
_STATE_TOGGLE = re.compile(r'<input class="(md-nav__toggle )?md-toggle"(?![^>]*aria-hidden)')


# The table of contents' title is a label for the navigation's __toc toggle, which the theme renders
# only for a page in the navigation: on a page outside it (a part of a long page) the label points at
# nothing, and keeps its title without the pointer.
_TITLE_LABEL = re.compile(r'(<label class="md-nav__title") for="(__\w+)">')


# The theme's script bundle sits at the end of the body without `defer`, so the browser holds the
# first paint until it has fetched it (Lighthouse, phone: 1.8 s to first paint with it, 1.4 s deferred).
# Deferred, it still runs before DOMContentLoaded and before the site's own deferred scripts, in order.
_THEME_BUNDLE = re.compile(r'<script src="([^"]*assets/javascripts/bundle\.\w+\.min\.js)"></script>')


def deferred_theme_script(page_html: str) -> str:
    return _THEME_BUNDLE.sub(r'<script src="\1" defer></script>', page_html)


def corrected(page_html: str) -> str:
    """Every correction of the theme's HTML, for each page the build writes."""
    return deferred_theme_script(valid_html(page_html))


def valid_html(page_html: str) -> str:
    page_html = _TOGGLE.sub(r"\1", page_html)
    page_html = _TITLE_LABEL.sub(lambda m: m.group(0) if f'id="{m.group(2)}"' in page_html else m.group(1) + ">",
                                 page_html)  # fmt: skip
    return _STATE_TOGGLE.sub(lambda m: m.group(0) + ' aria-hidden="true" tabindex="-1"', page_html)
