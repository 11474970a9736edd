"""Officials' names, on sentences written the way Vietnamese news writes them."""
from __future__ import annotations

import pytest


def test_bylines_ideas_and_places_are_not_persons(facts_of):
    f = facts_of("Các chi bộ học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh tại Thành phố Hồ Chí Minh. "
                 "Đồng chí Phạm Quang Thao, Bí thư Đảng ủy, phát biểu tại hội nghị.\nMAI LOAN")
    assert [p.name for p in f.persons] == ["Phạm Quang Thao"]


def test_short_reference_is_the_full_name(facts_of):
    f = facts_of("Đồng chí Phạm Hữu Duệ, Phó Bí thư Đảng ủy cho biết như vậy. Theo ông Duệ, vẫn còn hạn chế.")
    assert [p.name for p in f.persons] == ["Phạm Hữu Duệ"]


def test_names_without_honorific_need_a_title_or_verb(facts_of):
    f = facts_of("Nguyễn Văn Thành, Bí thư Đảng ủy, Giám đốc Sở KH&CN chủ trì Hội nghị. Lê Lợi là một con đường.")
    assert [p.name for p in f.persons] == ["Nguyễn Văn Thành"]


def test_a_short_run_closed_by_a_place_is_the_bodys_name(facts_of):
    f = facts_of("Thạc sĩ Trần Thanh Phong, Trưởng Phòng Đào tạo ĐH Nông Lâm TPHCM, trả lời.")
    assert {p.name for p in f.persons} == {"Trần Thanh Phong"}


def test_a_ward_or_commune_named_after_a_hero_is_a_place(facts_of):
    f = facts_of("Tháng 2-2006, Chi chính thức trở thành chủ tịch UBND phường Phạm Ngũ Lão khi vừa tròn 27 tuổi.")
    assert f.persons == ()
    f = facts_of("Ông Lâm Anh Tuấn cho biết, Chủ tịch phường Lê Đại Hành bị kiểm điểm trách nhiệm.")
    assert {p.name for p in f.persons} == {"Lâm Anh Tuấn"}


def test_a_firms_name_that_contains_a_surname_is_not_a_person(facts_of):
    f = facts_of("Bà Phan Hồng Thu, Giám đốc Công ty Việt Thái Phong, đã ký hợp đồng.")
    assert {p.name for p in f.persons} == {"Phan Hồng Thu"}


def test_a_given_name_that_is_also_a_body_head_stays_in_the_name(facts_of):
    # "Trường" heads a school's name (Trường THCS ...) and is a given name too
    f = facts_of("Tin tức\nĐồng chí Nguyễn Vũ Trường Giang, Phó Bí thư Đảng ủy, Tổng giám đốc Tập đoàn chủ trì hội nghị.")
    assert [p.name for p in f.persons] == ["Nguyễn Vũ Trường Giang"]
    f = facts_of("Tin tức\nThầy Nguyễn Văn Bình Trường THCS Kim Đồng phát biểu.")
    assert "Nguyễn Văn Bình Trường" not in [p.name for p in f.persons]


def test_a_city_after_its_unit_in_a_body_is_no_person(facts_of):
    f = facts_of("Tin tức\nĐồng chí Trần Văn Lưu, Phó Bí thư Thường trực Thành ủy TP Hồ Chí Minh, công bố kết luận.")
    assert [p.name for p in f.persons] == ["Trần Văn Lưu"]
    # a bare unit stands for the article's province: a name may follow it
    f = facts_of("Tin tức\nSau phát biểu khai mạc của Chủ tịch HĐND tỉnh Dương Văn Tráng, kỳ họp thảo luận.")
    assert [p.name for p in f.persons] == ["Dương Văn Tráng"]


def test_a_name_written_without_its_gender_word_is_the_same_person(facts_of):
    f = facts_of("Bà Huỳnh Thúy Vy được bầu giữ chức Trưởng ban\nHĐND tỉnh đã bầu bà Huỳnh Thị Thúy Vy giữ chức "
                 "Trưởng ban Dân tộc HĐND tỉnh.")
    assert [p.name for p in f.persons] == ["Huỳnh Thị Thúy Vy"]


def test_a_photo_credit_after_a_title_is_no_list_of_holders(facts_of):
    f = facts_of("Tin tức\nCử tri phản ánh đến ĐBQH tại Hội nghị tiếp xúc cử tri (Ảnh: Lê Hường)")
    assert f.persons == ()


