"""Where a body's name ends: the words after its head, read one by one.

A name runs on from its head through its own words and its owners (``Ủy ban Kiểm tra |
Đảng ủy | Cục Thông tin``): capitals, abbreviations, the small words names are made of
(``các cơ quan``), dashes between two parts (``Lao động - Thương binh và Xã hội``).
:func:`spec_end` reads them, one rule per kind of word; :func:`settle_end` then looks
at what follows, and runs on where the name visibly goes on, or marks the name doubtful
where it cannot tell.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.patterns import is_abbr, is_cap, is_code
from kg.vocab import Vocabulary
from kg.vocab.alphabet import LOWER, PLAIN_CAPITALS, SYMBOL_CAPITALS

TOKEN_RE = re.compile(r"[\w&]+(?:[.\-][\w&]+)*\.?|\S")
_MAX_SPEC_TOKENS = 14
_DASHES = ("-", "–")

# one to three small words (after a dash in a name, before the capital that closes it)
_SMALL_WORDS_RE = re.compile(rf"\s*(?:{LOWER}+\s+){{1,3}}")
# what may end a body's name: punctuation, a quote, a spaced dash, the end of the text
_HARD_END_RE = re.compile(r"\s*(?:[,;:.!?()\[\]\"“”'‘’…]|[-–—](?:\s|$)|$)")
_WORD_AFTER_RE = re.compile(r" ([^\s,;:.!?()\[\]\"“”…]+)")
_ROMAN_OR_NUMBER_RE = re.compile(r"(?:[IVX]{1,4}|\d{1,3}[A-Z]?)")
_FIRMS_NUMBER_RE = re.compile(r"\d{4}")  # "Công ty TNHH thương mại 1972": after its small words
_NUMBER_RE = re.compile(r"\d{1,3}[A-Z]?")
_SHORT_CODE_BEFORE_RE = re.compile(rf"(?<![\w&.])[{SYMBOL_CAPITALS}]{{1,3}} $")  # "PC |14"
_MAX_TAIL = 10  # words a name may run on past where the reader stopped
_DASH_SMALL_RE = re.compile(rf"\s?[-–]\s?({LOWER}+)(?!\w)")
# after a one-syllable head: punctuation, the end, or a small word (the place's name is over)
_AFTER_LAST_SYLLABLE_RE = re.compile(rf"\s*(?:[,;.)]|$| {LOWER})")

# word classes after which a name has surely ended; the verbs bodies do ("phát hiện",
# "giao") only right after the name, as further on they may be a word's second syllable
_ENDERS = ("stop", "agent_verb", "speech_verb", "report_verb", "chair_verb", "present_verb",
           "attend_verb", "held_verb", "honorific", "title_joiner", "clause_word")
_FIRST_ENDERS = _ENDERS + ("body_verb",)

# what the reader's last accepted word was
_HEAD, _CAP, _ABBR, _PLACE, _UNIT, _WORD = "head", "cap", "abbr", "place", "unit", "word"
# what a rule did with a word: took it into the name, read past it (a dash, a conjunction:
# taken only with the word after it), or stopped before it
_TAKEN, _READ, _STOP = "taken", "read", "stop"


@dataclass(frozen=True)
class _Patterns:
    """The vocabulary's words as the scanner matches them, compiled once per vocabulary."""

    name_word: re.Pattern[str]
    stop: re.Pattern[str]
    place_unit: re.Pattern[str]
    name_verb: re.Pattern[str]
    count_unit: re.Pattern[str]
    cap_compound: re.Pattern[str]
    not_second_syllable: re.Pattern[str]  # never a word's second syllable
    enders: re.Pattern[str]
    first_enders: re.Pattern[str]
    stop_or_joiner: re.Pattern[str]
    address: re.Pattern[str]  # before a person's name
    comma_list: re.Pattern[str]
    comma_caps_list: re.Pattern[str]
    bracket_place: re.Pattern[str]
    unit_abbreviation: re.Pattern[str]  # P.15, Q.Bình (the word's start)
    enclosing_unit: re.Pattern[str]  # , Q.8 (after a ward)
    unit_number_end: re.Pattern[str]  # a name ending in P.15
    abroad: re.Pattern[str]  # | tại Đài Loan (after Việt Nam)
    own_country_end: re.Pattern[str]
    dotted: frozenset[str]
    party: frozenset[str]
    joining: frozenset[str]
    and_words: frozenset[str]
    number_words: frozenset[str]
    subject_words: frozenset[str]


