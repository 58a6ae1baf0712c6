"""Small corrections to the theme's HTML that its templates do not let us override."""

from __future__ import annotations

import re

# Material's drawer and search toggles are checkboxes with autocomplete="off", which HTML allows only
# on text-like inputs (the W3C checker reports it); browsers keep a checkbox's state without it here.
_TOGGLE = re.compile(r'(<input class="md-toggle"[^>]*?type="checkbox"[^>]*?) autocomplete="off"')


# The theme's hidden state checkboxes (drawer, search, table of contents) are driven by labels and its
# script; with no name of their own they are kept out of the accessibility tree.
_STATE_TOGGLE = re.compile(r'<input class="(md-nav__toggle )?md-toggle"(?![^>]*aria-hidden)')


def valid_html(page_html: str) -> str:
    page_html = _TOGGLE.sub(r"\1", page_html)
    return _STATE_TOGGLE.sub(lambda m: m.group(0) + ' aria-hidden="true" tabindex="-1"', page_html)
