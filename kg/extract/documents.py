"""Numbered documents: ``Nghị quyết số 22-NQ/TW, ngày 02/02/2008 của BCH Trung ương về ...``.

An id is a number and a symbol, party style (``22-NQ/TW``, ``194-NQ/ĐU``) or state style
(``56/KH-SKHCN``, ``01/2021/NĐ-CP``). The type is the word before it or, failing that, the
symbol's type code (``NQ`` → Nghị quyết; vocab/document_types.tsv). After the id may come
its date, ``của`` + issuer and ``về`` + subject. ``Chỉ thị 38`` after ``Chỉ thị số
38-CT/TU`` is the same document; a number with no symbol and no such antecedent is not a
numbered document.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from kg.extract.bodies import BodyMention, parse_body
from kg.extract.dates import DayYear, find_dates
from kg.extract.patterns import last_match
from kg.ingest.normalize import fold
from kg.model import Article, Document, Sentence
from kg.vocab import DocType, Vocabulary, symbol_key
from kg.vocab.alphabet import SMALL_LETTERS_LOOSE, SYMBOL_CAPITALS, SYMBOL_LETTERS

if TYPE_CHECKING:
    from kg.extract.bodies import BodyRegistry
    from kg.extract.context import ArticleContext

# (the symbols are written in letters, not words: no vocabulary, compiled at import)
# (the dash is sometimes spaced: "214/2005/QĐ - TTg", the slash too: "1234 / QĐ - UBND"; a
# code may join two with a dot and end in the year: "81/CV.UB-93")
_CODE = rf"[{SYMBOL_CAPITALS}][{SYMBOL_LETTERS}]*(?:\.[{SYMBOL_CAPITALS}][{SYMBOL_LETTERS}]*)*"
# (a party office's code after the slash may end in a short code after a space, "8869/CV/VP
# TW": a code, not a word of the sentence, where small words or punctuation follow it)
_SPACED_TAIL = rf"(?: [{SYMBOL_CAPITALS}]{{2,4}}(?=[,.;:)]|\s[{SMALL_LETTERS_LOOSE}]|$))?"
_PARTY_ID = rf"\d+[a-z]?\s*[-–]\s*[{SYMBOL_CAPITALS}][{SYMBOL_LETTERS}]*(?:/[{SYMBOL_CAPITALS}][{SYMBOL_LETTERS}0-9.\-]*)+{_SPACED_TAIL}"
_STATE_ID = (rf"\d+ ?/ ?(?:(?:19|20)\d{{2}}/)?{_CODE}"
             rf"(?:(?:-| [-–] )(?:[{SYMBOL_CAPITALS}][{SYMBOL_LETTERS}0-9]*|\d{{2}}(?:\d{{2}})?(?![\w/])))+")
ID_RE = re.compile(rf"(?<![\w/])(?:{_PARTY_ID}|{_STATE_ID})(?![\w/])")
# symbols with no dash, only after a type word: older ones (Nghị quyết 09/CP, thông báo số
# 50/TB/VPCP) and the National Assembly's, whose code ends in its term (Nghị quyết
# 76/2014/QH13, Luật số 59/2020/QH14)
_SHORT_ID_RE = re.compile(rf"(?<![\w/])\d+/(?:(?:19|20)\d{{2}}/)?[{SYMBOL_CAPITALS}][{SYMBOL_LETTERS}]*\d*"
                          rf"(?:/[{SYMBOL_CAPITALS}][{SYMBOL_LETTERS}]*)*{_SPACED_TAIL}(?![\w/\-])")


@dataclass(frozen=True)
class _Patterns:
    """What is written around a document's id, compiled once per vocabulary."""

    number_only: re.Pattern[str]  # "Nghị quyết 22", "Chỉ thị số 38": a number, no symbol
    number_word: re.Pattern[str]  # "số" / "Số" (or nothing) between a type word and the id
    issued_at: re.Pattern[str]  # ", ban hành" before the date after an id
    day_word: re.Pattern[str]  # "ngày" before that date
    issuer_word: re.Pattern[str]  # ", của" / "do" before the issuer
    term: re.Pattern[str]  # "(Khóa X)" after the issuer
    subject_word: re.Pattern[str]  # "về (việc)" before the subject
    subject_end: re.Pattern[str]  # where the subject's clause ends
    issued_before: re.Pattern[str]  # "(đã) ban hành" ending the clause before an id
    next_document: re.Pattern[str]  # ", Kế hoạch số ...": the next document of a list


