"""The feeds of changes: dated by the data, newest first, valid Atom and JSON Feed 1.1, linked from every page."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import feedparser
import jsonschema
from bs4 import BeautifulSoup

from scripts.edition import edition_for
from scripts.feeds import LATEST, atom_feed, feed_entries, json_feed
from scripts.load import load

SCHEMA = json.loads((Path(__file__).parent / "schemas/jsonfeed-1.1.schema.json").read_text(encoding="utf-8"))
SITE = "https://example.org/story/"


def _entries(data_dir):
    dataset = load(data_dir)
    edition = edition_for(dataset.story)
    links = {r.id: {"url": f"timeline/#{r.id}", "label": r.id} for r in [*dataset.events, *dataset.figures]}
    links |= {c.id: {"url": f"sources/#{c.id}", "label": c.id} for c in dataset.corrections}
    links |= {f"version-{r.version.replace('.', '-')}": {"url": "data/#v"} for r in dataset.story.releases}
    return dataset, edition, feed_entries(dataset, edition, links, SITE)


def test_entries_are_dated_by_the_data_newest_first(data_dir):
    dataset, _, entries = _entries(data_dir)
    assert entries and len(entries) <= LATEST
    assert [e.updated for e in entries] == sorted((e.updated for e in entries), reverse=True)
    kinds = {e.kind for e in entries}
    assert {"event", "figure"} <= kinds
    event = dataset.events[0]
    (entry,) = [e for e in entries if e.id == f"{SITE}timeline/#{event.id}"]
    day = event.start.date() if isinstance(event.start, datetime) else event.start
    assert entry.updated.date() == day
    assert entry.updated.utcoffset() is not None  # a date-only event is midnight where it happened


def test_the_atom_feed_parses_without_errors(data_dir):
    dataset, edition, entries = _entries(data_dir)
    parsed = feedparser.parse(atom_feed(entries, dataset.story, SITE, edition))
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "atom10" and parsed.feed.title
    assert len(parsed.entries) == len(entries)
    for entry in parsed.entries:
        assert entry.id and entry.updated and entry.link.startswith(SITE)


def test_the_json_feed_follows_the_specification(data_dir):
    dataset, edition, entries = _entries(data_dir)
    feed = json.loads(json_feed(entries, dataset.story, SITE, edition))
    jsonschema.validate(feed, SCHEMA)
    for item in feed["items"]:
        datetime.fromisoformat(item["date_published"])  # RFC 3339 with its offset


def test_text_from_data_is_escaped_in_the_feed(data_dir):
    dataset, edition, entries = _entries(data_dir)
    risky = entries[0].__class__(SITE, SITE, "A <b> & title", "x", entries[0].updated, "event")
    atom = atom_feed([risky], dataset.story, SITE, edition)
    assert b"A &lt;b&gt; &amp; title" in atom
    assert feedparser.parse(atom).entries[0].title == "A <b> & title"


def test_every_built_page_links_to_both_feeds(built_site):
    for page in built_site.rglob("index.html"):
        head = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").head
        types = {link["type"] for link in head.find_all("link", rel="alternate") if link.get("type")}
        assert {"application/atom+xml", "application/feed+json"} <= types, page
    parsed = feedparser.parse((built_site / "feed.xml").read_bytes())
    assert not parsed.bozo and parsed.entries
    ids = {e.id for e in parsed.entries}
    assert len(ids) == len(parsed.entries)  # no entry twice
    timeline = BeautifulSoup((built_site / "timeline/index.html").read_text(encoding="utf-8"), "html.parser")
    anchors = {tag["id"] for tag in timeline.find_all(id=True)}
    for entry in parsed.entries:
        if "/timeline/#" in entry.link:
            assert entry.link.split("#", 1)[1] in anchors  # each links to the record's permalink
    jsonschema.validate(json.loads((built_site / "feed.json").read_bytes()), SCHEMA)
