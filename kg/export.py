"""Serialisations of a built dataset, written atomically (temp file + rename), so an
interrupted build never leaves a half-written file that looks complete.

- graph.ttl: everything, one graph (Turtle); graph.nt: the same, N-Triples, sorted;
- graph.trig: one named graph per article, plus graph/entities and graph/meta;
- graph.jsonld: everything, JSON-LD with the project's prefixes as context.
"""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from rdflib import Dataset, Graph

from kg.rdf.build import PREFIXES, bind, union_graph

FORMATS = {".ttl": "turtle", ".nt": "nt", ".trig": "trig", ".nq": "nquads", ".jsonld": "json-ld",
           ".json": "json-ld", ".rdf": "xml", ".xml": "xml", ".owl": "xml"}


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


def sorted_ntriples(g: Graph) -> str:
    lines = g.serialize(format="nt").splitlines()
    return "\n".join(sorted(line for line in lines if line.strip())) + "\n"


def write_graphs(ds: Dataset, out: Path) -> Graph:
    """Write every serialisation; returns the union graph (for validation)."""
    g = union_graph(ds)
    write_atomic(out / "graph.ttl", g.serialize(format="turtle"))
    write_atomic(out / "graph.nt", sorted_ntriples(g))
    write_atomic(out / "graph.trig", ds.serialize(format="trig"))
    context = {p: str(ns) for p, ns in PREFIXES.items()}
    write_atomic(out / "graph.jsonld", g.serialize(format="json-ld", context=context, indent=1))
    return g


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
