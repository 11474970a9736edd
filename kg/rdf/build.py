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

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import FOAF, PROV, RDF, RDFS, SKOS, XSD

from kg import __version__
from kg.iris import (DKG, DOCTYPE_SCHEME, ELI, ENTITIES, META, OA, ORG, PREFIXES, SCHEMA, TIME, activity_iri,
                     agent_iri, article_iri, doctype_iri, event_iri, evidence_iri, graph_iri, meeting_iri,
                     mention_iri, post_iri)
from kg.model import EVENT_KINDS, ArticleFacts, Evidence, Meeting, PersonnelEvent, Post, Resolution
from kg.vocab import Vocabulary

__all__ = ["KIND_CLASS", "NODE_CLASSES", "POST_KINDS", "class_values", "GraphSet", "attested_date", "bind", "build_graphs", "post_label",
           "union_graph"]

KIND_CLASS = {"party": DKG.PartyOrganization, "state": DKG.StateAgency, "mass": DKG.MassOrganization,
              "other": DKG.OtherOrganization}

# each kind of node the build counts (the names of kg.model.FACT_COUNTS) -> the classes of its nodes:
# what the build's totals, `kg export --tables` and the loose parameters of kg.query take as one
NODE_CLASSES = {
    "persons": frozenset({DKG.Official, FOAF.Person}),
    "posts": frozenset({ORG.Membership, DKG.FormerPost, DKG.AccusedPost}),  # every post, whatever its standing
    "former_posts": frozenset({DKG.FormerPost}),
    "accused_posts": frozenset({DKG.AccusedPost}),
    "bodies": frozenset(KIND_CLASS.values()),
    "meetings": frozenset({DKG.Meeting}),
    "documents": frozenset({DKG.Document}),
    "events": frozenset({DKG.PersonnelEvent}),
}


def class_values(kind: str) -> str:
    """The classes of NODE_CLASSES[KIND] as the terms of a SPARQL VALUES clause, in one order."""
    return " ".join(f"<{c}>" for c in sorted(map(str, NODE_CLASSES[kind])))


def bind(g: Graph) -> Graph:
    for p, ns in PREFIXES.items():
        g.bind(p, ns, override=True)
    return g


def _date(value: dt.date | dt.datetime) -> Literal:
    if isinstance(value, dt.datetime):
        return Literal(value.isoformat(timespec="seconds"), datatype=XSD.dateTime)
    return Literal(value.isoformat(), datatype=XSD.date)


def _evidence(g: set, fact: URIRef, article: URIRef, key: str, ev: Evidence) -> None:
    node = evidence_iri(key, ev.start, ev.end)
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


def post_label(title: str, body: str | None) -> str:
    """What a post is called: its title and its body's name, "Bí thư Tỉnh ủy Nghệ An" (a
    reader browsing the graph sees the post, not its IRI's article key and number). Words
    ending the title that begin the body's name are said once: "Ủy viên Ban Cán sự" of "Ban
    Cán sự đảng Bộ Y tế" is "Ủy viên Ban Cán sự đảng Bộ Y tế"."""
    words, named = title.split(), (body or "").split()
    folded = [w.casefold() for w in named]
    shared = next((n for n in range(min(len(words) - 1, len(named)), 0, -1)
                   if [w.casefold() for w in words[-n:]] == folded[:n]), 0)
    return " ".join(words[: len(words) - shared] + named)


# Post.standing → (IRI path, class)
POST_KINDS = {"current": ("membership", ORG.Membership), "former": ("former-post", DKG.FormerPost),
               "accused": ("accused-post", DKG.AccusedPost)}


# ---- one article's graph --------------------------------------------------------------------

def _article(g: set, f: ArticleFacts, art: URIRef) -> None:
    """The article itself (schema:NewsArticle): where it was read from and what it says of
    itself, so a reader can find the text every evidence offset refers to."""
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


