"""Bodies: find their names in text, split how they nest, expand them from the article.

A body's name is a head noun (``Đảng ủy``, ``Bộ``, ``Sở``, ``UBND``; vocab/body_heads.tsv)
followed by its own words and, often, its owner: ``Ủy ban Kiểm tra | Đảng ủy | Cục Thông
tin`` is the inspection committee of the party committee of the Cục. A parsed name is a
chain of :class:`Level` s, innermost body first.

Vietnamese writing leaves much to the reader: ``Đảng ủy Cục`` means the Cục the article
is about, ``Giám đốc Sở`` its Sở, ``Bí thư Đảng ủy, Giám đốc Sở KH&CN`` the Sở's party
committee. :class:`BodyRegistry` keeps every body an article names and fills such bare
names in from the article's fuller ones, its own ``Full name (ABBR)`` definitions and the
vocabulary's abbreviations.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from kg.extract.patterns import is_abbr, is_cap, is_code
from kg.ingest.sentences import LOWER
from kg.ingest.normalize import fold
from kg.model import Body
from kg.vocab import BodyHead, Vocabulary, alternation, lexicon, phrase_re, phrases_re

if TYPE_CHECKING:
    from kg.extract.context import ArticleContext

_TOKEN_RE = re.compile(r"[\w&]+(?:[.\-][\w&]+)*\.?|\S")
_PAREN_RE = re.compile(r"\s*\(([^()]{2,80})\)")
_MAX_SPEC_TOKENS = 14
_MAX_LEVELS = 5  # Ủy ban Kiểm tra | Đảng ủy | Cục X | Bộ Y is deep already


@dataclass(frozen=True, slots=True)
class Level:
    head: BodyHead | None  # None for a name with no head (VUSTA, KH&CN)
    head_text: str  # the head as it will be printed
    own: str  # the words between this head and its owner, as written

    def text(self) -> str:
        return " ".join(x for x in (self.head_text, self.own) if x)


@dataclass(frozen=True, slots=True)
class BodyMention:
    start: int
    end: int
    text: str  # as written
    levels: tuple[Level, ...]  # innermost first
    # True where the reader stopped at a small word it does not know and could not see
    # where the name ends ("Cục Cảnh sát | điều tra tội phạm về ..."): the name as read may
    # be a cut, different body, so facts do not take it as their body.
    doubtful: bool = False


# one to three small words (after a dash in a name, before the capital that closes it)
_SMALL_WORDS_RE = re.compile(rf"\s*(?:{LOWER}+\s+){{1,3}}")


def _spec_end(text: str, pos: int, limit: int, vocab: Vocabulary) -> int:
    """Where the words that follow a head (its own name and owners) end."""
    name_words = phrase_re("name_word")
    stop = phrase_re("stop")
    end = pos  # end of the last accepted word
    cursor = pos  # end of the last word read (a connector is read, not yet accepted)
    prev = "head"  # head | cap | abbr | place | word: what the last accepted word was
    known_place = False  # the last accepted words are a province or city of the vocabulary
    lows = taken = 0
    caps = 0  # capitalised words in a row just read (a proper name's run)
    glued = False
    while taken < _MAX_SPEC_TOKENS:
        if glued:  # the word right after a glued dash
            t, glued = _TOKEN_RE.match(text, cursor), False
        elif text[cursor : cursor + 1] in ("-", "–") and prev in ("head", "cap", "abbr") and cursor + 2 < limit \
                and (text[cursor + 1].isupper() or text[cursor + 1] == " " and text[cursor + 2].isupper()
                     and not vocab.role_re.match(text, cursor + 2, limit)
                     and not _starts_name(text, _TOKEN_RE.match(text, cursor + 2, limit), limit, vocab)):
            # "Phòng Thanh tra-Pháp chế", "Công ty TNHH Xây dựng- Thương mại- Địa ốc ...": a dash
            # glued to the word before or after it joins two parts of one name
            if text[cursor + 1] == " ":
                cursor += 1  # read on from the space, as after any word
            else:
                cursor, glued = cursor + 1, True
            continue
        else:
            t = _TOKEN_RE.match(text, cursor + 1) if text[cursor : cursor + 1] == " " else None
        if t is None or t.end() > limit:
            break
        w, at = t.group(), t.start()
        if w.endswith(".") and len(w) > 1 and w not in ("TP.", "T.Ư."):
            # a sentence's full stop, not part of the word: read the word, then stop
            limit = min(limit, t.end() - 1)
            w = w[:-1]
            t = _TOKEN_RE.match(text, at, limit) or t
        if (hm := vocab.head_re.match(text, at, limit)) and (is_cap(w) or is_abbr(w) or w.lower() in ("đảng",)):
            if known_place and w.lower() != "đảng":
                break  # "Sở GD-ĐT TPHCM | Báo Người Lao Động": a place closes a name; a head after it starts another
            end = cursor = hm.end()
            prev, lows, caps = "head", 0, 0
        elif is_abbr(w) or (is_code(w) and prev == "head"):
            end = cursor = t.end()
            prev, lows, caps = "abbr", 0, 0
            known_place = bool(vocab.place_re.fullmatch(w))
        elif is_cap(w):
            pm = vocab.place_re.match(text, at, limit)
            end = cursor = pm.end() if pm else t.end()
            caps = caps + 1 if prev in ("cap", "place") else 1
            # after "huyện", "tỉnh" ... capitalised words are a place's name
            prev, lows = ("place" if pm or prev in ("unit", "place") else "cap"), 0
            known_place = pm is not None
        elif (nm := name_words.match(text, at, limit)) \
                and not ((sm := stop.match(text, at, limit)) and sm.end() >= nm.end()):
            end = cursor = nm.end()
            prev, lows = ("unit" if phrase_re("place_unit").fullmatch(nm.group()) else "word"), 0
            known_place = False
        elif w in ("-", "–") and prev in ("cap", "place", "abbr", "head") \
                and (nxt := _next_token(text, t.end(), limit) or _TOKEN_RE.match(text, t.end(), limit)) \
                and (is_cap(nxt.group()) if prev != "abbr" else is_abbr(nxt.group())) \
                and not vocab.role_re.match(text, nxt.start(), limit) \
                and not _starts_name(text, nxt, limit, vocab) \
                and not (prev == "head" and (vocab.head_re.match(text, nxt.start(), limit)
                                             or vocab.place_re.match(text, nxt.start(), limit))):
            # "Ban Tư tưởng - Văn hóa", "Lao động - Thương binh và Xã hội", "Văn hoá –Thông tin";
            # after a head that is a name word too, "Vụ Đại học - Sau đại học" (not "Tỉnh ủy -
            # Ủy ban nhân dân": a head after the dash starts the next body)
            cursor, glued = t.end(), nxt.start() == t.end()
            continue
        elif w in ("-", "–") and prev == "cap" and (run := _SMALL_WORDS_RE.match(text, t.end(), limit + 1)) \
                and not stop.search(text, t.end(), run.end()) \
                and ((nxt := _TOKEN_RE.match(text, run.end(), limit)) is None or is_cap(nxt.group())
                     or is_abbr(nxt.group())) \
                and (not ends_name(text, t.end() + 1, limit, vocab) or nxt is not None and is_abbr(nxt.group())) \
                and not (nxt and vocab.role_re.match(text, nxt.start(), limit)):
            # ("Phòng Sát hạch - cấp GPLX Sở GTCC": a verb and its object in an abbreviation
            # after the dash name the office's work, so they are the name's too)
            # "Phòng Thương mại - du lịch Sa Pa", "Phòng Kinh tế - hạ tầng huyện Sa Pa": small
            # words after the dash run on to the place that closes the name, or to the name of
            # the person holding a post in it ("Bộ trưởng Bộ Bưu chính - viễn thông | Đỗ Trung Tá")
            end = cursor = run.end() - 1
            prev, lows = "cap", 0
            if nxt is None or _starts_name(text, nxt, limit, vocab):
                break
        elif w in ("và", "các", "&"):
            nxt = _TOKEN_RE.match(text, t.end() + 1) if text[t.end() : t.end() + 1] == " " else None
            if nxt is None or re.match(r"(?:đồng chí|ông|bà|Đ/c)\b", text[nxt.start():]):
                break
            if w == "và" and (vocab.head_re.match(text, nxt.start(), limit) or vocab.role_re.match(text, nxt.start(), limit)):
                break  # "Tỉnh ủy và Đảng ủy Khối", "X và Phó thủ tướng Y": two things, not one name
            nw = nxt.group()
            if not (is_cap(nw) or is_abbr(nw) or name_words.match(text, nxt.start(), limit)):
                break
            cursor = t.end()  # read; accepted with the word after it
            continue
        elif prev == "abbr" and w[:1].islower() and _capital_follows(text, at, limit, vocab):
            end = cursor = t.end()  # "Công ty TNHH thương mại dịch vụ Nam Thái"
        elif prev == "cap" and lows < 3 and w[:1].islower() and w.isalpha() and not _ends_word(text, at, limit) \
                and (_completes_word(text, at, limit, vocab, caps) if lows == 0
                     else _name_goes_on(text, t.end(), limit) and not ends_name(text, at, limit, vocab)
                     and not phrase_re("name_verb").match(text, at, limit)) \
                and not ((nt := _next_token(text, t.end(), limit)) and is_cap(nt.group())
                         and vocab.role_re.match(text, nt.start(), limit)):
            # (a small word before a title is a verb: "Trường THPT Thái Thuận | gặp Chủ tịch")
            # the first small syllable after a capital completes its word (Xây dựng, Du lịch);
            # more only where the name visibly goes on (Phát triển truyền thông KH&CN) and the
            # word is no verb ("Bộ Tài chính | quy định.", "Bộ Y tế | kiểm tra")
            end = cursor = t.end()
            lows, caps = lows + 1, 0
        else:
            break
        taken += 1
    return end


def _completes_word(text: str, pos: int, limit: int, vocab: Vocabulary, caps: int) -> bool:
    """May the small syllable at pos complete the capital before it (``Xây dựng``, ``Tự
    do``)? Not a word that ends names after a proper name of two or more capitals, whose
    syllables are all written capitalised: ``... cầu đường Cẩm Lũy | vì có``."""
    return caps < 2 or not ends_name(text, pos, limit, vocab, first=False)


def _name_goes_on(text: str, pos: int, limit: int) -> bool:
    """After a small word: a capital, an abbreviation or a name word follows (after more
    small words, none a stop word), or the name ends here."""
    name_words, stop = phrase_re("name_word"), phrase_re("stop")
    for _ in range(4):
        if pos >= limit or re.match(r"\s*(?:[,;:.()]|$)", text[pos : min(limit, pos + 3)]):
            return True
        nxt = _next_token(text, pos, limit)
        if nxt is None:
            return False
        w = nxt.group()
        if is_cap(w) or is_abbr(w) or name_words.match(text, nxt.start(), limit):
            return True
        if not w[:1].islower() or stop.match(text, nxt.start(), limit):
            return False
        pos = nxt.end()
    return False


def _capital_follows(text: str, pos: int, limit: int, vocab: Vocabulary) -> bool:
    """Small words (no stop word or title among them) that lead, within four, to a capital."""
    stop = phrases_re("stop", "title_joiner")
    for i, t in enumerate(_TOKEN_RE.finditer(text, pos, min(limit, pos + 60))):
        w = t.group()
        if is_cap(w) or is_abbr(w):
            return True
        if i >= 4 or not (w[:1].islower() and w.isalpha()) or stop.match(text, t.start(), limit) \
                or vocab.role_re.match(text, t.start(), limit):  # "HĐQT | kiêm giám đốc Công ty X"
            return False  # "Bộ GDĐT | chính thức quyết định sử dụng ... Ngoại ngữ": a clause
    return False


def _next_token(text: str, pos: int, limit: int) -> re.Match[str] | None:
    return _TOKEN_RE.match(text, pos + 1, limit) if text[pos : pos + 1] == " " else None


def _starts_name(text: str, tok: re.Match[str], limit: int, vocab: Vocabulary) -> bool:
    """A surname followed by another capitalised syllable: a person's name, not a body's."""
    nxt = _next_token(text, tok.end(), limit)
    return tok.group() in vocab.surnames and nxt is not None and is_cap(nxt.group().rstrip("."))


def split_levels(name: str, vocab: Vocabulary) -> tuple[Level, ...]:
    """Split a body's name into levels at each nested head: innermost first."""
    levels: list[Level] = []
    pos = 0
    m = vocab.head_re.match(name, 0)
    head = vocab.heads[fold(m.group())] if m else None
    head_text = _head_text(m.group(), head) if m else ""
    pos = m.end() if m else 0
    own_start = pos
    for t in _TOKEN_RE.finditer(name, pos):
        hm = vocab.head_re.match(name, t.start())
        if not hm or t.start() == own_start and head is None:
            continue
        nested = vocab.heads[fold(hm.group())]
        if nested == head or len(levels) >= _MAX_LEVELS - 1:
            continue  # "Đảng ủy Đảng ủy": no body sits inside one of its own kind
        if not nested.nests or not (is_cap(hm.group().split()[0]) or is_abbr(hm.group().split()[0]) or nested.kind == "party"):
            continue
        if t.start() < own_start:
            continue
        if hm.end() >= len(name.rstrip()) and _ends_a_proper_name(name, hm, vocab):
            continue  # "UBND phường Ngã Tư Sở": the place's last syllable, not a Sở
        levels.append(Level(head, head_text, name[own_start : t.start()].strip()))
        head, head_text = nested, _head_text(hm.group(), nested)
        own_start = hm.end()
    levels.append(Level(head, head_text, name[own_start:].strip()))
    return tuple(levels)


