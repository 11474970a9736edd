"""The posts component: who holds what, current, former or accused, and the holders of each
title for the meetings (kg.extract.components)."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.extract.dates import article_now
from kg.extract.posts.accused import accused_persons
from kg.extract.posts.mentions import PostMention, find_post_mentions, resolve_posts
from kg.extract.posts.standing import persons_leaving
from kg.model import Post

if TYPE_CHECKING:
    from kg.extract.context import ArticleContext
    from kg.vocab import Vocabulary


def add_posts(ctx: ArticleContext) -> None:
    """Component: who holds what, current, former or accused, and the holders of each
    title for the meetings (kg.extract.components)."""
    posts = _posts_as_written(ctx)
    # a title the article once calls former ("cựu tổng giám đốc PMU 18 Bùi Tiến Dũng") is
    # former wherever else it gives it to that person, as are the posts of one it reports
    # leaving a post anywhere ("ông Hùng bị cảnh cáo, bố trí công việc khác")
    former_titles = {(p.person, p.role) for p in posts if p.former}
    leaving = persons_leaving(ctx.article, ctx.persons, ctx.vocab)
    posts = [replace(p, former=True) if (p.person, p.role) in former_titles or p.person in leaving else p
             for p in posts]
    posts = _dedupe_posts(posts)
    accused = accused_persons(ctx.article, ctx.persons, ctx.vocab)
    ctx.posts = [replace(p, accused=True) if p.person in accused else p for p in posts]


def _posts_as_written(ctx: ArticleContext) -> list[Post]:
    """Each post the article gives, with its body; a dead leader's title ("Chủ tịch Hồ Chí
    Minh") is remembered, not held."""
    posts: list[Post] = []
    on = None  # the article's "now", read only where a leader of the past is named
    resolved = resolve_posts(find_post_mentions(ctx.article, ctx.persons, ctx.vocab), ctx.registry)
    for m, org in _without_anothers_seat(resolved, ctx.vocab):
        if m.person in ctx.vocab.historical and on is None:
            on = article_now(ctx.text, ctx.article.published, ctx.vocab)
        former = m.former or (on is not None and ctx.vocab.is_historical(m.person, m.role, on))
        posts.append(Post(m.person, m.role, org, ctx.article.evidence(m.sentence), former=former))
    return posts


def _without_anothers_seat(resolved: list[tuple[PostMention, str | None]],
                           vocab: Vocabulary) -> list[tuple[PostMention, str | None]]:
    """A bare title (``Bộ trưởng A``, ``Chủ tịch UBND thành phố A``) takes the article's one
    body of its kind, but not a post one person holds at a time that the article gives
    another by name: in an article on the Bộ Lao động whose minister is B, ``tôi và Bộ trưởng
    A`` speaks of another minister."""
    one_holder = vocab.words("one_holder_title")
    bare = [_bare(m, vocab) or _place_filled_in(m, org, vocab) for m, org in resolved]
    named: dict[tuple[str, str], set[str]] = {}
    for (m, org), is_bare in zip(resolved, bare):
        if org is not None and not m.former and not is_bare:
            named.setdefault((m.role, org), set()).add(m.person)
    return [(m, None if org is not None and is_bare and m.role in one_holder
             and named.get((m.role, org), {m.person}) - {m.person} else org)
            for (m, org), is_bare in zip(resolved, bare)]


def _bare(m: PostMention, vocab: Vocabulary) -> bool:
    """Only the kind of body written (or implied) with the title, and perhaps the kind of its
    unit: ``Bộ trưởng``, ``Chủ tịch UBND thành phố``."""
    return m.levels is not None and len(m.levels) == 1 \
        and (not m.levels[0].own or vocab.phrase_re("place_unit", re.IGNORECASE).fullmatch(m.levels[0].own) is not None)


def _place_filled_in(m: PostMention, org: str | None, vocab: Vocabulary) -> bool:
    """A body written without its place that the article's other mention of it placed
    (``Giám đốc Sở Nông nghiệp và Phát triển nông thôn`` of an article that names the Sở of
    Cà Mau): like a bare title, it is that body only where no one else holds its seat."""
    return org is not None and bool(m.levels) and vocab.place_re.search(org) is not None \
        and vocab.place_re.search(" ".join(lv.text() for lv in m.levels)) is None


def _dedupe_posts(posts: list[Post]) -> list[Post]:
    """One post per person, title, body and standing; a title without a body only where the
    person holds it nowhere with one, nor holds a longer title it opens ("Chủ tịch Trần Văn
    A" of a later sentence, where the article calls him "Chủ tịch nước Trần Văn A")."""
    seen: dict[tuple[str, str, str | None, bool], Post] = {}
    titles: dict[tuple[str, bool], set[str]] = {}
    for p in posts:
        seen.setdefault((p.person, p.role, p.org, p.former), p)
        titles.setdefault((p.person, p.former), set()).add(p.role)
    with_org = {(p, r, f) for p, r, o, f in seen if o is not None}
    return [p for (person, role, org, former), p in seen.items()
            if org is not None or ((person, role, former) not in with_org
                                   and not any(t.startswith(role + " ") for t in titles[(person, former)]))]
