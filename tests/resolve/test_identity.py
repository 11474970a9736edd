"""Identity across articles: officials, bodies and documents."""
from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest

from kg.ingest.reader import read_text
from kg.extract import extract_article
from kg.iris import BASE
from kg.model import Merge, MergedMention, MergeEvidence, Resolution
from kg.resolve.identity import resolve
from conftest import ROOT  # noqa: E402


def facts(vocab, key, text):
    return extract_article(read_text(text, f"{key}.txt", vocab, key), vocab)


def test_same_official_in_two_articles_is_one_person(vocab):
    a = facts(vocab, "a", "Đồng chí Trần Văn Tùng, Bí thư Đảng ủy Bộ, Thứ trưởng Bộ Khoa học và Công nghệ phát biểu.")
    b = facts(vocab, "b", "Thứ trưởng Bộ Khoa học và Công nghệ Trần Văn Tùng trao Bằng khen.")
    r = resolve([a, b], vocab)
    assert r.person_of[("a", "Trần Văn Tùng")] == r.person_of[("b", "Trần Văn Tùng")] == f"{BASE}person/tran-van-tung"
    assert r.person_merges and "same body" in r.person_merges[0].merged_on[0].evidence


def test_namesakes_of_two_provinces_stay_apart(vocab):
    a = facts(vocab, "a", "Ông Nguyễn Văn Thành, Giám đốc Sở Khoa học và Công nghệ tỉnh Thái Bình, chủ trì hội nghị.")
    b = facts(vocab, "b", "Ông Nguyễn Văn Thành, Giám đốc Sở Khoa học và Công nghệ tỉnh Cà Mau, phát biểu.")
    r = resolve([a, b], vocab)
    assert r.person_of[("a", "Nguyễn Văn Thành")] != r.person_of[("b", "Nguyễn Văn Thành")]
    assert not r.person_merges


def test_bodies_without_place_are_not_merged_across_articles(vocab):
    a = facts(vocab, "a", "Đảng bộ Sở Khoa học và Công nghệ tổ chức hội nghị; Tỉnh ủy chỉ đạo.")
    b = facts(vocab, "b", "Đảng bộ Sở Khoa học và Công nghệ tổ chức hội nghị; Tỉnh ủy chỉ đạo.")
    r = resolve([a, b], vocab)
    assert r.org_of[("a", "Tỉnh ủy")] != r.org_of[("b", "Tỉnh ủy")]
    assert r.org_of[("a", "Sở Khoa học và Công nghệ")] != r.org_of[("b", "Sở Khoa học và Công nghệ")]


def test_national_bodies_are_one_node(vocab):
    a = facts(vocab, "a", "Bộ trưởng Bộ Tài chính Đinh Tiến Dũng phát biểu.")
    b = facts(vocab, "b", "Thứ trưởng Bộ Tài chính Vũ Văn Ninh phát biểu.")
    r = resolve([a, b], vocab)
    assert r.org_of[("a", "Bộ Tài chính")] == r.org_of[("b", "Bộ Tài chính")] == f"{BASE}org/bo-tai-chinh"


def test_document_numbers_repeat_across_years(vocab):
    a = facts(vocab, "a", "Quán triệt Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương.")
    b = facts(vocab, "b", "Tổng kết Nghị quyết số 18-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương.")
    c = facts(vocab, "c", "Thực hiện Nghị quyết 22-NQ/TW ngày 02/02/2008. Nghị quyết số 22-NQ/TW được quán triệt.")
    d = facts(vocab, "d", "Các chi bộ học tập Nghị quyết số 22-NQ/TW.")
    r = resolve([a, b, c, d], vocab)
    assert r.doc_of[("a", "18-NQ/TW")] != r.doc_of[("b", "18-NQ/TW")]
    assert r.doc_of[("c", "22-NQ/TW")] == r.doc_of[("d", "22-NQ/TW")]  # undated joins the only year known
    assert r.doc_of[("c", "22-NQ/TW")] == f"{BASE}doc/2008/22-nq-tw"


