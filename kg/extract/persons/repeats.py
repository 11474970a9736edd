"""7. Every other place the article writes a name that one of the steps before has shown
to be a name."""
from __future__ import annotations

import re

from kg.extract.persons.mentions import PersonMention
from kg.model import Article


def confirmed_names(found: list[PersonMention]) -> list[str]:
    """The names found, longest first."""
    return sorted({p.name for p in found}, key=len, reverse=True)


def repeated_mentions(article: Article, found: list[PersonMention], names: list[str]) -> list[PersonMention]:
    """The mentions of the names outside the spans found."""
    if not names:
        return []
    text = article.text
    name_re = re.compile(r"(?<!\w)(?:%s)(?!\w)" % "|".join(map(re.escape, names)))
    have = {(p.start, p.end) for p in found}
    covered = {i for p in found for i in range(p.start, p.end)}  # names are short: a set is exact and fast
    more = []
    for sent in article.sentences:
        for m in name_re.finditer(text, sent.start, sent.end):
            if (m.start(), m.end()) not in have and m.start() not in covered:
                more.append(PersonMention(m.start(), m.end(), m.group(), sent.index))
                covered.update(range(m.start(), m.end()))
    return more
