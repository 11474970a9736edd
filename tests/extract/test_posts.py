"""Officials' posts, on sentences written the way Vietnamese news writes them."""
from __future__ import annotations


def posts(facts):
    return {(p.person, p.role, p.org) for p in facts.posts}


def standings(facts):
    return {(p.person, p.role): p.standing for p in facts.posts}


def test_title_list_after_a_name_gives_one_post_per_title(facts_of):
    f = facts_of("Đồng chí Lê Xuân Định - Ủy viên Ban Cán sự, Bí thư Đảng ủy, Thứ trưởng Bộ KH&CN phát biểu chỉ đạo Hội nghị.")
    assert posts(f) == {
        ("Lê Xuân Định", "Ủy viên Ban Cán sự", "Ban Cán sự đảng Bộ Khoa học và Công nghệ"),
        ("Lê Xuân Định", "Bí thư", "Đảng ủy Bộ Khoa học và Công nghệ"),
        ("Lê Xuân Định", "Thứ trưởng", "Bộ Khoa học và Công nghệ"),
    }


def test_abbreviated_titles_are_expanded(facts_of):
    f = facts_of("Đến dự có đồng chí Chu Ngọc Anh, UVBCHTWĐ, Bí thư Ban cán sự, Bộ trưởng Bộ KH&CN.")
    assert ("Chu Ngọc Anh", "Ủy viên Ban Chấp hành Trung ương Đảng", "Ban Chấp hành Trung ương Đảng") in posts(f)
    assert ("Chu Ngọc Anh", "Bí thư", "Ban Cán sự đảng Bộ Khoa học và Công nghệ") in posts(f)
    f = facts_of("Ông Lê Văn Thành, Phó Tổng cục trưởng Tổng cục CSND, phát biểu.")
    assert ("Lê Văn Thành", "Phó Tổng cục trưởng", "Tổng cục Cảnh sát nhân dân") in posts(f)


def test_uvbch_dang_uy_is_a_post_in_the_committee(facts_of):
    f = facts_of("Chiều ngày 25/12/2020, Đảng bộ Sở Khoa học và Công nghệ đã tổ chức Hội nghị tổng kết. "
                 "Đ/c Trần Công Hòa, UVBCH Đảng ủy, Phó Giám đốc KH&CN báo cáo kết quả công tác Đảng bộ năm 2020.")
    assert posts(f) == {("Trần Công Hòa", "Ủy viên Ban Chấp hành", "Đảng ủy Sở Khoa học và Công nghệ"),
                        ("Trần Công Hòa", "Phó Giám đốc", "Sở Khoa học và Công nghệ")}


def test_title_before_name_with_place_in_between(facts_of):
    f = facts_of("Bí thư Tỉnh ủy Quảng Nam Phan Việt Cường phát biểu tại hội nghị.")
    assert posts(f) == {("Phan Việt Cường", "Bí thư", "Tỉnh ủy Quảng Nam")}


def test_enumerated_title_name_pairs_keep_each_title_with_its_name(facts_of):
    f = facts_of("Tham dự có Thứ trưởng Bộ Nội vụ Lê Minh Hải, Thứ trưởng Bộ Tài chính Võ Thành Hưng, "
                 "Thứ trưởng Bộ Công an Trịnh Quốc Bảo.")
    got = posts(f)
    assert ("Võ Thành Hưng", "Thứ trưởng", "Bộ Tài chính") in got
    assert ("Trịnh Quốc Bảo", "Thứ trưởng", "Bộ Công an") in got
    assert not any(p == "Lê Minh Hải" and o == "Bộ Tài chính" for p, _, o in got)


def test_a_title_list_before_a_name_is_all_that_names(facts_of):
    f = facts_of("Ngày 12/3, Ủy viên Bộ Chính trị, Bí thư Thành ủy Hải Phòng, Trưởng ban Tuyên giáo - Dân vận "
                 "Trung ương Trần Quang Vinh đã đến dự. Ông Lê Văn An, Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh "
                 "Đặng Văn Bình phát biểu.")
    got = posts(f)
    assert {r for p, r, _ in got if p == "Trần Quang Vinh"} == {"Ủy viên Bộ Chính trị", "Bí thư", "Trưởng ban"}
    assert ("Trần Quang Vinh", "Trưởng ban", "Ban Tuyên giáo - Dân vận Trung ương") in got
    # a list that follows another name is that name's
    assert ("Lê Văn An", "Bí thư", "Tỉnh ủy") in got and not any(p == "Đặng Văn Bình" and r == "Bí thư" for p, r, _ in got)


def test_in_a_list_of_titled_names_the_titles_between_two_names_are_the_seconds(facts_of):
    # each guest is written after his titles, so the titles after one guest's name lead to the next's
    f = facts_of("Tới dự có Chủ tịch nước Trần Văn An, nguyên Tổng Bí thư Lê Văn Bình, Ủy viên Bộ Chính trị, "
                 "Trưởng ban Tuyên giáo Trung ương Phạm Văn Cường và nhiều lãnh đạo. Dự hội nghị có Bộ trưởng "
                 "Bộ Công an Lê Văn Hải, Ủy viên Bộ Chính trị, và Thứ trưởng Nguyễn Văn Dũng.")
    got = posts(f)
    assert {r for p, r, _ in got if p == "Phạm Văn Cường"} == {"Ủy viên Bộ Chính trị", "Trưởng ban"}
    assert {r for p, r, _ in got if p == "Lê Văn Bình"} == {"Tổng Bí thư"}
    # a list closed before "và" stays the first name's
    assert ("Lê Văn Hải", "Ủy viên Bộ Chính trị", "Bộ Chính trị") in got
    assert {r for p, r, _ in got if p == "Nguyễn Văn Dũng"} == {"Thứ trưởng"}


def test_plain_chu_tich_names_the_body_that_follows(facts_of):
    f = facts_of("Chủ tịch Quốc hội Đỗ Văn Khang nhấn mạnh vai trò giám sát của đại biểu.")
    assert posts(f) == {("Đỗ Văn Khang", "Chủ tịch", "Quốc hội")}


def test_scope_from_ve_phia(facts_of):
    f = facts_of("Dự Hội nghị, về phía Đảng uỷ khối các cơ quan tỉnh có đồng chí Nguyễn Thị Lệ Hà - Phó Bí thư Đảng ủy; "
                 "Đảng bộ Sở KH&CN có các đồng chí BCH đảng uỷ.")
    assert posts(f) == {("Nguyễn Thị Lệ Hà", "Phó Bí thư", "Đảng ủy khối các cơ quan tỉnh")}


def test_former_posts_are_not_current(facts_of):
    f = facts_of("Ông Nguyễn Văn Bình, nguyên Bí thư Tỉnh ủy Nghệ An, Trưởng ban Kinh tế Trung ương phát biểu.")
    current = {(p.person, p.role, p.org) for p in f.posts if not p.former}
    former = {(p.person, p.role, p.org) for p in f.posts if p.former}
    assert current == {("Nguyễn Văn Bình", "Trưởng ban", "Ban Kinh tế Trung ương")}
    assert former == {("Nguyễn Văn Bình", "Bí thư", "Tỉnh ủy Nghệ An")}


def test_names_inside_firm_school_and_union_names_are_not_persons(facts_of):
    f = facts_of("Giám đốc Công ty TNHH Hoàng Lê cho biết như vậy. Hiệu trưởng ĐH Nông Lâm Lê Văn Bình phát biểu. "
                 "Bí thư Đoàn Thanh niên Nguyễn Văn Sơn dự. Bà Trần Thị Liên, phó chủ tịch HĐQT Công ty Linkton-Vina, "
                 "vắng mặt. Ông Trịnh Văn Thục, cục trưởng Cục Quản lý nhà (Bộ Xây dựng), cho biết.")
    assert sorted(p.name for p in f.persons) == ["Lê Văn Bình", "Nguyễn Văn Sơn", "Trần Thị Liên", "Trịnh Văn Thục"]
    got = {(p.person, p.role, p.org) for p in f.posts}
    assert ("Lê Văn Bình", "Hiệu trưởng", "Đại học Nông Lâm") in got
    assert ("Trần Thị Liên", "Phó Chủ tịch", "Hội đồng quản trị Công ty Linkton-Vina") in got
    assert ("Trịnh Văn Thục", "Cục trưởng", "Cục Quản lý nhà") in got


def test_presidium_members_are_not_chairs(facts_of):
    f = facts_of("Đoàn Chủ tịch Đại hội gồm các đồng chí: Nguyễn Văn An, Lê Văn Bình, Trần Thị Cúc. "
                 "Chủ tịch UBND tỉnh Lê Văn Dũng phát biểu.")
    assert sorted(p.name for p in f.persons) == ["Lê Văn Bình", "Lê Văn Dũng", "Nguyễn Văn An", "Trần Thị Cúc"]
    assert {(p.person, p.role) for p in f.posts} == {("Lê Văn Dũng", "Chủ tịch")}


def test_a_body_name_runs_on_to_the_place_or_number_that_closes_it(facts_of):
    # office names are often written partly small; the place, number or numeral ends them
    f = facts_of("Ông Nguyễn Vi Hùng, Chi cục trưởng Chi cục phòng chống tệ nạn xã hội Hà Nội phải có công văn.")
    assert posts(f) == {("Nguyễn Vi Hùng", "Chi cục trưởng", "Chi cục phòng chống tệ nạn xã hội Hà Nội")}
    f = facts_of("Ông Nguyễn Thành Duy, Giám đốc Công ty Điện lực 2, sẽ thôi giữ chức giám đốc.")
    assert ("Nguyễn Thành Duy", "Giám đốc", "Công ty Điện lực 2") in posts(f)
    f = facts_of("Ông Đỗ Đức Tiến - Giám đốc Trung tâm Tìm kiếm cứu nạn hàng hải khu vực I - cho biết lúc 20g ngày 9-3.")
    assert posts(f) == {("Đỗ Đức Tiến", "Giám đốc", "Trung tâm Tìm kiếm cứu nạn hàng hải khu vực I")}
    f = facts_of("Ông Đào Ngọc Lượng, Phó Giám đốc Sở Văn hoá –Thông tin Điện Biên, cho biết.")
    assert posts(f) == {("Đào Ngọc Lượng", "Phó Giám đốc", "Sở Văn hóa –Thông tin Điện Biên")}


