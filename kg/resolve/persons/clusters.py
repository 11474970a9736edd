"""Namesakes clustered on evidence, with cannot-links honoured: a pair merges where its
evidence reaches ``MERGE_AT`` and nothing in the two clusters it would join says they are
two people (a judgement, posts in two provinces in one year), so a namesake is never
chained in through a third mention. Strongest evidence first; people's judgements before
all of it.

Candidates come from the keys members share (kg.resolve.persons.officials), never from all
pairs of a name: members sharing a key are paired all with all up to ``_ALL_PAIRS``, beyond
that (and for the weak keys a title or a province gives, always) each with the key's first
and its neighbour, so a common key costs linear time.
"""
from __future__ import annotations

import datetime as dt
import itertools
from collections import defaultdict
from dataclasses import dataclass, field

from kg.model import MergeEvidence
from kg.resolve.judgements import Judged
from kg.resolve.persons.evidence import MERGE_AT, Score, births_clash, provinces_clash, score
from kg.resolve.persons.frequency import COMMON_NAME, RARE_NAME, VERY_RARE_NAME, NameFrequency
from kg.resolve.persons.officials import Official

_ALL_PAIRS = 8
_CHAINED = ("role", "province", "local title")  # keys too common to pair all with all: each holder with the first and the next
_SHOWN = 5  # mentions of each side a decision shows
_DOMINANT = 4  # how many times the mentions of the next official of a name the main one has
_MAIN_MENTIONS = 5  # the fewest articles of the main official of a name that hints join
_TITLE_HINTS = ("role", "local title")  # the hints that join the main official: the same title
# why a bare mention joins an official of a name not common in a story set in his province
# ("ông Nguyễn Xuân X" in a report on Quảng Nam, whose Chủ tịch UBND tỉnh he is)
_AT_HOME = "the main official of the name, in a story of his province"
_PROMINENT = 10  # articles per possible bearer of a name from which its main official is prominent


@dataclass(frozen=True, slots=True)
class _Pending:
    """A decision before the clusters are final: two members standing for their clusters."""

    a: int
    b: int
    verdict: str
    score: float
    evidence: str
    against: str = ""


@dataclass(frozen=True, slots=True)
class Decision:
    """A pair of clusters of one name the resolver did not merge, and why (for
    ``resolution.json`` and ``kg review``): ``kept apart`` (evidence for, but a reason
    against) or ``undecided`` (evidence too weak)."""

    name: str
    a: tuple[Official, ...]
    b: tuple[Official, ...]
    verdict: str
    score: float
    evidence: str
    against: str = ""

    def as_json(self) -> dict:
        """The decision as ``resolution.json`` writes it: each side by its mentions (at most
        ``_SHOWN`` with what they say, for ``kg review``) and how many it has."""
        def side(officials: tuple[Official, ...]) -> dict:
            return {"mentions": len(officials), "shown": [
                {"article": o.article, "name": o.name, "year": o.year, "posts": o.shown_posts(),
                 "places": sorted(o.places), "sentence": o.sentence} for o in officials[:_SHOWN]]}
        return {"name": self.name, "decision": self.verdict, "score": self.score, "evidence": self.evidence,
                "against": self.against, "a": side(self.a), "b": side(self.b)}


