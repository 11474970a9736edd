"""Officials across articles: one node per real official, decided from evidence.

Each article's officials (kg.resolve.persons.officials) are blocked by name (one spelling
whatever the case, apostrophe or hyphen), scored pair by pair on the keys they share
(kg.resolve.persons.evidence) and clustered with cannot-links honoured
(kg.resolve.persons.clusters), people's judgements first (kg.resolve.judgements). Every
merge keeps its evidence; every pair left apart with evidence for it, or undecided, is a
decision in ``resolution.json`` and a question for ``kg review``.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from kg.iris import person_iri, shared_slugs
from kg.model import ArticleFacts, Merge, MergedMention, MergeEvidence, OrgEntity, PersonEntity
from kg.resolve.judgements import Judged
from kg.resolve.persons.clusters import Decision, cluster_name
from kg.resolve.persons.frequency import NameFrequency
from kg.resolve.persons.officials import Official, article_officials, block_key, folded_name
from kg.vocab import Vocabulary

__all__ = ["Decision", "PersonResolution", "resolve_persons"]


@dataclass(slots=True)
class _Draft:
    name: str
    aliases: set[str] = field(default_factory=set)
    articles: set[str] = field(default_factory=set)

    def freeze(self, iri: str) -> PersonEntity:
        return PersonEntity(iri, self.name, frozenset(self.aliases), frozenset(self.articles))


@dataclass(slots=True)
class PersonResolution:
    """What resolving officials makes."""

    persons: dict[str, PersonEntity] = field(default_factory=dict)
    person_of: dict[tuple[str, str], str] = field(default_factory=dict)  # (article, name) -> IRI
    merges: list[Merge] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)

    def add(self, iri: str, members: list[Official], reasons: list[MergeEvidence]) -> None:
        """One cluster as the official IRI; a merge where it spans articles."""
        name = max((m.name for m in members), key=lambda n: (len(n), n))
        draft = _Draft(name)
        for m in members:
            draft.articles.add(m.article)
            draft.aliases.update(a for a in m.aliases | {m.name} if a != name)
            self.person_of[(m.article, m.name)] = iri
        self.persons[iri] = draft.freeze(iri)
        if len(members) > 1:
            self.merges.append(Merge(iri, name, tuple(MergedMention(m.article, m.name) for m in members),
                                     tuple(reasons)))


def _judged_by_block(judged: Judged) -> dict[str, Judged]:
    """The judgements about each name's officials (a judgement links two mentions of one name)."""
    pairs: dict[str, dict] = defaultdict(dict)
    for (x, y), verdict in judged.pairs.items():
        if block_key(x[1]) == block_key(y[1]):
            pairs[block_key(x[1])][(x, y)] = verdict
    return {key: Judged(p) for key, p in pairs.items()}


def resolve_persons(all_facts: list[ArticleFacts], org_of: dict[tuple[str, str], str], orgs: dict[str, OrgEntity],
                    vocab: Vocabulary, judged: Judged | None = None) -> PersonResolution:
    """One entity per official (ALL_FACTS in article order): each name's clusters, kept
    apart from one another by a hash of their first article."""
    freq = NameFrequency({folded_name(p.name) for f in all_facts for p in f.persons}, vocab.name_prior)
    officials = article_officials(all_facts, org_of, orgs, vocab, freq)
    blocks: dict[str, list[Official]] = defaultdict(list)
    for o in officials:
        blocks[block_key(o.name)].append(o)
    slugs = shared_slugs(members[0].name for members in blocks.values())
    judged_in = _judged_by_block(judged or Judged())
    out = PersonResolution()
    for key in sorted(blocks):
        members = blocks[key]
        comps, reasons, decisions = cluster_name(members, judged_in.get(key, Judged()), freq,
                                                 vocab.past_figure_since(members[0].name))
        slug, spelling = slugs[members[0].name]
        for comp in comps:
            first = members[comp[0]].article if len(comps) > 1 else None
            out.add(person_iri(slug, first, spelling), [members[i] for i in comp], reasons[comp[0]])
        out.decisions.extend(decisions)
    return out
