"""A long timeline is split into parts of whole days; every permalink still finds its event."""

from __future__ import annotations

import json
import textwrap
from datetime import date

from bs4 import BeautifulSoup

from scripts.generate import generate
from scripts.load import load
from scripts.pages import timeline

EVENT = """
- id: {id}
  start: {day}T{hour:02d}:00:00+06:00
  place: almaty
  category: violence
  title: Event {id}
  summary: Something happened.
  sources: [nu-2022-01-06-onrust]
"""


def _many_events(data_dir, days: dict[int, int]) -> None:
    """Replace the events with `count` events on each January day given."""
    text = ""
    for day, count in days.items():
        for n in range(count):
            text += EVENT.format(id=f"2022-01-{day:02d}-event-{n}", day=f"2022-01-{day:02d}", hour=8 + n % 12)
    (data_dir / "events.yaml").write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")


def _split_story(data_dir, per_page: int) -> None:
    story = (data_dir / "story.yaml").read_text(encoding="utf-8")
    (data_dir / "story.yaml").write_text(story.replace("timeline: {}", f"timeline: {{per_page: {per_page}}}"), "utf-8")


def test_parts_keep_whole_days_and_cut_only_a_day_longer_than_a_part(data_dir):
    _many_events(data_dir, {5: 2, 6: 3, 7: 1, 8: 5})
    cut = timeline.parts(load(data_dir).events, per_page=4)
    days = [[e.start.day for e in part] for part in cut]
    assert days == [[5, 5], [6, 6, 6, 7], [8, 8, 8, 8], [8]]
    assert len(timeline.parts(load(data_dir).events, per_page=500)) == 1


def test_a_short_timeline_stays_one_page(data_dir, tmp_path):
    files = generate(load(data_dir), tmp_path).pages()
    assert not [f for f in files if f.startswith("timeline/part-")] and timeline.PARTS_MAP not in files


def test_a_long_timeline_becomes_an_index_and_parts(data_dir, tmp_path):
    _many_events(data_dir, {5: 2, 6: 3, 7: 1})
    _split_story(data_dir, 3)
    dataset = load(data_dir)
    files = generate(dataset, tmp_path, site_url="https://example.org/").pages()
    parts = sorted(f for f in files if f.startswith("timeline/part-"))
    assert parts == ["timeline/part-1.md", "timeline/part-2.md", "timeline/part-3.md"]
    index = files["timeline.md"]
    assert 'class="bj-event"' not in index and "data-parts-map" in index
    seen = {}
    for part in parts:
        for event in dataset.events:
            if f'id="{event.id}"' in files[part]:
                seen.setdefault(event.id, []).append(part)
    assert all(len(where) == 1 for where in seen.values()) and len(seen) == len(dataset.events)
    table = json.loads(files[timeline.PARTS_MAP])
    for event_id, (part,) in seen.items():
        assert table[event_id] == part.removesuffix(".md") + "/"
    assert table["day-2022-01-06"] == "timeline/part-2/"
    # Links from other pages go straight to the part, as do the feed's entries.
    assert "../timeline/part-3/#2022-01-07-event-0" in files["sources.md"]
    assert b"https://example.org/timeline/part-1/#2022-01-05-event-0" in files["feed.xml"]
    assert "Timeline, part 2 of 3" in files["timeline/part-2.md"]


def test_the_split_site_builds_strict_with_every_event_in_one_part(split_site):
    events = {e.id for e in load(split_site.parent / "data").events}
    found: dict[str, str] = {}
    for page in sorted((split_site / "timeline").glob("part-*/index.html")):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        for heading in soup.select("h4.bj-event__title"):
            assert heading["id"] not in found
            found[heading["id"]] = page.parent.name
        assert soup.select_one("nav.bj-parts-nav a[href='../../timeline/']")  # back to the list of parts
    assert set(found) == events
    index = BeautifulSoup((split_site / "timeline/index.html").read_text(encoding="utf-8"), "html.parser")
    listed = [a["href"] for a in index.select("nav.bj-parts li a")]
    assert listed == [f"../timeline/part-{n}/" for n in range(1, len(listed) + 1)] and len(listed) == 4
    assert date(2022, 1, 6).isoformat() in index.select_one("nav.bj-jump").decode()


def test_a_page_citing_thousands_of_sources_names_their_number_instead_of_listing_them(data_dir, tmp_path):
    from scripts import templating

    dataset = load(data_dir)
    original = templating.MOST_LISTED_SOURCES, templating.MOST_TABLE_ROWS
    try:
        templating.MOST_LISTED_SOURCES = templating.MOST_TABLE_ROWS = 0  # every list and table is "too long"
        files = generate(dataset, tmp_path, site_url="https://example.org/").pages()
    finally:
        templating.MOST_LISTED_SOURCES, templating.MOST_TABLE_ROWS = original
    timeline_page = files["timeline.md"]
    assert "bj-print-sources" in timeline_page and "<li>NU.nl" not in timeline_page.split("bj-print-sources")[1]
    assert "published sources: each is listed on the Sources and method page" in timeline_page
    home = files["index.md"]  # a chart's table gives way to its CSV
    assert "too many to show here" in home and "<tbody>" not in home.split("bj-chart__data")[1].split("</details>")[0]
