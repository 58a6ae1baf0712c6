"""When the facts last changed: the date of the last commit touching data/ or docs/.

Taken from git rather than the clock, so two builds of one commit are identical.
"""

from __future__ import annotations

import os
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path


def last_updated(root: Path) -> date | None:
    try:
        result = subprocess.run(
            ["git", "log", "-1", "--format=%cs", "--", "data", "docs"],
            cwd=root, capture_output=True, text=True, timeout=10, check=True,
        )  # fmt: skip
        if result.stdout.strip():
            return date.fromisoformat(result.stdout.strip())
    except (OSError, subprocess.SubprocessError, ValueError):
        pass
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    return datetime.fromtimestamp(int(epoch), UTC).date() if epoch and epoch.isdigit() else None
