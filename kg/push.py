"""Send a build to a SPARQL 1.1 Graph Store (Virtuoso, Fuseki, GraphDB, Oxigraph, ...).

Each named graph of the build (one per article, graph/entities, graph/meta) is sent as
N-Triples to ``ENDPOINT?graph=IRI``: with ``PUT`` (the default), the Graph Store Protocol's
way to replace one graph, so pushing a rebuilt folder again replaces its graphs and leaves
others alone; with ``POST`` (``add``), the triples are added to what the graph holds.

    kg push out --endpoint http://localhost:8890/sparql-graph-crud-auth --user dba:PASS   # Virtuoso
    kg push out --endpoint http://localhost:3030/dangkg/data                             # Fuseki

Memory stays bounded on a large build: a first pass over graph.nq counts each graph's
triples, then the graphs go in batches (sorted by name, a bounded number of graphs and
triples each); each batch is one more streaming pass over graph.nq that keeps only its own
graphs, serialised. The requests share one keep-alive connection (httpx), and one that meets
a connection error or a 5xx is tried again after a pause (one that the store does not answer
within the timeout is not: waiting again would double a long wait). Authentication, when the store
asks for it with a 401, is the scheme its challenge names: Digest (Virtuoso's
/sparql-graph-crud-auth) or Basic.
"""
from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.request import parse_http_list

import httpx
import pyoxigraph as ox

from kg.remote import CONNECT_SECONDS, BadURL, checked_url, cut_at, error_words, past

BATCH_GRAPHS = 2_000  # graphs held (serialised) at once at most ...
BATCH_TRIPLES = 100_000  # ... and triples, unless one graph alone has more
TRIES = 4  # a request meeting a connection error or a 5xx is sent up to this many times
RETRY_PAUSE = 0.5  # seconds before the second try, doubled before each next one
CONTENT_TYPE = "application/n-triples; charset=utf-8"


class PushError(RuntimeError):
    pass


@dataclass(frozen=True)
class Pushed:
    graphs: int
    triples: int


def nquads_of(build: Path) -> Path:
    nq = build / "graph.nq"
    if not nq.is_file():
        raise PushError(f"{build}: no graph.nq (is it a folder made by kg build?)")
    return nq


def _quads(nq: Path) -> Iterator[ox.Quad]:
    try:
        for quad in ox.parse(path=str(nq), format=ox.RdfFormat.N_QUADS):
            if isinstance(quad.graph_name, ox.DefaultGraph):
                raise PushError(f"{nq}: a triple outside any named graph (kg build puts each in one)")
            yield quad
    except SyntaxError as e:
        raise PushError(f"{nq}: not N-Quads: {e}") from e


def count_graphs(nq: Path) -> dict[str, int]:
    """The named graphs of NQ with their number of triples, sorted by graph."""
    counts: dict[str, int] = {}
    for quad in _quads(nq):
        counts[quad.graph_name.value] = counts.get(quad.graph_name.value, 0) + 1
    return dict(sorted(counts.items()))


def batches(counts: dict[str, int], max_graphs: int = BATCH_GRAPHS,
            max_triples: int = BATCH_TRIPLES) -> Iterator[list[str]]:
    """COUNTS' graphs in order, cut into runs of at most MAX_GRAPHS graphs and MAX_TRIPLES
    triples (a graph larger than that alone makes a batch of its own)."""
    batch: list[str] = []
    triples = 0
    for name, n in counts.items():
        if batch and (len(batch) >= max_graphs or triples + n > max_triples):
            yield batch
            batch, triples = [], 0
        batch.append(name)
        triples += n
    if batch:
        yield batch


def serialised(nq: Path, names: list[str]) -> dict[str, bytes]:
    """One pass over NQ: the graphs NAMES as N-Triples, in NAMES' order."""
    wanted: dict[str, list[ox.Triple]] = {name: [] for name in names}
    for quad in _quads(nq):
        triples = wanted.get(quad.graph_name.value)
        if triples is not None:
            triples.append(quad.triple)
    # each graph's triples are dropped as soon as it is serialised
    return {name: ox.serialize(wanted.pop(name), format=ox.RdfFormat.N_TRIPLES) for name in names}


def challenge_schemes(response: httpx.Response) -> list[str]:
    """The authentication schemes a 401 offers (lower case, in the order given): every
    WWW-Authenticate header, each a comma-separated list of challenges and their parameters."""
    schemes = []
    for header in response.headers.get_list("www-authenticate"):
        for item in parse_http_list(header):
            head = item.strip().split(None, 1)
            # a new challenge starts with its scheme, a bare token; a parameter is name=value
            if head and "=" not in head[0]:
                schemes.append(head[0].lower())
    return schemes


class ChallengeAuth(httpx.Auth):
    """Authenticates as the store asks: sends the first request bare and, on a 401, answers
    with the scheme its challenge names (Digest preferred, as it never sends the password),
    used for every request after."""

    requires_request_body = True  # a digest answer resends the request

    def __init__(self, name: str, password: str) -> None:
        self.name, self.password = name, password
        self.scheme: httpx.Auth | None = None
        self.scheme_name = ""

    def _choose(self, response: httpx.Response) -> httpx.Auth:
        offered = challenge_schemes(response)
        for name, auth in (("digest", httpx.DigestAuth), ("basic", httpx.BasicAuth)):
            if name in offered:
                self.scheme_name = name
                return auth(self.name, self.password)
        raise PushError(f"the store asks for {', '.join(offered) or 'an unnamed'} authentication; "
                        "kg push answers Digest or Basic only")

    def auth_flow(self, request: httpx.Request) -> Iterator[httpx.Request]:
        if self.scheme is not None:
            yield from self.scheme.auth_flow(request)
            return
        response = yield request
        if response.status_code != 401:
            return
        self.scheme = self._choose(response)
        flow = self.scheme.auth_flow(request)
        request = next(flow)
        if "authorization" not in request.headers:  # digest: answer the challenge already in hand
            request = flow.send(response)
        yield request


