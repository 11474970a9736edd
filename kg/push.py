"""Send a build to a SPARQL 1.1 Graph Store (Fuseki, GraphDB, Oxigraph, ...).

Each named graph of the build (one per article, graph/entities, graph/meta) is sent with
``PUT ENDPOINT?graph=IRI`` as N-Triples, the Graph Store Protocol's way to replace one
graph: pushing a rebuilt folder again replaces its graphs and leaves others alone. One
connection is kept open for all the requests.

    kg push out --endpoint http://localhost:3030/dangkg/data      # Fuseki
    kg push out --endpoint http://localhost:7878/store            # Oxigraph server
"""
from __future__ import annotations

import base64
import http.client
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlsplit

import pyoxigraph as ox


class PushError(RuntimeError):
    pass


@dataclass(frozen=True)
class Pushed:
    graphs: int
    triples: int


def graphs_of(build: Path) -> list[tuple[str, list[ox.Triple]]]:
    """The build's named graphs (from graph.nq, sorted by graph) with their triples."""
    nq = build / "graph.nq"
    if not nq.is_file():
        raise PushError(f"{build}: no graph.nq (is it a folder made by kg build?)")
    graphs: dict[str, list[ox.Triple]] = {}
    for q in ox.parse(path=str(nq), format=ox.RdfFormat.N_QUADS):
        if isinstance(q.graph_name, ox.DefaultGraph):
            raise PushError(f"{nq}: a triple outside any named graph (kg build puts each in one)")
        graphs.setdefault(q.graph_name.value, []).append(q.triple)
    return sorted(graphs.items())


def _put(conn: http.client.HTTPConnection, target: str, body: bytes, headers: dict, endpoint: str,
         name: str) -> None:
    """PUT one graph; PushError unless the store says it took it."""
    try:
        conn.request("PUT", target, body=body, headers=headers)
        response = conn.getresponse()
        detail = response.read()
    except (OSError, http.client.HTTPException) as e:
        raise PushError(f"{endpoint}: cannot send graph {name}: {e}") from e
    if not 200 <= response.status < 300:
        text = detail.decode("utf-8", errors="replace").strip()[:300]
        raise PushError(f"{endpoint}: graph {name} refused: HTTP {response.status} {response.reason}"
                        + (f": {text}" if text else ""))


def push(graphs: list[tuple[str, list[ox.Triple]]], endpoint: str, user: str | None = None, timeout: float = 60.0,
         progress: Callable[[int], None] | None = None) -> Pushed:
    """Send GRAPHS (:func:`graphs_of` a build) to the Graph Store at ENDPOINT."""
    url = urlsplit(endpoint)
    if url.scheme not in ("http", "https") or not url.hostname:
        raise PushError(f"{endpoint}: the endpoint is an http(s) URL of a Graph Store (e.g. http://host:3030/ds/data)")
    conn_type = http.client.HTTPSConnection if url.scheme == "https" else http.client.HTTPConnection
    conn = conn_type(url.hostname, url.port, timeout=timeout)
    headers = {"Content-Type": "application/n-triples; charset=utf-8"}
    if user:
        headers["Authorization"] = "Basic " + base64.b64encode(user.encode("utf-8")).decode("ascii")
    base = url.path or "/"
    sep = "&" if url.query else "?"
    triples = replaced = 0
    try:
        for name, graph in graphs:
            body = ox.serialize(graph, format=ox.RdfFormat.N_TRIPLES)
            target = f"{base}{'?' + url.query if url.query else ''}{sep}graph={quote(name, safe='')}"
            try:
                _put(conn, target, body, headers, endpoint, name)
            except PushError as e:  # what is already there stays there: the user must know how much
                raise PushError(f"{e} ({replaced} of {len(graphs)} graphs were already replaced there; "
                                "push again to send them all)") from e
            replaced += 1
            triples += len(graph)
            if progress:
                progress(1)
    finally:
        conn.close()
    return Pushed(len(graphs), triples)
