"""The bodies one article names: :class:`BodyRegistry` keeps every body the article names
and fills bare names in from the article's fuller ones, its own ``Full name (ABBR)``
definitions and the vocabulary's abbreviations.

Vietnamese writing leaves much to the reader: ``Đảng ủy Cục`` means the Cục the article
is about, ``Giám đốc Sở`` its Sở, ``Bí thư Đảng ủy, Giám đốc Sở KH&CN`` the Sở's party
committee.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from kg.extract.bodies.kinds import fold_committees, is_anchored, kind_of
from kg.extract.bodies.parse import MAX_LEVELS, BodyMention, Level, split_levels
from kg.extract.patterns import is_abbr, is_cap
from kg.ingest.normalize import fold
from kg.model import Body
from kg.vocab import BodyHead, Vocabulary
from kg.vocab.alphabet import PLAIN_CAPITALS

_PAREN_RE = re.compile(r"\s*\(([^()]{2,80})\)")


@dataclass
class _Entry:
    levels: tuple[Level, ...]
    aliases: set[str] = field(default_factory=set)
    count: int = 0

    @property
    def name(self) -> str:
        return BodyRegistry._join(self.levels)


@dataclass
class BodyRegistry:
    """The bodies one article names, keyed by their expanded full names."""

    vocab: Vocabulary
    abbreviations: dict[str, str] = field(default_factory=dict)  # article's own first
    aliases: dict[str, str] = field(default_factory=dict)  # folded alias -> full name
    alias_text: dict[str, str] = field(default_factory=dict)  # folded alias -> as written
    province: str | None = None  # the one province the article names, if it names one
    units: dict[str, set[str]] = field(default_factory=dict)  # "xã" -> the communes the article names
    entries: dict[str, _Entry] = field(default_factory=dict)  # folded full name -> entry
    # names read only in part ("Bộ Giao thông | vận tải luôn ..."): not bodies of their own,
    # but they tell that the article names more than one body of a kind
    partial: list[tuple[Level, ...]] = field(default_factory=list)

    # -- learning from the article -------------------------------------------------
    def learn_definitions(self, text: str, mentions: list[BodyMention]) -> None:
        """``Full Name (ABBR)`` and ``Full (Short - ABBR)`` defined in the article."""
        for mn in mentions:
            for alias in _bracketed_names(text, mn):
                self._learn_alias(mn, alias)

    def _learn_alias(self, mn: BodyMention, alias: str) -> None:
        """``Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam (VUSTA)``: an abbreviation of
        the inner body's own words (its initials), or another name of the body or a level."""
        inner = mn.levels[-1]
        if is_abbr(alias) and _initials_match(alias, inner.own, self.vocab):
            self.abbreviations[alias] = inner.own
            return
        target = _alias_target(mn.levels, split_levels(alias, self.vocab))
        if target is None:
            return
        self.aliases[fold(alias)] = self._join(self._expand_levels(target))
        self.alias_text[fold(alias)] = alias

    def add_all(self, text: str, mentions: list[BodyMention], extra: list[BodyMention] = ()) -> None:
        """Register an article's body mentions: the longest fully named ones first, so that
        short (``Đảng ủy Khối``) and bare ones (``Đảng ủy Cục``) can be filled in from
        them. ``extra`` are mentions read elsewhere than the text (a URL's headline)."""
        self.learn_definitions(text, mentions)
        full = [m for m in [*extra, *mentions] if not _is_bare(m.levels)]
        for m in sorted(full, key=lambda m: -len(m.text)):
            self.add(m)
        for m in mentions:
            if _is_bare(m.levels):
                self.add(m)

    def add(self, mention: BodyMention, scope: tuple[Level, ...] | None = None) -> str | None:
        """Register a mention; returns its expanded full name (None when unresolvable)."""
        levels = self.resolve(mention.levels, scope)
        if levels is None:
            return None
        name = self.add_levels(levels)
        if fold(mention.text) != fold(name):
            self.entries[fold(name)].aliases.add(" ".join(mention.text.split()))
        return name

    def add_levels(self, levels: tuple[Level, ...]) -> str:
        """Register an expanded name (and its owners); returns the name as the article
        writes it most formally (Đảng ủy Khối, not Đảng ủy khối)."""
        entry = self._entry(levels)
        entry.count += 1
        for i in range(1, len(levels)):  # owners are bodies too
            self._entry(levels[i:])
        return entry.name

    def _entry(self, levels: tuple[Level, ...]) -> _Entry:
        name = self._join(levels)
        entry = self.entries.get(fold(name))
        if entry is None:
            entry = self.entries[fold(name)] = _Entry(levels)
        elif sum(w[:1].isupper() for w in name.split()) > sum(w[:1].isupper() for w in entry.name.split()):
            entry.aliases.add(entry.name)
            entry.levels = levels
        return entry

    # -- expansion -------------------------------------------------------------------
    def expand_words(self, words: str) -> str:
        out = []
        for tok in words.split():
            core = tok.rstrip(".,")
            if core in self.abbreviations:
                out.append(self.abbreviations[core])
            elif core in self.vocab.abbreviations and core not in self.vocab.words("city_abbreviation"):
                out.append(self.vocab.abbreviations[core])
            else:
                out.append(tok)
        return " ".join(out)

    def _expand_levels(self, levels: tuple[Level, ...]) -> tuple[Level, ...]:
        out: list[Level] = []
        for lv in levels:
            own = self.expand_words(lv.own)
            if lv.head is None and own != lv.own and self.vocab.head_re.match(own):
                out.extend(split_levels(own, self.vocab))  # "QH" → Quốc hội, a body of its own
                continue
            if own and lv.head and fold(lv.head_text).endswith(fold(own)):
                own = ""  # "Ban Bí thư T.Ư Đảng": the canonical head already says it
            out.append(replace(lv, own=own))
        return fold_committees(tuple(out), self.vocab)

    @staticmethod
    def _join(levels: tuple[Level, ...]) -> str:
        return " ".join(lv.text() for lv in levels if lv.text())

    def resolve(self, levels: tuple[Level, ...], scope: tuple[Level, ...] | None = None) -> tuple[Level, ...] | None:
        """Expand a parsed name in the light of the article (and an explicit scope)."""
        levels = self._expand_levels(levels)
        defined = self._by_definition(levels)
        if defined is not None:
            return defined
        inner = levels[-1]
        if inner.head is None:
            return self._match_headless(levels)
        if inner.head.needs == "owner" and not inner.own:
            return self._with_owner(levels, scope)
        if inner.head.needs == "name" and not inner.own:
            found = self._salient(inner.head)
            return levels[:-1] + found if found else None
        return self._place_from_scope(levels, scope) or self._one_longer(levels) \
            or self._place_from_province(levels) or levels

    def _by_definition(self, levels: tuple[Level, ...]) -> tuple[Level, ...] | None:
        """A headless name or owner that the article defined (``VUSTA``, ``Liên hiệp Hội
        Việt Nam``)."""
        for i, lv in enumerate(levels):
            if lv.head is not None and lv.head.needs == "owner" and lv.own \
                    and (full := self.aliases.get(fold(lv.own))):
                return levels[:i] + (replace(lv, own=""),) + split_levels(full, self.vocab)
            key = fold(lv.text() if lv.head is None else self._join(levels[i:]))
            if key in self.aliases:
                return levels[:i] + split_levels(self.aliases[key], self.vocab)
        return None

    def _with_owner(self, levels: tuple[Level, ...], scope: tuple[Level, ...] | None) -> tuple[Level, ...] | None:
        """A head that needs an owner, written alone: ``Phó Bí thư Đảng ủy`` after ``về phía
        Đảng ủy Khối ...``, or the owner the article most often gives bodies of this head."""
        inner = levels[-1]
        if scope and scope[0].head == inner.head:  # về phía Đảng ủy Khối ..., Phó Bí thư Đảng ủy
            return levels[:-1] + scope
        owner = self._scope_for(inner, scope)
        if not owner or any(lv.head == o.head for lv in levels for o in owner) or len(levels) + len(owner) > MAX_LEVELS:
            return levels  # an owner of the same kind again would nest without end
        if self.vocab.phrase_re("committee_head").fullmatch(inner.head.head) and owner[0].head is not None \
                and owner[0].head.kind == "party" and owner[0].head.needs == "place":
            return levels  # a committee is not a Tỉnh ủy's or Thành ủy's: never "Đảng ủy Thành ủy X"
        if self.vocab.phrase_re("party_board").fullmatch(inner.head.head) and owner[0].head is not None \
                and owner[0].head.kind == "state":
            return None  # "Ủy viên Ban Thường vụ, Chủ tịch UBND tỉnh": the board is the party's, not the UBND's
        return levels + owner

    def _place_from_scope(self, levels: tuple[Level, ...], scope: tuple[Level, ...] | None) -> tuple[Level, ...] | None:
        """``Phó Bí thư Thành ủy, Chủ tịch UBND TP. Hồ Chí Minh``: the list's last body places it."""
        inner = levels[-1]
        if inner.head.needs != "place" or not scope or not _lacks_place(inner, self.vocab, city_too=True):
            return None
        # (not the country in "Ủy ban MTTQ Việt Nam tỉnh": no province's)
        own_country = self.vocab.words("own_country")
        place = next((pm.group() for pm in self.vocab.place_re.finditer(self._join(scope))
                      if pm.group() not in own_country), None)
        return levels[:-1] + (replace(inner, own=_with_province(inner.own, place, self.vocab)),) if place else None

    def _one_longer(self, levels: tuple[Level, ...]) -> tuple[Level, ...] | None:
        """``Tỉnh ủy`` → the article's ``Tỉnh ủy Bình Định``; not ``UBND xã`` where the article
        names two communes: which one it is, the paragraph says, not the article."""
        inner = levels[-1]
        if (inner.own or inner.head.needs == "place") and len(self.units.get(inner.own, ())) <= 1:
            return self._longer(levels)
        return None

    def _place_from_province(self, levels: tuple[Level, ...]) -> tuple[Level, ...] | None:
        """``UBND tỉnh``, ``Tỉnh ủy`` in an article that names its one province (guideline)."""
        inner = levels[-1]
        if inner.head.needs == "place" and self.province and _lacks_place(inner, self.vocab):
            return levels[:-1] + (replace(inner, own=_with_province(inner.own, self.province, self.vocab)),)
        return None

    def _match_headless(self, levels: tuple[Level, ...]) -> tuple[Level, ...] | None:
        """``Phó Giám đốc KH&CN``: words with no head name the article's body that ends so."""
        own = levels[-1].own or levels[-1].head_text
        words = fold(own)
        if not words or self.vocab.place_re.fullmatch(own) or own in self.vocab.words("country") \
                or self.vocab.phrase_re("place_unit", re.IGNORECASE).match(own):
            # "Đại sứ Mỹ tại Việt Nam": a place alone is no body's own name; nor is a bare
            # unit or a unit's name ("chủ tịch xã", "bí thư xã Thới Hưng" are not of the
            # article's "Mặt trận Tổ quốc xã", "Công an xã Thới Hưng")
            return None
        # (not a board's: "Phó giám đốc Interpet Việt Nam" is not of its "HĐQT Interpet Việt Nam")
        hits = {e.levels[-1].text(): e.levels[-1:] for e in self.entries.values() if fold(e.levels[-1].own) == words
                and not (e.levels[-1].head and e.levels[-1].head.needs == "owner")}
        if len(hits) == 1:
            return levels[:-1] + hits.popitem()[1]
        return None

    def _longer(self, levels: tuple[Level, ...]) -> tuple[Level, ...] | None:
        """``Đảng ủy Khối`` → the article's one ``Đảng ủy Khối các cơ quan tỉnh``."""
        name = fold(self._join(levels))
        longer = {n for n in self.entries if n.startswith(name + " ") and self.entries[n].levels[0].head == levels[0].head}
        if len(longer) == 1:
            return self.entries[longer.pop()].levels
        return None

    def _salient(self, head: BodyHead) -> tuple[Level, ...] | None:
        """The article's one body of a kind (``Giám đốc Sở`` → its Sở)."""
        cands = {e.name: e.levels for e in self.entries.values() if e.levels[0].head == head and e.levels[0].own}
        # only where the article names one: with two Bộ, "Bộ trưởng" alone is ambiguous,
        # also where it names the other in words we could only read in part
        if len(cands) != 1:
            return None
        name, levels = cands.popitem()
        if any(p[0].head == head and p[0].own and not fold(name).startswith(fold(self._join(self._expand_levels(p))))
               for p in self.partial):
            return None
        return levels

    def _scope_for(self, inner: Level, scope: tuple[Level, ...] | None) -> tuple[Level, ...] | None:
        if scope:
            return scope
        # the owner the article most often gives bodies of this head
        owners = Counter()
        for e in self.entries.values():
            if e.levels[0].head == inner.head and len(e.levels) > 1:
                owners[self._join(e.levels[1:])] += max(e.count, 1)
        if not owners:
            # or of the party organisation / committee pair (Đảng bộ X ↔ Đảng ủy X)
            for e in self.entries.values():
                if e.levels[0].head and e.levels[0].head.kind == inner.head.kind == "party" and len(e.levels) > 1 \
                        and e.levels[0].head.needs == "owner":
                    owners[self._join(e.levels[1:])] += max(e.count, 1)
        if not owners:
            return None
        best = max(owners.items(), key=lambda kv: (kv[1], -list(owners).index(kv[0])))[0]
        entry = self.entries.get(fold(best))
        return entry.levels if entry else split_levels(best, self.vocab)

    # -- output --------------------------------------------------------------------------
    def bodies(self) -> tuple[Body, ...]:
        for key, full in self.aliases.items():  # "Full Name (ABBR)": ABBR is another name of it
            if fold(full) in self.entries:
                self.entries[fold(full)].aliases.add(self.alias_text[key])
        out = []
        for e in sorted(self.entries.values(), key=lambda e: e.name):
            name = e.name
            kind = kind_of(e.levels, self.vocab)
            parent = None
            if len(e.levels) > 1 and kind_of(e.levels[1:], self.vocab) == kind:
                parent = self._join(e.levels[1:])
            out.append(Body(name=name, kind=kind, aliases=tuple(sorted(a for a in e.aliases if a != name)), parent=parent,
                            anchored=is_anchored(e.levels, self.vocab)))
        return tuple(out)