@dataclass(slots=True)
class _Clusters:
    """Union-find over one name's members, each root with what its cluster says against
    another: provinces by year, years of birth, and members judged different."""

    members: list[Official]
    parent: list[int] = field(default_factory=list)
    years: dict[int, dict[int, frozenset[str]]] = field(default_factory=dict)
    born: dict[int, frozenset[int]] = field(default_factory=dict)
    # by root: how many members, how many of them an article introduces as a private person;
    # the roots of clusters with a post in a party or state body
    size: dict[int, int] = field(default_factory=dict)
    private: dict[int, int] = field(default_factory=dict)
    public: set[int] = field(default_factory=set)
    cannot: dict[int, set[int]] = field(default_factory=dict)
    reasons: dict[int, list[MergeEvidence]] = field(default_factory=lambda: defaultdict(list))

    def __post_init__(self) -> None:
        self.parent = list(range(len(self.members)))
        self.years = {i: ({m.year: m.provinces} if m.year and m.provinces else {}) for i, m in enumerate(self.members)}
        self.cannot = {i: set() for i in range(len(self.members))}
        self.born = {i: frozenset([m.born] if m.born else ()) for i, m in enumerate(self.members)}
        self.size = dict.fromkeys(range(len(self.members)), 1)
        self.private = {i: int(m.private) for i, m in enumerate(self.members)}
        self.public = {i for i, m in enumerate(self.members) if m.public}

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def against(self, i: int, j: int) -> str:
        """Why the clusters of i and j are two people ("" where nothing says so)."""
        ri, rj = self.find(i), self.find(j)
        if any(self.find(k) == rj for k in self.cannot[ri]):
            return "judged different"
        if (born := births_clash(self.born[ri], self.born[rj])) is not None:
            return "born in %d and in %d" % born
        year = provinces_clash(self.years[ri], self.years[rj])
        return f"posts in different provinces in {year}" if year is not None else ""

    def union(self, i: int, j: int, why: MergeEvidence) -> None:
        ri, rj = self.find(i), self.find(j)
        self.parent[rj] = ri
        for year, provinces in self.years.pop(rj).items():
            self.years[ri][year] = self.years[ri].get(year, frozenset()) | provinces
        self.cannot[ri] |= self.cannot.pop(rj)
        self.born[ri] |= self.born.pop(rj)
        self.size[ri] += self.size.pop(rj)
        self.private[ri] += self.private.pop(rj)
        if rj in self.public:
            self.public.add(ri)
        self.reasons[ri].extend(self.reasons.pop(rj, []))
        self.reasons[ri].append(why)

    def components(self) -> list[list[int]]:
        comps: dict[int, list[int]] = defaultdict(list)
        for i in range(len(self.members)):
            comps[self.find(i)].append(i)
        return sorted(comps.values())


def _candidates(members: list[Official], bearers: float) -> list[tuple[Score, int, int]]:
    """Pairs of members that share a key, with their score, strongest first."""
    by_key: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, m in enumerate(members):
        for k in m.keys:
            by_key[k].append(i)
        for c in m.companions | m.story:
            if c != m.folded:
                by_key[("companion", c)].append(i)
    pairs: set[tuple[int, int]] = set()
    for key, holders in by_key.items():
        if len(holders) == 1:
            continue
        if len(holders) <= _ALL_PAIRS and key[0] not in _CHAINED:
            pairs.update(itertools.combinations(holders, 2))
        else:
            pairs.update((holders[0], b) for b in holders[1:])
            pairs.update(zip(holders, holders[1:]))
    rare, common = bearers < RARE_NAME, bearers >= COMMON_NAME
    scored = [(-s.value, a, b, s) for a, b in pairs for s in (score(members[a], members[b], rare, common),)]
    scored.sort()  # (a and b tell any two pairs apart: no Score is compared)
    return [(s, a, b) for _, a, b, s in scored]


def _evidence(c: _Clusters, a: int, b: int, words: str, weight: float | None = None) -> MergeEvidence:
    return MergeEvidence((c.members[a].article, c.members[b].article), words, weight)


def _apply_judgements(c: _Clusters, judged: Judged) -> None:
    """People's judgements first: different ones as cannot-links, then same ones merged."""
    index = {(m.article, m.name): i for i, m in enumerate(c.members)}
    for (x, y), verdict in sorted(judged.pairs.items()):
        if x in index and y in index and verdict == "different":
            c.cannot[c.find(index[x])].add(index[y])
            c.cannot[c.find(index[y])].add(index[x])
    for (x, y), verdict in sorted(judged.pairs.items()):
        if x in index and y in index and verdict == "same":
            i, j = index[x], index[y]
            if c.find(i) != c.find(j) and c.against(i, j) != "judged different":
                c.union(i, j, _evidence(c, i, j, "judged same"))