def _make_patterns(vocab: Vocabulary) -> _Patterns:
    and_ = vocab.alternation("list_and")
    unit = vocab.alternation("bodies_unit_abbreviation")
    return _Patterns(
        name_word=vocab.phrase_re("name_word"),
        stop=vocab.phrase_re("stop"),
        place_unit=vocab.phrase_re("place_unit"),
        name_verb=vocab.phrase_re("name_verb"),
        count_unit=vocab.phrase_re("count_unit"),
        cap_compound=vocab.phrase_re("cap_compound", re.IGNORECASE),
        not_second_syllable=vocab.phrases_re("stop", "agent_verb", "speech_verb"),
        enders=vocab.phrases_re(*_ENDERS),
        first_enders=vocab.phrases_re(*_FIRST_ENDERS),
        stop_or_joiner=vocab.phrases_re("stop", "title_joiner"),
        address=re.compile(r"(?:%s)\b" % vocab.alternation("bodies_address")),
        # "Ủy ban Khoa học, công nghệ và môi trường": a name that lists its fields
        comma_list=re.compile(rf", (?:{LOWER}+ ){{1,3}}(?:{and_}) {LOWER}+"),
        # "Ủy ban Dân số, Gia đình và Trẻ em", "Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi
        # đồng": fields written capitalised, each a capital then small words, the last after "và"
        comma_caps_list=re.compile(
            rf", (?=(?:[{PLAIN_CAPITALS}]{LOWER}*(?: {LOWER}+){{0,2}}, )*"
            rf"[{PLAIN_CAPITALS}]{LOWER}* (?:{LOWER}+ ){{0,2}}(?:{and_}) [{PLAIN_CAPITALS}])"),
        # "Phòng Quản lý đô thị (QLĐT) quận Gò Vấp"
        bracket_place=re.compile(rf" \([{SYMBOL_CAPITALS}][{SYMBOL_CAPITALS}&\-]{{1,9}}\) "
                                 rf"(?:{vocab.alternation('bodies_unit_before_name')}"
                                 rf"|{vocab.alternation('city_abbreviation')})\b"),
        unit_abbreviation=re.compile(rf"(?:{unit})(?:\d{{1,3}}[A-Z]?|[{PLAIN_CAPITALS}])"),
        enclosing_unit=re.compile(rf", (?:{unit})(?:\d{{1,3}}(?![\w&])|[{PLAIN_CAPITALS}][\w&]*)"),
        unit_number_end=re.compile(rf"(?<![\w&])(?:{unit})\d{{1,3}}[A-Z]?$"),
        # a country, a one-syllable one (Pháp), or its abbreviation (HQ)
        abroad=re.compile(rf" (?:{vocab.alternation('at_word')}) (?:(?:{vocab.alternation('country')})"
                          rf"|[{PLAIN_CAPITALS}]{LOWER}*|[{SYMBOL_CAPITALS}]{{2,3}})(?![\w&])"),
        own_country_end=re.compile(r"(?<![\w&])(?:%s)$" % "|".join(map(re.escape, sorted(
            vocab.words("own_country") | {a for a, e in vocab.abbreviations.items() if e in vocab.words("own_country")},
            key=len, reverse=True)))),
        dotted=vocab.words("bodies_dotted_abbreviation"),
        party=vocab.words("bodies_party_word"),
        joining=vocab.words("bodies_joining_word"),
        and_words=vocab.words("list_and"),
        number_words=vocab.words("number_word"),
        subject_words=vocab.words("about_word"),
    )


def _patterns(vocab: Vocabulary) -> _Patterns:
    return vocab.memo(_Patterns, lambda: _make_patterns(vocab))


# ------------------------------------------------------------------ reading the words


@dataclass(slots=True)
class _Scan:
    """The reader, word by word, through the words after a head."""

    text: str
    limit: int  # moved back to a full stop once one is read
    vocab: Vocabulary
    words: _Patterns
    end: int  # end of the last accepted word
    cursor: int  # end of the last word read (a connector is read, not yet accepted)
    prev: str = _HEAD  # what the last accepted word was
    known_place: bool = False  # the last accepted words are a province or city of the vocabulary
    lows: int = 0  # small words in a row taken after a capital
    caps: int = 0  # capitalised words in a row just read (a proper name's run)
    glued: bool = False  # the cursor stands right after a dash glued to the next word

    def take(self, end: int) -> str:
        self.end = self.cursor = end
        return _TAKEN


def spec_end(text: str, pos: int, limit: int, vocab: Vocabulary) -> int:
    """Where the words that follow a head (its own name and owners) end."""
    scan = _Scan(text, limit, vocab, _patterns(vocab), end=pos, cursor=pos)
    taken = 0
    while taken < _MAX_SPEC_TOKENS:
        if not scan.glued and _steps_over_joining_dash(scan):
            continue
        t = _word_at_cursor(scan)
        if t is None or t.end() > scan.limit:
            break
        t, w = _without_full_stop(scan, t)
        outcome = _read_word(scan, t, w)
        if outcome == _STOP:
            break
        if outcome == _TAKEN:
            taken += 1
    return scan.end


