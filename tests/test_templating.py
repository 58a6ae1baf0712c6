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
