"""Bodies: where their names end, how they nest, how the article expands them."""
from __future__ import annotations

import pytest

from kg.extract.bodies import find_bodies, parse_body


def names(text, vocab):
    return [m.text for m in find_bodies(text, 0, len(text), [], vocab)]


def test_body_names_end_where_the_sentence_goes_on(vocab):
    assert names("Đảng ủy Cục phấn đấu 100% đảng viên", vocab) == ["Đảng ủy Cục"]
    assert names("Sở KH&CN được Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh công nhận", vocab) == [
        "Sở KH&CN", "Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh"]
    assert names("của Tỉnh ủy và Đảng ủy Khối các cơ quan tỉnh", vocab) == ["Tỉnh ủy", "Đảng ủy Khối các cơ quan tỉnh"]
    assert names("đại diện Ban chấp hành Công đoàn, Đoàn Thanh niên, Hội Cựu chiến binh Bộ; đại diện", vocab) == [
        "Ban chấp hành Công đoàn", "Đoàn Thanh niên", "Hội Cựu chiến binh Bộ"]


def test_common_words_are_not_bodies(vocab):
    assert names("các chi bộ trực thuộc và nhiệm vụ KH&CN trong nội bộ cơ quan", vocab) == []


def test_bodies_nest_and_expand(facts_of):
    f = facts_of("Ngày 19/1, Đảng ủy Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam (Liên hiệp Hội Việt Nam - VUSTA) "
                 "tổ chức Hội nghị tổng kết. Ban Thường vụ Đảng ủy Liên hiệp Hội Việt Nam và Ủy ban Kiểm tra Đảng ủy VUSTA "
                 "đã ban hành quy chế.")
    bodies = {b.name: b for b in f.bodies}
    full = "Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam"
    assert {"VUSTA", "Liên hiệp Hội Việt Nam"} <= set(bodies[full].aliases)
    assert bodies[f"Ban Thường vụ Đảng ủy {full}"].parent == f"Đảng ủy {full}"
    assert bodies[f"Ủy ban Kiểm tra Đảng ủy {full}"].parent == f"Đảng ủy {full}"
    assert bodies[f"Đảng ủy {full}"].kind == "party" and bodies[full].kind == "mass"


def test_ban_chap_hanh_dang_bo_is_the_committee(facts_of):
    f = facts_of("Đồng chí Trần Đắc Hiến đã trình bày Báo cáo Kiểm điểm của Ban Chấp hành Đảng bộ Cục Thông tin năm 2020.")
    assert "Đảng ủy Cục Thông tin" in {b.name for b in f.bodies}


def test_bodies_without_a_place_are_not_anchored(facts_of):
    f = facts_of("Đảng bộ Sở Khoa học và Công nghệ đã tổ chức hội nghị; UBND tỉnh Quảng Nam giao nhiệm vụ cho Bộ Tài chính.")
    anchored = {b.name: b.anchored for b in f.bodies}
    assert anchored["Sở Khoa học và Công nghệ"] is False
    assert anchored["Ủy ban nhân dân tỉnh Quảng Nam"] is True
    assert anchored["Bộ Tài chính"] is True


def test_long_body_names_with_small_words(facts_of):
    f = facts_of("Ông Nguyễn Xuân Nhiễn, Giám đốc Công ty TNHH thương mại dịch vụ Nam Thái, cho biết. "
                 "Ông Ngô Đại Ngọc, Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn cho biết. "
                 "Bộ Tài chính xây dựng kế hoạch.")
    names = {b.name for b in f.bodies}
    assert {"Công ty TNHH thương mại dịch vụ Nam Thái", "Sở Nông nghiệp và Phát triển nông thôn", "Bộ Tài chính"} <= names


def test_a_clause_after_an_abbreviation_is_not_part_of_the_name(facts_of):
    f = facts_of("Ông Nguyễn Văn An, Giám đốc Sở GDĐT chính thức quyết định sử dụng phương pháp thi trắc nghiệm Ngoại ngữ.")
    assert {p.org for p in f.posts} == {None}
    f = facts_of("Ông Nguyễn Xuân Nhiễn, Giám đốc Công ty TNHH thương mại dịch vụ Nam Thái cho biết.")
    assert {p.org for p in f.posts} == {"Công ty TNHH thương mại dịch vụ Nam Thái"}