def _merge_on_evidence(c: _Clusters, candidates: list[tuple[Score, int, int]]) -> list[_Pending]:
    """Strongest pairs first; a pair whose clusters something says apart stays apart."""
    kept_apart: dict[tuple[int, int], tuple[Score, int, int, str]] = {}
    for s, a, b in candidates:
        if s.value < MERGE_AT:
            break
        if c.find(a) == c.find(b):
            continue
        if against := c.against(a, b):
            kept_apart.setdefault((a, b), (s, a, b, against))
            continue
        c.union(a, b, _evidence(c, a, b, s.words(), s.value))
    return [_Pending(a, b, "kept apart", s.value, s.words(), against) for s, a, b, against in kept_apart.values()]


def _posted_sizes(c: _Clusters) -> dict[int, int]:
    """The clusters of the name with posts, by root, and how many of their members have posts."""
    sizes: dict[int, int] = defaultdict(int)
    for i, m in enumerate(c.members):
        if not m.bare:
            sizes[c.find(i)] += 1
    return sizes


def _main_official(sizes: dict[int, int]) -> int | None:
    """The official of the name with posts that the news names by far the most: the only
    one, or one with ``_DOMINANT`` times the mentions of the next."""
    ranked = sorted(sizes.items(), key=lambda kv: (-kv[1], kv[0]))
    if not ranked or (len(ranked) > 1 and ranked[0][1] < _DOMINANT * ranked[1][1]):
        return None
    return ranked[0][0]


def _home_provinces(side: list[Official]) -> frozenset[str]:
    """The provinces of the posts of at least half an official's mentions with posts (not
    the one a stray post in one article names)."""
    return _of_half([m.provinces for m in side if not m.bare])


def _home_places(side: list[Official]) -> frozenset[str]:
    """The provinces at least half the stories of a cluster with no post are set in."""
    return _of_half([m.places for m in side])


def _of_half(groups: list[frozenset[str]]) -> frozenset[str]:
    """The provinces named by at least half the groups."""
    counts: dict[str, int] = defaultdict(int)
    for group in groups:
        for p in group:
            counts[p] += 1
    return frozenset(p for p, n in counts.items() if 2 * n >= len(groups))


def _hints_to_main(c: _Clusters, candidates: list[tuple[Score, int, int]]) -> None:
    """A hint of the same title (anywhere, or in one province) joins an official of the name
    to the one the news names by far the most (``_DOMINANT`` times any other, in at
    least ``_MAIN_MENTIONS`` articles): "Phó Chủ tịch Nguyễn Văn Đua" in an article on the
    city whose Phó Chủ tịch of that name a hundred articles name."""
    if len(c.members) <= _MAIN_MENTIONS:
        return  # (most names: too few mentions for a main official)
    main = _main_official(_posted_sizes(c))
    if main is None or c.size[main] < _MAIN_MENTIONS:
        return
    for s, a, b in candidates:
        if not 0 < s.value < MERGE_AT or c.find(a) == c.find(b) or main not in (c.find(a), c.find(b)):
            continue
        # (the same title; not only posts in one province: "Giám đốc Trung tâm Y tế dự phòng
        # TP HCM" of one name is not the city's Chủ tịch of that name)
        if any(kind in _TITLE_HINTS for kind, _ in s.shared) and not c.against(a, b):
            c.union(main, b if c.find(a) == main else a,
                    _evidence(c, a, b, s.words() + "; the main official of the name", MERGE_AT))