def _steps_over_joining_dash(s: _Scan) -> bool:
    """A dash glued to the word before or after it joins two parts of one name: ``Phòng
    Thanh tra-Pháp chế``, ``Công ty TNHH Xây dựng- Thương mại- Địa ốc``. Steps the cursor
    over it (to the space after it, or glued, to the word)."""
    text, c, limit = s.text, s.cursor, s.limit
    if not (text[c : c + 1] in _DASHES and s.prev in (_HEAD, _CAP, _ABBR) and c + 2 < limit):
        return False
    if not (text[c + 1].isupper() or text[c + 1] == " " and text[c + 2].isupper()
            and not s.vocab.role_re.match(text, c + 2, limit)
            and not _starts_name(text, TOKEN_RE.match(text, c + 2, limit), limit, s.vocab)):
        return False
    if text[c + 1] == " ":
        s.cursor += 1  # read on from the space, as after any word
    else:
        s.cursor, s.glued = c + 1, True
    return True


def _word_at_cursor(s: _Scan) -> re.Match[str] | None:
    if s.glued:  # the word right after a glued dash
        s.glued = False
        return TOKEN_RE.match(s.text, s.cursor)
    return TOKEN_RE.match(s.text, s.cursor + 1) if s.text[s.cursor : s.cursor + 1] == " " else None


def _without_full_stop(s: _Scan, t: re.Match[str]) -> tuple[re.Match[str], str]:
    """A word ending in a dot ends a sentence: read the word, then stop (not ``TP.``)."""
    w = t.group()
    if w.endswith(".") and len(w) > 1 and w not in s.words.dotted:
        s.limit = min(s.limit, t.end() - 1)
        return TOKEN_RE.match(s.text, t.start(), s.limit) or t, w[:-1]
    return t, w


def _read_word(s: _Scan, t: re.Match[str], w: str) -> str:
    """The first rule that knows the word says what becomes of it; none: the name ended."""
    for rule in _WORD_RULES:
        outcome = rule(s, t, w)
        if outcome is not None:
            return outcome
    return _STOP


def _head(s: _Scan, t: re.Match[str], w: str) -> str | None:
    """Another head opens an owner: ``Ủy ban Kiểm tra | Đảng ủy | Cục Thông tin``. After a
    place it starts another body: ``Sở GD-ĐT TPHCM | Báo Người Lao Động``."""
    hm = s.vocab.head_re.match(s.text, t.start(), s.limit)
    party = w.lower() in s.words.party
    if not (hm and (is_cap(w) or is_abbr(w) or party)):
        return None
    if s.known_place and not party:
        return _STOP  # a place closes a name; a head after it starts another
    s.prev, s.lows, s.caps = _HEAD, 0, 0
    return s.take(hm.end())


def _unit_abbreviation(s: _Scan, t: re.Match[str], w: str) -> str | None:
    """A unit abbreviated and glued to its place: ``Trung tâm Y tế Q.Bình Thạnh``; a
    ward's district after a comma belongs to it: ``Bí thư Đảng ủy P.15, Q.8``."""
    m = s.words.unit_abbreviation.match(w)
    if not m:
        return None
    numbered = w[m.end() - 1].isdigit()
    s.prev, s.lows, s.caps, s.known_place = _PLACE, 0, 0, numbered  # a number closes the place
    enclosing = s.words.enclosing_unit.match(s.text, t.end(), s.limit) if numbered else None
    return s.take(enclosing.end() if enclosing else t.end())


def _code_apart(s: _Scan, t: re.Match[str], w: str) -> str | None:
    """A unit's code written apart from its letters, before the body it belongs to:
    ``Trưởng phòng PC 14 Công an tỉnh``, read on to the owner (before a small word or a
    mark, settling reads the number: ``Trưởng phòng PC 14 cho biết``)."""
    if not (s.prev == _ABBR and _NUMBER_RE.fullmatch(w) and _SHORT_CODE_BEFORE_RE.search(s.text, max(0, t.start() - 5), t.start())):
        return None
    nxt = _next_token(s.text, t.end(), s.limit)
    if nxt is None or not is_cap(nxt.group()) or _starts_name(s.text, nxt, s.limit, s.vocab):
        return None
    return s.take(t.end())


