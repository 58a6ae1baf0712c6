"""Generated HTML set aside from Markdown during a build comes back exactly, anchors and all."""

import markdown
import pytest

from scripts import raw_html

PAGE = f"""# Title

Some *Markdown* before.

{raw_html.START}
<div class="x"><h3 id="day-1">Day</h3><p id="e1">One &amp; two</p></div>
{raw_html.END}

## After {{ #after }}

{raw_html.START}
<ol><li id="e2">Second</li></ol>
{raw_html.END}
"""


def _convert(text: str) -> str:
    return markdown.Markdown(extensions=["attr_list", "md_in_html", "toc"]).convert(text)


def test_blocks_come_back_where_they_were_with_markdown_around_them_converted():
    text, blocks = raw_html.set_aside(PAGE)
    assert raw_html.START not in text and len(blocks) == 2
    html = raw_html.put_back(_convert(text), blocks)
    assert '<div class="x"><h3 id="day-1">Day</h3><p id="e1">One &amp; two</p></div>' in html
    assert html.index("<em>Markdown</em>") < html.index('id="e1"') < html.index('id="after"') < html.index('id="e2"')
    assert "bjhtmlblock" not in html
    assert raw_html.anchor_ids(blocks) == {"day-1", "e1", "e2"}


def test_the_page_is_the_same_without_setting_aside_but_for_blank_lines():
    # An exported project (no hook) lets Markdown pass the same HTML through.
    text, blocks = raw_html.set_aside(PAGE)
    fast = raw_html.put_back(_convert(text), blocks)
    slow = _convert(PAGE).replace(f"{raw_html.START}\n", "").replace(f"\n{raw_html.END}", "")
    assert [line for line in fast.splitlines() if line] == [line for line in slow.splitlines() if line]


def test_a_lost_placeholder_stops_the_build_instead_of_dropping_the_block():
    text, blocks = raw_html.set_aside(PAGE)
    html = _convert(text).replace("<p>bjhtmlblock1xq7</p>", "")
    with pytest.raises(raw_html.LostBlock):
        raw_html.put_back(html, blocks)


def test_a_page_without_blocks_is_left_as_it_is():
    assert raw_html.set_aside("# Only Markdown\n") == ("# Only Markdown\n", [])
