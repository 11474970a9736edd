"""Odd input never breaks extraction, and nothing grows without bound. (Timings of large
adversarial inputs are in bench/adversarial.py, not here.)"""
from __future__ import annotations

import pytest

ODD = [
    "",  # nothing but a dateline line is added by the fixture
    "phát biểu tại Hội Nghị tổng kết, tại HỘI NGHỊ",  # meeting words in odd case
    "Theo https://[abc/hoi-nghi-tong-ket-cong-tac",  # a URL urlparse rejects
    "Bộ Xây dựng nhà " + "ab " * 3000,  # a long run of small words after a name
    "Đảng ủy Đảng ủy Đảng ủy. Ban Thường vụ Tỉnh ủy Ban Thường vụ Tỉnh ủy.",
    "A." * 500 + " Tp. " * 200,
    "có " + "Nguyễn Văn An, " * 300,
    "Nghị quyết số 22-NQ/TW về " * 200,
    "\u0300\u0301 ́̀ Ð ð \u200b\ufeff &amp; &#x1F600;",
]


@pytest.mark.parametrize("text", ODD)
def test_odd_text_never_raises(facts_of, text):
    facts = facts_of(text or " x", published="01/02/2023 10:00")
    assert all(len(b.name.split()) <= 40 for b in facts.bodies)
    assert all(len(p.name.split()) <= 5 for p in facts.persons)


def test_repeated_heads_do_not_nest_without_end(facts_of):
    f = facts_of("Đảng ủy " * 300 + ". Bí thư Đảng ủy Nguyễn Văn An phát biểu.")
    assert max(len(b.name.split()) for b in f.bodies) <= 40
