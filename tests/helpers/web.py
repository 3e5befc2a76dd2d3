"""A local web server on 127.0.0.1 for the fetching tests: routes of canned answers.

``serve(routes)`` starts a ``ThreadingHTTPServer`` on a free port in a daemon thread; each route is
a :class:`Answer` (status, headers, body, or a body streamed in pieces, or a stall). Requests are
recorded (path and headers) so tests can check what the client sent. Nothing leaves the machine.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass(slots=True)
class Answer:
    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    pieces: int = 0  # >0: send the body this many times, without Content-Length
    stall: bool = False  # send nothing until the server stops (the client must time out)
    stall_body: bool = False  # send the headers, then nothing


@dataclass(slots=True)
class Server:
    base: str
    routes: dict[str, Answer]
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    release: threading.Event = field(default_factory=threading.Event)

    def url(self, path: str) -> str:
        return self.base + path


@contextmanager
def serve(routes: dict[str, Answer]) -> Iterator[Server]:
    server_ref: list[Server] = []

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:  # keep the test output clean
            pass

        def do_GET(self) -> None:
            state = server_ref[0]
            state.requests.append((self.path, dict(self.headers.items())))
            answer = state.routes.get(self.path)
            if answer is None:
                answer = Answer(b"<html><body>Not here</body></html>", 404)
            if answer.stall:
                state.release.wait(10)
                return
            self.send_response(answer.status)
            for key, value in answer.headers.items():
                self.send_header(key, value)
            if not answer.pieces:
                self.send_header("Content-Length", str(len(answer.body)))
            self.end_headers()
            if answer.stall_body:
                self.wfile.flush()
                state.release.wait(10)
                return
            try:
                for _ in range(max(1, answer.pieces)):
                    self.wfile.write(answer.body)
            except OSError:  # the client stopped reading (a size cap): fine
                pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    host, port = httpd.server_address[:2]
    state = Server(f"http://{host!s}:{port}", routes)
    server_ref.append(state)
    thread = threading.Thread(
        target=httpd.serve_forever, kwargs={"poll_interval": 0.02}, name="test-http", daemon=True
    )
    thread.start()
    try:
        yield state
    finally:
        state.release.set()
        httpd.shutdown()
        httpd.server_close()
        thread.join(5)


def rss_feed(base: str, count: int = 3) -> str:
    """An RSS 2.0 feed whose items ``Story k`` link to ``{base}/story{k}``."""
    items = "".join(
        f"<item><title>Story {k}</title><link>{base}/story{k}</link></item>"
        for k in range(1, count + 1)
    )
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Courier</title>'
        f"{items}</channel></rss>"
    )


def story_routes(page: Callable[[str], str], count: int = 3) -> dict[str, Answer]:
    """``/story1``… pages titled "Story number k from the lakeside"."""
    html = {"Content-Type": "text/html; charset=utf-8"}
    return {
        f"/story{k}": Answer(page(f"Story number {k} from the lakeside").encode(), headers=html)
        for k in range(1, count + 1)
    }
