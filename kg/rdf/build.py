"""Resolved facts → named graphs of RDF triples (a :class:`GraphSet`) under the dangkg ontology.

Named graphs: ``graph/{article}`` holds what one article states (its memberships,
meetings, document mentions and their evidence), ``graph/entities`` the resolved officials,
bodies, roles and documents, ``graph/meta`` which extractor run made each article graph
(PROV), so an article can be re-extracted by replacing its graph. Every node has an IRI;
there are no blank nodes, so exports are byte-stable.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from rdflib import Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import FOAF, OWL, PROV, RDF, RDFS, SKOS, XSD

from kg import __version__
from kg.ingest.reader import slugify
from kg.model import ArticleFacts, Evidence
from kg.resolve.identity import BASE, Resolution
from kg.vocab import Vocabulary

DKG = Namespace("https://w3id.org/dangkg/ontology#")
ID = Namespace(BASE)
ORG = Namespace("http://www.w3.org/ns/org#")
SCHEMA = Namespace("https://schema.org/")
ELI = Namespace("http://data.europa.eu/eli/ontology#")
OA = Namespace("http://www.w3.org/ns/oa#")

PREFIXES = {"dkg": DKG, "id": ID, "org": ORG, "foaf": FOAF, "schema": SCHEMA, "eli": ELI,
            "prov": PROV, "skos": SKOS, "oa": OA, "xsd": XSD, "rdfs": RDFS, "owl": OWL}
KIND_CLASS = {"party": DKG.PartyOrganization, "state": DKG.StateAgency, "mass": DKG.MassOrganization,
              "other": DKG.OtherOrganization}
ENTITIES = ID["graph/entities"]
META = ID["graph/meta"]


def bind(g: Graph) -> Graph:
    for p, ns in PREFIXES.items():
        g.bind(p, ns, override=True)
    return g


def article_iri(key: str) -> URIRef:
    return ID[f"article/{key}"]


def _date(value: dt.date | dt.datetime) -> Literal:
    if isinstance(value, dt.datetime):
        return Literal(value.isoformat(timespec="seconds"), datatype=XSD.dateTime)
    return Literal(value.isoformat(), datatype=XSD.date)


def _evidence(g: set, fact: URIRef, article: URIRef, key: str, ev: Evidence) -> None:
    node = ID[f"ev/{key}/{ev.start}-{ev.end}"]
    quote, pos = URIRef(f"{node}#quote"), URIRef(f"{node}#position")
    g.add((fact, DKG.evidence, node))
    g.add((node, RDF.type, OA.SpecificResource))
    g.add((node, OA.hasSource, article))
    g.add((node, OA.hasSelector, quote))
    g.add((node, OA.hasSelector, pos))
    g.add((quote, RDF.type, OA.TextQuoteSelector))
    g.add((quote, OA.exact, Literal(ev.exact)))
    if ev.prefix:
        g.add((quote, OA.prefix, Literal(ev.prefix)))
    if ev.suffix:
        g.add((quote, OA.suffix, Literal(ev.suffix)))
    g.add((pos, RDF.type, OA.TextPositionSelector))
    g.add((pos, OA.start, Literal(ev.start, datatype=XSD.nonNegativeInteger)))
    g.add((pos, OA.end, Literal(ev.end, datatype=XSD.nonNegativeInteger)))


def attested_date(facts: ArticleFacts) -> dt.date | None:
    """When the article shows its posts held: the meeting's date, else publication."""
    for m in facts.meetings:
        if m.date:
            return m.date
    if isinstance(facts.published, dt.datetime):
        return facts.published.date()
    return facts.published


# Post.standing → (IRI path, class)
POST_KINDS = {"current": ("membership", ORG.Membership), "former": ("former-post", DKG.FormerPost),
               "accused": ("accused-post", DKG.AccusedPost)}


def _post(g: set, i: int, p, f: ArticleFacts, res: Resolution, art: URIRef, attested) -> None:
    """A post held (org:Membership), a former one (dkg:FormerPost) or one of the time of a
    criminal case (dkg:AccusedPost), with its evidence."""
    key = f.article_key
    path, cls = POST_KINDS[p.standing]
    m = ID[f"{path}/{key}/{i}"]
    g.add((m, RDF.type, cls))
    g.add((m, ORG.member, URIRef(res.person_of[(key, p.person)])))
    g.add((m, ORG.role, URIRef(res.role_of[p.role])))
    if p.org and (key, p.org) in res.org_of:
        g.add((m, ORG.organization, URIRef(res.org_of[(key, p.org)])))
    g.add((m, PROV.wasDerivedFrom, art))
    if attested and p.standing == "current":
        g.add((m, DKG.attestedOn, _date(attested)))
    _evidence(g, m, art, key, p.evidence)


