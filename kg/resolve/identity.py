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

import datetime as dt
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from kg.ingest.normalize import fold
from kg.iris import bounded_slug, doc_iri, org_iri, person_iri, role_iri, unique_slugs
from kg.model import (ArticleFacts, DocEntity, Document, Merge, MergedMention, MergeEvidence, OrgEntity,
                      PersonEntity, Resolution)
from kg.vocab import Vocabulary, symbol_key

_RARE_COMPANION = 20  # named in at most this many articles


# ---- bodies ---------------------------------------------------------------------------------

@dataclass(slots=True)
class _OrgDraft:
    """An OrgEntity while articles add to it (the first body named so gives name and kind)."""

    name: str
    kind: str
    anchored: bool
    aliases: set[str] = field(default_factory=set)
    parents: set[str] = field(default_factory=set)
    articles: set[str] = field(default_factory=set)

    def freeze(self, iri: str) -> OrgEntity:
        return OrgEntity(iri, self.name, self.kind, self.anchored, frozenset(self.aliases),
                         frozenset(self.parents), frozenset(self.articles))


def _orgs(all_facts: list[ArticleFacts]) -> tuple[dict[str, OrgEntity], dict[tuple[str, str], str]]:
    """One entity per IRI: an anchored body's IRI is its name's, anywhere; another body's
    is its name's within its article."""
    drafts: dict[str, _OrgDraft] = {}
    org_of: dict[tuple[str, str], str] = {}
    slugs = unique_slugs(b.name for f in all_facts for b in f.bodies)
    for f in all_facts:
        for b in f.bodies:
            org_of[(f.article_key, b.name)] = org_iri(slugs[b.name], None if b.anchored else f.article_key)
        for b in f.bodies:
            iri = org_of[(f.article_key, b.name)]
            e = drafts.setdefault(iri, _OrgDraft(b.name, b.kind, b.anchored))
            e.aliases.update(a for a in b.aliases if fold(a) != fold(e.name))
            e.articles.add(f.article_key)
            if b.parent and (f.article_key, b.parent) in org_of:
                e.parents.add(org_of[(f.article_key, b.parent)])
    return {iri: e.freeze(iri) for iri, e in drafts.items()}, org_of


# ---- officials ------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class _Cluster:
    """One article's official: what the article says of them, for comparing with others."""

    article: str
    name: str
    posts: set[tuple[str, str | None]]  # (role, org IRI or None)
    anchored: set[tuple[str, str]]  # (role, org IRI) in pinned-down bodies
    places: set[str]
    aliases: set[str]
    companions: set[str]  # the other full names of the article (folded)


def _same_body(a: _Cluster, b: _Cluster) -> str | None:
    """Posts in one pinned-down body: a body has one official of a name."""
    shared_orgs = {o for _, o in a.anchored} & {o for _, o in b.anchored}
    return "same body: " + ", ".join(sorted(shared_orgs)) if shared_orgs else None


def _national_title(a: _Cluster, b: _Cluster, vocab: Vocabulary) -> str | None:
    """A title one person holds nationwide (Thủ tướng), wherever the article places it."""
    roles = vocab.roles_by_canonical
    national = {r for r, _ in a.posts if roles.get(r) and roles[r].national} & {r for r, _ in b.posts}
    return "nationally unique title: " + ", ".join(sorted(national)) if national else None


def _same_local_title(a: _Cluster, b: _Cluster, anchored_orgs: set[str]) -> str | None:
    """The same title in bodies known only within their articles (Giám đốc Sở KH&CN), in
    articles that name the same provinces: the province pins the body down."""
    local_a = {r for r, o in a.posts if o and o not in anchored_orgs}
    local_b = {r for r, o in b.posts if o and o not in anchored_orgs}
    if local_a & local_b and a.places and a.places == b.places:
        return f"same title ({', '.join(sorted(local_a & local_b))}) in articles about {', '.join(sorted(a.places))}"
    return None


def _same_companions(a: _Cluster, b: _Cluster) -> str | None:
    """The same story told twice: other people the two articles both name, and no post of
    one contradicting the other's."""
    shared = a.companions & b.companions
    roles_a, roles_b = {r for r, _ in a.posts}, {r for r, _ in b.posts}
    if shared and (not roles_a or not roles_b or roles_a & roles_b):
        return "named with the same people: " + ", ".join(sorted(shared)[:5])
    return None


