"""Extraction: one Article in, its ArticleFacts out. Pure: no I/O, no shared state.

The work is an ordered list of components (kg.extract.components) over one
ArticleContext (kg.extract.context), as spaCy runs its pipeline over a ``Doc``: each
component finds candidates in the article, decides, and writes what it found into the
context for the components after it. :func:`facts_of` then reads the context out as
ArticleFacts.
"""
from __future__ import annotations

from collections import defaultdict

from kg.extract.components import COMPONENTS, Component
from kg.extract.context import ArticleContext
from kg.extract.persons.described import Description
from kg.model import Article, ArticleFacts, Person
from kg.vocab import Vocabulary

__all__ = ["extract_article", "run", "facts_of"]


def run(components: tuple[Component, ...], ctx: ArticleContext) -> ArticleContext:
    for component in components:
        component(ctx)
    return ctx


def _people(ctx: ArticleContext) -> tuple[Person, ...]:
    """Each person once, with the other ways the article writes their name."""
    forms: dict[str, set[str]] = defaultdict(set)
    for p in ctx.persons:
        forms[p.name].add(" ".join(ctx.text[p.start : p.end].split()))
    none = Description()
    return tuple(Person(n, tuple(sorted(f - {n})), (d := ctx.descriptions.get(n, none)).born, d.private)
                 for n, f in sorted(forms.items()))


def facts_of(ctx: ArticleContext) -> ArticleFacts:
    article = ctx.article
    headline = ctx.text[article.headline.start : article.headline.end] if article.headline else ctx.slug_title
    return ArticleFacts(
        article_key=article.key,
        source_file=article.source_file,
        content_hash=article.content_hash,
        published=article.published,
        source_url=article.source_url,
        source_line=article.source_line,
        headline=headline,
        persons=_people(ctx),
        bodies=ctx.registry.bodies(),
        posts=tuple(sorted(ctx.posts, key=lambda p: (p.person, p.role, p.org or ""))),
        meetings=ctx.meetings,
        documents=tuple(ctx.documents),
        places=tuple(sorted(ctx.places)),
        events=tuple(sorted(ctx.events, key=lambda e: (e.person, e.kind, e.role or "", e.org or ""))),
    )


def extract_article(article: Article, vocab: Vocabulary) -> ArticleFacts:
    return facts_of(run(COMPONENTS, ArticleContext(article, vocab)))