def _bracketed_names(text: str, mn: BodyMention) -> list[str]:
    """The names in a bracket right after a mention, split at dashes, commas and semicolons:
    ``Hội Nông dân Việt Nam (Hội ND - HND)``; each of at most seven words, opening with a
    capital or an abbreviation."""
    pm = _PAREN_RE.match(text, mn.end)
    if not pm:
        return []
    out = []
    for alias in re.split(r"\s+[-–]\s+|,\s*|;\s*", pm.group(1)):
        alias = alias.strip()
        if alias and len(alias.split()) <= 7 and (is_cap(alias.split()[0]) or is_abbr(alias.split()[0])):
            out.append(alias)
    return out


def _alias_target(levels: tuple[Level, ...], alias_levels: tuple[Level, ...]) -> tuple[Level, ...] | None:
    """The levels of a mention a bracketed name names: a name with a head names the level
    whose head it shares (``Đảng ủy Liên hiệp các Hội ... (Liên hiệp Hội Việt Nam)``); one
    with no head the inner body; a head none of the levels has, a body it belongs to
    (``Cục Quản lý công sản (Bộ Tài chính)``), not another name."""
    head = alias_levels[0].head
    if head and not any(lv.head and lv.head.head == head.head for lv in levels):
        return None
    if head and len(levels) > 1:
        for i, lv in enumerate(levels):
            if lv.head and lv.head.head == head.head:
                return levels[i:]
    elif len(levels) > 1 and not head:
        return levels[-1:]
    return levels


