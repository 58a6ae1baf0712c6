"""Share images: 1200 x 630 PNGs drawn offline, cached, with the page's title and its key number or chart."""

from __future__ import annotations

import struct

from bs4 import BeautifulSoup

from scripts import share_images
from scripts.share_images import ShareCard, card_png, card_svg


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_a_card_is_1200_by_630_and_escapes_its_text(tmp_path):
    card = ShareCard("x.md", "Site & <Co>", "A <title> & more", "alt", figure=("1,000", "People", "By someone"))
    svg = card_svg(card)
    assert "&lt;title&gt; &amp; more" in svg and "<title>" not in svg
    assert _png_size(card_png(card, tmp_path)) == (1200, 630)


def test_a_long_title_is_cut_to_three_lines():
    card = ShareCard("x.md", "Site", "word " * 60, "alt")
    assert card_svg(card).count('font-size="58"') == 3 and "…" in card_svg(card)


def test_a_warm_build_draws_no_card_again(tmp_path, monkeypatch):
    card = ShareCard("x.md", "Site", "Title", "alt")
    first = card_png(card, tmp_path)
    import vl_convert

    def refuse(*args, **kwargs):
        raise AssertionError("the cached card was drawn again")

    monkeypatch.setattr(vl_convert, "svg_to_png", refuse)
    assert card_png(card, tmp_path) == first
    assert share_images.FOLDER == "assets/share"


def test_every_page_has_a_share_image_with_its_alt_text(built_site):
    for page in built_site.rglob("index.html"):
        if page.parent.name == "search":
            continue
        head = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").head
        image = head.find("meta", property="og:image")["content"]
        edition = "nl/" if page.relative_to(built_site).parts[0] == "nl" else ""
        assert image.startswith(f"https://bloody-january.example.org/{edition}assets/share/"), page
        assert _png_size((built_site / image.split(".org/", 1)[1]).read_bytes()) == (1200, 630)
        alt = head.find("meta", property="og:image:alt")["content"]
        assert alt and alt == head.find("meta", attrs={"name": "twitter:image:alt"})["content"]
        assert head.find("meta", attrs={"name": "twitter:card"})["content"] == "summary_large_image"
    dutch = BeautifulSoup((built_site / "nl/index.html").read_text(encoding="utf-8"), "html.parser").head
    assert dutch.find("meta", property="og:image:alt")["content"].startswith("Bloedige Januari")
    home = BeautifulSoup((built_site / "index.html").read_text(encoding="utf-8"), "html.parser").head
    assert (
        "238" in home.find("meta", property="og:image:alt")["content"]
        or "Deaths" in home.find("meta", property="og:image:alt")["content"]
    )
