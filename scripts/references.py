"""Checks across files: every source and place a record names exists, and times match their place."""

from __future__ import annotations

from datetime import datetime

from scripts.errors import DataError, did_you_mean
from scripts.kinds import KINDS


def check_references(dataset, locations, invalid_ids: set[str]) -> list[DataError]:
    # Ids of records that failed their own checks count as known, so one broken record is
    # reported once, on its own line, not again wherever it is named.
    places = {place.id: place for place in dataset.places}
    known = {
        "sources": {source.id for source in dataset.sources} | invalid_ids,
        "places": places,
        "place_ids": set(places) | invalid_ids,
        "records": {record.id for kind in KINDS for record in dataset.by_kind(kind)} | invalid_ids,
    }
    errors = []
    for kind in KINDS:
        for record, located in locations.get(kind.file, []):
            for field, message in _record_problems(record, known):
                errors.append(
                    DataError(f"data/{kind.file}", located.line_of(field), kind.name, record.id, field, message)
                )
    return errors


def _record_problems(record, known):
    for source_id in getattr(record, "sources", []):
        if source_id not in known["sources"]:
            yield "sources", f"unknown source id '{source_id}'" + did_you_mean(source_id, known["sources"])
    for field in ("place", "scope"):
        place_id = getattr(record, field, None)
        if place_id is not None and place_id not in known["place_ids"]:
            yield field, f"unknown place id '{place_id}'" + did_you_mean(place_id, known["places"])
    place = known["places"].get(getattr(record, "place", None))
    if place is not None:
        yield from _zone_mismatches(record, place)
    corrected = getattr(record, "record", None)
    if corrected is not None and corrected not in known["records"]:
        yield "record", f"unknown record id '{corrected}'" + did_you_mean(corrected, known["records"])


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
                        f"the time zone {offset} does not match {place.name} ({place.utc_offset} in January 2022); "
                        "write the local time with the place's offset"
                    ),
                )
