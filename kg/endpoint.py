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
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from kg.remote import CONNECT_SECONDS, BadURL, checked_url, cut_at, error_words, past

ACCEPT = {"SelectQuery": "application/sparql-results+json", "AskQuery": "application/sparql-results+json",
          "ConstructQuery": "application/n-triples", "DescribeQuery": "application/n-triples"}


class EndpointError(ValueError):
    """The endpoint could not be reached or refused the query (its own words, shortened)."""


@dataclass(frozen=True)
class Endpoint:
    """A SPARQL endpoint's query URL (``http://host:8890/sparql``)."""

    url: str

    def __str__(self) -> str:
        return self.url


def is_endpoint_url(text) -> bool:
    """Is TEXT meant as an http(s) URL (an endpoint), rather than a path? (Whether it is a
    good one, kg.remote.checked_url says.)"""
    return isinstance(text, str) and text.lower().startswith(("http://", "https://"))


def endpoint(text: str) -> Endpoint:
    """The endpoint at URL TEXT; kg.remote.BadURL (an EndpointError too) where it is none."""
    try:
        return Endpoint(checked_url(text, "http://host:8890/sparql"))
    except BadURL as e:
        raise EndpointError(str(e)) from None


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
        if past(self.deadline):
            raise QueryTimeout(f"the endpoint's answer took longer than {self.seconds:g} s (--timeout)")
        if self.max_bytes is not None and self.read_bytes > self.max_bytes:
            raise EndpointError(f"the endpoint's answer is larger than {self.max_bytes / 2**20:g} MB")


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
    timeout = httpx.Timeout(seconds, connect=min(seconds or CONNECT_SECONDS, CONNECT_SECONDS))
    try:
        with httpx.Client(timeout=timeout) as client, client.stream(
                "POST", endpoint.url, data={"query": text}, headers={"Accept": ACCEPT[form]}) as response:
            if response.status_code != 200:
                with cut_at(deadline, response):
                    said = error_words(response)
                raise EndpointError(f"{endpoint.url} answered HTTP {response.status_code}: {said}")
            with cut_at(deadline, response):
                yield _parsed(form, _Answer(response.iter_bytes(), seconds, deadline, max_bytes))
    except httpx.HTTPError as e:
        if isinstance(e, httpx.TimeoutException) or past(deadline):
            raise QueryTimeout(f"the endpoint did not answer within {seconds:g} s (--timeout)") from None
        raise EndpointError(f"{endpoint.url}: {e}") from None
    except SyntaxError as e:
        if past(deadline):  # the connection shut at the deadline cut the answer short
            raise QueryTimeout(f"the endpoint did not answer within {seconds:g} s (--timeout)") from None
        raise EndpointError(f"{endpoint.url}: an answer that cannot be read: {e}") from None