def _post(g: set, i: int, p: Post, f: ArticleFacts, res: Resolution, art: URIRef, attested) -> None:
    """A post held (org:Membership), a former one (dkg:FormerPost) or one of the time of a
    criminal case (dkg:AccusedPost), with its evidence."""
    key = f.article_key
    path, cls = POST_KINDS[p.standing]
    m = post_iri(path, key, i)
    g.add((m, RDF.type, cls))
    g.add((m, ORG.member, URIRef(res.person_of[(key, p.person)])))
    g.add((m, ORG.role, URIRef(res.role_of[p.role])))
    body = res.org_of.get((key, p.org)) if p.org else None
    if body is not None:
        g.add((m, ORG.organization, URIRef(body)))
    g.add((m, RDFS.label, Literal(post_label(p.role, res.orgs[body].name if body else None), lang="vi")))
    g.add((m, PROV.wasDerivedFrom, art))
    if attested and p.standing == "current":
        g.add((m, DKG.attestedOn, _date(attested)))
    _evidence(g, m, art, key, p.evidence)


def _posts(g: set, f: ArticleFacts, res: Resolution, art: URIRef) -> dict[tuple, URIRef]:
    """Every post of the article, numbered within its standing (so adding a former post
    does not renumber the memberships); returns each post's node by (standing, person,
    role, body)."""
    nodes: dict[tuple, URIRef] = {}
    attested = attested_date(f)
    for standing in POST_KINDS:
        for i, p in enumerate(p for p in f.posts if p.standing == standing):
            _post(g, i, p, f, res, art, attested)
            nodes[(standing, p.person, p.role, p.org)] = post_iri(POST_KINDS[standing][0], f.article_key, i)
    return nodes


# PersonnelEvent.kind -> its dkg:EventKind individual (the contract's names)
EVENT_KIND = {k: DKG[k.capitalize()] for k in EVENT_KINDS}


def _event(g: set, i: int, e: PersonnelEvent, f: ArticleFacts, res: Resolution, art: URIRef) -> URIRef:
    """A personnel event (dkg:PersonnelEvent): kind, person, post, day, who decided it, and
    its evidence."""
    key = f.article_key
    node = event_iri(key, i)
    g.add((node, RDF.type, DKG.PersonnelEvent))
    g.add((node, DKG.eventKind, EVENT_KIND[e.kind]))
    g.add((node, DKG.subject, URIRef(res.person_of[(key, e.person)])))
    if e.role:
        g.add((node, ORG.role, URIRef(res.role_of[e.role])))
    if e.org and (key, e.org) in res.org_of:
        g.add((node, ORG.organization, URIRef(res.org_of[(key, e.org)])))
    if e.date:
        g.add((node, SCHEMA.startDate, _date(e.date)))
    if e.meeting is not None:
        g.add((node, DKG.decidedBy, _meeting_node(res, key, e.meeting)))
    elif e.decided_by and (key, e.decided_by) in res.org_of:
        g.add((node, DKG.decidedBy, URIRef(res.org_of[(key, e.decided_by)])))
    if e.acting:
        g.add((node, DKG.acting, Literal(True)))
    g.add((node, PROV.wasDerivedFrom, art))
    _evidence(g, node, art, key, e.evidence)
    return node


def _term(g: set, post: URIRef, begin: dt.date | None, end: dt.date | None) -> None:
    """A post's term (org:memberDuring, a time:Interval, as W3C ORG suggests): the day the
    events of the article start it, and the day they end it."""
    term = URIRef(f"{post}/term")
    g.add((post, ORG.memberDuring, term))
    g.add((term, RDF.type, TIME.Interval))
    for prop, day, name in ((TIME.hasBeginning, begin, "begin"), (TIME.hasEnd, end, "end")):
        if day is not None:
            instant = URIRef(f"{term}/{name}")
            g.add((term, prop, instant))
            g.add((instant, RDF.type, TIME.Instant))
            g.add((instant, TIME.inXSDDate, _date(day)))


def _events(g: set, f: ArticleFacts, res: Resolution, art: URIRef, posts: dict[tuple, URIRef]) -> None:
    """Each event, linked to the post it starts or ends (dkg:concernsPost); a post several
    events date takes the earliest start and the latest end ("điều động ngày 1/3, bổ nhiệm
    ngày 4/3": one term, begun on 1/3)."""
    begins: dict[URIRef, dt.date] = {}
    ends: dict[URIRef, dt.date] = {}
    for i, e in enumerate(f.events):
        node = _event(g, i, e, f, res, art)
        standing = "current" if e.gives_post else "former" if e.ends_post else None
        post = posts.get((standing, e.person, e.role, e.org))
        if post is None:
            continue
        g.add((node, DKG.concernsPost, post))
        if e.date is not None and e.gives_post:
            begins[post] = min(begins.get(post, e.date), e.date)
        elif e.date is not None:
            ends[post] = max(ends.get(post, e.date), e.date)
    for post in sorted(begins.keys() | ends.keys()):
        _term(g, post, begins.get(post), ends.get(post))