def _article_graph(g: set, f: ArticleFacts, res: Resolution) -> set[str]:
    """One article's statements; returns the roles it uses."""
    key = f.article_key
    art = article_iri(key)
    g.add((art, RDF.type, SCHEMA.NewsArticle))
    g.add((art, DKG.sourceFile, Literal(f.source_file)))
    if f.source_line is not None:
        g.add((art, DKG.sourceLine, Literal(f.source_line, datatype=XSD.positiveInteger)))
    g.add((art, DKG.contentHash, Literal(f.content_hash)))
    if f.published:
        g.add((art, SCHEMA.datePublished, _date(f.published)))
    if f.source_url:
        g.add((art, SCHEMA.url, Literal(f.source_url, datatype=XSD.anyURI)))
    if f.headline:
        g.add((art, SCHEMA.headline, Literal(" ".join(f.headline.split()))))
    roles: set[str] = set()
    attested = attested_date(f)
    for standing in POST_KINDS:  # numbered within each kind
        for i, p in enumerate(p for p in f.posts if p.standing == standing):
            _post(g, i, p, f, res, art, attested)
            roles.add(p.role)
    for i, mt in enumerate(f.meetings):
        m = ID[f"meeting/{key}/{i}"]
        g.add((m, RDF.type, DKG.Meeting))
        g.add((m, SCHEMA.name, Literal(" ".join(mt.title.split()))))
        g.add((m, PROV.wasDerivedFrom, art))
        if mt.date:
            g.add((m, SCHEMA.startDate, _date(mt.date)))
        if mt.location:
            g.add((m, SCHEMA.location, Literal(mt.location)))
        if mt.organizer and (key, mt.organizer) in res.org_of:
            g.add((m, SCHEMA.organizer, URIRef(res.org_of[(key, mt.organizer)])))
        for prop, names in ((DKG.chair, mt.chairs), (DKG.speaker, mt.speakers),
                            (DKG.presenter, mt.presenters), (SCHEMA.attendee, mt.attendees)):
            for n in names:
                g.add((m, prop, URIRef(res.person_of[(key, n)])))
        for d in mt.documents:
            g.add((m, SCHEMA.about, URIRef(res.doc_of[(key, d)])))
        for ev in mt.evidence:
            _evidence(g, m, art, key, ev)
    mentions = sorted(((ev.start, d.key, ev) for d in f.documents for ev in d.evidence), key=lambda x: x[:2])
    for i, (_, doc_key, ev) in enumerate(mentions):  # one mention per passage
        m = ID[f"mention/{key}/{i}"]
        g.add((m, RDF.type, DKG.DocumentMention))
        g.add((m, DKG.mentions, URIRef(res.doc_of[(key, doc_key)])))
        g.add((m, PROV.wasDerivedFrom, art))
        _evidence(g, m, art, key, ev)
    return roles


