"""One node per real official, body and document across all articles; deterministic IRIs.

How it decides (also in the README):

- **Bodies.** A body whose name pins it down nationwide (it names a place, or a national
  body such as a ministry or ``Trung ương``) gets one IRI from its name in every article.
  A name that does not (``Tỉnh ủy``, ``Sở Khoa học và Công nghệ`` where the article never
  says which province) gets an IRI inside its article: two such bodies from different
  articles are never assumed to be one.
- **Officials.** Mentions are first grouped per article (short references such as ``ông
  Duệ`` are already folded into the full name). Two articles' officials of the same name
  are one person when their context agrees: a post in the same pinned-down body, a title
  one person holds nationwide (``Thủ tướng``), or, for posts in unpinned bodies, the same
  title in articles that name the same province. An official with no post at all joins the
  one person of that name if there is exactly one; namesakes whose contexts do not meet
  (two provinces' ``Giám đốc Sở KH&CN``) stay apart. Every merge is written to
  ``resolution.json`` with the evidence it rests on.
- **Documents.** A symbol ending in a national issuer code (``22-NQ/TW``, ``16/CT-TTg``)
  is one document per number and year; other symbols (``194-NQ/ĐU``) are one document only
  where the issuing body is pinned down, else per article. Numbers repeat across years
  (``18-NQ/TW`` of 2017 and of 2022), so a dated mention is keyed by its year and an
  undated one joins the only year known for that number: across the archive for the
  party's symbols (numbered through a term), within its article for the state's
  (``88/CP`` is numbered anew each year).
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from kg.ingest.normalize import fold
from kg.ingest.reader import slugify
from kg.model import ArticleFacts, Document
from kg.vocab import Vocabulary, symbol_key

BASE = "https://w3id.org/dangkg/id/"
_RARE_COMPANION = 20  # named in at most this many articles


def _slug(text: str, max_len: int = 80) -> str:
    slug = slugify(text, 10_000)
    if len(slug) <= max_len:
        return slug
    digest = hashlib.sha1(slug.encode()).hexdigest()[:8]
    return f"{slug[: max_len - 9].rstrip('-')}-{digest}"


def unique_slugs(names) -> dict[str, str]:
    """A readable slug per name that never merges two names: unidecode drops Vietnamese
    tone marks, so "Thành"/"Thanh" or "Thủ trưởng"/"Thứ trưởng" share a slug; such names
    each get a short hash of their exact (folded) spelling. Which names collide depends only
    on the build's inputs, so IRIs stay deterministic."""
    folded: dict[str, set[str]] = defaultdict(set)
    names = sorted(set(names))
    for n in names:
        folded[_slug(n)].add(fold(n))
    out = {}
    for n in names:
        slug = _slug(n)
        if len(folded[slug]) > 1:
            slug = f"{slug[:72]}-{hashlib.sha1(fold(n).encode()).hexdigest()[:6]}"
        out[n] = slug
    return out


@dataclass
class PersonEntity:
    iri: str
    name: str
    aliases: set[str] = field(default_factory=set)
    articles: set[str] = field(default_factory=set)


@dataclass
class OrgEntity:
    iri: str
    name: str
    kind: str
    aliases: set[str] = field(default_factory=set)
    parents: set[str] = field(default_factory=set)
    articles: set[str] = field(default_factory=set)


@dataclass
class DocEntity:
    iri: str
    id: str
    type: str | None = None
    date: object = None
    issuer: str | None = None  # org IRI
    title: str | None = None
    articles: set[str] = field(default_factory=set)


@dataclass
class Resolution:
    """The cross-article identity of everything the articles name."""

    persons: dict[str, PersonEntity]
    orgs: dict[str, OrgEntity]
    documents: dict[str, DocEntity]
    person_of: dict[tuple[str, str], str]  # (article key, name) -> IRI
    org_of: dict[tuple[str, str], str]  # (article key, body name) -> IRI
    doc_of: dict[tuple[str, str], str]  # (article key, document key) -> IRI
    merges: list[dict]
    role_of: dict[str, str] = field(default_factory=dict)  # canonical title -> IRI


