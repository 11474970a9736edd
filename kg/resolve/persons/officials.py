"""One article's official, as the resolver compares it with namesakes of other articles:
its name's block, its year, and the keys of identity its posts and companions give.

A key is evidence two namesakes share (kg.resolve.persons.evidence weighs them):

- ``body``: a post in a body whose name pins it down (``Ủy ban nhân dân tỉnh Hòa Bình``,
  ``Bộ Tài chính``), or the one national body a bare title sits in (``Phó Thủ tướng`` →
  ``Chính phủ``); a body's parents too (``Ban Thường vụ Tỉnh ủy X`` → ``Tỉnh ủy X``), so that
  posts that follow one another in a career meet;
- ``title``: a title one person holds nationwide (``Thủ tướng``);
- ``local``: a body known only within its article (``Tỉnh ủy``, ``Sở Tư pháp``) in an article
  that names one province only: that province's body;
- ``named``: a title in a body known only within its article whose name goes on past its
  head with a place (``Bí thư Huyện ủy Mê Linh``): namesakes in two bodies of one name are rare;
- ``own name``: a title in an institution or firm known only within its article, named past
  its head (``Viện trưởng Viện Chăn nuôi``): as ``named``, for a name that is not common;
- ``family``, ``institution``: a title in a national body and in the bodies its name begins
  with (``Tổng cục Cảnh sát``, ``Tổng cục Cảnh sát nhân dân``); any post in one national
  institution (``Ủy ban Đối ngoại Quốc hội``, ``Văn phòng Quốc hội``);
- ``national``: a title held at the national level only (``Bộ trưởng``, ``Ủy viên Bộ Chính trị``);
- ``province``: a post in a body of one province, whatever body;
- ``implied``: a title and a national body: of a post in it, or of a post with no body in an
  article naming that body (``Chủ tịch Nguyễn Văn An`` in an article on the Quốc hội);
- ``local title``: a title in a body of a province, or written bare in an article on that
  province only;
- ``office``: a title in a body each province has one of (``Bí thư Tỉnh ủy``, ``Chủ tịch UBND
  tỉnh``), whichever province, so that an article that does not name it meets one that does;
- ``role``: a title, whatever body;
- ``companion``: a full name few articles name, named in the same article (kept once per
  article, in ``Official.companions``); a name of one story (``Official.story``), which
  counts half.
"""
from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from kg.model import ArticleFacts, OrgEntity, Post
from kg.resolve.persons.frequency import COMMON_NAME, RARE_NAME, NameFrequency
from kg.text import fold
from kg.vocab import Vocabulary

RARE_COMPANION = 20  # a companion named in at most this many articles tells a story apart
# a companion whose name few people bear and who holds no national post tells a story apart
# in this many articles: the accused of one big case, named in every report of it ("Huỳnh
# Liên Thuận" in fifty reports of one smuggling trial); not a Vice-Chair of the Quốc hội, who
# attends a painters' congress and a Tết gathering of Vietnamese abroad alike
RARE_NAME_COMPANION = 60
# a full name named in at most this many articles, by no national official, and not a common
# one, names one story's people where a second one is shared too: the defendants of a trial
# reported eighty times ("Trần Văn A" of two reports naming "Nguyễn Văn B" and "Lê Văn C")
STORY_NAME = 100
# an article naming more full names than this is a roster (a committee's members, a list of
# the elected): two people named in one list are not one story told twice, and a bare title
# shared with a roster's member says nothing (a roster of 171 Central Committee members,
# each with posts, meets every namesake's "Bí thư" somewhere)
ROSTER_NAMES = 80
# keys that count for nothing between posts in different provinces, and in a roster
WEAK_KINDS = ("role", "companion", "local title", "office", "own name")
_FEW_BODIES = 3

Key = tuple[str, str]  # (kind, value)


@dataclass(frozen=True, slots=True)
class Official:
    """One article's official (the mentions of one name in one article). What the article
    says of all its officials (its provinces, its rare names) is one object they share."""

    article: str
    name: str
    year: int | None  # of the article
    keys: frozenset[Key]  # of its posts (companions are not among them: see ``companions``)
    provinces: frozenset[str]  # of the bodies of its posts
    aliases: frozenset[str]
    places: frozenset[str] = frozenset()  # the provinces its article names
    roles: frozenset[str] = frozenset()  # the titles of its posts
    posts: tuple[Post, ...] = ()  # the article's posts of it (the facts' own objects), for review
    sentence: str = ""  # a sentence of the article that gives it a post, for review
    companions: frozenset[str] = frozenset()  # the article's rare full names (folded), its own among them
    folded: str = ""  # its name, folded as companions are
    born: int | None = None  # the year of birth its article gives
    private: bool = False  # its article introduces it as a private person ("anh A (29 tuổi)")
    story: frozenset[str] = frozenset()  # the article's other names of one story (STORY_NAME), its own among them

    @property
    def bare(self) -> bool:
        """No post to go on."""
        return not self.keys

    @property
    def public(self) -> bool:
        """Does it hold a post in a party or state body (of the nation or a province), not
        only in a firm or an association?"""
        return any(kind in ("national", "title", "province", "office") for kind, _ in self.keys)

    @property
    def national(self) -> bool:
        """Does it hold a post of the national level?"""
        return any(kind in ("national", "title") for kind, _ in self.keys)

    def shown_posts(self) -> list[str]:
        """Its posts as ``kg review`` writes them: ``Chủ tịch, Ủy ban nhân dân tỉnh X (former)``."""
        return sorted({", ".join(x for x in (p.role, p.org) if x)
                       + ("" if p.standing == "current" else f" ({p.standing})") for p in self.posts})