def test_a_body_name_that_may_be_cut_is_not_given_as_the_post_body(facts_of):
    # where small words run on past what the reader knows, a cut name ("Cục Cảnh sát",
    # a different, generic body) would be wrong: the post keeps its title, body unsaid
    f = facts_of("Cục trưởng Cục Cảnh sát điều tra tội phạm về trật tự quản lý kinh tế và chức vụ Bộ Công an "
                 "Nguyễn Hoà Bình cho biết.")
    assert posts(f) == {("Nguyễn Hòa Bình", "Cục trưởng", None)}
    f = facts_of("Theo ông Đinh Văn Sang, Phó Giám đốc Công ty Vận tải hành khách đường sắt Sài Gòn thông báo.")
    assert posts(f) == {("Đinh Văn Sang", "Phó Giám đốc", None)}
    f = facts_of("Ông Phạm Văn Mão, Hiệu trưởng Trường THPT Thái Thuận gặp Chủ tịch Hội đồng.")
    assert posts(f) == {("Phạm Văn Mão", "Hiệu trưởng", "Trường THPT Thái Thuận")}


def test_a_verb_or_conjunction_after_a_body_ends_its_name(facts_of):
    f = facts_of("Trưởng đoàn kiểm tra là ông Trần Ngát, Phó bí thư thường trực Tỉnh ủy Lạng Sơn vì chưa làm tròn trách nhiệm.")
    assert posts(f) == {("Trần Ngát", "Phó Bí thư Thường trực", "Tỉnh ủy Lạng Sơn")}
    f = facts_of("Bà Nguyễn Lan Châu, Phó Giám đốc Trung tâm Khí tượng Thủy văn Trung ương nói.")
    assert posts(f) == {("Nguyễn Lan Châu", "Phó Giám đốc", "Trung tâm Khí tượng Thủy văn Trung ương")}
    f = facts_of("Ông Nguyễn Dy Niên, Bộ trưởng Bộ Ngoại giao, cho biết.")
    assert posts(f) == {("Nguyễn Dy Niên", "Bộ trưởng", "Bộ Ngoại giao")}


def test_the_words_after_an_administrative_unit_name_the_place_first(facts_of):
    # many communes and streets bear a person's name: "xã Lương Thế Trần" is a commune
    f = facts_of("Phó chủ tịch UBND xã Lương Thế Trần (Cái Nước, Cà Mau) cùng trưởng công an xã bị bắt.")
    assert f.persons == () and f.posts == ()
    f = facts_of("Chủ tịch UBND xã Hộ Hải Mai Tấn Phát cho biết.")
    assert posts(f) == {("Mai Tấn Phát", "Chủ tịch", "Ủy ban nhân dân xã Hộ Hải")}
    f = facts_of("Chủ tịch UBND huyện Lê Văn Dũng (Cái Nước, Cà Mau) cho biết.")
    assert f.persons == ()


def test_a_dead_leaders_title_is_remembered_not_held(facts_of):
    f = facts_of("Bức thư của Chủ tịch Hồ Chí Minh gửi ngành giáo dục được đọc lại.", published="12-09-2006")
    assert [(p.person, p.role, p.former) for p in f.posts] == [("Hồ Chí Minh", "Chủ tịch", True)]
    f = facts_of("Đoàn đã dâng hương tưởng niệm cố Thủ tướng Võ Văn Kiệt.", published="12-09-2009")
    assert [(p.person, p.former) for p in f.posts] == [("Võ Văn Kiệt", True)]
    # a namesake holding another post is not the leader
    f = facts_of("Ông Trần Phú, Giám đốc Công ty Bình Minh cho biết.", published="12-09-2006")
    assert [(p.person, p.role, p.former) for p in f.posts] == [("Trần Phú", "Giám đốc", False)]
    # while the leader lived, the post was held
    f = facts_of("Tại buổi làm việc, Thủ tướng Võ Văn Kiệt phát biểu chỉ đạo.", published="12-09-1995")
    assert [(p.person, p.former) for p in f.posts] == [("Võ Văn Kiệt", False)]


def test_a_post_the_person_is_removed_from_is_not_current(facts_of):
    f = facts_of("Ông Nguyễn Thành Duy, Giám đốc Công ty Điện lực 2, sẽ thôi giữ chức giám đốc.")
    assert [(p.person, p.former) for p in f.posts] == [("Nguyễn Thành Duy", True)]
    f = facts_of("UBND tỉnh đã ký quyết định cách chức đối với ông Lê Văn Nam, Giám đốc Sở Xây dựng.")
    assert [(p.person, p.former) for p in f.posts] == [("Lê Văn Nam", True)]
    # the one who signs the dismissal keeps his post
    f = facts_of("Chủ tịch UBND tỉnh Trần Văn Minh đã ký quyết định cách chức ông Lê Văn Nam.")
    assert [(p.person, p.role, p.former) for p in f.posts] == [("Trần Văn Minh", "Chủ tịch", False)]


def test_a_title_with_its_office_in_small_words_before_the_name_is_that_names(facts_of):
    f = facts_of("Các lãnh đạo của Fafilm là giám đốc Cao Văn Sâm, kế toán trưởng Phan Thị Chi Yến, "
                 "trưởng phòng kế toán tài chính Nguyễn Thu Hằng, mặc dù đã kiểm tra.")
    assert posts(f) == {("Cao Văn Sâm", "Giám đốc", None), ("Nguyễn Thu Hằng", "Trưởng phòng", None)}


def test_two_names_then_two_titles_go_in_order(facts_of):
    f = facts_of("Ngày 23-3, với sự có mặt của ông Dương Minh Hùng và bà Trần Thị Lệ Hà (Chủ tịch và Phó Chủ tịch "
                 "UBND thị trấn Dương Đông) cùng đại diện Hội Phụ nữ.")
    assert posts(f) == {("Dương Minh Hùng", "Chủ tịch", "Ủy ban nhân dân thị trấn Dương Đông"),
                        ("Trần Thị Lệ Hà", "Phó Chủ tịch", "Ủy ban nhân dân thị trấn Dương Đông")}


def test_two_names_then_a_title_and_a_former_title_go_in_order(facts_of):
    f = facts_of("Tin tức\nHai người bị bắt là Lê Anh Văn và Nguyễn Văn Gia, Giám đốc và nguyên trưởng Phòng Kinh doanh "
                 "xuất nhập khẩu, Xí nghiệp Thương mại dầu khí.")
    # the Phòng is the last title's own body, not the director's
    assert {(p.person, p.role, p.org, p.standing) for p in f.posts} == {
        ("Lê Anh Văn", "Giám đốc", None, "current"),
        ("Nguyễn Văn Gia", "Trưởng phòng", "Phòng Kinh doanh xuất nhập khẩu", "former")}


def test_capitals_inside_an_appositive_titles_body_are_the_bodys(facts_of):
    f = facts_of("Theo ông Nguyễn Văn Châu, Chủ tịch hội đồng quản trị Âu Lạc Tuần Châu, TP HCM cần phải có cam kết.")
    assert {p.name for p in f.persons} == {"Nguyễn Văn Châu"}
    f = facts_of("Ngày 13/4, Chủ nhiệm Đoàn Luật sư tỉnh Long An Võ Minh Chánh cho biết.")
    assert {p.name for p in f.persons} == {"Võ Minh Chánh"}
    f = facts_of("Ngày 11/7, tại Phủ Chủ tịch, Phó chủ tịch nước Trương Mỹ Hoa đã tiếp đoàn đại biểu.")
    assert {(p.person, p.role) for p in f.posts} == {("Trương Mỹ Hoa", "Phó Chủ tịch nước")}


def test_small_words_joined_by_va_are_one_name(facts_of):
    f = facts_of("Công an vừa bắt tạm giam Phan Hồng Kỳ - giám đốc Công ty Xây dựng và chuyển giao kỹ thuật Hà Nội, "
                 "về hành vi tham ô.")
    assert posts(f) == {("Phan Hồng Kỳ", "Giám đốc", "Công ty Xây dựng và chuyển giao kỹ thuật Hà Nội")}


def test_a_school_named_after_a_person_in_an_apposition_is_the_school(facts_of):
    f = facts_of("Chúng tôi đã gặp cô Vũ Thanh Thảo, Phó Hiệu trưởng Trường THCS Phạm Đình Hổ, để tìm hiểu thêm.")
    assert posts(f) == {("Vũ Thanh Thảo", "Phó Hiệu trưởng", "Trường THCS Phạm Đình Hổ")}


def test_nguyen_reaches_acting_titles_and_those_held_with_kiem(facts_of):
    f = facts_of("Giải trình về việc này, nguyên quyền giám đốc Công ty 889 Nguyễn Quang Huy cho hay.")
    assert [(p.person, p.former) for p in f.posts] == [("Nguyễn Quang Huy", True)]
    f = facts_of("Ông Nguyễn Thanh Kỳ (nguyên phó giám đốc Sở Nông nghiệp tỉnh Quảng Bình kiêm chi cục trưởng "
                 "chi cục kiểm lâm) vừa gửi đơn.")
    assert {(p.role, p.former) for p in f.posts} == {("Phó Giám đốc", True), ("Chi cục trưởng", True)}


def test_a_spokesman_or_aide_is_not_the_title_holder(facts_of):
    f = facts_of("Chiều 28/4, người phát ngôn Thủ tướng Nguyễn Kinh Quốc cho biết.")
    assert f.posts == ()


def test_a_party_boards_committee_scopes_the_bare_titles_before_it(facts_of):
    f = facts_of("Thư ký là ông Nguyễn Công Soái, Ủy viên Ban thường vụ, Trưởng ban Tổ chức Thành ủy Hà Nội và 36 thành viên.")
    # (and the secretary's post the sentence opens with, said of him with "là")
    assert posts(f) == {("Nguyễn Công Soái", "Ủy viên Ban Thường vụ", "Ban Thường vụ Thành ủy Hà Nội"),
                        ("Nguyễn Công Soái", "Trưởng ban", "Ban Tổ chức Thành ủy Hà Nội"),
                        ("Nguyễn Công Soái", "Thư ký", None)}


def test_paired_names_and_titles_after_a_comma_and_the_next_item_after_va(facts_of):
    f = facts_of("Tiếp chúng tôi có cả 2 ông Nguyễn Văn Thoại và Nguyễn Văn Kiệt, Giám đốc và Phó Giám đốc Trung tâm.")
    assert {(p.person, p.role) for p in f.posts} == {("Nguyễn Văn Thoại", "Giám đốc"), ("Nguyễn Văn Kiệt", "Phó Giám đốc")}
    f = facts_of("Có 2 ủy viên (Phạm Long - phó chủ tịch thường trực UBND tỉnh Kiên Giang và Ngô Thành Phước - "
                 "nguyên bí thư Huyện ủy Phú Quốc).")
    assert {(p.person, p.role, p.former) for p in f.posts} == {
        ("Phạm Long", "Phó Chủ tịch Thường trực", False), ("Ngô Thành Phước", "Bí thư", True)}