def _abbreviation(s: _Scan, t: re.Match[str], w: str) -> str | None:
    """An abbreviation, or a unit's code right after the head: ``Sở KH&CN``, ``Vụ A1``,
    ``Sở GD-ĐT TPHCM``."""
    if not (is_abbr(w) or (is_code(w) and s.prev == _HEAD)):
        return None
    if w in s.vocab.words("photo_credit"):
        return _STOP  # "HĐND tỉnh Gia Lai ẢNH: Đ.T": a caption's credit, not an abbreviation of the name
    s.prev, s.lows, s.caps = _ABBR, 0, 0
    s.known_place = bool(s.vocab.place_re.fullmatch(w))
    return s.take(t.end())


def _capitalised(s: _Scan, t: re.Match[str], w: str) -> str | None:
    """A capitalised word, or a place of the vocabulary read whole: ``Sở Tài chính``,
    ``Tỉnh ủy Bình Định``; after ``huyện``, ``tỉnh`` ... capitalised words are a place's name."""
    if not is_cap(w):
        return None
    pm = s.vocab.place_re.match(s.text, t.start(), s.limit)
    s.caps = s.caps + 1 if s.prev in (_CAP, _PLACE) else 1
    s.prev, s.lows = (_PLACE if pm or s.prev in (_UNIT, _PLACE) else _CAP), 0
    s.known_place = pm is not None
    return s.take(pm.end() if pm else t.end())


def _name_word(s: _Scan, t: re.Match[str], w: str) -> str | None:
    """A small word names are made of (not a stop word as long): ``Đảng ủy Khối các cơ
    quan tỉnh``; a unit (``huyện``) puts a place's name after it."""
    nm = s.words.name_word.match(s.text, t.start(), s.limit)
    if not nm:
        return None
    sm = s.words.stop.match(s.text, t.start(), s.limit)
    if sm and sm.end() >= nm.end():
        return None
    s.prev, s.lows = (_UNIT if s.words.place_unit.fullmatch(nm.group()) else _WORD), 0
    s.known_place = False
    return s.take(nm.end())


def _dash_between_capitals(s: _Scan, t: re.Match[str], w: str) -> str | None:
    """A spaced dash between two capitalised parts of one name: ``Ban Tư tưởng - Văn
    hóa``, ``Lao động - Thương binh và Xã hội``, ``Văn hoá –Thông tin``; after a head that is
    a name word too, ``Vụ Đại học - Sau đại học`` (not ``Tỉnh ủy - Ủy ban nhân dân``: a head
    after the dash starts the next body)."""
    text, limit, vocab = s.text, s.limit, s.vocab
    if w not in _DASHES or s.prev not in (_CAP, _PLACE, _ABBR, _HEAD):
        return None
    nxt = _next_token(text, t.end(), limit) or TOKEN_RE.match(text, t.end(), limit)
    if not nxt or not (is_cap(nxt.group()) if s.prev != _ABBR else is_abbr(nxt.group())):
        return None
    if vocab.role_re.match(text, nxt.start(), limit) or _starts_name(text, nxt, limit, vocab):
        return None
    if s.prev == _HEAD and (vocab.head_re.match(text, nxt.start(), limit) or vocab.place_re.match(text, nxt.start(), limit)):
        return None
    s.cursor, s.glued = t.end(), nxt.start() == t.end()
    return _READ


def _dash_then_small_words(s: _Scan, t: re.Match[str], w: str) -> str | None:
    """Small words after a dash run on to the place that closes the name (``Phòng Thương
    mại - du lịch Sa Pa``, ``Phòng Kinh tế - hạ tầng huyện Sa Pa``), or to the name of the
    person holding a post in it (``Bộ trưởng Bộ Bưu chính - viễn thông | Đỗ Trung Tá``);
    a verb and its object in an abbreviation name the office's work (``Phòng Sát hạch - cấp
    GPLX Sở GTCC``)."""
    text, limit, vocab = s.text, s.limit, s.vocab
    if w not in _DASHES or s.prev != _CAP:
        return None
    run = _SMALL_WORDS_RE.match(text, t.end(), limit + 1)
    if not run or s.words.stop.search(text, t.end(), run.end()):
        return None
    nxt = TOKEN_RE.match(text, run.end(), limit)
    if not (nxt is None or is_cap(nxt.group()) or is_abbr(nxt.group())):
        return None
    if ends_name(text, t.end() + 1, limit, vocab) and not (nxt is not None and is_abbr(nxt.group())):
        return None
    if nxt and vocab.role_re.match(text, nxt.start(), limit):
        return None
    s.prev, s.lows = _CAP, 0
    s.take(run.end() - 1)
    return _STOP if nxt is None or _starts_name(text, nxt, limit, vocab) else _TAKEN


