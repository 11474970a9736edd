"""A build's store over HTTP: the query part of the SPARQL 1.1 Protocol, read-only.

    kg serve out            # http://127.0.0.1:7878/query

``GET /query?query=...`` or ``POST /query`` (``application/sparql-query`` or a form with
``query=``) answers in the format the ``Accept`` header asks for: SPARQL JSON (the
default), XML, CSV or TSV for SELECT and ASK; N-Triples or Turtle for CONSTRUCT and
DESCRIBE. The default graph is the union of the named graphs (one per article), as in
``kg query``. The store is opened read-only, so one build can be served by several
processes and rebuilt beside them, and queries are guarded (``kg.guard``): updates and
SERVICE calls are refused (403), a query is stopped at the time limit (503), an answer
over the size limit is refused (413). It binds to the loopback address unless told
otherwise.

Built on the standard library's threading HTTP server: the queries run in Oxigraph
(Rust), so Python only passes requests and bytes along.
"""
from __future__ import annotations

import io
import json
import threading
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pyoxigraph as ox

from kg.guard import QueryRefused, QueryTimeout, check_query, within
from kg.store import open_source

PATHS = ("/query", "/sparql")
_READ_ONLY = "this endpoint is read-only: SPARQL updates are refused"
_RESULT_TYPES = {  # media type → format for SELECT / ASK results
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
_GRAPH_TYPES = {  # media type → format for CONSTRUCT / DESCRIBE results
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/ld+json": ox.RdfFormat.JSON_LD,
}


@dataclass(frozen=True)
class Answer:
    status: int
    media_type: str
    body: bytes


def _accepted(accept: str, offered: dict[str, object], default: str) -> str | None:
    """The first media type of an Accept header that we offer (q-values in order of
    appearance; */* and type/* take the default)."""
    if not accept.strip():
        return default
    ranked = []
    for i, part in enumerate(accept.split(",")):
        media, *params = (p.strip() for p in part.split(";"))
        q = next((float(p[2:]) for p in params if p.startswith("q=") and p[2:].replace(".", "", 1).isdigit()), 1.0)
        ranked.append((-q, i, media.lower()))
    for _, _, media in sorted(ranked):
        if media in offered:
            return media
        if media in ("*/*", "application/*", "text/*"):
            return default
    return None


def _error(status: HTTPStatus, message: str) -> Answer:
    return Answer(status, "text/plain; charset=utf-8", (message.rstrip() + "\n").encode("utf-8"))


class ResultTooLarge(Exception):
    pass


class _Capped(io.RawIOBase):
    """A byte sink that refuses to grow past a limit: the serialiser stops at the write
    that would pass it, so an oversized answer is never held whole."""

    def __init__(self, limit: int) -> None:
        self.limit, self.buf = limit, bytearray()

    def writable(self) -> bool:
        return True

    def write(self, b) -> int:
        if len(self.buf) + len(b) > self.limit:
            raise ResultTooLarge
        self.buf += b
        return len(b)


def _run(store: ox.Store, query: str, accept: str, max_bytes: int) -> Answer:
    try:
        results = store.query(query, use_default_graph_as_union=True)
    except SyntaxError as e:
        return _error(HTTPStatus.BAD_REQUEST, f"the query is not valid SPARQL: {e}")
    except (OSError, RuntimeError, ValueError) as e:
        return _error(HTTPStatus.BAD_REQUEST, f"the query failed: {e}")
    if isinstance(results, ox.QueryTriples):
        offered, default = _GRAPH_TYPES, "application/n-triples"
    else:
        offered, default = _RESULT_TYPES, "application/sparql-results+json"
    media = _accepted(accept, offered, default)
    if media is None:
        return _error(HTTPStatus.NOT_ACCEPTABLE, f"results come as {', '.join(offered)}")
    sink = _Capped(max_bytes)
    try:
        results.serialize(sink, format=offered[media])
    except ResultTooLarge:
        return _error(HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
                      f"the answer is larger than {max_bytes / 2**20:.3g} MB (the limit): ask for fewer rows (LIMIT)")
    except (OSError, RuntimeError, ValueError) as e:
        return _error(HTTPStatus.BAD_REQUEST, f"the query failed: {e}")
    return Answer(HTTPStatus.OK, media, bytes(sink.buf))


def answer(store: ox.Store, query: str, accept: str = "", timeout: float | None = None,
           max_bytes: int = 100 * 2**20) -> Answer:
    """Run one query (refused when an update or a SERVICE call, stopped after TIMEOUT
    seconds, refused when its answer passes MAX_BYTES) and serialise it for Accept."""
    try:
        check_query(query)
    except QueryRefused as e:
        return _error(HTTPStatus.FORBIDDEN, str(e))
    try:
        return within(timeout, _run, store, query, accept, max_bytes)
    except QueryTimeout as e:
        return _error(HTTPStatus.SERVICE_UNAVAILABLE, str(e))


class _Handler(BaseHTTPRequestHandler):
    server: SparqlServer
    protocol_version = "HTTP/1.1"

    def _send(self, a: Answer) -> None:
        self.send_response(a.status)
        self.send_header("Content-Type", a.media_type)
        self.send_header("Content-Length", str(len(a.body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(a.body)

    def _query(self, params: dict[str, list[str]], body_query: str | None = None) -> None:
        if "update" in params:
            self._send(_error(HTTPStatus.FORBIDDEN, _READ_ONLY))
            return
        queries = ([body_query] if body_query is not None else []) + params.get("query", [])
        if len(queries) != 1:
            self._send(_error(HTTPStatus.BAD_REQUEST, "give exactly one query (the query parameter or the body)"))
            return
        self._send(answer(self.server.store, queries[0], self.headers.get("Accept", ""), self.server.timeout,
                          self.server.max_bytes))

    def do_GET(self) -> None:  # noqa: N802 - the http.server protocol
        url = urlsplit(self.path)
        if url.path in ("/", ""):
            self._send(Answer(HTTPStatus.OK, "application/json", json.dumps({
                "service": "dangkg SPARQL endpoint (read-only)", "query": [f"GET/POST {p}" for p in PATHS],
                "store": str(self.server.source)}, ensure_ascii=False).encode("utf-8")))
        elif url.path in PATHS:
            self._query(parse_qs(url.query))
        else:
            self._send(_error(HTTPStatus.NOT_FOUND, f"no such path; queries go to {PATHS[0]}"))

    do_HEAD = do_GET

    def do_POST(self) -> None:  # noqa: N802
        url = urlsplit(self.path)
        if url.path not in PATHS:
            self._send(_error(HTTPStatus.NOT_FOUND, f"no such path; queries go to {PATHS[0]}"))
            return
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length).decode("utf-8", errors="replace")
        media = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if media == "application/sparql-query":
            self._query(parse_qs(url.query), body)
        elif media == "application/x-www-form-urlencoded":
            self._query(parse_qs(url.query) | parse_qs(body))
        elif media == "application/sparql-update":
            self._send(_error(HTTPStatus.FORBIDDEN, _READ_ONLY))
        else:
            self._send(_error(HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                              "send application/sparql-query or a form (application/x-www-form-urlencoded)"))

    def do_PUT(self) -> None:  # noqa: N802
        self._send(_error(HTTPStatus.METHOD_NOT_ALLOWED, _READ_ONLY))

    do_DELETE = do_PATCH = do_PUT

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - the http.server signature
        if self.server.log is not None:
            self.server.log(f"{self.address_string()} {format % args}")


class SparqlServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, source: str | Path, host: str = "127.0.0.1", port: int = 7878, log=None,
                 timeout: float | None = 30.0, max_bytes: int = 100 * 2**20) -> None:
        self.source = source
        self.timeout, self.max_bytes = timeout, max_bytes
        self.store = open_source(source)
        self.log = log
        super().__init__((host, port), _Handler)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}{PATHS[0]}"

    def serve_in_background(self) -> threading.Thread:
        thread = threading.Thread(target=self.serve_forever, daemon=True)
        thread.start()
        return thread
