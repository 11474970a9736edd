"""The built graph read back as nodes and links for network analysis and pictures.

One reader for ``kg network`` and ``kg viz``: it asks the store (SPARQL, so a corpus-sized
build reads in seconds) for officials, bodies, meetings and documents, the links between
them (chaired, spoke, presented, attended, organized by, about, holds a post in, part of,
passed by) and, for every fact, the article and the evidence quotes it was read from; and
which officials each article names, and its year (for who is named with whom, and when).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import pyoxigraph as ox

from kg.query import rows as _rows
from kg.iris import ORG
from kg.rdf.build import KIND_CLASS, POST_KINDS

# a post's class → its standing (current, former, accused), as the exporter maps them
STANDING_OF_CLASS = {str(cls): standing for standing, (_, cls) in POST_KINDS.items()}

# node kinds, in the order pictures list them
KINDS = ("official", "body", "meeting", "document")

# meeting predicates → the relation a link records, from participant to meeting
MEETING_ROLES = {"chair": "chaired", "speaker": "spoke", "presenter": "presented", "attendee": "attended"}
# every relation a link records, named in Vietnamese (facts, pages) and English (pages, legends)
RELATION_WORDS = {"chaired": ("chủ trì", "chaired"), "spoke": ("phát biểu", "spoke"),
                  "presented": ("báo cáo", "presented"), "attended": ("dự", "attended"),
                  "organized_by": ("do … tổ chức", "organized by"), "about": ("về", "about"),
                  "holds_post": ("giữ chức", "holds a post"), "part_of": ("thuộc", "part of"),
                  "passed_by": ("do … ban hành", "passed by")}
STANDING_WORDS = {"current": "", "former": "nguyên ", "accused": "(thời điểm vụ án) "}


@dataclass(frozen=True)
class Fact:
    """One statement about a node, with the article it was read from and the article's own
    sentences that say it."""
    text: str
    article: str  # the input file's base name
    evidence: tuple[str, ...] = ()
    year: int | None = None


@dataclass
class Node:
    iri: str
    kind: str  # one of KINDS
    label: str
    detail: str = ""  # a body's kind, a meeting's date, a document's type
    facts: list[Fact] = field(default_factory=list)

    @property
    def years(self) -> tuple[int, ...]:
        return tuple(sorted({f.year for f in self.facts if f.year is not None}))


@dataclass(frozen=True)
class Link:
    source: str
    target: str
    relation: str  # chaired, spoke, presented, attended, organized_by, about, holds_post, part_of, passed_by
    label: str = ""  # the title of a post
    article: str = ""
    year: int | None = None  # of the post's attestation or the meeting's date, where known


@dataclass
class GraphFacts:
    nodes: dict[str, Node]
    links: list[Link]
    # article (its source file) -> the officials it names, sorted; its year where known
    named: dict[str, tuple[str, ...]] = field(default_factory=dict)
    article_years: dict[str, int] = field(default_factory=dict)

    def of_kind(self, kind: str) -> list[Node]:
        return sorted((n for n in self.nodes.values() if n.kind == kind), key=lambda n: (n.label, n.iri))


def _year(*dates: str) -> int | None:
    for d in dates:
        if len(d) >= 4 and d[:4].isdigit():
            return int(d[:4])
    return None


def _evidence(store: ox.Store) -> dict[str, tuple[str, ...]]:
    """Fact node → its evidence quotes in the order they stand in the article."""
    quotes: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for r in _rows(store, """SELECT ?fact ?start ?exact WHERE {
            ?fact dkg:evidence ?ev . ?ev oa:hasSelector ?q , ?pos .
            ?q oa:exact ?exact . ?pos oa:start ?start }"""):
        quotes[r["fact"]].append((int(r["start"]), r["exact"]))
    return {k: tuple(dict.fromkeys(text for _, text in sorted(v))) for k, v in quotes.items()}


def _articles(store: ox.Store) -> dict[str, tuple[str, str]]:
    """Article → (source file, date published)."""
    return {r["a"]: (r["file"], r["date"]) for r in _rows(store, """SELECT ?a ?file ?date WHERE {
            ?a dkg:sourceFile ?file . OPTIONAL { ?a schema:datePublished ?date } }""")}


def _mentioning(quotes: tuple[str, ...], name: str) -> tuple[str, ...]:
    """The quotes that name this person; all of them where none does by the full name."""
    named = tuple(q for q in quotes if name in q)
    return named or quotes


@dataclass
class _Reading:
    """The graph as read so far: the store, the evidence and articles looked up once, and the
    nodes and links found. Each reader below adds one family of them, in the order of
    READERS (a node's kind and label are those of the first reader that finds it)."""
    store: ox.Store
    evidence: dict[str, tuple[str, ...]]  # fact node -> its quotes
    articles: dict[str, tuple[str, str]]  # article -> (source file, date published)
    nodes: dict[str, Node] = field(default_factory=dict)
    links: list[Link] = field(default_factory=list)
    meeting_article: dict[str, tuple[str, str]] = field(default_factory=dict)  # meeting -> (file, date)
    named: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # file -> officials

    def article_years(self) -> dict[str, int]:
        """Article (its file) -> its year: of its publication, else of the earliest meeting
        read from it (the date a post is attested on is chosen the same way)."""
        years = {file: y for file, published in self.articles.values() if (y := _year(published))}
        for file, date in sorted(self.meeting_article.values()):
            if file and file not in years and (y := _year(date)):
                years[file] = y
        return dict(sorted(years.items()))

    def rows(self, query: str) -> list[dict[str, str]]:
        return _rows(self.store, query)

    def facts(self) -> GraphFacts:
        """The nodes and links, each node's facts in one order whatever order the store answered."""
        for node in self.nodes.values():
            node.facts = sorted(dict.fromkeys(node.facts), key=lambda f: (f.year or 0, f.article, f.text, f.evidence))
        links = sorted(set(self.links), key=lambda k: (k.relation, k.source, k.target, k.label, k.article,
                                                         k.year or 0))
        named = {file: tuple(sorted(people)) for file, people in sorted(self.named.items())}
        return GraphFacts(dict(sorted(self.nodes.items())), links, named, self.article_years())


def _officials(g: _Reading) -> None:
    for r in g.rows("""SELECT ?p ?name WHERE {
            VALUES ?t { foaf:Person dkg:Official } ?p a ?t ; foaf:name ?name }"""):
        g.nodes.setdefault(r["p"], Node(r["p"], "official", r["name"]))


def _bodies(g: _Reading) -> None:
    body_classes = " ".join(f"<{c}>" for c in (ORG.Organization, *KIND_CLASS.values()))
    for r in g.rows("""SELECT ?b ?label ?k WHERE {
            VALUES ?k { %s } ?b a ?k ; skos:prefLabel ?label }""" % body_classes):
        kind = r["k"].rsplit("#", 1)[-1]
        node = g.nodes.setdefault(r["b"], Node(r["b"], "body", r["label"], kind))
        if node.detail == "Organization":  # the more specific class wins
            node.detail = kind


def _meetings(g: _Reading) -> None:
    """Meetings: name, date, place, article."""
    for r in g.rows("""SELECT ?m ?name ?date ?place ?a WHERE {
            ?m a dkg:Meeting ; schema:name ?name .
            OPTIONAL { ?m schema:startDate ?date } OPTIONAL { ?m schema:location ?place }
            OPTIONAL { ?m prov:wasDerivedFrom ?a } }"""):
        file, published = g.articles.get(r["a"], ("", ""))
        g.meeting_article[r["m"]] = (file, r["date"] or published)
        node = g.nodes.setdefault(r["m"], Node(r["m"], "meeting", r["name"], r["date"]))
        said = [f"Ngày {r['date']}" if r["date"] else "", f"tại {r['place']}" if r["place"] else ""]
        node.facts.append(Fact(" ".join(s for s in [r["name"]] + said if s), file,
                               g.evidence.get(r["m"], ())[:3], _year(r["date"], published)))


def _meeting_links(g: _Reading) -> None:
    """Who chaired, spoke, presented at or attended a meeting; who organized it; what it was about."""
    for r in g.rows("""SELECT ?m ?rel ?x WHERE {
            VALUES ?rel { dkg:chair dkg:speaker dkg:presenter schema:attendee schema:organizer schema:about }
            ?m a dkg:Meeting ; ?rel ?x }"""):
        m, x, rel = r["m"], r["x"], r["rel"].rsplit("#", 1)[-1].rsplit("/", 1)[-1]
        if x not in g.nodes or m not in g.nodes:
            continue
        file, date = g.meeting_article.get(m, ("", ""))
        meeting, other = g.nodes[m], g.nodes[x]
        quotes = g.evidence.get(m, ())
        if rel == "organizer":
            g.links.append(Link(m, x, "organized_by", article=file))
            meeting.facts.append(Fact(f"Tổ chức: {other.label}", file, (), _year(date)))
            other.facts.append(Fact(f"Tổ chức {meeting.label}", file, quotes[:1], _year(date)))
        elif rel == "about":
            g.links.append(Link(m, x, "about", article=file))
            meeting.facts.append(Fact(f"Bàn về {other.label}", file, _mentioning(quotes, other.label), _year(date)))
            other.facts.append(Fact(f"Được bàn tại {meeting.label}", file, _mentioning(quotes, other.label), _year(date)))
        else:
            _participant(g, meeting, other, MEETING_ROLES[rel], (file, date), quotes)


def _participant(g: _Reading, meeting: Node, other: Node, relation: str, where: tuple[str, str],
                 quotes: tuple[str, ...]) -> None:
    """OTHER chaired, spoke, presented at or attended MEETING, as the article (file, date) says."""
    file, date = where
    g.links.append(Link(other.iri, meeting.iri, relation, article=file, year=_year(date)))
    said, verb = _mentioning(quotes, other.label), RELATION_WORDS[relation][0]
    meeting.facts.append(Fact(f"{other.label} {verb}", file, said, _year(date)))
    other.facts.append(Fact(f"{verb.capitalize()} {meeting.label}"
                            + (f" ({date})" if date else ""), file, said, _year(date)))


def _posts(g: _Reading) -> None:
    """Posts held: current, former, of the time of a criminal case."""
    post_classes = " ".join(f"<{c}>" for c in STANDING_OF_CLASS)
    for r in g.rows("""SELECT ?post ?kind ?p ?title ?b ?a ?attested WHERE {
            VALUES ?kind { %s }
            ?post a ?kind ; org:member ?p ; org:role/skos:prefLabel ?title .
            FILTER(lang(?title) = "vi")
            OPTIONAL { ?post org:organization ?b } OPTIONAL { ?post prov:wasDerivedFrom ?a }
            OPTIONAL { ?post dkg:attestedOn ?attested } }""" % post_classes):
        person = g.nodes.get(r["p"])
        if person is None:
            continue
        standing = STANDING_OF_CLASS[r["kind"]]
        file, published = g.articles.get(r["a"], ("", ""))
        body = g.nodes.get(r["b"])
        title = STANDING_WORDS[standing] + r["title"] + (f" {body.label}" if body else "")
        fact = Fact(title[0].upper() + title[1:], file, g.evidence.get(r["post"], ()),
                    _year(r["attested"], published))
        person.facts.append(fact)
        if body is not None:
            g.links.append(Link(person.iri, body.iri, "holds_post", label=STANDING_WORDS[standing] + r["title"],
                                article=file, year=fact.year))
            body.facts.append(Fact(f"{person.label}: {title}", file, fact.evidence, fact.year))


def _part_of(g: _Reading) -> None:
    for r in g.rows("SELECT ?b ?parent WHERE { ?b org:subOrganizationOf ?parent }"):
        if r["b"] in g.nodes and r["parent"] in g.nodes:
            g.links.append(Link(r["b"], r["parent"], "part_of"))
            g.nodes[r["b"]].facts.append(Fact(f"Thuộc {g.nodes[r['parent']].label}", ""))


def _documents(g: _Reading) -> None:
    """Documents: number, type, date, issuer, title."""
    for r in g.rows("""SELECT ?d ?id ?type ?date ?title ?by WHERE {
            ?d eli:id_local ?id .
            OPTIONAL { ?d eli:type_document/skos:prefLabel ?type FILTER(lang(?type) IN ("vi", "")) }
            OPTIONAL { ?d eli:date_document ?date } OPTIONAL { ?d eli:title ?title }
            OPTIONAL { ?d eli:passed_by ?by } }"""):
        if r["d"] not in g.nodes:
            label = " ".join(s for s in (r["type"], r["id"]) if s)
            g.nodes[r["d"]] = Node(r["d"], "document", label, r["type"])
            said = [f"ngày {r['date']}" if r["date"] else "", r["title"]]
            g.nodes[r["d"]].facts.append(Fact(" ".join(s for s in [label] + said if s), "", (), _year(r["date"])))
        if r["by"] in g.nodes:
            g.links.append(Link(r["d"], r["by"], "passed_by"))
            g.nodes[r["d"]].facts.append(Fact(f"Ban hành: {g.nodes[r['by']].label}", ""))


def _document_mentions(g: _Reading) -> None:
    """Every article that names a document."""
    for r in g.rows("""SELECT ?mention ?d ?a WHERE {
            ?mention dkg:mentions ?d . OPTIONAL { ?mention prov:wasDerivedFrom ?a } }"""):
        if r["d"] in g.nodes:
            file, published = g.articles.get(r["a"], ("", ""))
            g.nodes[r["d"]].facts.append(Fact("Được nêu trong bài", file, g.evidence.get(r["mention"], ()),
                                              _year(published)))


def _named(g: _Reading) -> None:
    """The officials each article names: those the resolver read from it (an official's
    prov:wasDerivedFrom), and, for a graph written without that, the holders of the posts
    and the people at the meetings read from it."""
    for r in g.rows("""SELECT DISTINCT ?p ?a WHERE {
            { VALUES ?t { foaf:Person dkg:Official } ?p a ?t ; prov:wasDerivedFrom ?a }
            UNION { ?post org:member ?p ; prov:wasDerivedFrom ?a }
            UNION { VALUES ?rel { dkg:chair dkg:speaker dkg:presenter schema:attendee }
                    ?m a dkg:Meeting ; ?rel ?p ; prov:wasDerivedFrom ?a } }"""):
        person, article = g.nodes.get(r["p"]), g.articles.get(r["a"])
        if person is not None and person.kind == "official" and article is not None:
            g.named[article[0]].add(person.iri)


# in this order: meetings' links need their nodes, posts their people and bodies, ...
READERS = (_officials, _bodies, _meetings, _meeting_links, _posts, _part_of, _documents, _document_mentions,
           _named)


def read_facts(store: ox.Store) -> GraphFacts:
    """The graph in STORE as nodes (with their facts and evidence) and links."""
    g = _Reading(store, _evidence(store), _articles(store))
    for read in READERS:
        read(g)
    return g.facts()