@pytest.mark.parametrize("name", [
    "Y Mơ Niê Kdăm",  # Ê Đê: "Y" (a man) and a clan name
    "Giàng Seo Phử", "Vàng Mí Sùng",  # Mông
    "H'Luyến Niê",  # an apostrophe after the first letter, as the Central Highlands' names are written
    "Điểu K'Lơi",
    "Ksor Phước Tâm", "Rơ Châm Hoa",  # Gia Rai
    "Phạm Chiều",  # a given name that is also a time of day
])
def test_names_of_all_peoples_are_read_whole(facts_of, name):
    f = facts_of(f"Tin tức\nĐồng chí {name}, Phó Chủ tịch UBND tỉnh, phát biểu tại hội nghị.")
    assert [p.name for p in f.persons] == [name]
    assert {p.role for p in f.posts} == {"Phó Chủ tịch"}


def test_a_time_word_after_a_name_still_opens_the_next_sentence(facts_of):
    f = facts_of("Tin tức\nBí thư Tỉnh ủy Nguyễn Văn An Chiều nay, đoàn công tác đến thăm huyện.")
    assert [p.name for p in f.persons] == ["Nguyễn Văn An"]


def test_a_bodys_capitalised_name_runs_into_the_holders_name(facts_of):
    f = facts_of("Tin tức\nDự lễ có Phó Chánh Văn phòng Trung ương Đảng Bùi Văn Thạnh, Thứ trưởng Bộ Công Thương Cao Văn Hưng "
                 "cùng đại diện các Bộ.")
    assert {(p.person, p.role, p.org) for p in f.posts} == {
        ("Bùi Văn Thạnh", "Phó Chánh Văn phòng", "Văn phòng Trung ương Đảng"),
        ("Cao Văn Hưng", "Thứ trưởng", "Bộ Công Thương")}


def test_the_person_an_act_is_done_to_does_not_hold_the_doers_title(facts_of):
    f = facts_of("Phó Thủ tướng Trần Văn Quang vừa ký quyết định của Thủ tướng Chính phủ thi hành kỷ luật đối với ông "
                 "Lâm Văn Thành, Chủ tịch UBND tỉnh Kiên Giang\n\nNội dung.")
    assert {(p.person, p.role) for p in f.posts} == {("Trần Văn Quang", "Phó Thủ tướng"), ("Lâm Văn Thành", "Chủ tịch")}


def test_a_given_name_like_a_body_head_before_a_small_word(facts_of):
    f = facts_of("Tin tức\nBộ Chính trị đã chỉ định ông Trịnh Xuân Trường tham gia Ban Chấp hành Tỉnh ủy.")
    assert [p.name for p in f.persons] == ["Trịnh Xuân Trường"]


def test_a_name_of_any_surname_after_a_title_only_a_person_can_follow(facts_of):
    # a national body's head names it whole, and a title that names its body takes no body
    # after it: the capitals after them are the holder's, a surname the list lacks or not
    f = facts_of("Tin tức\nDự có Phó chủ tịch Quốc hội Trần Văn Bảy, Chủ tịch Hội đồng Dân tộc Quốc hội Vừ Mí Lử và "
                 "Ủy viên Bộ Chính trị Thào Xuân Sùng.")
    assert {(p.person, p.role, p.org) for p in f.posts} == {
        ("Trần Văn Bảy", "Phó Chủ tịch", "Quốc hội"), ("Vừ Mí Lử", "Chủ tịch", "Hội đồng Dân tộc Quốc hội"),
        ("Thào Xuân Sùng", "Ủy viên Bộ Chính trị", "Bộ Chính trị")}
    # another country's leader is not read as a name that starts with the country
    assert not facts_of("Tin tức\nThủ tướng Nhật Bản Shinzo Abe đã tới Hà Nội.").persons
    # a body with a head of its own after such a title is the title's body, not a name
    assert not facts_of("Tin tức\n4/2001: được bầu làm Tổng Bí thư Ban Chấp hành Trung ương Đảng.").persons
    # (a name that only looks like a body needing a name of its own is still read)
    assert [p.name for p in facts_of("Tin tức\nBản thảo có bút tích của Tổng bí thư Trường Chinh.").persons] == [
        "Trường Chinh"]


def test_a_name_cut_at_an_initial_and_a_place_after_its_committee_are_not_persons(facts_of):
    f = facts_of("Tin tức\nThường trực UBND thành phố hiện còn 9 thành viên, đứng đầu là Chủ tịch Nguyễn V")
    assert not f.persons
    f = facts_of("Tin tức\nDự có ông Trần Văn Bình, Bí thư Thành ủy Cao Lãnh, Phó Chủ tịch UBND tỉnh Đồng Tháp.")
    assert [p.name for p in f.persons] == ["Trần Văn Bình"]


