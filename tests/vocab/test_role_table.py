"""Every title and variant of the guideline's role table reads as its canonical title."""
from __future__ import annotations

import pytest

# canonical -> the variants the guideline lists for it (eval/GUIDELINE.md, role table)
GUIDELINE_ROLES = {
    "Tổng Bí thư": [],
    "Ủy viên Bộ Chính trị": ["UVBCT"],
    "Thường trực Ban Bí thư": [],
    "Bí thư Trung ương Đảng": [],
    "Ủy viên Ban Chấp hành Trung ương Đảng": ["Ủy viên Trung ương Đảng", "UVBCHTWĐ", "UVTW", "UVT.Ư Đảng",
                                              "Ủy viên BCH Trung ương Đảng", "ủy viên BCH TW Đảng"],
    "Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng": ["Ủy viên dự khuyết Trung ương Đảng"],
    "Bí thư": [],
    "Phó Bí thư": ["Phó Bí thư chuyên trách", "PBT"],
    "Phó Bí thư Thường trực": ["Phó BTTT"],
    "Ủy viên Ban Thường vụ": ["UVBTV", "UV BTV", "UVTV", "Ủy viên Thường vụ"],
    "Ủy viên Ban Chấp hành": ["UVBCH", "Ủy viên BCH", "Tỉnh ủy viên", "Thành ủy viên", "Huyện ủy viên", "Đảng ủy viên"],
    "Ủy viên Ban Cán sự": ["Ủy viên Ban Cán sự đảng"],
    "Chủ nhiệm Ủy ban Kiểm tra": ["Chủ nhiệm UBKT"],
    "Chủ tịch nước": [], "Thủ tướng": [], "Bộ trưởng": [], "Thứ trưởng": [],
    "Chủ tịch": ["CT UBND"], "Phó Chủ tịch": ["PCT"], "Phó Chủ tịch Thường trực": [],
    "Giám đốc": [], "Phó Giám đốc": [], "Cục trưởng": [], "Phó Cục trưởng": [], "Chi cục trưởng": [],
    "Trưởng ban": [], "Phó Trưởng ban": ["Phó ban"], "Trưởng Tiểu ban": [],
    "Chánh Văn phòng": [], "Phó Chánh Văn phòng": [],
    "Trưởng đoàn đại biểu Quốc hội": ["Trưởng đoàn ĐBQH"],
    "Thư ký": [],
}
CASES = [(c, v) for c, vs in GUIDELINE_ROLES.items() for v in [c, *vs]]


@pytest.mark.parametrize("canonical, written", CASES)
def test_role_table(vocab, canonical, written):
    assert vocab.role(written).canonical == canonical
    m = vocab.role_re.search(f"đồng chí Nguyễn Văn An, {written} phát biểu")
    assert m and m.group() == written


@pytest.mark.parametrize("written, canonical, org", [
    ("UVBCH Đảng ủy", "Ủy viên Ban Chấp hành", "Đảng ủy Sở Tư pháp"),
    ("Tỉnh ủy viên", "Ủy viên Ban Chấp hành", "Tỉnh ủy Quảng Nam"),
    ("Chủ nhiệm UBKT Tỉnh ủy", "Chủ nhiệm Ủy ban Kiểm tra", "Ủy ban Kiểm tra Tỉnh ủy Quảng Nam"),
    ("Trưởng Ban Tổ chức Tỉnh ủy", "Trưởng ban", "Ban Tổ chức Tỉnh ủy Quảng Nam"),
    ("Phó ban Tuyên giáo Tỉnh ủy", "Phó Trưởng ban", "Ban Tuyên giáo Tỉnh ủy Quảng Nam"),
])
def test_titles_that_name_their_body(facts_of, written, canonical, org):
    f = facts_of(f"Tỉnh ủy Quảng Nam và Đảng ủy Sở Tư pháp họp. Ông Lê Văn An, {written}, phát biểu.")
    assert ("Lê Văn An", canonical, org) in {(p.person, p.role, p.org) for p in f.posts}
