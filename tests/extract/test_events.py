"""Personnel events (kg.extract.events): the changes of post the news reports done, each a
fact of its own, and the posts they give and take (GUIDELINE "events")."""
from __future__ import annotations

import datetime as dt


def events(f):
    return {(e.kind, e.person, e.role) for e in f.events}


def test_a_person_elected_by_a_council_in_the_passive(facts_of):
    f = facts_of("Tin tức\nĐồng chí Lê Văn Hải, Phó Bí thư Huyện ủy, được các đại biểu HĐND huyện bầu giữ chức "
                 "Chủ tịch UBND huyện Kim Sơn nhiệm kỳ 2021-2026.")
    assert events(f) == {("elected", "Lê Văn Hải", "Chủ tịch")}
    (e,) = f.events
    assert e.org == "Ủy ban nhân dân huyện Kim Sơn"
    # the post the vote gives is held; the apposition's title is still held too
    assert {(p.role, p.standing) for p in f.posts} == {("Chủ tịch", "current"), ("Phó Bí thư", "current")}


def test_a_list_elected_to_one_post(facts_of):
    f = facts_of("Tin tức\nKỳ họp đã bầu ông Trần Văn An, ông Phạm Quốc Bảo và bà Đinh Thị Cúc giữ chức Phó Chủ tịch "
                 "UBND tỉnh nhiệm kỳ 2021-2026.")
    assert events(f) == {("elected", n, "Phó Chủ tịch") for n in ("Trần Văn An", "Phạm Quốc Bảo", "Đinh Thị Cúc")}


def test_each_elected_to_the_post_after_their_own_name(facts_of):
    f = facts_of("Tin tức\nHội nghị đã bầu ông Hồ Văn Lâm, Giám đốc Sở Tài chính giữ chức Trưởng ban và bà Vi Thị Nga, "
                 "Phó Giám đốc Sở Nội vụ giữ chức Phó Trưởng ban.")
    assert events(f) == {("elected", "Hồ Văn Lâm", "Trưởng ban"), ("elected", "Vi Thị Nga", "Phó Trưởng ban")}


def test_relieved_of_the_post_written_before_the_person_and_retired(facts_of):
    f = facts_of("Tin tức\nHĐND tỉnh đã biểu quyết miễn nhiệm chức danh Chủ tịch UBND tỉnh nhiệm kỳ 2021 - 2026 đối với "
                 "ông Hoàng Minh Đức (nghỉ hưu theo chế độ).")
    assert events(f) == {("relieved", "Hoàng Minh Đức", "Chủ tịch"), ("retired", "Hoàng Minh Đức", "Chủ tịch")}
    assert {p.standing for p in f.posts if p.person == "Hoàng Minh Đức"} <= {"former"}


def test_a_vote_proposed_or_planned_is_no_event(facts_of):
    f = facts_of("Tin tức\nBan Chấp hành đã giới thiệu nhân sự để Quốc hội bầu ông Vũ Đình Long giữ chức Chủ tịch nước.")
    assert f.events == ()
    f = facts_of("Tin tức\nThủ tướng Nguyễn Văn Hùng đã ký quyết định bổ nhiệm.")
    assert f.events == ()  # the doer of the verb changes no post


def test_reelected_by_a_new_vote_or_in_words(facts_of):
    f = facts_of("Tin tức\nBà Lò Thị Mai và ông Cầm Văn Tiến tiếp tục được bầu giữ chức Phó Bí thư Tỉnh ủy.")
    assert events(f) == {("reelected", "Lò Thị Mai", "Phó Bí thư"), ("reelected", "Cầm Văn Tiến", "Phó Bí thư")}
    f = facts_of("Tin tức\nĐồng chí Hà Văn Tâm, Phó Chủ tịch HĐND huyện khóa XIX tái cử chức danh Phó Chủ tịch HĐND "
                 "huyện khóa XX.")
    assert events(f) == {("reelected", "Hà Văn Tâm", "Phó Chủ tịch")}


def test_a_disciplined_official_keeps_the_post(facts_of):
    f = facts_of("Tin tức\nỦy ban Kiểm tra Trung ương quyết định thi hành kỷ luật bằng hình thức khiển trách đối với "
                 "ông Đặng Văn Bình, Chủ tịch UBND tỉnh Hà Nam.")
    assert events(f) == {("disciplined", "Đặng Văn Bình", "Chủ tịch")}
    assert {p.standing for p in f.posts if p.person == "Đặng Văn Bình"} == {"current"}


def test_two_verbs_done_to_one_person(facts_of):
    f = facts_of("Tin tức\nBộ Công an quyết định điều động, bổ nhiệm đại tá Lê Quang Minh - Phó Giám đốc Công an tỉnh "
                 "Nam Định - giữ chức vụ Giám đốc Công an tỉnh Thái Bình.")
    assert events(f) == {("transferred", "Lê Quang Minh", "Giám đốc"), ("appointed", "Lê Quang Minh", "Giám đốc")}
    assert {e.org for e in f.events} == {"Công an tỉnh Thái Bình"}


def test_the_day_and_the_body_that_decided(facts_of):
    f = facts_of("Tin tức\nNgày 12/3, Ban Thường vụ Tỉnh ủy Bắc Giang đã chỉ định đồng chí Lê Văn Sơn giữ chức Bí thư "
                 "Huyện ủy Yên Thế.", published="14/03/2023")
    (e,) = f.events
    assert (e.kind, e.person, e.role, e.date) == ("designated", "Lê Văn Sơn", "Bí thư", dt.date(2023, 3, 12))
    assert e.decided_by == "Ban Thường vụ Tỉnh ủy Bắc Giang"


