"""SHACL validation with pySHACL, reported in plain words.

The shapes (shapes/*.ttl) and the ontology (so subclasses are targeted: a dkg:Official is
a foaf:Person) ship with the package. A report line names the failing node (with its label
where it has one), the property and the rule, and says what the rule wants.
"""
from __future__ import annotations

import gc
from collections import defaultdict
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

from pyshacl import validate as shacl_validate
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import FOAF, RDF, SKOS

from kg.export import read_graph
from kg.iris import ELI, SCHEMA
from kg.rdf.build import bind
from kg.resources import turtle_files

SH = "http://www.w3.org/ns/shacl#"


@dataclass(frozen=True, slots=True)
class Finding:
    severity: str  # Violation | Warning | Info
    focus: str
    focus_label: str
    path: str
    rule: str
    message: str

    def line(self) -> str:
        label = f" ({self.focus_label})" if self.focus_label else ""
        path = f", property {self.path}" if self.path else ""
        return f"{self.severity}: {self.focus}{label}{path}: {self.message} [rule {self.rule}]"


@dataclass(frozen=True, slots=True)
class Report:
    conforms: bool
    findings: tuple[Finding, ...]

    @property
    def violations(self) -> int:
        return sum(f.severity == "Violation" for f in self.findings)

    @property
    def warnings(self) -> int:
        """Findings that do not stop the graph conforming (the shapes' sh:Warning)."""
        return len(self.findings) - self.violations

    def text(self) -> str:
        counts = f"{self.violations} violation(s), {self.warnings} warning(s)"
        head = (f"The graph conforms to the dangkg shapes ({counts})." if self.conforms
                else f"The graph does not conform: {counts}.")
        return "\n".join([head, *(f.line() for f in self.findings)]) + "\n"


def _load(name: str) -> Graph:
    g = Graph()
    for f in turtle_files(name):
        g.parse(data=f.read_text(encoding="utf-8"), format="turtle")
    return g


def _short(g: Graph, node) -> str:
    if node is None:
        return ""
    try:
        return g.namespace_manager.normalizeUri(node) if isinstance(node, URIRef) else str(node)
    except Exception:  # noqa: BLE001 - a label is a courtesy
        return str(node)


def _label(data: Graph, node) -> str:
    for p in (FOAF.name, SKOS.prefLabel, SCHEMA.name, ELI.id_local):
        values = sorted(map(str, data.objects(node, p)))  # the first, should a node have two
        if values:
            return values[0]
    return ""


class Validator:
    """The shapes and the ontology, parsed once, checked against any number of graphs."""

    def __init__(self) -> None:
        self.shapes = _load("shapes")
        self.ontology = _load("ontology")

    def findings(self, data: Graph, focus: list[URIRef] | None = None, with_ontology: bool = False
                 ) -> tuple[bool, list[Finding]]:
        """Check DATA; with FOCUS, only those nodes (against the shapes that target them).
        WITH_ONTOLOGY: DATA already holds the ontology (pySHACL would otherwise copy DATA
        to mix it in)."""
        conforms, results, _ = shacl_validate(
            data, shacl_graph=self.shapes, ont_graph=None if with_ontology else self.ontology, inference="none",
            advanced=True, allow_warnings=True, focus_nodes=focus,
        )
        bind(results)
        found = []
        for r in results.subjects(RDF.type, URIRef(SH + "ValidationResult")):
            v = lambda p: results.value(r, URIRef(SH + p))  # noqa: E731
            severity = str(v("resultSeverity")).rsplit("#", 1)[-1]
            focus = v("focusNode")
            message = v("resultMessage")
            found.append(Finding(
                severity=severity,
                focus=str(focus),
                focus_label=_label(data, focus),
                path=_short(self.shapes, v("resultPath")),
                rule=_short(self.shapes, v("sourceShape")),
                message=str(message) if isinstance(message, Literal) else "does not meet the rule",
            ))
        return bool(conforms), found

    def validate(self, data: Graph) -> Report:
        conforms, found = self.findings(data)
        return _report(conforms, found)


def _report(conforms: bool, findings: list[Finding]) -> Report:
    findings.sort(key=lambda f: (f.severity != "Violation", f.focus, f.path, f.rule))
    return Report(conforms=conforms, findings=tuple(findings))


def validate_graph(data: Graph) -> Report:
    return Validator().validate(data)