def test_posts_of_then_are_not_current(facts_of):
    f = facts_of("Chủ tịch UBND TP.HCM lúc đó là ông Phan Văn Khải đã giao cho phó chủ tịch Nguyễn Văn Nam chỉ đạo.")
    assert {(p.person, p.former) for p in f.posts} == {("Nguyễn Văn Nam", True)}
    f = facts_of("Ông Hoàng Đức Hoan, Giám đốc Sở Văn hóa - Thông tin Bắc Kạn thời kỳ đó, hiện phụ trách Ban Tuyên giáo.")
    assert {(p.person, p.former) for p in f.posts} == {("Hoàng Đức Hoan", True)}
    # "năm nay là" is this year, not "nay là" after a career's past post
    f = facts_of("Phó Thủ tướng Trần Văn Bảo cũng dẫn ra số liệu cho thấy con số tăng trưởng năm nay là hoàn toàn thực tế.")
    assert {(p.person, p.former) for p in f.posts} == {("Trần Văn Bảo", False)}
    f = facts_of("Theo bà Lương Thị Thuận, Chủ nhiệm Ủy ban Dân số Gia đình và Trẻ em TPHCM, giáo viên cần biết.")
    assert posts(f) == {("Lương Thị Thuận", "Chủ nhiệm", "Ủy ban Dân số Gia đình và Trẻ em Thành phố Hồ Chí Minh")}


def test_a_sentence_opening_on_a_province_places_its_bare_bodies(facts_of):
    f = facts_of("Ông Trần Văn An, Giám đốc Sở Tài nguyên và Môi trường tỉnh Tây Ninh cho biết. "
                 "Về phía Bình Dương, bà Võ Thị Ngọc Hạnh, Phó Giám đốc Sở TNMT cho biết sẽ kiểm tra.")
    assert ("Võ Thị Ngọc Hạnh", "Phó Giám đốc", "Sở TNMT Bình Dương") in posts(f)


def test_cuu_and_nguyen_la_mark_former_posts_in_the_whole_article(facts_of):
    f = facts_of("Bị cáo nguyên là phó chủ nhiệm UBTDTT Việt Nam Lương Quốc Dũng đã đồng ý.")
    assert [(p.person, p.former) for p in f.posts] == [("Lương Quốc Dũng", True)]
    f = facts_of("Cơ quan điều tra đã bắt cựu giám đốc Sở Xây dựng Lê Văn Nam. "
                 "Giám đốc Sở Xây dựng Lê Văn Nam bị khởi tố.")
    assert [(p.person, p.former) for p in f.posts] == [("Lê Văn Nam", True)]
    # the office written as an acronym and a number between the title and the name
    f = facts_of("Cơ quan điều tra đã bắt cựu tổng giám đốc PMU 18 Bùi Văn Dũng. Các dự án do tổng giám đốc Bùi Văn "
                 "Dũng đưa vào thi công.")
    assert [(p.person, p.role, p.former) for p in f.posts] == [("Bùi Văn Dũng", "Tổng Giám đốc", True)]
    # ... and a verb, not a mark, after the name
    f = facts_of("Ngày 12/4, tổng giám đốc PMU 9 Đặng Văn Khoa đã có công văn gửi nhà thầu.")
    assert [(p.person, p.role) for p in f.posts] == [("Đặng Văn Khoa", "Tổng Giám đốc")]
    # (not a ward's name after its unit)
    f = facts_of("Hôm qua, trưởng công an phường Lê Đình Cẩn đã có báo cáo.")
    assert f.posts == ()


def test_titles_inside_brackets_after_an_age_or_a_rank(facts_of):
    f = facts_of("Viện kiểm sát truy tố bị can Phạm Văn Lực (thiếu tá chuyên nghiệp, nguyên giám đốc Công ty Hòa "
                 "Bình thuộc quân khu 9) và 14 sĩ quan.")
    assert [(p.person, p.role, p.org, p.standing) for p in f.posts] == [
        ("Phạm Văn Lực", "Giám đốc", "Công ty Hòa Bình", "former")]
    f = facts_of("Ông Phạm Văn Lực (52 tuổi, Giám đốc Sở Tài chính) phát biểu.")
    assert [(p.person, p.role, p.standing) for p in f.posts] == [("Phạm Văn Lực", "Giám đốc", "current")]
    f = facts_of("Bị can Phạm Văn Lực (45 tuổi, ngụ quận 3) bị bắt.")
    assert f.posts == ()


def test_the_titles_a_name_is_said_to_hold(facts_of):
    f = facts_of("Đồng thời chồng bà Hoa là ông Trịnh Văn Bảo cũng đang đương chức Viện trưởng VKSND huyện Đông "
                 "Hưng nên gia đình yên tâm.")
    assert [(p.person, p.role, p.standing) for p in f.posts] == [("Trịnh Văn Bảo", "Viện trưởng", "current")]
    f = facts_of("Ông Trịnh Văn Bảo từng là Giám đốc Sở Tài chính. Ông Lê Văn Cần hiện là Phó Chủ tịch UBND tỉnh.")
    assert {(p.person, p.role, p.standing) for p in f.posts} == {("Trịnh Văn Bảo", "Giám đốc", "former"),
                                                                  ("Lê Văn Cần", "Phó Chủ tịch", "current")}
    # not a career told step by step, nor a person whose title is no title
    f = facts_of("Từ tháng 12/2020, ông Trịnh Văn Bảo là Phó Chủ tịch UBND tỉnh. Ông Lê Văn Cần là người tốt.")
    assert f.posts == ()


def test_a_title_after_a_relative_s_name_is_neither_s(facts_of):
    # "mẹ ca sĩ B, Giám đốc Công ty X": the mother's title or the singer's, the words do not say
    f = facts_of("Theo bà Lý Thị Hoa, mẹ ca sĩ Đào Văn Nam, Giám đốc Công ty Ánh Dương, công ty đã nộp đủ thuế.")
    assert f.posts == ()


def test_a_title_after_a_preposition_is_not_the_next_names(facts_of):
    f = facts_of("Sau phần trả lời của Bộ trưởng Bộ Công nghiệp, Chủ tịch QH Nguyễn Văn An đã có ý kiến.")
    assert {(p.person, p.role) for p in f.posts} == {("Nguyễn Văn An", "Chủ tịch")}
    f = facts_of("Do có quan hệ với Giám đốc Thảo Cầm Viên là ông Nguyễn Quốc Thắng, Thủy đã nhờ.")
    assert "Cầm Viên" not in {p.name for p in f.persons}


def test_round_five_patterns(facts_of):
    # a country is no person; a ward's last syllable is no Sở
    f = facts_of("Chủ tịch Hạ viện Hoa Kỳ Dennis Hastert đã tiếp đoàn.")
    assert "Hoa Kỳ" not in {p.name for p in f.persons}
    f = facts_of("Ông Trần Văn An, Giám đốc Sở Xây dựng Hà Nội cho biết. "
                 "Ông Bùi Bảo Thắng, Chủ tịch UBND phường Ngã Tư Sở, quận Đống Đa cho biết.")
    assert ("Bùi Bảo Thắng", "Chủ tịch", "Ủy ban nhân dân phường Ngã Tư Sở") in posts(f)
    # posts of then: "khi còn đương nhiệm", a retirement the sentence reports
    f = facts_of("Khi còn đương nhiệm, ông Lê Văn Ba, Chủ tịch UBND phường 5 đã ký nhiều giấy tờ.")
    assert [(p.person, p.former) for p in f.posts] == [("Lê Văn Ba", True)]
    # a leader's title after they left it (Thủ tướng until 1987)
    f = facts_of("Tôi nhớ mãi lần Thủ tướng Phạm Văn Đồng về thăm trường.")
    assert [(p.person, p.former) for p in f.posts] == [("Phạm Văn Đồng", True)]


def test_a_title_before_a_body_it_cannot_read_takes_no_other_body(facts_of):
    f = facts_of("Bài hát Trường Sơn đông Trường Sơn tây vang lên. Thầy Nguyễn Quý Thành, Phó hiệu trưởng Trường đại học "
                 "Quy Nhơn nhận xét về sinh viên.")
    assert posts(f) == {("Nguyễn Quý Thành", "Phó Hiệu trưởng", None)}


def test_a_rare_surname_and_an_abbreviated_body_the_title_already_names(facts_of):
    f = facts_of("Bộ trưởng Tư pháp Uông Chu Lưu nói.")
    assert posts(f) == {("Uông Chu Lưu", "Bộ trưởng", "Bộ Tư pháp")}
    f = facts_of("Tổng bí thư BCH T.Ư khóa X: Nông Đức Mạnh.")
    assert {p.org for p in f.posts} == {"Ban Chấp hành Trung ương"}


def test_names_and_titles_listed_in_the_same_order_and_a_post_left_by_appointment(facts_of):
    f = facts_of("TAND Hà Nội xét xử bị cáo Đặng Ngọc Sơn, Đinh Hữu Dũng và Hoàng Đình Long (Chủ tịch, Phó chủ tịch "
                 "HĐQT và Giám đốc Công ty Thế Giới Mới Việt Nam).")
    assert {(p.person, p.role) for p in f.posts} == {("Đặng Ngọc Sơn", "Chủ tịch"), ("Đinh Hữu Dũng", "Phó Chủ tịch"),
                                                     ("Hoàng Đình Long", "Giám đốc")}
    f = facts_of("Thủ tướng ra quyết định giao ông Cao Đức Phát, Thứ trưởng Bộ Nông nghiệp và Phát triển nông thôn "
                 "làm quyền bộ trưởng Bộ này.")
    assert [(p.person, p.role, p.former) for p in f.posts] == [("Cao Đức Phát", "Thứ trưởng", True)]


def test_titles_in_a_bracket_after_two_names_are_theirs_in_order(facts_of):
    f = facts_of("Trong đó có ông Lê Văn Tám và Đỗ Văn Bảy (Giám đốc, Phó giám đốc Sở Tài nguyên - Môi trường).")
    assert posts(f) == {("Lê Văn Tám", "Giám đốc", "Sở Tài nguyên - Môi trường"),
                        ("Đỗ Văn Bảy", "Phó Giám đốc", "Sở Tài nguyên - Môi trường")}