def _head_text(written: str, head: BodyHead | None) -> str:
    """Abbreviated heads are spelled out; written-out ones keep the writer's form."""
    if head is None:
        return written
    if head.needs == "name" and not any(is_abbr(w) for w in written.split()) and written[:1].isupper():
        return written  # Liên hiệp Hội, Công ty: part of a proper name, keep the writer's form
    return head.head


def find_bodies(text: str, start: int, end: int, barriers: list[tuple[int, int]], vocab: Vocabulary,
                keep_doubtful: bool = False) -> list[BodyMention]:
    """Every body named in text[start:end], not crossing a barrier (a person's name); the
    ones whose name may be cut only with ``keep_doubtful``."""
    out: list[BodyMention] = []
    pos = start
    barrier_starts = sorted(b for b, _ in barriers)
    while True:
        m = vocab.head_re.search(text, pos, end)
        if not m:
            break
        nearest = bisect.bisect_left(barrier_starts, m.end())
        limit = min(barrier_starts[nearest], end) if nearest < len(barrier_starts) else end
        if _ends_a_proper_name(text, m, vocab):
            pos = m.end()
            continue
        mention = parse_body(text, m.start(), limit, vocab)
        if mention is None:
            pos = m.end()
            continue
        if keep_doubtful or not mention.doubtful:  # a name that may be cut is not a body the article names
            out.append(mention)
        pos = mention.end
    return out


