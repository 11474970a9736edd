"""What one article gave, sentence by sentence: ``kg show`` (from a build) and ``kg read``
(one file, no build) both read it here and render it with :func:`render`.

The build keeps one named graph per article (``graph/{key}``, kg.rdf.build): its posts,
meetings, personnel events and document mentions, each with dkg:evidence whose
oa:TextQuoteSelector gives the sentence (oa:exact) and oa:TextPositionSelector its place
(oa:start/oa:end). The view asks that graph only, so a meeting several articles report
shows the chairs and speakers this article names, and orders the sentences by position.
Persons and bodies carry no evidence of their own (they are entities, with
prov:wasDerivedFrom the articles naming them): they are listed for the whole article, and
beside each sentence that writes one of their names.
"""
from __future__ import annotations

import difflib
import json
from collections import defaultdict
from dataclasses import asdict, dataclass, field

import pyoxigraph as ox

from kg.iris import BASE
from kg.network.facts import STANDING_OF_CLASS
from kg.query import rows as _rows

__all__ = ["ArticleNotFound", "ArticleView", "find_article", "manifest_inputs", "read_view", "render", "store_of_file"]

FORMATS = ("text", "json")
_ARTICLE = f"{BASE}article/"
_GRAPH = f"{BASE}graph/"


class ArticleNotFound(LookupError):
    """No article of that name (or several): the message names the closest ones."""


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    facts: list[int] = field(default_factory=list)  # indexes into ArticleView.facts
    persons: list[str] = field(default_factory=list)  # names it writes
    bodies: list[str] = field(default_factory=list)


@dataclass
class ArticleView:
    article: dict[str, str]  # iri, file, line, headline, published, url
    persons: list[dict[str, str]]  # name, other_names, iri
    bodies: list[dict[str, str]]  # name, kind, parent, iri
    facts: list[dict] = field(default_factory=list)  # each: kind, its fields, sentences (indexes)
    sentences: list[Sentence] = field(default_factory=list)


def _name(file: str, line: str) -> str:
    """An article as a person names it: its file, with :LINE for a JSON Lines article."""
    return f"{file}:{line}" if line else file


# ---- which article ----------------------------------------------------------------------------

def _articles(store: ox.Store) -> list[dict[str, str]]:
    return _rows(store, """SELECT ?a ?file ?line WHERE {
        ?a a schema:NewsArticle ; dkg:sourceFile ?file . OPTIONAL { ?a dkg:sourceLine ?line } }""")


def _names_of(row: dict[str, str]) -> set[str]:
    """Every way a user may name this article: IRI, key, file, FILE:LINE (the file alone
    names every article of a JSON Lines file: the caller says which ones)."""
    key = row["a"].removeprefix(_ARTICLE)
    return {row["a"], f"<{row['a']}>", key, row["file"], _name(row["file"], row["line"])}


def manifest_inputs(source) -> dict[str, str]:
    """Each built input of a build folder SOURCE as its manifest.json names it (its path,
    ``PATH:LINE`` for a JSON Lines article) → its article key; none for another SOURCE."""
    from kg.builder.manifest import read_manifest

    rows = read_manifest(source).get("inputs") or []
    return {r["path"] + (f":{r['line']}" if r.get("line") else ""): r["article_key"]
            for r in rows if isinstance(r, dict) and r.get("article_key") and r.get("path")}


def _choice(row: dict[str, str]) -> str:
    """How to name one of several articles of one file name: FILE:LINE, else its key."""
    return _name(row["file"], row["line"]) if row["line"] else row["a"].removeprefix(_ARTICLE)


