"""The ontology (ontology/dangkg.ttl) and the SHACL shapes (shapes/dangkg-shapes.ttl).

Checks that both parse, that every dkg: term of TERMS.md is declared with Vietnamese and
English labels and a comment, that the public contract's subclass/subproperty links hold,
and that the shapes accept a graph written by TERMS.md and reject broken ones, naming the
rule that was broken.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import BNode, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS

pyshacl = pytest.importorskip("pyshacl")

# rdflib's Dataset/TriG code emits DeprecationWarnings from inside rdflib and pyshacl.
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

from conftest import ROOT  # noqa: E402
ONTOLOGY = ROOT / "ontology" / "dangkg.ttl"
SHAPES = ROOT / "shapes" / "dangkg-shapes.ttl"
TERMS = ROOT / "TERMS.md"
FIXTURES = ROOT / "tests" / "fixtures"
CONFORMING = FIXTURES / "conforming.ttl"
PROVENANCE = FIXTURES / "provenance.trig"

DKG = Namespace("https://w3id.org/dangkg/ontology#")
DKGSH = Namespace("https://w3id.org/dangkg/shapes#")
ID = "https://w3id.org/dangkg/id/"
ORG = Namespace("http://www.w3.org/ns/org#")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
SCHEMA = Namespace("https://schema.org/")
ELI = Namespace("http://data.europa.eu/eli/ontology#")
PROV = Namespace("http://www.w3.org/ns/prov#")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
OA = Namespace("http://www.w3.org/ns/oa#")
SH = Namespace("http://www.w3.org/ns/shacl#")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")  # plain Namespace: pytest probes module attributes

ARTICLE = URIRef(ID + "article/001-2391c05e7fc9e50d")
MEETING = URIRef(ID + "meeting/001-2391c05e7fc9e50d/1")
MEMBERSHIP = URIRef(ID + "membership/001-2391c05e7fc9e50d/1")
DOCUMENT = URIRef(ID + "doc/2012/20-nq-tw")
PERSON = URIRef(ID + "person/chu-ngoc-anh")
ORGANIZATION = URIRef(ID + "org/bo-khoa-hoc-va-cong-nghe")

# The dkg: terms TERMS.md asks the ontology to define (also re-read from TERMS.md below).
DKG_CLASSES = [
    "Official", "PartyOrganization", "StateAgency", "MassOrganization", "OtherOrganization",
    "Meeting", "Document", "DocumentType", "DocumentMention",
]
DKG_PROPERTIES = [
    "sourceFile", "contentHash", "chair", "speaker", "presenter", "evidence", "mentions",
    "attestedOn", "extractorVersion",
]

# The public contract (shared/CONTRACT.md), written out here: it must hold in every export.
CONTRACT_SUBCLASSES = [
    (DKG.Official, FOAF.Person),
    (DKG.PartyOrganization, ORG.Organization),
    (DKG.StateAgency, ORG.Organization),
    (DKG.MassOrganization, ORG.Organization),
    (DKG.OtherOrganization, ORG.Organization),
    (DKG.Meeting, SCHEMA.Event),
    (DKG.Document, ELI.LegalResource),
    (DKG.DocumentType, SKOS.Concept),
]
CONTRACT_SUBPROPERTIES = [
    (DKG.chair, SCHEMA.attendee),
    (DKG.speaker, SCHEMA.attendee),
    (DKG.presenter, SCHEMA.attendee),
]
# External terms the graph uses; the ontology declares each with rdfs:isDefinedBy.
EXTERNAL_TERMS = [
    FOAF.Person, ORG.Organization, ORG.Membership, ORG.Role, SCHEMA.Event, SCHEMA.NewsArticle,
    ELI.LegalResource, SKOS.Concept, SKOS.ConceptScheme, OA.SpecificResource,
    OA.TextQuoteSelector, OA.TextPositionSelector, PROV.Activity, PROV.SoftwareAgent,
    ORG.member, ORG.role, ORG.organization, ORG.subOrganizationOf, SCHEMA.organizer,
    SCHEMA.attendee, SCHEMA.about, SCHEMA.datePublished, SCHEMA.url, SCHEMA.headline,
    SCHEMA.name, SCHEMA.startDate, SCHEMA.location, FOAF.name, SKOS.prefLabel, SKOS.altLabel,
    SKOS.inScheme, ELI.id_local, ELI.type_document, ELI.date_document, ELI.passed_by,
    ELI.title, OA.hasSource, OA.hasSelector, OA.exact, OA.prefix, OA.suffix, OA.start,
    OA.end, PROV.wasDerivedFrom, PROV.wasGeneratedBy, PROV.used, PROV.wasAssociatedWith,
]


# ---------------------------------------------------------------------------- fixtures

@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY, format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(SHAPES, format="turtle")


def conforming() -> Graph:
    return Graph().parse(CONFORMING, format="turtle")


def validate(data, shapes: Graph, ontology: Graph, inference: str = "rdfs"):
    conforms, results, text = pyshacl.validate(
        data, shacl_graph=shapes, ont_graph=ontology, inference=inference, advanced=True
    )
    return conforms, results, text


# The shapes are meant for RDFS inference, but must also work without it (much faster on
# large graphs): targetClass follows the ontology's rdfs:subClassOf either way.
INFERENCE = pytest.mark.parametrize("inference", ["rdfs", "none"])


def violations(results: Graph) -> set[tuple[object, object]]:
    """(focus node, source shape) of every result in a validation report."""
    return {
        (results.value(r, SH.focusNode), results.value(r, SH.sourceShape))
        for r in results.subjects(RDF.type, SH.ValidationResult)
    }


def shape_pattern(shapes: Graph, shape: URIRef) -> re.Pattern[str]:
    pattern = shapes.value(shape, SH.pattern)
    assert pattern is not None, f"{shape} has no sh:pattern"
    return re.compile(str(pattern))


# ---------------------------------------------------------------------------- (a) parsing

def test_files_parse(ontology: Graph, shapes: Graph) -> None:
    assert len(ontology) > 100
    assert len(shapes) > 100
    assert len(conforming()) > 50


def test_ontology_header(ontology: Graph) -> None:
    onto = URIRef("https://w3id.org/dangkg/ontology")
    assert (onto, RDF.type, OWL.Ontology) in ontology
    assert (onto, OWL.versionInfo, Literal("0.1.0")) in ontology


# ---------------------------------------------------------------------------- (b) dkg terms

def _terms_md_dkg_terms() -> set[str]:
    if not TERMS.exists():
        return set()
    return set(re.findall(r"\bdkg:([A-Za-z_][A-Za-z0-9_]*)", TERMS.read_text(encoding="utf-8")))


def test_terms_md_terms_are_in_the_lists() -> None:
    """The literal lists above cover every dkg: term TERMS.md names."""
    found = _terms_md_dkg_terms()
    if not found:
        pytest.skip("TERMS.md not present")
    assert found <= set(DKG_CLASSES) | set(DKG_PROPERTIES), found - set(DKG_CLASSES) - set(DKG_PROPERTIES)


@pytest.mark.parametrize("name", DKG_CLASSES + DKG_PROPERTIES)
def test_dkg_term_declared_and_documented(ontology: Graph, name: str) -> None:
    term = DKG[name]
    types = set(ontology.objects(term, RDF.type))
    if name in DKG_CLASSES:
        assert OWL.Class in types, f"dkg:{name} is not declared an owl:Class"
    else:
        assert types & {OWL.ObjectProperty, OWL.DatatypeProperty}, f"dkg:{name} is not declared a property"
    labels = list(ontology.objects(term, RDFS.label))
    langs = {lit.language for lit in labels if isinstance(lit, Literal)}
    assert {"vi", "en"} <= langs, f"dkg:{name} lacks an rdfs:label in vi and en: {labels}"
    comments = [c for c in ontology.objects(term, RDFS.comment) if isinstance(c, Literal)]
    assert any(c.language == "en" and len(c) > 10 for c in comments), f"dkg:{name} lacks an English rdfs:comment"
    assert (term, RDFS.isDefinedBy, URIRef("https://w3id.org/dangkg/ontology")) in ontology


def test_no_undeclared_dkg_terms_in_shapes_or_fixture(ontology: Graph, shapes: Graph) -> None:
    declared = {s for s in ontology.subjects() if isinstance(s, URIRef) and s.startswith(str(DKG))}
    used = {
        t for g in (shapes, conforming()) for triple in g for t in triple
        if isinstance(t, URIRef) and t.startswith(str(DKG))
    }
    assert used <= declared, used - declared


@pytest.mark.parametrize("term", EXTERNAL_TERMS, ids=lambda t: str(t).rsplit("/", 1)[-1])
def test_external_term_declared(ontology: Graph, term: URIRef) -> None:
    assert ontology.value(term, RDF.type) is not None, f"{term} is not declared"
    assert ontology.value(term, RDFS.isDefinedBy) is not None, f"{term} has no rdfs:isDefinedBy"


def test_no_equivalences_or_restrictions(ontology: Graph) -> None:
    assert not list(ontology.triples((None, OWL.equivalentClass, None)))
    assert not list(ontology.triples((None, OWL.equivalentProperty, None)))
    assert not list(ontology.subjects(RDF.type, OWL.Restriction))
    assert not list(ontology.triples((None, OWL.imports, None)))


# ---------------------------------------------------------------------------- (c) contract

def _reaches(g: Graph, start: URIRef, goal: URIRef, link: URIRef) -> bool:
    return goal in set(g.transitive_objects(start, link))


@pytest.mark.parametrize("sub,sup", CONTRACT_SUBCLASSES, ids=lambda t: str(t).rsplit("/", 1)[-1])
def test_contract_subclasses(ontology: Graph, sub: URIRef, sup: URIRef) -> None:
    assert _reaches(ontology, sub, sup, RDFS.subClassOf), f"{sub} is not a subclass of {sup}"


@pytest.mark.parametrize("sub,sup", CONTRACT_SUBPROPERTIES, ids=lambda t: str(t).rsplit("#", 1)[-1])
def test_contract_subproperties(ontology: Graph, sub: URIRef, sup: URIRef) -> None:
    assert _reaches(ontology, sub, sup, RDFS.subPropertyOf), f"{sub} is not a subproperty of {sup}"


def test_evidence_range(ontology: Graph) -> None:
    assert (DKG.evidence, RDFS.range, OA.SpecificResource) in ontology


def test_contract_query_finds_official_as_person(ontology: Graph) -> None:
    """The contract says queries use a/rdfs:subClassOf*: check that it works on the fixture."""
    g = conforming() + ontology
    q = """SELECT ?p WHERE { ?p a/<http://www.w3.org/2000/01/rdf-schema#subClassOf>* <http://xmlns.com/foaf/0.1/Person> }"""
    assert {row.p for row in g.query(q)} == {PERSON}


# ---------------------------------------------------------------------------- shape hygiene

def test_every_shape_is_named_and_explained(shapes: Graph) -> None:
    node_shapes = set(shapes.subjects(RDF.type, SH.NodeShape))
    property_shapes = set(shapes.subjects(RDF.type, SH.PropertyShape)) | set(shapes.objects(None, SH.property))
    assert node_shapes and property_shapes
    for shape in node_shapes | property_shapes:
        assert isinstance(shape, URIRef) and shape.startswith(str(DKGSH)), f"shape without a dkgsh: IRI: {shape}"
        assert shapes.value(shape, SH.severity) in {SH.Violation, SH.Warning, SH.Info}, shape
        assert shapes.value(shape, SH.message) is not None, f"{shape} has no sh:message"
    for shape in property_shapes:
        assert (shape, RDF.type, SH.PropertyShape) in shapes, shape
        assert shapes.value(shape, SH.name) is not None, f"{shape} has no sh:name"
        message = str(shapes.value(shape, SH.message))
        assert len(message) > 30, f"{shape}: message too short to help: {message!r}"
    # no blank-node shapes anywhere (sh:or lists refer to named helper shapes)
    for p in (SH.property, SH.node, SH.qualifiedValueShape, SH["not"]):
        for o in shapes.objects(None, p):
            assert not isinstance(o, BNode), f"blank-node shape under {p}"


def test_only_core_constraints(shapes: Graph) -> None:
    for p in (SH.sparql, SH.select, SH.ask, SH.target, SH.js):
        assert not list(shapes.triples((None, p, None))), f"{p} used: keep to SHACL Core"


def test_every_terms_class_is_targeted(shapes: Graph) -> None:
    targets = set(shapes.objects(None, SH.targetClass))
    for cls in (SCHEMA.NewsArticle, FOAF.Person, ORG.Organization, ORG.Role, ORG.Membership,
                DKG.Meeting, ELI.LegalResource, DKG.DocumentType, DKG.DocumentMention,
                OA.SpecificResource, OA.TextQuoteSelector, OA.TextPositionSelector,
                SKOS.ConceptScheme, PROV.Activity, PROV.SoftwareAgent):
        assert cls in targets, f"no shape targets {cls}"


# ---------------------------------------------------------------------------- patterns

@pytest.mark.parametrize("good", ["22-NQ/TW", "194-NQ/ĐU", "56/KH-SKHCN", "16/CT-TTg", "01/2021/NĐ-CP", "221-HĐ/ĐU"])
def test_id_local_pattern_accepts(shapes: Graph, good: str) -> None:
    assert shape_pattern(shapes, DKGSH["Document-id_local"]).search(good)


@pytest.mark.parametrize("bad", ["số 22-NQ/TW", "22 -NQ/TW", "NQ/TW", "22-NQ", "22-NQ/", "Nghị quyết 22", ""])
def test_id_local_pattern_rejects(shapes: Graph, bad: str) -> None:
    assert not shape_pattern(shapes, DKGSH["Document-id_local"]).search(bad)


@pytest.mark.parametrize("iri,ok", [
    (ID + "org/bo-khoa-hoc-va-cong-nghe", True),
    (ID + "org/001-2391c05e7fc9e50d/dang-uy-cuc", True),
    (ID + "org/a/b/c", False),
    (ID + "org/Bộ-KH", False),
    (ID + "person/chu-ngoc-anh", False),
])
def test_org_iri_pattern(shapes: Graph, iri: str, ok: bool) -> None:
    assert bool(shape_pattern(shapes, DKGSH.OrganizationShape).search(iri)) is ok


# ---------------------------------------------------------------------------- (d) conforming

@INFERENCE
def test_conforming_fixture_conforms(shapes: Graph, ontology: Graph, inference: str) -> None:
    conforms, _, text = validate(conforming(), shapes, ontology, inference)
    assert conforms, text


def test_provenance_trig_conforms(shapes: Graph, ontology: Graph) -> None:
    ds = Dataset()
    ds.parse(PROVENANCE, format="trig")
    conforms, _, text = validate(ds, shapes, ontology)
    assert conforms, text


def test_fixture_offsets_follow_the_evidence_model() -> None:
    """ev/{key}/{start}-{end}: the selectors agree with the IRI, end is exclusive."""
    g = conforming()
    resources = set(g.subjects(RDF.type, OA.SpecificResource))
    assert len(resources) == 3
    for ev in resources:
        start, end = (int(x) for x in str(ev).rsplit("/", 1)[1].split("-"))
        quote, position = URIRef(f"{ev}#quote"), URIRef(f"{ev}#position")
        assert set(g.objects(ev, OA.hasSelector)) == {quote, position}
        assert (int(g.value(position, OA.start)), int(g.value(position, OA.end))) == (start, end)
        assert len(str(g.value(quote, OA.exact))) == end - start


# ---------------------------------------------------------------------------- (e)-(g) failures

@INFERENCE
def test_meeting_without_source_article_fails(shapes: Graph, ontology: Graph, inference: str) -> None:
    g = conforming()
    assert (MEETING, PROV.wasDerivedFrom, ARTICLE) in g
    g.remove((MEETING, PROV.wasDerivedFrom, None))
    conforms, results, text = validate(g, shapes, ontology, inference)
    assert not conforms
    assert (MEETING, DKGSH["Meeting-wasDerivedFrom"]) in violations(results), text


@INFERENCE
def test_membership_without_member_fails(shapes: Graph, ontology: Graph, inference: str) -> None:
    g = conforming()
    g.remove((MEMBERSHIP, ORG.member, None))
    conforms, results, text = validate(g, shapes, ontology, inference)
    assert not conforms
    assert (MEMBERSHIP, DKGSH["Membership-member"]) in violations(results), text


@pytest.mark.parametrize("value", [
    Literal("2020-13-45", datatype=XSD.string),   # wrong datatype (and not a date)
    Literal("2020-13-45", datatype=XSD.date),     # ill-typed date
    Literal("2020-02-30", datatype=XSD.date),     # no such day
    Literal("2020-10-05"),                        # plain string, not xsd:date
    Literal("2020-10-05T00:00:00", datatype=XSD.dateTime),
], ids=["string-13-45", "date-13-45", "date-02-30", "plain", "datetime"])
@INFERENCE
def test_document_with_bad_date_fails(shapes: Graph, ontology: Graph, value: Literal, inference: str) -> None:
    g = conforming()
    g.set((DOCUMENT, ELI.date_document, value))
    conforms, results, text = validate(g, shapes, ontology, inference)
    assert not conforms
    assert (DOCUMENT, DKGSH["Document-date_document"]) in violations(results), text


# ---------------------------------------------------------------------------- more failures

def _fails_with(shapes: Graph, ontology: Graph, g: Graph, focus: URIRef, shape: URIRef) -> None:
    conforms, results, text = validate(g, shapes, ontology)
    assert not conforms
    assert (focus, shape) in violations(results), text


def test_bad_id_local_fails(shapes: Graph, ontology: Graph) -> None:
    g = conforming()
    g.set((DOCUMENT, ELI.id_local, Literal("số 20-NQ/TW")))
    _fails_with(shapes, ontology, g, DOCUMENT, DKGSH["Document-id_local"])


def test_org_label_without_vi_tag_fails(shapes: Graph, ontology: Graph) -> None:
    g = conforming()
    g.set((ORGANIZATION, SKOS.prefLabel, Literal("Bộ Khoa học và Công nghệ")))
    _fails_with(shapes, ontology, g, ORGANIZATION, DKGSH["Organization-prefLabel"])


def test_org_without_kind_fails(shapes: Graph, ontology: Graph) -> None:
    g = conforming()
    g.remove((ORGANIZATION, RDF.type, DKG.StateAgency))
    g.add((ORGANIZATION, RDF.type, ORG.Organization))
    _fails_with(shapes, ontology, g, ORGANIZATION, DKGSH["Organization-kind"])


def test_blank_node_person_fails(shapes: Graph, ontology: Graph) -> None:
    g = conforming()
    b = BNode()
    g.add((b, RDF.type, DKG.Official))
    g.add((b, FOAF.name, Literal("Lê Xuân Định")))
    _fails_with(shapes, ontology, g, b, DKGSH.PersonShape)


def test_organization_as_chair_fails(shapes: Graph, ontology: Graph) -> None:
    """dkg:chair's range makes the org a foaf:Person by inference; the person IRI rule catches it."""
    g = conforming()
    g.add((MEETING, DKG.chair, ORGANIZATION))
    _fails_with(shapes, ontology, g, ORGANIZATION, DKGSH.PersonShape)


def test_evidence_needs_both_selectors(shapes: Graph, ontology: Graph) -> None:
    g = conforming()
    ev = URIRef(ID + "ev/001-2391c05e7fc9e50d/111-150")
    g.remove((ev, OA.hasSelector, URIRef(str(ev) + "#position")))
    _fails_with(shapes, ontology, g, ev, DKGSH["SpecificResource-positionSelector"])


def test_position_start_must_precede_end(shapes: Graph, ontology: Graph) -> None:
    g = conforming()
    pos = URIRef(ID + "ev/001-2391c05e7fc9e50d/111-150#position")
    g.set((pos, OA.start, Literal(200, datatype=XSD.nonNegativeInteger)))
    _fails_with(shapes, ontology, g, pos, DKGSH["TextPositionSelector-start"])


def test_meeting_without_date_is_only_a_warning(shapes: Graph, ontology: Graph) -> None:
    g = conforming()
    g.remove((MEETING, SCHEMA.startDate, None))
    conforms, results, text = validate(g, shapes, ontology)
    assert not conforms  # SHACL: any result, even a warning, means sh:conforms false
    assert violations(results) == {(MEETING, DKGSH["Meeting-startDate-present"])}, text
    severities = set(results.objects(None, SH.resultSeverity))
    assert severities == {SH.Warning}
    ok, _, _ = pyshacl.validate(g, shacl_graph=shapes, ont_graph=ontology, inference="rdfs",
                                advanced=True, allow_warnings=True)
    assert ok


def test_two_source_articles_for_a_membership_fail(shapes: Graph, ontology: Graph) -> None:
    g = conforming()
    other = URIRef(ID + "article/002-ffff")
    g.add((other, RDF.type, SCHEMA.NewsArticle))
    g.add((other, DKG.sourceFile, Literal("002_ffff.txt")))
    g.add((other, DKG.contentHash, Literal("sha256:" + "0" * 64)))
    g.add((other, SCHEMA.datePublished, Literal("2020-01-01", datatype=XSD.date)))
    g.add((MEMBERSHIP, PROV.wasDerivedFrom, other))
    _fails_with(shapes, ontology, g, MEMBERSHIP, DKGSH["Membership-wasDerivedFrom"])


@pytest.mark.parametrize("node", [PERSON, ORGANIZATION, MEMBERSHIP])
def test_a_label_must_be_one_vietnamese_text(shapes: Graph, ontology: Graph, node: URIRef) -> None:
    """rdfs:label is optional (graphs from elsewhere conform without it), but when given,
    as kg build gives it, it is one text tagged @vi."""
    g = conforming()
    g.set((node, RDFS.label, Literal("Chu Ngọc Anh", lang="vi")))
    conforms, _, text = validate(g, shapes, ontology, "none")
    assert conforms, text
    g.set((node, RDFS.label, Literal("Chu Ngọc Anh")))
    _fails_with(shapes, ontology, g, node, DKGSH["Label-vi"])
