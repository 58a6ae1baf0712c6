"""Checks across files: every source and place a record names exists, and times match their place."""

from __future__ import annotations

from datetime import datetime

from scripts.errors import DataError, did_you_mean
from scripts.kinds import KINDS


def check_references(dataset, locations, invalid_ids: set[str]) -> list[DataError]:
    known = {
        "sources": {source.id for source in dataset.sources} | invalid_ids,
        "places": {place.id: place for place in dataset.places},
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
    scope = getattr(record, "scope", None)
    if scope is not None and scope not in known["places"]:
        yield "scope", f"unknown place id '{scope}'" + did_you_mean(scope, known["places"])
    place_id = getattr(record, "place", None)
    if place_id is not None:
        place = known["places"].get(place_id)
        if place is None and place_id in known["records"]:
            pass  # the place itself is invalid and reported on its own line
        elif place is None:
            yield "place", f"unknown place id '{place_id}'" + did_you_mean(place_id, known["places"])
        else:
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