def _ends_a_proper_name(text: str, m: re.Match[str], vocab: Vocabulary) -> bool:
    """``phường Ngã Tư Sở, quận Đống Đa``: a one-syllable head right after capitals that are
    no body's, with nothing of its own after it, is the last syllable of a place's name."""
    if " " in m.group() or not m.group()[:1].isupper():
        return False
    before = text[max(0, m.start() - 20) : m.start()].rstrip().rsplit(" ", 1)[-1]
    if not is_cap(before) or vocab.head_re.fullmatch(before) or is_abbr(before):
        return False
    return bool(re.match(rf"\s*(?:[,;.)]|$| {LOWER})", text[m.end() : m.end() + 3]))


def parse_body(text: str, pos: int, limit: int, vocab: Vocabulary, headless: bool = False,
               allow_lower: bool = False, in_title: bool = False) -> BodyMention | None:
    """The body named at text[pos:], or None when what stands there is no body's name.
    ``allow_lower``: a bare head written small may name one (an issuer after a title);
    ``in_title``: the head is a title's last word (``trưởng | phòng tài chính UBND ...``),
    so written small it is a head still, if a name follows it."""
    m = vocab.head_re.match(text, pos, limit)
    if m is None and not headless:
        return None
    head_end = m.end() if m else pos
    if m is None:  # the words start right here: read them as if after a head
        if pos == 0 or text[pos - 1] != " ":
            end = pos - 1 + _spec_end(" " + text[pos:limit], 0, limit - pos + 1, vocab)
        else:
            end = _spec_end(text, pos - 1, limit, vocab)
    else:
        end = _spec_end(text, head_end, limit, vocab)
    if end == head_end and m is None:
        return None
    written = text[pos:end]
    if m is not None:
        head = vocab.heads[fold(m.group())]
        if re.match(r"\s(?:trưởng|phó)\b", text[m.end() : m.end() + 8]):
            return None  # "Cục trưởng", "Tổng cục trưởng": a title, not the body
        if written[:1].islower() and not (head.kind == "party" and head.needs in ("owner", "place")) and not in_title:
            return None  # bộ, vụ, hội, sở written small are common words (nội bộ, nhiệm vụ)
        before = text[max(0, pos - 12) : pos]
        if re.search(r"(?i)(?:các|những|mỗi|từng|\d+)\s+$", before) and end == head_end \
                and head.needs in ("owner", "name"):
            return None  # generic plural or a count: các chi bộ trực thuộc, 01 Chi bộ
        if written[:1].islower() and end == head_end and not allow_lower and not in_title \
                and not (head.kind == "party" and head.needs == "place"):
            return None  # a bare lower-case head is a common noun: đảng bộ, chi bộ (not: thị ủy)
        if end == head_end and head.needs == "name" and not head.nests and not in_title:
            return None  # Hội, Ủy ban alone name nothing
    doubtful = False
    if m is None or not (end == head_end and vocab.heads[fold(m.group())].needs == "place"):
        # (a bare Tỉnh ủy, UBND: its place would be a capital, so small words after it
        # are never part of it)
        end, doubtful = _settle_end(text, end, limit, vocab)
        written = text[pos:end]
    if in_title and end == head_end:
        return None  # no word of a name after the title's head
    levels = split_levels(written, vocab)
    if m is not None:
        doubtful = _doubt_by_head(text, end, limit, levels, doubtful, named=end > head_end)
    return BodyMention(pos, end, written, levels, doubtful)