def test_local_document_symbols_are_not_merged_without_issuer(vocab):
    a = facts(vocab, "a", "Thực hiện Nghị quyết số 194-NQ/ĐU của Đảng ủy.")
    b = facts(vocab, "b", "Thực hiện Nghị quyết số 194-NQ/ĐU của Đảng ủy.")
    r = resolve([a, b], vocab)
    assert r.doc_of[("a", "194-NQ/DU")] != r.doc_of[("b", "194-NQ/DU")]


def test_names_differing_only_in_tone_marks_never_share_an_iri(vocab):
    a = facts(vocab, "a", "Ông Lê Văn Thành, Bí thư Huyện ủy, phát biểu. Ông Lê Văn Thanh, Thứ trưởng Bộ Tài chính, dự.")
    b = facts(vocab, "b", "Ông Lê Văn Thành, Thủ trưởng Cơ quan điều tra, cho biết.")
    r = resolve([a, b], vocab)
    assert r.person_of[("a", "Lê Văn Thành")] != r.person_of[("a", "Lê Văn Thanh")]
    assert r.role_of["Thủ trưởng"] != r.role_of["Thứ trưởng"]
    assert r.role_of["Bí thư"] == f"{BASE}role/bi-thu"  # no collision, no suffix


def test_the_same_story_told_twice_is_one_person_a_bare_name_is_not(vocab):
    a = facts(vocab, "a", "Bị cáo Trương Văn Lực khai đã đưa tiền cho Lê Minh Khải tại quận 3.")
    b = facts(vocab, "b", "Tòa tuyên phạt Trương Văn Lực 12 năm tù; Lê Minh Khải được tại ngoại.")
    c = facts(vocab, "c", "Nông dân Trương Văn Lực ở Cà Mau trúng mùa lúa.")
    r = resolve([a, b, c], vocab)
    assert r.person_of[("a", "Trương Văn Lực")] == r.person_of[("b", "Trương Văn Lực")]
    assert r.person_of[("c", "Trương Văn Lực")] != r.person_of[("a", "Trương Văn Lực")]
    assert "named with the same people" in r.person_merges[0].merged_on[0].evidence


def test_an_undated_state_number_is_not_given_another_articles_year(vocab):
    # the government numbers its decrees anew each year: 88/CP of 1999 and a later 88/CP
    a = facts(vocab, "a", "Theo Nghị định 88/CP ngày 1/9/1999 của Chính phủ về quy chế đấu thầu.")
    b = facts(vocab, "b", "Căn cứ Nghị định 88/CP, cơ quan chức năng đã xử phạt.")
    c = facts(vocab, "c", "Nghị định số 88/CP ngày 1/9/1999 quy định rõ. Nghị định 88/CP được áp dụng.")
    r = resolve([a, b, c], vocab)
    assert r.doc_of[("a", "88/CP")] != r.doc_of[("b", "88/CP")]
    assert r.doc_of[("a", "88/CP")] == r.doc_of[("c", "88/CP")] == f"{BASE}doc/1999/88-cp"


def test_a_resolution_is_frozen_and_its_merges_are_typed(vocab):
    a = facts(vocab, "a", "Đồng chí Trần Văn Tùng, Bí thư Đảng ủy Bộ, Thứ trưởng Bộ Khoa học và Công nghệ phát biểu.")
    b = facts(vocab, "b", "Thứ trưởng Bộ Khoa học và Công nghệ Trần Văn Tùng trao Bằng khen.")
    r = resolve([a, b], vocab)
    with pytest.raises(dataclasses.FrozenInstanceError):
        r.person_merges = ()
    person = r.persons[f"{BASE}person/tran-van-tung"]
    assert person.articles == frozenset({"a", "b"})
    (merge,) = r.person_merges
    assert merge == Merge(person.iri, "Trần Văn Tùng",
                          (MergedMention("a", "Trần Văn Tùng"), MergedMention("b", "Trần Văn Tùng")),
                          merge.merged_on)
    assert merge.merged_on[0].articles == ("a", "b")


