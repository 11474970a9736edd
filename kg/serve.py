"""A build's store over HTTP: the query part of the SPARQL 1.1 Protocol, read-only.

    kg serve out            # http://127.0.0.1:7878/query

``GET /query?query=...`` or ``POST /query`` (``application/sparql-query`` or a form with
``query=``) answers in the format the ``Accept`` header asks for: SPARQL JSON (the
default), XML, CSV or TSV for SELECT and ASK; N-Triples or Turtle for CONSTRUCT and
DESCRIBE. The default graph is the union of the named graphs (one per article), as in
``kg query``. It binds to the loopback address unless told otherwise.

``GET /`` is a query page for people (kg.web: a form, the bundled queries, the answer as a
table), sent with a Content-Security-Policy that lets it load its own script and style and
ask this server only; a client asking for JSON there gets the service's description. With
``cors`` origins (``kg serve --cors https://app.example``), pages of those origins only may
query from a browser: their requests (and OPTIONS preflights) are answered with
Access-Control-Allow-Origin naming them; by default no origin is allowed.

Safe by default, for queries from anyone:
- queries are judged by parsing them (kg.guard): updates and SERVICE calls are refused
  (403), what cannot be parsed or is nested too deeply is refused (400);
- each query runs in a child process with no network, a memory budget and a time limit
  (kg.sandbox): past the time or the memory, 503; an answer over the size limit, 413;
- at most WORKERS queries run at once; a few more wait their turn, the rest get 503 at
  once; a request body over the limit gets 413 before it is read; a client that has not
  sent its whole request within REQUEST_TIMEOUT seconds is dropped; at most
  MAX_CONNECTIONS are open at once; bodies are framed by one Content-Length only (no
  chunks, no HTTP/0.9), so nothing can be smuggled past a proxy; every malformed request
  gets a 4xx;
- the store is opened read-only and reopened when a rebuild replaces it, so ``kg build``
  into the served folder is picked up by the next query.

Built on the standard library's threading HTTP server: the queries run in Oxigraph
(Rust), so Python only passes requests and bytes along.
"""
from __future__ import annotations

import io
import ipaddress
import json
import os
import re
import socket
import threading
import time
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pyoxigraph as ox

from kg.guard import QueryRefused, QueryUnreadable, check_query
from kg.limits import MAX_QUERY_KB, MAX_RESULT_MB, SERVE_SECONDS
from kg.sandbox import Limits, QueryCrashed, QueryTimeout, run_sandboxed
from kg.store import STORE_DIR, open_source

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
# the Content-Type an answer is sent with: text is UTF-8, and a text/* type without a
# charset would be read as US-ASCII (RFC 2046) or guessed
_SENT_AS = {"text/csv": "text/csv; charset=utf-8",
            "text/tab-separated-values": "text/tab-separated-values; charset=utf-8",
            "text/turtle": "text/turtle; charset=utf-8"}
_CORS_METHODS = "GET, HEAD, POST, OPTIONS"
_CORS_HEADERS = "Accept, Content-Type"


@dataclass(frozen=True)
class Answer:
    status: int
    media_type: str
    body: bytes
    headers: tuple[tuple[str, str], ...] = ()  # more headers to send (the page's policy)


def _quality(params: list[str]) -> float:
    """An Accept entry's q-value (1 when absent; 0 when unreadable: not asked for)."""
    for p in params:
        name, _, value = p.partition("=")
        if name.strip().lower() == "q":
            try:
                return min(max(float(value), 0.0), 1.0)
            except ValueError:
                return 0.0
    return 1.0


def _accepted(accept: str, offered: dict[str, object], default: str) -> str | None:
    """The first media type of an Accept header that we offer (by q-value, then order of
    appearance; */* and type/* take the default)."""
    if not accept.strip():
        return default
    ranked = []
    for i, part in enumerate(accept.split(",")):
        media, *params = (p.strip() for p in part.split(";"))
        q = _quality(params)
        if q > 0:
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
    """Check, run and serialise one query (in the sandbox's child)."""
    check_query(query)
    try:
        results = store.query(query, use_default_graph_as_union=True)
    except SyntaxError as e:
        return _error(HTTPStatus.BAD_REQUEST, f"the query is not valid SPARQL: {e}")
    except OSError:  # the engine's own message may name a local address; it is not passed on
        return _error(HTTPStatus.BAD_REQUEST, "the query failed: the engine could not read the store for it")
    except (RuntimeError, ValueError) as e:
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
    except (OSError, RuntimeError, ValueError):
        return _error(HTTPStatus.BAD_REQUEST, "the query failed while its answer was written")
    return Answer(HTTPStatus.OK, _SENT_AS.get(media, media), bytes(sink.buf))