def _entities(g: set, res: Resolution, roles: set[str], vocab: Vocabulary) -> None:
    for e in res.persons.values():
        s = URIRef(e.iri)
        g.add((s, RDF.type, DKG.Official))
        g.add((s, FOAF.name, Literal(e.name)))
        for a in sorted(e.aliases):
            g.add((s, SKOS.altLabel, Literal(a)))
        for a in sorted(e.articles):
            g.add((s, PROV.wasDerivedFrom, article_iri(a)))
    for e in res.orgs.values():
        s = URIRef(e.iri)
        g.add((s, RDF.type, KIND_CLASS[e.kind]))
        g.add((s, SKOS.prefLabel, Literal(e.name, lang="vi")))
        for a in sorted(e.aliases):
            g.add((s, SKOS.altLabel, Literal(a, lang="vi")))
        for p in sorted(e.parents):
            if p != e.iri:
                g.add((s, ORG.subOrganizationOf, URIRef(p)))
        for a in sorted(e.articles):
            g.add((s, PROV.wasDerivedFrom, article_iri(a)))
    by_canonical = vocab.roles_by_canonical
    for r in roles:
        s = URIRef(res.role_of[r])
        g.add((s, RDF.type, ORG.Role))
        g.add((s, SKOS.prefLabel, Literal(r, lang="vi")))
        g.add((s, RDFS.label, Literal(r, lang="vi")))
        if r in by_canonical and by_canonical[r].english:
            # English as rdfs:label, not a second skos:prefLabel: readers of the contract
            # take every prefLabel of a role as its Vietnamese title
            g.add((s, RDFS.label, Literal(by_canonical[r].english, lang="en")))
    scheme = ID["doctype"]
    types = {d.type for d in res.documents.values() if d.type}
    if types:
        g.add((scheme, RDF.type, SKOS.ConceptScheme))
        g.add((scheme, SKOS.prefLabel, Literal("Loại văn bản", lang="vi")))
        g.add((scheme, RDFS.label, Literal("Document types", lang="en")))
    english = {dt_.name: dt_.english for dt_ in vocab.doc_types.values()}
    for t in types:
        s = ID[f"doctype/{slugify(t)}"]
        g.add((s, RDF.type, DKG.DocumentType))
        g.add((s, SKOS.prefLabel, Literal(t, lang="vi")))
        if english.get(t):
            g.add((s, RDFS.label, Literal(english[t], lang="en")))
        g.add((s, SKOS.inScheme, scheme))
    for e in res.documents.values():
        s = URIRef(e.iri)
        g.add((s, RDF.type, DKG.Document))
        g.add((s, ELI.id_local, Literal(e.id)))
        if e.type:
            g.add((s, ELI.type_document, ID[f"doctype/{slugify(e.type)}"]))
        if e.date:
            g.add((s, ELI.date_document, _date(e.date)))
        if e.issuer:
            g.add((s, ELI.passed_by, URIRef(e.issuer)))
        if e.title:
            g.add((s, ELI.title, Literal(e.title, lang="vi")))
        for a in sorted(e.articles):
            g.add((s, PROV.wasDerivedFrom, article_iri(a)))


@dataclass(frozen=True, slots=True)
class GraphSet:
    """The built graph: named graph IRI → its triples (rdflib terms, no duplicates).

    Plain sets rather than an rdflib Dataset: the triples are written by Oxigraph's
    serialisers and validated part by part, so nothing needs rdflib's indexes, which cost
    more to fill than the rest of the stage."""

    graphs: dict[URIRef, frozenset[tuple]]

    def quads(self) -> Iterator[tuple]:
        for name in sorted(self.graphs):
            for s, p, o in self.graphs[name]:
                yield s, p, o, name

    def triples(self) -> set[tuple]:
        """The union of the named graphs (what graph.ttl and graph.nt hold)."""
        return set().union(*self.graphs.values())


def build_graphs(all_facts: list[ArticleFacts], res: Resolution, vocab: Vocabulary) -> GraphSet:
    graphs: dict[URIRef, frozenset[tuple]] = {}
    roles: set[str] = set()
    meta: set[tuple] = set()
    agent = ID[f"agent/dangkg/{__version__}"]
    meta.add((agent, RDF.type, PROV.SoftwareAgent))
    meta.add((agent, RDFS.label, Literal(f"dangkg {__version__}")))
    meta.add((agent, DKG.extractorVersion, Literal(__version__)))
    for f in sorted(all_facts, key=lambda f: f.article_key):
        gid = ID[f"graph/{f.article_key}"]
        g: set[tuple] = set()  # a set has the .add the writers below call
        roles |= _article_graph(g, f, res)
        graphs[gid] = frozenset(g)
        activity = ID[f"activity/extract/{f.article_key}"]
        meta.add((gid, PROV.wasGeneratedBy, activity))
        meta.add((gid, PROV.wasDerivedFrom, article_iri(f.article_key)))
        meta.add((activity, RDF.type, PROV.Activity))
        meta.add((activity, PROV.used, article_iri(f.article_key)))
        meta.add((activity, PROV.wasAssociatedWith, agent))
    entities: set[tuple] = set()
    _entities(entities, res, roles, vocab)
    graphs[ENTITIES] = frozenset(entities)
    graphs[META] = frozenset(meta)
    return GraphSet(graphs)


def union_graph(ds: Dataset) -> Graph:
    g = bind(Graph())
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g