def test_an_acting_post(facts_of):
    f = facts_of("Tin tức\nChủ tịch UBND tỉnh đã ký quyết định bổ nhiệm ông Lý Văn Phúc giữ chức quyền Giám đốc Sở Y tế.")
    (e,) = f.events
    assert (e.kind, e.person, e.role, e.acting) == ("appointed", "Lý Văn Phúc", "Quyền Giám đốc", True)


def test_a_person_replaced_is_not_listed_with_the_appointed(facts_of):
    f = facts_of("Tin tức\nĐại tá Trần Văn Hòa, Phó Cục trưởng, được điều động giữ chức vụ Giám đốc Công an tỉnh Cà Mau, "
                 "thay cho đại tá Nguyễn Văn Nam.")
    assert events(f) == {("transferred", "Trần Văn Hòa", "Giám đốc")}


def test_an_assignment_is_an_appointment_only_where_a_post_is_written(facts_of):
    f = facts_of("Tin tức\nBộ Chính trị đồng ý chủ trương phân công đồng chí Lê Văn Hùng tiếp tục theo dõi, chỉ đạo "
                 "Đảng bộ tỉnh.")
    assert f.events == ()
    f = facts_of("Tin tức\nBộ Chính trị đã phân công đồng chí Lê Văn Hùng giữ chức Trưởng Ban Tổ chức Trung ương.")
    assert events(f) == {("appointed", "Lê Văn Hùng", "Trưởng ban")}
    # the title written with the name is the one he holds: a task is assigned to the holder
    f = facts_of("Tin tức\nThủ tướng đã phân công Phó Thủ tướng Thường trực Trần Văn Bảo và Bộ trưởng Bộ Nông nghiệp "
                 "Lê Văn Hòa trực tiếp chỉ đạo công tác chống dịch.")
    assert f.events == ()


def test_a_series_of_verbs_after_commas_is_done_to_the_same_person(facts_of):
    f = facts_of("Tin tức\nQuyết định đồng chí Phan Văn Hòa thôi giữ chức Bí thư Thành ủy Hải Phòng nhiệm kỳ 2010 - 2015, "
                 "thôi giữ chức Chủ tịch HĐND thành phố Hải Phòng nhiệm kỳ 2011-2016.")
    assert events(f) == {("relieved", "Phan Văn Hòa", "Bí thư"), ("relieved", "Phan Văn Hòa", "Chủ tịch")}


def test_a_seat_on_each_committee_named(facts_of):
    f = facts_of("Tin tức\nĐồng chí Lò Văn Mừng, nguyên Phó Chủ tịch UBND tỉnh, được Ban Bí thư chỉ định tham gia BCH, "
                 "Ban Thường vụ Tỉnh ủy nhiệm kỳ 2020 - 2025.")
    assert events(f) == {("designated", "Lò Văn Mừng", "Ủy viên Ban Chấp hành"),
                         ("designated", "Lò Văn Mừng", "Ủy viên Ban Thường vụ")}


def test_a_confirmation_is_the_event_it_confirms(facts_of):
    f = facts_of("Tin tức\nQuốc hội phê chuẩn bổ nhiệm ông Cao Văn Phát làm Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn.")
    assert events(f) == {("appointed", "Cao Văn Phát", "Bộ trưởng")}
    # a prosecutor approving an arrest confirms no change of post
    f = facts_of("Tin tức\nViện Kiểm sát nhân dân tỉnh đã phê chuẩn lệnh tạm giam đối với Đinh Thị Tươi về tội lừa đảo.")
    assert f.events == ()


def test_nouns_made_with_an_election_verb_are_no_events(facts_of):
    f = facts_of("Tin tức\nĐại hội thông qua danh sách bầu cử gồm 207 người, trong đó có: Nguyễn Phú Hòa, Thứ trưởng Bộ "
                 "Ngoại giao.")
    assert f.events == ()
    f = facts_of("Tin tức\nCông ty của bầu sô Quang Huy phải bồi thường cho ông Trần Phan Thanh Dũng hơn 33 triệu đồng.")
    assert f.events == ()


def test_each_group_of_a_list_takes_its_own_post(facts_of):
    f = facts_of("Tin tức\nThủ tướng quyết định bổ nhiệm các ông Lê Xuân Phúc và Trần Tiến Hào giữ chức Phó tổng thanh tra "
                 "Chính phủ; các ông Trần Xuân Hạ và Đỗ Anh Tuấn giữ chức Thứ trưởng Bộ Tài chính.")
    assert {(e.person, e.role) for e in f.events} == {
        ("Lê Xuân Phúc", "Phó Tổng Thanh tra Chính phủ"), ("Trần Tiến Hào", "Phó Tổng Thanh tra Chính phủ"),
        ("Trần Xuân Hạ", "Thứ trưởng"), ("Đỗ Anh Tuấn", "Thứ trưởng")}


def test_a_retirement_or_discipline_with_no_post_is_no_personnel_event(facts_of):
    f = facts_of("Tin tức\nTheo trình bày của ông Vũ Quang Uông (giáo viên nghỉ hưu), ông bị ngã.")
    assert f.events == ()
    f = facts_of("Tin tức\nHai ông Trần Anh Tuấn và Trần Hữu Đức bị Đoàn luật sư TP HCM kỷ luật.")
    assert f.events == ()


