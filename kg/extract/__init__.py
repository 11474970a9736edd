"""Extraction: one Article in, its ArticleFacts out. Pure: no I/O, no shared state.

Order matters only in one direction: names first (so bodies stop before them), then the
bodies the article names (so bare ones can be filled in from them), then posts, documents
and meetings, which use both.
"""
from __future__ import annotations

import bisect
from collections import defaultdict
from dataclasses import replace

from kg.extract.accused import accused_persons
from kg.extract.bodies import BodyMention, BodyRegistry, find_bodies, named_units
from kg.extract.dates import article_now
from kg.extract.documents import DocumentMention, find_documents
from kg.extract.meetings import find_meetings
from kg.extract.persons import PersonMention, find_persons
from kg.extract.posts import find_post_mentions, persons_leaving, resolve_posts
from kg.extract.slug import title_from_url
from kg.model import Article, ArticleFacts, Document, Meeting, Person, Post
from kg.vocab import Vocabulary, lexicon

__all__ = ["extract_article"]


def _body_mentions(article: Article, persons: list[PersonMention], vocab: Vocabulary) -> list[BodyMention]:
    barriers = sorted((p.start, p.end) for p in persons)
    out: list[BodyMention] = []
    for s in article.sentences:
        # only the names inside the sentence can cut a body's name in it
        inside = barriers[bisect.bisect_left(barriers, (s.start, s.start)) : bisect.bisect_left(barriers, (s.end, s.end))]
        out.extend(find_bodies(article.text, s.start, s.end, inside, vocab, keep_doubtful=True))
    return out


def _merge_documents(mentions: list[DocumentMention], registry: BodyRegistry, article: Article) -> list[Document]:
    by_key: dict[str, list[DocumentMention]] = defaultdict(list)
    for m in mentions:
        by_key[m.key].append(m)
    docs = []
    for key, ms in by_key.items():
        full = max(ms, key=lambda m: (m.date is not None, m.issuer is not None, m.title is not None, len(m.id)))
        issuer = next((registry.add(m.issuer) for m in ms if m.issuer), None)
        docs.append(Document(
            key=key,
            id=full.id,
            type=next((m.type.name for m in ms if m.type), None),
            date=next((m.date for m in ms if m.date), None),
            issuer=issuer,
            title=next((m.title for m in ms if m.title), None),
            evidence=tuple(article.evidence(s) for s in sorted({m.sentence for m in ms})),
        ))
    return sorted(docs, key=lambda d: d.key)


def _dedupe_posts(posts: list[Post]) -> list[Post]:
    seen: dict[tuple[str, str, str | None, bool], Post] = {}
    for p in posts:
        seen.setdefault((p.person, p.role, p.org, p.former), p)
    with_org = {(p, r, f) for p, r, o, f in seen if o is not None}
    return [p for (person, role, org, former), p in seen.items()
            if org is not None or (person, role, former) not in with_org]


def extract_article(article: Article, vocab: Vocabulary) -> ArticleFacts:
    text = article.text
    persons = find_persons(article, vocab)
    mentions = _body_mentions(article, persons, vocab)
    bodies = [b for b in mentions if not b.doubtful]
    places = {m.group() for m in vocab.place_re.finditer(text)}
    provinces = places - {"Việt Nam"} - lexicon()["city"]
    registry = BodyRegistry(vocab, province=provinces.pop() if len(provinces) == 1 else None,
                            units=named_units(text, [(p.start, p.end) for p in persons]),
                            partial=[b.levels for b in mentions if b.doubtful])
    slug_title = title_from_url(article.source_url, text) if article.source_url else None
    extra = find_bodies(slug_title, 0, len(slug_title), [], vocab) if slug_title else []
    registry.add_all(text, bodies, extra=extra)

    posts: list[Post] = []
    on = None  # the article's "now", read only where a leader of the past is named
    for m, org in resolve_posts(find_post_mentions(article, persons, vocab), registry):
        # a dead leader's title ("Chủ tịch Hồ Chí Minh") is remembered, not held
        if m.person in vocab.historical and on is None:
            on = article_now(text, article.published)
        former = m.former or (on is not None and vocab.is_historical(m.person, m.role, on))
        posts.append(Post(m.person, m.role, org, article.evidence(m.sentence), former=former))
    # a title the article once calls former ("cựu tổng giám đốc PMU 18 Bùi Tiến Dũng") is
    # former wherever else it gives it to that person, as are the posts of one it reports
    # leaving a post anywhere ("ông Hùng bị cảnh cáo, bố trí công việc khác")
    former_titles = {(p.person, p.role) for p in posts if p.former}
    leaving = persons_leaving(article, persons)
    posts = [replace(p, former=True) if (p.person, p.role) in former_titles or p.person in leaving else p
             for p in posts]
    posts = _dedupe_posts(posts)
    accused = accused_persons(article, persons)
    posts = [replace(p, accused=True) if p.person in accused else p for p in posts]
    role_holders: dict[str, set[str]] = defaultdict(set)
    for p in posts:
        if p.standing == "current":
            role_holders[p.role].add(p.person)

    doc_mentions = find_documents(article, vocab)
    documents = _merge_documents(doc_mentions, registry, article)
    drafts = find_meetings(article, persons, bodies, registry, doc_mentions, role_holders, vocab, slug_title)
    meetings = tuple(
        Meeting(
            title=d.title,
            date=d.date,
            location=d.location,
            organizer=d.organizer,
            chairs=tuple(d.chairs),
            speakers=tuple(d.speakers),
            presenters=tuple(d.presenters),
            attendees=tuple(d.attendees),
            documents=tuple(dict.fromkeys(d.documents)),
            evidence=tuple(article.evidence(s) for s in sorted(d.evidence)),
        )
        for d in drafts
    )

    forms: dict[str, set[str]] = defaultdict(set)
    for p in persons:
        written = " ".join(text[p.start : p.end].split())
        forms[p.name].add(written)
    people = tuple(Person(n, tuple(sorted(f - {n}))) for n, f in sorted(forms.items()))
    return ArticleFacts(
        article_key=article.key,
        source_file=article.source_file,
        content_hash=article.content_hash,
        published=article.published,
        source_url=article.source_url,
        source_line=article.source_line,
        headline=text[article.headline.start : article.headline.end] if article.headline else slug_title,
        persons=people,
        bodies=registry.bodies(),
        posts=tuple(sorted(posts, key=lambda p: (p.person, p.role, p.org or ""))),
        meetings=meetings,
        documents=tuple(documents),
        places=tuple(sorted(places)),
    )