def _doubt_by_head(text: str, end: int, limit: int, levels: tuple[Level, ...], doubtful: bool, named: bool) -> bool:
    """Where the kind of body tells whether its name may go on past ``end`` (``named``: words
    of its own follow the head)."""
    first, last = levels[0].head, levels[-1].head
    if doubtful and named and first and phrase_re("sector_head").fullmatch(first.head) \
            and phrase_re("name_verb").match(text, end + 1, limit):
        return False  # "Bộ Tài chính | xây dựng kế hoạch": a ministry's name is its sector alone
    if first and phrase_re("subject_head").fullmatch(first.head) and re.match(r" về \w", text[end : min(limit, end + 6)]):
        return True  # "Ban Chỉ đạo Nhà nước | về du lịch": its subject is its name too
    if last and last.kind == "other" and _FIRM_AT_PLACE_RE.match(text, end, limit):
        return True  # "Công ty Fafilm VN | tại TP HCM": a firm's branch is named by its place
    return doubtful


# what may end a body's name: punctuation, a quote, a spaced dash, the end of the text
_HARD_END_RE = re.compile(r"\s*(?:[,;:.!?()\[\]\"“”'‘’…]|[-–—](?:\s|$)|$)")
_WORD_AFTER_RE = re.compile(r" ([^\s,;:.!?()\[\]\"“”…]+)")
_ROMAN_OR_NUMBER_RE = re.compile(r"(?:[IVX]{1,4}|\d{1,3}[A-Z]?)")
_MAX_TAIL = 10  # words a name may run on past where the reader stopped
_DASH_SMALL_RE = re.compile(rf"\s?[-–]\s?({LOWER}+)(?!\w)")
_COMMA_LIST_RE = re.compile(rf", (?:{LOWER}+ ){{1,3}}và {LOWER}+")
# "Ủy ban Dân số, Gia đình và Trẻ em": fields written capitalised, a capital then small words, "và"
_COMMA_CAPS_LIST_RE = re.compile(rf", (?=[A-ZĐ]{LOWER}* (?:{LOWER}+ ){{0,2}}và [A-ZĐ])")
_FIRM_AT_PLACE_RE = re.compile(r" tại (?:TP\.? ?|thành phố |tỉnh )?[A-ZĐ]")