def test_the_post_an_election_gives_ends_where_another_names_title_starts(facts_of):
    f = facts_of("Tin tức\nNhân dịp đồng chí Nông Văn Mạnh được bầu làm Tổng Bí thư Ban Chấp hành Trung ương Đảng Cộng sản VN, "
                 "Tổng Bí thư Ban Chấp hành Trung ương Đảng Cộng sản Trung Quốc Hồ Cẩm Đào; Chủ tịch Hội đồng Nhà nước Cuba "
                 "Fidel Castro đã gửi điện chúc mừng.")
    assert events(f) == {("elected", "Nông Văn Mạnh", "Tổng Bí thư")}


def test_relieved_of_the_post_written_after_khoi_chuc(facts_of):
    f = facts_of("Tin tức\nHĐND thị xã vừa bỏ phiếu miễn nhiệm ông Đinh Văn Thênh khỏi chức chủ tịch hội đồng. Ông Đinh Văn "
                 "Thênh (Phó bí thư thường trực, Chủ tịch hội đồng nhân dân) phải chịu trách nhiệm.")
    assert events(f) == {("relieved", "Đinh Văn Thênh", "Chủ tịch")}
    assert ("Chủ tịch", "current") not in {(p.role, p.standing) for p in f.posts}


def test_a_verb_in_a_series_after_its_objects_and_an_acting_post(facts_of):
    f = facts_of("Tin tức\nThủ tướng có Quyết định điều động ông Lê Mạnh Hào, Chủ tịch Hội đồng Thành viên Tập đoàn Dầu khí "
                 "Việt Nam về công tác tại Bộ Công Thương, giao quyền Bộ trưởng Bộ Công Thương.")
    # (the transfer is to the post the series gives: a transfer with no post at all is left
    # out, mostly a deployment, not a change of post)
    assert {(e.kind, e.person, e.role, e.acting) for e in f.events} == {
        ("appointed", "Lê Mạnh Hào", "Quyền Bộ trưởng", True), ("transferred", "Lê Mạnh Hào", "Quyền Bộ trưởng", True)}


def test_a_re_election_written_as_an_election_too_is_one_event(facts_of):
    f = facts_of("Đồng chí Bùi Văn Lực tái đắc cử Bí thư Tỉnh ủy Đắk Lắk khóa XVII\nTheo đó, đồng chí Bùi Văn Lực, Bí thư "
                 "Tỉnh ủy nhiệm kỳ 2015-2020, được bầu giữ chức vụ Bí thư Tỉnh ủy Đắk Lắk khóa XVII. Ông Trần Văn Trăm, "
                 "Chủ tịch UBND tỉnh khóa VIII tiếp tục được tín nhiệm bầu giữ chức vụ Chủ tịch UBND tỉnh khóa IX.")
    assert events(f) == {("reelected", "Bùi Văn Lực", "Bí thư"), ("reelected", "Trần Văn Trăm", "Chủ tịch")}


def test_officials_elected_from_a_list_a_plural_title_opens(facts_of):
    f = facts_of("Tin tức\nBan Chấp hành cũng đã bầu ra 3 Phó Bí thư Tỉnh ủy khóa mới gồm các đồng chí: Phạm Minh Tâm (Phó Bí "
                 "thư Thường trực Tỉnh ủy khóa XVI), Phạm Ngọc Nghĩa (Phó Bí thư, Chủ tịch UBND tỉnh) và đồng chí Y Mơ Niê "
                 "(Phó Bí thư Tỉnh ủy khóa XVI).")
    assert events(f) == {("elected", n, "Phó Bí thư") for n in ("Phạm Minh Tâm", "Phạm Ngọc Nghĩa", "Y Mơ Niê")}


def test_subjects_listed_each_with_an_apposition(facts_of):
    f = facts_of("Tin tức\nÔng Huỳnh Anh Mạnh, Phó Chủ tịch UBND tỉnh khóa VIII và bà Huỳnh Thị Hồng, Phó Chủ tịch UBND tỉnh "
                 "khóa VIII tái đắc cử chức vụ Phó Chủ tịch UBND tỉnh khóa IX.")
    assert events(f) == {("reelected", n, "Phó Chủ tịch") for n in ("Huỳnh Anh Mạnh", "Huỳnh Thị Hồng")}


def test_a_list_elected_each_with_the_post_after_a_dash(facts_of):
    f = facts_of("Tin tức\nTại Đại hội đã bầu đồng chí Võ Hồng Nhung giữ chức vụ Bí thư chi bộ, đồng chí Lê Thị Thắm – Phó Bí "
                 "thư và đồng chí Phạm Ngọc Đạt – Chi ủy viên.")
    assert events(f) == {("elected", "Võ Hồng Nhung", "Bí thư"), ("elected", "Lê Thị Thắm", "Phó Bí thư"),
                         ("elected", "Phạm Ngọc Đạt", None)}


def test_disciplined_with_a_person_and_a_fronted_passive_clause(facts_of):
    f = facts_of("Tin tức\nBan Thường vụ Huyện ủy đã quyết định thi hành kỷ luật cách tất cả các chức vụ trong Đảng với ông "
                 "Trần Bình Trọng, Phó Bí thư Đảng ủy, Chủ tịch UBND xã Dân Chủ.")
    assert ("disciplined", "Trần Bình Trọng", "Chủ tịch") in events(f)
    f = facts_of("Tin tức\nSau nhiều tháng bị miễn nhiệm chức Trưởng Ban quản lý đường sắt đô thị TP.HCM, ông Lê Minh Quân "
                 "đã được cho thôi việc.")
    assert events(f) == {("relieved", "Lê Minh Quân", "Trưởng ban")}


