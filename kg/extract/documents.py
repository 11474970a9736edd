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
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.extract.bodies import BodyMention, parse_body
from kg.extract.dates import find_dates
from kg.ingest.normalize import fold
from kg.model import Article, Document
from kg.vocab import DocType, Vocabulary, symbol_key

if TYPE_CHECKING:
    from kg.extract.bodies import BodyRegistry
    from kg.extract.context import ArticleContext

_L = r"A-Za-zĐđ"
_PARTY_ID = rf"\d+[a-z]?\s*[-–]\s*[A-ZĐ][{_L}]*(?:/[A-ZĐ][{_L}0-9.\-]*)+"
# (the dash is sometimes spaced: "214/2005/QĐ - TTg")
_STATE_ID = rf"\d+/(?:(?:19|20)\d{{2}}/)?[A-ZĐ][{_L}]*(?:(?:-| [-–] )[A-ZĐ][{_L}0-9]*)+"
ID_RE = re.compile(rf"(?<![\w/])(?:{_PARTY_ID}|{_STATE_ID})(?![\w/])")
# older symbols with no dash (Nghị quyết 09/CP, thông báo số 50/TB/VPCP): only after a type word
_SHORT_ID_RE = re.compile(rf"(?<![\w/])\d+/(?:(?:19|20)\d{{2}}/)?[A-ZĐ][{_L}]*(?:/[A-ZĐ][{_L}]*)*(?![\w/\-])")
_NUMBER_ONLY_RE = re.compile(r"\s+(?:số\s+)?(\d+)(?![\w/\-])")
_SO_RE = re.compile(r"\s*(?:số|Số)?\s*")


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
    return re.sub(r"\s*([-–/])\s*", lambda m: "-" if m.group(1) == "–" else m.group(1), raw.strip())


def _type_from_symbol(doc_id: str, vocab: Vocabulary) -> DocType | None:
    codes = re.split(r"[-/]", doc_id)[1:]
    for code in codes:
        if (t := vocab.doc_codes.get(symbol_key(code))) is not None:
            return t
    return None


def _date_at(text: str, pos: int, limit: int, year: int | None) -> tuple[dt.date | None, int]:
    """A full date written right at pos (after ``,`` / ``ngày`` / ``ban hành``)."""
    m = re.match(r"\s*,?\s*(?:ban hành\s+)?", text[pos:limit])
    at = pos + m.end()
    dates = find_dates(text, at, min(limit, at + 40), year)
    # "ngày 02/02/2008" or "ngày 05 tháng 8 năm 2020" (whose match starts at "ngày")
    if dates and dates[0].has_year and re.fullmatch(r"(?:ngày\s+)?", text[at : dates[0].start]):
        return dates[0].date, dates[0].end
    return None, pos


def _issuer_at(text: str, pos: int, limit: int, vocab: Vocabulary) -> tuple[BodyMention | None, int]:
    """``của`` / ``do`` + the issuing body (``của Giám đốc Sở``: the post's body)."""
    m = re.match(r"\s*,?\s*(?:của|do)\s+", text[pos:limit])
    if not m:
        return None, pos
    at = pos + m.end()
    role = vocab.role_re.match(text, at, limit)
    body = parse_body(text, (role.end() + 1) if role else at, limit, vocab, allow_lower=True)
    if not body or body.doubtful:
        return None, pos
    end = body.end
    if km := re.match(r"\s*\((?:[Kk]hóa|[Kk]hoá)\s+[IVXLC\d]+\)", text[end:limit]):  # (Khóa X): the term
        end += km.end()
    return body, end


def _subject_at(text: str, pos: int, limit: int, vocab: Vocabulary) -> str | None:
    """``về`` + subject: quoted, or up to the clause's end or the next document."""
    m = re.match(r"\s*,?\s*về\s+(?:việc\s+)?", text[pos:limit])
    if not m:
        return None
    rest = text[pos + m.end() : limit]
    if quoted := re.match(r"\s*[“\"]\s*([^”\"]+?)\s*[”\"]", rest):
        return quoted.group(1).strip() or None
    cut = re.search(r"\s*(?:[;:]|\.\s|\.$)|,\s(?=đồng thời|và các)", rest)
    subject = rest[: cut.start()] if cut else rest
    if nxt := re.search(r",\s+(?=(?i:%s))" % vocab.doc_type_re.pattern, subject):  # "..., Kế hoạch số ..."
        subject = subject[: nxt.start()]
    return subject.strip(" ,.") or None