def _joined_words(s: _Scan, t: re.Match[str], w: str) -> str | None:
    """``và``, ``các``, ``&`` inside a name, read and taken with the word after them:
    ``Bộ Lao động - Thương binh và Xã hội``, ``Liên hiệp các Hội``; not two things (``Tỉnh
    ủy và Đảng ủy Khối``, ``X và Phó thủ tướng Y``), nor before a person (``và đồng chí``)."""
    if w != "&" and w not in s.words.joining:
        return None
    text, limit, vocab = s.text, s.limit, s.vocab
    nxt = TOKEN_RE.match(text, t.end() + 1) if text[t.end() : t.end() + 1] == " " else None
    if nxt is None or s.words.address.match(text, nxt.start()):
        return _STOP
    if w in s.words.and_words and (vocab.head_re.match(text, nxt.start(), limit)
                                   or vocab.role_re.match(text, nxt.start(), limit)):
        return _STOP
    nw = nxt.group()
    if not (is_cap(nw) or is_abbr(nw) or s.words.name_word.match(text, nxt.start(), limit)):
        return _STOP
    s.cursor = t.end()  # read; accepted with the word after it
    return _READ


def _small_word_after_abbreviation(s: _Scan, t: re.Match[str], w: str) -> str | None:
    """Small words after an abbreviation, leading to a capital: ``Công ty TNHH thương mại
    dịch vụ Nam Thái``."""
    if not (s.prev == _ABBR and w[:1].islower() and _capital_follows(s.text, t.start(), s.limit, s.vocab)):
        return None
    return s.take(t.end())


def _small_word_after_capital(s: _Scan, t: re.Match[str], w: str) -> str | None:
    """The first small syllable after a capital completes its word (``Xây dựng``, ``Du
    lịch``); more only where the name visibly goes on (``Phát triển truyền thông KH&CN``)
    and the word is no verb (``Bộ Tài chính | quy định.``, ``Bộ Y tế | kiểm tra``); a small
    word before a title is a verb (``Trường THPT Thái Thuận | gặp Chủ tịch``)."""
    text, limit, vocab, at = s.text, s.limit, s.vocab, t.start()
    if not (s.prev == _CAP and s.lows < 3 and w[:1].islower() and w.isalpha() and not _ends_word(text, at, limit, vocab)):
        return None
    if s.lows == 0:
        goes_on = _completes_word(text, at, limit, vocab, s.caps)
    else:
        goes_on = _name_goes_on(text, t.end(), limit, vocab) and not ends_name(text, at, limit, vocab) \
            and not s.words.name_verb.match(text, at, limit)
    if not goes_on:
        return None
    nt = _next_token(text, t.end(), limit)
    if nt and is_cap(nt.group()) and vocab.role_re.match(text, nt.start(), limit):
        return None
    s.lows, s.caps = s.lows + 1, 0
    return s.take(t.end())


# in this order: the first rule that knows a word decides
_WORD_RULES = (_head, _unit_abbreviation, _code_apart, _abbreviation, _capitalised, _name_word,
               _dash_between_capitals, _dash_then_small_words, _joined_words, _small_word_after_abbreviation,
               _small_word_after_capital)


def _completes_word(text: str, pos: int, limit: int, vocab: Vocabulary, caps: int) -> bool:
    """May the small syllable at pos complete the capital before it (``Xây dựng``, ``Tự
    do``)? Not a word that ends names after a proper name of two or more capitals, whose
    syllables are all written capitalised: ``... cầu đường Cẩm Lũy | vì có``."""
    return caps < 2 or not ends_name(text, pos, limit, vocab, first=False)


def _name_goes_on(text: str, pos: int, limit: int, vocab: Vocabulary) -> bool:
    """After a small word: a capital, an abbreviation or a name word follows (after more
    small words, none a stop word), or the name ends here."""
    words = _patterns(vocab)
    for _ in range(4):
        if pos >= limit or re.match(r"\s*(?:[,;:.()]|$)", text[pos : min(limit, pos + 3)]):
            return True
        nxt = _next_token(text, pos, limit)
        if nxt is None:
            return False
        w = nxt.group()
        if is_cap(w) or is_abbr(w) or words.name_word.match(text, nxt.start(), limit):
            return True
        if not w[:1].islower() or words.stop.match(text, nxt.start(), limit):
            return False
        pos = nxt.end()
    return False


def _capital_follows(text: str, pos: int, limit: int, vocab: Vocabulary) -> bool:
    """Small words (no stop word or title among them) that lead, within four, to a capital."""
    stop = _patterns(vocab).stop_or_joiner
    for i, t in enumerate(TOKEN_RE.finditer(text, pos, min(limit, pos + 60))):
        w = t.group()
        if is_cap(w) or is_abbr(w):
            return True
        if i >= 4 or not (w[:1].islower() and w.isalpha()) or stop.match(text, t.start(), limit) \
                or vocab.role_re.match(text, t.start(), limit):  # "HĐQT | kiêm giám đốc Công ty X"
            return False  # "Bộ GDĐT | chính thức quyết định sử dụng ... Ngoại ngữ": a clause
    return False


