"""The vocabulary: titles, body heads, abbreviations, surnames, places, document types.

All of it is data (the .tsv/.txt files beside this module) read once into an immutable
:class:`Vocabulary`; code never lists Vietnamese words itself. ``load()`` is cached so
every stage and every worker process shares one parsed copy.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from importlib.resources import files
from typing import TypeVar

from kg.text import fold, normalize_name

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Role:
    canonical: str
    english: str
    body_prefix: str  # body named by the title itself ("" when none)
    implied_head: str  # kind of body a bare title sits in ("" when none)
    national: bool = False  # one holder nationwide at a time (Thủ tướng)
    unit_body: str = ""  # the body a bare local unit after the title means (Chủ tịch xã X → Ủy ban nhân dân)
    seat: str = ""  # the one national body a bare title sits in (Phó Thủ tướng → Chính phủ)
    national_level: bool = False  # held at the national level only (Bộ trưởng, Ủy viên Bộ Chính trị)


@dataclass(frozen=True, slots=True)
class BodyHead:
    head: str
    kind: str  # party | state | mass | other
    needs: str  # owner | name | place | none
    english: str
    nests: bool  # may start an owner inside another body's name


@dataclass(frozen=True, slots=True)
class DocType:
    name: str
    english: str
    codes: tuple[str, ...]


@dataclass(frozen=True)
class Vocabulary:
    roles: dict[str, Role]  # folded variant -> role
    heads: dict[str, BodyHead]  # folded variant -> head
    abbreviations: dict[str, str]  # abbreviation (as written) -> expansion
    surnames: frozenset[str]
    name_prior: dict[tuple[str, str], float]  # (first|middle|last, syllable or "*") -> share of people (name_prior.tsv)
    places: tuple[str, ...]
    doc_types: dict[str, DocType]  # folded type word -> type
    doc_codes: dict[str, DocType]  # upper-cased symbol code -> type
    national_issuers: frozenset[str]  # upper-cased, Đ→D
    term_numbered: frozenset[str]  # those of them that number documents through a term, not a year
    clutter: tuple[re.Pattern[str], ...]  # a line that is page furniture
    tail_markers: tuple[re.Pattern[str], ...]  # a line after which only furniture follows
    related_links: tuple[re.Pattern[str], ...]  # a line of the list of other articles' headlines a page ends with
    # leaders of the past: name -> (day their titles became history, those titles; None: all)
    historical: dict[str, tuple[dt.date, frozenset[str] | None]]
    died: dict[str, dt.date]  # leaders of the past: name -> the day they died
    lexicon: dict[str, frozenset[str]]  # word class (lexicon.tsv) -> its phrases

    def memo(self, key: object, make: Callable[[], T]) -> T:
        """MAKE(), made once per vocabulary and kept: the patterns a rule compiles from the
        vocabulary (never at import, so a test can give a rule another vocabulary)."""
        made = self.__dict__.setdefault("_memo", {})  # a frozen dataclass still has its __dict__
        if key not in made:
            made[key] = make()
        return made[key]

    def words(self, cls: str) -> frozenset[str]:
        """The phrases of one lexicon class."""
        return self.lexicon[cls]

    def alternation(self, cls: str, capitalised: bool = False) -> str:
        """A regex alternation (no flags) of one word class, longest first; ``capitalised``
        gives each phrase with a capital first letter only (a word opening a sentence)."""
        words = self.lexicon[cls]
        if capitalised:
            words = {w[:1].upper() + w[1:] for w in words}
        return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))

    def phrase_re(self, cls: str, flags: int = 0) -> re.Pattern[str]:
        """Whole-word alternation of one lexicon class, longest first."""
        return self.memo(("phrase_re", cls, flags), lambda: re.compile(
            r"(?<![\w&])(?:%s)(?![\w&])" % self.alternation(cls), flags))

    def phrases_re(self, *classes: str) -> re.Pattern[str]:
        """Whole-word alternation of several lexicon classes at once, longest phrase first."""
        def make() -> re.Pattern[str]:
            words = set().union(*(self.lexicon[c] for c in classes))
            return re.compile(r"(?<![\w&])(?:%s)(?![\w&])" % "|".join(
                map(re.escape, sorted(words, key=len, reverse=True))))
        return self.memo(("phrases_re", classes), make)

    @functools.cached_property
    def role_re(self) -> re.Pattern[str]:
        """Any title variant, longest first, as a whole-word, case-insensitive match; a
        title not in the table may be preceded by ``Phó`` (deputy): ``Phó Tổng Thư ký``."""
        alt = trie_alternation(self.roles)  # folded keys: lower-case
        # the listed titles first (longest first), so "Phó Thủ tướng Thường trực" is not
        # read as "Phó" + "Thủ tướng"
        # "Đoàn Chủ tịch" is a congress's presidium, "Ban Giám đốc" a board, "Phủ Chủ tịch" a
        # palace: not titles; nor is "Đại sứ quán", an embassy (title_noun_tail)
        return re.compile(r"(?<![\w&])(?<!đoàn )(?<!ban )(?<!phủ )%s(?:(?:%s)|phó\s+(?:%s))(?![\w&])"
                          r"(?!\s(?:%s)(?![\w&]))" % (self._acting_prefix, alt, alt, self.alternation("title_noun_tail")),
                          re.IGNORECASE)

    @functools.cached_property
    def _acting_prefix(self) -> str:
        """The optional word of an acting holder before a title (``quyền Bộ trưởng Nông nghiệp``),
        not the second syllable of a word (``chính quyền``, ``ủy quyền``) nor, capitalised, the
        last syllable of a name (``ông Phạm Đăng Quyền, Chủ tịch``: only where no word stands
        right before it)."""
        acting = self.alternation("posts_acting")
        # (the word first, then what stands before it: a lookbehind tried at every position
        # of every text would slow every title search)
        lookalikes = "".join(f"(?<!{re.escape(w)} {acting})" for w in sorted(self.words("posts_acting_lookalike")))
        return r"(?:(?:(?-i:%s)%s|(?-i:%s)(?<!\w %s))\s+)?" % (acting, lookalikes, acting.capitalize(),
                                                              acting.capitalize())

    @functools.cached_property
    def head_re(self) -> re.Pattern[str]:
        return _alternation(self.heads)

    @functools.cached_property
    def head_ending_re(self) -> re.Pattern[str]:
        """A body head (any case) then one space, at the end of the searched span: the
        head of a name running on (``Hội | Nhà báo``). Compiled once: the alternation is
        large, and re's small cache would drop and recompile it between articles."""
        return re.compile(r"(?i:%s)\s$" % self.head_re.pattern)

    @functools.cached_property
    def place_ending_re(self) -> re.Pattern[str]:
        """A place name at the end of the searched span."""
        return re.compile(r"(?:%s)$" % self.place_re.pattern)

    @functools.cached_property
    def doc_type_re(self) -> re.Pattern[str]:
        return _alternation(self.doc_types)

    @functools.cached_property
    def place_re(self) -> re.Pattern[str]:
        return re.compile(r"(?<!\w)%s(?!\w)" % trie_alternation(self.places))  # case-sensitive

    def title_ends_at(self, text: str, pos: int, start: int) -> bool:
        """Does a title (found from ``start`` on) end right at ``pos``, only spaces between?
        Then what stands at ``pos`` belongs to that title (``Tổng bí thư | Ban chấp hành T.Ư``)."""
        return any(not text[m.end() : pos].strip() for m in self.role_re.finditer(text, start, pos))

    def role(self, text: str) -> Role | None:
        key = fold(text)
        if key in self.roles:
            return self.roles[key]
        word, _, rest = key.partition(" ")
        if word in self.words("posts_acting") and (base := self.role(rest)):
            return self.acting(base)
        if key.startswith("phó ") and (base := self.roles.get(key[4:])) and not base.canonical.startswith("Phó"):
            # a deputy of a title the table lists only without "Phó"
            return replace(base, canonical="Phó " + base.canonical, english="Deputy " + base.english, national=False)
        return None

    def acting(self, role: Role) -> Role:
        """The title of the post's acting holder (``quyền Giám đốc``: Quyền Giám đốc, as the
        guideline keeps it), a post of its own: not the one national holder."""
        if self.is_acting(role.canonical):
            return role
        english = min(self.words("posts_acting_english"))
        return replace(role, canonical=self.acting_title(role.canonical), english=f"{english} {role.english}",
                       national=False)

    def acting_title(self, canonical: str) -> str:
        return f"{min(self.words('posts_acting')).capitalize()} {canonical}"

    def is_acting(self, title: str) -> bool:
        return fold(title).partition(" ")[0] in self.words("posts_acting")

    def is_historical(self, name: str, role: str, on: dt.date) -> bool:
        """Is ``role`` a title the article gives ``name`` in memory of a leader who had left
        it (or died) by ``on`` (the article's date, see kg.extract.dates.article_now)?"""
        fig = self.historical.get(name)
        if fig is None:
            return False
        until, titles = fig
        return on > until and (titles is None or role in titles)

    def past_figure_since(self, name: str) -> dt.date | None:
        """From when a name written bare is a figure of the past's, or a street's or school's
        named after them, not a living person's: the day a leader of the past died; for a
        name streets and schools bear (place_namesake), always; None for other names."""
        if name in self.words("place_namesake"):
            return dt.date.min
        return self.died.get(name)

    def head(self, text: str) -> BodyHead | None:
        return self.heads.get(fold(text))