def find_article(store: ox.Store, name: str, inputs: dict[str, str] | None = None) -> str:
    """The IRI of the article NAME names: its IRI or key, or its input file as the manifest
    names it (INPUTS, :func:`manifest_inputs`: the path as the build was given it), or its
    base name (``FILE:LINE`` for a JSON Lines article). Raises ArticleNotFound, naming the
    closest names, when none or several match."""
    rows = _articles(store)
    name = name.strip()
    if inputs and name in inputs and any(r["a"] == _ARTICLE + inputs[name] for r in rows):
        return _ARTICLE + inputs[name]
    wanted = {name, name.replace("\\", "/").rsplit("/", 1)[-1]}
    found = sorted((r for r in rows if _names_of(r) & wanted), key=lambda r: r["a"])
    if len(found) == 1:
        return found[0]["a"]
    if found:
        many = sorted(_choice(r) for r in found)
        raise ArticleNotFound(f"{name!r} names {len(found)} articles; give one of: {', '.join(many[:10])}")
    names = sorted(_name(r["file"], r["line"]) for r in rows)
    close = difflib.get_close_matches(name.rsplit("/", 1)[-1], names, n=5, cutoff=0.5)
    hint = f"; closest: {', '.join(close)}" if close else f"; the source has {len(names)} articles"
    raise ArticleNotFound(f"no article {name!r}{hint}")


# ---- what it gave -----------------------------------------------------------------------------

def _collapse(rows: list[dict[str, str]], key: str) -> dict[str, dict[str, list[str]]]:
    """Rows grouped by their KEY column: each other column's distinct values, sorted (a
    merged meeting has several names, a body several parents)."""
    grouped: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for r in rows:
        for column, value in r.items():
            if column != key and value:
                grouped[r[key]][column].add(value)
    return {k: {c: sorted(v) for c, v in cols.items()} for k, cols in sorted(grouped.items())}


def _one(values: dict[str, list[str]], column: str) -> str:
    return "; ".join(values.get(column, ()))


def _posts(store: ox.Store, graph: str) -> list[dict]:
    classes = " ".join(f"<{c}>" for c in STANDING_OF_CLASS)
    rows = _rows(store, """SELECT ?x ?cls ?person ?title ?body ?attested ?start ?end WHERE {
        VALUES ?cls { %s }
        GRAPH <%s> { ?x a ?cls ; org:member ?p ; org:role ?r .
            OPTIONAL { ?x dkg:attestedOn ?attested }
            OPTIONAL { ?x org:memberDuring/time:hasBeginning/time:inXSDDate ?start }
            OPTIONAL { ?x org:memberDuring/time:hasEnd/time:inXSDDate ?end } }
        ?p foaf:name ?person . ?r skos:prefLabel ?title FILTER(lang(?title) = "vi")
        OPTIONAL { GRAPH <%s> { ?x org:organization ?b } ?b skos:prefLabel ?body } }""" % (classes, graph, graph))
    return [{"kind": "post", "iri": x, "person": _one(v, "person"), "title": _one(v, "title"),
             "body": _one(v, "body"), "standing": STANDING_OF_CLASS[v["cls"][0]], "attested": _one(v, "attested"),
             "start": _one(v, "start"), "end": _one(v, "end")} for x, v in _collapse(rows, "x").items()]


_MEETING_PARTS = {"chair": "chairs", "speaker": "speakers", "presenter": "presenters", "attendee": "attendees"}


def _meetings(store: ox.Store, graph: str) -> list[dict]:
    """The article's meetings, with the people this article names in each part."""
    rows = _rows(store, """SELECT ?x ?name ?date ?place ?organizer ?about WHERE {
        GRAPH <%s> { ?x a dkg:Meeting .
            OPTIONAL { ?x schema:name|schema:alternateName ?name }
            OPTIONAL { ?x schema:startDate ?date } OPTIONAL { ?x schema:location ?place } }
        OPTIONAL { GRAPH <%s> { ?x schema:organizer ?o } ?o skos:prefLabel ?organizer }
        OPTIONAL { GRAPH <%s> { ?x schema:about ?d } ?d eli:id_local ?about } }""" % (graph, graph, graph))
    parts = _collapse([{"x": r["x"], r["rel"].rsplit("#", 1)[-1].rsplit("/", 1)[-1]: r["person"]}
                       for r in _rows(store, """SELECT ?x ?rel ?person WHERE {
        VALUES ?rel { dkg:chair dkg:speaker dkg:presenter schema:attendee }
        GRAPH <%s> { ?x a dkg:Meeting ; ?rel ?p } ?p foaf:name ?person }""" % graph)], "x")
    return [{"kind": "meeting", "iri": x, "name": _one(v, "name"), "date": _one(v, "date"),
             "place": _one(v, "place"), "organizer": _one(v, "organizer")}
            | {plural: _one(parts.get(x, {}), part) for part, plural in _MEETING_PARTS.items()}
            | {"about": _one(v, "about")} for x, v in _collapse(rows, "x").items()]