def _orgs(all_facts: list[ArticleFacts]) -> tuple[dict[str, OrgEntity], dict[tuple[str, str], str]]:
    orgs: dict[str, OrgEntity] = {}
    org_of: dict[tuple[str, str], str] = {}
    slugs = unique_slugs(b.name for f in all_facts for b in f.bodies)
    for f in all_facts:
        for b in f.bodies:
            scope = "" if b.anchored else f"{f.article_key}/"
            org_of[(f.article_key, b.name)] = f"{BASE}org/{scope}{slugs[b.name]}"
        for b in f.bodies:
            iri = org_of[(f.article_key, b.name)]
            e = orgs.setdefault(iri, OrgEntity(iri, b.name, b.kind))
            e.aliases.update(a for a in b.aliases if fold(a) != fold(e.name))
            e.articles.add(f.article_key)
            if b.parent and (f.article_key, b.parent) in org_of:
                e.parents.add(org_of[(f.article_key, b.parent)])
    return orgs, org_of


@dataclass
class _Cluster:
    article: str
    name: str
    posts: set[tuple[str, str | None]]  # (role, org IRI or None)
    anchored: set[tuple[str, str]]  # (role, org IRI) in pinned-down bodies
    places: set[str]
    aliases: set[str]
    companions: set[str]  # the other full names of the article (folded)


def _evidence(a: _Cluster, b: _Cluster, vocab: Vocabulary, anchored_orgs: set[str]) -> str | None:
    shared_orgs = {o for _, o in a.anchored} & {o for _, o in b.anchored}
    if shared_orgs:
        return "same body: " + ", ".join(sorted(shared_orgs))
    roles = vocab.roles_by_canonical
    national = {r for r, _ in a.posts if roles.get(r) and roles[r].national} & {r for r, _ in b.posts}
    if national:
        return "nationally unique title: " + ", ".join(sorted(national))
    local_a = {r for r, o in a.posts if o and o not in anchored_orgs}
    local_b = {r for r, o in b.posts if o and o not in anchored_orgs}
    if local_a & local_b and a.places and a.places == b.places:
        return f"same title ({', '.join(sorted(local_a & local_b))}) in articles about {', '.join(sorted(a.places))}"
    # the same story told twice: other people the two articles both name, and no post of
    # one contradicting the other's
    shared = a.companions & b.companions
    roles_a, roles_b = {r for r, _ in a.posts}, {r for r, _ in b.posts}
    if shared and (not roles_a or not roles_b or roles_a & roles_b):
        return "named with the same people: " + ", ".join(sorted(shared)[:5])
    return None


