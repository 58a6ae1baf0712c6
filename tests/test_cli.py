"""python -m scripts, as an editor runs it: clear lines, exit codes, no tracebacks."""

import json
import subprocess
import sys

from tests.conftest import ROOT


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "scripts", *args], cwd=ROOT, capture_output=True, text=True)


def test_check_passes_on_the_real_data():
    result = run_cli("check")
    assert result.returncode == 0, result.stderr
    assert "data is valid: 105 events" in result.stdout or " is valid: " in result.stdout


def test_check_reports_errors_without_a_traceback(data_dir):
    (data_dir / "events.yaml").write_text("- id: x\n  start: 2022-13-01\n", encoding="utf-8")
    result = run_cli("--data", str(data_dir), "check")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert (
        "data/events.yaml:2: event x: start: '2022-13-01' is not a real date (check the month and day)" in result.stderr
    )
    assert "data/events.yaml:1: event x: place: this required field is missing" in result.stderr


def test_generate_writes_pages_and_refuses_docs(tmp_path):
    result = run_cli("generate", "--out", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / "timeline.md").read_text(encoding="utf-8").startswith("---\n")
    assert run_cli("generate", "--out", str(ROOT / "docs" / "x")).returncode == 2
    assert not (ROOT / "docs" / "x").exists()


def test_schemas_are_current_and_named_by_each_data_file(tmp_path):
    result = run_cli("schema", "--out", str(tmp_path))
    assert result.returncode == 0
    for written in tmp_path.glob("*.schema.json"):
        committed = ROOT / "schemas" / written.name
        assert committed.read_text(encoding="utf-8") == written.read_text(encoding="utf-8"), (
            f"schemas/{written.name} is out of date: run python -m scripts schema"
        )
        data_file = ROOT / "data" / written.name.replace(".schema.json", ".yaml")
        first_line = data_file.read_text(encoding="utf-8").splitlines()[0]
        assert first_line == f"# yaml-language-server: $schema=../schemas/{written.name}"
        assert json.loads(written.read_text())["type"] == ("object" if written.name == "story.schema.json" else "array")


def test_stats_counts_kinds_days_and_unsourced_records():
    result = run_cli("stats")
    assert result.returncode == 0, result.stderr
    assert "Events per day, January 2022" in result.stdout
    missing = next(line for line in result.stdout.splitlines() if "days without events:" in line)
    assert not any(f"2022-01-{day:02d}" in missing for day in range(2, 20)), missing
    assert "Records without a source: 0" in result.stdout
