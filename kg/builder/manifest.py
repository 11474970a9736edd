"""A build's result and its record, manifest.json: what was read, what it held, whether the
graph conforms.

Two kinds of count, never mixed: an input's record counts what its article names (a person
named in three articles is counted in each); the build's totals, which its summary line
prints, count the distinct nodes of the graph (that person is one node, two namesakes two),
the numbers ``kg query OUT people`` and any table of the graph give."""
from __future__ import annotations

import json

from collections.abc import Iterable
from dataclasses import asdict, dataclass, field

from rdflib.namespace import RDF

from kg import __version__
from kg.model import FACT_COUNTS, ArticleFacts, InputReport
from kg.rdf.build import NODE_CLASSES, GraphSet
from kg.validate import Report

__all__ = ["BuildResult", "MANIFEST", "NODE_CLASSES", "SHOWN_COUNTS", "STATUSES", "graph_totals", "manifest", "read_manifest", "said_counts", "totals"]

SHOWN_COUNTS = ("persons", "posts", "meetings", "documents", "events")  # those `kg build` says when done
# the posts of other standings, counted among posts and said beside them (posts.csv of
# `kg export --tables` has them all)
OTHER_POSTS = {"former_posts": "former", "accused_posts": "of the time of a case"}
STATUSES = ("built", "skipped", "failed")  # an input's report's status


@dataclass(frozen=True, slots=True)
class BuildResult:
    inputs: tuple[InputReport, ...]
    facts: tuple[ArticleFacts, ...]
    validation: Report
    triples: int
    # wall seconds per stage; "read" and "extract" are seconds summed over the workers
    timings: dict[str, float] = field(default_factory=dict)
    reused: int = 0  # inputs whose facts came from an earlier build (into=True)
    nodes: dict[str, int] = field(default_factory=dict)  # graph_totals: distinct nodes by kind

    def count(self, status: str) -> int:
        return sum(r.status == status for r in self.inputs)


# NODE_CLASSES (each count of the build's totals -> the classes of its nodes) lives with the
# graph's classes, in kg.rdf.build


def graph_totals(graphs: GraphSet) -> dict[str, int]:
    """The distinct nodes of the graph of each kind of NODE_CLASSES: an official several
    articles name, a meeting several report, is one."""
    kinds_of: dict[object, list[str]] = {}  # a class → the counts it is in (a former post: posts, former_posts)
    for kind, classes in NODE_CLASSES.items():
        for c in classes:
            kinds_of.setdefault(c, []).append(kind)
    nodes: dict[str, set] = {kind: set() for kind in NODE_CLASSES}
    for triples in graphs.graphs.values():
        for s, p, o in triples:
            for kind in kinds_of.get(o, ()) if p == RDF.type else ():
                nodes[kind].add(s)
    return {kind: len(found) for kind, found in nodes.items()}


def said_counts(nodes: dict[str, int]) -> str:
    """The graph's counts as `kg build` says them: ``13 persons, 27 posts (2 former), ...``,
    every post whatever its standing in the count of posts."""
    others = ", ".join(f"{nodes[k]} {word}" for k, word in OTHER_POSTS.items() if nodes.get(k, 0))
    return ", ".join(f"{nodes[kind]} {kind}" + (f" ({others})" if kind == "posts" and others else "")
                     for kind in SHOWN_COUNTS)


def totals(inputs: Iterable[InputReport]) -> dict[str, int]:
    """Each of kg.model.FACT_COUNTS summed over the INPUTS: mentions, not nodes (an
    official named in three articles counts three times)."""
    summed = {k: 0 for k in FACT_COUNTS}
    for r in inputs:
        for k, v in r.counts.items():
            summed[k] += v
    return summed


MANIFEST = "manifest.json"


def read_manifest(folder) -> dict:
    """The manifest.json of a build FOLDER, or {} where FOLDER is no build folder (a store,
    an RDF file) or its manifest cannot be read: what it adds (counts, inputs' names) is
    then not said."""
    from pathlib import Path

    try:
        found = json.loads((Path(folder) / MANIFEST).read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return found if isinstance(found, dict) else {}


def manifest(result: BuildResult) -> dict:
    return {
        "dangkg_version": __version__,
        "summary": {s: result.count(s) for s in STATUSES} | {"triples": result.triples},
        "totals": result.nodes,  # the graph's distinct nodes; each input's record counts its article's
        "validation": {"conforms": result.validation.conforms, "violations": result.validation.violations,
                       "warnings": result.validation.warnings},
        "inputs": [{k: v for k, v in asdict(r).items() if v not in ("", None, {})} for r in result.inputs],
    }