def _events(store: ox.Store, graph: str) -> list[dict]:
    rows = _rows(store, """SELECT ?x ?event ?person ?title ?body ?date ?decided_by ?acting WHERE {
        GRAPH <%(g)s> { ?x a dkg:PersonnelEvent ; dkg:eventKind ?k ; dkg:subject ?p .
            OPTIONAL { ?x schema:startDate ?date } OPTIONAL { ?x dkg:acting ?acting } }
        ?p foaf:name ?person . BIND(LCASE(STRAFTER(STR(?k), "#")) AS ?event)
        OPTIONAL { GRAPH <%(g)s> { ?x org:role ?r } ?r skos:prefLabel ?title FILTER(lang(?title) = "vi") }
        OPTIONAL { GRAPH <%(g)s> { ?x org:organization ?b } ?b skos:prefLabel ?body }
        OPTIONAL { GRAPH <%(g)s> { ?x dkg:decidedBy ?by } ?by skos:prefLabel|schema:name ?decided_by } }"""
                 % {"g": graph})
    return [{"kind": "event", "iri": x, "event": _one(v, "event"), "person": _one(v, "person"),
             "title": _one(v, "title"), "body": _one(v, "body"), "date": _one(v, "date"),
             "decided_by": _one(v, "decided_by"), "acting": "yes" if v.get("acting") == ["true"] else ""}
            for x, v in _collapse(rows, "x").items()]


def _documents(store: ox.Store, graph: str) -> list[dict]:
    """Each passage naming a document (dkg:DocumentMention), with what the graph knows of it."""
    rows = _rows(store, """SELECT ?x ?id ?type ?date ?issuer ?title WHERE {
        GRAPH <%s> { ?x a dkg:DocumentMention ; dkg:mentions ?d }
        ?d eli:id_local ?id .
        OPTIONAL { ?d eli:type_document/skos:prefLabel ?type FILTER(lang(?type) IN ("vi", "")) }
        OPTIONAL { ?d eli:date_document ?date } OPTIONAL { ?d eli:title ?title }
        OPTIONAL { ?d eli:passed_by/skos:prefLabel ?issuer } }""" % graph)
    return [{"kind": "document", "iri": x, "id": _one(v, "id"), "type": _one(v, "type"), "date": _one(v, "date"),
             "issuer": _one(v, "issuer"), "title": _one(v, "title")} for x, v in _collapse(rows, "x").items()]


def _evidence(store: ox.Store, graph: str) -> dict[str, list[tuple[int, int, str]]]:
    """Fact node → (start, end, exact) of each sentence it was read from, in text order."""
    found: dict[str, set[tuple[int, int, str]]] = defaultdict(set)
    for r in _rows(store, """SELECT ?x ?start ?end ?exact WHERE { GRAPH <%s> {
            ?x dkg:evidence ?ev . ?ev oa:hasSelector ?q , ?pos .
            ?q oa:exact ?exact . ?pos oa:start ?start ; oa:end ?end } }""" % graph):
        found[r["x"]].add((int(r["start"]), int(r["end"]), r["exact"]))
    return {x: sorted(v) for x, v in found.items()}


