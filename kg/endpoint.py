"""Asking a SPARQL endpoint (Virtuoso, Fuseki, GraphDB, Oxigraph server ...) over the SPARQL
1.1 Protocol: a POST of the form-encoded ``query=``, the answer parsed as it streams in.

A SELECT's or an ASK's answer is asked as SPARQL JSON, a CONSTRUCT's or DESCRIBE's as
N-Triples, and read by pyoxigraph's streaming parsers from the response as it arrives, so
kg.query takes its rows as a local store's and stops at the row limit without waiting for
the rest. (Not CSV, whose plain values would do: Virtuoso 7 writes a literal that came
from the query's own text, such as a name of a VALUES clause, into its CSV and TSV answers
as Latin-1 with ``?`` for what Latin-1 lacks, and into JSON and N-Triples correctly.)

The limits of a local query hold here too: ``seconds`` is the request's overall deadline
(no wait, connecting or for the first byte, is longer than it, and when it runs out while the
answer streams in, the connection is shut under the reader), ``max_bytes`` bounds the
answer's size.
The query itself is checked by kg.guard before it is sent (kg.query).
"""
from __future__ import annotations

import io
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from urllib.parse import urlsplit

ACCEPT = {"SelectQuery": "application/sparql-results+json", "AskQuery": "application/sparql-results+json",
          "ConstructQuery": "application/n-triples", "DescribeQuery": "application/n-triples"}
_CONNECT_SECONDS = 10.0  # how long to wait for the endpoint to take the connection, at most


class EndpointError(ValueError):
    """The endpoint could not be reached or refused the query (its own words, shortened)."""


@dataclass(frozen=True)
class Endpoint:
    """A SPARQL endpoint's query URL (``http://host:8890/sparql``)."""

    url: str

    def __str__(self) -> str:
        return self.url


def is_endpoint_url(text) -> bool:
    """Is TEXT an http(s) URL (an endpoint), rather than a path?"""
    if not isinstance(text, str):
        return False
    parts = urlsplit(text)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


class _Answer(io.RawIOBase):
    """The response's body as a file the parsers read from, checked against the deadline
    and the size bound as each piece arrives."""

    def __init__(self, chunks: Iterator[bytes], seconds: float | None, deadline: float | None,
                 max_bytes: int | None) -> None:
        self.chunks, self.pending, self.read_bytes = chunks, b"", 0
        self.seconds, self.deadline, self.max_bytes = seconds, deadline, max_bytes

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        while not self.pending:
            piece = next(self.chunks, None)
            if piece is None:
                return 0
            self._check(len(piece))
            self.pending = piece
        n = min(len(buffer), len(self.pending))
        buffer[:n], self.pending = self.pending[:n], self.pending[n:]
        return n

    def _check(self, size: int) -> None:
        from kg.sandbox import QueryTimeout

        self.read_bytes += size
        if _past(self.deadline):
            raise QueryTimeout(f"the endpoint's answer took longer than {self.seconds:g} s (--timeout)")
        if self.max_bytes is not None and self.read_bytes > self.max_bytes:
            raise EndpointError(f"the endpoint's answer is larger than {self.max_bytes / 2**20:g} MB")


def _past(deadline: float | None) -> bool:
    return deadline is not None and time.monotonic() > deadline


@contextmanager
def _cut_at(deadline: float | None, response):
    """Shut the response's connection at DEADLINE: a read blocked on an endpoint that went
    quiet half way through its answer returns then, not a whole read timeout later."""
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


def _parsed(form: str, body: _Answer):
    """The answer as pyoxigraph's own results: QueryBoolean, QuerySolutions or quads."""
    import pyoxigraph as ox

    if form == "AskQuery":
        return _boolean(ox.parse_query_results(body, ox.QueryResultsFormat.JSON))
    if form == "SelectQuery":
        return ox.parse_query_results(body, ox.QueryResultsFormat.JSON)
    return ox.parse(body, format=ox.RdfFormat.N_TRIPLES)


def _boolean(answer) -> bool:
    """An ASK's answer. Virtuoso answers an ASK as a one-row SELECT of ``__ASK_RETVAL`` (1 or
    0) instead of SPARQL JSON's ``{"boolean": ...}``: both are read here, the one place that
    knows."""
    import pyoxigraph as ox

    if isinstance(answer, ox.QueryBoolean):
        return bool(answer)
    first = next(iter(answer), None)
    values = [first[v] for v in answer.variables] if first is not None else []
    return bool(values) and values[0] is not None and values[0].value in ("1", "true")


@contextmanager
def answer(endpoint: Endpoint, text: str, form: str, seconds: float | None = None, max_bytes: int | None = None):
    """Send query TEXT (its FORM as kg.guard names it: SelectQuery, AskQuery ...) to
    ENDPOINT; yields its answer as pyoxigraph gives a local one (a bool for an ASK, the
    solutions of a SELECT, the quads of a CONSTRUCT), read from the network while the
    caller takes it. EndpointError where the endpoint cannot be reached, refuses the query
    or answers what cannot be read; QueryTimeout past SECONDS."""
    import httpx

    from kg.sandbox import QueryTimeout

    deadline = None if seconds is None else time.monotonic() + seconds
    timeout = httpx.Timeout(seconds, connect=min(seconds or _CONNECT_SECONDS, _CONNECT_SECONDS))
    try:
        with httpx.Client(timeout=timeout) as client, client.stream(
                "POST", endpoint.url, data={"query": text}, headers={"Accept": ACCEPT[form]}) as response:
            if response.status_code != 200:
                said = " ".join(response.read().decode("utf-8", "replace").split())[:300]
                raise EndpointError(f"{endpoint.url} answered HTTP {response.status_code}: {said}")
            with _cut_at(deadline, response):
                yield _parsed(form, _Answer(response.iter_bytes(), seconds, deadline, max_bytes))
    except httpx.HTTPError as e:
        if isinstance(e, httpx.TimeoutException) or _past(deadline):
            raise QueryTimeout(f"the endpoint did not answer within {seconds:g} s (--timeout)") from None
        raise EndpointError(f"{endpoint.url}: {e}") from None
    except SyntaxError as e:
        if _past(deadline):  # the connection shut at the deadline cut the answer short
            raise QueryTimeout(f"the endpoint did not answer within {seconds:g} s (--timeout)") from None
        raise EndpointError(f"{endpoint.url}: an answer that cannot be read: {e}") from None