def test_ve_before_a_capital_carries_a_name_on(facts_of):
    f = facts_of("Phó Thủ tướng Vũ Khoan, Chủ tịch Ủy ban Quốc gia về APEC 2006 đã phát biểu.")
    assert ("Vũ Khoan", "Chủ tịch", "Ủy ban Quốc gia") not in {(p.person, p.role, p.org) for p in f.posts}


def test_a_capital_and_a_small_word_that_make_one_word_stay_in_the_name(facts_of):
    f = facts_of("PGS-TS Nguyễn Lê Ninh, Phó Chủ tịch Hội Ô tô và Thiết bị động lực TP, bày tỏ lo ngại.")
    assert {p.org for p in f.posts} == {"Hội Ô tô và Thiết bị động lực TP"}
    f = facts_of("Ông Lê Văn Nam, Giám đốc Công ty Bình Minh bị phạt nặng.")
    assert {p.org for p in f.posts} == {"Công ty Bình Minh"}
    f = facts_of("Bà Nguyễn Thị Minh Nguyệt, Giám đốc Công ty TNHH Hiệp Hưng nhận xét, cần rút kinh nghiệm.")
    assert {p.org for p in f.posts} == {"Công ty TNHH Hiệp Hưng"}


@pytest.mark.parametrize("text, body", [
    # a number closes a name unless it counts something
    ("Công ty Sản xuất Kinh doanh Vật liệu Xây dựng 20 mời mua máy", "Công ty Sản xuất Kinh doanh Vật liệu Xây dựng 20"),
    ("Công ty Điện lực 2 năm qua đã", "Công ty Điện lực"),
    ("Phòng Công chứng số 2 cho biết", "Phòng Công chứng số 2"),
    # small words after a dash run on to the place that closes the name
    ("Phòng Thương mại - du lịch Sa Pa cho biết", "Phòng Thương mại - du lịch Sa Pa"),
    ("Sở Y tế - nơi đặt trụ sở Hà Nội", "Sở Y tế"),
    ("Sở Tài chính - ông Nguyễn Văn An cho biết", "Sở Tài chính"),
])
def test_where_a_body_name_ends_after_a_number_or_a_dash(vocab, text, body):
    assert parse_body(text, 0, len(text), vocab, headless=True).text == body


@pytest.mark.parametrize("text, body, doubtful", [
    # a trade word after a name may be the name's own or the clause's verb: only a place,
    # abbreviation or number that closes the name settles it, else the body is left unsaid
    ("Viện Công nghệ giao thông vận tải cho rằng, phải có biện pháp", "Viện Công nghệ giao thông vận tải", False),
    ("Công ty TNHH Xây dựng giao thông thủy lợi cầu đường Cẩm Lũy vì có nhiều đóng góp",
     "Công ty TNHH Xây dựng giao thông thủy lợi cầu đường Cẩm Lũy", False),
    ("Phòng Quản lý xây dựng - Điện lực thành phố Cần Thơ, cho biết", "Phòng Quản lý", True),
    ("Công ty xây dựng Thái Bình đã trúng thầu", "Công ty xây dựng Thái Bình", False),
    # a ministry's or department's name is its sector alone, complete before the verb
    ("Bộ Tài chính xây dựng kế hoạch.", "Bộ Tài chính", False),
    ("Sở Xây dựng xây dựng kế hoạch.", "Sở Xây dựng", False),
    # no verb runs on a name, even where the sentence ends right after it
    ("theo Bộ Tài chính quy định.", "Bộ Tài chính", False),
    ("Bộ Ngoại giao cho biết", "Bộ Ngoại giao", False),
    # a dash joins the parts of one name: glued to a capital, or between abbreviations
    ("Trưởng phòng Thanh tra-Pháp chế SAWACO cho biết", "Thanh tra-Pháp chế SAWACO", False),
    ("Phó Giám đốc Sở GD - ĐT tỉnh Bình Định cho biết", "Sở GD - ĐT tỉnh Bình Định", False),
    ("Phó Vụ trưởng Vụ ĐH và sau ĐH (Bộ GD-ĐT)", "Vụ ĐH và sau ĐH", False),
    ("Phó Tổng Giám đốc Công ty TNHH Xây dựng- Thương mại- Địa ốc Vạn Phát Hưng, cho biết",
     "Công ty TNHH Xây dựng- Thương mại- Địa ốc Vạn Phát Hưng", False),
    # small words after a dash are the name's up to the holder's name; elsewhere they may be,
    # and a place after a bracketed abbreviation is its place: in doubt, the body is unsaid
    ("Bộ trưởng Bộ Bưu chính - viễn thông Đỗ Trung Tá", "Bộ Bưu chính - viễn thông", False),
    ("Sở Y tế - nơi đặt trụ sở", "Sở Y tế", True),
    # a firm's branch is named by its place: "Công ty X tại TP HCM" is not Công ty X
    ("Ông Cao Văn Sâm, Giám đốc Công ty Fafilm VN tại TP HCM, cho biết", "Công ty Fafilm VN", True),
    ("Ông Lê Văn Tám, Giám đốc Sở Y tế tại TP HCM cho biết", "Sở Y tế", False),
    ("Trưởng Phòng Quản lý đô thị (QLĐT) quận Gò Vấp, cho biết", "Phòng Quản lý đô thị", True),
    # lower-case words that stand in names: a firm's form, a centre's trade
    ("Chủ tịch HĐQT Công ty cổ phần Bình Minh cho biết", "HĐQT Công ty cổ phần Bình Minh", False),
    ("Giám đốc Công ty TNHH Nguồn việc làm cho biết", "Công ty TNHH Nguồn việc làm", False),
    # committees named for their subject go on past "về"
    ("Ban Chỉ đạo Nhà nước về du lịch cùng lãnh đạo ba tỉnh", "Ban Chỉ đạo Nhà nước", True),
])
def test_a_trade_or_verb_after_a_name(vocab, text, body, doubtful):
    m = parse_body(text, text.index(body), len(text), vocab)
    assert (m.text, m.doubtful) == (body, doubtful)