def test_a_fronted_clause_gives_no_post_past_its_comma(facts_of):
    f = facts_of("Tin tức\nThủ tướng đã ký bổ nhiệm 2 thứ trưởng Bộ Công an là các ông Thi Văn Tâm và Đặng Văn Hiền. Trước "
                 "khi được bổ nhiệm, trung tướng Thi Văn Tâm là Tổng cục trưởng Tổng cục I; trung tướng Đặng Văn Hiền là "
                 "Chánh văn phòng Bộ Công an.")
    assert events(f) == {("appointed", "Thi Văn Tâm", "Thứ trưởng"), ("appointed", "Đặng Văn Hiền", "Thứ trưởng")}


def test_a_discipline_whose_form_follows_the_person(facts_of):
    f = facts_of("Tin tức\nNgày 2.3, UBKT Tỉnh ủy Phú Yên đã xem xét thi hành kỷ luật ông Bùi Văn Thạnh, Phó bí thư Huyện ủy, "
                 "Chủ tịch UBND huyện Tuy An, bằng hình thức cảnh cáo.")
    assert ("disciplined", "Bùi Văn Thạnh", "Chủ tịch") in events(f)
    f = facts_of("Tin tức\nUBKT Tỉnh ủy đề nghị Ban Thường vụ Tỉnh ủy xem xét, thi hành kỷ luật đối với ông Phan Đình Cường, "
                 "Bí thư Đảng ủy xã.")
    assert f.events == ()


def test_a_confirmation_handed_over_with_who_decided_it(facts_of):
    f = facts_of("Tin tức\nBan Tổ chức Trung ương vừa trao quyết định chuẩn y của Bộ Chính trị cho ông Nguyễn Văn Hưng giữ "
                 "chức Bí thư Tỉnh ủy Kon Tum, nhiệm kỳ 2010- 2015.")
    assert events(f) == {("elected", "Nguyễn Văn Hưng", "Bí thư")}


def test_the_person_moved_is_the_one_replaced_named_before_the_verb(facts_of):
    f = facts_of("Tin tức\nKỳ họp đã bầu ông Nguyễn Văn Hưng giữ chức vụ Chủ tịch HĐND tỉnh thay cho ông Hà Ban, nguyên Chủ "
                 "tịch HĐND tỉnh được Bộ Chính trị điều động giữ chức vụ Phó Ban Tổ chức Trung ương.")
    assert ("transferred", "Nguyễn Văn Hưng") not in {(e.kind, e.person) for e in f.events}


def test_each_post_taking_word_after_a_designation_and_no_post_only_proposed(facts_of):
    f = facts_of("Tin tức\nÔng Lê Văn Lượng, Phó Bí thư Tỉnh ủy, được điều động, chỉ định tham gia Ban Chấp hành, Ban Thường "
                 "vụ, giữ chức Phó Bí thư Tỉnh ủy Điện Biên.")
    assert {e.role for e in f.events if e.kind == "designated"} == {"Ủy viên Ban Chấp hành", "Ủy viên Ban Thường vụ",
                                                                      "Phó Bí thư"}
    f = facts_of("Tin tức\nĐồng chí Nguyễn Văn Thắm được Ban Bí thư chỉ định tham gia BCH, Ban Thường vụ và giới thiệu bầu "
                 "chức danh Bí thư Tỉnh ủy Điện Biên.")
    assert "Bí thư" not in {e.role for e in f.events}


def test_a_post_taken_up_after_the_ones_left_is_no_relief(facts_of):
    f = facts_of("Tin tức\nQuyết định đồng chí Nguyễn Văn Thanh thôi giữ chức Bí thư Thành ủy Hải Phòng, thôi giữ chức Chủ "
                 "tịch HĐND thành phố Hải Phòng, giữ chức vụ Phó Chánh Văn phòng Trung ương Đảng.")
    assert {e.role for e in f.events if e.kind == "relieved"} == {"Bí thư", "Chủ tịch"}


def test_seats_left_in_one_city_and_taken_in_another(facts_of):
    f = facts_of("Tin tức\nĐồng chí Nguyễn Văn Hiền, Phó Bí thư Thành ủy Thành phố Hồ Chí Minh, thôi tham gia Ban Chấp hành "
                 "Thành ủy Thành phố Hồ Chí Minh, thôi giữ chức Phó Bí thư Thành ủy Thành phố Hồ Chí Minh. Bộ Chính trị "
                 "điều động, chỉ định đồng chí Nguyễn Văn Hiền tham gia Ban Chấp hành, Ban Thường vụ, giữ chức Bí thư "
                 "Thành ủy Cần Thơ.")
    assert {(e.kind, e.role) for e in f.events if e.kind == "relieved"} == {
        ("relieved", "Ủy viên Ban Chấp hành"), ("relieved", "Phó Bí thư")}
    held = {(p.role, p.org) for p in f.posts if p.standing == "current"}
    assert ("Bí thư", "Thành ủy Cần Thơ") in held and ("Ủy viên Ban Thường vụ", "Ban Thường vụ Thành ủy Cần Thơ") in held