def answer(store: ox.Store, query: str, accept: str = "", limits: Limits = Limits(seconds=SERVE_SECONDS),
           max_bytes: int = MAX_RESULT_MB * 2**20) -> Answer:
    """Run one query in the sandbox (refused when an update, a SERVICE call or unreadable;
    stopped past LIMITS; refused when its answer passes MAX_BYTES), serialised for Accept."""
    try:
        return run_sandboxed(limits, _run, store, query, accept, max_bytes)
    except QueryUnreadable as e:
        return _error(HTTPStatus.BAD_REQUEST, str(e))
    except QueryRefused as e:
        return _error(HTTPStatus.FORBIDDEN, str(e))
    except (QueryTimeout, QueryCrashed) as e:
        return _error(HTTPStatus.SERVICE_UNAVAILABLE, str(e))


class QuerySlots:
    """At most WORKERS queries at once; up to WAITING more wait their turn (at most
    WAIT seconds), the rest are turned away at once. Each running query is a process
    with its own memory budget, so this is what bounds the server's memory."""

    def __init__(self, workers: int, waiting: int, wait: float) -> None:
        self._running = threading.BoundedSemaphore(workers)
        self._lock = threading.Lock()
        self._queued, self.waiting, self.wait = 0, waiting, wait

    def take(self) -> bool:
        if self._running.acquire(blocking=False):
            return True
        with self._lock:
            if self._queued >= self.waiting:
                return False
            self._queued += 1
        try:
            return self._running.acquire(timeout=self.wait)
        finally:
            with self._lock:
                self._queued -= 1

    def give_back(self) -> None:
        self._running.release()


class StoreWatch:
    """The served store, reopened when a rebuild replaces it. ``kg build`` swaps a whole
    new folder in (and with it a new ``store/``), so the identity (device, inode) of the
    build folder and of its store tells a rebuild; a read-only store keeps serving the
    files it opened, even deleted ones, until it is let go. An RDF file is read into
    memory once: reading it again would parse it in the server, unbounded."""

    def __init__(self, source: str | Path) -> None:
        self.source = Path(source)
        self.watched = self.source.is_dir()
        self._lock = threading.Lock()
        self._seen = self._identity()
        self._store = open_source(self.source)

    def _identity(self) -> tuple:
        ids = []
        for path in (self.source, self.source / STORE_DIR):
            try:
                st = os.stat(path)
                ids.append((st.st_dev, st.st_ino))
            except OSError:
                ids.append(None)
        return tuple(ids)

    def store(self) -> ox.Store:
        """The store to ask now (the one opened last, if a rebuilt one cannot be opened yet)."""
        if not self.watched:
            return self._store
        seen = self._identity()
        with self._lock:
            if seen != self._seen:
                try:
                    self._store = open_source(self.source)
                    self._seen = seen
                except Exception:  # noqa: BLE001 - a rebuild half way through its swap: the last good store
                    pass
            return self._store