# --- validation in parts -------------------------------------------------------------
# Every dangkg shape looks at a focus node's own triples and at most the classes of the
# nodes they point to (targets are classes or subjects of a property; values are checked
# by datatype, pattern, language or sh:class). So the graph can be cut into parts by
# subject, each part holding its subjects' triples plus the rdf:type triples of the nodes
# they point to, and the findings about each part's own subjects are exactly the
# whole-graph findings about them. Parts of a bounded size make validation time grow
# linearly with the graph (pySHACL on one big graph grows faster), and they run in
# parallel.

# pySHACL checks a given focus node against a list, so a part's cost grows with its size
# squared; ~3,000 triples (~800 subjects) keeps that small and the per-call cost low
PART_TRIPLES = 3_000


def graph_parts(triples: set[tuple], size: int = PART_TRIPLES) -> list[tuple[list[tuple], frozenset[str]]]:
    """The graph cut by subject into parts of about SIZE triples: each part's triples and
    the subjects (as strings) whose findings it answers for."""
    by_subject: dict = defaultdict(list)
    types: dict = defaultdict(list)
    for t in triples:
        by_subject[t[0]].append(t)
        if t[1] == RDF.type:
            types[t[0]].append(t)
    parts: list[tuple[list[tuple], frozenset[str]]] = []
    chunk: list = []
    count = 0
    subjects = sorted(by_subject)
    for i, s in enumerate(subjects):
        chunk.append(s)
        count += len(by_subject[s])
        if count >= size or i == len(subjects) - 1:
            own = set(chunk)
            data = [t for c in chunk for t in by_subject[c]]
            pointed = {t[2] for t in data if t[2] in types and t[2] not in own}
            data += [t for o in sorted(pointed) for t in types[o]]
            parts.append((data, frozenset(map(str, chunk))))
            chunk, count = [], 0
    return parts


_worker_validator: Validator | None = None  # one per worker process, made by _start_worker


def _start_worker() -> None:
    global _worker_validator
    _worker_validator = Validator()


def _validate_part(part: tuple[list[tuple], frozenset[str]], validator: Validator | None = None) -> list[Finding]:
    data, own = part
    validator = validator or _worker_validator
    g = Graph()
    for t in data:
        g.add(t)
    for t in validator.ontology:
        g.add(t)
    # only the part's own subjects are focus nodes: a node it only points to is here with
    # its class alone, and is answered for by its own part
    _, found = validator.findings(g, focus=[URIRef(s) for s in sorted(own)], with_ontology=True)
    return [f for f in found if f.focus in own]


def validate_in_parts(triples: set[tuple], jobs: int = 1, size: int = PART_TRIPLES,
                      started: Callable[[int], None] | None = None, done: Callable[[int], None] | None = None
                      ) -> Report:
    """The same report as :func:`validate_graph` on the union of TRIPLES, made part by part
    (over JOBS processes). STARTED is told how many parts there are, DONE each part
    validated (a progress bar's total and update)."""
    parts = graph_parts(triples, size)
    if started:
        started(len(parts))
    answers = _validate_parts(parts, jobs, done or (lambda n: None))
    findings = [f for found in answers for f in found]
    # as pySHACL decides with warnings allowed: a graph conforms when nothing is a violation
    return _report(not any(f.severity == "Violation" for f in findings), findings)


def _validate_parts(parts: list[tuple[list[tuple], frozenset[str]]], jobs: int,
                    done: Callable[[int], None]) -> list[list[Finding]]:
    """Each part's findings, in the parts' order."""
    answers: list[list[Finding]] = []
    if jobs > 1 and len(parts) > 1:
        # the workers are forked from this process, which holds the whole build: frozen,
        # its objects are left alone by the workers' garbage collections, which would
        # otherwise walk (and copy, page by page) all of them again and again
        gc.freeze()
        try:
            with ProcessPoolExecutor(max_workers=min(jobs, len(parts)), initializer=_start_worker) as pool:
                for found in pool.map(_validate_part, parts):
                    answers.append(found)
                    done(1)
        finally:
            gc.unfreeze()
    else:
        validator = Validator()
        for p in parts:
            answers.append(_validate_part(p, validator))
            done(1)
    return answers


def validate_file(path: str) -> Report:
    return validate_graph(read_graph(path))