def _patterns(vocab: Vocabulary) -> _Patterns:
    return vocab.memo(_Patterns, lambda: _make_patterns(vocab))


def _make_patterns(vocab: Vocabulary) -> _Patterns:
    alt = vocab.alternation
    number = alt("number_word")
    issue = alt("document_issue_verb")
    return _Patterns(
        number_only=re.compile(r"\s+(?:(?:%s)\s+)?(\d+)(?![\w/\-])" % number),
        number_word=re.compile(r"\s*(?:%s|%s)?\s*" % (number, alt("number_word", capitalised=True))),
        issued_at=re.compile(r"\s*,?\s*(?:(?:%s)\s+)?" % issue),
        day_word=re.compile(r"(?:(?:%s)\s+)?" % alt("date_day_word")),
        issuer_word=re.compile(r"\s*,?\s*(?:%s)\s+" % alt("document_issuer_preposition")),
        term=re.compile(r"\s*\((?:%s|%s)\s+[IVXLC\d]+\)" % (alt("document_term_word"),
                                                              alt("document_term_word", capitalised=True))),
        subject_word=re.compile(r"\s*,?\s*(?:%s)\s+(?:(?:%s)\s+)?" % (alt("about_word"),
                                                                       alt("document_subject_matter"))),
        subject_end=re.compile(r"\s*(?:[;:]|\.\s|\.$)|,\s(?=%s)" % alt("document_subject_continuation")),
        issued_before=re.compile(r"(?:(?:%s)\s+)?(?:%s)\s+$" % (alt("past_marker"), issue)),
        next_document=re.compile(r",\s+(?=(?i:%s))" % vocab.doc_type_re.pattern),
    )


@dataclass(frozen=True, slots=True)
class DocumentMention:
    start: int
    end: int
    key: str
    id: str
    type: DocType | None
    date: dt.date | None
    issuer: BodyMention | None
    title: str | None
    sentence: int


def _clean_id(raw: str) -> str:
    raw = raw.rstrip(".-")
    joined = re.sub(r"\s*([-–/])\s*", lambda m: "-" if m.group(1) == "–" else m.group(1), raw.strip())
    return joined.replace(" ", "")  # "8869/CV/VP TW": 8869/CV/VPTW


def _type_from_symbol(doc_id: str, vocab: Vocabulary) -> DocType | None:
    codes = re.split(r"[-/]", doc_id)[1:]
    for code in codes:
        if (t := vocab.doc_codes.get(symbol_key(code))) is not None:
            return t
    return None


def _date_at(text: str, pos: int, limit: int, year: DayYear, vocab: Vocabulary) -> tuple[dt.date | None, int]:
    """A full date written right at pos (after ``,`` / ``ngày`` / ``ban hành``)."""
    rx = _patterns(vocab)
    m = rx.issued_at.match(text[pos:limit])
    at = pos + m.end()
    dates = find_dates(text, at, min(limit, at + 40), year, vocab)
    # "ngày 02/02/2008" or "ngày 05 tháng 8 năm 2020" (whose match starts at "ngày")
    if dates and dates[0].has_year and rx.day_word.fullmatch(text[at : dates[0].start]):
        return dates[0].date, dates[0].end
    return None, pos


def _issuer_at(text: str, pos: int, limit: int, vocab: Vocabulary) -> tuple[BodyMention | None, int]:
    """``của`` / ``do`` + the issuing body (``của Giám đốc Sở``: the post's body)."""
    rx = _patterns(vocab)
    m = rx.issuer_word.match(text[pos:limit])
    if not m:
        return None, pos
    at = pos + m.end()
    role = vocab.role_re.match(text, at, limit)
    body = parse_body(text, (role.end() + 1) if role else at, limit, vocab, allow_lower=True)
    if not body or body.doubtful:
        return None, pos
    end = body.end
    if km := rx.term.match(text[end:limit]):  # (Khóa X): the term
        end += km.end()
    return body, end


