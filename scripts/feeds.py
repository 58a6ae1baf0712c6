"""The story's changes as an Atom feed and a JSON Feed 1.1: corrections, figures as they were reported, events.

Every entry is dated by the data (a correction's date, a figure's as-of, an event's start), never by
the clock of the machine that builds, so two builds of one commit give the same bytes. Each links to
the record's permalink on the site.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from xml.etree import ElementTree

from scripts.templating import inline_markdown

ATOM_FILE = "feed.xml"
JSON_FILE = "feed.json"
ATOM_NS = "http://www.w3.org/2005/Atom"
LATEST = 50  # entries in each feed, newest first: a feed reader needs the recent changes, not the archive


@dataclass(frozen=True)
class Entry:
    id: str  # the record's permalink: stable, so a reader never sees an entry twice
    url: str
    title: str
    summary: str  # inline Markdown from the data, made HTML only for the entries a feed keeps
    updated: datetime
    kind: str

    @property
    def summary_html(self) -> str:
        return str(inline_markdown(self.summary))


def _moment(moment: date | datetime, offset: str) -> datetime:
    """A date-only moment as midnight where it happened (the place's offset, else UTC)."""
    if isinstance(moment, datetime):
        return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return datetime.fromisoformat(f"{moment.isoformat()}T00:00:00{offset}")


def feed_entries(dataset, edition, permalinks: dict[str, dict], site_url: str) -> list[Entry]:
    """The newest changes first: corrections, then the figures and events the data records."""
    t, fmt = edition.words.feed, edition.format
    places = dataset.places_by_id
    default_offset = next(iter(places.values())).utc_offset if places else "+00:00"
    entries = []

    def add(kind: str, record_id: str, title: str, summary: str, moment, offset=default_offset):
        url = site_url + permalinks[record_id]["url"]
        entries.append(Entry(url, url, title, summary, _moment(moment, offset), kind))

    for correction in dataset.corrections:
        # Its id is the correction's own line on the sources page; its link, the record it corrected.
        corrected = permalinks.get(correction.record or "")
        own = site_url + permalinks[correction.id]["url"]
        title = t.correction.format(record=corrected["label"]) if corrected else t.correction_general
        moment = _moment(correction.date, default_offset)
        url = site_url + corrected["url"] if corrected else own
        entries.append(Entry(own, url, title, correction.summary, moment, "correction"))
    for release in dataset.story.releases:  # a new version of the data, with what changed in it
        url = site_url + permalinks[release.anchor]["url"]
        title = t.release.format(version=release.version)
        entries.append(Entry(url, url, title, release.changes, _moment(release.date, default_offset), "release"))
    for figure in dataset.figures:
        label = edition.words.measures[figure.measure]
        title = t.figure.format(measure=label, value=fmt.figure_text(figure), reporter=figure.reported_by)
        add("figure", figure.id, title, figure.note or title, figure.as_of)
    for event in dataset.events:
        offset = places[event.place].utc_offset if event.place in places else default_offset
        add("event", event.id, t.event.format(title=event.title), event.summary, event.start, offset)
    entries.sort(key=lambda entry: (entry.updated, entry.id), reverse=True)
    return entries[:LATEST]


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def atom_feed(entries: list[Entry], story, site_url: str, edition) -> bytes:
    ElementTree.register_namespace("", ATOM_NS)

    def element(parent, name, text=None, **attributes):
        node = ElementTree.SubElement(parent, f"{{{ATOM_NS}}}{name}", attributes)
        if text is not None:
            node.text = text
        return node

    feed = ElementTree.Element(f"{{{ATOM_NS}}}feed", {"xml:lang": edition.language})
    element(feed, "id", site_url)
    element(feed, "title", edition.words.feed.title.format(story=story.title))
    element(feed, "subtitle", story.description)
    element(feed, "updated", _iso(entries[0].updated) if entries else f"{story.published.isoformat()}T00:00:00Z")
    element(feed, "link", rel="self", type="application/atom+xml", href=site_url + ATOM_FILE)
    element(feed, "link", rel="alternate", type="text/html", href=site_url)
    author = element(feed, "author")
    element(author, "name", story.credits.made_by)
    element(feed, "rights", edition.words.feed.rights)
    for entry in entries:
        node = element(feed, "entry")
        element(node, "id", entry.id)
        element(node, "title", entry.title)
        element(node, "updated", _iso(entry.updated))
        element(node, "link", rel="alternate", type="text/html", href=entry.url)
        element(node, "category", term=entry.kind, label=edition.words.feed.kinds[entry.kind])
        element(node, "summary", entry.summary_html, type="html")
    ElementTree.indent(feed)
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + ElementTree.tostring(feed, encoding="utf-8") + b"\n"


def json_feed(entries: list[Entry], story, site_url: str, edition) -> bytes:
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": edition.words.feed.title.format(story=story.title),
        "home_page_url": site_url,
        "feed_url": site_url + JSON_FILE,
        "description": story.description,
        "language": edition.language,
        "authors": [{"name": story.credits.made_by}],
        "items": [
            {
                "id": entry.id,
                "url": entry.url,
                "title": entry.title,
                "content_html": entry.summary_html,
                "date_published": _iso(entry.updated),
                "date_modified": _iso(entry.updated),
                "tags": [edition.words.feed.kinds[entry.kind]],
            }
            for entry in entries
        ],
    }
    return (json.dumps(feed, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def feed_files(dataset, edition, permalinks: dict[str, dict], site_url: str) -> dict[str, bytes]:
    entries = feed_entries(dataset, edition, permalinks, site_url)
    story = dataset.story
    return {
        ATOM_FILE: atom_feed(entries, story, site_url, edition),
        JSON_FILE: json_feed(entries, story, site_url, edition),
    }