def test_a_lone_title_does_not_take_a_body_where_the_article_names_another_in_part(facts_of):
    # all the article's Bộ Giao thông vận tải are read only in part ("Bộ Giao thông vận tải
    # luôn ..."): "Thứ trưởng" alone is not the one Bộ read in full, a ministry named in passing
    f = facts_of("Cán bộ của Bộ Giao thông vận tải luôn coi PMU18 là nơi lắm tiền. "
                 "Số xe đã xử lý theo quyết định của Bộ Tài chính được 56 xe. "
                 "Các công ty gửi giấy tờ trực tiếp cho Thứ trưởng Nguyễn Việt Tiến mà không qua Văn phòng.")
    assert ("Nguyễn Việt Tiến", "Thứ trưởng", None) in {(p.person, p.role, p.org) for p in f.posts}


def test_a_place_alone_is_no_body_s_name(facts_of):
    f = facts_of("Sáng 20/6, Thủ tướng Phan Văn Khải và đoàn đại biểu Chính phủ Việt Nam đã đến Seattle. "
                 "Ra sân bay đón Thủ tướng Phan Văn Khải có Phó Thống đốc bang Washington Brad Owen; Đại sứ Mỹ "
                 "tại Việt Nam Michael Marine, đại sứ Việt Nam tại Mỹ Nguyễn Tâm Chiến cùng đông đảo cán bộ.")
    assert ("Michael Marine", "Đại sứ", None) in {(p.person, p.role, p.org) for p in f.posts}


def test_a_bare_firm_name_is_not_its_board_s(facts_of):
    f = facts_of("Tiêu đề\nÔng Trần Ngọc Giao, Chủ tịch HĐQT Interpet Việt Nam và ông Nguyễn Lai Phong, Phó giám đốc "
                 "Interpet Việt Nam đã ký hợp đồng.")
    assert {(p.person, p.org) for p in f.posts} == {("Trần Ngọc Giao", "Hội đồng quản trị Interpet Việt Nam"),
                                                    ("Nguyễn Lai Phong", None)}


def test_a_name_that_lists_its_fields_after_a_comma_is_in_doubt(vocab):
    text = "Phó Chủ nhiệm Ủy ban Khoa học, công nghệ và môi trường của Quốc hội"
    m = parse_body(text, text.index("Ủy ban"), len(text), vocab)
    assert (m.text, m.doubtful) == ("Ủy ban Khoa học", True)


def test_a_bare_commune_committee_is_not_filled_in_where_the_article_names_two_communes(facts_of):
    f = facts_of("Tiêu đề\nTại xã Phong Phú, ông Lê Minh Châu, Phó Chủ tịch UBND xã Phong Phú cho biết. Còn ở xã "
                 "Hiệp Phước (Nhà Bè), ông Phạm Văn Diên, chủ tịch UBND xã, cho biết.")
    assert {(p.person, p.org) for p in f.posts} == {("Lê Minh Châu", "Ủy ban nhân dân xã Phong Phú"),
                                                    ("Phạm Văn Diên", "Ủy ban nhân dân xã")}


