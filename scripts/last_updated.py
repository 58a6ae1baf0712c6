"""When the facts last changed: the latest correction, or the last commit touching data/ or docs/.

Never the clock of the machine that builds, so two builds of one commit are identical and a copy
built without git still says when its facts changed (the latest date in the data itself).
"""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

from scripts.model import day_of


def last_commit(project: Path) -> date | None:
    try:
        result = subprocess.run(
            ["git", "log", "-1", "--format=%cs", "--", "data", "docs"],
            cwd=project, capture_output=True, text=True, timeout=10, check=True,
        )  # fmt: skip
        return date.fromisoformat(result.stdout.strip()) if result.stdout.strip() else None
    except (OSError, subprocess.SubprocessError, ValueError):
        return None


def latest_in_data(dataset) -> date | None:
    """The latest date any record carries (a correction, a source, a figure, an event)."""
    moments = [c.date for c in dataset.corrections] + [s.published for s in dataset.sources if s.published]
    moments += [f.as_of for f in dataset.figures] + [e.start for e in dataset.events]
    return max((day_of(m) for m in moments), default=None)


def last_updated(dataset, project: Path) -> date | None:
    corrected = max((day_of(c.date) for c in dataset.corrections), default=None)
    committed = last_commit(project)
    known = [moment for moment in (corrected, committed) if moment is not None]
    return max(known) if known else latest_in_data(dataset)