def test_a_country_opening_a_run_of_capitals_is_no_name(facts_of):
    # a headline's capitals: "Chủ tịch Quốc hội Hàn Quốc | Lãnh đạo hai nước ..."
    assert not facts_of("Chủ tịch Quốc hội Hàn Quốc Lãnh đạo hai nước hội đàm\n\nNội dung.").persons
    f = facts_of("Tin tức\nThủ tướng Thái Lan Somchai Wongsawat đã tới Hà Nội.")
    assert [p.name for p in f.persons] in ([], ["Somchai Wongsawat"])


def test_streets_addresses_countries_and_provinces_are_not_persons(facts_of):
    # a street with its district in brackets, an address after "ngụ tại ... chung cư", a
    # country after "người đàn ông", a province whose name opens like a form of address
    f = facts_of("Tin tức\nCác quầy sách trên đường Lê Thánh Tôn (Q.1), Nguyễn Đình Chiểu (Q.3) và Trần Bình Trọng "
                 "(Q.5) đều đông khách. Lê Văn Thanh, ngụ tại chung cư Trần Hưng Đạo, quận 5 bị bắt. Võ Thị Hồng Hạnh cùng "
                 "một người đàn ông Hàn Quốc tổ chức. Công an tỉnh Bà Rịa Vũng Tàu cho biết.")
    assert {p.name for p in f.persons} == {"Lê Văn Thanh", "Võ Thị Hồng Hạnh"}


def test_a_number_before_a_title_is_no_house_number(facts_of):
    # an archived page's date stamp before the headline's title; a house number before a street
    f = facts_of("2026-03-03 Phó bí thư Tỉnh ủy Hà Giang Lê Văn Khải được điều động giữ chức Phó bí thư Tỉnh ủy "
                 "Lào Cai.\nCửa hàng ở số 62 Trần Quốc Toản đóng cửa.")
    assert [p.name for p in f.persons] == ["Lê Văn Khải"]
    assert ("Phó Bí thư", "Tỉnh ủy Hà Giang", "former") in {(p.role, p.org, p.standing) for p in f.posts}


def test_a_figure_of_the_past_written_bare_names_a_street_or_school_not_a_person(facts_of):
    f = facts_of("Tin tức\nLâu lâu mới dám ra khu đồ hiệu Nguyễn Đình Chiểu mua sắm. Sinh viên ĐH Bán công Tôn Đức "
                 "Thắng tham gia. Ông Chu Văn An, trưởng thôn, phát biểu.")
    assert [p.name for p in f.persons] == ["Chu Văn An"]  # with a form of address, a person of that name


def test_an_age_or_a_year_of_birth_after_a_name_is_the_persons(facts_of):
    f = facts_of("Hai cha con anh Trần Văn Khoát (29 tuổi) đã chết đuối. Lò Văn Piếng, 48 tuổi, ngụ tại xã Bản Lầu, "
                 "bị bắt. Đinh Công Mạo (SN 1987, thôn 3) bị khởi tố. Ông Hà Đức Tuyển, Bộ trưởng Bộ Tài chính, "
                 "nhận giải thưởng (2001, 2003).", "12/05/2005")
    born = {p.name: p.born for p in f.persons}
    assert born == {"Trần Văn Khoát": 1976, "Lò Văn Piếng": 1957, "Đinh Công Mạo": 1987, "Hà Đức Tuyển": None}


def test_a_year_that_makes_no_grown_up_is_no_year_of_birth_and_an_age_needs_the_articles_year(facts_of):
    f = facts_of("Các thủ tướng Hà Đức Tuyển (1998, 2000), Lò Văn Piếng (2003) được nhắc lại.", "12/05/2005")
    assert {p.born for p in f.persons} == {None}
    f = facts_of("Tin tức\nHai cha con anh Trần Văn Khoát (29 tuổi) đã chết đuối.")
    assert [(p.name, p.born) for p in f.persons] == [("Trần Văn Khoát", None)]


def test_a_private_person_is_introduced_by_a_form_of_address_a_standing_or_a_residence(facts_of):
    f = facts_of("Theo anh Trần Văn Khoát, xe bị hỏng. Xe do tài xế Lò Văn Piếng lái. Đinh Công Mạo (nhân viên Công ty "
                 "Sông Đà) và Hà Văn Lự (ngõ 189 phố Hàng Bột) bị bắt. Ông Hà Đức Tuyển, Bộ trưởng Bộ Tài chính, phát "
                 "biểu.")
    private = {p.name: p.private for p in f.persons}
    assert private == {"Trần Văn Khoát": True, "Lò Văn Piếng": True, "Đinh Công Mạo": True, "Hà Văn Lự": True,
                       "Hà Đức Tuyển": False}