class Deadlines:
    """Each connection has REQUEST_TIMEOUT seconds to send a whole request, however
    slowly it trickles in (a socket timeout bounds each read, not the request): a
    watcher shuts the sockets of the late ones. A request counts as read when its query
    is about to run; the time a query takes is bounded by its own limit."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._due: dict[socket.socket, float] = {}
        self._lock = threading.Lock()
        threading.Thread(target=self._watch, daemon=True).start()

    def start(self, conn: socket.socket) -> None:
        with self._lock:
            self._due[conn] = time.monotonic() + self.seconds

    def done(self, conn: socket.socket) -> None:
        with self._lock:
            self._due.pop(conn, None)

    def __len__(self) -> int:
        return len(self._due)

    def _watch(self) -> None:
        while True:
            time.sleep(min(1.0, self.seconds / 4))
            now = time.monotonic()
            with self._lock:
                late = [c for c, due in self._due.items() if due < now]
                for c in late:
                    del self._due[c]
            for c in late:
                try:
                    c.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass


class BadRequest(Exception):
    """A request we cannot read: answered 400 (or the status given) with the reason."""

    def __init__(self, message: str, status: HTTPStatus = HTTPStatus.BAD_REQUEST) -> None:
        super().__init__(message)
        self.status = status


class _Handler(BaseHTTPRequestHandler):
    server: SparqlServer
    protocol_version = "HTTP/1.1"

    def setup(self) -> None:
        self.timeout = self.server.settings.request_timeout  # a client that sends nothing is dropped
        super().setup()

    def handle_one_request(self) -> None:
        self.server.deadlines.start(self.connection)
        try:
            super().handle_one_request()
        finally:
            self.server.deadlines.done(self.connection)

    def _framing_problem(self) -> str | None:
        """Why this request's framing is refused ("" to close without a word), or None.
        Bodies are framed by one Content-Length only: a proxy in front could read chunked
        or doubled lengths otherwise than we do, and smuggle a second request in."""
        if self.request_version == "HTTP/0.9":
            return ""  # no headers, no status line to answer with
        if self.headers.get("Transfer-Encoding") is not None:
            return "Transfer-Encoding is not taken: send the body with a Content-Length"
        lengths = self.headers.get_all("Content-Length") or []
        if len(lengths) > 1:
            return "more than one Content-Length"
        if self.command in ("GET", "HEAD", "OPTIONS") and lengths and lengths[0].strip() != "0":
            return f"a {self.command} carries no body: send the query as a parameter, or POST it"
        return None

    def _host_problem(self) -> str | None:
        """Why the Host header is refused, or None. A server on loopback answers only requests
        addressed to loopback: a web page whose own name was made to point at 127.0.0.1 (DNS
        rebinding) sends its name, and is refused before any query is read."""
        header = self.headers.get("Host")
        if header is None or not self.server.loopback or is_loopback_host(header):
            return None
        return f"this server answers only requests addressed to it by a loopback name, not {header.strip()[:80]!r}"

    def parse_request(self) -> bool:
        if not super().parse_request():
            return False
        problem = self._framing_problem()
        host = self._host_problem() if problem is None else None
        if host is not None:
            self.close_connection = True
            self._send_quietly(_error(HTTPStatus.MISDIRECTED_REQUEST, host))
            return False
        if problem is None:
            return True
        self.close_connection = True
        if problem:
            self._send_quietly(_error(HTTPStatus.BAD_REQUEST, problem))
        return False

    def handle_expect_100(self) -> bool:
        """A client that waits for "100 Continue" before its body is told 413 instead when
        the body would be over the limit."""
        try:
            self._declared_length()
        except BadRequest as e:
            self.close_connection = True
            self._send_quietly(_error(e.status, str(e)))
            return False
        return super().handle_expect_100()

    def _send_quietly(self, a: Answer) -> None:
        try:
            self._send(a)
        except OSError:
            self.close_connection = True  # the client has gone: nobody to tell

    def _cors(self) -> list[tuple[str, str]]:
        """The CORS headers of an answer: the request's Origin named back when it is one the
        server allows (--cors), nothing at all when it allows none."""
        if not self.server.cors:
            return []
        origin = self.headers.get("Origin") if getattr(self, "headers", None) is not None else None
        allowed = [("Access-Control-Allow-Origin", origin)] if origin in self.server.cors else []
        return [("Vary", "Origin"), *allowed]

    def _send(self, a: Answer) -> None:
        self.send_response(a.status)
        self.send_header("Content-Type", a.media_type)
        self.send_header("Content-Length", str(len(a.body)))
        self.send_header("X-Content-Type-Options", "nosniff")  # an answer is never taken for a page or script
        for name, value in (*a.headers, *self._cors()):
            self.send_header(name, value)
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(a.body)

    def _query(self, params: dict[str, list[str]], body_query: str | None = None) -> Answer:
        if "update" in params:
            return _error(HTTPStatus.FORBIDDEN, _READ_ONLY)
        queries = ([body_query] if body_query is not None else []) + params.get("query", [])
        if len(queries) != 1:
            raise BadRequest("give exactly one query (the query parameter or the body)")
        self.server.deadlines.done(self.connection)  # read whole: from here the query's own limit counts
        if not self.server.slots.take():
            return _error(HTTPStatus.SERVICE_UNAVAILABLE, "too many queries at once: try again in a moment")
        try:
            settings = self.server.settings
            return answer(self.server.watch.store(), queries[0], self.headers.get("Accept", ""), settings.query,
                          settings.max_result_bytes)
        finally:
            self.server.slots.give_back()

    def _declared_length(self) -> int:
        """The body's length as declared, refused when it is no number or over the limit."""
        raw = self.headers.get("Content-Length")
        if raw is None:
            raise BadRequest("a POST needs a Content-Length", HTTPStatus.LENGTH_REQUIRED)
        if not re.fullmatch(r"[0-9]{1,15}", raw.strip()):
            raise BadRequest(f"Content-Length is not a number: {raw[:40]!r}")
        length = int(raw)
        if length > self.server.settings.max_query_bytes:
            raise BadRequest(f"the request is larger than {self.server.settings.max_query_bytes // 1024} KB (the limit)",
                             HTTPStatus.REQUEST_ENTITY_TOO_LARGE)
        return length

    def _body(self) -> str:
        """The request body as text, refused before it is read when over the limit."""
        length = self._declared_length()
        body = self.rfile.read(length)
        if len(body) < length:
            raise BadRequest("the request body ended early")
        try:
            return body.decode("utf-8")
        except UnicodeDecodeError:
            raise BadRequest("the request body is not UTF-8") from None

    def _post(self, url) -> Answer:
        if url.path not in PATHS:
            return _error(HTTPStatus.NOT_FOUND, f"no such path; queries go to {PATHS[0]}")
        media = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if media == "application/sparql-update":
            return _error(HTTPStatus.FORBIDDEN, _READ_ONLY)
        if media not in ("application/sparql-query", "application/x-www-form-urlencoded"):
            return _error(HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                          "send application/sparql-query or a form (application/x-www-form-urlencoded)")
        body = self._body()
        if media == "application/sparql-query":
            return self._query(_params(url.query), body)
        return self._query(_params(url.query) | _params(body))

    def _front(self) -> Answer:
        """``/``: the query page, or the service's description for a client asking for JSON."""
        from kg.web import CSP, page

        if _accepted(self.headers.get("Accept", ""), {"text/html": 1, "application/json": 1}, "text/html") \
                == "application/json":
            return Answer(HTTPStatus.OK, "application/json", json.dumps({
                "service": "dangkg SPARQL endpoint (read-only)", "query": [f"GET/POST {p}" for p in PATHS]},
                ensure_ascii=False).encode("utf-8"))
        return Answer(HTTPStatus.OK, "text/html; charset=utf-8", page(),
                      (("Content-Security-Policy", CSP), ("Referrer-Policy", "no-referrer")))

    def _get(self, url) -> Answer:
        from kg.web import CSP, asset

        if url.path in ("/", ""):
            return self._front()
        if url.path == "/favicon.ico":  # what browsers ask every page for: nothing, without a logged 404
            return Answer(HTTPStatus.NO_CONTENT, "image/x-icon", b"")
        if (found := asset(url.path)) is not None:
            return Answer(HTTPStatus.OK, found[1], found[0], (("Content-Security-Policy", CSP),))
        if url.path in PATHS:
            if len(url.query) > self.server.settings.max_query_bytes * 3:  # a query as %XX escapes
                raise BadRequest("the query is larger than the limit", HTTPStatus.REQUEST_URI_TOO_LONG)
            return self._query(_params(url.query))
        return _error(HTTPStatus.NOT_FOUND, f"no such path; queries go to {PATHS[0]}")

    def _handle(self, method) -> None:
        """Every request is answered: a malformed one with its status and reason, a failure
        of ours with 500, never a dropped connection."""
        try:
            self._send(method(urlsplit(self.path)))
        except BadRequest as e:
            self.close_connection = True  # its body may be unread: the connection cannot go on
            self._send_quietly(_error(e.status, str(e)))
            self._drain()
        except (ConnectionError, TimeoutError):
            self.close_connection = True
        except Exception as e:  # noqa: BLE001 - the server answers and goes on
            self.close_connection = True
            self.log_message("error: %s: %s", type(e).__name__, e)
            self._send_quietly(_error(HTTPStatus.INTERNAL_SERVER_ERROR, "the server failed on this request"))

    def _drain(self, seconds: float = 2.0, limit: int = 256 * 2**20) -> None:
        """After refusing a request whose body we did not read: stop sending, then read and
        drop what the client is still sending (for a moment, up to a limit), so it reads
        our answer instead of a reset connection (a 'lingering close')."""
        try:
            self.wfile.flush()
            self.connection.shutdown(socket.SHUT_WR)
            self.connection.settimeout(seconds)
            deadline, taken = time.monotonic() + seconds, 0
            while taken < limit and time.monotonic() < deadline:
                chunk = self.connection.recv(2**16)
                if not chunk:
                    break
                taken += len(chunk)
        except OSError:
            pass

    def do_GET(self) -> None:  # noqa: N802 - the http.server protocol
        self._handle(self._get)

    do_HEAD = do_GET

    def do_POST(self) -> None:  # noqa: N802
        self._handle(self._post)

    def do_PUT(self) -> None:  # noqa: N802
        self.close_connection = True
        self._send(_error(HTTPStatus.METHOD_NOT_ALLOWED, _READ_ONLY))

    do_DELETE = do_PATCH = do_PUT

    def do_OPTIONS(self) -> None:  # noqa: N802
        self._handle(self._options)

    def _options(self, url) -> Answer:
        """What a path takes; to a CORS preflight from an allowed origin, that it may send
        its query (the headers a query needs, for ten minutes)."""
        if url.path not in PATHS and url.path not in ("/", ""):
            return _error(HTTPStatus.NOT_FOUND, f"no such path; queries go to {PATHS[0]}")
        headers = [("Allow", _CORS_METHODS)]
        if self.headers.get("Origin") in self.server.cors:
            headers += [("Access-Control-Allow-Methods", _CORS_METHODS),
                        ("Access-Control-Allow-Headers", _CORS_HEADERS), ("Access-Control-Max-Age", "600")]
        return Answer(HTTPStatus.NO_CONTENT, "text/plain; charset=utf-8", b"", tuple(headers))

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - the http.server signature
        if self.server.log is not None:
            self.server.log(f"{self.address_string()} {format % args}")


