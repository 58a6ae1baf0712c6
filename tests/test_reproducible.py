"""Two builds of the same commit with SOURCE_DATE_EPOCH set are byte-identical, each rendering its own charts."""

import hashlib

from tests.conftest import ROOT, mkdocs_build


def _digest(site) -> dict[str, str]:
    return {
        str(path.relative_to(site)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(site.rglob("*"))
        if path.is_file()
    }


def test_two_builds_with_cold_separate_caches_are_byte_identical(tmp_path):
    first_site, second_site = tmp_path / "first", tmp_path / "second"
    for site, cache in ((first_site, tmp_path / "cache-1"), (second_site, tmp_path / "cache-2")):
        result = mkdocs_build(ROOT, site, cache=cache)
        assert result.returncode == 0, result.stderr
        assert list((cache / "charts").glob("*.svg")), "each build rendered its charts itself"
    first, again = _digest(first_site), _digest(second_site)
    assert first.keys() == again.keys()
    assert [name for name in first if first[name] != again[name]] == []