def test_a_name_written_as_a_school_or_street_is_that_place_all_through_the_article(facts_of):
    f = facts_of("Học sinh Trường THPT Phan Huy Chú đã dự thi. Tại điểm thi Phan Huy Chú có 2 thí sinh vắng mặt. "
                 "Phan Huy Chú cũng có 650 thí sinh. Ông Trịnh Văn Khoa, hiệu trưởng, cho biết.")
    assert {p.name for p in f.persons} == {"Trịnh Văn Khoa"}
    # with a form of address or a title, the name is still a person's
    f = facts_of("Xe chạy trên đường Phan Huy Chú. Ông Phan Huy Chú, Giám đốc Sở Xây dựng, cho biết.")
    assert {p.name for p in f.persons} == {"Phan Huy Chú"}


def test_a_list_a_street_or_school_word_opens_is_a_list_of_places(facts_of):
    f = facts_of("Các trường THPT Trần Nhân Tông, Lương Đắc Bằng, Nguyễn Siêu Việt sẽ thí điểm phân ban. "
                 "Tại giao lộ Cao Bá Quát - Lý Chính Thắng, xe bị kẹt. Cống được nạo vét trên các tuyến như "
                 "Nguyễn Trãi, Quang Trung, Đặng Dung Hòa.")
    assert f.persons == ()
    f = facts_of("Trong đó có ông Lê Văn Tám và Đỗ Văn Bảy bị kỷ luật.")
    assert {p.name for p in f.persons} == {"Lê Văn Tám", "Đỗ Văn Bảy"}
    # the kind of school between its word and the list: "chuyên", "công lập là", "trọng điểm như"
    f = facts_of("Các trường THPT chuyên Trần Nhân Tông, Lương Đắc Bằng và Nguyễn Siêu Việt đạt 14 giải. Hà Nội có "
                 "3 trường công lập là Đống Đa, Hoàng Văn Thụ, Cao Bá Quát. Tại những trường trọng điểm như "
                 "Nguyễn Thị Minh Khai, Lê Khiết Tâm, học sinh đi xe máy.")
    assert f.persons == ()


def test_a_surname_that_is_also_a_preposition_opening_the_sentence_is_not_in_the_name(facts_of):
    f = facts_of("Bùi Văn Hưởng bị khởi tố về tội đánh bạc. Từ Bùi Văn Hưởng, cơ quan điều tra phát hiện con bạc "
                 "khác. Ông Từ Ngọc Lâm, Trưởng Công an huyện, cho biết.")
    assert {p.name for p in f.persons} == {"Bùi Văn Hưởng", "Từ Ngọc Lâm"}


def test_a_home_after_an_age_or_a_year_introduces_a_private_person_in_an_undated_article(facts_of):
    f = facts_of("Tin tức\nLò Văn Piếng, 48 tuổi, ngụ tại ấp Bảy bị bắt. Đinh Công Mạo (1987, xóm Đò, thị trấn Phố Ràng) "
                 "bị khởi tố. Hà Văn Lự (SN 1960) bị tạm giam.")
    assert {p.name: (p.born, p.private) for p in f.persons} == {
        "Lò Văn Piếng": (None, True), "Đinh Công Mạo": (None, True), "Hà Văn Lự": (None, False)}


def test_a_given_name_that_is_also_a_word_of_places_ends_a_listed_name(facts_of):
    # "Quảng" opens place names (Quảng Trường Ba Đình) and is a given name too
    f = facts_of("Tin tức\nThủ tướng đã bổ nhiệm các ông Lê Văn Tám và Nguyễn Văn Quảng giữ chức Thứ trưởng. "
                 "Hai ông dự lễ tại Quảng Trường Ba Đình.")
    assert sorted(p.name for p in f.persons) == ["Lê Văn Tám", "Nguyễn Văn Quảng"]


def test_a_clinic_or_library_named_after_a_figure_is_no_person(facts_of):
    f = facts_of("Khởi công thư viện Lê Thị Hoa\nCác cá nhân đã ủng hộ quỹ xây dựng bệnh xá Lê Thị Hoa được 4 tỉ đồng. "
                 "Ông Nguyễn Văn Nam, Chủ tịch UBND xã, cho biết.")
    assert [p.name for p in f.persons] == ["Nguyễn Văn Nam"]