def test_the_lists_last_body_places_a_bare_committee_and_ampersand_joins_a_name(facts_of):
    f = facts_of("Nguyễn Phú Trọng - Bí thư Thành ủy Hà Nội phát biểu. "
                 "Lê Thanh Hải - Phó Bí thư Thành ủy, Chủ tịch UBND TP. Hồ Chí Minh phát biểu.")
    assert ("Lê Thanh Hải", "Phó Bí thư", "Thành ủy TP. Hồ Chí Minh") in posts(f)
    f = facts_of("Ông Lê Văn Hải, Tổng giám đốc Công ty Thương mại & Bao bì Sài Gòn trao tặng 35 triệu đồng.")
    assert posts(f) == {("Lê Văn Hải", "Tổng Giám đốc", "Công ty Thương mại & Bao bì Sài Gòn")}


def test_a_homeroom_teacher_holds_no_post(facts_of):
    f = facts_of("Đạt dùng tay đánh vào mặt cô giáo chủ nhiệm Trần Thị Thanh Vân ngay trên bục giảng.")
    assert f.posts == ()
    f = facts_of("Theo thầy hiệu trưởng Võ Đức Thắng, hiện tượng này mới xảy ra.")
    assert {(p.person, p.role) for p in f.posts} == {("Võ Đức Thắng", "Hiệu trưởng")}


def test_round_six_patterns(facts_of):
    # a title that runs straight into the next name is that name's
    f = facts_of("Ông Nguyễn Tâm Chiến cho biết. "
                 "Các ứng cử viên gồm Thứ trưởng Lê Công Phụng, Thứ trưởng Vũ Dũng, đại sứ VN tại Mỹ Nguyễn Tâm Chiến.")
    assert ("Vũ Dũng", "Đại sứ") not in {(p.person, p.role) for p in f.posts}
    f = facts_of("Có mặt Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam Phạm Thế Duyệt, Trưởng Ban dân vận "
                 "trung ương Tòng Thị Phóng.")
    assert {(p.person, p.role) for p in f.posts} == {("Phạm Thế Duyệt", "Chủ tịch"), ("Tòng Thị Phóng", "Trưởng ban")}
    # "&" before small words of one name; a headline glued to a caption's "Trụ sở"
    f = facts_of("Ông Chu Phú Mỹ, Phó giám đốc Sở Nông nghiệp & phát triển nông thôn tỉnh Hà Tây cho biết.")
    assert posts(f) == {("Chu Phú Mỹ", "Phó Giám đốc", "Sở Nông nghiệp & phát triển nông thôn tỉnh Hà Tây")}
    f = facts_of("Thứ trưởng Nguyễn Việt Tiến Trụ sở Bộ GTVT bị khám xét.")
    assert {p.name for p in f.persons} == {"Nguyễn Việt Tiến"}
    # a sentence opening on a province places its bare bodies
    f = facts_of("Ông Nguyễn Duy Long, Chi cục trưởng Chi cục thú y tỉnh Long An cho biết. Tại tỉnh biên giới Lạng Sơn, "
                 "ông Đỗ Văn Được, Chi cục trưởng Chi cục thú y cho biết.")
    assert ("Đỗ Văn Được", "Chi cục trưởng", "Chi cục thú y tỉnh Long An") not in posts(f)


def test_round_seven_patterns(facts_of):
    f = facts_of("Đoàn đã viếng mộ cố Phó Thủ tướng kiêm Bộ trưởng Ngoại giao Nguyễn Duy Trinh.")
    assert {(p.person, p.former) for p in f.posts} == {("Nguyễn Duy Trinh", True)}
    f = facts_of("Bị cáo Nguyễn Văn Thắng, Phạm Văn Đức (Tổng giám đốc và Phó tổng giám đốc Công ty X) bị truy tố.")
    assert {(p.person, p.role) for p in f.posts} == {("Nguyễn Văn Thắng", "Tổng Giám đốc"),
                                                     ("Phạm Văn Đức", "Phó Tổng Giám đốc")}
    f = facts_of("Ông Huỳnh Bảo Hùng, Trưởng phòng Kế hoạch, đã được bố trí công việc khác.")
    assert {(p.person, p.former) for p in f.posts} == {("Huỳnh Bảo Hùng", True)}


def test_one_persons_comma_list_after_two_names_stays_that_persons(facts_of):
    f = facts_of("Tổng Bí thư Nông Đức Mạnh và đồng chí Phan Diễn, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư, đã đến dự.")
    assert ("Nông Đức Mạnh", "Ủy viên Bộ Chính trị") not in {(p.person, p.role) for p in f.posts}
    assert ("Phan Diễn", "Thường trực Ban Bí thư") in {(p.person, p.role) for p in f.posts}


def test_bracket_after_a_list_of_names_goes_in_order_even_with_a_non_title(facts_of):
    f = facts_of("Liên quan vụ án, Khuất Quang Hưng, Nguyễn Thị Oanh, và Lê Thúc Đề (giám đốc, phó giám đốc và "
                 "bác sĩ Trung tâm) đã có mặt tại buổi làm việc.")
    assert {(p.person, p.role) for p in f.posts} == {("Khuất Quang Hưng", "Giám đốc"),
                                                    ("Nguyễn Thị Oanh", "Phó Giám đốc")}


def test_titles_before_the_next_addressed_name_are_its_own(facts_of):
    f = facts_of("Bức thư do Thứ trưởng Bộ VHTT, ông Trần Chiến Thắng, Phó Chủ tịch kiêm Giám đốc khu vực châu Á - "
                 "Thái Bình Dương - Liên minh Phần mềm các doanh nghiệp (BSA), ông Jeff Hardee gửi.")
    assert not {p for p in f.posts if p.person == "Trần Chiến Thắng" and p.role in ("Phó Chủ tịch", "Giám đốc")}


def test_lower_case_district_committee_is_the_post_s_body_not_the_province_s(facts_of):
    f = facts_of("Ông Ứng bị kỷ luật do đánh bạc tại thị xã Vĩnh Yên, tỉnh Vĩnh Phúc. Các cán bộ tham gia đánh bạc "
                 "cùng ông Ứng gồm các ông Nguyễn Hữu Luận, ủy viên ban thường vụ thị ủy, chủ nhiệm Ủy ban kinh tế "
                 "thị ủy Vĩnh Yên; Phùng Anh Việt, thị ủy viên, trưởng phòng tài chính UBND thị xã Vĩnh Yên.")
    got = posts(f)
    assert ("Nguyễn Hữu Luận", "Ủy viên Ban Thường vụ", "Ban Thường vụ Thị ủy") in got
    assert ("Phùng Anh Việt", "Trưởng phòng", "Phòng tài chính Ủy ban nhân dân thị xã Vĩnh Yên") in got
    assert not any(o and "Thị ủy Vĩnh Phúc" in o for _, _, o in got)


def test_a_bare_party_committee_is_not_owned_by_another(facts_of):
    f = facts_of("Ngày 25/4, Ban thường vụ Thành ủy Đà Lạt đã họp. Ông Nguyễn Văn Ngọc, Bí thư Đảng ủy, Phó giám "
                 "đốc công ty phải kiểm điểm lại một cách nghiêm túc.")
    assert ("Nguyễn Văn Ngọc", "Bí thư", "Đảng ủy") in posts(f)


def test_a_small_head_in_a_title_reads_its_own_name_or_none(facts_of):
    f = facts_of("Các cán bộ gồm ông Phùng Anh Việt, trưởng phòng tài chính UBND thị xã Vĩnh Yên.")
    assert ("Phùng Anh Việt", "Trưởng phòng", "Phòng tài chính Ủy ban nhân dân thị xã Vĩnh Yên") in posts(f)
    # a name we cannot read is not the article's other Phòng
    f = facts_of("Bà Nguyễn Minh Trang, trưởng phòng cấp chủ quyền nhà Sở Xây dựng TP.HCM:\n"
                 "- Nếu có yêu cầu, ông có thể liên hệ Phòng Công chứng số 2 TP.HCM.")
    assert ("Nguyễn Minh Trang", "Trưởng phòng", None) in posts(f)
    f = facts_of("Ông Trần Văn Minh, chánh văn phòng hội, cho biết do kinh phí hạn hẹp.")
    assert ("Trần Văn Minh", "Chánh Văn phòng", None) in posts(f)
    # a bare title before a verb still sits in the article's one body of its kind
    f = facts_of("Ông Lê Văn Tám, Cục trưởng Cục Thuế tỉnh Bình Dương đến dự. Ông Lê Văn Chín, Phó Cục trưởng cho biết.")
    assert ("Lê Văn Chín", "Phó Cục trưởng", "Cục Thuế tỉnh Bình Dương") in posts(f)


def test_a_party_board_is_never_a_state_body_s(facts_of):
    f = facts_of("Ông Trần Văn C, Ủy viên Ban Thường vụ, Chủ tịch UBND tỉnh Quảng Nam.")
    assert posts(f) == {("Trần Văn C", "Chủ tịch", "Ủy ban nhân dân tỉnh Quảng Nam"),
                        ("Trần Văn C", "Ủy viên Ban Thường vụ", None)}
    f = facts_of("Ông Trần Văn D, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch UBND tỉnh Quảng Nam.")
    assert ("Trần Văn D", "Ủy viên Ban Thường vụ", "Ban Thường vụ Tỉnh ủy Quảng Nam") in posts(f)


def test_a_middle_and_given_name_alone_is_not_a_person(facts_of):
    f = facts_of("Đề xuất các giải pháp, bà Bích Thủy, Chánh án TAND quận Bình Thạnh, cho rằng cần kiểm tra.")
    assert not f.persons and not f.posts
    # a pen name written with its title is a person
    f = facts_of("Khai mạc hội nghị, Chủ tịch Hội Nhà báo Việt Nam Hồng Vinh khẳng định, hội nghị rất quan trọng.")
    assert "Hồng Vinh" in {p.name for p in f.persons}
    f = facts_of("Ông Hồng Vinh - phó trưởng ban thường trực Ban Tư tưởng - văn hóa T.Ư - nhận xét.")
    assert "Hồng Vinh" in {p.name for p in f.persons}