def _persons(all_facts: list[ArticleFacts], org_of: dict[tuple[str, str], str], orgs: dict[str, OrgEntity],
             vocab: Vocabulary) -> tuple[dict[str, PersonEntity], dict[tuple[str, str], str], list[dict]]:
    anchored_orgs = {iri for iri in orgs if not re.match(re.escape(BASE) + r"org/[^/]+/", iri)}
    name_df = Counter(fold(p.name) for f in all_facts for p in f.persons)
    clusters: dict[str, list[_Cluster]] = defaultdict(list)
    for f in all_facts:
        posts: dict[str, set[tuple[str, str | None]]] = defaultdict(set)
        for p in f.posts:
            posts[p.person].add((p.role, org_of.get((f.article_key, p.org)) if p.org else None))
        # companions that tell a story apart: people named in few articles (a Prime Minister
        # named in both says nothing about who else is)
        full_names = {n for n in (fold(p.name) for p in f.persons if len(p.name.split()) >= 3)
                      if name_df[n] <= _RARE_COMPANION}
        for person in f.persons:
            ps = posts.get(person.name, set())
            clusters[fold(person.name)].append(_Cluster(
                f.article_key, person.name, ps, {(r, o) for r, o in ps if o in anchored_orgs},
                set(f.places), set(person.aliases), full_names - {fold(person.name)}))
    persons: dict[str, PersonEntity] = {}
    person_of: dict[tuple[str, str], str] = {}
    merges: list[dict] = []
    slugs = unique_slugs(group[0].name for group in clusters.values())
    for key in sorted(clusters):
        group = sorted(clusters[key], key=lambda c: c.article)
        parent = list(range(len(group)))

        def find(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        reasons: dict[int, list[dict]] = defaultdict(list)
        for i in range(len(group)):
            for j in range(i + 1, len(group)):
                why = _evidence(group[i], group[j], vocab, anchored_orgs)
                if why and find(i) != find(j):
                    reasons[i].append({"articles": [group[i].article, group[j].article], "evidence": why})
                    parent[find(j)] = find(i)
        components: dict[int, list[int]] = defaultdict(list)
        for i in range(len(group)):
            components[find(i)].append(i)
        slug = slugs[group[0].name]
        for root, members in sorted(components.items(), key=lambda kv: group[kv[1][0]].article):
            first = group[members[0]]
            iri = f"{BASE}person/{slug}"
            if len(components) > 1:
                iri += "-" + hashlib.sha1(first.article.encode()).hexdigest()[:6]
            name = max((group[m].name for m in members), key=lambda n: (len(n), n))
            e = persons.setdefault(iri, PersonEntity(iri, name))
            for m in members:
                c = group[m]
                e.articles.add(c.article)
                e.aliases.update(a for a in c.aliases if a != e.name)
                person_of[(c.article, c.name)] = iri
            if len(members) > 1:
                ev = [r for m in members for r in reasons.get(m, [])]
                merges.append({"person": iri, "name": e.name,
                               "mentions": [{"article": group[m].article, "name": group[m].name} for m in members],
                               "merged_on": ev})
    return persons, person_of, merges


def _issuer_code(doc: Document) -> str:
    """The code a symbol ends in: ``TW`` of 22-NQ/TW, ``CP`` of 88/CP."""
    return symbol_key(re.split(r"[/-]", doc.id)[-1])


def _doc_scope(doc: Document, facts: ArticleFacts, org_of, orgs, vocab: Vocabulary) -> str:
    if _issuer_code(doc) in vocab.national_issuers:
        return ""
    issuer = org_of.get((facts.article_key, doc.issuer)) if doc.issuer else None
    if issuer and not re.match(re.escape(BASE) + r"org/[^/]+/", issuer):
        return _slug(orgs[issuer].name) + "/"
    return facts.article_key + "/"


def _documents(all_facts: list[ArticleFacts], org_of, orgs, vocab: Vocabulary):
    years: dict[tuple[str, str], set[int]] = defaultdict(set)
    scoped: list[tuple[ArticleFacts, Document, str]] = []
    for f in all_facts:
        for d in f.documents:
            scope = _doc_scope(d, f, org_of, orgs, vocab)
            scoped.append((f, d, scope))
            if d.date:
                years[(scope, d.key)].add(d.date.year)
    documents: dict[str, DocEntity] = {}
    doc_of: dict[tuple[str, str], str] = {}
    for f, d, scope in scoped:
        year = d.date.year if d.date else None
        # an undated mention joins the one year its number is known in: across the archive
        # for party symbols numbered through a term, within its own article for state ones
        # numbered by year (88/CP of 1999 is not 88/CP of 2001)
        known = years[(scope, d.key)]
        if scope == "" and _issuer_code(d) not in vocab.term_numbered:
            known = {x.date.year for x in f.documents if x.key == d.key and x.date}
        if year is None and len(known) == 1:
            year = next(iter(known))
        iri = f"{BASE}doc/{scope}{year or 'undated'}/{_slug(d.key)}"
        doc_of[(f.article_key, d.key)] = iri
        e = documents.setdefault(iri, DocEntity(iri, d.id))
        e.articles.add(f.article_key)
        e.type = e.type or d.type
        e.date = e.date or d.date
        e.title = e.title or d.title
        if d.issuer and not e.issuer:
            e.issuer = org_of.get((f.article_key, d.issuer))
        if len(d.id) > len(e.id):
            e.id = d.id
    return documents, doc_of


def resolve(all_facts: list[ArticleFacts], vocab: Vocabulary) -> Resolution:
    all_facts = sorted(all_facts, key=lambda f: f.article_key)
    orgs, org_of = _orgs(all_facts)
    persons, person_of, merges = _persons(all_facts, org_of, orgs, vocab)
    documents, doc_of = _documents(all_facts, org_of, orgs, vocab)
    roles = unique_slugs(p.role for f in all_facts for p in f.posts)
    return Resolution(persons, orgs, documents, person_of, org_of, doc_of, merges,
                      {r: f"{BASE}role/{slug}" for r, slug in roles.items()})
