"""How much two namesakes' keys say they are one official, and what says they are not.

Weights (a pair merges at ``MERGE_AT``): a pinned-down body or a nationwide title is enough
alone; a body of the one province an article names, or two titles of the national level
(``Bộ trưởng``, ``Phó Thủ tướng``: few people at a time), is enough alone too; a province
shared needs another piece of evidence; a title in a body each province has one of
(``Bí thư Tỉnh ủy``), one side's province unknown, is enough for a name not common (some
sixty holders at a time: two of them bearing a name a few officials bear are seldom two); a
rare companion named with both (the same story told twice) is enough where their titles do
not differ, and so are two names of one big story (each counts half); two posts of a very
rare name are enough whatever they are (in clusters); the same title in an institution of
one name that no place pins down (``Viện Chăn nuôi``) is enough for a name not common.
Against: posts of the same year in bodies of different provinces (one person holds local posts in one
province at a time), and years of birth years apart, which no evidence for outweighs (a
cannot-link).
"""
from __future__ import annotations

from dataclasses import dataclass

from kg.resolve.persons.officials import WEAK_KINDS, Key, Official

MERGE_AT = 2.0
WEIGHTS = {"body": 3.0, "title": 3.0,
           "local": 2.0, "national": 2.0, "implied": 2.0, "named": 2.0, "own name": 2.0, "family": 2.0,
           "institution": 2.0,
           "companion": 2.0, "office": 2.0, "local title": 1.0, "province": 1.0, "role": 1.0}
_COMMON_WEIGHTS = {**WEIGHTS, "office": WEIGHTS["local title"], "own name": WEIGHTS["local title"]}
RARE_NAME_BONUS = 1.0  # what a rare name adds to a key shared (two bearers of a rare name are seldom two)
BIRTH_YEARS_APART = 2  # years of birth this far apart may be one person's
_MAX_COMPANIONS = 2.0  # what companions add at most
_PHRASES = {"body": "same body", "title": "nationally unique title", "local": "same body of the one province named",
            "national": "both hold national posts", "province": "posts in the same province", "role": "same title",
            "local title": "the same title in one province", "office": "the same title in a province's body",
            "rare": "a rare name", "implied": "same title of a national body the article names",
            "named": "a post in a body of the same name",
            "own name": "the same title in an institution of the same name",
            "family": "the same title in bodies of one name",
            "institution": "posts in the same national institution",
            "companion": "named with the same people"}


@dataclass(frozen=True, slots=True)
class Score:
    value: float
    # what it rests on: the post keys and the companions shared, and a rare name; put in
    # order only where the evidence is read out (most scores are never read)
    posts: frozenset[Key]
    companions: tuple[Key, ...]
    rare: bool = False

    @property
    def shared(self) -> tuple[Key, ...]:
        """The keys behind it, strongest first (at most three of each sort)."""
        strongest = sorted(self.posts, key=lambda k: (-WEIGHTS[k[0]], k))[:3]
        return tuple(strongest + sorted(self.companions)[:3] + ([("rare", "")] if self.rare else []))

    def words(self) -> str:
        """The evidence as ``resolution.json`` writes it: ``same body: tỉnh ủy lai châu; named
        with the same people: lê minh khải``."""
        by_kind: dict[str, list[str]] = {}
        for kind, value in self.shared:
            by_kind.setdefault(kind, []).append(value)
        return "; ".join(_PHRASES[kind] + (": " + ", ".join(values) if any(values) else "")
                         for kind, values in by_kind.items())


def score(a: Official, b: Official, rare: bool = False, common: bool = False) -> Score:
    """The evidence that A and B are one official: the strongest key they share, and the
    companions they share (at most ``_MAX_COMPANIONS``): the same story told twice, unless
    both give posts and no title of one is the other's (a rare companion named with two
    officials of one name in two provinces). COMMON: the name is common, so a title every
    province has one holder of weighs no more than a title in one province."""
    posts = a.keys & b.keys
    companions = [("companion", c) for c in a.companions & b.companions if c not in (a.folded, b.folded)]
    story = [("companion", c) for c in a.story & b.story if c not in (a.folded, b.folded)]
    if a.provinces and b.provinces and not a.provinces & b.provinces:
        # posts in different provinces, at times unknown: a title alone says nothing
        posts, companions, story = {k for k in posts if k[0] not in WEAK_KINDS}, [], []
    # (a name of one story counts half: two of them tell the story apart as one rare name does)
    told_twice = WEIGHTS["companion"] * (len(companions) + len(story) / 2)
    companions += story
    if a.roles and b.roles and not a.roles & b.roles:
        told_twice /= 2
    weights = _COMMON_WEIGHTS if common else WEIGHTS
    value = max((weights[k[0]] for k in posts), default=0.0) + min(_MAX_COMPANIONS, told_twice)
    # (posts in one province alone are no more than a hint, whatever the name: a city has
    # many officials, and two of a rare name among them are not rare)
    hinted = companions or any(k[0] != "province" for k in posts)
    rare = rare and bool(hinted)
    return Score(value + RARE_NAME_BONUS * rare, frozenset(posts), tuple(companions), rare)


def births_clash(a: frozenset[int], b: frozenset[int]) -> tuple[int, int] | None:
    """Two years of birth, one of A's and one of B's, where no year of one is within
    ``BIRTH_YEARS_APART`` of a year of the other: A and B are then two people (an age is a
    year off around a birthday, and news get ages wrong by a year)."""
    if not a or not b or any(abs(x - y) <= BIRTH_YEARS_APART for x in a for y in b):
        return None
    return min(a), min(b)


def provinces_clash(a: dict[int, frozenset[str]], b: dict[int, frozenset[str]]) -> int | None:
    """The first year (of articles) in which A's local posts and B's are in different
    provinces only, where there is one: A and B are then two people."""
    for year in sorted(a.keys() & b.keys()):
        if a[year] and b[year] and not a[year] & b[year]:
            return year
    return None
