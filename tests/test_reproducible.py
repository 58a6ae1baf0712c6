"""Two builds of the same commit with SOURCE_DATE_EPOCH set are byte-identical."""

import hashlib

from tests.conftest import ROOT, mkdocs_build


def _digest(site) -> dict[str, str]:
    return {
        str(path.relative_to(site)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(site.rglob("*"))
        if path.is_file()
    }


def test_two_builds_are_byte_identical(tmp_path, built_site):
    second = tmp_path / "second"
    result = mkdocs_build(ROOT, second)
    assert result.returncode == 0, result.stderr
    first, again = _digest(built_site), _digest(second)
    assert first.keys() == again.keys()
    assert [name for name in first if first[name] != again[name]] == []