def _rare_bare_together(c: _Clusters, bearers: float) -> None:
    """A rare name no article gives a post is one person, however many stories name it bare
    (a defendant in a case reported for months): the name alone is enough where few people
    may bear it, the stories are set in the same provinces and nothing says otherwise.
    Read until nothing joins: a story of Hà Nội joins once another of Huế and Hà Nội has."""
    if len(c.members) < 2 or bearers >= RARE_NAME / 2:
        return
    places = set(c.members[0].places)
    joined = True
    while joined:
        joined = False
        for i, m in enumerate(c.members[1:], 1):
            # (not where the stories are set in different provinces: two thieves of one name,
            # one arrested in TP HCM, one in Hà Nội)
            if c.find(i) == c.find(0) or (places and m.places and not places & m.places) or c.against(0, i):
                continue
            c.union(0, i, _evidence(c, 0, i, "a rare name no article gives a post, in stories of one province", MERGE_AT))
            places |= m.places
            joined = True


def _prominent(c: _Clusters, root: int | None, bearers: float) -> bool:
    """Is the official of cluster ROOT named in so many articles that a bare mention of the
    name is far likelier his than any namesake's: ``_PROMINENT`` articles for each person
    who may bear the name (a defendant of forty reports whose name two people may bear)?"""
    return root is not None and c.size[root] >= _PROMINENT * max(1.0, bearers)


def _main_bare_story(c: _Clusters, bearers: float) -> int | None:
    """Where no article gives the name a post: the cluster of its stories that the news
    tells by far the most (``_DOMINANT`` times any other), if prominent."""
    main = _main_official(c.size)  # (the clusters' sizes, by root)
    return main if _prominent(c, main, bearers) else None


def _bare_join(c: _Clusters, bearers: float, past: dt.date | None = None) -> list[_Pending]:
    """A mention with no post (or a cluster of such, the same story told twice) joins the
    official of its name that has posts, the only one or the one named by far the most
    ("ông Bùi Tiến Dũng" in the tenth report of one case), where the name is rare, that
    official is prominent (``_prominent``), or holds a national post (the news names such
    officials bare: "ông Nguyễn Tấn Dũng") and the name is not a common one, or its article
    names the province of most of his posts and the name is not a common one (``_AT_HOME``);
    and its article names no province that official has no post in (of most of its posts),
    unless the name is rare and the official prominent; and it does not introduce its bearer
    as someone of their own (``_introduced``); and it is no figure of the past's
    (``_of_the_past``). Where no one of the name holds a post, the story the news tells
    most is the official. Otherwise the pair is left for review."""
    sizes = _posted_sizes(c)
    target, anchor = _bare_target(c, sizes, bearers)
    if anchor is None:
        return []
    side = [m for i, m in enumerate(c.members) if c.find(i) == anchor]
    provinces = _home_provinces(side) if sizes else _home_places(side)
    prominent = _prominent(c, target, bearers)
    why = _why_bare_joins(side, target, bearers, prominent)
    anywhere = prominent and bearers < RARE_NAME
    out, seen = [], set()
    for i, m in enumerate(c.members):
        root = c.find(i)
        if root in sizes or root in seen or root == target or _of_the_past(m, past):
            continue
        seen.add(root)
        reason = _reason_to_join(c, i, target, why, provinces, anywhere, bool(sizes), bearers)
        if reason is not None:
            c.union(target, i, _evidence(c, target, i, reason, MERGE_AT))
        elif sizes:
            out.append(_Pending(i, anchor, "undecided", 0.0, f"a bare name; {len(sizes)} officials of it hold posts"))
    return out


def _introduced(c: _Clusters, root: int, official: int) -> bool:
    """Do the stories of cluster ROOT introduce its bearer as someone of their own, not the
    official of cluster OFFICIAL whose name alone they would otherwise be: a private person
    ("anh Nguyễn Văn An (29 tuổi)", "tài xế Lê Minh Hoàng") where the official holds a post
    in a party or state body and most of his articles do not make him one (a firm's manager
    is "anh" or "chị" in the news: "Anh Phạm Tân Văn, Trưởng phòng Kinh doanh Công ty X"), or
    a year of birth where the official's articles give none?"""
    mostly_private = 2 * c.private[official] >= c.size[official]
    private = c.private[root] > 0 and official in c.public and not mostly_private
    return private or bool(c.born[root] and not c.born[official])


