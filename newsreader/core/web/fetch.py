"""One HTTP(S) GET, bounded every way: the app's only network access.

Standard library only (``http.client``), so nothing else is in the way: no proxies or cookies, no
other schemes. Limits: :data:`TIMEOUT` seconds for connecting and for each read,
:data:`DEADLINE` for the whole download, :data:`MAX_REDIRECTS` redirects (each checked to stay
http or https), and the article size cap (:data:`~newsreader.core.ingest.MAX_BYTES`) checked
against ``Content-Length`` before reading and against the bytes as they arrive (a compressed body is
decompressed in bounded steps, so a "zip bomb" stops at the cap too). Every failure is a
:class:`FetchError` whose ``reason`` is a sentence for the user.
"""

from __future__ import annotations

import contextlib
import http.client
import re
import socket
import ssl
import threading
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import Message
from typing import NamedTuple
from urllib.parse import quote, urljoin, urlsplit, urlunsplit

from newsreader import __version__
from newsreader.core.align import Cancelled
from newsreader.core.ingest.loader import MAX_BYTES

TIMEOUT = 15.0  # seconds to connect, and for each read
DEADLINE = 60.0  # seconds for the whole download
MAX_REDIRECTS = 5
CHUNK = 64 * 1024
USER_AGENT = (
    f"newsreader/{__version__} (desktop app comparing news articles; "
    "fetches only the pages its user asks for)"
)
ACCEPT = (
    "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
    "application/xml;q=0.9,text/xml;q=0.9,application/pdf;q=0.8,text/plain;q=0.7,*/*;q=0.1"
)

_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_URL_LIKE = re.compile(r"^(?:https?://|www\.)", re.IGNORECASE)

Progress = Callable[[int, int | None], None]  # bytes received, bytes expected (None: unknown)


class FetchError(Exception):
    """A URL could not be fetched; ``reason`` is a sentence for the user (without the URL).

    ``network``: the connection failed (no answer, no route, unknown host), as opposed to the
    server answering with an error or with something that is not an article.
    """

    def __init__(self, url: str, reason: str, *, network: bool = False) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason
        self.network = network


@dataclass(slots=True)
class Fetched:
    url: str  # as asked (normalized)
    final_url: str  # after redirects
    content_type: str  # media type, lower case, without parameters ("" when not given)
    charset: str | None  # the Content-Type's charset parameter, as sent
    data: bytes
    redirects: list[str] = field(default_factory=list)  # the URLs redirected through


def looks_like_url(text: str) -> bool:
    """True when ``text`` (one line) is an http(s) or ``www.`` address, not a file name or prose."""
    text = text.strip()
    return bool(text) and not any(c.isspace() for c in text) and bool(_URL_LIKE.match(text))


def check_url(text: str) -> str:
    """``text`` as a fetchable http(s) URL, or :class:`FetchError` saying why not.

    ``www.example.org/x`` gains ``https://``; a non-ASCII host is IDNA-encoded and a non-ASCII
    path percent-encoded.
    """
    raw = text.strip()
    if raw.lower().startswith("www."):
        raw = "https://" + raw
    if not raw or any(c.isspace() or ord(c) < 32 for c in raw):
        raise FetchError(text, "is not a web address (it contains spaces or control characters)")
    try:
        parts = urlsplit(raw)
        host = parts.hostname or ""
        port = parts.port
    except ValueError:
        raise FetchError(text, "is not a valid web address") from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        what = f"“{scheme}:” addresses" if scheme else "addresses without http:// or https://"
        raise FetchError(text, f"cannot be fetched: only http and https pages are, not {what}")
    if not host:
        raise FetchError(text, "has no host name")
    try:
        ascii_host = host.encode("idna").decode("ascii")
    except UnicodeError:
        raise FetchError(text, "has an invalid host name") from None
    netloc = ascii_host if port is None else f"{ascii_host}:{port}"
    if ":" in ascii_host:  # an IPv6 literal
        netloc = f"[{ascii_host}]" + ("" if port is None else f":{port}")
    path = quote(parts.path or "/", safe="/%:@!$&'()*+,;=-._~")
    query = quote(parts.query, safe="=&%:@!$'()*+,;/?-._~")
    return urlunsplit((scheme, netloc, path, query, ""))