@functools.lru_cache(maxsize=1 << 17)
def folded_name(name: str) -> str:
    """A person's name folded (kg.text.fold), once per name: a name comes back in many articles."""
    return fold(name)


def block_key(name: str) -> str:
    """The names compared with each other: one spelling whatever the case, apostrophe or
    hyphen (``K'Ré``, ``Kré``, ``K-Ré``)."""
    return folded_name(name).replace("'", "").replace("’", "").replace("-", "")


class _Context:
    """What every article's officials are read against: bodies, provinces, name counts."""

    def __init__(self, all_facts: list[ArticleFacts], org_of: dict[tuple[str, str], str],
                 orgs: dict[str, OrgEntity], vocab: Vocabulary, freq: NameFrequency) -> None:
        self.org_of, self.orgs, self.vocab = org_of, orgs, vocab
        self.bearers = functools.cache(freq.expected_bearers)  # (each name read once, in every article naming it)
        self.name_df = Counter(folded_name(p.name) for f in all_facts for p in f.persons)
        self.province_of: dict[str, str | None] = {}
        self.place_keys: dict[str, str] = {}
        self.unit_first = re.compile(r"(?i)(?:%s)\s+" % vocab.alternation("place_unit"))
        self.unit_before = re.compile(r"(?i)(?<!\w)(?:%s)\s*$" % vocab.alternation("place_unit"))
        self.unit_only = re.compile(r"(?i)(?:%s)" % vocab.alternation("place_unit"))
        self.province_word = {fold(w) for w in vocab.words("province_word")}
        self.province_committees = {fold(w) for w in vocab.words("province_committee")}
        self.national_names = {fold(o.name) for o in orgs.values() if o.anchored and self.province(o) is None}
        self.institutions = sorted({fold(h.head) for h in vocab.heads.values() if h.needs == "none"}, key=len)
        national = functools.cache(self._national_post)  # (by title and body)
        self.national_holders = {folded_name(p.person) for f in all_facts for p in f.posts
                                 if national(p.role, org_of.get((f.article_key, p.org)) if p.org else None)}

    def _national_post(self, title: str, iri: str | None) -> bool:
        """A title held at the national level only, or a post in a national body of the party
        or the state (IRI; not a state firm's: its managers are named in its own stories)."""
        role = self.vocab.role(title)
        body = self.orgs[iri] if iri is not None else None
        return bool(role and (role.national or role.national_level)) \
            or (body is not None and body.kind in ("state", "party") and fold(body.name) in self.national_names)

    def companions(self, full: set[str]) -> tuple[frozenset[str], frozenset[str]]:
        """The article's full names (FULL, folded) few articles name, and its other names of
        one story (``STORY_NAME``): none in a roster."""
        if len(full) > ROSTER_NAMES:
            return frozenset(), frozenset()
        local = {n for n in full if n not in self.national_holders}
        rare = frozenset(n for n in full if self.name_df[n] <= RARE_COMPANION
                         or (n in local and self.name_df[n] <= RARE_NAME_COMPANION and self.bearers(n) < RARE_NAME))
        return rare, frozenset(n for n in local - rare if self.name_df[n] <= STORY_NAME and self.bearers(n) < COMMON_NAME)

    def national_bodies(self, f: ArticleFacts) -> list[str]:
        """The pinned-down bodies of no province the article names (Quốc hội, Bộ Tài chính),
        where they are few enough to say which one a bare title belongs to."""
        orgs = (self.orgs[self.org_of[(f.article_key, b.name)]] for b in f.bodies)
        found = sorted({fold(o.name) for o in orgs if o.anchored and self.province(o) is None})
        return found if len(found) <= _FEW_BODIES else []

    def names_a_place(self, name: str) -> bool:
        """Does a body's name go on past a head that needs a place with that place's name
        (``Huyện ủy Mê Linh``; not ``Tỉnh ủy``, nor ``Sở Tài chính``, whose name is no place,
        nor ``Ủy ban nhân dân tỉnh``, whose unit word names none)?"""
        head = self.vocab.head_re.match(name)
        found = self.vocab.head(head.group()) if head else None
        rest = name[head.end() :].strip() if head else ""
        return found is not None and found.needs == "place" and bool(rest) and not self.unit_only.fullmatch(rest)

    def names_itself(self, name: str) -> bool:
        """Does a body's name go on past a head that needs a name of its own (``Viện Chăn
        nuôi``, ``Công ty Thành Công``; not a bare ``Viện``)?"""
        head = self.vocab.head_re.match(name)
        found = self.vocab.head(head.group()) if head else None
        return found is not None and found.needs == "name" and bool(name[head.end() :].strip())

    def name_prefixes(self, name: str) -> list[str]:
        """A body's name cut after each of its own words from the second on (the head and at
        least two words: ``tổng cục cảnh sát``, ``tổng cục cảnh sát nhân``, ...), folded."""
        head = self.vocab.head_re.match(name)
        if head is None:
            return []
        own = fold(name[head.end() :]).split()
        start = fold(head.group())
        return [" ".join([start, *own[:k]]) for k in range(min(2, len(own)), len(own) + 1) if k]

    def owners(self, name: str) -> list[str]:
        """The national bodies a national body's (folded) name ends in: its owners
        (``bộ công an`` of ``tổng cục an ninh bộ công an``)."""
        words = name.split()
        return [tail for k in range(1, len(words)) if (tail := " ".join(words[k:])) in self.national_names]

    def institution(self, name: str) -> str | None:
        """The national institution a body's name ends in (``Quốc hội`` of ``Ủy ban Thường
        vụ Quốc hội``): the shortest head that names one body on its own and ends the name."""
        folded = fold(name)
        return next((h for h in self.institutions if folded == h or folded.endswith(" " + h)), None)

    def province(self, org: OrgEntity) -> str | None:
        """The province a pinned-down party, state or mass body's name ends in (``Sở Tư pháp
        tỉnh Hòa Bình``; not a firm's name, ``Công ty TNHH Thái Bình``)."""
        if org.iri not in self.province_of:
            placed = org.anchored and org.kind != "other"
            found = [m.group() for m in self.vocab.place_re.finditer(org.name)] if placed else []
            self.province_of[org.iri] = self.place_key(found[-1]) if found else None
        return self.province_of[org.iri]

    def province_office(self, name: str) -> str | None:
        """The kind of a body each province has one of, from its name with or without the
        province (``ủy ban nhân dân tỉnh`` of ``Ủy ban nhân dân tỉnh Bắc Ninh`` and of ``UBND
        tỉnh``; ``tỉnh ủy``), or None (a district's, a firm's, a committee inside one)."""
        found = list(self.vocab.place_re.finditer(name))
        kind = fold(name[: found[-1].start()] if found else name).strip()
        if kind in self.province_committees or kind.rsplit(" ", 1)[-1] in self.province_word:
            return kind
        return None

    def place_key(self, place: str) -> str:
        """One spelling of a province however written (``TP.HCM``, ``TP Hồ Chí Minh``,
        ``Thành phố Hồ Chí Minh``; ``Bà Rịa - Vũng Tàu``, ``Bà Rịa Vũng Tàu``): expanded, its
        unit word dropped, folded, dashes as spaces."""
        if place not in self.place_keys:
            words = self.vocab.abbreviations.get(place, place).replace("-", " ").split()
            spelled = " ".join(self.vocab.abbreviations.get(w, w) for w in words)
            while (unit := self.unit_first.match(spelled)) and unit.end() < len(spelled):
                spelled = spelled[unit.end() :]
            self.place_keys[place] = fold(spelled)
        return self.place_keys[place]

    def body_key(self, name: str) -> str:
        """A pinned-down body's name with its province in one spelling (``Ủy ban nhân dân TP
        Hồ Chí Minh`` and ``Ủy ban nhân dân Thành phố Hồ Chí Minh`` are one body)."""
        found = list(self.vocab.place_re.finditer(name))
        if not found:
            return fold(name)
        last = found[-1]
        unit = self.unit_before.search(name, 0, last.start())
        start = unit.start() if unit else last.start()
        return fold(name[:start]) + " @ " + self.place_key(last.group())


