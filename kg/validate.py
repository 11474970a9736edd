"""SHACL validation with pySHACL, reported in plain words.

The shapes (shapes/*.ttl) and the ontology (so subclasses are targeted: a dkg:Official is
a foaf:Person) ship with the package. A report line names the failing node (with its label
where it has one), the property and the rule, and says what the rule wants.
"""
from __future__ import annotations

from dataclasses import dataclass

from pyshacl import validate as shacl_validate
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import FOAF, RDF, SKOS

from kg.export import read_graph
from kg.rdf.build import ELI, SCHEMA, bind
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

    def text(self) -> str:
        counts = f"{self.violations} violation(s), {len(self.findings) - self.violations} warning(s)"
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
        v = data.value(node, p)
        if v is not None:
            return str(v)
    return ""


def validate_graph(data: Graph) -> Report:
    shapes = _load("shapes")
    ontology = _load("ontology")
    conforms, results, _ = shacl_validate(
        data, shacl_graph=shapes, ont_graph=ontology, inference="none", advanced=True, allow_warnings=True
    )
    bind(results)
    findings = []
    for r in results.subjects(RDF.type, URIRef(SH + "ValidationResult")):
        v = lambda p: results.value(r, URIRef(SH + p))  # noqa: E731
        severity = str(v("resultSeverity")).rsplit("#", 1)[-1]
        focus = v("focusNode")
        message = v("resultMessage")
        findings.append(Finding(
            severity=severity,
            focus=str(focus),
            focus_label=_label(data, focus),
            path=_short(shapes, v("resultPath")),
            rule=_short(shapes, v("sourceShape")),
            message=str(message) if isinstance(message, Literal) else "does not meet the rule",
        ))
    findings.sort(key=lambda f: (f.severity != "Violation", f.focus, f.path, f.rule))
    return Report(conforms=bool(conforms), findings=tuple(findings))


def validate_file(path: str) -> Report:
    return validate_graph(read_graph(path))
