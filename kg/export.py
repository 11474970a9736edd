"""Serialisations of a built graph, written atomically (temp file + rename), so an
interrupted build never leaves a half-written file that looks complete.

- graph.ttl: everything, one graph (Turtle); graph.nt: the same, N-Triples, lines sorted;
- graph.trig: one named graph per article, plus graph/entities and graph/meta;
- graph.nq: the same quads as N-Quads, lines sorted (what `kg push` sends and what two
  builds are compared by);
- graph.jsonld: everything, JSON-LD with the project's prefixes as context.

Oxigraph's serialisers write Turtle, TriG and the line formats (rdflib's take minutes
where these take a second on a corpus build). Every output is written from triples
sorted by their N-Triples text, so the same graph gives the same bytes.
"""
from __future__ import annotations

import itertools
import json
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD

from kg.iris import PREFIXES
from kg.rdf.build import GraphSet, bind, union_graph

FORMATS = {".ttl": "turtle", ".nt": "nt", ".trig": "trig", ".nq": "nquads", ".jsonld": "json-ld",
           ".json": "json-ld", ".rdf": "xml", ".xml": "xml", ".owl": "xml"}
# Turtle and TriG name every term by prefix, dangkg's own IRIs too (id:). A local name cannot
# hold a bare "/", "#" or a leading "-", so Oxigraph writes them escaped (id:person\/chu-ngoc-anh),
# which is valid Turtle (PN_LOCAL_ESC) that every reader turns back into the same IRI
TURTLE_PREFIXES = {p: str(ns) for p, ns in PREFIXES.items()}


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomic(path: Path, data: str | bytes) -> None:
    """Write beside PATH, then rename into place: a reader never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        # mkstemp makes the file private (0600); an output is read like any file the user writes
        os.fchmod(fd, 0o666 & ~_umask())
        with os.fdopen(fd, "wb") as fh:
            fh.write(data.encode("utf-8") if isinstance(data, str) else data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_json(path: Path, obj: object) -> None:
    write_atomic(path, json.dumps(obj, ensure_ascii=False, indent=1, sort_keys=False) + "\n")


class OxTerms:
    """rdflib terms → Oxigraph terms, each distinct term converted once."""

    def __init__(self) -> None:
        self._cache: dict = {}

    def __call__(self, t):
        r = self._cache.get(t)
        if r is None:
            if isinstance(t, URIRef):
                r = ox.NamedNode(str(t))
            elif isinstance(t, Literal):
                if t.language:
                    r = ox.Literal(str(t), language=t.language)
                elif t.datatype is not None:
                    r = ox.Literal(str(t), datatype=ox.NamedNode(str(t.datatype)))
                else:
                    r = ox.Literal(str(t))
            else:  # the build makes no blank nodes (their labels would not be stable)
                raise TypeError(f"cannot export {type(t).__name__} {t!r}")
            self._cache[t] = r
        return r


def ox_quads(graphs: GraphSet) -> list[ox.Quad]:
    """Every quad of the build, sorted by graph, then subject, predicate and object."""
    terms = OxTerms()
    quads = [ox.Quad(terms(s), terms(p), terms(o), terms(g)) for s, p, o, g in graphs.quads()]
    quads.sort(key=lambda q: (q.graph_name.value, str(q.subject), str(q.predicate), str(q.object)))
    return quads


def sorted_lines(data: bytes) -> bytes:
    return b"".join(sorted(data.splitlines(keepends=True)))


def jsonld_document(triples: Iterable[ox.Triple], prefixes: dict[str, str]) -> str:
    """A compact JSON-LD document: the prefixes as @context, one node object per subject
    (triples must come grouped by subject). Oxigraph writes only expanded JSON-LD, whose
    every key is a full IRI; this is the form people read and JSON-LD tools expand back."""
    spaces = sorted(prefixes.items(), key=lambda kv: -len(kv[1]))

    def compact(iri: str) -> str:
        for prefix, ns in spaces:
            # a local part starting with // would read as an absolute IRI
            if iri.startswith(ns) and not iri[len(ns):].startswith("//"):
                return f"{prefix}:{iri[len(ns):]}"
        return iri

    def value(o) -> object:
        if isinstance(o, ox.NamedNode):
            return {"@id": compact(o.value)}
        if o.language:
            return {"@value": o.value, "@language": o.language}
        if o.datatype.value == str(XSD.string):
            return o.value
        return {"@value": o.value, "@type": compact(o.datatype.value)}

    nodes = []
    for subject, group in itertools.groupby(triples, key=lambda t: t.subject):
        node: dict[str, object] = {"@id": compact(subject.value)}
        for predicate, same in itertools.groupby(group, key=lambda t: t.predicate):
            if predicate.value == str(RDF.type):
                node["@type"] = [compact(t.object.value) for t in same]
            else:
                node[compact(predicate.value)] = [value(t.object) for t in same]
        nodes.append(node)
    return json.dumps({"@context": prefixes, "@graph": nodes}, ensure_ascii=False, indent=1) + "\n"


def write_graphs(graphs: GraphSet, out: Path) -> int:
    """Write every serialisation; returns the number of distinct triples."""
    quads = ox_quads(graphs)
    triples = sorted({q.triple for q in quads}, key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
    write_atomic(out / "graph.nq", sorted_lines(ox.serialize(quads, format=ox.RdfFormat.N_QUADS)))
    write_atomic(out / "graph.trig", ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=TURTLE_PREFIXES))
    write_atomic(out / "graph.nt", sorted_lines(ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)))
    write_atomic(out / "graph.ttl", ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=TURTLE_PREFIXES))
    write_atomic(out / "graph.jsonld", jsonld_document(triples, TURTLE_PREFIXES))
    return len(triples)


def read_graph(path: str | Path) -> Graph:
    """Any RDF file, the format taken from its ending (a quad format is read as its union)."""
    path = Path(path)
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise ValueError(f"{path}: unknown RDF format (use one of {', '.join(sorted(FORMATS))})")
    if fmt in ("trig", "nquads"):
        ds = Dataset()
        ds.parse(path, format=fmt)
        return union_graph(ds)
    return bind(Graph()).parse(path, format=fmt)