def _post_keys(ctx: _Context, role: str, iri: str | None, one_province: str | None,
               national_bodies: tuple[str, ...]) -> set[Key]:
    """The keys of one post (its body IRI, if any): its title's, then its body's."""
    r = ctx.vocab.role(role)
    keys: set[Key] = {("role", role)}
    if iri is None:
        # "Chủ tịch Nguyễn Văn An ngắt lời" in an article on the Quốc hội: the title of a
        # national body the article names; "Phó Chủ tịch Nguyễn Văn Đua" in an article on
        # one province: a title there
        keys.update(("implied", f"{fold(role)} @ {b}") for b in national_bodies)
        if one_province is not None:
            keys.add(("local title", f"{fold(role)} @ {one_province}"))
    if r is not None and r.national:
        keys.add(("title", role))
    if r is not None and r.national_level:
        keys.add(("national", ""))
    if r is not None and r.seat and iri is None:
        keys.add(("body", fold(r.seat)))
    return keys | _body_keys(ctx, fold(role), ctx.orgs[iri], one_province) if iri else keys


def _body_keys(ctx: _Context, role: str, org: OrgEntity, one_province: str | None) -> set[Key]:
    """The keys a post's body gives (ROLE folded)."""
    name = fold(org.name)
    office = ctx.province_office(org.name)
    keys: set[Key] = {("office", f"{role} @ {office}")} if office else set()
    if not org.anchored:
        # "Tỉnh ủy" in an article on one province only is that province's
        if one_province:
            keys.add(("local", f"{name} @ {one_province}"))
        if ctx.names_a_place(org.name):
            keys.add(("named", f"{role} @ {name}"))
        elif org.kind == "other" and ctx.names_itself(org.name):
            keys.add(("own name", f"{role} @ {name}"))
        return keys
    keys |= {("body", ctx.body_key(org.name))} | {("body", ctx.body_key(ctx.orgs[p].name)) for p in org.parents
                                                  if ctx.orgs[p].anchored}
    if (province := ctx.province(org)) is not None:
        return keys | {("province", province), ("local title", f"{role} @ {province}")}
    # a national body: the title in it, the bodies its name begins with ("Tổng cục Cảnh sát"
    # of "Tổng cục Cảnh sát nhân dân"), the institution it is part of ("Quốc hội")
    keys.add(("implied", f"{role} @ {name}"))
    keys.update(("family", f"{role} @ {prefix}") for prefix in ctx.name_prefixes(org.name))
    keys.update(("body", owner) for owner in ctx.owners(name))
    if (institution := ctx.institution(org.name)) is not None:
        keys.add(("institution", institution))
    return keys


