"""Short references: a name written without its surname, resolved to the article's full name.

``ông Duệ`` (an honorific and a given name) is the one full name of the article that ends
in ``Duệ``; ``Lệ Hà`` is ``Nguyễn Thị Lệ Hà`` where the article has both. A middle and a
given name (``bà Bích Thủy``) with no full name in the article refers to someone the
article never names in full: no person entry.
"""
from __future__ import annotations

from typing import NamedTuple

from kg.extract.persons.mentions import PersonMention
from kg.vocab import Vocabulary


class ShortRef(NamedTuple):
    """A given name alone after an honorific (``ông Duệ``)."""
    start: int
    end: int
    given: str
    sentence: int


def fullest_forms(names: list[str], vocab: Vocabulary) -> dict[str, str]:
    """Each name (longest first) to the first longer one that ends in it, or that it writes
    without its gender word (``Huỳnh Thúy Vân`` in the caption of ``bà Huỳnh Thị Thúy Vân``),
    or itself."""
    droppable = vocab.words("droppable_middle")

    def shortened(f: str) -> str | None:
        sylls = f.split()
        return " ".join(sylls[:1] + sylls[2:]) if len(sylls) >= 4 and sylls[1] in droppable else None

    return {n: next((f for f in names if f != n and (f.endswith(" " + n) or shortened(f) == n)), n) for n in names}


def with_fullest_names(found: list[PersonMention], full: dict[str, str]) -> list[PersonMention]:
    return [PersonMention(p.start, p.end, full.get(p.name, p.name), p.sentence, p.title) for p in found]


def drop_unnamed(found: list[PersonMention], vocab: Vocabulary) -> list[PersonMention]:
    """Without the names of a middle and a given name, no surname (``bà Bích Thủy``), nor a
    name cut at an initial, nor a country's name. A title
    right before the name is how the pen names of officials are written (``Chủ tịch Hội
    Nhà báo Việt Nam Hồng Vinh``), so a name ever titled so stays, as do the known pen names."""
    middle = vocab.words("middle_name")
    kept = {p.name for p in found if p.title} | vocab.words("pen_name")
    countries = vocab.words("country")  # "một người đàn ông Hàn Quốc": a country, whatever the steps read
    return [p for p in found if not _cut_at_initial(p.name) and p.name not in countries and (p.name in kept
            or not (len(s := p.name.split()) == 2 and s[0] in middle and s[0] not in vocab.surnames))]


def _cut_at_initial(name: str) -> bool:
    """``Chủ tịch Nguyễn V`` where a page's excerpt ends, ``ông Michael W. Marine``: a
    surname and an initial are a name cut short, not a name."""
    sylls = name.split()
    return len(sylls) == 2 and len(sylls[1]) == 1


def resolve_short_refs(refs: list[ShortRef], full: dict[str, str]) -> list[PersonMention]:
    """``ông Duệ`` → the one full name ending in Duệ; none where the article has none or several."""
    resolved = []
    for start, end, given, sent_index in refs:
        owners = {f for f in full.values() if f.split()[-1] == given}
        if len(owners) == 1:
            resolved.append(PersonMention(start, end, owners.pop(), sent_index))
    return resolved