def test_members_of_a_peoples_committee_elected_and_relieved(facts_of):
    f = facts_of("Tin tức\nHĐND tỉnh tiến hành bầu bổ sung Ủy viên UBND tỉnh đối với 2 người, gồm: Ông Lưu Trung Nghị (Giám "
                 "đốc Sở Nông nghiệp) và bà Rcom Sa Duyên (Giám đốc Sở Lao động). HĐND tỉnh biểu quyết xem xét, đồng ý cho "
                 "thôi làm nhiệm vụ Ủy viên HĐND tỉnh đối với Đại tá Phan Thanh Tâm, nguyên Phó Giám đốc Công an tỉnh.")
    assert events(f) == {("elected", "Lưu Trung Nghị", "Ủy viên"), ("elected", "Rcom Sa Duyên", "Ủy viên"),
                         ("relieved", "Phan Thanh Tâm", "Ủy viên")}


def test_a_retirement_handed_to_officials_named_with_former_titles(facts_of):
    f = facts_of("Tin tức\nThành ủy đã tổ chức lễ trao quyết định nghỉ hưu cho nguyên Phó Bí thư Thành ủy, nguyên Chủ tịch UBND "
                 "TP Lê Hoàng Quang và nguyên Phó Bí thư Thành ủy Nguyễn Thị Thu Hương.")
    assert {(e.person, e.role) for e in f.events} == {("Lê Hoàng Quang", "Chủ tịch"), ("Lê Hoàng Quang", "Phó Bí thư"),
                                                       ("Nguyễn Thị Thu Hương", "Phó Bí thư")}


def test_a_chain_of_verbs_and_a_transfers_post_without_the_seats(facts_of):
    f = facts_of("Tin tức\nÔng Trần Lưu Quý thôi giữ chức Trưởng Ban Chính sách Trung ương và được điều động, phân công, chỉ "
                 "định tham gia Ban Chấp hành Đảng bộ, Ban Thường vụ Thành ủy, giữ chức Bí thư Thành ủy TPHCM.")
    assert {e.role for e in f.events if e.kind == "transferred"} == {"Bí thư"}
    assert {e.role for e in f.events if e.kind == "designated"} == {"Bí thư", "Ủy viên Ban Chấp hành",
                                                                      "Ủy viên Ban Thường vụ"}


def test_a_retirement_dated_by_its_decision_not_a_birthday(facts_of):
    f = facts_of("Tin tức\nTheo Quyết định 7498-QĐ/TU ngày 23/9/2019 của Ban Thường vụ Thành ủy, đồng chí Vũ Cao Minh, sinh "
                 "ngày 17/10/1960, Thành ủy viên, Bí thư Quận ủy Thanh Xuân được nghỉ công tác kể từ ngày 1/10/2019.")
    assert {(e.kind, e.role, e.date) for e in f.events} >= {("retired", "Bí thư", dt.date(2019, 9, 23))}


def test_no_event_proposed_honorary_or_of_a_pronoun(facts_of):
    f = facts_of("Tin tức\nBan thường vụ Tỉnh ủy vừa có văn bản gửi Ban Bí thư đề nghị cho ý kiến về việc xử lý kỷ luật các "
                 "ông Phạm Lâm (ủy viên thường vụ tỉnh ủy, phó chủ tịch UBND tỉnh).")
    assert f.events == ()
    f = facts_of("Tin tức\nBộ trưởng Đỗ Trung Tâm không được giới thiệu nhưng đã được đại hội đề cử vào danh sách bầu BCH "
                 "Trung ương khóa X.")
    assert f.events == ()
    f = facts_of("Tin tức\nCựu du học sinh Nguyễn Thiện Nhơn được bầu làm Chủ tịch danh dự.")
    assert {e.role for e in f.events} <= {None} and not f.posts
    f = facts_of("Tin tức\nThủ tướng Phan Văn Khang đã chúc mừng ông vừa được Tòa thánh Vatican bổ nhiệm làm Tổng giám mục.")
    assert f.events == ()
    f = facts_of("Tin tức\nĐêm qua, huyện đã điều động ông Nguyễn Văn Thưởng về xã Cát Thịnh để trực chỉ huy chống bão.")
    assert f.events == ()


def test_a_discipline_of_a_post_named_in_an_earlier_sentence(facts_of):
    f = facts_of("Tin tức\nÔng Lâm Văn Thành, Chủ tịch UBND tỉnh Kiên Giang, đã có mặt. Thủ tướng quyết định thi hành kỷ luật "
                 "bằng hình thức khiển trách đối với ông Lâm Văn Thành, Chủ tịch UBND tỉnh Kiên Giang.")
    assert events(f) == {("disciplined", "Lâm Văn Thành", "Chủ tịch")}


def test_a_penalty_only_announced_is_no_event_whatever_its_forms(facts_of):
    # the forms after the planned verb ("từ khiển trách lên cảnh cáo") are that one act
    f = facts_of("Tin tức\nÔng Lý Văn Thạch, Bí thư Đảng ủy, Phó giám đốc công ty phải kiểm điểm nghiêm túc và sẽ bị "
                 "nâng mức kỷ luật từ khiển trách lên cảnh cáo.")
    assert events(f) == set()
    f = facts_of("Tin tức\nNgày 31/3, ông Đào Minh Khang công bố ý định bổ nhiệm ông Tạ Quang Vinh làm Giám đốc Sở "
                 "Tài chính.")
    assert events(f) == set()


def test_candidates_are_not_the_elected(facts_of):
    f = facts_of("Tin tức\nTrong lịch sử bầu Chủ tịch tỉnh, đã có lần chúng ta có hai ứng viên là ông Đỗ Văn Tâm "
                 "và ông Võ Minh Hòa.")
    assert events(f) == set()