def test_a_province_s_youth_union_is_a_body_not_a_name(facts_of):
    # "Đoàn" is a surname too
    f = facts_of("Tin tức\nĐồng chí Trần Hải Phú tái đắc cử Bí thư Tỉnh Đoàn Long An.")
    assert [p.name for p in f.persons] == ["Trần Hải Phú"]
    assert {(p.role, p.org) for p in f.posts} == {("Bí thư", "Tỉnh Đoàn Long An")}


def test_a_given_name_that_opens_sentences_too_stays_in_the_name_before_a_dash_or_bracket(facts_of):
    # "Trong" opens sentences ("Trong đó, ..."), and is a given name
    f = facts_of("Tin tức\nTheo đó, ông Võ Đức Trong - Ủy viên Ban Thường vụ Tỉnh ủy - đã được cử giữ chức Chủ tịch. "
                 "Ông Võ Đức Trong (55 tuổi) quê ở Tây Ninh.")
    assert [p.name for p in f.persons] == ["Võ Đức Trong"]


def test_a_country_or_an_oceans_region_after_a_title_is_no_name(facts_of):
    f = facts_of("Tin tức\nChủ tịch Quốc hội Pháp Jean Louis Debré tiếp Tổng Bí thư Nông Văn Mạnh. Tiến sĩ Shigeru Omi, giám "
                 "đốc WHO khu vực Tây Thái Bình Dương đã kiến nghị.")
    names = [p.name for p in f.persons]
    assert "Nông Văn Mạnh" in names and not any("Pháp" in n or "Dương" in n for n in names)


def test_the_last_name_of_a_list_may_be_followed_by_its_verb(facts_of):
    # "Lê Đức Anh" also reads as two countries; in a list after a form of address it is a name
    f = facts_of("Tin tức\nSáng qua, đồng chí Phan Văn Diễn đã cùng các đồng chí Lê Khả Phiêu, Đỗ Mười, Lê Đức Anh "
                 "đến dự mít tinh.")
    assert {"Lê Khả Phiêu", "Lê Đức Anh"} <= {p.name for p in f.persons}
    # a short run before a small word is no list's name ("Phó Công an huyện" is a title)
    f = facts_of("Tin tức\nÔng Hà Văn Lâm, Phó Công an huyện cho biết như vậy.")
    assert "Phó Công" not in {p.name for p in f.persons}


def test_a_hamlets_head_names_the_person_after_the_unit_word(facts_of):
    # "trưởng thôn", "phó thôn": titles, so the name after them is a person, not a hamlet's
    f = facts_of("Tin tức\nCó mặt Trưởng ban thú y Vũ Minh Hòa, trưởng thôn Vương Tiến Dũng, phó thôn Nguyễn Văn Tiến.")
    assert {"Vương Tiến Dũng", "Nguyễn Văn Tiến"} <= {p.name for p in f.persons}
    f = facts_of("Tin tức\nLũ về thôn Nguyễn Văn Tiến từ sáng.")
    assert not f.persons


def test_a_middle_name_that_is_a_body_head_stays_in_the_name(facts_of):
    # "Trường" (a school) is a middle name too: "Lê Trường Sơn", "Nguyễn Trường Nhật Phượng"
    f = facts_of("Tin tức\nÔng Lê Trường Sơn phát biểu, bà Nguyễn Trường Nhật Phượng chủ trì.")
    assert {p.name for p in f.persons} == {"Lê Trường Sơn", "Nguyễn Trường Nhật Phượng"}
    f = facts_of("Tin tức\nÔng Lê Văn Nam, Hiệu trưởng Trường THCS Lê Lợi, phát biểu.")
    assert {p.name for p in f.persons} == {"Lê Văn Nam"}


def test_a_listed_name_before_a_dash_and_its_title(facts_of):
    f = facts_of("Tin tức\nChủ trì kỳ họp có các đồng chí: Rah Lan Chung - Phó Bí thư Thường trực Tỉnh ủy; Siu Hương - "
                 "Phó Chủ tịch HĐND tỉnh.")
    assert {p.name for p in f.persons} == {"Rah Lan Chung", "Siu Hương"}


def test_a_name_is_not_read_from_inside_a_bodys_head(facts_of):
    # "Tỉnh Đoàn" (a province's youth union): "Đoàn" is a surname too
    f = facts_of("Tin tức\nÔng Vương Quốc Tuấn từng là Bí thư Tỉnh Đoàn Bắc Ninh, Bí thư Thành ủy Bắc Ninh.")
    assert {p.name for p in f.persons} == {"Vương Quốc Tuấn"}
