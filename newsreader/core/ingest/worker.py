"""One long-lived worker process for extraction work that may be slow on hostile input.

Article extraction (trafilatura) and Markdown conversion are pure functions of a string, but both
can take minutes or recurse deeply on crafted input and cannot be interrupted from a thread. They
run in a separate process with a time limit per call: when a call overruns, or the caller
cancels, the process is killed and a fresh one is started for the next call. The process is
reused across files, so loading a thousand pages pays the start-up cost once.

The worker is a plain ``python -m newsreader.core.ingest.worker_main`` subprocess talking over its
stdin/stdout with length-prefixed pickles. Unlike ``multiprocessing``'s spawn method it never
re-imports the caller's main script (a script without an ``if __name__ == "__main__"`` guard
would otherwise run again inside the worker). It runs in its own session (Ctrl+C in a terminal
is for the parent), its stderr is discarded (library chatter must not mix with the CLI's
one-line-per-file error report) and it exits when its stdin closes, i.e. when the parent exits.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import pickle
import queue
import struct
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from newsreader.core.align import Cancelled

START_TIMEOUT = 60.0  # seconds to start the process and import the extraction libraries
_HEADER = struct.Struct("!Q")
_PACKAGE_ROOT = str(Path(__file__).resolve().parents[3])


class WorkerError(Exception):
    """The worker could not do the job (timed out, crashed, unavailable, or the task failed)."""


class WorkerTimeoutError(WorkerError):
    pass


def send_frame(stream: IO[bytes], message: object) -> None:
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_HEADER.pack(len(data)))
    stream.write(data)
    stream.flush()


def recv_frame(stream: IO[bytes]) -> Any:
    """The next message, or ``None`` at end of stream."""
    header = _read_exactly(stream, _HEADER.size)
    if header is None:
        return None
    (size,) = _HEADER.unpack(header)
    data = _read_exactly(stream, size)
    return None if data is None else pickle.loads(data)


def _read_exactly(stream: IO[bytes], size: int) -> bytes | None:
    chunks: list[bytes] = []
    left = size
    while left:
        chunk = stream.read(left)
        if not chunk:
            return None
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


class _Worker:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._proc: subprocess.Popen[bytes] | None = None
        self._replies: queue.Queue[Any] = queue.Queue()
        self._unavailable = ""
        self.starts = 0  # how many processes were started (for tests and benchmarks)

    def run(
        self,
        task: str,
        payload: object,
        *,
        timeout: float,
        cancelled: Callable[[], bool] | None = None,
    ) -> Any:
        with self._lock:
            if self._unavailable:
                raise WorkerError(self._unavailable)
            proc = self._ensure()
            try:
                assert proc.stdin is not None
                send_frame(proc.stdin, (task, payload))
            except (OSError, ValueError) as exc:
                self._stop()
                raise WorkerError(f"the extraction process stopped unexpectedly ({exc})") from exc
            reply = self._wait(timeout, cancelled)
        status, value = reply
        if status != "ok":
            raise WorkerError(str(value))
        return value

    def _wait(self, timeout: float, cancelled: Callable[[], bool] | None) -> Any:
        deadline = time.monotonic() + timeout
        while True:
            try:
                reply = self._replies.get(timeout=max(0.0, min(0.05, deadline - time.monotonic())))
            except queue.Empty:
                if cancelled is not None and cancelled():
                    self._stop()
                    raise Cancelled() from None
                if time.monotonic() >= deadline:
                    self._stop()
                    raise WorkerTimeoutError(f"took longer than {timeout:g} s") from None
                continue
            if reply is None:
                self._stop()
                raise WorkerError("the extraction process stopped unexpectedly")
            return reply

    def _ensure(self) -> subprocess.Popen[bytes]:
        if self._proc is not None and self._proc.poll() is None:
            return self._proc
        self._stop()
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(
            p for p in (_PACKAGE_ROOT, env.get("PYTHONPATH", "")) if p
        )
        stderr = None if env.get("NEWSREADER_WORKER_STDERR") else subprocess.DEVNULL
        try:
            proc = subprocess.Popen(
                [sys.executable, "-m", "newsreader.core.ingest.worker_main"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=stderr,
                env=env,
                start_new_session=os.name == "posix",
            )
        except OSError as exc:
            self._unavailable = f"cannot start the extraction process: {exc}"
            raise WorkerError(self._unavailable) from exc
        self.starts += 1
        replies: queue.Queue[Any] = queue.Queue()
        assert proc.stdout is not None
        threading.Thread(
            target=_read_replies, args=(proc.stdout, replies), name="extract-replies", daemon=True
        ).start()
        self._proc, self._replies = proc, replies
        try:
            ready = self._wait(START_TIMEOUT, None)
        except WorkerError:
            ready = None
        if not ready or ready[0] != "ready":
            self._stop()  # not remembered: a machine busy right now may manage the next time
            raise WorkerError("the extraction process did not start")
        return proc

    def _stop(self) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        if proc.poll() is None:
            proc.kill()
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=5)
        for stream in (proc.stdin, proc.stdout):
            if stream is not None:
                with contextlib.suppress(OSError):
                    stream.close()

    def shutdown(self) -> None:
        with self._lock:
            proc = self._proc
            if proc is not None and proc.stdin is not None:
                try:
                    proc.stdin.close()  # the worker exits at end of input
                    proc.wait(timeout=1)
                except (OSError, subprocess.TimeoutExpired):
                    pass
            self._stop()


def _read_replies(stream: IO[bytes], replies: queue.Queue[Any]) -> None:
    while True:
        try:
            message = recv_frame(stream)
        except (OSError, ValueError, pickle.UnpicklingError, EOFError):
            message = None
        replies.put(message)
        if message is None:
            return


_WORKER = _Worker()
atexit.register(_WORKER.shutdown)


def run_task(
    task: str,
    payload: object,
    *,
    timeout: float,
    cancelled: Callable[[], bool] | None = None,
) -> Any:
    """Run ``task`` (``"html"``, ``"md"``, ``"feed"`` or ``"pdf"``) on ``payload`` in the worker process.

    Raises :class:`WorkerTimeoutError` after ``timeout`` seconds, :class:`WorkerError` when the worker
    fails, and ``Cancelled`` when ``cancelled()`` turns true while waiting.
    """
    return _WORKER.run(task, payload, timeout=timeout, cancelled=cancelled)


def worker_starts() -> int:
    """How many worker processes have been started in this process so far."""
    return _WORKER.starts


def shutdown() -> None:
    """Stop the worker process (a new one starts on the next call)."""
    _WORKER.shutdown()