_BRACKET_PLACE_RE = re.compile(r" \([A-ZĐ][A-ZĐ&\-]{1,9}\) (?:quận|huyện|tỉnh|thành phố|TP|thị xã|xã|phường)\b")


# word classes after which a name has surely ended; the verbs bodies do ("phát hiện",
# "giao") only right after the name, as further on they may be a word's second syllable
_ENDERS = ("stop", "agent_verb", "speech_verb", "report_verb", "chair_verb", "present_verb",
           "attend_verb", "held_verb", "honorific", "title_joiner", "clause_word")
_FIRST_ENDERS = _ENDERS + ("body_verb",)


def _ends_word(text: str, pos: int, limit: int) -> bool:
    """May a small syllable right after a capital not complete its word (``Xây | dựng``)?
    Stop words and the verbs of what people do are never a word's second syllable; the
    verbs bodies do often are (``Ngoại giao``, ``Độc lập``), so they do not count here."""
    word_start = text.rfind(" ", 0, pos - 1) + 1  # the capital syllable before pos
    if (cm := phrase_re("cap_compound", re.IGNORECASE).match(text, word_start, limit)) and cm.end() > pos:
        return False  # "Dân số", "An toàn", "Thiết bị": one word with the capital before it
    return phrases_re("stop", "agent_verb", "speech_verb").match(text, pos, limit) is not None


def ends_name(text: str, pos: int, limit: int, vocab: Vocabulary, first: bool = True) -> bool:
    """Does a small word at pos surely end a name (a stop word, a verb, a title, an
    honorific), rather than start a longer name word (``dự phòng``, not ``dự``)? Past the
    first small word, the verbs bodies do may be a word's second syllable (``chuyển
    giao``), so only ``first`` counts them."""
    if phrase_re("name_verb").match(text, pos, limit):
        return False  # "Công ty Xây dựng | xây dựng ...": the trade of the name or the clause's verb
    enders = phrases_re(*(_FIRST_ENDERS if first else _ENDERS))
    found = [m.end() for m in (enders.match(text, pos, limit), vocab.role_re.match(text, pos, limit)) if m]
    ender = max(found, default=None)
    if ender is None:
        return False
    word = phrase_re("name_word").match(text, pos, limit)
    return word is None or word.end() <= ender


def _joins_small_words(text: str, word: re.Match[str], limit: int, vocab: Vocabulary) -> bool:
    """``và`` between two small words joins two parts of one name (``Công ty Xây dựng và
    chuyển giao kỹ thuật Hà Nội``), not two things."""
    if word.group(1) != "và":
        return False
    nxt = _WORD_AFTER_RE.match(text, word.end(1), limit)
    return nxt is not None and nxt.group(1)[:1].islower() and not ends_name(text, nxt.start(1), limit, vocab)


