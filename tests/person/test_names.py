"""Names matched loosely: case, spacing, Unicode form, diacritics for a plain query, runs of words."""
from __future__ import annotations

import unicodedata

import pytest

from kg.person.names import closest, find, has_marks, matches

# invented names: two that differ only by a diacritic, one with đ
NAMES = ["Trần Văn Thành", "Trần Văn Thạnh", "Đỗ Thị Hồng Đào", "Vũ Thành Lâm"]


def test_case_spacing_and_unicode_form_do_not_matter():
    assert find("trần văn thành", NAMES) == ["Trần Văn Thành"]
    assert find("  Trần   Văn Thành ", NAMES) == ["Trần Văn Thành"]
    nfd = unicodedata.normalize("NFD", "Trần Văn Thành")
    assert nfd != "Trần Văn Thành" and find(nfd, NAMES) == ["Trần Văn Thành"]
    # a name stored decomposed is found by a composed query too
    assert matches("Trần Văn Thành", nfd)


def test_a_plain_query_matches_folded_one_with_marks_matches_with_them():
    assert not has_marks("tran van thanh") and has_marks("Văn Thành") and has_marks("Đo")
    assert find("tran van thanh", NAMES) == ["Trần Văn Thành", "Trần Văn Thạnh"]
    assert find("Văn Thành", NAMES) == ["Trần Văn Thành"]  # not Văn Thạnh
    assert find("do thi hong dao", NAMES) == ["Đỗ Thị Hồng Đào"]  # đ folds to d
    assert find("ĐỖ THỊ", NAMES) == ["Đỗ Thị Hồng Đào"]


def test_a_part_matches_a_run_of_whole_words_only():
    assert find("Thành", NAMES) == ["Trần Văn Thành", "Vũ Thành Lâm"]
    assert find("thanh lam", NAMES) == ["Vũ Thành Lâm"]
    assert find("Văn Trần", NAMES) == []  # words out of order
    assert find("Thà", NAMES) == []  # part of a word
    assert find("   ", NAMES) == []


def test_the_closest_names_for_a_query_that_matches_none():
    near = closest("tran van thanhh", NAMES)
    assert near[:2] == ["Trần Văn Thành", "Trần Văn Thạnh"]
    assert closest("xyz", NAMES) == []


def test_select_takes_an_iri_for_one_of_namesakes_or_a_loose_name():
    from kg.person.names import NoMatch, select

    named = {"x:a": "Trần Văn Bình", "x:b": "Trần Văn Bình", "x:c": "Lê Thị Hoa"}
    assert select("tran van binh", named) == ["x:a", "x:b"]
    assert select("<x:b>", named) == ["x:b"] and select(" x:a ", named) == ["x:a"]
    assert select("Thị Hoa", named) == ["x:c"]
    with pytest.raises(NoMatch) as none:
        select("Trần Văn Bính", named)  # written with other diacritics: no match, the nearest told
    assert none.value.near[0] == "Trần Văn Bình"
