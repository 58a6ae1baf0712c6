"""`mkdocs serve` rebuilds when a file in data/ changes, reports broken data, and recovers once it is fixed."""

import os
import socket
import subprocess
import time
import urllib.request

from tests.conftest import MKDOCS


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


# Straight to 127.0.0.1, whatever proxy the environment names.
_DIRECT = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def _wait_for(url: str, text: str, timeout: float = 60) -> str:
    deadline = time.monotonic() + timeout
    body = ""
    while time.monotonic() < deadline:
        try:
            body = _DIRECT.open(url, timeout=5).read().decode("utf-8")
            if text in body:
                return body
        except OSError:
            pass
        time.sleep(0.5)
    raise AssertionError(f"{text!r} did not appear at {url}")


def test_serve_rebuilds_on_data_change(project_copy):
    port = _free_port()
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    server = subprocess.Popen(
        [MKDOCS, "serve", "-a", f"127.0.0.1:{port}", "-f", str(project_copy / "mkdocs.yml")],
        cwd=project_copy, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        url = f"http://127.0.0.1:{port}/timeline/"
        _wait_for(url, "Protest begins in Zhanaozen")
        events = project_copy / "data" / "events.yaml"
        text = events.read_text(encoding="utf-8")
        events.write_text(
            text.replace("Protest begins in Zhanaozen", "Protest starts in Zhanaozen", 1), encoding="utf-8"
        )
        _wait_for(url, "Protest starts in Zhanaozen")
        # Broken data: the error is reported (MkDocs holds requests until the build works again) ...
        events.write_text(text.replace("place: zhanaozen", "place: zhanaozenn", 1), encoding="utf-8")
        time.sleep(4)
        # ... and once the editor fixes it, the site comes back with the change.
        events.write_text(
            text.replace("Protest begins in Zhanaozen", "Protest began in Zhanaozen", 1), encoding="utf-8"
        )
        _wait_for(url, "Protest began in Zhanaozen")
    finally:
        server.terminate()
        _, stderr = server.communicate(timeout=30)
    assert "unknown place id 'zhanaozenn' (did you mean 'zhanaozen'?)" in stderr
