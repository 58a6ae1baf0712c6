"""Templates escape every value from data; inline Markdown from data becomes only Markdown's markup."""

from markupsafe import Markup

from scripts.edition import edition_for
from scripts.load import load
from scripts.templating import Renderer, inline_markdown


def test_inline_markdown_escapes_html_first():
    assert inline_markdown("*a* <b>") == Markup("<em>a</em> &lt;b&gt;")
    assert 'rel="noopener noreferrer" href="https://x.org"' in inline_markdown("[x](https://x.org)")


def test_a_template_escapes_data_and_uses_the_edition(data_dir):
    dataset = load(data_dir)
    renderer = Renderer(edition_for(dataset.story))
    env = renderer.environment
    text = env.from_string("{{ value }} {{ day|long_date }} {{ n|number }} {{ t.site.sources_label }}").render(
        value="<script>", day=dataset.events[0].start, n=1234
    )
    assert text == "&lt;script&gt; 6 January 2022 1,234 Sources"


def _every_text(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _every_text(item)
    elif isinstance(value, list):
        for item in value:
            yield from _every_text(item)


def test_plain_text_skips_markdown_with_the_same_html(data_dir):
    # Text with no Markdown syntax is escaped without Markdown (most of a large build's templating):
    # for every text in the data, both editions, and for the edges Markdown treats as syntax, the
    # result is what Markdown makes of it.
    import markdown
    import yaml
    from markupsafe import escape

    from scripts.templating import _NEEDS_MARKDOWN

    converter = markdown.Markdown(output_format="html")
    texts = [text for path in sorted(data_dir.glob("*.yaml"))
             for text in _every_text(yaml.safe_load(path.read_text(encoding="utf-8")))]  # fmt: skip
    edges = ["a & b", "\"quoted\" 'x'", "5 < 6 > 4", "1.5 million", "- item", "+ x", "1. first", "# h", "a  ",
             "  a", "a\\b", "<b>x</b>", "== x", "a|b", "&amp; done", "a\u00a0", "", "a!b", "a # b", "x\ny", "`c`"]  # fmt: skip
    plain = [text for text in texts + edges if not _NEEDS_MARKDOWN.search(text)]
    assert len(plain) > len(texts) / 2  # the fast road is the usual one
    for text in texts + edges:
        slow = converter.reset().convert(str(escape(text))).removeprefix("<p>").removesuffix("</p>")
        assert inline_markdown(text) == Markup(slow).replace('<a href="http', '<a rel="noopener noreferrer" href="http'), text
