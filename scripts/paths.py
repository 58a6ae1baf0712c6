"""Where the engine's folders are, wherever the code is run from; and where its caches go."""

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ENGINE_DIR = ROOT / "scripts"
ASSETS_DIR = ENGINE_DIR / "assets"  # the engine's CSS and scripts, added to every story's build
DATA_DIR = ROOT / "data"  # the main story's; a story elsewhere passes its own
DOCS_DIR = ROOT / "docs"
SCHEMA_DIR = ROOT / "schemas"


def cache_dir() -> Path:
    """Rendered charts and compiled templates; STORY_CACHE_DIR moves them (tests keep theirs apart)."""
    return Path(os.environ.get("STORY_CACHE_DIR") or ROOT / ".cache")
