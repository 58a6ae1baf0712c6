"""The _headers file: a strict policy that allows the theme's inline scripts by hash, and nothing inline else."""

import base64
import hashlib

from scripts.headers import headers_file, inline_script_hashes, parse_headers_file


def test_inline_scripts_are_allowed_by_their_hashes(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "index.html").write_text("<script>var a = 1</script><script src='x.js'></script>", "utf-8")
    (tmp_path / "a" / "index.html").write_text("<script>var a = 1</script><script>b()</script>", "utf-8")
    expected = {f"'sha256-{base64.b64encode(hashlib.sha256(code).digest()).decode()}'" for code in (b"var a = 1", b"b()")}
    assert set(inline_script_hashes(tmp_path)) == expected
    headers = parse_headers_file(headers_file(tmp_path))
    policy = headers["Content-Security-Policy"]
    assert all(hash_ in policy for hash_ in expected) and "unsafe" not in policy


def test_the_built_site_has_its_headers(built_site):
    headers = parse_headers_file((built_site / "_headers").read_text(encoding="utf-8"))
    assert set(inline_script_hashes(built_site)) <= set(headers["Content-Security-Policy"].replace(";", " ").split())