def test_a_discipline_is_not_of_the_post_held_at_the_time_of_the_fault(facts_of):
    # "trong thời kỳ làm giám đốc Sở": the post of the fault's time, not one held when disciplined
    f = facts_of("Tin tức\nÔng Lương Tuấn Kha bị kỷ luật khiển trách vì trong thời kỳ làm giám đốc Sở Tài chính "
                 "tỉnh có trách nhiệm trong việc xử lý không đúng số ô tô nhập lậu.")
    assert events(f) == set()
    f = facts_of("Tin tức\nÔng Lương Tuấn Kha, Giám đốc Sở Tài chính, bị kỷ luật khiển trách vì trong thời gian "
                 "giữ chức Trưởng phòng đã để xảy ra sai phạm.")
    assert events(f) == {("disciplined", "Lương Tuấn Kha", "Giám đốc")}


def test_a_request_granted_is_done_and_titles_go_to_their_objects_in_order(facts_of):
    # "phê chuẩn đề nghị ... về việc bổ nhiệm": the request granted; two titles, two objects
    f = facts_of("Tin tức\nChiều cùng ngày, Quốc hội đã thông qua Nghị quyết phê chuẩn đề nghị của Thủ tướng Chính phủ "
                 "về việc bổ nhiệm Bộ trưởng Bộ Tài chính và Bộ trưởng Bộ Xây dựng nhiệm kỳ 2021-2026 đối với ông "
                 "Lê Văn Cường và ông Tạ Minh Hòa.")
    assert {(e.kind, e.person, e.org) for e in f.events} == {
        ("appointed", "Lê Văn Cường", "Bộ Tài chính"), ("appointed", "Tạ Minh Hòa", "Bộ Xây dựng")}
    # a request still to be granted is not
    f = facts_of("Tin tức\nQuốc hội nghe Tờ trình của Thủ tướng Chính phủ về danh sách để Quốc hội phê chuẩn đề nghị "
                 "bổ nhiệm Bộ trưởng Bộ Tài chính đối với ông Lê Văn Cường.")
    assert events(f) == set()


def test_those_who_congratulate_the_elected_are_not_elected(facts_of):
    f = facts_of("Tin tức\nThủ tướng Lê Văn Định, Chủ tịch Quốc hội Trần Văn Mạnh chúc mừng các nhân sự được bầu, "
                 "phê chuẩn bổ nhiệm.")
    assert events(f) == set()


def test_a_list_of_subjects_closed_by_semicolons(facts_of):
    f = facts_of("Tin tức\nÔng Lê Khắc Văn, Ủy viên Ban Thường vụ Thành ủy, Phó Chủ tịch UBND TP khóa 14; ông Nguyễn "
                 "Xuân Hạ, Thành ủy viên, Phó Chủ tịch UBND TP khóa 14 được bầu giữ chức Phó Chủ tịch UBND TP khóa 15.")
    assert events(f) == {("elected", "Lê Khắc Văn", "Phó Chủ tịch"), ("elected", "Nguyễn Xuân Hạ", "Phó Chủ tịch")}
    # a clause with its own verb before the semicolon is no item of the list
    f = facts_of("Tin tức\nÔng Ngô Văn Quyết, Bí thư Huyện ủy đã được bầu giữ chức Chủ tịch HĐND huyện khóa XX; ông "
                 "Dương Văn Tạo, Phó Chủ tịch HĐND huyện khóa XIX tái cử chức danh Phó Chủ tịch HĐND huyện khóa XX.")
    assert events(f) == {("elected", "Ngô Văn Quyết", "Chủ tịch"), ("reelected", "Dương Văn Tạo", "Phó Chủ tịch")}


def test_a_planned_act_covers_the_list_of_acts_it_opens_and_a_designation_needs_a_post(facts_of):
    f = facts_of("Tin tức\nTheo đó, sẽ cách chức Trưởng phòng Tài nguyên đối với ông Trần Văn Lô; cách chức Phó Chủ "
                 "tịch UBND xã Thạnh Tân đối với ông Lê Văn Lạc.")
    assert events(f) == set()
    f = facts_of("Tin tức\nTheo đó, UBND huyện đã cách chức Trưởng phòng Tài nguyên đối với ông Trần Văn Lô; cách chức "
                 "Phó Chủ tịch UBND xã Thạnh Tân đối với ông Lê Văn Lạc.")
    assert events(f) == {("relieved", "Trần Văn Lô", "Trưởng phòng"), ("relieved", "Lê Văn Lạc", "Phó Chủ tịch")}
    # "luật sư được tòa chỉ định": a lawyer the court names, no post
    assert events(facts_of("Tin tức\nLuật sư Lê Đức Tâm được tòa chỉ định bào chữa cho bị cáo.")) == set()


def test_the_titles_of_a_later_name_are_not_the_objects_post(facts_of):
    # "kiêm" opens a title of the name after it, not a post the discipline concerns
    f = facts_of("Tin tức\nÔng Lê Văn Bảy bị cách chức Giám đốc Công ty Cảng Vũng Áng. Quyết định kỷ luật ông Bảy được "
                 "Thứ trưởng Bộ Giao thông - Vận tải kiêm Cục trưởng Hàng không Trần Văn Sáu thông báo sáng 7/2.")
    assert {(e.person, e.role) for e in f.events} == {("Lê Văn Bảy", "Giám đốc")}
    # "Hàng không" is one word of the body's name, not "hàng" then "không" (not)
    assert ("Trần Văn Sáu", "Cục Hàng không") in {(p.person, p.org) for p in f.posts}