def test_a_commune_is_not_named_by_one_surname(facts_of):
    # "Chủ tịch UBND xã | Nguyễn Văn Tiên": no place is a lone surname, so the run is the name
    f = facts_of("Tại trụ sở UBND xã Hòa Hiệp Trung, khi được hỏi, Chủ tịch UBND xã Nguyễn Văn Tiên khẳng định "
                 "ngay đó là ông Võ Hiệp, thường trú tại xã Hòa Hiệp Trung.")
    assert ("Nguyễn Văn Tiên", "Chủ tịch", "Ủy ban nhân dân xã Hòa Hiệp Trung") in posts(f)


def test_posts_left_by_retiring_or_with_a_closed_term_are_former(facts_of):
    f = facts_of("Tuy nhiên, sau khi Bộ trưởng Lê Ngọc Hoàn nghỉ hưu vào tháng 8-2002, Bộ trưởng mới Đào Đình Bình "
                 "đã phân công lại; Thứ trưởng Ngô Thịnh Đức quản lý thêm các BQL dự án.")
    standing = standings(f)
    assert standing[("Lê Ngọc Hoàn", "Bộ trưởng")] == "former"
    assert standing[("Ngô Thịnh Đức", "Thứ trưởng")] == "current"
    f = facts_of("Ông Nguyễn Đình Phương (Tổng giám đốc tổng công ty từ tháng 11/1998-2003) chịu trách nhiệm về "
                 "việc điều động vốn. Ông Lê Văn An, Giám đốc Sở Tư pháp từ 2000 đến nay, cho biết.")
    standing = standings(f)
    assert standing == {("Nguyễn Đình Phương", "Tổng Giám đốc"): "former", ("Lê Văn An", "Giám đốc"): "current"}


def test_a_second_title_is_not_read_into_the_first_one_s_body(facts_of):
    f = facts_of("Các công ty nhận được từ Nguyễn Kim Khôi (Chủ tịch HĐQT kiêm giám đốc Công ty Thiên Gia Cát) "
                 "một quyết định giả.")
    assert posts(f) == {("Nguyễn Kim Khôi", "Chủ tịch", "Hội đồng quản trị Công ty Thiên Gia Cát"),
                        ("Nguyễn Kim Khôi", "Giám đốc", "Công ty Thiên Gia Cát")}


def test_leaving_a_post_told_by_a_short_name_in_another_sentence(facts_of):
    f = facts_of("Hai trưởng phòng Công an Đồng Nai bị cách chức\n"
                 "Công an tỉnh Đồng Nai đã thông báo quyết định kỷ luật của Bộ Công an với trưởng phòng Cảnh sát giao "
                 "thông Huỳnh Bảo Hùng và trưởng phòng Cảnh sát hình sự Phạm Hoàng Mai. Theo đó, ông Hùng bị cảnh "
                 "cáo, bố trí công việc khác; còn ông Mai bị cách chức, điều động tới công tác đơn vị khác.\n"
                 "Giám đốc Công an tỉnh Đồng Nai Nguyễn Văn Ba cho biết.")
    standing = {p.person: p.standing for p in f.posts}
    assert standing == {"Huỳnh Bảo Hùng": "former", "Phạm Hoàng Mai": "former", "Nguyễn Văn Ba": "current"}


def test_an_official_the_article_reports_dead_holds_no_post_now(facts_of):
    f = facts_of("Tin tức\nThượng tá Nguyễn Tấn Tài, Phó trưởng Phòng Cảnh sát bảo vệ - hỗ trợ tư pháp - Công an "
                 "TP.HCM, vừa qua đời tối 23/4. Ông Trần Văn Bình, Chủ tịch UBND xã Tân An, đến thăm gia đình nạn "
                 "nhân đã tử vong.")
    standing = standings(f)
    assert standing[("Nguyễn Tấn Tài", "Phó Trưởng phòng")] == "former"
    # a death the official reports is not the official's
    assert standing[("Trần Văn Bình", "Chủ tịch")] == "current"


def test_an_appointment_after_the_name_makes_the_apposed_title_the_one_left(facts_of):
    f = facts_of("Tin tức\nÔng Nguyễn Thành Rum, Phó trưởng Ban Tư tưởng - Văn hóa Thành ủy TP, vừa được bổ nhiệm làm "
                 "Giám đốc Sở Văn hóa - Thông tin thay cho bà Trương Ngọc Thủy.")
    # the title left is former; the one the appointment gives is held (GUIDELINE events)
    assert {(p.role, p.standing) for p in f.posts if p.person == "Nguyễn Thành Rum"} == {
        ("Phó Trưởng ban", "former"), ("Giám đốc", "current")}
    assert {p.standing for p in f.posts if p.person == "Trương Ngọc Thủy"} <= {"former"}
    # someone else's appointment later in the clause is not the name's
    f = facts_of("Tin tức\nTuy nhiên, Phó chủ tịch UBND Mai Quốc Bình thừa nhận, việc thi tuyển các chức danh này sẽ "
                 "gặp rất nhiều khó khăn vì vướng phải các quy định như người trúng tuyển được bổ nhiệm có nhận được "
                 "sự ủng hộ.")
    assert {p.standing for p in f.posts if p.person == "Mai Quốc Bình"} == {"current"}


def test_a_title_after_according_to_is_its_holder_s(facts_of):
    # "Theo" before a bare name credits a source; before a title it quotes the holder. And
    # "nông thôn" (the countryside) is no "thôn" (hamlet) named after a person.
    f = facts_of("Tin tức\nTỉnh Hưng Yên chỉ trông vào nguồn nước sông Hồng. Theo Phó giám đốc Sở Nông nghiệp và "
                 "Phát triển nông thôn Bùi Xuân Bài, trong 41.500 ha lúa đông xuân của tỉnh thì số diện tích đủ nước "
                 "đã tăng lên 45%.")
    assert ("Bùi Xuân Bài", "Phó Giám đốc") in {(p.person, p.role) for p in f.posts}


def test_a_province_before_an_apposed_title_is_no_person(facts_of):
    f = facts_of("Diện tích hạn hán đang thu hẹp dần\nNăm ngày vừa qua, do hồ Hòa Bình liên tục mở cửa xả, mực nước "
                 "sông Hồng tại Hà Nội đã dâng gần 2,4-2,5 m.\nTại Hà Tây, Phó giám đốc Sở Nông nghiệp và Phát triển "
                 "nông thôn Chu Phú Mỹ cho hay, đến hôm nay đã có 41.000 ha đất canh tác đủ nước tưới.")
    assert {p.person for p in f.posts} == {"Chu Phú Mỹ"}


def test_a_local_unit_after_a_chair_s_title_is_its_people_s_committee(facts_of):
    f = facts_of("Tin tức\nÔng Nguyễn Đình Tư, chủ tịch Mặt trận Tổ quốc xã, cho biết như vậy. Về việc này, ông Cao "
                 "Đình Lợi - chủ tịch xã - thì một mực cam đoan. Ông Lê Ngọc Khánh, phó chủ tịch xã Thạch Hóa, cho biết.")
    assert ("Cao Đình Lợi", "Chủ tịch", "Ủy ban nhân dân xã") in posts(f)
    assert ("Lê Ngọc Khánh", "Phó Chủ tịch", "Ủy ban nhân dân xã Thạch Hóa") in posts(f)
    # a party secretary of a commune is not of the commune's police, the one body the article names there
    f = facts_of("Tin tức\nCông an xã Thới Hưng đã vào cuộc. Theo bí thư xã Thới Hưng Diệp Hữu Minh, hiện nay xã có "
                 "2.141 hộ.")
    assert ("Diệp Hữu Minh", "Bí thư", None) in posts(f)


def test_a_bare_rank_title_before_another_title_takes_no_ministry_from_the_article(facts_of):
    f = facts_of("Tin tức\nĐó là ông Lê Huy Ngọ - Bộ trưởng Nông nghiệp và Phát triển nông thôn, ông Vũ Trọng Kim - "
                 "Bí thư Tỉnh ủy Quảng Trị và ông Ksor Phước - Bộ trưởng, chủ nhiệm Ủy ban Dân tộc.")
    assert ("Ksor Phước", "Bộ trưởng", None) in posts(f)
    assert ("Ksor Phước", "Chủ nhiệm", "Ủy ban Dân tộc") in posts(f)


def test_an_owner_in_brackets_is_no_other_name_of_the_body(facts_of):
    f = facts_of("Tin tức\nTheo đánh giá của Cục Quản lý công sản (Bộ Tài chính), hằng năm ngân sách chi hàng nghìn tỷ. "
                 "Tuy nhiên, như tính toán của Thứ trưởng Bộ Tài chính Trần Văn Tá: Chi phí cho một chiếc xe là lớn.")
    assert ("Trần Văn Tá", "Thứ trưởng", "Bộ Tài chính") in posts(f)


def test_a_board_of_an_owner_we_cannot_read_takes_no_other_owner(facts_of):
    f = facts_of("Tin tức\nHội đồng quản trị Tổng công ty dầu khí Việt Nam họp. Trong đó 30 người là của Tổng công ty "
                 "dầu do Trần Ngọc Giao, Chủ tịch Hội đồng quản trị của Interpet khai là đã ăn chia với Interpet.")
    assert ("Trần Ngọc Giao", "Chủ tịch", None) in posts(f)


def test_a_colon_after_a_clause_opens_no_list_of_title_holders(facts_of):
    f = facts_of("Bắc Ninh công bố hết dịch cúm gia cầm\nNgày 29/12, Phó chủ tịch UBND tỉnh Trần Văn Túy vừa ký quyết định "
                 "chính thức công bố hết dịch cúm gia cầm trên địa bàn xã: Tam Sơn, huyện Từ Sơn; Gia Đông, Nghĩa Đạo "
                 "huyện Thuận Thành.")
    assert {p.person for p in f.posts} == {"Trần Văn Túy"}


def test_a_short_name_the_article_writes_as_a_firm_s_is_the_firm(facts_of):
    f = facts_of("Tin tức\nCác bị cáo gồm Lâm Thanh Bình (Công ty Dịch vụ Thương mại quảng cáo Viên Minh), Đoàn Thị "
                 "Ngọc Dung (kế toán). Trong quá trình thực hiện, Phó giám đốc Viên Minh đề nghị Đoàn Thị Ngọc Dung bỏ "
                 "qua một số spot, không thu tiền của Viên Minh.")
    assert "Viên Minh" not in {p.person for p in f.posts}
    # a short name after a title and a firm's name is the holder's
    f = facts_of("Tin tức\nTổng giám đốc Công ty Cấp nước Sài Gòn Võ Quang Châu khẳng định: tình hình sẽ được giải quyết.")
    assert ("Võ Quang Châu", "Tổng Giám đốc") in {(p.person, p.role) for p in f.posts}