def _about(store: ox.Store, article: str) -> dict[str, str]:
    rows = _rows(store, """SELECT ?file ?line ?headline ?published ?url WHERE {
        <%s> dkg:sourceFile ?file . OPTIONAL { <%s> dkg:sourceLine ?line }
        OPTIONAL { <%s> schema:headline ?headline } OPTIONAL { <%s> schema:datePublished ?published }
        OPTIONAL { <%s> schema:url ?url } }""" % ((article,) * 5))
    found = _collapse([{"a": article} | r for r in rows], "a").get(article, {})
    about = {k: _one(found, k) for k in ("file", "line", "headline", "published", "url")}
    return {"iri": article, "name": _name(about["file"], about["line"])} | about


def _persons(store: ox.Store, article: str) -> list[dict[str, str]]:
    rows = _rows(store, """SELECT ?x ?name ?other_names WHERE {
        ?x a dkg:Official ; prov:wasDerivedFrom <%s> ; foaf:name ?name OPTIONAL { ?x skos:altLabel ?other_names } }"""
                 % article)
    return sorted(({"name": _one(v, "name"), "other_names": _one(v, "other_names"), "iri": x}
                   for x, v in _collapse(rows, "x").items()), key=lambda p: (p["name"], p["iri"]))


def _bodies(store: ox.Store, article: str) -> list[dict[str, str]]:
    rows = _rows(store, """SELECT ?x ?name ?kind ?parent ?other_names WHERE {
        VALUES ?k { dkg:PartyOrganization dkg:StateAgency dkg:MassOrganization dkg:OtherOrganization }
        ?x a ?k ; prov:wasDerivedFrom <%s> ; skos:prefLabel ?name .
        BIND(STRAFTER(STR(?k), "#") AS ?kind)
        OPTIONAL { ?x skos:altLabel ?other_names } OPTIONAL { ?x org:subOrganizationOf/skos:prefLabel ?parent } }"""
                 % article)
    return sorted(({"name": _one(v, "name"), "kind": _one(v, "kind"), "parent": _one(v, "parent"),
                    "other_names": _one(v, "other_names"), "iri": x} for x, v in _collapse(rows, "x").items()),
                  key=lambda b: (b["name"], b["iri"]))


def _written(text: str, names: list[dict[str, str]], other_names: bool) -> list[str]:
    """The NAMES that TEXT writes in full, or by another name of two words or more (a
    person's; a body's other names are too often a bare "Cục", "Đảng ủy Cục")."""
    return [n["name"] for n in names if n["name"] in text or other_names and any(
        len(w.split()) > 1 and w in text for w in n["other_names"].split("; "))]


_FACT_READERS = (_posts, _meetings, _events, _documents)
_KIND_ORDER = {"post": 0, "meeting": 1, "event": 2, "document": 3}


def read_view(store: ox.Store, article: str) -> ArticleView:
    """What ARTICLE (its IRI) gave, read from its named graph in STORE."""
    graph = _GRAPH + article.removeprefix(_ARTICLE)
    evidence = _evidence(store, graph)
    facts = [f for read in _FACT_READERS for f in read(store, graph)]
    facts.sort(key=lambda f: (evidence.get(f["iri"], [(0, 0, "")])[0], _KIND_ORDER[f["kind"]],
                              sorted(f.items())))
    view = ArticleView(_about(store, article), _persons(store, article), _bodies(store, article))
    sentences: dict[tuple[int, int, str], list[int]] = defaultdict(list)
    for i, f in enumerate(facts):
        spans = evidence.get(f["iri"], [])
        view.facts.append(f | {"sentences": spans})
        for span in spans:
            sentences[span].append(i)
    for (start, end, text), ids in sorted(sentences.items()):
        view.sentences.append(Sentence(start, end, text, ids, _written(text, view.persons, True),
                                       _written(text, view.bodies, False)))
    index = {(s.start, s.end): n for n, s in enumerate(view.sentences)}
    for f in view.facts:  # a fact names its sentences by their number in the view
        f["sentences"] = [index[(start, end)] for start, end, _ in f["sentences"]]
    return view


