"""The published CSVs and data package: valid Frictionless, complete, and meeting the minimums."""

import csv
import json

from frictionless import Package

from scripts.kinds import KINDS
from scripts.load import load
from scripts.paths import DATA_DIR


def test_data_package_is_valid_frictionless(built_site):
    report = Package(str(built_site / "data" / "datapackage.json")).validate()
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])


def test_every_kind_is_published_with_every_record(built_site):
    dataset = load(DATA_DIR)
    package = json.loads((built_site / "data" / "datapackage.json").read_text(encoding="utf-8"))
    assert {resource["name"] for resource in package["resources"]} == {k.file.removesuffix(".yaml") for k in KINDS}
    assert package["licenses"][0]["name"] == "CC-BY-4.0"
    for kind in KINDS:
        rows = list(csv.DictReader((built_site / "data" / kind.file.replace(".yaml", ".csv")).open(encoding="utf-8")))
        assert [row["id"] for row in rows] == [record.id for record in dataset.by_kind(kind)]


def test_the_published_data_meets_the_minimums(built_site):
    """The data set's coverage promise, checked on what readers download."""

    def rows(name):
        return list(csv.DictReader((built_site / "data" / f"{name}.csv").open(encoding="utf-8")))

    events, figures, reactions, sources = rows("events"), rows("figures"), rows("reactions"), rows("sources")
    assert len(events) >= 60
    assert {f"2022-01-{day:02d}" for day in range(2, 20)} <= {e["start"][:10] for e in events}
    assert len(figures) >= 35 and len({f["measure"] for f in figures}) >= 6
    assert len(reactions) >= 30 and len({r["country_or_org"] for r in reactions}) >= 20
    assert len(rows("places")) >= 15
    assert len(sources) >= 50 and len({s["publisher"] for s in sources}) >= 20
    assert len({s["language"] for s in sources}) >= 3
    assert any("nu.nl" in s["url"] for s in sources)
    assert all(record["sources"] for record in events + figures + reactions)


def test_every_published_field_is_described_in_the_word_table():
    from scripts.open_data import fields_of
    from scripts.words import engine_words

    described = engine_words("en")["open_data"]["fields"]
    missing = [f"{kind.file}: {name}" for kind in KINDS for name in fields_of(kind) if name not in described]
    assert missing == []