def _details(text: str, pos: int, limit: int, year: int | None, vocab: Vocabulary):
    """Date, issuer and subject written after an id, in the usual order (date may follow
    the issuer)."""
    limit = min(limit, pos + 400)  # what describes a document follows it closely
    date, pos = _date_at(text, pos, limit, year)
    issuer, pos = _issuer_at(text, pos, limit, vocab)
    if date is None and issuer is not None:
        date, pos = _date_at(text, pos, limit, year)
    return date, issuer, _subject_at(text, pos, limit, vocab)


_ISSUED_RE = re.compile(r"(?:đã\s+)?ban hành\s+$")


def _issued_before(text: str, sent_start: int, pos: int, year: int | None, vocab: Vocabulary):
    """``Ngày 25/10/2017, Ban Chấp hành Trung ương ban hành Nghị quyết số 18-NQ/TW``: the
    date and issuer of a clause that reports the document issued."""
    clause_start = max(sent_start, text.rfind(";", sent_start, pos) + 1, pos - 200)
    clause = text[clause_start:pos]
    bm = _ISSUED_RE.search(clause)
    if not bm:
        return None, None
    dates = [d for d in find_dates(text, clause_start, clause_start + bm.start(), year) if d.has_year]
    issuer = None
    for b in re.finditer(r",\s*|^\s*", clause[: bm.start()]):
        body = parse_body(text, clause_start + b.end(), clause_start + bm.start(), vocab)
        if body and not body.doubtful and body.end >= clause_start + bm.start() - 1:
            issuer = body
    return (dates[-1].date if dates else None), issuer


def _type_before(text: str, start: int, end: int, vocab: Vocabulary) -> tuple[str, int] | None:
    """The type word written right before an id (``Nghị quyết số`` 22-NQ/TW), and where it starts."""
    last = None
    for tm in vocab.doc_type_re.finditer(text, start, end):
        last = tm
    if last and _SO_RE.fullmatch(text[last.end() : end]):
        return last.group(), last.start()
    return None


def find_documents(article: Article, vocab: Vocabulary) -> list[DocumentMention]:
    text = article.text
    year = article.year
    out: list[DocumentMention] = []
    for sent in article.sentences:
        s0, s1 = sent.start, sent.end
        found = list(ID_RE.finditer(text, s0, s1))
        found += [m for m in _SHORT_ID_RE.finditer(text, s0, s1)
                  if not any(f.start() <= m.start() < f.end() for f in found)
                  and _type_before(text, max(s0, m.start() - 40), m.start(), vocab)]
        for m in sorted(found, key=lambda m: m.start()):
            doc_id = _clean_id(m.group())
            id_end = m.start() + len(m.group().rstrip(".-"))
            tm = _type_before(text, max(s0, m.start() - 40), m.start(), vocab)
            dtype = (vocab.doc_types.get(fold(tm[0])) if tm else None) or _type_from_symbol(doc_id, vocab)
            if dtype is None:
                continue  # a number that no type word or code makes a document (a phone no.)
            date, issuer, title = _details(text, id_end, s1, year, vocab)
            start = tm[1] if tm else m.start()
            if date is None and issuer is None:
                date, issuer = _issued_before(text, s0, start, year, vocab)
            out.append(DocumentMention(start, id_end, symbol_key(re.sub(r"\s+", "", doc_id)), doc_id,
                                       dtype, date, issuer, title, sent.index))
    # back-references: "Nghị quyết 22" after "Nghị quyết số 22-NQ/TW"
    by_number: dict[tuple[str, str], DocumentMention] = {}
    for d in out:
        num = re.match(r"\d+", d.id).group()
        if d.type:
            by_number.setdefault((d.type.name, num), d)
    refs = []
    for sent in article.sentences:
        for tm in vocab.doc_type_re.finditer(text, sent.start, sent.end):
            nm = _NUMBER_ONLY_RE.match(text, tm.end(), sent.end)
            if not nm:
                continue
            dtype = vocab.doc_types.get(fold(tm.group()))
            ante = by_number.get((dtype.name, nm.group(1))) if dtype else None
            if ante and not any(d.start <= tm.start() < d.end for d in out):
                refs.append(DocumentMention(tm.start(), nm.end(), ante.key, ante.id, ante.type, None, None, None, sent.index))
    return sorted(out + refs, key=lambda d: d.start)


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