def _is_loopback_address(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def is_loopback_host(header: str) -> bool:
    """Does a Host header (``localhost:7878``, ``127.0.0.1``, ``[::1]:7878``) name this
    machine's loopback? Parsed, as a URL's authority, never matched as text."""
    try:
        parts = urlsplit("//" + header.strip())
        parts.port  # noqa: B018 - raises ValueError for a port that is none
    except ValueError:
        return False
    name = parts.hostname or ""
    return name == "localhost" or _is_loopback_address(name)


def cors_origin(text: str) -> str:
    """TEXT as a web origin (``https://app.example`` or ``http://localhost:8080``): scheme,
    host and port, lower-cased as browsers send it in Origin. Raises ValueError for anything
    else, "*" included: the server names the origins it trusts, one by one."""
    try:
        parts = urlsplit(text.strip())
        port = parts.port
    except ValueError:
        parts, port = None, None
    if parts is None or parts.scheme not in ("http", "https") or not parts.hostname or parts.path not in ("", "/") \
            or parts.query or parts.fragment or parts.username or parts.password:
        raise ValueError(f"{text!r} is not an origin: give scheme, host and port only, e.g. https://app.example")
    host = f"[{parts.hostname}]" if ":" in parts.hostname else parts.hostname
    default = {"http": 80, "https": 443}[parts.scheme]
    return f"{parts.scheme}://{host}" + (f":{port}" if port not in (None, default) else "")


def _params(text: str) -> dict[str, list[str]]:
    try:
        return parse_qs(text, errors="strict", max_num_fields=100)
    except (UnicodeDecodeError, ValueError) as e:
        raise BadRequest(f"the parameters cannot be read: {e}") from None


@dataclass(frozen=True)
class ServeLimits:
    """What the server gives: per query (Limits), per answer, per request, at once."""

    query: Limits = Limits(seconds=SERVE_SECONDS)
    max_result_bytes: int = MAX_RESULT_MB * 2**20
    max_query_bytes: int = MAX_QUERY_KB * 1024
    workers: int = os.cpu_count() or 1
    waiting: int = 64  # requests that may wait for a worker; the rest get 503 at once
    wait_seconds: float = 30.0
    request_timeout: float = 10.0  # seconds a client may take to send its request
    max_connections: int = 1000  # open at once; past it a new one is answered 503 and closed


class SparqlServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 1024  # the listen backlog: a burst of clients waits to be accepted, not reset

    def __init__(self, source: str | Path, host: str = "127.0.0.1", port: int = 7878, log=None,
                 limits: ServeLimits = ServeLimits(), cors: tuple[str, ...] = ()) -> None:
        self.watch = StoreWatch(source)
        self.cors = frozenset(cors_origin(o) for o in cors)  # origins whose pages may query (none by default)
        self.loopback = host == "localhost" or _is_loopback_address(host)  # then only loopback Host headers
        self.settings = limits
        self.slots = QuerySlots(limits.workers, limits.waiting, limits.wait_seconds)
        self.deadlines = Deadlines(limits.request_timeout)
        self.open: set[socket.socket] = set()  # connections being served
        self.log = log
        super().__init__((host, port), _Handler)

    def verify_request(self, request, client_address) -> bool:
        """Each connection is a thread: past MAX_CONNECTIONS a new one is told so and closed."""
        if len(self.open) < self.settings.max_connections:
            return True
        try:
            request.sendall(b"HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
        except OSError:
            pass
        return False

    def process_request(self, request, client_address) -> None:
        self.open.add(request)
        super().process_request(request, client_address)

    def close_request(self, request) -> None:
        self.open.discard(request)
        super().close_request(request)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}{PATHS[0]}"

    def serve_in_background(self) -> threading.Thread:
        thread = threading.Thread(target=self.serve_forever, daemon=True)
        thread.start()
        return thread
