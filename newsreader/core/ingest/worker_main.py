"""The extraction worker process: ``python -m newsreader.core.ingest.worker_main``.

Reads ``(task, payload)`` frames on stdin, answers ``("ok", result)`` or ``("error", text)`` on
stdout, and exits at end of input. See :mod:`newsreader.core.ingest.worker`.
"""

from __future__ import annotations

import os
import signal
import sys
from typing import Any


def main() -> int:
    if hasattr(signal, "SIGINT"):
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    # The protocol owns the real stdout; anything a library prints goes to stderr instead.
    replies = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    requests = sys.stdin.buffer

    from newsreader.core.ingest.extract import TASKS, preload
    from newsreader.core.ingest.worker import recv_frame, send_frame

    preload()

    send_frame(replies, ("ready", None))
    while True:
        try:
            message = recv_frame(requests)
        except (OSError, ValueError, EOFError):
            return 0
        if message is None:
            return 0
        task, payload = message
        try:
            reply: tuple[str, Any] = ("ok", TASKS[task](payload))
        except Exception as exc:  # every failure is reported; the parent falls back
            reply = ("error", f"{type(exc).__name__}: {exc}"[:500])
        try:
            send_frame(replies, reply)
        except OSError:
            return 0


if __name__ == "__main__":
    sys.exit(main())
