"""Which data file holds which kind of record, and which model (built from the story) checks it."""

from __future__ import annotations

from dataclasses import dataclass

STORY_FILE = "story.yaml"


@dataclass(frozen=True)
class Kind:
    name: str  # how errors name one record: "event 2024-05-01-strike-begins"
    file: str  # the file in the data folder
    model_name: str  # the model in scripts.model.record_models(story)
    required: bool = True  # an empty or missing file is an error

    @property
    def resource(self) -> str:
        """The kind's name in the open data and on the Dataset: events, figures, ..."""
        return self.file.removesuffix(".yaml")


KINDS = (
    Kind("source", "sources.yaml", "Source"),
    Kind("place", "places.yaml", "Place"),
    Kind("event", "events.yaml", "Event"),
    Kind("figure", "figures.yaml", "Figure"),
    Kind("reaction", "reactions.yaml", "Reaction"),
    Kind("background fact", "background.yaml", "BackgroundFact", required=False),
    Kind("deployment", "deployments.yaml", "Deployment", required=False),
    Kind("open question", "unknowns.yaml", "OpenQuestion", required=False),
    Kind("correction", "corrections.yaml", "Correction", required=False),
)
