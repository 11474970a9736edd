"""Names matched loosely: case, spacing, Unicode form (NFC/NFD) and, for a query typed
without diacritics, the diacritics themselves do not matter; a part of a name matches when
its words are a run of the name's words ("Tấn Dũng" in "Nguyễn Tấn Dũng").

A query that carries diacritics is matched with them, so "Văn Thành" finds no "Văn Thạnh";
one in plain ASCII is matched against the names folded to ASCII (unidecode: đ → d too).
"""
from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Iterable

from unidecode import unidecode


def words(text: str, keep_marks: bool = True) -> tuple[str, ...]:
    """TEXT as lower-case words in one Unicode form (NFC); without its marks unless KEEP_MARKS."""
    text = unicodedata.normalize("NFC", text).casefold()
    if not keep_marks:
        text = unidecode(text).lower()
    return tuple(text.split())


def has_marks(query: str) -> bool:
    """Does QUERY carry anything beyond ASCII (a diacritic, đ)? Then it is matched with them."""
    plain = unicodedata.normalize("NFC", query)
    return unidecode(plain) != plain


def _contains_run(name: tuple[str, ...], part: tuple[str, ...]) -> bool:
    n = len(part)
    return any(name[i:i + n] == part for i in range(len(name) - n + 1))


def matches(query: str, name: str) -> bool:
    """Is QUERY this NAME or a run of its words, loosely (see the module's comment)?"""
    keep = has_marks(query)
    part = words(query, keep)
    return bool(part) and _contains_run(words(name, keep), part)


def find(query: str, names: Iterable[str]) -> list[str]:
    """The NAMES QUERY matches, sorted, each once."""
    return sorted({name for name in names if matches(query, name)})


def select(query: str, named: dict[str, str]) -> list[str]:
    """The keys of NAMED (IRI → name) QUERY picks: the one IRI it is (``<...>`` or bare,
    how a namesake is chosen), else those whose name it matches, sorted; NoMatch, with the
    closest names, where none."""
    iri = query.strip().removeprefix("<").removesuffix(">")
    if iri in named:
        return [iri]
    wanted = set(find(query, named.values()))
    found = sorted(k for k, name in named.items() if name in wanted)
    if not found:
        raise NoMatch(query, closest(query, named.values()), "official's name")
    return found


def closest(query: str, names: Iterable[str], n: int = 5) -> list[str]:
    """The NAMES nearest QUERY as spelled (compared folded to ASCII), nearest first: the
    hint given when nothing matches."""
    folded: dict[str, list[str]] = {}
    for name in sorted(set(names)):
        folded.setdefault(" ".join(words(name, keep_marks=False)), []).append(name)
    wanted = " ".join(words(query, keep_marks=False))
    near = difflib.get_close_matches(wanted, list(folded), n=n, cutoff=0.5)
    return [name for key in near for name in folded[key]][:n]


class NoMatch(LookupError):
    """Nothing is named QUERY; NEAR: the closest names, for the hint."""

    def __init__(self, query: str, near: list[str], what: str = "name"):
        self.query, self.near = query, near
        hint = f"; closest: {', '.join(near)}" if near else ""
        super().__init__(f"no {what} matches {query!r}{hint}")