def _evidence(a: _Cluster, b: _Cluster, vocab: Vocabulary, anchored_orgs: set[str]) -> str | None:
    """Why A and B are one official, in words, or None: the first kind of evidence that
    holds, strongest first."""
    return (_same_body(a, b) or _national_title(a, b, vocab) or _same_local_title(a, b, anchored_orgs)
            or _same_companions(a, b))


def _clusters(all_facts: list[ArticleFacts], org_of: dict[tuple[str, str], str],
              anchored_orgs: set[str]) -> dict[str, list[_Cluster]]:
    """Every article's officials, grouped by folded name (only namesakes are compared)."""
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
    return clusters


def _link(group: list[_Cluster], vocab: Vocabulary,
          anchored_orgs: set[str]) -> tuple[list[list[int]], dict[int, list[MergeEvidence]]]:
    """Namesakes joined wherever a pair has evidence (union-find): the components, ordered
    by their first article, and the evidence of each link under the member it was found for."""
    parent = list(range(len(group)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    reasons: dict[int, list[MergeEvidence]] = defaultdict(list)
    for i in range(len(group)):
        for j in range(i + 1, len(group)):
            why = _evidence(group[i], group[j], vocab, anchored_orgs)
            if why and find(i) != find(j):
                reasons[i].append(MergeEvidence((group[i].article, group[j].article), why))
                parent[find(j)] = find(i)
    components: dict[int, list[int]] = defaultdict(list)
    for i in range(len(group)):
        components[find(i)].append(i)
    return sorted(components.values(), key=lambda members: group[members[0]].article), reasons


@dataclass(slots=True)
class _PersonDraft:
    """A PersonEntity while components add to it (the first one names it)."""

    name: str
    aliases: set[str] = field(default_factory=set)
    articles: set[str] = field(default_factory=set)

    def freeze(self, iri: str) -> PersonEntity:
        return PersonEntity(iri, self.name, frozenset(self.aliases), frozenset(self.articles))


@dataclass(slots=True)
class _People:
    """What resolving officials makes, while it is being made."""

    drafts: dict[str, _PersonDraft] = field(default_factory=dict)
    person_of: dict[tuple[str, str], str] = field(default_factory=dict)
    merges: list[Merge] = field(default_factory=list)

    def add(self, iri: str, members: list[_Cluster], reasons: list[MergeEvidence]) -> None:
        """One component of namesakes as the official IRI; a merge when it spans articles."""
        name = max((c.name for c in members), key=lambda n: (len(n), n))
        e = self.drafts.setdefault(iri, _PersonDraft(name))
        for c in members:
            e.articles.add(c.article)
            e.aliases.update(a for a in c.aliases if a != e.name)
            self.person_of[(c.article, c.name)] = iri
        if len(members) > 1:
            self.merges.append(Merge(iri, e.name, tuple(MergedMention(c.article, c.name) for c in members),
                                     tuple(reasons)))


def _persons(all_facts: list[ArticleFacts], org_of: dict[tuple[str, str], str], orgs: dict[str, OrgEntity],
             vocab: Vocabulary) -> tuple[dict[str, PersonEntity], dict[tuple[str, str], str], tuple[Merge, ...]]:
    """One entity per official: namesakes joined on evidence, each kept group of namesakes
    apart from the others by a hash of its first article."""
    anchored_orgs = {iri for iri, e in orgs.items() if e.anchored}
    clusters = _clusters(all_facts, org_of, anchored_orgs)
    people = _People()
    slugs = unique_slugs(group[0].name for group in clusters.values())
    for key in sorted(clusters):
        group = sorted(clusters[key], key=lambda c: c.article)
        components, reasons = _link(group, vocab, anchored_orgs)
        slug = slugs[group[0].name]
        for members in components:
            first = group[members[0]].article if len(components) > 1 else None
            people.add(person_iri(slug, first), [group[m] for m in members],
                       [r for m in members for r in reasons.get(m, [])])
    persons = {iri: e.freeze(iri) for iri, e in people.drafts.items()}
    return persons, people.person_of, tuple(people.merges)


# ---- documents ------------------------------------------------------------------------------

def _issuer_code(doc: Document) -> str:
    """The code a symbol ends in: ``TW`` of 22-NQ/TW, ``CP`` of 88/CP."""
    return symbol_key(re.split(r"[/-]", doc.id)[-1])


def _doc_scope(doc: Document, facts: ArticleFacts, org_of: dict[tuple[str, str], str],
               orgs: dict[str, OrgEntity], vocab: Vocabulary) -> str:
    """Where a document's number is unique: "" (national symbols), its pinned-down issuer's
    slug, or else its article's key."""
    if _issuer_code(doc) in vocab.national_issuers:
        return ""
    issuer = org_of.get((facts.article_key, doc.issuer)) if doc.issuer else None
    if issuer and orgs[issuer].anchored:
        return bounded_slug(orgs[issuer].name)
    return facts.article_key


@dataclass(slots=True)
class _DocDraft:
    """A DocEntity while mentions add to it: the longest id, the first type, date, issuer
    and title given."""

    id: str
    type: str | None = None
    date: dt.date | None = None
    issuer: str | None = None
    title: str | None = None
    articles: set[str] = field(default_factory=set)

    def add(self, d: Document, article: str, org_of: dict[tuple[str, str], str]) -> None:
        self.articles.add(article)
        self.type = self.type or d.type
        self.date = self.date or d.date
        self.title = self.title or d.title
        if d.issuer and not self.issuer:
            self.issuer = org_of.get((article, d.issuer))
        if len(d.id) > len(self.id):
            self.id = d.id

    def freeze(self, iri: str) -> DocEntity:
        return DocEntity(iri, self.id, self.type, self.date, self.issuer, self.title, frozenset(self.articles))


def _doc_year(d: Document, facts: ArticleFacts, scope: str, years: set[int], vocab: Vocabulary) -> int | None:
    """The mention's year; an undated mention joins the one year its number is known in:
    across the archive for party symbols numbered through a term, within its own article
    for state ones numbered by year (88/CP of 1999 is not 88/CP of 2001)."""
    if d.date:
        return d.date.year
    known = years
    if scope == "" and _issuer_code(d) not in vocab.term_numbered:
        known = {x.date.year for x in facts.documents if x.key == d.key and x.date}
    return next(iter(known)) if len(known) == 1 else None


def _documents(all_facts: list[ArticleFacts], org_of: dict[tuple[str, str], str], orgs: dict[str, OrgEntity],
               vocab: Vocabulary) -> tuple[dict[str, DocEntity], dict[tuple[str, str], str]]:
    """One entity per document: per scope, number and year (see the module's docstring)."""
    years: dict[tuple[str, str], set[int]] = defaultdict(set)
    scoped: list[tuple[ArticleFacts, Document, str]] = []
    for f in all_facts:
        for d in f.documents:
            scope = _doc_scope(d, f, org_of, orgs, vocab)
            scoped.append((f, d, scope))
            if d.date:
                years[(scope, d.key)].add(d.date.year)
    drafts: dict[str, _DocDraft] = {}
    doc_of: dict[tuple[str, str], str] = {}
    for f, d, scope in scoped:
        iri = doc_iri(scope, _doc_year(d, f, scope, years[(scope, d.key)], vocab), d.key)
        doc_of[(f.article_key, d.key)] = iri
        drafts.setdefault(iri, _DocDraft(d.id)).add(d, f.article_key, org_of)
    return {iri: e.freeze(iri) for iri, e in drafts.items()}, doc_of


def resolve(all_facts: list[ArticleFacts], vocab: Vocabulary) -> Resolution:
    all_facts = sorted(all_facts, key=lambda f: f.article_key)
    orgs, org_of = _orgs(all_facts)
    persons, person_of, merges = _persons(all_facts, org_of, orgs, vocab)
    documents, doc_of = _documents(all_facts, org_of, orgs, vocab)
    roles = unique_slugs([p.role for f in all_facts for p in f.posts]
                         + [e.role for f in all_facts for e in f.events if e.role])
    return Resolution(persons, orgs, documents, person_of, org_of, doc_of, merges,
                      {r: role_iri(slug) for r, slug in roles.items()})