def test_each_object_after_its_own_post(facts_of):
    f = facts_of("Tin tức\nHĐND huyện đã thông qua Nghị quyết về việc miễn nhiệm chức danh Chủ tịch UBND huyện đối với "
                 "ông Nguyễn Văn Quang và chức danh phó Chủ tịch UBND huyện đối với ông Đỗ Khôi Nguyên.")
    assert events(f) == {("relieved", "Nguyễn Văn Quang", "Chủ tịch"), ("relieved", "Đỗ Khôi Nguyên", "Phó Chủ tịch")}


def test_the_fronts_election_by_consultation(facts_of):
    f = facts_of("Tin tức\nHội nghị đã hiệp thương cử giữ chức Chủ tịch Ủy ban MTTQ Việt Nam tỉnh đối với ông Đinh Văn "
                 "Dũng (55 tuổi) - Ủy viên Ban Thường vụ Tỉnh ủy.")
    assert events(f) == {("elected", "Đinh Văn Dũng", "Chủ tịch")}
    # his own posts, after his age in brackets and a dash
    assert ("Đinh Văn Dũng", "Ủy viên Ban Thường vụ") in {(p.person, p.role) for p in f.posts}


def test_a_decision_in_principle_covers_the_list_of_verbs_it_opens(facts_of):
    f = facts_of("Tin tức\nBộ Chính trị đã có chủ trương về việc điều động, phân công, chỉ định ông Trần Văn Bình tham gia "
                 "Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư Tỉnh ủy. Quyết định sẽ được công bố sau.")
    assert events(f) == set()


def test_an_election_to_the_title_held_in_the_term_before_is_a_reelection(facts_of):
    f = facts_of("Tin tức\nThủ tướng phê chuẩn kết quả bầu chức vụ Phó Chủ tịch UBND tỉnh Bắc Ninh nhiệm kỳ 2021 - 2026 đối "
                 "với: ông Vương Quốc Tuấn, Ủy viên dự khuyết TW Đảng, Phó Chủ tịch UBND tỉnh Bắc Ninh nhiệm kỳ 2016 - 2021; "
                 "và ông Ngô Tân Phượng, Tỉnh ủy viên.")
    assert events(f) == {("reelected", "Vương Quốc Tuấn", "Phó Chủ tịch"), ("elected", "Ngô Tân Phượng", "Phó Chủ tịch")}
    # the same title of another body: an election
    f = facts_of("Tin tức\nNguyên Bộ trưởng Bộ Giao thông vận tải Nguyễn Văn Thắng được bầu giữ chức Bộ trưởng Bộ Tài chính.")
    assert events(f) == {("elected", "Nguyễn Văn Thắng", "Bộ trưởng")}


def test_the_fronts_committee_chooses_its_chair_by_a_vote(facts_of):
    f = facts_of("Tin tức\nÔng Võ Quốc Thắng, Phó Bí thư Thường trực Huyện ủy, được cử giữ chức Phó Chủ tịch Ủy ban MTTQ "
                 "Việt Nam tỉnh nhiệm kỳ 2019 - 2024.")
    assert events(f) == {("elected", "Võ Quốc Thắng", "Phó Chủ tịch")}


def test_a_deputy_minister_made_minister_leaves_the_deputys_post(facts_of):
    f = facts_of("Tin tức\nÔng Nguyễn Văn Hùng, Thứ trưởng Bộ Y tế, được phê chuẩn bổ nhiệm Bộ trưởng Bộ Y tế.")
    assert {(p.role, p.standing) for p in f.posts} == {("Bộ trưởng", "current"), ("Thứ trưởng", "former")}


def test_a_committee_elected_as_a_count_then_its_list(facts_of):
    # "N đồng chí, what they are, the committee, then the list after a lead"
    f = facts_of("Tin tức\nQua Đại hội đã lựa chọn được 11 đồng chí có đủ tinh thần yêu nước, có năng lực, trình độ "
                 "vào Ban chấp hành Hội LHPN xã Tân An khóa XXI, nhiệm kì 2021 – 2026 đó là các đồng chí: Triệu Thị "
                 "Hoa, Lâm Thị Năm.")
    assert events(f) == {("elected", n, "Ủy viên Ban Chấp hành") for n in ("Triệu Thị Hoa", "Lâm Thị Năm")}
    # ("lựa chọn được" is an election only where a post is given)
    f = facts_of("Tin tức\nChúng tôi đã lựa chọn được 5 người có năng lực để làm việc, gồm các anh: Lê Văn Hai, Trần "
                 "Văn Ba.")
    assert f.events == ()


def test_a_deputy_elected_head_leaves_the_deputys_post_of_any_kind(facts_of):
    f = facts_of("Tin tức\nKết quả, bà Hoàng Thị Mai - Phó Chủ tịch Thường trực Hội LHPN tỉnh - đã được tín nhiệm bầu "
                 "giữ chức Chủ tịch Hội LHPN tỉnh Nghệ An, nhiệm kỳ 2021 - 2026.")
    assert {(p.role, p.standing) for p in f.posts} == {("Chủ tịch", "current"), ("Phó Chủ tịch Thường trực", "former")}