def test_names_that_go_on_after_a_dash_or_list_their_fields(vocab):
    assert names("Ông Phạm Mạnh Tiến - Phó vụ trưởng Vụ Đại học - Sau đại học:", vocab)[-1] == "Vụ Đại học - Sau đại học"
    assert names("lãnh đạo Phòng Sát hạch - cấp GPLX Sở Giao thông Công chính TP HCM, cho biết", vocab)[0] \
        == "Phòng Sát hạch - cấp GPLX Sở Giao thông Công chính TP HCM"
    # a head after the dash starts the next body
    assert names("Tỉnh ủy - Ủy ban nhân dân tỉnh Long An", vocab)[0] == "Tỉnh ủy"
    # "Ủy ban Dân số, Gia đình và Trẻ em": cut at the comma, the name is in doubt
    doubtful = [m for m in find_bodies("bà Lê Thị Thu, Chủ nhiệm Ủy ban Dân số, Gia đình và Trẻ em, cho biết", 0, 70,
                                       [], vocab, keep_doubtful=True) if m.text == "Ủy ban Dân số"]
    assert doubtful and doubtful[0].doubtful
    # a small word that never completes a proper name's capitals
    assert names('cán bộ cấp cao của Ngân hàng Tân Việt lại "quay ngược" lời khai', vocab) == ["Ngân hàng Tân Việt"]


def test_a_bodys_name_ends_before_a_manner_word_or_a_photo_credit(vocab):
    from kg.extract.bodies import parse_body
    for text, name in (("Đảng bộ Khối Doanh nghiệp Trung ương long trọng khai mạc Đại hội", "Đảng bộ Khối Doanh nghiệp Trung ương"),
                       ("Hội Chữ thập đỏ tỉnh trọng thể tổ chức lễ kỷ niệm", "Hội Chữ thập đỏ tỉnh"),
                       ("HĐND tỉnh Gia Lai ẢNH: Q.T", "HĐND tỉnh Gia Lai")):
        assert parse_body(text, 0, len(text), vocab).text == name


@pytest.mark.parametrize("text, body", [
    # a police unit's code written apart from its letters, then the police it belongs to
    ("Thượng tá Lê Văn Tám - Trưởng phòng PC 45 Công an Hà Tĩnh nhận định: vụ việc đơn giản.",
     "Phòng PC 45 Công an Hà Tĩnh"),
    ("Thượng tá Lê Văn Tám, Trưởng phòng PC 45 cho biết vụ việc đơn giản.", "Phòng PC 45"),
    # a ward abbreviated with its number, and its district after a comma
    ("Bà Đỗ Thị Hoa, Bí thư Đảng ủy P.12, Q.5 bức xúc: nước ngập cả tuần.", "Đảng ủy P.12, Q.5"),
    # a district abbreviated and glued to its name; the city's centre of the next sentence is another body
    ("Bác sĩ Lê Văn Tám - phó giám đốc Trung tâm Y tế Q.Tân Phú - cho biết như trên. "
     "Theo Trung tâm Y tế dự phòng TP.HCM, dịch đã giảm.", "Trung tâm Y tế Q.Tân Phú"),
    # a Vietnamese body abroad is named by where it is
    ("Ông Lê Văn Tám, Trưởng ban Quản lý Lao động Việt Nam tại Hàn Quốc, cho biết như vậy.",
     "Ban Quản lý Lao động Việt Nam tại Hàn Quốc"),
])
def test_a_body_named_with_its_unit_code_ward_or_place_abroad(facts_of, text, body):
    posts = facts_of(text).posts
    assert [p.org for p in posts] == [body]


def test_a_province_named_once_in_passing_places_no_bare_post(facts_of):
    passing = facts_of("Chiều qua, ngài Đại biểu Quốc hội Lê Văn Tám đã nói về chuyện hoa đào. Phải chăng vì lẽ "
                       "đó mà tráng sĩ hào hoa đất Quảng Ngãi đã gửi hoa đến Thăng Long.")
    assert [p.org for p in passing.posts] == ["Đoàn đại biểu Quốc hội"]
    in_a_body = facts_of("Chiều qua, Đại biểu Quốc hội Lê Văn Tám đã nói về chuyện hoa đào. "
                         "Ông là người của UBND tỉnh Quảng Ngãi.")
    assert [p.org for p in in_a_body.posts] == ["Đoàn đại biểu Quốc hội Quảng Ngãi"]