def _settle_end(text: str, end: int, limit: int, vocab: Vocabulary) -> tuple[int, bool]:
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
    if (dash := _DASH_SMALL_RE.match(text, end, limit)) and not ends_name(text, dash.start(1), limit, vocab):
        return end, True  # "Bộ Bưu chính | - viễn thông": the name may go on, written small, after a dash
    if _COMMA_LIST_RE.match(text, end, limit) and not ends_name(text, end + 2, limit, vocab):
        return end, True  # "Ủy ban Khoa học | , công nghệ và môi trường": a name that lists its fields
    if (cl := _COMMA_CAPS_LIST_RE.match(text, end, limit)) and not (
            vocab.head_re.match(text, cl.end(), limit) or vocab.role_re.match(text, cl.end(), limit)
            or vocab.place_re.match(text, cl.end(), limit)):
        return end, True  # "Ủy ban Dân số | , Gia đình và Trẻ em": so too written capitalised
    if _BRACKET_PLACE_RE.match(text, end, limit):
        return end, True  # "Phòng Quản lý đô thị | (QLĐT) quận Gò Vấp": its place is after the bracket
    first = _WORD_AFTER_RE.match(text, end, limit)
    if first is None:
        return end, False  # punctuation or the end: the name ended
    w = first.group(1)
    nt = _WORD_AFTER_RE.match(text, first.end(1), limit)  # the word after that one
    if _ROMAN_OR_NUMBER_RE.fullmatch(w):
        if _HARD_END_RE.match(text, first.end(1), limit):
            return first.end(1), False  # "Công ty Điện lực 2.", "UBND phường 27,"
        if text[end - 1 : end].isalpha() and nt and nt.group(1)[:1].islower() \
                and not phrase_re("count_unit").match(text, nt.start(1), limit):
            return first.end(1), False  # "Công ty ... Xây dựng 20 | mời": a number, not a count, closes it
    if w == "số" and nt and re.fullmatch(r"\d{1,3}[A-Z]?", nt.group(1)):
        return nt.end(1), False  # "Phòng Công chứng số 2", "Trường THCS số 1": its number is its name
    if w == "về" and nt and (is_cap(nt.group(1)) or is_abbr(nt.group(1))):
        return end, True  # "Ủy ban Quốc gia | về APEC 2006": the name goes on past "về"
    if not w[:1].islower() or (ends_name(text, first.start(1), limit, vocab)
                               and not _joins_small_words(text, first, limit, vocab)):
        return end, False  # a capital (a person, the next body), a verb, a stop word
    if nt and is_cap(nt.group(1)) and vocab.role_re.match(text, nt.start(1), limit):
        return end, False  # a small word before a title is a verb: "... Thái Thuận | gặp Chủ tịch"
    if vocab.place_ending_re.search(text, max(0, end - 40), end):
        return end, False  # "Tỉnh ủy Lạng Sơn | tổ chức", "Công an TP.HCM | bắt giữ"
    pos, words = end, 0
    while words < _MAX_TAIL:
        t = _WORD_AFTER_RE.match(text, pos, limit)
        if t is None:
            break
        at, w = t.start(1), t.group(1)
        if w[:1].islower():
            if (ends_name(text, at, limit, vocab, first=False) and not _joins_small_words(text, t, limit, vocab)) \
                    or not all(p.isalpha() for p in w.split("/")):
                break
            pos = t.end(1)
        elif pm := vocab.place_re.match(text, at, limit):
            return pm.end(), False  # "... đường sắt Sài Gòn", "... xã hội Hà Nội"
        elif is_abbr(w) and not vocab.role_re.match(text, at, limit):
            if hm := vocab.head_re.match(text, at, limit):  # "... tài chính UBND thị xã Vĩnh Yên"
                return max(hm.end(), _spec_end(text, hm.end(), limit, vocab)), False
            return t.end(1), False  # "... cửa khẩu Tân Thanh" is not closed; "... dầu khí PVN" is
        elif _ROMAN_OR_NUMBER_RE.fullmatch(w) and _HARD_END_RE.match(text, t.end(1), limit):
            return t.end(1), False  # "... khu vực I -"
        else:
            break  # another capital: a name, a title, or words we cannot place
        words += 1
    return end, True