def _provinces(keys: set[Key]) -> frozenset[str]:
    return frozenset(v for k, v in keys if k == "province")


class _Interned(dict):
    """One object for each equal key, province set or name set, however many officials hold
    it (a million officials share a few thousand of them)."""

    def __call__(self, value):
        return self.setdefault(value, value)


def article_officials(all_facts: list[ArticleFacts], org_of: dict[tuple[str, str], str],
                      orgs: dict[str, OrgEntity], vocab: Vocabulary, freq: NameFrequency) -> list[Official]:
    """Every article's officials, in article order, each with its keys (FREQ: how many
    people bear each name)."""
    ctx = _Context(all_facts, org_of, orgs, vocab, freq)
    own_country = {fold(c) for c in vocab.words("own_country")}
    shared = _Interned()
    post_keys: dict[tuple, frozenset[Key]] = {}
    provinces_of: dict[frozenset[Key], frozenset[str]] = {}
    out: list[Official] = []
    for f in all_facts:
        places = shared(frozenset(ctx.place_key(p) for p in f.places) - own_country)
        one_province = next(iter(places)) if len(places) == 1 else None

        national = shared(tuple(ctx.national_bodies(f)))
        keys: dict[str, set[Key]] = defaultdict(set)
        posts: dict[str, list[Post]] = defaultdict(list)
        for p in f.posts:
            iri = ctx.org_of.get((f.article_key, p.org)) if p.org else None
            memo = (p.role, iri, one_province, national)
            if memo not in post_keys:  # (the same post of the same body gives the same keys)
                post_keys[memo] = frozenset(shared(k) for k in _post_keys(ctx, p.role, iri, one_province, national))
            keys[p.person].update(post_keys[memo])
            posts[p.person].append(p)
        full = {folded_name(p.name) for p in f.persons if len(p.name.split()) >= 3}
        companions, story = map(shared, ctx.companions(full))
        roster = len(full) > ROSTER_NAMES
        year = f.published.year if f.published else None
        for person in f.persons:
            own, its = keys.get(person.name, set()), posts.get(person.name, [])
            own = shared(frozenset(k for k in own if not (roster and k[0] in WEAK_KINDS)))
            if own not in provinces_of:
                provinces_of[own] = shared(_provinces(own))
            out.append(Official(f.article_key, person.name, year, own, provinces_of[own],
                                frozenset(person.aliases), places, shared(frozenset(p.role for p in its)),
                                tuple(its),
                                its[0].evidence.exact if its else "", companions, shared(folded_name(person.name)),
                                person.born, person.private, story))
    return out