def test_a_person_moved_to_another_province_leaves_the_posts_of_the_first(facts_of):
    f = facts_of("Tin tức\nTheo Quyết định số 2523-QĐNS/TW ngày 14/11/2025, ông Lê Văn Quang - Phó Bí thư Tỉnh ủy, Chủ "
                 "tịch UBND tỉnh Lai Châu, được điều động, chỉ định tham gia Ban Chấp hành, Ban Thường vụ, giữ chức "
                 "Phó Bí thư Tỉnh ủy Điện Biên nhiệm kỳ 2025 - 2030.")
    standing = {(p.role, p.org): p.standing for p in f.posts}
    assert standing[("Chủ tịch", "Ủy ban nhân dân tỉnh Lai Châu")] == "former"
    assert standing[("Phó Bí thư", "Tỉnh ủy Điện Biên")] == "current"


def test_a_relief_laid_before_a_council_is_not_done(facts_of):
    f = facts_of("Tin tức\nTrước đó, UBND tỉnh đã có tờ trình miễn nhiệm Phó Chủ tịch UBND tỉnh đối với ông Lê Quang "
                 "Tâm, nghỉ hưu theo quy định.")
    assert not any(e.kind == "relieved" for e in f.events)


def test_a_post_left_for_another_in_a_purpose_clause(facts_of):
    # "thôi đảm nhiệm chức danh X để giữ chức vụ Y": relieved of X, appointed to Y, no comma
    f = facts_of("Tin tức\nTheo đó, ông Lương Văn Khải thôi đảm nhiệm chức danh Phó Bí thư Thường trực Tỉnh ủy "
                 "Bắc Giang để giữ chức vụ Phó Bí thư Tỉnh ủy phụ trách công tác nội chính.")
    assert events(f) == {("relieved", "Lương Văn Khải", "Phó Bí thư Thường trực"),
                         ("appointed", "Lương Văn Khải", "Phó Bí thư")}
    assert {(p.role, p.standing) for p in f.posts} == {("Phó Bí thư Thường trực", "former"), ("Phó Bí thư", "current")}
    # a purpose clause with no leaving verb before it gives no one a post
    f = facts_of("Tin tức\nTỉnh ủy giới thiệu ông Lương Văn Khải để giữ chức vụ Phó Bí thư Tỉnh ủy.")
    assert not any(e.kind == "appointed" for e in f.events)


def test_the_one_who_retires_is_the_subject_not_the_one_handed_the_work(facts_of):
    f = facts_of("Tin tức\nNăm 2004, Giám đốc Sở Tài nguyên Bùi Trần Dự nghỉ hưu, giao lại quyền quản lý cho Phó "
                 "giám đốc Sở là Vũ Danh Chấn.")
    assert {(e.kind, e.person) for e in f.events} == {("retired", "Bùi Trần Dự")}
    assert ("Bùi Trần Dự", "former") in {(p.person, p.standing) for p in f.posts}
    assert not any(p.person == "Vũ Danh Chấn" and p.standing == "former" for p in f.posts)


def test_given_names_listed_after_a_short_reference_are_dismissed_from_their_one_post(facts_of):
    f = facts_of("Tin tức\nBa cán bộ gồm Hiệu trưởng Nguyễn Văn Thắng, Hiệu phó Lê Hữu Lập và Trưởng phòng đào tạo "
                 "Trần Thái Hùng đã sai phạm.\nSở Văn hóa vừa ra quyết định kỷ luật cách chức ông Thắng, Lập và Hùng.")
    assert {(e.kind, e.person) for e in f.events} == {("relieved", n) for n in
                                                      ("Nguyễn Văn Thắng", "Lê Hữu Lập", "Trần Thái Hùng")}
    assert {p.standing for p in f.posts} == {"former"}


def test_a_request_for_a_dismissals_procedure_is_no_dismissal(facts_of):
    f = facts_of("Tin tức\nỦy ban MTTQ đã có công văn đề nghị Ủy ban Thường vụ Quốc hội hướng dẫn thủ tục bãi nhiệm tư "
                 "cách đại biểu đối với ông Lê Minh Hoàng, đại biểu Quốc hội khóa XI.")
    assert not f.events


def test_a_plural_titles_holders_listed_after_an_election_are_elected(facts_of):
    f = facts_of("Tin tức\nHĐND tỉnh Vĩnh Long khóa X đã bầu ông Lữ Quang Ngời giữ chức vụ Chủ tịch UBND tỉnh Vĩnh "
                 "Long. Các Phó Chủ tịch UBND tỉnh gồm ông Lê Quang Trung, Nguyễn Văn Liệt và bà Nguyễn Thị Quyên Thanh.")
    assert {(e.kind, e.person, e.role) for e in f.events} == {("elected", "Lữ Quang Ngời", "Chủ tịch")} | {
        ("elected", n, "Phó Chủ tịch") for n in ("Lê Quang Trung", "Nguyễn Văn Liệt", "Nguyễn Thị Quyên Thanh")}
    # guests named with one title after an election are no results of it
    f = facts_of("Tin tức\nHội nghị đã bầu bà Hà Thị Nga giữ chức Chủ tịch Hội LHPN Việt Nam. Dự hội nghị có bà "
                 "Trương Thị Mai, Ủy viên Trung ương Đảng; ông Hà Văn Ban, Ủy viên Trung ương Đảng.")
    assert {e.person for e in f.events} == {"Hà Thị Nga"}


def test_a_purpose_clause_after_an_election_is_the_elections_post(facts_of):
    f = facts_of("Tin tức\nHĐND tỉnh đã bầu ông Lê Văn Hải để giữ chức Chủ tịch UBND tỉnh.")
    assert {(e.kind, e.person, e.role) for e in f.events} == {("elected", "Lê Văn Hải", "Chủ tịch")}