def named_units(text: str, vocab: Vocabulary, names: list[tuple[int, int]] = ()) -> dict[str, set[str]]:
    """The communes, wards and districts an article names, by unit (``xã`` → {Phong Phú, ...}),
    not counting persons' names after a unit (``Chủ tịch UBND xã | Nguyễn Văn Tiên``)."""
    unit_name = vocab.memo(named_units, lambda: re.compile(
        rf"(?<!\w)({vocab.alternation('local_unit')}) "
        rf"((?:[{PLAIN_CAPITALS}][^\W\d_]*)(?: [{PLAIN_CAPITALS}][^\W\d_]*)*|\d{{1,2}})"))
    out: dict[str, set[str]] = {}
    in_names = {i for a, b in names for i in range(a, b)}  # names are short: a set is exact and fast
    for m in unit_name.finditer(text):
        if m.start(2) not in in_names:
            out.setdefault(m.group(1), set()).add(m.group(2))
    return out


def _lacks_place(level: Level, vocab: Vocabulary, city_too: bool = False) -> bool:
    """A place-bound body named with no place, or only its level: Tỉnh ủy, UBND tỉnh.
    ``Thành ủy`` counts only with ``city_too``: alone, an article's one province is not its city."""
    own = level.own.strip()
    if vocab.phrase_re("district_head").fullmatch(level.head.head):
        return False  # a district's committee: the province is not its place (Thị ủy Vĩnh Yên)
    return (own == "" or own in vocab.words("province_word")) \
        and (city_too or level.head.head not in vocab.words("bodies_city_committee"))


def _with_province(own: str, province: str, vocab: Vocabulary) -> str:
    """``tỉnh`` → ``tỉnh Bình Định``; no own words → ``Bình Định``."""
    return f"{own} {province}" if own in vocab.words("province_word") else province


def _is_bare(levels: tuple[Level, ...]) -> bool:
    """A name with a part the article must fill in (Đảng ủy, Đảng ủy Cục, Giám đốc Sở)."""
    inner = levels[-1]
    if inner.head is None:
        return True
    return not inner.own and inner.head.needs in ("owner", "name")


def _initials_match(abbr: str, words: str, vocab: Vocabulary) -> bool:
    """``VUSTA`` for ``... Việt Nam`` words whose initials end so (``và``, ``các`` give none)."""
    letters = [c for c in abbr if c.isalpha()]
    joining = vocab.words("bodies_joining_word")
    initials = [w[0] for w in words.split() if w not in joining and w[:1].isalpha()]
    tail = initials[-len(letters):] if letters else []
    return bool(letters) and len(initials) >= len(letters) and [c.upper() for c in tail] == [c.upper() for c in letters]