def test_merges_are_written_to_resolution_json_as_before_with_the_pairs_left_apart(vocab):
    merge = Merge(f"{BASE}person/x", "X", (MergedMention("a", "X"), MergedMention("b", "X")),
                  (MergeEvidence(("a", "b"), "same body: o"),))
    r = Resolution({}, {}, {}, {}, {}, {}, (merge,))
    expected = {"person": f"{BASE}person/x", "name": "X",
                "mentions": [{"article": "a", "name": "X"}, {"article": "b", "name": "X"}],
                "merged_on": [{"articles": ["a", "b"], "evidence": "same body: o"}]}
    assert r.report() == {"persons_merged": [expected], "persons_apart": []}
    assert json.dumps(r.report(), ensure_ascii=False, indent=1) == json.dumps(
        {"persons_merged": [expected], "persons_apart": []}, ensure_ascii=False, indent=1)


def test_anchored_is_read_from_the_body_not_from_its_iri(vocab):
    a = facts(vocab, "a", "Đảng bộ Sở Khoa học và Công nghệ tổ chức hội nghị; Bộ Tài chính chỉ đạo.")
    r = resolve([a], vocab)
    local, national = r.org_of[("a", "Sở Khoa học và Công nghệ")], r.org_of[("a", "Bộ Tài chính")]
    assert (r.orgs[local].anchored, r.orgs[national].anchored) == (False, True)
    assert local.startswith(f"{BASE}org/a/") and national == f"{BASE}org/bo-tai-chinh"


def test_a_document_entity_holds_a_date(vocab):
    a = facts(vocab, "a", "Quán triệt Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương.")
    r = resolve([a], vocab)
    (doc,) = r.documents.values()
    assert doc.date == dt.date(2017, 10, 25) and type(doc.date) is dt.date


def test_two_articles_reporting_one_meeting_give_one_meeting_node(vocab):
    # the same day, the same chair, the same kind of meeting: one meeting, each article its evidence
    a = facts(vocab, "a", "Sáng 12/3/2024, Tỉnh ủy Sơn La tổ chức Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 20. "
                          "Đồng chí Hoàng Văn Chất, Bí thư Tỉnh ủy chủ trì hội nghị.")
    b = facts(vocab, "b", "Ngày 12/3/2024, Hội nghị Ban Chấp hành Đảng bộ tỉnh Sơn La lần thứ 20 khai mạc dưới sự "
                          "chủ trì của đồng chí Hoàng Văn Chất, Bí thư Tỉnh ủy.")
    c = facts(vocab, "c", "Sáng 13/3/2024, đồng chí Hoàng Văn Chất, Bí thư Tỉnh ủy chủ trì Hội nghị Ban Thường vụ "
                          "Tỉnh ủy Sơn La.")
    assert a.meetings and b.meetings and c.meetings
    r = resolve([a, b, c], vocab)
    assert r.meeting_of[("a", 0)] == r.meeting_of[("b", 0)] == f"{BASE}meeting/a/0"
    assert r.meeting_of[("c", 0)] == f"{BASE}meeting/c/0"  # another day: another meeting


def test_the_identity_report_reads_a_build(seeds_build, capsys):
    # bench/identity_report.py re-resolves a build's cached facts: the seeds' national
    # officials are each one node
    import importlib.util

    spec = importlib.util.spec_from_file_location("identity_report", ROOT / "bench" / "identity_report.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    figures = module.report(seeds_build[0], min_articles=1, show=5)
    assert figures["officials"] >= 1 and figures["max_nodes"] == 1, figures
    assert "national officials named in ≥ 1 articles" in capsys.readouterr().out


def test_resolving_leaves_the_cycle_collector_as_it_found_it(vocab):
    import gc
    assert gc.isenabled()
    resolve([], vocab)
    assert gc.isenabled()
    gc.disable()
    try:
        resolve([], vocab)
        assert not gc.isenabled()
    finally:
        gc.enable()