def _next_token(text: str, pos: int, limit: int) -> re.Match[str] | None:
    return TOKEN_RE.match(text, pos + 1, limit) if text[pos : pos + 1] == " " else None


def _starts_name(text: str, tok: re.Match[str], limit: int, vocab: Vocabulary) -> bool:
    """A surname followed by another capitalised syllable: a person's name, not a body's."""
    nxt = _next_token(text, tok.end(), limit)
    return tok.group() in vocab.surnames and nxt is not None and is_cap(nxt.group().rstrip("."))


def ends_a_proper_name(text: str, m: re.Match[str], vocab: Vocabulary) -> bool:
    """``phường Ngã Tư Sở, quận Đống Đa``: a one-syllable head right after capitals that are
    no body's, with nothing of its own after it, is the last syllable of a place's name."""
    if " " in m.group() or not m.group()[:1].isupper():
        return False
    before = text[max(0, m.start() - 20) : m.start()].rstrip().rsplit(" ", 1)[-1]
    if not is_cap(before) or vocab.head_re.fullmatch(before) or is_abbr(before):
        return False
    return bool(_AFTER_LAST_SYLLABLE_RE.match(text[m.end() : m.end() + 3]))


def _ends_word(text: str, pos: int, limit: int, vocab: Vocabulary) -> bool:
    """May a small syllable right after a capital not complete its word (``Xây | dựng``)?
    Stop words and the verbs of what people do are never a word's second syllable; the
    verbs bodies do often are (``Ngoại giao``, ``Độc lập``), so they do not count here."""
    words = _patterns(vocab)
    word_start = text.rfind(" ", 0, pos - 1) + 1  # the capital syllable before pos
    if (cm := words.cap_compound.match(text, word_start, limit)) and cm.end() > pos:
        return False  # "Dân số", "An toàn", "Thiết bị": one word with the capital before it
    return words.not_second_syllable.match(text, pos, limit) is not None


def ends_name(text: str, pos: int, limit: int, vocab: Vocabulary, first: bool = True) -> bool:
    """Does a small word at pos surely end a name (a stop word, a verb, a title, an
    honorific), rather than start a longer name word (``dự phòng``, not ``dự``)? Past the
    first small word, the verbs bodies do may be a word's second syllable (``chuyển
    giao``), so only ``first`` counts them."""
    words = _patterns(vocab)
    if words.name_verb.match(text, pos, limit):
        return False  # "Công ty Xây dựng | xây dựng ...": the trade of the name or the clause's verb
    enders = words.first_enders if first else words.enders
    found = [m.end() for m in (enders.match(text, pos, limit), vocab.role_re.match(text, pos, limit)) if m]
    ender = max(found, default=None)
    if ender is None:
        return False
    word = words.name_word.match(text, pos, limit)
    return word is None or word.end() <= ender


def _joins_small_words(text: str, word: re.Match[str], limit: int, vocab: Vocabulary) -> bool:
    """``và`` (or ``&``) between two small words joins two parts of one name (``Công ty Xây
    dựng và chuyển giao kỹ thuật Hà Nội``), not two things."""
    if word.group(1) not in _patterns(vocab).and_words and word.group(1) != "&":
        return False
    nxt = _WORD_AFTER_RE.match(text, word.end(1), limit)
    return nxt is not None and nxt.group(1)[:1].islower() and not ends_name(text, nxt.start(1), limit, vocab)


# ------------------------------------------------------------- settling where it ends


@dataclass(frozen=True, slots=True)
class _Stopped:
    """Where the reader stopped, and the words after it that decide whether the name ends."""

    text: str
    end: int
    limit: int
    vocab: Vocabulary
    words: _Patterns


def settle_end(text: str, end: int, limit: int, vocab: Vocabulary) -> tuple[int, bool]:
    """Check where the reader stopped, and run on where the name visibly goes on.

    Names of offices are often written partly small (``Trung tâm Tìm kiếm cứu nạn hàng hải
    khu vực I``, ``Chi cục phòng chống tệ nạn xã hội Hà Nội``). A name has surely ended
    where punctuation, a stop word, a verb, a title, an honorific or a capital (a person,
    the next body) follows, or where it ends in a place. Past a small word the reader did
    not know, the name is read on only to a place, an abbreviation or a number that closes
    it. Anything else leaves the name in doubt: small words alone
    (``Bộ Công an nhận định``, ``Cục Quản lý lao động nước ngoài``) cannot tell a name's
    own words from the verb after it.
    """
    words = _patterns(vocab)
    settled = _settle(_Stopped(text, end, limit, vocab, words))
    return _abroad(_Stopped(text, settled[0], limit, vocab, words)) or settled


