"""What every talk with a remote store shares (kg.push to a Graph Store, kg.endpoint to a
SPARQL endpoint): its URL checked by parsing, an error's words read within a bound, and a
deadline no trickling answer outlasts.

A URL with a user and password in it is refused: httpx would send them as Basic
authentication unasked, over plain http too, and every message naming the URL would print
the password. They go in ``--user`` (kg push), where the store's challenge decides how.
"""
from __future__ import annotations

import socket
import threading
import time
from contextlib import contextmanager
from urllib.parse import urlsplit

CONNECT_SECONDS = 10.0  # how long to wait for a store to take the connection, at most
ERROR_BYTES = 4096  # the most of an error answer read: its first words say what went wrong


class BadURL(ValueError):
    pass


def checked_url(text: str, example: str) -> str:
    """TEXT as the http(s) URL of a store, parsed: scheme, host, a port that is one, no user
    or password; BadURL saying what is wrong (EXAMPLE: what a right one looks like)."""
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as e:
        raise BadURL(f"{_shown(text)}: not a URL ({e}); e.g. {example}") from None
    if parts.scheme not in ("http", "https") or not parts.hostname or (port is not None and not 0 < port < 65536):
        raise BadURL(f"{_shown(text)}: not an http(s) URL of a store; e.g. {example}")
    if parts.username is not None or parts.password is not None:
        raise BadURL(f"{_shown(text)}: a user or password in the URL is refused (it would be sent unasked "
                     "and printed); give them with --user NAME:PASSWORD")
    return text


def _shown(text: str) -> str:
    """TEXT as a message may show it: what stands before an @ of the host part (a password) cut out."""
    scheme, sep, rest = text.partition("://")
    host, at, tail = rest.partition("@")
    if not sep or not at or "/" in host:
        return text
    return f"{scheme}://…@{tail}"


def error_words(response, limit: int = ERROR_BYTES) -> str:
    """The first words of a streamed error answer, read within LIMIT bytes (a store or a
    proxy may send megabytes with an error), on one line."""
    taken = b""
    for chunk in response.iter_bytes():
        taken += chunk
        if len(taken) >= limit:
            break
    return " ".join(taken[:limit].decode("utf-8", "replace").split())[:300]


@contextmanager
def cut_at(deadline: float | None, response):
    """Shut the response's connection at DEADLINE: a read blocked on a store that went quiet,
    or sends a byte now and then, returns then, not a read timeout after its last byte."""
    stream = response.extensions.get("network_stream")
    sock = stream.get_extra_info("socket") if stream is not None else None
    if deadline is None or sock is None:
        yield
        return
    timer = threading.Timer(max(0.0, deadline - time.monotonic()), _shut, (sock,))
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()


def _shut(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:  # closed already: the answer was complete
        pass


def past(deadline: float | None) -> bool:
    return deadline is not None and time.monotonic() > deadline
