"""One meeting across the articles that report it: accounts of one day's meeting with the
same organizer or the same chair, whose titles name the same kind of meeting (``Hội nghị``,
``Kỳ họp``), are one node, each article its evidence. The node is named after the first
account (articles in key order); the others' titles are its other names.

Candidates come from (day, organizer) and (day, chair) keys, never from all pairs.
"""
from __future__ import annotations

from collections import defaultdict

from kg.iris import meeting_iri
from kg.model import ArticleFacts, Meeting
from kg.vocab import Vocabulary

Account = tuple[str, int]  # (article key, the meeting's index in the article)


def _kinds(title: str, vocab: Vocabulary) -> frozenset[str]:
    """The kinds of meeting a title names (``hội nghị``, ``kỳ họp``), case-folded."""
    return frozenset(m.group().casefold() for m in vocab.phrase_re("meeting_noun").finditer(title))


def _keys(key: str, mt: Meeting, person_of, org_of, anchored: set[str]) -> set[tuple]:
    """The (day, organizer) and (day, chair) keys of a dated account."""
    keys: set[tuple] = set()
    if mt.organizer and (iri := org_of.get((key, mt.organizer))) in anchored:
        keys.add((mt.date, "organizer", iri))
    keys.update((mt.date, "chair", person_of[(key, c)]) for c in mt.chairs if (key, c) in person_of)
    return keys


def resolve_meetings(all_facts: list[ArticleFacts], person_of, org_of, anchored: set[str],
                     vocab: Vocabulary) -> dict[Account, str]:
    """Each account's meeting IRI: its own, or the first account's of the group it joins."""
    kinds: dict[Account, frozenset[str]] = {}  # of meeting each account's title names
    by_key: dict[tuple, list[Account]] = defaultdict(list)
    for f in all_facts:
        for i, mt in enumerate(f.meetings):
            kinds[(f.article_key, i)] = _kinds(mt.title, vocab)
            if mt.date is not None:
                for k in _keys(f.article_key, mt, person_of, org_of, anchored):
                    by_key[k].append((f.article_key, i))
    parent = {a: a for a in kinds}

    def find(a: Account) -> Account:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    for holders in by_key.values():
        first = min(holders)
        for other in holders:
            # (names that agree: the same kind of meeting, in different articles)
            if other[0] != first[0] and kinds[first] & kinds[other]:
                a, b = sorted((find(first), find(other)))
                parent[b] = a
    return {a: str(meeting_iri(*find(a))) for a in sorted(kinds)}