# ---------------------------------------------------------------------------- registry


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
            pm = _PAREN_RE.match(text, mn.end)
            if not pm:
                continue
            for alias in re.split(r"\s+[-–]\s+|,\s*|;\s*", pm.group(1)):
                alias = alias.strip()
                if not alias or len(alias.split()) > 7 or not (is_cap(alias.split()[0]) or is_abbr(alias.split()[0])):
                    continue
                inner = mn.levels[-1] if len(mn.levels) > 1 else mn.levels[0]
                if is_abbr(alias) and _initials_match(alias, inner.own):
                    self.abbreviations[alias] = inner.own
                    continue
                alias_levels = split_levels(alias, self.vocab)
                if alias_levels[0].head and not any(lv.head and lv.head.head == alias_levels[0].head.head
                                                    for lv in mn.levels):
                    continue  # "Cục Quản lý công sản (Bộ Tài chính)": the body it belongs to, not another name
                target = mn.levels
                if alias_levels[0].head and len(mn.levels) > 1:
                    # "Đảng ủy Liên hiệp các Hội ... (Liên hiệp Hội Việt Nam)": the alias
                    # names the level whose head it shares
                    for i, lv in enumerate(mn.levels):
                        if lv.head and lv.head.head == alias_levels[0].head.head:
                            target = mn.levels[i:]
                            break
                elif len(mn.levels) > 1 and not alias_levels[0].head:
                    target = mn.levels[-1:]
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
            elif core in self.vocab.abbreviations and core not in ("TP", "TP."):
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
        return _fold_committees(tuple(out), self.vocab)

    @staticmethod
    def _join(levels: tuple[Level, ...]) -> str:
        return " ".join(lv.text() for lv in levels if lv.text())

    def resolve(self, levels: tuple[Level, ...], scope: tuple[Level, ...] | None = None) -> tuple[Level, ...] | None:
        """Expand a parsed name in the light of the article (and an explicit scope)."""
        levels = self._expand_levels(levels)
        # a headless name or owner that the article defined ("VUSTA", "Liên hiệp Hội Việt Nam")
        for i, lv in enumerate(levels):
            key = fold(lv.text() if lv.head is None else self._join(levels[i:]))
            if lv.head is None or lv.head.needs == "owner":
                key_own = fold(lv.own)
                full = self.aliases.get(key_own) if lv.own else None
                if full and lv.head is not None:
                    return levels[:i] + (replace(lv, own=""),) + split_levels(full, self.vocab)
            if key in self.aliases:
                return levels[:i] + split_levels(self.aliases[key], self.vocab)
        inner = levels[-1]
        if inner.head is None:
            return self._match_headless(levels)
        if inner.head.needs == "owner" and not inner.own:
            if scope and scope[0].head == inner.head:  # về phía Đảng ủy Khối ..., Phó Bí thư Đảng ủy
                return levels[:-1] + scope
            owner = self._scope_for(inner, scope)
            if not owner or any(lv.head == o.head for lv in levels for o in owner) or len(levels) + len(owner) > _MAX_LEVELS:
                return levels  # an owner of the same kind again would nest without end
            if phrase_re("committee_head").fullmatch(inner.head.head) and owner[0].head is not None \
                    and owner[0].head.kind == "party" and owner[0].head.needs == "place":
                return levels  # a committee is not a Tỉnh ủy's or Thành ủy's: never "Đảng ủy Thành ủy X"
            if phrase_re("party_board").fullmatch(inner.head.head) and owner[0].head is not None \
                    and owner[0].head.kind == "state":
                return None  # "Ủy viên Ban Thường vụ, Chủ tịch UBND tỉnh": the board is the party's, not the UBND's
            return levels + owner
        if inner.head.needs == "name" and not inner.own:
            found = self._salient(inner.head)
            return levels[:-1] + found if found else None
        if inner.head.needs == "place" and scope and _lacks_place(inner, self.vocab, city_too=True) \
                and (pm := self.vocab.place_re.search(self._join(scope))):
            # "Phó Bí thư Thành ủy, Chủ tịch UBND TP. Hồ Chí Minh": the list's last body places it
            return levels[:-1] + (replace(inner, own=_with_province(inner.own, pm.group())),)
        if (inner.own or inner.head.needs == "place") and len(self.units.get(inner.own, ())) <= 1:
            # "Tỉnh ủy" → the article's "Tỉnh ủy Bình Định"; not "UBND xã" where the article
            # names two communes: which one it is, the paragraph says, not the article
            longer = self._longer(levels)
            if longer:
                return longer
        if inner.head.needs == "place" and self.province and _lacks_place(inner, self.vocab):
            # "UBND tỉnh", "Tỉnh ủy" in an article that names its one province (guideline)
            return levels[:-1] + (replace(inner, own=_with_province(inner.own, self.province)),)
        return levels

    def _match_headless(self, levels: tuple[Level, ...]) -> tuple[Level, ...] | None:
        """``Phó Giám đốc KH&CN``: words with no head name the article's body that ends so."""
        own = levels[-1].own or levels[-1].head_text
        words = fold(own)
        if not words or self.vocab.place_re.fullmatch(own) or own in lexicon()["country"] \
                or phrase_re("place_unit", re.IGNORECASE).match(own):
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
            kind = _kind(e.levels)
            parent = None
            if len(e.levels) > 1 and _kind(e.levels[1:]) == kind:
                parent = self._join(e.levels[1:])
            out.append(Body(name=name, kind=kind, aliases=tuple(sorted(a for a in e.aliases if a != name)), parent=parent,
                            anchored=_anchored(e.levels, self.vocab)))
        return tuple(out)