def _reason_to_join(c: _Clusters, i: int, target: int | None, why: str | None, home: frozenset[str],
                    anywhere: bool, posted: bool, bearers: float) -> str | None:
    """Why the bare mention I (its cluster) joins the cluster TARGET, or None: WHY, the
    reason the name and its main official give, or a story set in his province HOME
    (``_AT_HOME``); not where the story is set elsewhere (unless ANYWHERE), introduces its
    bearer as someone of their own, or something says they are two."""
    m = c.members[i]
    if target is None or (m.places and home and not m.places & home and not anywhere):
        return None
    if (posted and _introduced(c, c.find(i), target)) or c.against(i, target):
        return None
    return why or (_AT_HOME if posted and bearers < COMMON_NAME and m.places & home else None)


def _of_the_past(m: Official, past: dt.date | None) -> bool:
    """Is M's name, bare in its article, a figure of the past's (or a street's named after
    them): in an article of a year after PAST, any article where streets bear the name
    whoever lived (``dt.date.min``)? ("đường Võ Văn Kiệt" in 2015; "ông Võ Văn Kiệt" in
    2005 is the former Prime Minister alive, and in an article of no year may be.)"""
    if past is None:
        return False
    return past == dt.date.min or (m.year is not None and m.year > past.year)


def _why_bare_joins(side: list[Official], target: int | None, bearers: float, prominent: bool) -> str | None:
    """Why a bare mention may join the main official TARGET (None: it may not)."""
    if target is None:
        return None
    if bearers < RARE_NAME:
        return "the main official of a rare name"
    if prominent:
        return "the one official of that name named by far the most"
    if any(m.national for m in side) and bearers < COMMON_NAME:
        return "the one official of that name, with a national post"
    return None


def _bare_target(c: _Clusters, sizes: dict[int, int], bearers: float) -> tuple[int | None, int | None]:
    """The cluster bare mentions join (None where none is the main official) and the one
    they are weighed against: among the officials with posts, or where no one has a post,
    the story told most once a rare name's stories are gathered."""
    if sizes:
        target = _main_official(sizes)
        return target, target if target is not None else min(sizes)
    _rare_bare_together(c, bearers)
    target = _main_bare_story(c, bearers)
    return target, target


def _posted_to_rare_main(c: _Clusters, bearers: float) -> None:
    """A rare name's official with posts in one article (or in more, with a title of the main
    official's line of posts) joins the prominent main official of the name where nothing says they
    are two and those posts are in his provinces or in none: two people bearing a name a few may bear, one of them in dozens of
    reports, are seldom both in the news ("Trưởng ban Bùi Văn X" of one report, the
    "Phó Tổng giám đốc Bùi Văn X" of forty). Where the name is so rare that two bearers of
    it among all officials are unlikely (``VERY_RARE_NAME``), its officials with posts are
    one whoever is prominent and wherever the posts are: a career across provinces and
    years the articles do not link ("Phó Chủ tịch UBND tỉnh X Lữ Văn A" of one report,
    "Phó Bí thư Tỉnh ủy Y Lữ Văn A" of another, years later)."""
    sizes = _posted_sizes(c)
    if bearers >= RARE_NAME or len(sizes) < 2:
        return
    very_rare = bearers < VERY_RARE_NAME
    main = _main_official(sizes)
    if not _prominent(c, main, bearers):
        if not very_rare:
            return
        main = min(sizes, key=lambda root: (-sizes[root], root))  # (the official named most)
    home = _home_provinces([m for i, m in enumerate(c.members) if c.find(i) == main])
    theirs: dict[int, set[str]] = defaultdict(set)  # the provinces of each other official's posts
    titles: dict[int, set[str]] = defaultdict(set)  # and their titles
    for i, m in enumerate(c.members):
        theirs[c.find(i)] |= m.provinces
        titles[c.find(i)] |= m.roles
    why = "a very rare name, both with posts" if very_rare else "a rare name's other posts, its main official prominent"
    for root in sorted(r for r in sizes if r != main):
        # (not a post in a province where the main official's are in none: the Giám đốc Sở Xây
        # dựng of one province is not the deputy minister of that name; nor a second bearer in
        # the news, posts in two articles or more none of whose titles is of a line of posts
        # the main official's are of: the "hiệu phó" of a college, told twice, is not the
        # deputy director general)
        placed = very_rare or not theirs[root] or theirs[root] & home
        in_the_news = sizes[root] >= 2 and not _related_titles(titles[root], titles[main])
        if placed and (very_rare or not in_the_news) and not c.against(root, main):
            c.union(main, root, _evidence(c, main, root, why, MERGE_AT))


