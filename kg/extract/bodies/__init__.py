"""Bodies: find their names in text, split how they nest, expand them from the article.

A body's name is a head noun (``Đảng ủy``, ``Bộ``, ``Sở``, ``UBND``; vocab/body_heads.tsv)
followed by its own words and, often, its owner: ``Ủy ban Kiểm tra | Đảng ủy | Cục Thông
tin`` is the inspection committee of the party committee of the Cục. A parsed name is a
chain of :class:`Level` s, innermost body first.

- :mod:`.scan`: where a name ends, word by word (``spec_end``, ``settle_end``, ``ends_name``);
- :mod:`.parse`: the name read at a head (``parse_body``, ``find_bodies``, ``split_levels``);
- :mod:`.registry`: the article's bodies, which fill in bare names (``BodyRegistry``);
- :mod:`.kinds`: party, state, mass or other, and whether a name pins down one body.

The component :func:`add_bodies` runs them over an article (kg.extract.components).
"""
from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from kg.extract.bodies.parse import BodyMention, Level, find_bodies, parse_body, split_levels
from kg.extract.bodies.registry import BodyRegistry, named_units
from kg.extract.bodies.scan import ends_name

if TYPE_CHECKING:
    from kg.extract.context import ArticleContext

__all__ = ["BodyMention", "BodyRegistry", "Level", "add_bodies", "ends_name", "find_bodies", "named_units",
           "parse_body", "split_levels"]


_PLACE_AFTER_BODY = 5  # characters between a body's name and a place read as its own ("UBND | TP. X")


def _body_mentions(ctx: ArticleContext) -> list[BodyMention]:
    barriers = sorted((p.start, p.end) for p in ctx.persons)
    out: list[BodyMention] = []
    for s in ctx.article.sentences:
        # only the names inside the sentence can cut a body's name in it
        inside = barriers[bisect.bisect_left(barriers, (s.start, s.start)) : bisect.bisect_left(barriers, (s.end, s.end))]
        out.extend(find_bodies(ctx.text, s.start, s.end, inside, ctx.vocab, keep_doubtful=True))
    return out


def _province_of_the_article(ctx: ArticleContext, province: str) -> bool:
    """Is the one province an article names the one it is about? Named once, in passing
    and in no body's name (``tráng sĩ hào hoa đất Bình Định``, in an article about the
    Assembly), it places no bare post; named twice, as a province (``kinh tế tỉnh X``), or in
    or right after a body's name (``UBND tỉnh X``, ``UBND TP. X``), it does."""
    at = ctx.text.find(province)
    if ctx.text.count(province) >= 2 or ctx.vocab.memo(("province_unit_end",), lambda: re.compile(
            r"(?:%s)\s*$" % ctx.vocab.alternation("meeting_province_word"))).search(ctx.text, max(0, at - 12), at):
        return True
    return any(b.start <= at <= b.end + _PLACE_AFTER_BODY for b in ctx.body_mentions)


def add_bodies(ctx: ArticleContext) -> None:
    """Component: the bodies the article names, the places, and the article's registry of
    bodies, which fills in bare names (kg.extract.components)."""
    from kg.extract.slug import title_from_url

    text, vocab = ctx.text, ctx.vocab
    ctx.body_mentions = _body_mentions(ctx)
    ctx.places = frozenset(m.group() for m in vocab.place_re.finditer(text))
    # the province the article is about: the one place named that is neither the country
    # nor a centrally-run city
    provinces = set(ctx.places) - vocab.words("own_country") - vocab.words("city")
    province = provinces.pop() if len(provinces) == 1 else None
    if province and not _province_of_the_article(ctx, province):
        province = None
    ctx.registry = BodyRegistry(vocab, province=province,
                                units=named_units(text, vocab, [(p.start, p.end) for p in ctx.persons]),
                                partial=[b.levels for b in ctx.body_mentions if b.doubtful])
    slug_title = title_from_url(ctx.article.source_url, text) if ctx.article.source_url else None
    extra = find_bodies(slug_title, 0, len(slug_title), [], vocab) if slug_title else []
    ctx.registry.add_all(text, ctx.bodies, extra=extra)
    ctx.slug_title = slug_title