def test_a_former_marker_opening_a_bracket_of_titles_in_order_is_every_title_s(facts_of):
    f = facts_of("Tin tức\nNgoài vợ chồng Dương Quang Trí, Phạm Thị Kiều Phương (nguyên phó giám đốc và giám đốc doanh "
                 "nghiệp tư nhân Kiều Phương) còn có Nguyễn Tiến Dũng (phó giám đốc chi nhánh Công ty Xuất nhập khẩu "
                 "Bắc Ninh).")
    standing = standings(f)
    assert standing[("Dương Quang Trí", "Phó Giám đốc")] == "former"
    assert standing[("Phạm Thị Kiều Phương", "Giám đốc")] == "former"
    assert standing[("Nguyễn Tiến Dũng", "Phó Giám đốc")] == "current"


def test_a_title_goes_to_the_name_it_stands_nearest(facts_of):
    # the title nearest the name is its; one further back, across another title, is someone else's
    f = facts_of("Tin tức\nTrước đó, Tổng Thanh tra Chính phủ đã báo cáo Thủ tướng kết quả xác minh đơn tố cáo Tổng giám "
                 "đốc Tổng công ty Hàng hải Hà Đức Bàng.")
    assert {(p.person, p.role) for p in f.posts} == {("Hà Đức Bàng", "Tổng Giám đốc")}
    # a title after a comma whose body visibly ends before a name that acts is that name's
    f = facts_of("Tin tức\nSau phần trình bày của ông Hồ Đức Việt, Tổng thư ký Ủy ban MTTQ VN Huỳnh Đảm tổng hợp các ý "
                 "kiến phản ánh của cử tri.")
    assert {(p.person, p.role) for p in f.posts} == {("Huỳnh Đảm", "Tổng Thư ký")}
    # a title whose body runs on in small words does not reach past one full name to the next
    f = facts_of("Tin tức\nĐoàn cơ sở đã cử Phó bí thư Ban Chấp hành Đoàn cơ sở - Phó trưởng ban đại diện lưu học sinh "
                 "Phạm Quang Tùng phụ trách việc thông tin và gửi thư kêu gọi quan tâm đến cái chết của sinh viên Vũ Anh "
                 "Tuấn; giúp đỡ.")
    assert "Vũ Anh Tuấn" not in {p.person for p in f.posts}


def test_a_plural_title_before_a_colon_is_each_listed_names_post(facts_of):
    f = facts_of("Tin tức\nDự hội nghị có các đồng chí Ủy viên Bộ Chính trị: Chủ tịch nước Lê Văn An; Thủ tướng Chính phủ "
                 "Trần Quốc Bảo; Thường trực Ban Bí thư Hoàng Văn Cường.")
    for name in ("Lê Văn An", "Trần Quốc Bảo", "Hoàng Văn Cường"):
        assert ("Ủy viên Bộ Chính trị", "current") in {(p.role, p.standing) for p in f.posts if p.person == name}, name
    assert ("Thủ tướng", "Chính phủ") in {(p.role, p.org) for p in f.posts if p.person == "Trần Quốc Bảo"}
    # a singular title before a colon is no list's shared post
    f = facts_of("Tin tức\nPhát biểu tại hội nghị, Bí thư Tỉnh ủy Lê Văn An nhấn mạnh: đồng chí Trần Quốc Bảo cần làm rõ.")
    assert "Bí thư" not in {p.role for p in f.posts if p.person == "Trần Quốc Bảo"}


def test_a_title_before_the_forms_of_address_of_a_list_is_each_names_post(facts_of):
    f = facts_of("Tin tức\nBa người là tân Phó Bí thư gồm các ông, bà: Lê Văn Phú, Trần Ngọc Tú, Hoàng Thị Tươi.")
    assert {(p.person, p.role) for p in f.posts} == {(n, "Phó Bí thư") for n in ("Lê Văn Phú", "Trần Ngọc Tú",
                                                                                   "Hoàng Thị Tươi")}


def test_age_and_home_town_before_the_titles(facts_of):
    f = facts_of("Tin tức\nĐại tướng Lê Văn Trọng 67 tuổi, quê tỉnh Phú Thọ, Ủy viên Bộ Chính trị khóa XIII.")
    assert {p.role for p in f.posts if p.person == "Lê Văn Trọng"} == {"Ủy viên Bộ Chính trị"}


def test_a_move_is_the_one_the_verb_before_the_name_makes(facts_of):
    # the transfer named earlier in the sentence is another person's
    f = facts_of("Tin tức\nSau khi công bố quyết định điều động đối với ông Đỗ Văn Tâm, kỳ họp đã bầu ông Lê Quang Hưng, "
                 "Phó Bí thư Huyện ủy làm Chủ tịch UBND huyện.")
    assert ("Phó Bí thư", "current") in {(p.role, p.standing) for p in f.posts if p.person == "Lê Quang Hưng"}


def test_the_years_after_a_new_title_are_not_the_apposed_titles_term(facts_of):
    f = facts_of("Tin tức\nKỳ họp đã bầu ông Lê Quang Hưng, Phó Bí thư Huyện ủy Kim Sơn làm Chủ tịch UBND huyện nhiệm kỳ "
                 "2016 -2021 với số phiếu cao.")
    assert ("Phó Bí thư", "current") in {(p.role, p.standing) for p in f.posts if p.person == "Lê Quang Hưng"}
    f = facts_of("Tin tức\nÔng Trần Văn Hải, Tổng giám đốc tổng công ty từ tháng 11/1998-2003, phát biểu.")
    assert {p.standing for p in f.posts if p.person == "Trần Văn Hải"} == {"former"}


def test_a_term_still_running_is_no_former_post(facts_of):
    f = facts_of("Tin tức\nÔng Lê Văn An, Chủ tịch UBND huyện nhiệm kỳ 2021-2026, phát biểu.", published="12/03/2023 10:00")
    assert [p.standing for p in f.posts] == ["current"]
    f = facts_of("Tin tức\nÔng Lê Văn An, Chủ tịch UBND huyện nhiệm kỳ 2016-2021, phát biểu.", published="12/03/2023 10:00")
    assert [p.standing for p in f.posts] == ["former"]


def test_a_title_list_goes_on_after_a_committees_term(facts_of):
    f = facts_of("Tin tức\nĐồng chí Lò Văn Sơn, Bí thư Tỉnh ủy khóa XIII, Trưởng đoàn Đại biểu Quốc hội tỉnh phát biểu.")
    assert {p.role for p in f.posts} == {"Bí thư", "Trưởng đoàn đại biểu Quốc hội"}


def test_titles_a_dash_puts_before_the_name(facts_of):
    f = facts_of("Tin tức\nTại buổi họp báo, Chánh Văn phòng HĐND tỉnh – ông Vũ Tiến Dũng cũng đã cung cấp thông tin.")
    assert [(p.person, p.role) for p in f.posts] == [("Vũ Tiến Dũng", "Chánh Văn phòng")]
    f = facts_of("Tin tức\nHà Nội - Ông Lê Văn An cho biết, dự án đã hoàn thành.")
    assert f.posts == ()


def test_an_abbot_and_a_leader_an_academy_is_named_after(facts_of):
    f = facts_of("Tin tức\nĐoàn công tác thăm, chúc Tết Hòa thượng Thạch Sane - Trụ trì chùa Prey Kanh, xã Lai Hòa.")
    assert [(p.person, p.role) for p in f.posts] == [("Thạch Sane", "Trụ trì")]
    f = facts_of("Tin tức\nĐồng chí Nguyễn Xuân Hòa, Giám đốc Học viện Chính trị Quốc gia Hồ Chí Minh dự và chỉ đạo Đại hội.")
    assert [p.name for p in f.persons] == ["Nguyễn Xuân Hòa"]


def test_a_shared_title_after_a_copula(facts_of):
    f = facts_of("Tin tức\nCùng dự có các đồng chí là Ủy viên Ban Thường vụ Tỉnh ủy: Vũ Duy Hoàn, Trưởng Ban Tuyên giáo Tỉnh "
                 "ủy; Hoàng Văn Hưng, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy.")
    for name in ("Vũ Duy Hoàn", "Hoàng Văn Hưng"):
        assert "Ủy viên Ban Thường vụ" in {p.role for p in f.posts if p.person == name}, name


def test_a_move_keeps_the_seats_on_committees(facts_of):
    f = facts_of("Tin tức\nĐồng chí Nguyễn Văn Đọc đã trao Quyết định về việc điều động và phân công đồng chí Vi Ngọc Bảo, Ủy "
                 "viên Ban Thường vụ Tỉnh ủy, Bí thư Huyện ủy Hải Hà, giữ chức vụ Trưởng Ban Tuyên giáo Tỉnh ủy.")
    standing = {(p.role, p.standing) for p in f.posts if p.person == "Vi Ngọc Bảo"}
    assert ("Ủy viên Ban Thường vụ", "current") in standing and ("Bí thư", "former") in standing


def test_the_deputys_post_is_left_by_who_becomes_the_head(facts_of):
    f = facts_of("Tin tức\nBan Thường vụ Thành ủy chuẩn y đồng chí Nguyễn Xuân Lực, Phó Bí thư Quận ủy, Chủ tịch UBND quận "
                 "Thanh Xuân giữ chức vụ Bí thư Quận ủy Thanh Xuân.")
    standing = {(p.role, p.standing) for p in f.posts if p.person == "Nguyễn Xuân Lực"}
    assert standing == {("Phó Bí thư", "former"), ("Chủ tịch", "current"), ("Bí thư", "current")}


def test_a_lists_shared_title_ends_with_the_list(facts_of):
    f = facts_of("Tin tức\nDự hội nghị có các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy: ông Vũ Duy Hoàn, Trưởng Ban Tuyên giáo "
                 "Tỉnh ủy; ông Hoàng Văn Hưng, phó chủ tịch UBND tỉnh; cùng đại diện lãnh đạo các sở, ngành, trong đó có "
                 "ông Lê Văn Cường, Giám đốc Sở Nội vụ.")
    assert "Ủy viên Ban Thường vụ" in {p.role for p in f.posts if p.person == "Hoàng Văn Hưng"}
    assert "Ủy viên Ban Thường vụ" not in {p.role for p in f.posts if p.person == "Lê Văn Cường"}