def _subject_at(text: str, pos: int, limit: int, vocab: Vocabulary) -> str | None:
    """``về`` + subject: quoted, or up to the clause's end or the next document."""
    rx = _patterns(vocab)
    m = rx.subject_word.match(text[pos:limit])
    if not m:
        return None
    rest = text[pos + m.end() : limit]
    if quoted := re.match(r"\s*[“\"]\s*([^”\"]+?)\s*[”\"]", rest):
        return quoted.group(1).strip() or None
    cut = rx.subject_end.search(rest)
    subject = rest[: cut.start()] if cut else rest
    if nxt := rx.next_document.search(subject):  # "..., Kế hoạch số ..."
        subject = subject[: nxt.start()]
    return subject.strip(" ,.") or None


def _details(text: str, pos: int, limit: int, year: DayYear, vocab: Vocabulary):
    """Date, issuer and subject written after an id, in the usual order (date may follow
    the issuer)."""
    limit = min(limit, pos + 400)  # what describes a document follows it closely
    date, pos = _date_at(text, pos, limit, year, vocab)
    issuer, pos = _issuer_at(text, pos, limit, vocab)
    if date is None and issuer is not None:
        date, pos = _date_at(text, pos, limit, year, vocab)
    return date, issuer, _subject_at(text, pos, limit, vocab)


def _issued_before(text: str, sent_start: int, pos: int, year: DayYear, vocab: Vocabulary):
    """``Ngày 25/10/2017, Ban Chấp hành Trung ương ban hành Nghị quyết số 18-NQ/TW``: the
    date and issuer of a clause that reports the document issued."""
    clause_start = max(sent_start, text.rfind(";", sent_start, pos) + 1, pos - 200)
    clause = text[clause_start:pos]
    bm = _patterns(vocab).issued_before.search(clause)
    if not bm:
        return None, None
    dates = [d for d in find_dates(text, clause_start, clause_start + bm.start(), year, vocab) if d.has_year]
    issuer = None
    for b in re.finditer(r",\s*|^\s*", clause[: bm.start()]):
        body = parse_body(text, clause_start + b.end(), clause_start + bm.start(), vocab)
        if body and not body.doubtful and body.end >= clause_start + bm.start() - 1:
            issuer = body
    return (dates[-1].date if dates else None), issuer


def _type_before(text: str, start: int, end: int, vocab: Vocabulary) -> tuple[str, int] | None:
    """The type word written right before an id (``Nghị quyết số`` 22-NQ/TW), and where it starts."""
    last = last_match(vocab.doc_type_re, text, start, end)
    if last and _patterns(vocab).number_word.fullmatch(text[last.end() : end]):
        return last.group(), last.start()
    return None


def _ids_in(text: str, s0: int, s1: int, vocab: Vocabulary) -> list[re.Match[str]]:
    """Candidates: the ids a sentence writes, in order. A symbol with a dash is an id
    (``Chỉ thị số 38-CT/TU``); an older one with none only after a type word (``Nghị quyết
    09/CP``, ``thông báo số 50/TB/VPCP``)."""
    found = list(ID_RE.finditer(text, s0, s1))
    found += [m for m in _SHORT_ID_RE.finditer(text, s0, s1)
              if not any(f.start() <= m.start() < f.end() for f in found)
              and _type_before(text, max(s0, m.start() - 40), m.start(), vocab)]
    return sorted(found, key=lambda m: m.start())


def _document_at(text: str, m: re.Match[str], sent: Sentence, year: DayYear,
                 vocab: Vocabulary) -> DocumentMention | None:
    """The document an id names: ``Nghị quyết số 22-NQ/TW, ngày 02/02/2008 của BCH Trung
    ương (Khóa X) về “nâng cao năng lực lãnh đạo ...”``. Its type is the word before it or
    its symbol's code; a number that neither makes a document (a phone number) is none."""
    s0, s1 = sent.start, sent.end
    doc_id = _clean_id(m.group())
    id_end = m.start() + len(m.group().rstrip(".-"))
    tm = _type_before(text, max(s0, m.start() - 40), m.start(), vocab)
    dtype = (vocab.doc_types.get(fold(tm[0])) if tm else None) or _type_from_symbol(doc_id, vocab)
    if dtype is None:
        return None
    date, issuer, title = _details(text, id_end, s1, year, vocab)
    start = tm[1] if tm else m.start()
    if date is None and issuer is None:
        date, issuer = _issued_before(text, s0, start, year, vocab)
    return DocumentMention(start, id_end, symbol_key(re.sub(r"\s+", "", doc_id)), doc_id,
                           dtype, date, issuer, title, sent.index)


