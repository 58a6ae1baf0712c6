"""Which data file holds which kind of record."""

from __future__ import annotations

from dataclasses import dataclass

from scripts import model


@dataclass(frozen=True)
class Kind:
    name: str  # how errors name one record: "event 2022-01-05-airport-seized"
    file: str  # the file in data/
    model: type[model.Record]
    required: bool = True  # an empty or missing file is an error


KINDS = (
    Kind("source", "sources.yaml", model.Source),
    Kind("place", "places.yaml", model.Place),
    Kind("event", "events.yaml", model.Event),
    Kind("figure", "figures.yaml", model.Figure),
    Kind("reaction", "reactions.yaml", model.Reaction),
    Kind("background fact", "background.yaml", model.BackgroundFact),
    Kind("deployment", "deployments.yaml", model.Deployment),
    Kind("correction", "corrections.yaml", model.Correction, required=False),
)