def trie_alternation(words: Iterable[str]) -> str:
    """The words as one regex that matches like their alternation longest first, written
    as a prefix tree: ``ban(?: (?:chấp hành|thường vụ))?`` for ``ban``, ``ban chấp hành``,
    ``ban thường vụ``. Python's re tries a plain alternation's branches one by one at every
    position of the text, so hundreds of titles or places cost hundreds of tries each;
    the tree costs one per letter. Two words can both match at one place only when one
    begins the other, and the tree tries the longer first, as longest-first order does
    (the words must be distinct under the flags used: all lower-case with IGNORECASE)."""
    tree: dict[str, dict] = {}
    for w in words:
        if w:
            node = tree
            for ch in w:
                node = node.setdefault(ch, {})
            node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        alts = [re.escape(ch) + emit(node[ch]) for ch in sorted(node) if ch]
        if not alts:
            return ""
        inner = alts[0] if len(alts) == 1 else "(?:%s)" % "|".join(alts)
        if "" in node:  # a word ends here: the longer ones first, then this one
            return "(?:%s)?" % inner
        return inner

    return "(?:%s)" % emit(tree)


def _alternation(folded_keys: dict[str, object]) -> re.Pattern[str]:
    # The keys are folded (lower-case); texts are matched with IGNORECASE, which maps
    # Vietnamese capitals (Đ, Ủ ...) to their lower-case forms as fold() does.
    return re.compile(r"(?<![\w&])%s(?![\w&])" % trie_alternation(folded_keys), re.IGNORECASE)