def fetch(
    url: str,
    *,
    max_bytes: int = MAX_BYTES,
    timeout: float = TIMEOUT,
    deadline: float = DEADLINE,
    max_redirects: int = MAX_REDIRECTS,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Fetched:
    """GET ``url`` and return the body; raises :class:`FetchError` or ``Cancelled``.

    A cancel takes effect at once, even while the server keeps the connection silent: a watcher
    thread shuts the socket down, which ends the blocked read.
    """
    first = check_url(url)
    with _CancelWatch(cancelled) as watch:
        try:
            limits = _Limits(max_bytes, timeout, deadline, time.monotonic() + deadline)
            return _fetch(first, watch, limits, max_redirects, progress)
        except FetchError:
            if watch.fired:
                raise Cancelled from None
            raise


def _fetch(
    first: str,
    watch: _CancelWatch,
    limits: _Limits,
    max_redirects: int,
    progress: Progress | None,
) -> Fetched:
    cancelled = watch.cancelled
    timeout = limits.timeout
    current = first
    redirects: list[str] = []
    while True:
        if cancelled is not None and cancelled():
            raise Cancelled
        conn = _connection(current, timeout)
        watch.conn = conn
        try:
            response = _send(conn, current, timeout)
            status = response.status
            if status in _REDIRECTS:
                location = response.getheader("Location")
                if not location:
                    raise FetchError(first, f"the server redirected ({status}) to nowhere")
                if len(redirects) >= max_redirects:
                    raise FetchError(
                        first, f"was redirected more than {max_redirects} times; not followed"
                    )
                target = urljoin(current, location.strip())
                if urlsplit(target).scheme.lower() not in ("http", "https"):
                    raise FetchError(
                        first, "redirects to an address that is not http or https; not followed"
                    )
                redirects.append(current)
                current = check_url(target)
                continue
            if status != 200:
                raise FetchError(first, _status_reason(status, response.reason))
            content_type, charset = _content_type(response.getheader("Content-Type") or "")
            data = _read_body(
                first, response, limits=limits, progress=progress, cancelled=cancelled
            )
            return Fetched(first, current, content_type, charset, data, redirects)
        finally:
            conn.close()


class _CancelWatch:
    """While a fetch runs, shut its socket down as soon as ``cancelled()`` turns true."""

    def __init__(self, cancelled: Callable[[], bool] | None) -> None:
        self.cancelled = cancelled
        self.conn: http.client.HTTPConnection | None = None
        self.fired = False
        self._stop = threading.Event()

    def __enter__(self) -> _CancelWatch:
        if self.cancelled is not None:
            threading.Thread(target=self._watch, name="fetch-cancel", daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()

    def _watch(self) -> None:
        while not self._stop.wait(0.05):
            if self.cancelled is not None and self.cancelled():
                self.fired = True
                sock = getattr(self.conn, "sock", None)
                if sock is not None:  # else still connecting: try again on the next tick
                    with contextlib.suppress(OSError):
                        sock.shutdown(socket.SHUT_RDWR)
                    return


def _connection(url: str, timeout: float) -> http.client.HTTPConnection:
    parts = urlsplit(url)
    if parts.scheme == "https":
        return http.client.HTTPSConnection(
            parts.hostname or "", parts.port, timeout=timeout, context=ssl.create_default_context()
        )
    return http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=timeout)


def _send(conn: http.client.HTTPConnection, url: str, timeout: float) -> http.client.HTTPResponse:
    parts = urlsplit(url)
    target = parts.path or "/"
    if parts.query:
        target += "?" + parts.query
    try:
        conn.request(
            "GET",
            target,
            headers={
                "User-Agent": USER_AGENT,
                "Accept": ACCEPT,
                "Accept-Encoding": "gzip, deflate",
                "Accept-Language": "*",
            },
        )
        return conn.getresponse()
    except Exception as exc:
        network = not isinstance(exc, (ssl.SSLError, http.client.HTTPException))
        reason = _network_reason(exc, parts.hostname or "", timeout)
        raise FetchError(url, reason, network=network) from exc


class _Limits(NamedTuple):
    max_bytes: int
    timeout: float
    deadline: float
    end: float  # time.monotonic() by which the download must be done


def _read_body(
    url: str,
    response: http.client.HTTPResponse,
    *,
    limits: _Limits,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
) -> bytes:
    max_bytes, timeout, deadline, end = limits
    length = response.getheader("Content-Length")
    expected = int(length) if length and length.strip().isdigit() else None
    encoding = (response.getheader("Content-Encoding") or "").strip().lower()
    if expected is not None and expected > max_bytes and encoding in ("", "identity"):
        raise FetchError(url, _too_big(max_bytes, expected))
    decoder = zlib.decompressobj(47) if encoding in ("gzip", "x-gzip", "deflate") else None
    parts: list[bytes] = []
    size = received = 0
    while True:
        if cancelled is not None and cancelled():
            raise Cancelled
        if time.monotonic() > end:
            raise FetchError(url, f"took too long to download (over {deadline:g} s); stopped")
        try:
            chunk = response.read1(CHUNK) if hasattr(response, "read1") else response.read(CHUNK)
        except TimeoutError:
            raise FetchError(
                url, f"the server stopped sending for {timeout:g} s; stopped", network=True
            ) from None
        except (OSError, http.client.HTTPException) as exc:
            raise FetchError(url, f"the download broke off ({exc or type(exc).__name__})") from None
        if not chunk:
            break
        received += len(chunk)
        if decoder is not None:
            try:
                chunk = decoder.decompress(chunk, max_bytes + 1 - size)
            except zlib.error:
                raise FetchError(url, "the server sent a damaged compressed page") from None
            if decoder.unconsumed_tail:
                raise FetchError(url, _too_big(max_bytes))
        parts.append(chunk)
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(url, _too_big(max_bytes))
        if progress is not None:
            progress(received, expected)
    return b"".join(parts)


def _content_type(header: str) -> tuple[str, str | None]:
    message = Message()
    message["Content-Type"] = header
    media = message.get_content_type() if header.strip() else ""
    charset = message.get_param("charset")
    return media.lower(), (
        charset.strip() if isinstance(charset, str) and charset.strip() else None
    )


def _too_big(limit: int, size: int | None = None) -> str:
    mb = limit / (1024 * 1024)
    what = f"is {size / (1024 * 1024):.0f} MB, " if size else "is "
    return f"{what}over the {mb:g} MB size limit for an article; the download was stopped"


_STATUS = {
    400: "the server did not understand the request (400 Bad Request)",
    401: "the page needs a log-in (401 Unauthorized); open it in your browser and save it",
    403: (
        "the server refused access (403 Forbidden): the page may need a log-in or block "
        "automated readers; open it in your browser and save it"
    ),
    404: "the page was not found (404 Not Found): check the address",
    410: "the page has been removed (410 Gone)",
    429: "the server says too many requests (429); try again later",
}


def _status_reason(status: int, text: str) -> str:
    if status in _STATUS:
        return _STATUS[status]
    if status >= 500:
        return f"the server had an error ({status} {text}); try again later"
    return f"the server answered {status} {text} instead of the page"


def _network_reason(exc: BaseException, host: str, timeout: float) -> str:
    if isinstance(exc, ssl.SSLCertVerificationError):
        return f"the site's security certificate could not be verified ({exc.verify_message})"
    if isinstance(exc, ssl.SSLError):
        return f"a secure connection to {host} could not be made ({exc.reason or exc})"
    if isinstance(exc, socket.gaierror):
        return f"the host {host} was not found (no network connection, or a mistyped address)"
    if isinstance(exc, TimeoutError):
        return f"the server did not answer within {timeout:g} s"
    if isinstance(exc, ConnectionRefusedError):
        return f"the connection to {host} was refused"
    if isinstance(exc, http.client.HTTPException):
        return f"the server's answer was not valid HTTP ({type(exc).__name__})"
    if isinstance(exc, OSError):
        return f"could not connect to {host} ({exc.strerror or exc})"
    return f"could not be fetched ({exc})"