def test_a_second_title_after_a_ministers_title_is_not_the_ministrys_name(facts_of):
    f = facts_of("Tin tức\nBộ trưởng Chủ nhiệm Ủy ban Thể dục Thể thao Nguyễn Danh Hòa đã tới dự.")
    assert not any((p.org or "").startswith("Bộ Chủ nhiệm") for p in f.posts)


def test_an_acting_post_is_kept_as_such(facts_of):
    # the acting holder's title is a post of its own (guideline: "Quyền Hiệu trưởng" as written)
    f = facts_of("Tin tức\nSáng nay, quyền Bộ trưởng Bộ Công Thương Lò Văn Pình đã kiểm tra công trình.\n"
                 "Ông Hầu A Páo, quyền Giám đốc Sở Y tế, cho biết như vậy.")
    assert {(p.person, p.role, p.org) for p in f.posts} == {
        ("Lò Văn Pình", "Quyền Bộ trưởng", "Bộ Công Thương"), ("Hầu A Páo", "Quyền Giám đốc", "Sở Y tế")}


def test_quyen_as_a_second_syllable_is_not_acting(facts_of):
    f = facts_of("Tin tức\nThừa ủy quyền Chủ tịch UBND tỉnh, ông Đinh Văn Sáu đã ký quyết định.\n"
                 "Đại diện chính quyền, Chủ tịch UBND xã Lương Văn Tùng phát biểu.")
    assert not any(p.role.startswith("Quyền") for p in f.posts)


def test_the_acting_post_is_left_by_who_is_elected_to_the_full_one(facts_of):
    f = facts_of("Tin tức\nHĐND huyện đã bầu ông Vi Văn Đạt, quyền Chủ tịch UBND huyện, giữ chức Chủ tịch UBND huyện.")
    assert {(p.role, p.standing) for p in f.posts} == {("Chủ tịch", "current"), ("Quyền Chủ tịch", "former")}


def test_a_district_secretarys_seat_is_on_the_provinces_board(facts_of):
    # the secretary of a district's committee sits on its board as a matter of course: the seat
    # named with the title is on the province's standing board
    f = facts_of("Tin tức\nTỉnh ủy Bình Phước quyết định kỷ luật cảnh cáo đối với ông Trần Văn Hai, nguyên UVTV, "
                 "Bí thư Huyện ủy Lộc Ninh.")
    assert {(p.role, p.org) for p in f.posts} == {("Bí thư", "Huyện ủy Lộc Ninh"),
                                                  ("Ủy viên Ban Thường vụ", "Ban Thường vụ Tỉnh ủy Bình Phước")}
    # a seat with another title of the district's committee stays on the district's board
    f = facts_of("Tin tức\nÔng Lê Văn Ba, Ủy viên Ban Thường vụ, Trưởng ban Tổ chức Huyện ủy Lộc Ninh, cho biết.")
    assert ("Ủy viên Ban Thường vụ", "Ban Thường vụ Huyện ủy Lộc Ninh") in {(p.role, p.org) for p in f.posts}


def test_a_title_does_not_reach_past_a_clause_to_a_name_a_form_of_address_opens(facts_of):
    # the body's name runs on in small words ("kinh tế 2"), then a verb and another man
    f = facts_of("Ông Đặng Văn Khả, nguyên Phó vụ trưởng Vụ Kiểm tra kinh tế 2 đã ba lần đưa tiền cho ông Vi Văn Thắm.")
    assert not any(p.person == "Vi Văn Thắm" for p in f.posts)


def test_names_each_followed_by_titles_after_a_dash_keep_their_own(facts_of):
    # "ông A - titles, bà B - titles": each title after its name, not an apposition chain
    f = facts_of("Tin tức\nVề dự có ông Võ Văn Chánh - Ủy viên thường vụ tỉnh ủy - Phó Chủ tịch UBND tỉnh, bà Nguyễn Thị "
                 "Hoa - Tỉnh ủy viên - Giám đốc Sở Y tế, ông Cao Văn Quang - Bí thư huyện ủy.")
    got = {(p.person, p.role) for p in f.posts}
    assert {("Nguyễn Thị Hoa", "Ủy viên Ban Chấp hành"), ("Nguyễn Thị Hoa", "Giám đốc"),
            ("Cao Văn Quang", "Bí thư")} <= got
    assert ("Cao Văn Quang", "Giám đốc") not in got


def test_the_country_in_a_fronts_name_places_no_party_committee(facts_of):
    f = facts_of("Tin tức\nÔng Lê Văn Tám (55 tuổi) - Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, "
                 "phát biểu.")
    assert ("Ủy viên Ban Thường vụ", "Ban Thường vụ Tỉnh ủy") in {(p.role, p.org) for p in f.posts}


def test_the_title_of_who_acts_is_not_given_to_the_one_acted_on(facts_of):
    f = facts_of("Tin tức\nThủ tướng điều động ông Lê Văn An, Chủ tịch Tập đoàn Dầu khí về công tác tại Bộ Công Thương.")
    assert "Thủ tướng" not in {p.role for p in f.posts}


def test_a_nationwide_title_then_a_verb_after_a_name_is_the_next_clauses_subject(facts_of):
    f = facts_of("Tin tức\nTheo Trưởng ban Dân nguyện Lê Quang Bình, Thủ tướng sẽ không trả lời chất vấn. Ông Lê Văn Tám, "
                 "Thủ tướng Chính phủ, cho biết.")
    assert {(p.person, p.role) for p in f.posts} == {("Lê Quang Bình", "Trưởng ban"), ("Lê Văn Tám", "Thủ tướng")}


def test_a_comma_left_out_between_an_addressed_name_and_its_titles(facts_of):
    f = facts_of("Tin tức\nTrong đó, có Ông Nguyễn Văn Hùng Ủy viên Trung ương Đảng, Thứ trưởng Bộ Y tế được bổ nhiệm. "
                 "Ông Lê Văn An Chủ tịch UBND xã cho biết.")
    got = {(p.person, p.role) for p in f.posts}
    assert {("Nguyễn Văn Hùng", "Ủy viên Ban Chấp hành Trung ương Đảng"), ("Nguyễn Văn Hùng", "Thứ trưởng"),
            ("Lê Văn An", "Chủ tịch")} <= got


def test_a_title_of_a_function_is_no_post(facts_of):
    # a firm's director of a field of work is not its Giám đốc
    f = facts_of("Ông Trần Quốc Hưng, Giám đốc Marketing và Thương mại, Công ty Sữa Ánh Dương, cho biết. "
                 "Ông Lê Văn Cần, Giám đốc tuyển sinh của trường, cho biết thêm.")
    assert f.posts == ()
    f = facts_of("Ông Trần Quốc Hưng, Giám đốc Sở Tài chính, cho biết.")
    assert [(p.person, p.role) for p in f.posts] == [("Trần Quốc Hưng", "Giám đốc")]


def test_a_bare_title_opening_a_longer_one_the_person_holds_is_that_one(facts_of):
    f = facts_of("Chủ tịch nước Trần Văn Long tiếp đoàn. Phát biểu tại lễ tiễn, Chủ tịch Trần Văn Long đánh giá cao "
                 "quan hệ hai nước.")
    assert [(p.person, p.role) for p in f.posts] == [("Trần Văn Long", "Chủ tịch nước")]


def test_the_titles_said_of_a_list_of_names_are_each_ones(facts_of):
    f = facts_of("Theo đó, các ông Mai Văn Tĩnh, ông Lê Văn Sang, ông Lê Minh Đăng giữ chức danh Phó Chủ tịch Ủy ban "
                 "MTTQ Việt Nam tỉnh nhiệm kỳ 2024-2029.")
    assert {(p.person, p.role, p.standing) for p in f.posts} == {
        (n, "Phó Chủ tịch", "current") for n in ("Mai Văn Tĩnh", "Lê Văn Sang", "Lê Minh Đăng")}
    # a career told with its terms one after another is no statement of today
    f = facts_of("Ông Lê Hoàng Long là Ủy viên Ban Chấp hành Trung ương Đảng khóa IX, X, XI.")
    assert f.posts == ()


def test_the_title_said_of_a_name_is_its_own_whatever_follows(facts_of):
    # a name after the title with no mark between does not take it from the copula's subject
    f = facts_of("Ông Nguyễn Văn Chung khiếu nại. Do khi đó chồng bà Hường là ông Trịnh Văn Bảo cũng đang đương chức "
                 "Viện trưởng VKSND quận 4 nên phía gia đình ông Chung hoàn toàn yên tâm.")
    assert [(p.person, p.role) for p in f.posts] == [("Trịnh Văn Bảo", "Viện trưởng")]
    # a relative named by a copula keeps the titles after the name
    f = facts_of("Mới đây, chồng bà Hường là Trịnh Văn Bảo, nguyên Viện trưởng VKSND quận 4, đã làm đơn.")
    assert [(p.person, p.role, p.standing) for p in f.posts] == [("Trịnh Văn Bảo", "Viện trưởng", "former")]


def test_names_listed_with_their_titles_are_appointed_by_the_verb_before_the_list(facts_of):
    f = facts_of("Thủ tướng bổ nhiệm ông Bành Văn Long - Vụ trưởng Đại học và sau Đại học, ông Phạm Vũ Lâm - hiệu "
                 "trưởng ĐH Thương mại làm Thứ trưởng Bộ Giáo dục và Đào tạo.")
    standing = {(p.person, p.role): p.standing for p in f.posts}
    assert standing[("Phạm Vũ Lâm", "Hiệu trưởng")] == "former"
    assert standing[("Phạm Vũ Lâm", "Thứ trưởng")] == "current"
    # ... and the first of the list is moved by the words after the last
    assert standing[("Bành Văn Long", "Vụ trưởng")] == "former"
    # (a list of those present is moved by nothing)
    f = facts_of("Dự hội nghị có ông Lê Văn Hai - Bí thư Tỉnh ủy, ông Trần Văn Ba - Chủ tịch UBND tỉnh, ông Phạm Văn "
                 "Tư - Giám đốc Sở Nội vụ.")
    assert {p.standing for p in f.posts} == {"current"} and len(f.posts) == 3


def test_a_hieu_pho_is_a_vice_rector(facts_of):
    f = facts_of("Ông Nguyễn Việt Bình, hiệu phó Cao đẳng Sư phạm thành phố nêu ý kiến.")
    assert [(p.person, p.role) for p in f.posts] == [("Nguyễn Việt Bình", "Phó Hiệu trưởng")]