def _settle(at: _Stopped) -> tuple[int, bool]:
    """Where the name ends and whether in doubt: the first rule that knows decides."""
    text, end, limit, vocab = at.text, at.end, at.limit, at.vocab
    if any(goes_on(at) for goes_on in _GOES_ON_PAST_A_MARK):
        return end, True
    first = _WORD_AFTER_RE.match(text, end, limit)
    if first is None:
        return end, False  # punctuation or the end: the name ended
    nt = _WORD_AFTER_RE.match(text, first.end(1), limit)  # the word after that one
    for rule in _NEXT_WORD_RULES:
        settled = rule(at, first, nt)
        if settled is not None:
            return settled
    return _read_tail(text, end, limit, vocab)


def _abroad(at: _Stopped) -> tuple[int, bool] | None:
    """A Vietnamese body abroad is named by where it is: ``Đại sứ quán Việt Nam | tại
    Nhật Bản``, ``Ban quản lý lao động VN | tại HQ``."""
    if not at.words.own_country_end.search(at.text, max(0, at.end - 12), at.end):
        return None
    abroad = at.words.abroad.match(at.text, at.end, at.limit)
    if abroad is None:
        return None
    after = _next_token(at.text, abroad.end(), at.limit)
    place = at.text.rfind(" ", 0, abroad.end()) + 1
    # (not a place of the country: "Công ty Fafilm VN | tại TP HCM" is a branch; nor a word
    # of a longer name)
    if after and (is_cap(after.group()) or is_abbr(after.group())) or at.vocab.place_re.match(at.text, place) \
            or at.text[place : abroad.end()] in at.vocab.words("city_abbreviation"):
        return None
    return abroad.end(), False


def _small_words_after_dash(at: _Stopped) -> bool:
    """``Bộ Bưu chính | - viễn thông``: the name may go on, written small, after a dash."""
    dash = _DASH_SMALL_RE.match(at.text, at.end, at.limit)
    return dash is not None and not ends_name(at.text, dash.start(1), at.limit, at.vocab)


def _fields_listed_small(at: _Stopped) -> bool:
    """``Ủy ban Khoa học | , công nghệ và môi trường``: a name that lists its fields."""
    return at.words.comma_list.match(at.text, at.end, at.limit) is not None \
        and not ends_name(at.text, at.end + 2, at.limit, at.vocab)


def _fields_listed_capitalised(at: _Stopped) -> bool:
    """``Ủy ban Dân số | , Gia đình và Trẻ em``: so too written capitalised (not a list of
    bodies, titles or places)."""
    cl = at.words.comma_caps_list.match(at.text, at.end, at.limit)
    return cl is not None and not (at.vocab.head_re.match(at.text, cl.end(), at.limit)
                                   or at.vocab.role_re.match(at.text, cl.end(), at.limit)
                                   or at.vocab.place_re.match(at.text, cl.end(), at.limit))


def _place_after_bracket(at: _Stopped) -> bool:
    """``Phòng Quản lý đô thị | (QLĐT) quận Gò Vấp``: its place is after the bracket."""
    return at.words.bracket_place.match(at.text, at.end, at.limit) is not None


_GOES_ON_PAST_A_MARK = (_small_words_after_dash, _fields_listed_small, _fields_listed_capitalised, _place_after_bracket)


def _number_closes(at: _Stopped, first: re.Match[str], nt: re.Match[str] | None) -> tuple[int, bool] | None:
    """A number (not a count) closes the name: ``Công ty Điện lực 2.``, ``UBND phường
    27,``, ``Công ty ... Xây dựng 20 | mời``."""
    text, limit = at.text, at.limit
    if not (_ROMAN_OR_NUMBER_RE.fullmatch(first.group(1)) or _FIRMS_NUMBER_RE.fullmatch(first.group(1))
            and text[at.end - 1 : at.end].islower() and not _ends_in_place(at, first, nt)):
        return None
    if _HARD_END_RE.match(text, first.end(1), limit):
        return first.end(1), False
    if text[at.end - 1 : at.end].isalpha() and nt and nt.group(1)[:1].islower() \
            and not at.words.count_unit.match(text, nt.start(1), limit):
        return first.end(1), False
    return None