def named_units(text: str, names: list[tuple[int, int]] = ()) -> dict[str, set[str]]:
    """The communes, wards and districts an article names, by unit (``xã`` → {Phong Phú, ...}),
    not counting persons' names after a unit (``Chủ tịch UBND xã | Nguyễn Văn Tiên``)."""
    unit_name = re.compile(rf"(?<!\w)({alternation('local_unit')}) ((?:[A-ZĐ][^\W\d_]*)(?: [A-ZĐ][^\W\d_]*)*|\d{{1,2}})")
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
    if phrase_re("district_head").fullmatch(level.head.head):
        return False  # a district's committee: the province is not its place (Thị ủy Vĩnh Yên)
    return own in ("", "tỉnh") and (city_too or level.head.head != "Thành ủy")


def _with_province(own: str, province: str) -> str:
    return f"tỉnh {province}" if own == "tỉnh" else province


def _is_bare(levels: tuple[Level, ...]) -> bool:
    """A name with a part the article must fill in (Đảng ủy, Đảng ủy Cục, Giám đốc Sở)."""
    inner = levels[-1]
    if inner.head is None:
        return True
    return not inner.own and inner.head.needs in ("owner", "name")


def _initials_match(abbr: str, words: str) -> bool:
    letters = [c for c in abbr if c.isalpha()]
    initials = [w[0] for w in words.split() if w not in ("và", "các") and w[:1].isalpha()]
    tail = initials[-len(letters):] if letters else []
    return bool(letters) and len(initials) >= len(letters) and [c.upper() for c in tail] == [c.upper() for c in letters]


def _fold_committees(levels: tuple[Level, ...], vocab: Vocabulary) -> tuple[Level, ...]:
    """``Ban Chấp hành Đảng bộ X`` is the committee ``Đảng ủy X`` (guideline)."""
    out = list(levels)
    i = 0
    while i < len(out) - 1:
        a, b = out[i], out[i + 1]
        if a.head and b.head and not a.own and a.head.head == "Ban Chấp hành" and b.head.head in ("Đảng bộ", "Đảng ủy"):
            committee = vocab.heads[fold("Đảng ủy")]
            out[i : i + 2] = [Level(committee, "Đảng ủy", b.own)]
            continue
        if a.head and b.head and a.head.head == "Ban Thường vụ" and b.head.head == "Đảng bộ":
            out[i + 1] = Level(vocab.heads[fold("Đảng ủy")], "Đảng ủy", b.own)
        i += 1
    return tuple(out)


_INHERIT_KIND = {"Văn phòng", "Ban Chấp hành", "Ban Thường vụ"}


def _kind(levels: tuple[Level, ...]) -> str:
    head = levels[0].head
    if head is None:
        return "other"
    if head.head in _INHERIT_KIND and len(levels) > 1:
        return _kind(levels[1:])
    return head.kind


def _anchored(levels: tuple[Level, ...], vocab: Vocabulary) -> bool:
    """Does the name pin down one body nationwide (a place or a national body in it)?"""
    name = " ".join(lv.text() for lv in levels)
    if vocab.place_re.search(name) or re.search(r"(?i)\b(?:trung ương|việt nam|quốc gia|chính phủ|quốc hội)\b", name):
        return True
    if re.search(r"(?:tỉnh|thành phố|huyện|quận|xã|phường|thị xã)\s+[A-ZĐ]", name):
        return True
    for lv in levels:
        if lv.head and lv.head.needs == "none":
            return True
        if lv.head and lv.head.head in ("Bộ", "Tổng cục") and lv.own:
            return True  # ministries and their general departments are national (a Cục may be a province's)
    return False


def _body_mentions(ctx: ArticleContext) -> list[BodyMention]:
    barriers = sorted((p.start, p.end) for p in ctx.persons)
    out: list[BodyMention] = []
    for s in ctx.article.sentences:
        # only the names inside the sentence can cut a body's name in it
        inside = barriers[bisect.bisect_left(barriers, (s.start, s.start)) : bisect.bisect_left(barriers, (s.end, s.end))]
        out.extend(find_bodies(ctx.text, s.start, s.end, inside, ctx.vocab, keep_doubtful=True))
    return out


def add_bodies(ctx: ArticleContext) -> None:
    """Component: the bodies the article names, the places, and the article's registry of
    bodies, which fills in bare names (kg.extract.components)."""
    from kg.extract.slug import title_from_url

    text, vocab = ctx.text, ctx.vocab
    ctx.body_mentions = _body_mentions(ctx)
    ctx.places = frozenset(m.group() for m in vocab.place_re.finditer(text))
    provinces = set(ctx.places) - {"Việt Nam"} - vocab.words("city")
    ctx.registry = BodyRegistry(vocab, province=provinces.pop() if len(provinces) == 1 else None,
                                units=named_units(text, [(p.start, p.end) for p in ctx.persons]),
                                partial=[b.levels for b in ctx.body_mentions if b.doubtful])
    slug_title = title_from_url(ctx.article.source_url, text) if ctx.article.source_url else None
    extra = find_bodies(slug_title, 0, len(slug_title), [], vocab) if slug_title else []
    ctx.registry.add_all(text, ctx.bodies, extra=extra)
    ctx.slug_title = slug_title
