"""Numbered documents: ids, types, dates, issuers and subjects, as the news writes them."""
from __future__ import annotations

import datetime as dt


def docs(facts):
    return {d.id: d for d in facts.documents}


def test_party_and_state_documents_with_date_issuer_and_subject(facts_of):
    f = facts_of("Chiều 22/5, Đảng bộ Sở tổ chức Hội nghị tổng kết 10 năm thực hiện Nghị quyết số 22-NQ/TW, ngày "
                 "02/02/2008 của BCH Trung ương (Khóa X) về “ nâng cao năng lực lãnh đạo của tổ chức cơ sở đảng”. "
                 "Kế hoạch số 56/KH-SKHCN ngày 17/01/2020 của Giám đốc Sở về hoạt động khoa học năm 2020 và "
                 "Chỉ thị số 16/CT-TTg về việc tăng cường năng lực tiếp cận Cuộc cách mạng công nghiệp lần thứ 4.",
                 published="11:16 23/05/2018")
    d = docs(f)
    assert d["22-NQ/TW"].type == "Nghị quyết" and d["22-NQ/TW"].date == dt.date(2008, 2, 2)
    assert d["22-NQ/TW"].issuer == "Ban Chấp hành Trung ương Đảng"
    assert d["22-NQ/TW"].title == "nâng cao năng lực lãnh đạo của tổ chức cơ sở đảng"
    assert d["56/KH-SKHCN"].type == "Kế hoạch" and d["56/KH-SKHCN"].date == dt.date(2020, 1, 17)
    assert d["16/CT-TTg"].type == "Chỉ thị" and d["16/CT-TTg"].date is None
    assert f.meetings[0].documents == ("22-NQ/TW",)


def test_written_two_ways_is_one_document(facts_of):
    f = facts_of("Nghị quyết số 20 -NQ/TW (tháng 11/2012) đã được triển khai. Chỉ thị số 38-CT/TU được quán triệt. "
                 "Chỉ thị 38 nêu rõ yêu cầu. Hướng dẫn 221-HĐ/ĐU và hướng dẫn 221-HD/ĐU là một.")
    d = docs(f)
    assert set(d) == {"20-NQ/TW", "38-CT/TU", "221-HĐ/ĐU"}
    assert d["20-NQ/TW"].date is None  # only a month is given
    assert len(d["38-CT/TU"].evidence) == 2  # the back-reference is a second mention


def test_numbers_without_symbol_are_not_numbered_documents(facts_of):
    f = facts_of("Các chi bộ thực hiện Nghị quyết số 02 và Nghị quyết Trung ương 4 khóa XII; gọi số 0912-345/678.")
    assert f.documents == ()


def test_subject_stops_at_the_next_document_and_old_symbols(facts_of):
    f = facts_of("Kế hoạch số 12/KH-UBND ngày 3/2/2020 của UBND tỉnh về phòng chống dịch, Quyết định số 1234/QĐ-UBND "
                 "ngày 5/2/2020 về thành lập ban chỉ đạo. Bên lề hội nghị tổng kết 5 năm thực hiện Nghị quyết 09/CP, "
                 "ngày 24/7 tại TP Hải Phòng.")
    d = docs(f)
    assert d["12/KH-UBND"].title == "phòng chống dịch" and d["12/KH-UBND"].issuer == "Ủy ban nhân dân tỉnh"
    assert d["1234/QĐ-UBND"].date == dt.date(2020, 2, 5)
    assert d["09/CP"].type == "Nghị quyết"
    assert "24/7" not in d


def test_date_written_in_words_or_before_the_document(facts_of):
    f = facts_of("Ngày 25/10/2017, Ban Chấp hành Trung ương Đảng ban hành Nghị quyết số 18-NQ/TW về một số vấn đề "
                 "tiếp tục đổi mới. Quyết định số 1234/QĐ-TTg ngày 05 tháng 8 năm 2020 phê duyệt Đề án. "
                 "Thực hiện Quy định 37-QĐi/TW ngày 25/10/2021 của Bộ Chính trị.")
    d = docs(f)
    assert d["18-NQ/TW"].date == dt.date(2017, 10, 25) and d["18-NQ/TW"].issuer == "Ban Chấp hành Trung ương Đảng"
    assert d["1234/QĐ-TTg"].date == dt.date(2020, 8, 5)
    assert d["37-QĐi/TW"].type == "Quy định" and d["37-QĐi/TW"].issuer == "Bộ Chính trị"


