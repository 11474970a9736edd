"""Extraction on any text: it never raises, and every fact's evidence is a passage of the
article it was read from (a user follows evidence back to the sentence)."""
from __future__ import annotations

import dataclasses
from importlib.resources import files

from hypothesis import HealthCheck, given, settings, strategies as st

from kg import vocab as vocab_module
from kg.extract import extract_article
from kg.ingest.reader import SkipInput, read_text
from kg.model import Evidence

VOCAB = vocab_module.load()


def _column(name: str, skip_header: bool) -> list[str]:
    """The first column of a vocabulary file, in file order (the commonest first)."""
    lines = files("kg.vocab").joinpath(name).read_text("utf-8").splitlines()
    rows = [ln.split("\t") for ln in lines[skip_header:] if ln.strip() and not ln.startswith("#")]
    return list(dict.fromkeys(row[0] for row in rows if row[0]))


# The pieces Vietnamese party news is made of, from the vocabulary files, and the joints
# between them where extraction rules look: titles, body names, names, dates, numbers.
PIECES = (
    _column("roles.tsv", True) + _column("body_heads.tsv", True) + _column("document_types.tsv", True)
    + _column("abbreviations.tsv", False) + _column("surnames.txt", False)[:40] + _column("places.txt", False)[:30]
    + ["Văn", "Thị", "Hữu", "Minh", "An", "Bình", "đồng chí", "Đồng chí", "ông", "bà", "chủ trì", "phát biểu",
       "Hội nghị", "tổ chức", "dự", "tham dự", "báo cáo", "về", "của", "và", "số", "ngày", "tháng", "năm",
       "Sáng", "Chiều", "Ngày", "tại", "nhiệm kỳ", "2020-2025", "22-NQ/TW", "35-CT/TW", "56/KH-SKHCN",
       "12/3/2021", "3-7", "ngày 19/1", "28/12/2020 13:39", "Theo https://example.vn/a-b.html",
       ", ", ". ", " - ", " – ", "; ", ": ", "(", ")", "\"", "“", "”", "\n", "\n\n", " ", "  ", "\t", "…", "/",
       "Đ/c", "TP.", "Tp.", "Q.", "PGS.TS", "Th.S", "A.", "Đảng ủy", "Đảng bộ", "Chi bộ", "Tỉnh ủy", "Thành ủy"]
)
ROLES, HEADS = _column("roles.tsv", True), _column("body_heads.tsv", True)
SURNAMES = _column("surnames.txt", False)[:20]
GIVEN = ["Văn", "Thị", "Hữu", "Minh", "Quang", "An", "Bình", "Thành", "Hùng", "Lan"]
# "Đồng chí Nguyễn Văn An, Bí thư Đảng ủy ..." / "ông Lê Minh, Phó Giám đốc Sở ..."
person_phrase = st.builds(
    lambda honorific, surname, names, sep, role, head: f"{honorific} {surname} {' '.join(names)}{sep}{role} {head}",
    st.sampled_from(["Đồng chí", "đồng chí", "ông", "bà", "Đ/c", ""]), st.sampled_from(SURNAMES),
    st.lists(st.sampled_from(GIVEN), min_size=1, max_size=3), st.sampled_from([", ", " - ", " – ", " ("]),
    st.sampled_from(ROLES), st.sampled_from(HEADS))
# "Sáng 12/3/2021, Đảng ủy ... tổ chức Hội nghị ...", "... chủ trì Hội nghị."
meeting_phrase = st.builds(
    lambda when, date, head, person, verb: f"{when} {date}, {head} tổ chức Hội nghị. {person} {verb} Hội nghị.",
    st.sampled_from(["Sáng", "Chiều", "Ngày", "Tối"]), st.sampled_from(["12/3/2021", "3-7", "28/12", "ngày 5/1/2020"]),
    st.sampled_from(HEADS), person_phrase, st.sampled_from(["chủ trì", "phát biểu tại", "dự", "báo cáo tại"]))
news_like = st.lists(st.sampled_from(PIECES) | person_phrase | meeting_phrase | st.text(max_size=4),
                     max_size=120).map(" ".join)
any_text = st.text(max_size=600)


def _evidence(value) -> list[Evidence]:
    """Every Evidence inside a value of the facts (dataclasses, tuples)."""
    if isinstance(value, Evidence):
        return [value]
    if dataclasses.is_dataclass(value):
        return [e for f in dataclasses.fields(value) for e in _evidence(getattr(value, f.name))]
    if isinstance(value, tuple | list):
        return [e for v in value for e in _evidence(v)]
    return []


def _check(text: str) -> None:
    try:
        article = read_text(text, "fuzz.txt", VOCAB)
    except SkipInput:
        return  # nothing to read: empty after clutter is dropped
    facts = extract_article(article, VOCAB)  # must not raise
    for ev in _evidence(facts):
        assert 0 <= ev.start <= ev.end <= len(article.text)
        assert article.text[ev.start : ev.end] == ev.exact
        assert article.text[: ev.start].endswith(ev.prefix) and article.text[ev.end :].startswith(ev.suffix)
    for person in facts.persons:
        assert person.name.strip() and person.name == " ".join(person.name.split())


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(news_like)
def test_news_like_text_never_breaks_extraction_and_evidence_is_a_passage_of_it(text):
    _check(text)


@settings(max_examples=300, deadline=None)
@given(any_text)
def test_arbitrary_text_never_breaks_extraction(text):
    _check(text)


def test_the_news_pieces_do_make_facts():
    """The strategy reaches the extraction rules (else the test above proves little)."""
    text = ("Sáng 12/3/2021, Đảng ủy Bộ Khoa học và Công nghệ tổ chức Hội nghị. Đồng chí Nguyễn Văn An, "
            "Bí thư Đảng ủy chủ trì. Hội nghị quán triệt Nghị quyết số 22-NQ/TW.")
    assert all(p in PIECES for p in ("Sáng", "Đảng ủy", "Hội nghị", "Đồng chí", "Nguyễn", "Văn", "An",
                                     "Bí thư", "chủ trì", "22-NQ/TW"))
    facts = extract_article(read_text(text, "t.txt", VOCAB), VOCAB)
    assert facts.persons and facts.meetings and facts.documents
    assert _evidence(facts)