def _numbered_name(at: _Stopped, first: re.Match[str], nt: re.Match[str] | None) -> tuple[int, bool] | None:
    """``Phòng Công chứng số 2``, ``Trường THCS số 1``: its number is its name."""
    if first.group(1) in at.words.number_words and nt and _NUMBER_RE.fullmatch(nt.group(1)):
        return nt.end(1), False
    return None


def _subject_goes_on(at: _Stopped, first: re.Match[str], nt: re.Match[str] | None) -> tuple[int, bool] | None:
    """``Ủy ban Quốc gia | về APEC 2006``: the name goes on past ``về``."""
    if first.group(1) in at.words.subject_words and nt and (is_cap(nt.group(1)) or is_abbr(nt.group(1))):
        return at.end, True
    return None


def _capital_or_ender_follows(at: _Stopped, first: re.Match[str], nt: re.Match[str] | None) -> tuple[int, bool] | None:
    """A capital (a person, the next body), a verb, a stop word: ``Bộ Công an | phát
    hiện``; not ``và`` or ``&`` joining small words of the name (``Trung tâm Đầu tư | & khai
    thác chợ ...``)."""
    if _joins_small_words(at.text, first, at.limit, at.vocab):
        return None
    w = first.group(1)
    if not w[:1].islower() or ends_name(at.text, first.start(1), at.limit, at.vocab):
        return at.end, False
    return None


def _verb_before_title(at: _Stopped, first: re.Match[str], nt: re.Match[str] | None) -> tuple[int, bool] | None:
    """A small word before a title is a verb: ``... Thái Thuận | gặp Chủ tịch``."""
    if nt and is_cap(nt.group(1)) and at.vocab.role_re.match(at.text, nt.start(1), at.limit):
        return at.end, False
    return None


def _ends_in_place(at: _Stopped, first: re.Match[str], nt: re.Match[str] | None) -> tuple[int, bool] | None:
    """``Tỉnh ủy Lạng Sơn | tổ chức``, ``Công an TP.HCM | bắt giữ``, ``Đảng ủy P.15, Q.8 |
    bức xúc``: a place closed the name."""
    if at.vocab.place_ending_re.search(at.text, max(0, at.end - 40), at.end) \
            or at.words.unit_number_end.search(at.text, max(0, at.end - 8), at.end):
        return at.end, False
    return None


# in this order: the first that settles it decides
_NEXT_WORD_RULES = (_number_closes, _numbered_name, _subject_goes_on, _capital_or_ender_follows,
                    _verb_before_title, _ends_in_place)


def _read_tail(text: str, end: int, limit: int, vocab: Vocabulary) -> tuple[int, bool]:
    """Past small words the reader did not know, run on to what closes the name (a place,
    an abbreviation, a number); else the name stays where the reader stopped, in doubt:
    ``Trung tâm Tìm kiếm cứu nạn hàng hải khu vực I``, ``Cục Quản lý lao động nước ngoài``."""
    pos, words = end, 0
    while words < _MAX_TAIL:
        t = _WORD_AFTER_RE.match(text, pos, limit)
        if t is None:
            break
        w = t.group(1)
        if not _joins_small_words(text, t, limit, vocab):
            if not w[:1].islower():
                return _closing_word(text, t, limit, vocab) or (end, True)
            if ends_name(text, t.start(1), limit, vocab, first=False) or not all(p.isalpha() for p in w.split("/")):
                break
        pos = t.end(1)
        words += 1
    return end, True


def _closing_word(text: str, t: re.Match[str], limit: int, vocab: Vocabulary) -> tuple[int, bool] | None:
    """A word that closes a name written partly small: a place (``... đường sắt Sài Gòn``,
    ``... xã hội Hà Nội``), an abbreviation (``... dầu khí PVN``; ``... tài chính UBND thị xã
    Vĩnh Yên``, a body after it), a number before a mark (``... khu vực I -``). Another
    capital is a name, a title, or words we cannot place (``... cửa khẩu Tân Thanh``)."""
    at, w = t.start(1), t.group(1)
    if pm := vocab.place_re.match(text, at, limit):
        return pm.end(), False
    if is_abbr(w) and not vocab.role_re.match(text, at, limit):
        if hm := vocab.head_re.match(text, at, limit):
            end = max(hm.end(), spec_end(text, hm.end(), limit, vocab))
            # (not "... trường ĐH | bán công Marketing": the name the head opens runs on, small)
            nxt = _WORD_AFTER_RE.match(text, end, limit)
            runs_on = nxt is not None and nxt.group(1)[:1].islower() and not ends_name(text, nxt.start(1), limit, vocab)
            return None if runs_on else (end, False)
        return t.end(1), False
    if _ROMAN_OR_NUMBER_RE.fullmatch(w) and _HARD_END_RE.match(text, t.end(1), limit):
        return t.end(1), False
    return None
