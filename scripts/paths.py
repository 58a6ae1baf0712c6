"""Where the project's folders are, wherever the code is run from."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "data"
DOCS_DIR = ROOT / "docs"
SCHEMA_DIR = ROOT / "schemas"