def _rows(name: str) -> list[list[str]]:
    text = files("kg.vocab").joinpath(name).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append([normalize_name(c) for c in line.split("\t")])
    return rows


def _table(name: str) -> list[dict[str, str]]:
    header, *rows = _rows(name)
    return [dict(zip(header, r + [""] * (len(header) - len(r)))) for r in rows]


def _split(cell: str) -> list[str]:
    return [v.strip() for v in cell.split("|") if v.strip()]


def symbol_key(code: str) -> str:
    """How symbol codes and document ids compare: upper-case, Đ read as D."""
    return normalize_name(code).upper().replace("Đ", "D")


def _roles() -> dict[str, Role]:
    """roles.tsv: every variant of a title (folded) -> its role."""
    roles: dict[str, Role] = {}
    for r in _table("roles.tsv"):
        role = Role(r["canonical"], r["english"], r["body_prefix"], r["implied_head"], r["national"] == "yes",
                    r["unit_body"], r["seat"], r["level"] == "national")
        for v in [r["canonical"], *_split(r["variants"])]:
            roles.setdefault(fold(v), role)
    return roles


def _heads() -> dict[str, BodyHead]:
    """body_heads.tsv: every variant of a body head (folded) -> its head."""
    heads: dict[str, BodyHead] = {}
    for r in _table("body_heads.tsv"):
        head = BodyHead(r["head"], r["kind"], r["needs"], r["english"], r["nests"] == "yes")
        for v in [r["head"], *_split(r["variants"])]:
            heads.setdefault(fold(v), head)
    return heads