def test_a_lists_bare_title_takes_the_body_the_sentence_wrote_it_with_before_any_name(facts_of):
    f = facts_of("Tin tức\nTrong 3 Phó Bí thư Tỉnh ủy Hà Giang khóa XVII mới được bầu, ngoài ông Vương Đình Tài, "
                 "Phó Chủ tịch UBND tỉnh Hà Giang; 2 người là tân Phó Bí thư gồm các ông, bà: Sầm Văn Lịch, "
                 "Đặng Thị Mây.")
    posts = {(p.person, p.role, p.org) for p in f.posts}
    assert {("Sầm Văn Lịch", "Phó Bí thư", "Tỉnh ủy Hà Giang"), ("Đặng Thị Mây", "Phó Bí thư", "Tỉnh ủy Hà Giang")} <= posts
    # the apposition's own title stays its holder's
    assert ("Vương Đình Tài", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Hà Giang") in posts


def test_a_title_of_rank_then_the_post_with_no_comma(facts_of):
    # "Bộ trưởng Chủ nhiệm Ủy ban X": a committee's head of a minister's rank
    f = facts_of("Tin tức\nTôi đã nghe phần trả lời của Bộ trưởng Chủ nhiệm Ủy ban Dân tộc Giàng Seo Phử tại kỳ họp.")
    assert {(p.role, p.org) for p in f.posts} == {("Bộ trưởng", None), ("Chủ nhiệm", "Ủy ban Dân tộc")}


def test_a_title_and_a_verb_after_a_sources_name_are_what_the_source_says_of_another(facts_of):
    f = facts_of("Tin tức\nTheo ông Trần Tiến Đạt, Chủ tịch Hội đồng quản trị đã bất chấp điều lệ liên doanh.")
    assert not f.posts
    # the source's apposition, closed by a comma or by the verb of saying, is his
    f = facts_of("Tin tức\nTheo ông Trần Tiến Đạt, Phó Giám đốc Sở Tài chính, năm nay thu ngân sách tăng.")
    assert {(p.person, p.role) for p in f.posts} == {("Trần Tiến Đạt", "Phó Giám đốc")}


def test_a_list_of_what_its_people_once_were_gives_former_posts(facts_of):
    f = facts_of("Tin tức\nCả bốn đối tượng nguyên là cán bộ hội đồng giám định y khoa tỉnh gồm: Thái Thị Tuyết "
                 "(phó chủ tịch), Lê Đức Hiền (bác sĩ), Nguyễn Thị Hậu (ủy viên thường trực).")
    assert {(p.person, p.standing) for p in f.posts} == {("Thái Thị Tuyết", "former"), ("Nguyễn Thị Hậu", "former")}
    f = facts_of("Tin tức\nBa cán bộ của hội đồng gồm: Thái Thị Tuyết (phó chủ tịch), Nguyễn Thị Hậu (ủy viên thường trực).")
    assert {p.standing for p in f.posts} == {"current"}


def test_an_embassy_is_no_ambassador_and_a_general_hospital_keeps_its_name(facts_of):
    f = facts_of("Tin tức\nHồ sơ gửi về: bà Phạm Phương Thảo, Đại sứ quán Phần Lan, tầng 6, Hà Nội.")
    assert not f.posts
    f = facts_of("Tin tức\nThành ủy kiểm điểm nguyên giám đốc Bệnh viện đa khoa Cần Thơ Lê Thanh Hải.")
    assert {(p.person, p.role, p.org, p.standing) for p in f.posts} == {
        ("Lê Thanh Hải", "Giám đốc", "Bệnh viện đa khoa Cần Thơ", "former")}


def test_a_body_written_without_its_place_is_not_anothers_placed_seat(facts_of):
    # the article's Sở of Cà Mau has its director; the director of "the Sở" of another
    # province the sentence before names keeps a post with no body rather than Cà Mau's
    f = facts_of("Tin tức\nÔng Ngô Chí Dũng, Giám đốc Sở Nông nghiệp và Phát triển nông thôn Cà Mau, cho biết như vậy.\n"
                 "Một số tỉnh như Tây Ninh thì đang đắn đo. Ông Dương Văn Hội, Giám đốc Sở Nông nghiệp và Phát triển "
                 "nông thôn, nói: \"Ngân sách tỉnh có hạn\".")
    assert ("Dương Văn Hội", "Giám đốc", None) in {(p.person, p.role, p.org) for p in f.posts}


def test_names_and_titles_in_order_with_a_name_unread_give_neither_title(facts_of):
    # "Đỗ Tố" (two syllables after "bị can") is no name the steps read: the titles are in the
    # order of the two names, so the second name's is the second title, and none is given
    f = facts_of("Tin tức\nÔng Hùng đã cùng với bị can Đỗ Tố và Lê Minh Dũng, Chủ tịch và Phó chủ tịch UBND huyện, "
                 "ký duyệt cấp đất.")
    assert not any(p.person == "Lê Minh Dũng" for p in f.posts)
    # a body before "và" is no name unread: the titles are the one name's
    f = facts_of("Tin tức\nĐoàn làm việc với Bộ Công Thương và ông Lê Minh Dũng, Chủ tịch và Tổng Giám đốc Tập đoàn.")
    assert ("Lê Minh Dũng", "Chủ tịch") in {(p.person, p.role) for p in f.posts}


def test_a_source_s_bare_prime_minister_is_the_one_prime_minister(facts_of):
    f = facts_of("Tin tức\nTheo ông Lê Quang Bình, Thủ tướng nhiều lần đề cập vấn đề này.")
    assert not f.posts
    f = facts_of("Tin tức\nTheo ông Nguyễn Tấn Dũng, Thủ tướng Chính phủ, cần làm ngay.")
    assert {(p.person, p.role) for p in f.posts} == {("Nguyễn Tấn Dũng", "Thủ tướng")}
    f = facts_of("Tin tức\nTheo ông Nguyễn Phú Trọng, Tổng Bí thư kiêm Chủ tịch nước, cần làm ngay.")
    assert {p.role for p in f.posts} == {"Tổng Bí thư", "Chủ tịch nước"}


def test_a_foreign_leaders_titles_imply_no_body_of_this_country(facts_of):
    f = facts_of("Tin tức\nChánh Văn phòng Chủ tịch nước Nguyễn Văn Hải phát biểu.")  # (no rank title stacked)
    assert {(p.role, p.org) for p in f.posts} == {("Chánh Văn phòng", "Văn phòng Chủ tịch nước")}
    f = facts_of("Tin tức\nTổng bí thư, Chủ tịch nước CHND Trung Hoa Hồ Cẩm Đào sẽ thăm chính thức Việt Nam.")
    assert {(p.role, p.org) for p in f.posts} == {("Tổng Bí thư", None), ("Chủ tịch nước", None)}


def test_a_title_said_with_la_of_the_names_after_it(facts_of):
    f = facts_of("Tin tức\nThường trực HĐND thành phố có ông Võ Văn Minh, Chủ tịch HĐND thành phố, 3 Phó chủ tịch là "
                 "các ông Nguyễn Văn Thọ, Huỳnh Thanh Nhân và bà Nguyễn Trường Nhật Phượng.")
    assert {p.person for p in f.posts if p.role == "Phó Chủ tịch"} == {
        "Nguyễn Văn Thọ", "Huỳnh Thanh Nhân", "Nguyễn Trường Nhật Phượng"}
    f = facts_of("Tin tức\nPhó Chủ tịch UBND tỉnh là ông Lê Văn An.")
    assert {(p.person, p.role, p.org) for p in f.posts} == {("Lê Văn An", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh")}
    # a singular title is one name's; a relative's title is not the relative's
    f = facts_of("Tin tức\nGiám đốc Công ty Thành Công là ông Lê Quốc Thắng, Lâm Bích Thủy là kế toán.")
    assert {p.person for p in f.posts} == {"Lê Quốc Thắng"}
    f = facts_of("Tin tức\nChẳng hạn, con ông chủ tịch huyện là Nguyễn Trọng Bằng được cấp đất.")
    assert not f.posts
    f = facts_of("Tin tức\nNgười giúp việc cho Giám đốc Sở Tài chính là ông Lê Văn An.")
    assert not f.posts


def test_the_names_a_colon_lists_after_the_members_of_a_committee_hold_its_seat(facts_of):
    f = facts_of("Tin tức\nDự phiên họp có các đồng chí trong Ban Thường vụ Tỉnh ủy: Hà Văn Lâm, Phó Chủ tịch "
                 "Thường trực UBND tỉnh; Đại tá Lò Văn Bình, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh.")
    assert {(p.person, p.role) for p in f.posts} == {
        ("Hà Văn Lâm", "Phó Chủ tịch Thường trực"), ("Hà Văn Lâm", "Ủy viên Ban Thường vụ"),
        ("Lò Văn Bình", "Chỉ huy trưởng"), ("Lò Văn Bình", "Ủy viên Ban Thường vụ")}
    assert {p.org for p in f.posts if p.role == "Ủy viên Ban Thường vụ"} == {"Ban Thường vụ Tỉnh ủy"}
    # a site's commander is a function, not a post
    f = facts_of("Tin tức\nKỹ sư Nguyễn Đức Tùng, chỉ huy trưởng công trường cho biết như vậy.")
    assert not f.posts


def test_the_names_of_one_item_of_a_list_share_the_titles_after_its_last_name(facts_of):
    f = facts_of("Tin tức\nThủ tướng phê chuẩn kết quả bầu đối với: ông Bùi Văn Tạo, ông Bùi Văn Khải, Ủy viên Ban "
                 "Thường vụ Tỉnh ủy, Phó chủ tịch UBND tỉnh Hòa Bình; ông Lê Văn Chương, Tỉnh ủy viên.")
    assert {(p.person, p.role) for p in f.posts if p.person != "Lê Văn Chương"} == {
        (n, r) for n in ("Bùi Văn Tạo", "Bùi Văn Khải") for r in ("Ủy viên Ban Thường vụ", "Phó Chủ tịch")}
    # a name with its own title before it keeps to it; a list no colon opens shares nothing
    f = facts_of("Tin tức\nDự có: Bí thư Thành ủy Hà Nội Lê Văn Trọng; ông Phạm Văn Duyệt, Chủ tịch Ủy ban MTTQ.")
    assert {(p.person, p.role) for p in f.posts} == {("Lê Văn Trọng", "Bí thư"), ("Phạm Văn Duyệt", "Chủ tịch")}
    f = facts_of("Tin tức\nCác ông Hà Thanh Hằng, Quách Văn Dực, Phó trưởng ban tổ chức chính quyền tỉnh, nhận sai.")
    assert "Hà Thanh Hằng" not in {p.person for p in f.posts}