def _back_references(article: Article, found: list[DocumentMention], vocab: Vocabulary) -> list[DocumentMention]:
    """``Chỉ thị 38`` after ``Chỉ thị số 38-CT/TU``: a type word and a bare number name the
    document of that type and number the article named in full before."""
    text = article.text
    by_number: dict[tuple[str, str], DocumentMention] = {}
    for d in found:
        num = re.match(r"\d+", d.id).group()
        if d.type:
            by_number.setdefault((d.type.name, num), d)
    number_only = _patterns(vocab).number_only
    refs = []
    for sent in article.sentences:
        for tm in vocab.doc_type_re.finditer(text, sent.start, sent.end):
            nm = number_only.match(text, tm.end(), sent.end)
            if not nm:
                continue
            dtype = vocab.doc_types.get(fold(tm.group()))
            ante = by_number.get((dtype.name, nm.group(1))) if dtype else None
            if ante and not any(d.start <= tm.start() < d.end for d in found):
                refs.append(DocumentMention(tm.start(), nm.end(), ante.key, ante.id, ante.type, None, None, None, sent.index))
    return refs


def find_documents(article: Article, vocab: Vocabulary) -> list[DocumentMention]:
    """Every numbered document the article names, by its id or, after that, by type and number."""
    text = article.text
    out: list[DocumentMention] = []
    for sent in article.sentences:
        for m in _ids_in(text, sent.start, sent.end, vocab):
            if (doc := _document_at(text, m, sent, article.day_year, vocab)) is not None:
                out += [doc, *_sharing_the_symbol(text, sent, m, doc, vocab)]
    return sorted(out + _back_references(article, out, vocab), key=lambda d: d.start)


def _sharing_the_symbol(text: str, sent: Sentence, m: re.Match[str], doc: DocumentMention,
                        vocab: Vocabulary) -> list[DocumentMention]:
    """``các Nghị quyết số 12, 13 và 14/NQ-HĐND``: the numbers listed before an id after a
    type word are documents of that symbol too, with its date and issuer."""
    listed = vocab.memo(("documents_listed_numbers",), lambda: re.compile(
        r"((?:\d+\s*(?:,|(?:%s))\s*)+)$" % vocab.alternation("list_and")))
    lm = listed.search(text, max(sent.start, m.start() - 60), m.start())
    if lm is None or _type_before(text, max(sent.start, lm.start() - 40), lm.start(), vocab) is None:
        return []
    symbol = re.sub(r"^\d+", "", doc.id)
    return [replace(doc, start=lm.start() + n.start(), key=symbol_key(re.sub(r"\s+", "", n.group() + symbol)),
                    id=n.group() + symbol)
            for n in re.finditer(r"\d+", lm.group(1))]


def _merge_documents(mentions: list[DocumentMention], registry: BodyRegistry, article: Article) -> list[Document]:
    by_key: dict[str, list[DocumentMention]] = defaultdict(list)
    for m in mentions:
        by_key[m.key].append(m)
    docs = []
    for key, ms in by_key.items():
        full = max(ms, key=lambda m: (m.date is not None, m.issuer is not None, m.title is not None, len(m.id)))
        issuer = next((registry.add(m.issuer) for m in ms if m.issuer), None)
        docs.append(Document(
            key=key,
            id=full.id,
            type=next((m.type.name for m in ms if m.type), None),
            date=next((m.date for m in ms if m.date), None),
            issuer=issuer,
            title=next((m.title for m in ms if m.title), None),
            evidence=tuple(article.evidence(s) for s in sorted({m.sentence for m in ms})),
        ))
    return sorted(docs, key=lambda d: d.key)


def add_documents(ctx: ArticleContext) -> None:
    """Component: every numbered document mentioned, merged per document, its issuer
    added to the article's bodies (kg.extract.components)."""
    ctx.document_mentions = find_documents(ctx.article, ctx.vocab)
    ctx.documents = _merge_documents(ctx.document_mentions, ctx.registry, ctx.article)
