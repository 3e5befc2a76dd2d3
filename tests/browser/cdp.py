"""A minimal Chrome DevTools Protocol client over ``--remote-debugging-pipe`` (stdlib only).

Why not Playwright: it would add a ~40 MB dependency with its own Node driver, is built against one
Chromium revision (Debian's ``chromium`` moves on its own), and must never download a browser here.
CDP over a pipe needs nothing but the standard library and opens no debugging port: Chromium reads
NUL-terminated JSON commands on fd 3 and writes replies and events on fd 4.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import queue
import shutil
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

FLAGS = (
    "--headless",
    "--no-sandbox",  # running as root in CI containers
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--disable-default-apps",
    "--disable-domain-reliability",
    "--disable-client-side-phishing-detection",
    "--metrics-recording-only",
    "--mute-audio",
    "--hide-scrollbars",
    "--font-render-hinting=none",
    "--remote-debugging-pipe",
)


class CDPError(RuntimeError):
    pass


def find_chromium() -> str | None:
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    return None


def _high_fd(fd: int) -> int:
    high = fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 10)
    os.close(fd)
    return high


class Browser:
    """One headless Chromium process; :meth:`new_page` opens tabs driven through flat sessions."""

    def __init__(self, executable: str, *, timeout: float = 20.0) -> None:
        self.timeout = timeout
        self._profile = tempfile.mkdtemp(prefix="newsreader-chromium-")
        self._log = tempfile.TemporaryFile(prefix="newsreader-chromium-log-")  # noqa: SIM115 - lives as long as the browser
        cmd_read, self._cmd_write = os.pipe()  # we write commands, Chromium reads fd 3
        self._evt_read, evt_write = os.pipe()  # Chromium writes fd 4, we read
        # Out of the way of fds 3 and 4 first, so the two moves cannot clobber each other.
        cmd_read, evt_write = _high_fd(cmd_read), _high_fd(evt_write)

        def to_fds_3_and_4() -> None:  # in the child, before exec; both ends are >= 10 here
            os.dup2(cmd_read, 3)
            os.dup2(evt_write, 4)

        self.process = subprocess.Popen(
            [executable, *FLAGS, f"--user-data-dir={self._profile}", "about:blank"],
            preexec_fn=to_fds_3_and_4,  # noqa: PLW1509 - no other thread of ours runs yet
            close_fds=False,  # keeps 3 and 4; Python's own fds are close-on-exec (PEP 446)
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=self._log,
        )
        os.close(cmd_read)
        os.close(evt_write)
        self._next_id = 0
        self._lock = threading.Lock()
        self._replies: dict[int, queue.Queue[dict[str, Any]]] = {}
        self.events: list[dict[str, Any]] = []
        self._events_changed = threading.Condition()
        self._reader = threading.Thread(target=self._read_loop, daemon=True)
        self._reader.start()
        try:
            self.send("Browser.getVersion")
        except (CDPError, OSError) as exc:
            log = self.log_tail()
            self.close()
            raise CDPError(f"Chromium did not start: {exc}\n{log}") from exc

    # -- transport ---------------------------------------------------------------------------
    def _read_loop(self) -> None:
        buffer = b""
        with os.fdopen(self._evt_read, "rb", buffering=0) as pipe:
            while True:
                chunk = pipe.read(1 << 16)
                if not chunk:
                    break
                buffer += chunk
                while b"\0" in buffer:
                    raw, buffer = buffer.split(b"\0", 1)
                    message = json.loads(raw)
                    if "id" in message:
                        box = self._replies.get(message["id"])
                        if box is not None:
                            box.put(message)
                    else:
                        with self._events_changed:
                            self.events.append(message)
                            self._events_changed.notify_all()
        with self._events_changed:
            self._events_changed.notify_all()

    def send(
        self, method: str, params: dict[str, Any] | None = None, session: str | None = None
    ) -> dict[str, Any]:
        with self._lock:
            self._next_id += 1
            ident = self._next_id
            box: queue.Queue[dict[str, Any]] = queue.Queue()
            self._replies[ident] = box
            message: dict[str, Any] = {"id": ident, "method": method, "params": params or {}}
            if session:
                message["sessionId"] = session
            os.write(self._cmd_write, json.dumps(message).encode() + b"\0")
        try:
            reply = box.get(timeout=self.timeout)
        except queue.Empty:
            raise CDPError(f"no reply to {method} within {self.timeout} s") from None
        finally:
            self._replies.pop(ident, None)
        if "error" in reply:
            raise CDPError(f"{method}: {reply['error']}")
        return reply.get("result", {})

    def wait_event(
        self,
        method: str,
        session: str | None = None,
        *,
        since: int = 0,
        where: Callable[[dict[str, Any]], bool] = lambda _params: True,
        timeout: float | None = None,
    ) -> dict[str, Any]:
        """The first event ``method`` (from index ``since`` of :attr:`events`) matching ``where``."""
        deadline = time.monotonic() + (timeout or self.timeout)
        with self._events_changed:
            while True:
                for event in self.events[since:]:
                    if (
                        event.get("method") == method
                        and (session is None or event.get("sessionId") == session)
                        and where(event.get("params", {}))
                    ):
                        return event["params"]
                remaining = deadline - time.monotonic()
                if remaining <= 0 or self.process.poll() is not None:
                    raise CDPError(f"no {method} event within the time limit")
                self._events_changed.wait(remaining)

    def new_page(self, width: int = 1280, height: int = 900) -> Page:
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})[
            "sessionId"
        ]
        page = Page(self, target, session)
        page.set_viewport(width, height)
        for domain in ("Page", "Network", "Runtime", "Log", "Debugger"):
            page.send(f"{domain}.enable")
        return page

    def log_tail(self, size: int = 4000) -> str:
        """The end of Chromium's stderr, for failure messages."""
        self._log.seek(0)
        return self._log.read().decode("utf-8", "replace")[-size:]

    def close(self) -> None:
        try:
            if self.process.poll() is None:
                with contextlib.suppress(CDPError, OSError):
                    self.send("Browser.close")
                try:
                    self.process.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    self.process.kill()
                    self.process.wait(timeout=5)
        finally:
            os.close(self._cmd_write)
            self._log.close()
            shutil.rmtree(self._profile, ignore_errors=True)

    def __enter__(self) -> Browser:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class Page:
    """One tab: navigation, evaluation, input, screenshots, and the events it produced."""

    def __init__(self, browser: Browser, target: str, session: str) -> None:
        self.browser = browser
        self.target = target
        self.session = session
        self.mark = 0  # index into browser.events where the current navigation's events start

    def send(self, method: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        return self.browser.send(method, params, self.session)

    def set_viewport(self, width: int, height: int) -> None:
        self.send(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False},
        )

    def emulate(self, *, media: str = "", dark: bool = False) -> None:
        self.send(
            "Emulation.setEmulatedMedia",
            {
                "media": media,
                "features": [
                    {"name": "prefers-color-scheme", "value": "dark" if dark else "light"}
                ],
            },
        )

    def goto(self, url: str) -> None:
        """Navigate and wait for the load event; events from here on are this navigation's."""
        self.mark = len(self.browser.events)
        self.send("Page.navigate", {"url": url})
        self.browser.wait_event("Page.loadEventFired", self.session, since=self.mark)

    def events(self, method: str) -> list[dict[str, Any]]:
        return [
            e["params"]
            for e in self.browser.events[self.mark :]
            if e.get("method") == method and e.get("sessionId") == self.session
        ]

    def evaluate(self, expression: str) -> Any:
        result = self.send(
            "Runtime.evaluate",
            {"expression": expression, "returnByValue": True, "awaitPromise": True},
        )
        if "exceptionDetails" in result:
            raise CDPError(f"evaluation failed: {result['exceptionDetails']}")
        return result["result"].get("value")

    def click(self, x: float, y: float) -> None:
        for kind in ("mouseMoved", "mousePressed", "mouseReleased"):
            self.send(
                "Input.dispatchMouseEvent",
                {"type": kind, "x": x, "y": y, "button": "left", "clickCount": 1},
            )

    def screenshot(self, path: Path, *, full_page: bool = False) -> Path:
        import base64

        params: dict[str, Any] = {"format": "png"}
        if full_page:
            params["captureBeyondViewport"] = True
            size = self.send("Page.getLayoutMetrics")["cssContentSize"]
            params["clip"] = {
                "x": 0,
                "y": 0,
                "width": size["width"],
                "height": size["height"],
                "scale": 1,
            }
        data = self.send("Page.captureScreenshot", params)["data"]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(data))
        return path

    def close(self) -> None:
        self.browser.send("Target.closeTarget", {"targetId": self.target})