# ---- one renderer -----------------------------------------------------------------------------

# each kind of fact: the field it is named by, then the fields said after it
_SAID = {"post": ("person", ("title", "body", "standing", "attested", "start", "end")),
         "meeting": ("name", ("date", "place", "organizer", "chairs", "speakers", "presenters", "attendees", "about")),
         "event": ("person", ("event", "title", "body", "date", "decided_by", "acting")),
         "document": ("id", ("type", "date", "issuer", "title"))}


def _fact_line(n: int, fact: dict) -> str:
    named, fields = _SAID[fact["kind"]]
    said = "; ".join(f"{k.replace('_', ' ')}: {fact[k]}" for k in fields if fact[k])
    return f"{fact['kind']} #{n + 1}: {fact[named]}" + (f" — {said}" if said else "")


def _header(view: ArticleView) -> list[str]:
    a = view.article
    counts: dict[str, int] = defaultdict(int)
    for f in view.facts:
        counts[f["kind"]] += 1
    lines = [f"article: {a['name']}  <{a['iri']}>"]
    lines += [f"{k}: {a[k]}" for k in ("headline", "published", "url") if a[k]]
    lines.append(f"persons ({len(view.persons)}): " + "; ".join(p["name"] for p in view.persons))
    lines.append(f"bodies ({len(view.bodies)}): " + "; ".join(b["name"] for b in view.bodies))
    lines.append("facts: " + ", ".join(f"{counts[k]} {k}{'' if counts[k] == 1 else 's'}" for k in _SAID))
    return lines


def render_text(view: ArticleView) -> str:
    """The article's header, then each sentence a fact was read from (in text order), with
    the facts read from it and the persons and bodies it names; a fact told under an
    earlier sentence is only referred to."""
    lines = _header(view)
    told: set[int] = set()
    for s in view.sentences:
        lines += ["", f"[{s.start}-{s.end}] {' '.join(s.text.split())}"]
        lines += [f"    person: {p}" for p in s.persons] + [f"    body: {b}" for b in s.bodies]
        for i in s.facts:
            fact = view.facts[i]
            lines.append(f"    {fact['kind']} #{i + 1} (above)" if i in told else f"    {_fact_line(i, fact)}")
            told.add(i)
    if not view.sentences:
        lines += ["", "(no sentence of this article gave a post, meeting, event or document)"]
    return "\n".join(lines) + "\n"


def render_json(view: ArticleView) -> str:
    return json.dumps(asdict(view), ensure_ascii=False, indent=1) + "\n"


def render(view: ArticleView, fmt: str = "text") -> str:
    """VIEW as FORMATS says: text for reading, json for programs."""
    return render_json(view) if fmt == "json" else render_text(view)


# ---- one file, no build -------------------------------------------------------------------------

def store_of_file(path, encoding: str | None = None) -> tuple[ox.Store, str]:
    """One article file through the build's own stages (read, extract, resolve, RDF), in
    memory: the store of its graph and the article's IRI. Raises kg.ingest.reader's
    InputError or SkipInput where the build would report the file failed or skipped."""
    from pathlib import Path

    from kg import vocab as vocab_module
    from kg.builder.inputs import InputUnit, article_keys
    from kg.export import ox_quads
    from kg.extract import extract_article
    from kg.ingest.reader import read_file
    from kg.rdf.build import build_graphs
    from kg.resolve.identity import resolve

    path = Path(path)
    vocab = vocab_module.load()
    unit = InputUnit(str(path), str(path.resolve()))
    key = article_keys([unit.name], [unit.id])[0]
    facts = extract_article(read_file(path, vocab, key, encoding), vocab)
    store = ox.Store()
    store.extend(ox_quads(build_graphs([facts], resolve([facts], vocab), vocab)))
    return store, _ARTICLE + key