def _meeting_node(res: Resolution, key: str, i: int) -> URIRef:
    """The node of article KEY's I-th meeting: its own, or the one of the meeting several
    articles report (kg.resolve.meetings)."""
    return URIRef(res.meeting_of.get((key, i), meeting_iri(key, i)))


def _meeting(g: set, i: int, mt: Meeting, key: str, res: Resolution, art: URIRef) -> None:
    """A meeting (dkg:Meeting): date, place, organizer, the officials in each part they
    played, the documents it was about, and its evidence. Where several articles report
    it, the first names it, gives its place and organizer; each adds its title as another
    name, its officials, documents and evidence."""
    m = _meeting_node(res, key, i)
    first = m == meeting_iri(key, i)
    title = Literal(" ".join(mt.title.split()))
    g.add((m, RDF.type, DKG.Meeting))
    g.add((m, SCHEMA.name if first else SCHEMA.alternateName, title))
    g.add((m, PROV.wasDerivedFrom, art))
    if mt.date:
        g.add((m, SCHEMA.startDate, _date(mt.date)))
    if mt.location and first:
        g.add((m, SCHEMA.location, Literal(mt.location)))
    if mt.organizer and (key, mt.organizer) in res.org_of and first:
        g.add((m, SCHEMA.organizer, URIRef(res.org_of[(key, mt.organizer)])))
    for prop, names in ((DKG.chair, mt.chairs), (DKG.speaker, mt.speakers),
                        (DKG.presenter, mt.presenters), (SCHEMA.attendee, mt.attendees)):
        for n in names:
            g.add((m, prop, URIRef(res.person_of[(key, n)])))
    for d in mt.documents:
        g.add((m, SCHEMA.about, URIRef(res.doc_of[(key, d)])))
    for ev in mt.evidence:
        _evidence(g, m, art, key, ev)


def _document_mentions(g: set, f: ArticleFacts, res: Resolution, art: URIRef) -> None:
    """One dkg:DocumentMention per passage naming a document, numbered in text order: the
    document itself is an entity; what this article says of it is here."""
    key = f.article_key
    mentions = sorted(((ev.start, d.key, ev) for d in f.documents for ev in d.evidence), key=lambda x: x[:2])
    for i, (_, doc_key, ev) in enumerate(mentions):
        m = mention_iri(key, i)
        g.add((m, RDF.type, DKG.DocumentMention))
        g.add((m, DKG.mentions, URIRef(res.doc_of[(key, doc_key)])))
        g.add((m, PROV.wasDerivedFrom, art))
        _evidence(g, m, art, key, ev)


def _article_graph(g: set, f: ArticleFacts, res: Resolution) -> set[str]:
    """One article's statements; returns the roles it uses."""
    art = article_iri(f.article_key)
    _article(g, f, art)
    posts = _posts(g, f, res, art)
    for i, mt in enumerate(f.meetings):
        _meeting(g, i, mt, f.article_key, res, art)
    _events(g, f, res, art, posts)
    _document_mentions(g, f, res, art)
    return {p.role for p in f.posts} | {e.role for e in f.events if e.role}


# ---- the entities graph ---------------------------------------------------------------------

def _officials(g: set, res: Resolution) -> None:
    """Resolved officials (dkg:Official): name, other spellings, the articles naming them."""
    for e in res.persons.values():
        s = URIRef(e.iri)
        g.add((s, RDF.type, DKG.Official))
        g.add((s, FOAF.name, Literal(e.name)))
        # rdfs:label as well, the one name generic RDF browsers show (foaf:name stays the
        # contract's plain string)
        g.add((s, RDFS.label, Literal(e.name, lang="vi")))
        for a in sorted(e.aliases):
            g.add((s, SKOS.altLabel, Literal(a)))
        for a in sorted(e.articles):
            g.add((s, PROV.wasDerivedFrom, article_iri(a)))