def test_a_body_abroad_written_short_and_fields_listed_capitalised(facts_of):
    # "VN" for Việt Nam and a country's abbreviation; the teller's title is not the names after "kể:"
    f = facts_of("Ông Lê Văn Tám - phó trưởng Ban quản lý lao động VN tại HQ - kể: Đỗ Văn Bảy và Đỗ Văn Tư "
                 "đều đã bỏ trốn.")
    assert {(p.person, p.org) for p in f.posts} == {("Lê Văn Tám", "Ban quản lý lao động Việt Nam tại HQ")}
    # a committee whose name lists its fields, capitalised, with commas: not cut at the first comma
    f = facts_of("Bà Đỗ Thị Hoa, Chủ nhiệm Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng, phát biểu.")
    assert [p.org for p in f.posts if p.role == "Chủ nhiệm"] != ["Ủy ban Văn hóa"]


@pytest.mark.parametrize("text, body", [
    # "&" between small words joins two parts of one name, as "và" does
    ("Ông Lê Văn Tám, Giám đốc Trung tâm Quản lý & khai thác bến xe Long An, cho biết như vậy.",
     "Trung tâm Quản lý & khai thác bến xe Long An"),
    # a name written small up to "nhà nước" goes on with its subject after "về": in doubt, no body
    ("Ông Lê Văn Tám, Cục trưởng Cục Kiểm định nhà nước về chất lượng hàng hóa, cho biết như vậy.", None),
    # "trưởng đoàn" before another body: a team of that body, not the Assembly's delegation
    ("Ông Lê Văn Tám, phó trưởng đoàn Thanh tra Chính phủ, cho biết sẽ kết luận sớm.", "Thanh tra Chính phủ"),
])
def test_a_body_joined_by_an_ampersand_named_for_its_subject_or_a_team_of(facts_of, text, body):
    assert [p.org for p in facts_of(text).posts] == [body]


def test_a_bare_ministers_title_is_not_the_ministry_another_minister_heads(facts_of):
    f = facts_of("Tin tức\nBộ trưởng Bộ Tư pháp Lê Thị Hoa cho biết sẽ sửa luật. Trước đó, tôi và Bộ trưởng Trần Văn Bình "
                 "đã bàn việc này, bà Hoa nói.")
    assert {(p.person, p.org) for p in f.posts} == {("Lê Thị Hoa", "Bộ Tư pháp"), ("Trần Văn Bình", None)}
    f = facts_of("Tin tức\nBộ Tư pháp vừa họp. Bộ trưởng Trần Văn Bình cho biết sẽ sửa luật.")
    assert {(p.person, p.org) for p in f.posts} == {("Trần Văn Bình", "Bộ Tư pháp")}


def test_a_firms_number_and_a_name_running_on_after_a_heads_abbreviation(facts_of):
    # a firm's number after small words of its name is its name's
    f = facts_of("Tin tức\nThủ phạm là Lê Văn Tám, Giám đốc Công ty TNHH thương mại 1968 trụ sở tại thị trấn.")
    assert [p.org for p in f.posts] == ["Công ty TNHH thương mại 1968"]
    # "trường ĐH" then small words: the university's name runs on, unread (no body, not a cut one)
    f = facts_of("Tin tức\nKhách mời có ông Lê Văn Tám, Trưởng phòng đào tạo trường ĐH dân lập Phương Nam, và nhiều người.")
    assert [p.org for p in f.posts] == [None]


def test_a_chairs_bare_committee_is_not_the_one_another_chairs_by_name(facts_of):
    f = facts_of("Tin tức\nTại Hà Nội, Chủ tịch UBND thành phố Hà Nội Nguyễn Văn Một dự lễ. Tại TP Hồ Chí Minh, "
                 "Chủ tịch UBND thành phố Lê Văn Hai phát biểu.")
    assert {(p.person, p.org) for p in f.posts} == {("Nguyễn Văn Một", "Ủy ban nhân dân thành phố Hà Nội"),
                                                    ("Lê Văn Hai", None)}


def test_a_college_abbreviated_opens_its_name(facts_of):
    f = facts_of("Tin tức\nKhách mời gồm thầy Lê Văn Tám - Trưởng phòng đào tạo trường CĐ Công nghiệp Cao su Bình Dương, "
                 "và nhiều người khác.")
    assert [p.org for p in f.posts] == ["Phòng đào tạo trường CĐ Công nghiệp Cao su Bình Dương"]