def _doc_types() -> tuple[dict[str, DocType], dict[str, DocType]]:
    """document_types.tsv: the types by folded name, and by symbol code (symbol_key)."""
    doc_types: dict[str, DocType] = {}
    doc_codes: dict[str, DocType] = {}
    for r in _table("document_types.tsv"):
        dtype = DocType(r["type"], r["english"], tuple(_split(r["codes"])))
        doc_types[fold(dtype.name)] = dtype
        for c in dtype.codes:
            doc_codes.setdefault(symbol_key(c), dtype)
    return doc_types, doc_codes


def _clutter() -> dict[str, tuple[re.Pattern[str], ...]]:
    """clutter.txt: the patterns of page furniture, of a line after which only furniture
    follows (``tail:``) and of the list of other articles' headlines (``link:``), as
    Vocabulary's clutter, tail_markers and related_links."""
    lines = [
        line.strip()
        for line in files("kg.vocab").joinpath("clutter.txt").read_text("utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    return {
        "clutter": tuple(re.compile(p.removeprefix("tail:"), re.I) for p in lines if not p.startswith("link:")),
        "tail_markers": tuple(re.compile(p.removeprefix("tail:"), re.I) for p in lines if p.startswith("tail:")),
        "related_links": tuple(re.compile(p.removeprefix("link:"), re.I) for p in lines if p.startswith("link:")),
    }


def _historical() -> tuple[dict[str, tuple[dt.date, frozenset[str] | None]], dict[str, dt.date]]:
    """historical_figures.tsv, as Vocabulary's historical (name -> the day their titles became
    history, those titles; None: all) and died (name -> the day they died)."""
    rows = _table("historical_figures.tsv")
    return ({r["name"]: (dt.date.fromisoformat(r["until"]), None if r["titles"] == "*" else frozenset(_split(r["titles"])))
             for r in rows},
            {r["name"]: dt.date.fromisoformat(r["died"]) for r in rows})


def _issuers() -> dict[str, frozenset[str]]:
    """national_issuers.txt: the national issuers (symbol_key), and those of them that number
    documents through a term, as Vocabulary's national_issuers and term_numbered."""
    rows = _rows("national_issuers.txt")
    return {
        "national_issuers": frozenset(symbol_key(r[0]) for r in rows),
        "term_numbered": frozenset(symbol_key(r[0]) for r in rows if r[1:] == ["term"]),
    }


@functools.cache
def load() -> Vocabulary:
    """The vocabulary of the files beside this module, read once per process."""
    doc_types, doc_codes = _doc_types()
    historical, died = _historical()
    return Vocabulary(
        roles=_roles(),
        historical=historical,
        died=died,
        heads=_heads(),
        abbreviations={a: e for a, e in _rows("abbreviations.tsv")},
        surnames=frozenset(r[0] for r in _rows("surnames.txt")),
        name_prior={(r["place"], r["syllable"]): float(r["share"]) for r in _table("name_prior.tsv")},
        places=tuple(r[0] for r in _rows("places.txt")),
        doc_types=doc_types,
        doc_codes=doc_codes,
        **_issuers(),
        **_clutter(),
        lexicon=_lexicon(),
    )


def _lexicon() -> dict[str, frozenset[str]]:
    """Word classes from lexicon.tsv (class<TAB>phrase), normalised like every vocabulary.
    The rules reach them through :class:`Vocabulary` only (``vocab.words``,
    ``vocab.alternation``, ``vocab.phrase_re``), so a test can give them another."""
    out: dict[str, set[str]] = {}
    text = files("kg.vocab").joinpath("lexicon.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cls, phrase = line.split("\t", 1)
        out.setdefault(cls.strip(), set()).add(normalize_name(phrase))
    return {k: frozenset(v) for k, v in out.items()}
