"""What an article says of a person besides posts: the year they were born, and whether it
introduces them as a private person. The resolver weighs both: a person born in another
year is another person, and a private person the article introduces (``anh Nguyễn Văn A
(29 tuổi)``, ``tài xế Nguyễn Văn A``) is not the minister of that name whose name alone
another article gives.

- born: an age or a year of birth right after the name, in brackets or after a comma
  (``Nguyễn Văn A (29 tuổi)``, ``Nguyễn Văn A, 48 tuổi, ngụ ...``, ``Nguyễn Văn A (SN
  1980)``, ``Nguyễn Văn A (1987, xóm Đò ...)``), in an article with a year, where it makes
  a grown-up;
- private: where the article first names them, a form of address or a standing of private
  life right before the name (``anh``, ``chị``, ``tài xế``, ``sinh viên``, ``đối tượng``),
  or opening its brackets (``Nguyễn Văn A (nhân viên Công ty X)``), or a place of residence
  after it, maybe after an age (``Nguyễn Văn A (ngõ 189 phố Y)``, ``Nguyễn Văn A, 48 tuổi,
  trú tại ...``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from kg.vocab import Vocabulary

if TYPE_CHECKING:
    from kg.extract.context import ArticleContext

_YOUNGEST, _OLDEST = 16, 100  # the ages a year of birth may give a person in the news


@dataclass(frozen=True, slots=True)
class Description:
    born: int | None = None
    private: bool = False


class _Patterns(NamedTuple):
    private_before: re.Pattern[str]
    after: re.Pattern[str]
    residence_next: re.Pattern[str]  # a place of residence right after an age or a year


def _patterns(vocab: Vocabulary) -> _Patterns:
    def make() -> _Patterns:
        standing = vocab.alternation("private_standing")
        return _Patterns(
            re.compile(r"(?<![\w&])(?:%s)\s+$" % standing, re.IGNORECASE),
            re.compile(r"\s*(?:\(|,)\s*(?:(?P<age>\d{1,3})\s+(?:%s)(?!\w)\s*[,;)]?|(?:(?:%s)\s*)?"
                       r"(?P<year>(?:19|20)\d\d)(?!\d)\s*[,;)]|(?P<private>(?:%s|%s)(?!\w)))"
                       % (vocab.alternation("age_word"), vocab.alternation("birth_word"), vocab.alternation("residence_word"),
                          standing)),
            re.compile(r"\s*(?:%s)(?!\w)" % vocab.alternation("residence_word")))
    return vocab.memo(__name__, make)


def describe(text: str, start: int, end: int, year: int | None, vocab: Vocabulary) -> Description:
    """What the words around one mention of a name (TEXT[START:END]) say of its bearer, in an
    article of YEAR."""
    pat = _patterns(vocab)
    private = pat.private_before.search(text, max(0, start - 40), start) is not None
    after = pat.after.match(text, end)
    if after is None:
        return Description(None, private)
    if after.group("private"):
        return Description(None, True)
    # "Lê Văn A, 48 tuổi, ngụ tại ấp X", "Lê Văn A (1987, xóm Đò ...)": an age, then a home
    private = private or pat.residence_next.match(text, after.end()) is not None
    if year is None:
        return Description(None, private)  # (an age, or a year that may be no birth, needs the article's year)
    born = int(after.group("year")) if after.group("year") else year - int(after.group("age"))
    # (not a year of birth where it makes no grown-up: "Nguyễn Tấn Dũng (1998, 2000)", years of a prize)
    return Description(born if _YOUNGEST <= year - born <= _OLDEST else None, private)


def add_descriptions(ctx: ArticleContext) -> None:
    """Component: each person's year of birth (the first an article gives) and whether the
    article introduces them as a private person where it first names them (a chairman
    quoted later on "tư cách đại biểu của anh A" does not make the official "ông A" of the
    headline a private person)."""
    found: dict[str, Description] = {}
    for p in ctx.persons:  # (in the order of the text)
        d = describe(ctx.text, p.start, p.end, ctx.article.year, ctx.vocab)
        had = found.get(p.name)
        found[p.name] = d if had is None else Description(had.born or d.born, had.private)
    ctx.descriptions = found