def _bodies(g: set, res: Resolution) -> None:
    """Resolved bodies, classed by kind, with the bodies they sit under."""
    for e in res.orgs.values():
        s = URIRef(e.iri)
        g.add((s, RDF.type, KIND_CLASS[e.kind]))
        g.add((s, SKOS.prefLabel, Literal(e.name, lang="vi")))
        g.add((s, RDFS.label, Literal(e.name, lang="vi")))
        for a in sorted(e.aliases):
            g.add((s, SKOS.altLabel, Literal(a, lang="vi")))
        for p in sorted(e.parents):
            if p != e.iri:
                g.add((s, ORG.subOrganizationOf, URIRef(p)))
        for a in sorted(e.articles):
            g.add((s, PROV.wasDerivedFrom, article_iri(a)))


def _roles(g: set, res: Resolution, roles: set[str], vocab: Vocabulary) -> None:
    """The titles the posts use (org:Role), with their English where the vocabulary has it."""
    for r in roles:
        s = URIRef(res.role_of[r])
        g.add((s, RDF.type, ORG.Role))
        g.add((s, SKOS.prefLabel, Literal(r, lang="vi")))
        g.add((s, RDFS.label, Literal(r, lang="vi")))
        if (known := vocab.role(r)) and known.english:
            # English as rdfs:label, not a second skos:prefLabel: readers of the contract
            # take every prefLabel of a role as its Vietnamese title
            g.add((s, RDFS.label, Literal(known.english, lang="en")))


def _doc_types(g: set, res: Resolution, vocab: Vocabulary) -> None:
    """The document types used, as concepts of one SKOS scheme (written only when some
    document has a type)."""
    types = {d.type for d in res.documents.values() if d.type}
    if types:
        g.add((DOCTYPE_SCHEME, RDF.type, SKOS.ConceptScheme))
        g.add((DOCTYPE_SCHEME, SKOS.prefLabel, Literal("Loại văn bản", lang="vi")))
        g.add((DOCTYPE_SCHEME, RDFS.label, Literal("Document types", lang="en")))
    english = {dt_.name: dt_.english for dt_ in vocab.doc_types.values()}
    for t in types:
        s = doctype_iri(t)
        g.add((s, RDF.type, DKG.DocumentType))
        g.add((s, SKOS.prefLabel, Literal(t, lang="vi")))
        if english.get(t):
            g.add((s, RDFS.label, Literal(english[t], lang="en")))
        g.add((s, SKOS.inScheme, DOCTYPE_SCHEME))


def _documents(g: set, res: Resolution) -> None:
    """Resolved documents (dkg:Document) in ELI terms: local id, type, date, issuer, title."""
    for e in res.documents.values():
        s = URIRef(e.iri)
        g.add((s, RDF.type, DKG.Document))
        g.add((s, ELI.id_local, Literal(e.id)))
        if e.type:
            g.add((s, ELI.type_document, doctype_iri(e.type)))
        if e.date:
            g.add((s, ELI.date_document, _date(e.date)))
        if e.issuer:
            g.add((s, ELI.passed_by, URIRef(e.issuer)))
        if e.title:
            g.add((s, ELI.title, Literal(e.title, lang="vi")))
        for a in sorted(e.articles):
            g.add((s, PROV.wasDerivedFrom, article_iri(a)))


def _entities(g: set, res: Resolution, roles: set[str], vocab: Vocabulary) -> None:
    """The graph of resolved things, one writer per kind of node."""
    _officials(g, res)
    _bodies(g, res)
    _roles(g, res, roles, vocab)
    _doc_types(g, res, vocab)
    _documents(g, res)


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
    agent = agent_iri(__version__)
    meta.add((agent, RDF.type, PROV.SoftwareAgent))
    meta.add((agent, RDFS.label, Literal(f"dangkg {__version__}")))
    meta.add((agent, DKG.extractorVersion, Literal(__version__)))
    for f in sorted(all_facts, key=lambda f: f.article_key):
        gid = graph_iri(f.article_key)
        g: set[tuple] = set()  # a set has the .add the writers below call
        roles |= _article_graph(g, f, res)
        graphs[gid] = frozenset(g)
        activity = activity_iri(f.article_key)
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
