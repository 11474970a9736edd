"""The embedded SPARQL store a build leaves next to its exports (``DIR/store``).

rdflib stays the parser and validator; queries run on Oxigraph (pyoxigraph), a persistent
RocksDB-backed store whose query engine answers in milliseconds where rdflib's in-memory
one takes seconds on a large graph (``bench/`` measures it). The store is loaded from the
build's TriG, so it keeps one named graph per article, into the build's staging folder,
which is swapped in whole (kg.output): a build that stops half way never leaves a
half-loaded store behind.
"""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from kg.endpoint import Endpoint, endpoint, is_endpoint_url

STORE_DIR = "store"

# RDF file endings pyoxigraph reads directly
_FORMATS = {".ttl": ox.RdfFormat.TURTLE, ".nt": ox.RdfFormat.N_TRIPLES, ".trig": ox.RdfFormat.TRIG,
            ".nq": ox.RdfFormat.N_QUADS, ".jsonld": ox.RdfFormat.JSON_LD, ".json": ox.RdfFormat.JSON_LD,
            ".rdf": ox.RdfFormat.RDF_XML, ".xml": ox.RdfFormat.RDF_XML, ".owl": ox.RdfFormat.RDF_XML}


def load_build_store(out: Path) -> Path:
    """Load ``out/graph.trig`` into a new store at ``out/store``; returns its path. OUT is
    a build's staging folder (kg.output), swapped in whole when the build is done, so the
    store needs no swap of its own."""
    final = out / STORE_DIR
    store = ox.Store(str(final))
    store.bulk_load(path=str(out / "graph.trig"), format=ox.RdfFormat.TRIG)
    store.flush()
    store.optimize()  # compact what bulk loading wrote: lookups then touch one level
    del store  # close the database before the folder is swapped in
    return final


def is_store(path: Path) -> bool:
    """Is this folder an Oxigraph store (a RocksDB database)?"""
    return path.is_dir() and (path / "CURRENT").is_file()


def open_source(source: str | Path) -> ox.Store | Endpoint:
    """A store to query: a build folder (its ``store/``), a store folder, any RDF file
    (read into memory), or a SPARQL endpoint's http(s) URL (an :class:`Endpoint`, asked by
    kg.query over the SPARQL 1.1 Protocol)."""
    if is_endpoint_url(source):
        return endpoint(source)
    path = Path(source)
    if path.is_dir():
        if is_store(path / STORE_DIR):
            return ox.Store.read_only(str(path / STORE_DIR))
        if is_store(path):
            return ox.Store.read_only(str(path))
        for name in ("graph.trig", "graph.nt", "graph.ttl"):  # a build made before stores existed
            if (path / name).is_file():
                return open_source(path / name)
        raise ValueError(f"{path}: neither a build folder (with store/ or graph.trig) nor an Oxigraph store")
    if not path.is_file():
        raise ValueError(f"{path}: no such file or folder")
    fmt = _FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise ValueError(f"{path}: unknown RDF format (use one of {', '.join(sorted(_FORMATS))})")
    store = ox.Store()
    store.bulk_load(path=str(path), format=fmt)
    return store
