"""One headless Chromium for the browser tests, a local server that counts hits, the artifacts folder.

The tests skip (with the reason) when Debian's ``chromium`` is not installed; ``scripts/test``
installs it when it can.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tests.browser.cdp import Browser, find_chromium

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "artifacts"


class HitServer:
    """Answers every request with an empty 200 and remembers its method and path."""

    def __init__(self) -> None:
        hits: list[str] = []
        self.hits = hits

        class Handler(BaseHTTPRequestHandler):
            def _answer(self) -> None:
                hits.append(f"{self.command} {self.path}")
                self.send_response(200)
                self.send_header("Content-Type", "text/plain")
                self.send_header("Content-Length", "0")
                self.end_headers()

            do_GET = do_POST = do_HEAD = do_PUT = do_OPTIONS = _answer  # noqa: N815

            def log_message(self, format: str, *args: object) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if os.environ.get("NEWSREADER_NO_BROWSER"):
        pytest.skip("NEWSREADER_NO_BROWSER is set")
    executable = find_chromium()
    if executable is None:
        pytest.skip("chromium is not installed (scripts/test installs it with apt-get when it can)")
    with Browser(executable) as b:
        yield b


@pytest.fixture(scope="module")
def server() -> Iterator[HitServer]:
    s = HitServer()
    yield s
    s.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