def _send(client: httpx.Client, method: str, url: httpx.URL, body: bytes, name: str) -> httpx.Response:
    """One graph's request, tried again on a connection error or a 5xx; PushError when every
    try failed so."""
    for attempt in range(TRIES):
        if attempt:
            time.sleep(RETRY_PAUSE * 2 ** (attempt - 1))
        try:
            response = _answered(client, method, url, body)
        except (httpx.ConnectError, httpx.ConnectTimeout) as e:
            problem = f"cannot reach the store ({type(e).__name__}: {e or 'no detail'})"
            continue
        except httpx.TimeoutException as e:  # a store that cannot load a graph in time will not next time
            raise PushError(f"graph {name}: no answer within the --timeout ({type(e).__name__})") from e
        except httpx.TransportError as e:  # sent, but no answer came back whole
            problem = f"graph {name} not sent: {type(e).__name__}: {e or 'no detail'}"
            continue
        if response.status_code < 500 or response.status_code in (501, 505):  # (those will not change)
            return response
        problem = _refused(response, name)
    raise PushError(f"{problem} (tried {TRIES} times)")


def _answered(client: httpx.Client, method: str, url: httpx.URL, body: bytes) -> httpx.Response:
    """One request, its answer read within the client's timeout as an overall deadline (a
    store sending a byte now and then is cut off) and, for an error, within ERROR_BYTES;
    the response's ``words`` extension holds what was read of the answer."""
    deadline = time.monotonic() + client.timeout.read if client.timeout.read else None
    try:
        with client.stream(method, url, content=body, headers={"Content-Type": CONTENT_TYPE}) as response:
            with cut_at(deadline, response):
                words = error_words(response)
    except httpx.TransportError:
        if not past(deadline):
            raise
        words = None  # the connection shut at the deadline: a timeout, not a broken line
    if past(deadline):
        raise httpx.ReadTimeout("the answer did not come whole before the --timeout")
    response.extensions["words"] = words
    return response


def _refused(response: httpx.Response, name: str) -> str:
    text = response.extensions.get("words", "")
    return f"graph {name} refused: HTTP {response.status_code} {response.reason_phrase}" + (f": {text}" if text else "")


def _check(response: httpx.Response, name: str, auth: ChallengeAuth | None) -> None:
    if response.status_code == 401:
        if auth is None:
            raise PushError("the store asks for a user and password (HTTP 401): give --user NAME:PASSWORD")
        raise PushError(f"the store refused user {auth.name!r} and its password "
                        f"(HTTP 401 to {auth.scheme_name or 'no'} authentication)")
    if not 200 <= response.status_code < 300:
        raise PushError(_refused(response, name))


def _client(endpoint: str, user: str | None, timeout: float) -> tuple[httpx.Client, httpx.URL]:
    """The client to push with (its authentication from USER) and the endpoint's URL."""
    try:
        url = httpx.URL(checked_url(endpoint, "http://host:8890/sparql-graph-crud-auth"))
    except (BadURL, httpx.InvalidURL) as e:
        raise PushError(str(e)) from None
    auth = None
    if user is not None:
        name, colon, password = user.partition(":")
        if not colon:
            raise PushError("--user is NAME:PASSWORD (a colon between them)")
        auth = ChallengeAuth(name, password)
    # connecting is quick or never; loading one large graph can take the store minutes
    return httpx.Client(auth=auth, timeout=httpx.Timeout(timeout, connect=min(timeout, CONNECT_SECONDS))), url


def push(build: Path, endpoint: str, user: str | None = None, replace: bool = True, timeout: float = 300.0,
         started: Callable[[int], None] | None = None, progress: Callable[[int], None] | None = None,
         max_graphs: int = BATCH_GRAPHS, max_triples: int = BATCH_TRIPLES) -> Pushed:
    """Send BUILD's named graphs to the Graph Store at ENDPOINT, replacing each graph there
    (PUT) or adding to it (POST). STARTED gets the number of graphs once counted, PROGRESS
    1 per graph sent. PushError says what failed and how many graphs were already sent."""
    nq = nquads_of(build)
    client, url = _client(endpoint, user, timeout)
    method, done = ("PUT", "replaced") if replace else ("POST", "added")
    sent, counts = 0, {}
    try:
        counts = count_graphs(nq)
        if started:
            started(len(counts))
        for batch in batches(counts, max_graphs, max_triples):
            for name, body in serialised(nq, batch).items():
                target = url.copy_merge_params({"graph": name})
                _check(_send(client, method, target, body, name), name, client.auth)
                sent += 1
                if progress:
                    progress(1)
    except PushError as e:  # what is already there stays there: the user must know how much
        raise PushError(f"{endpoint}: {e}; {sent} of {len(counts)} graphs were already {done} there "
                        "(push again to send them all)") from e
    finally:
        client.close()
    return Pushed(len(counts), sum(counts.values()))