def test_a_state_symbol_with_a_spaced_dash_is_one_id(facts_of):
    f = facts_of("Tiêu đề\n(NLĐ) - Thủ tướng Chính phủ vừa ban hành Quyết định số 214/2005/QĐ - TTg phê duyệt đề án "
                 "phát triển thị trường công nghệ.")
    assert [(d.id, d.type) for d in f.documents] == [("214/2005/QĐ-TTg", "Quyết định")]


def test_a_code_that_ends_in_a_number_is_part_of_the_symbol(facts_of):
    """The National Assembly's code carries its term (QH10, QH14); a police department's is
    a letter and a number (C15): both follow a type word without a dash."""
    f = facts_of("Theo Nghị quyết số 40/2000/QH10 của Quốc hội về đổi mới chương trình giáo dục phổ thông, "
                 "các trường đã thay sách. Cục Cảnh sát kinh tế đã ký thông báo số 924/C15 gửi các đơn vị.")
    d = docs(f)
    assert d["40/2000/QH10"].type == "Nghị quyết" and d["40/2000/QH10"].issuer == "Quốc hội"
    assert d["924/C15"].type == "Thông báo"
    assert "40/2000/QH1" not in d and len(d) == 2


def test_the_day_a_clause_opens_with_dates_the_decision_it_signs(facts_of):
    f = facts_of("Tin tức\nNgày 9/3/2018, Thủ tướng Chính phủ đã ký Quyết định số 312/QĐ-TTg bổ nhiệm ông Lê Văn Hòa giữ "
                 "chức Thứ trưởng Bộ Công Thương.")
    (d,) = f.documents
    assert (d.id, d.date) == ("312/QĐ-TTg", dt.date(2018, 3, 9))


def test_numbers_listed_before_a_symbol_are_documents_of_it(facts_of):
    f = facts_of("Tin tức\nKỳ họp đã thông qua các Nghị quyết số 21, 22 và 23/NQ-HĐND ngày 10/7/2023 của HĐND tỉnh.")
    assert [(d.id, d.date) for d in f.documents] == [(f"{n}/NQ-HĐND", dt.date(2023, 7, 10)) for n in (21, 22, 23)]
    # with no type word before them, numbers are no documents' ("Điều 12, 13 ...")
    f = facts_of("Tin tức\nCăn cứ Điều 12, 13 và 14/NQ-HĐND đã nêu.")
    assert [d.id for d in f.documents] == ["14/NQ-HĐND"]


def test_a_symbol_written_with_spaces_round_its_slash(facts_of):
    f = facts_of("Tin tức\nTheo Quyết định số 1234 / QĐ - UBND ngày 5/3/2022 của UBND tỉnh.")
    assert [(d.id, d.date) for d in f.documents] == [("1234/QĐ-UBND", dt.date(2022, 3, 5))]


def test_a_symbol_joining_two_codes_with_a_dot_and_ending_in_the_year(facts_of):
    f = facts_of("Tin tức\nTheo công văn số 81/CV.UB-93 ngày 25/3/1993 của UBND huyện.")
    assert [(d.id, d.date) for d in f.documents] == [("81/CV.UB-93", dt.date(1993, 3, 25))]


def test_a_party_offices_code_written_with_a_space_before_its_last_part(facts_of):
    f = facts_of("Tin tức\nVăn phòng Trung ương Đảng đã có công văn số 8869/CV/VP TW do Phó Chánh Văn phòng ký. "
                 "Quyết định 16/QĐ-UBND TP Hà Nội được ban hành.")
    assert set(docs(f)) == {"8869/CV/VPTW", "16/QĐ-UBND"}
