"""Checks across files: every source and place a record names exists, times match their place, and
the records the story's charts name exist."""

from __future__ import annotations

from datetime import datetime

from scripts.errors import DataError, did_you_mean
from scripts.kinds import KINDS
from scripts.model import day_of


def check_references(dataset, locations, invalid_ids: set[str], unreadable: frozenset | set = frozenset()):
    """Every reference across files, except into a file that could not be read: its error is the real
    cause, so what points into it is counted once instead of reported record by record."""
    # Ids of records that failed their own checks count as known, so one broken record is
    # reported once, on its own line, not again wherever it is named.
    places = {place.id: place for place in dataset.places}
    known = {
        "sources": {source.id for source in dataset.sources} | invalid_ids,
        "places": places,
        "place_ids": set(places) | invalid_ids,
        "records": {record.id for kind in KINDS for record in dataset.by_kind(kind)} | invalid_ids,
        "events": {event.id: event for event in dataset.events},
    }
    skipped = {"sources": "sources.yaml" in unreadable, "places": "places.yaml" in unreadable,
               "records": any(kind.file in unreadable for kind in KINDS)}  # fmt: skip
    errors, unchecked = [], {name: 0 for name in skipped}
    for kind in KINDS:
        for record, located in locations.get(kind.file, []):
            for field, message, target in _record_problems(record, known):
                if skipped[target]:
                    unchecked[target] += 1
                    continue
                errors.append(
                    DataError(f"data/{kind.file}", located.line_of(field), kind.name, record.id, field, message)
                )
    for target, file in (("sources", "sources.yaml"), ("places", "places.yaml")):
        if skipped[target]:
            count = sum(1 for kind in KINDS for record, _ in locations.get(kind.file, [])
                        if _names(record, target))  # fmt: skip
            if count:
                errors.append(DataError(f"data/{file}", 0, message=(
                    f"the records that name {target} in this file ({count}) could not be checked until it is fixed")))
    if unchecked["records"]:
        first = next(kind.file for kind in KINDS if kind.file in unreadable)
        errors.append(DataError(f"data/{first}", 0, message=(
            f"the references to records ({unchecked['records']}) could not be checked until this file is fixed")))
    return errors


def _names(record, target: str) -> bool:
    if target == "sources":
        return bool(getattr(record, "sources", None))
    return any(getattr(record, field, None) for field in ("place", "scope"))


def _record_problems(record, known):
    """(field, message, what it points into) for each broken reference of one record."""
    for source_id in getattr(record, "sources", []):
        if source_id not in known["sources"]:
            yield "sources", f"unknown source id '{source_id}'" + did_you_mean(source_id, known["sources"]), "sources"
    for field in ("place", "scope"):
        place_id = getattr(record, field, None)
        if place_id is not None and place_id not in known["place_ids"]:
            yield field, f"unknown place id '{place_id}'" + did_you_mean(place_id, known["places"]), "places"
    follows = getattr(record, "after", None)
    if follows is not None:
        event = known["events"].get(follows)
        if event is None and follows not in known["records"]:
            yield "after", f"unknown event id '{follows}'" + did_you_mean(follows, known["events"]), "records"
        elif event is not None and day_of(event.start) != day_of(record.start):
            yield "after", f"'{follows}' is on another day; after names an event of the same day", "records"
        elif follows == record.id:
            yield "after", "an event cannot follow itself", "records"
    place = known["places"].get(getattr(record, "place", None))
    if place is not None:
        for field, message in _zone_mismatches(record, place):
            yield field, message, "places"
    corrected = getattr(record, "record", None)
    if corrected is not None and corrected not in known["records"]:
        yield "record", f"unknown record id '{corrected}'" + did_you_mean(corrected, known["records"]), "records"
    for named in getattr(record, "records", []):
        if named not in known["records"]:
            yield "records", f"unknown record id '{named}'" + did_you_mean(named, known["records"]), "records"


def _zone_mismatches(event, place):
    # Times are written in the place's own clock; a wrong offset shifts the event by hours.
    for name in ("start", "end"):
        moment = getattr(event, name)
        if isinstance(moment, datetime):
            offset = moment.isoformat()[-6:]
            if offset != place.utc_offset:
                yield (
                    name,
                    (
                        f"the time zone {offset} does not match {place.name} ({place.utc_offset} at the time); "
                        "write the local time with the place's offset"
                    ),
                )


MAX_KEY_MOMENTS = 12


def check_story_references(story, line_of, dataset, invalid_ids: set[str], unreadable=frozenset()) -> list[DataError]:
    """The background facts and places the story's charts name exist (and a series' facts are numbers);
    the timeline opens with at most a dozen key moments."""
    facts = {fact.id: fact for fact in dataset.background}
    places = {place.id for place in dataset.places} | invalid_ids
    errors = []
    for position, chart in enumerate(story.charts):
        for field, wanted, known in (("facts", getattr(chart, "facts", []), set(facts) | invalid_ids),
                                     ("leave_out", getattr(chart, "leave_out", []), places)):  # fmt: skip
            path = f"charts.{position}.{field}"
            if ("background.yaml" if field == "facts" else "places.yaml") in unreadable:
                continue  # that file's own error is the cause
            for record_id in wanted:
                kind = "background fact" if field == "facts" else "place"
                if record_id not in known:
                    message = f"unknown {kind} id '{record_id}'" + did_you_mean(record_id, known)
                elif field == "facts" and record_id in facts and not isinstance(facts[record_id].value, int | float):
                    message = f"the background fact '{record_id}' has no number as its value, so it cannot be drawn"
                else:
                    continue
                errors.append(DataError("data/story.yaml", line_of(path), "story", story.id,
                                        f"charts.{chart.id}.{field}", message))  # fmt: skip
    key_moments = [event for event in dataset.events if event.key_moment]
    if len(key_moments) > MAX_KEY_MOMENTS:
        errors.append(DataError("data/events.yaml", 0, message=(
            f"{len(key_moments)} events are key moments; flag at most {MAX_KEY_MOMENTS} so the strip stays short "
            f"the last ones: {', '.join(e.id for e in key_moments[MAX_KEY_MOMENTS:][:5])}"
            f"{' and more' if len(key_moments) > MAX_KEY_MOMENTS + 5 else ''})")))  # fmt: skip
    return errors