def _related_titles(ours: set[str], theirs: set[str]) -> bool:
    """Does a title of one side hold the words of one of the other's (``Chủ tịch`` and
    ``Chủ tịch nước``, ``Giám đốc`` and ``Quyền Giám đốc``): one line of posts?"""
    return any(f" {a} " in f" {b} " or f" {b} " in f" {a} " for a in ours for b in theirs)


def _undecided(c: _Clusters, candidates: list[tuple[Score, int, int]]) -> list[_Pending]:
    """Pairs of clusters whose best shared evidence is too weak to merge them."""
    best: dict[tuple[int, int], tuple[Score, int, int]] = {}
    for s, a, b in candidates:
        if s.value >= MERGE_AT or s.value <= 0:
            continue
        roots = tuple(sorted((c.find(a), c.find(b))))
        if roots[0] != roots[1]:
            best.setdefault(roots, (s, a, b))
    return [_Pending(a, b, "undecided", s.value, s.words()) for s, a, b in best.values()]


def _decided(c: _Clusters, pending: list[_Pending]) -> list[Decision]:
    """The pending decisions between clusters that stayed apart, one per pair of clusters."""
    sides: dict[int, list[Official]] = defaultdict(list)
    for i, m in enumerate(c.members):
        sides[c.find(i)].append(m)
    out, seen = [], set()
    for p in pending:
        roots = tuple(sorted((c.find(p.a), c.find(p.b))))
        if roots[0] == roots[1] or roots in seen:
            continue
        seen.add(roots)
        out.append(Decision(c.members[p.a].name, tuple(sides[c.find(p.a)]), tuple(sides[c.find(p.b)]), p.verdict,
                            p.score, p.evidence, p.against))
    return out


def cluster_name(members: list[Official], judged: Judged, freq: NameFrequency,
                 past: dt.date | None = None) -> tuple[list[list[int]], dict[int, list[MergeEvidence]], list[Decision]]:
    """One name's members as clusters (indices into MEMBERS, in order), the evidence of each
    cluster's merges under its first member, and the pairs left apart or undecided. PAST:
    from when the name is a figure of the past's, which streets and schools bear
    (Vocabulary.past_figure_since), so that a bare mention of it in an article of a later
    year joins no one."""
    c = _Clusters(members)
    _apply_judgements(c, judged)
    bearers = freq.expected_bearers(members[0].folded)
    candidates = _candidates(members, bearers)
    pending = _merge_on_evidence(c, candidates)
    _hints_to_main(c, candidates)
    _posted_to_rare_main(c, bearers)
    pending += _bare_join(c, bearers, past)
    pending += _undecided(c, candidates)
    comps = c.components()
    return comps, {comp[0]: c.reasons.get(c.find(comp[0]), []) for comp in comps}, _decided(c, pending)
