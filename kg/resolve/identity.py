"""One node per real official, body and document across all articles; deterministic IRIs.

How it decides (also in the README):

- **Bodies.** A body whose name pins it down nationwide (it names a place, or a national
  body such as a ministry or ``Trung ương``) gets one IRI from its name in every article.
  A name that does not (``Tỉnh ủy``, ``Sở Khoa học và Công nghệ`` where the article never
  says which province) gets an IRI inside its article: two such bodies from different
  articles are never assumed to be one.
- **Officials.** kg.resolve.persons: one article's mentions of a name are one official
  (short references such as ``ông Duệ`` already folded into the full name); officials of
  one name in several articles are clustered on the evidence their posts and companions
  give, with cannot-links honoured and people's judgements first. Every merge, and every
  pair kept apart or undecided, is written to ``resolution.json`` with its evidence.
- **Meetings.** kg.resolve.meetings: the accounts of one day's meeting with the same
  organizer or chair, in several articles, are one meeting.
- **Documents.** A symbol ending in a national issuer code (``22-NQ/TW``, ``16/CT-TTg``)
  is one document per number and year; other symbols (``194-NQ/ĐU``) are one document only
  where the issuing body is pinned down, else per article. Numbers repeat across years
  (``18-NQ/TW`` of 2017 and of 2022), so a dated mention is keyed by its year and an
  undated one joins the only year known for that number: across the archive for the
  party's symbols (numbered through a term), within its article for the state's
  (``88/CP`` is numbered anew each year).
"""
from __future__ import annotations

import contextlib
import datetime as dt
import gc
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field

from kg.ingest.normalize import fold
from kg.iris import bounded_slug, doc_iri, org_iri, role_iri, unique_slugs
from kg.model import ArticleFacts, DocEntity, Document, OrgEntity, Resolution
from kg.resolve.judgements import Judged
from kg.resolve.meetings import resolve_meetings
from kg.resolve.persons import resolve_persons
from kg.vocab import Vocabulary, symbol_key


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


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector off while resolving: resolution makes millions of small
    tuples and sets and no cycles to free, and every full collection would walk the whole
    archive's facts again (a million mentions: 75 s with it, 46 s without)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def resolve(all_facts: list[ArticleFacts], vocab: Vocabulary, judged: Judged | None = None) -> Resolution:
    """The identity of everything ALL_FACTS name, people's JUDGED pairs applied."""
    with _collector_paused():
        return _resolve(all_facts, vocab, judged)


def _resolve(all_facts: list[ArticleFacts], vocab: Vocabulary, judged: Judged | None) -> Resolution:
    all_facts = sorted(all_facts, key=lambda f: f.article_key)
    orgs, org_of = _orgs(all_facts)
    people = resolve_persons(all_facts, org_of, orgs, vocab, judged)
    documents, doc_of = _documents(all_facts, org_of, orgs, vocab)
    meeting_of = resolve_meetings(all_facts, people.person_of, org_of, {i for i, o in orgs.items() if o.anchored},
                                  vocab)
    roles = unique_slugs([p.role for f in all_facts for p in f.posts]
                         + [e.role for f in all_facts for e in f.events if e.role])
    return Resolution(people.persons, orgs, documents, people.person_of, org_of, doc_of, tuple(people.merges),
                      {r: role_iri(slug) for r, slug in roles.items()}, tuple(people.decisions), meeting_of)
