"""Meetings: held or only mentioned, date, place, organizer, and who did what."""
from __future__ import annotations

import datetime as dt

import pytest

SEED_001 = """Hội nghị sơ kết công tác đảng 6 tháng đầu năm 2019
Ngày 28/6/2019 tại Hà Nội, Đảng ủy Bộ Khoa học và Công nghệ (KH&CN) đã tổ chức Hội nghị sơ kết công tác đảng.
Đến dự Hội nghị có Đồng chí Chu Ngọc Anh, UVBCHTWĐ, Bí thư Ban cán sự, Bộ trưởng Bộ KH&CN; Đồng chí Trần Văn Tùng, Bí thư Đảng ủy Bộ, Thứ trưởng Bộ KH&CN.
Phát biểu khai mạc, đồng chí Trần Văn Tùng nêu rõ nhiệm vụ.
Báo cáo tại hội nghị, đồng chí Phạm Gia Chương, Phó bí thư Đảng ủy Bộ KH&CN cho biết: công tác đạt kết quả.
Đặc biệt, Bộ trưởng cũng nhấn mạnh tại Hội nghị "Khoa học và Đổi mới sáng tạo" mới diễn ra tại Hà Nội ngày 15/5, Thủ tướng Nguyễn Xuân Phúc nhấn mạnh 5 nhiệm vụ.
Bộ trưởng khẳng định Bộ KH&CN đã tích cực triển khai."""


def test_reported_meeting_and_its_roles(facts_of):
    f = facts_of(SEED_001, published="Thứ bảy, 29/06/2019 16:24 GMT+7")
    assert len(f.meetings) == 1  # the conference of 15/5 is only mentioned
    m = f.meetings[0]
    assert m.date == dt.date(2019, 6, 28) and m.location == "Hà Nội"
    assert m.organizer == "Đảng ủy Bộ Khoa học và Công nghệ"
    assert m.chairs == ()  # an opening speech does not make a chair
    assert set(m.attendees) == {"Chu Ngọc Anh", "Trần Văn Tùng"}
    assert m.speakers == ("Trần Văn Tùng",)  # the Prime Minister spoke elsewhere
    assert m.presenters == ("Phạm Gia Chương",)
    assert m.title.startswith("Hội nghị sơ kết công tác đảng 6 tháng")


def test_chairs_listed_before_chu_tri_and_date_without_year(facts_of):
    f = facts_of("Ngày 19/1, Đảng ủy VUSTA tổ chức Hội nghị tổng kết công tác năm 2023. Đồng chí Phạm Quang Thao, Bí thư "
                 "Đảng ủy, Phó Chủ tịch VUSTA và đồng chí Phạm Hữu Duệ, Phó Bí thư Đảng ủy, chủ trì hội nghị.",
                 published="Thứ Năm (25/1/2024)")
    m = f.meetings[0]
    assert m.date == dt.date(2024, 1, 19)
    assert m.chairs == ("Phạm Quang Thao", "Phạm Hữu Duệ")


def test_duoi_su_chu_tri_cua(facts_of):
    f = facts_of("Sáng 3-7, Tỉnh ủy Quảng Nam tổ chức Hội nghị lần thứ 15 Ban Chấp hành Đảng bộ tỉnh dưới sự chủ trì "
                 "của đồng chí Phan Việt Cường, Bí thư Tỉnh ủy và đồng chí Lê Trí Thanh, Chủ tịch UBND tỉnh.",
                 published="04/07/2022 10:00")
    m = f.meetings[0]
    assert m.date == dt.date(2022, 7, 3)
    assert m.chairs == ("Phan Việt Cường", "Lê Trí Thanh")
    assert m.organizer == "Tỉnh ủy Quảng Nam"


def test_chu_tri_without_a_meeting_is_not_chairing(facts_of):
    f = facts_of("Ngày 5/10, Phó thủ tướng Lâm Văn Khải đã ký văn bản giao Bộ Xây dựng chủ trì, "
                 "phối hợp với UBND tỉnh Bình Thuận rà soát quy hoạch.")
    assert f.meetings == ()


def test_a_meeting_named_in_passing_is_not_held(facts_of):
    f = facts_of("Đảng bộ Cục Thông tin là một trong những đảng bộ hoàn thành việc tổ chức Đại hội Chi bộ trực thuộc "
                 "nhiệm kỳ 2020-2022 sớm nhất.")
    assert f.meetings == ()


def test_caption_chair_and_presenter(facts_of):
    f = facts_of("Hội nghị tổng kết công tác Đảng bộ Sở Khoa học và Công nghệ năm 2020.\n28/12/2020 13:39\n"
                 "Đ/c Nguyễn Văn Thành, Bí thư Đảng ủy, Giám đốc Sở KH&CN chủ trì Hội nghị.\n"
                 "Chiều ngày 25/12/2020, Đảng bộ Sở Khoa học và Công nghệ đã tổ chức Hội nghị tổng kết công tác năm 2020.\n"
                 "Đ/c Trần Công Hòa, UVBCH Đảng ủy, Phó Giám đốc KH&CN báo cáo kết quả công tác Đảng bộ năm 2020.")
    m = f.meetings[0]
    assert m.chairs == ("Nguyễn Văn Thành",) and m.presenters == ("Trần Công Hòa",)
    assert m.date == dt.date(2020, 12, 25)
    assert m.title == "Hội nghị tổng kết công tác Đảng bộ Sở Khoa học và Công nghệ năm 2020"


def test_tham_du_va_chu_tri_co_and_co_chair(facts_of):
    f = facts_of("Sáng 4-4-2022, Tỉnh ủy Bình Định tổ chức Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12. Tham dự và "
                 "chủ trì Hội nghị, có đồng chí Hồ Quốc Dũng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy; đồng chí Lê Kim "
                 "Toàn, Phó Bí thư Thường trực Tỉnh ủy. Đồng chí Nguyễn Tuấn Thanh, Chủ tịch UBND tỉnh đồng chủ trì.",
                 published="10:16 | 05-04-2022")
    m = f.meetings[0]
    assert m.date == dt.date(2022, 4, 4)
    assert m.chairs == ("Hồ Quốc Dũng", "Lê Kim Toàn", "Nguyễn Tuấn Thanh")
    # a body named without its place takes the place the article gives it
    assert ("Hồ Quốc Dũng", "Bí thư", "Tỉnh ủy Bình Định") in {(p.person, p.role, p.org) for p in f.posts}


def test_chair_of_one_site_of_an_online_meeting(facts_of):
    f = facts_of("Chiều 28/6, Thành ủy Hà Nội tổ chức hội nghị trực tuyến sơ kết 6 tháng. Đồng chí Đinh Tiến Dũng, Ủy "
                 "viên Bộ Chính trị, Bí thư Thành ủy chủ trì tại điểm cầu Thành ủy.", published="29/06/2023 08:00")
    m = f.meetings[0]
    assert m.chairs == ("Đinh Tiến Dũng",) and m.title == "hội nghị trực tuyến sơ kết 6 tháng"


def test_headline_run_into_its_lead_and_fronted_speech(facts_of):
    f = facts_of("Năm giải pháp đẩy mạnh cải cách hành chính (NLĐ) - Hội nghị toàn quốc về cải cách hành chính "
                 "(lần 2) khóa XII diễn ra tại Hà Nội trong 2 ngày (14 và 15-3-2019).\n"
                 "Sáng nay, tại Hà Nội, phát biểu khai mạc Hội nghị, Phó Thủ tướng Trương Minh Đạt nêu rõ yêu cầu. "
                 "Chủ trì hội nghị, Đại tướng Tô Văn Hùng, Bộ trưởng Bộ Công an, chỉ đạo các đơn vị.")
    m = f.meetings[0]
    assert m.date == dt.date(2019, 3, 14)
    assert m.title.startswith("Hội nghị toàn quốc về cải cách hành chính (lần 2) khóa XII")
    assert "Trương Minh Đạt" in m.speakers
    assert m.chairs == ("Tô Văn Hùng",)


def test_coordinated_organizers_share_the_place(facts_of):
    f = facts_of("Sáng 3-2-2020, Thành ủy, HĐND, UBND, Ủy ban MTTQ TP Hải Phòng đã tổ chức mít tinh trọng thể kỷ niệm "
                 "90 năm ngày thành lập Đảng.")
    assert f.meetings[0].organizer == "Thành ủy TP Hải Phòng"
    assert f.meetings[0].date == dt.date(2020, 2, 3)


def test_an_anniversary_is_not_held_on_the_day_it_celebrates(facts_of):
    f = facts_of("Sáng qua, tại Cung Văn hóa Hữu nghị, Thành ủy TP Hà Nội đã tổ chức trọng thể lễ kỷ niệm 29 năm "
                 "ngày miền Nam hoàn toàn giải phóng (30/4/1975-30/4/2004).")
    assert [(m.title, m.date) for m in f.meetings] == [("lễ kỷ niệm 29 năm", None)]


def test_a_date_years_away_from_the_article_is_another_events(facts_of):
    f = facts_of("Ngày 24-3-2001, Thành ủy Hà Nội đã tổ chức hội nghị tổng kết công tác.", published="25-03-2006")
    assert [m.date for m in f.meetings] == [None]
    f = facts_of("Ngày 24-3-2006, Thành ủy Hà Nội đã tổ chức hội nghị tổng kết công tác.", published="25-03-2006")
    assert [m.date for m in f.meetings] == [dt.date(2006, 3, 24)]


def test_a_meeting_named_only_by_its_kind_with_nothing_known_is_not_kept(facts_of):
    f = facts_of("Sau đó, cuộc họp đã diễn ra trong không khí căng thẳng.")
    assert f.meetings == ()
    f = facts_of("Sau đó, cuộc họp đã diễn ra dưới sự chủ trì của ông Nguyễn Văn An.")
    assert [m.chairs for m in f.meetings] == [("Nguyễn Văn An",)]


def test_a_meeting_title_stops_where_the_clause_goes_on(facts_of):
    f = facts_of("Ngày 12-7-2006, Bộ Ngoại giao đã tổ chức hội nghị gồm đại diện lãnh đạo các bộ, ngành "
                 "dưới sự chủ trì của Thứ trưởng Vũ Dũng.")
    assert [m.title for m in f.meetings] == ["hội nghị"]
    f = facts_of("Sáng 5-1-2006, Bộ GD-ĐT tổ chức lễ trao học bổng FUYO cho 50 sinh viên xuất sắc.")
    assert [m.title for m in f.meetings] == ["lễ trao học bổng FUYO"]


def test_a_meeting_only_a_headline_names_in_passing_is_not_kept(facts_of):
    f = facts_of("Thực hiện thắng lợi nhiệm vụ Đại hội Đảng đã đề ra\nCác địa phương đang nỗ lực phát triển kinh tế.")
    assert f.meetings == ()


def test_a_bare_meeting_word_takes_the_full_name_the_sentence_gives(facts_of):
    f = facts_of("Sáng 5-9-2006, tại Hà Nội, đại hội đã khai mạc: đại hội biểu dương các gia đình hiếu học toàn quốc "
                 "lần thứ nhất do ông Nguyễn Văn An chủ trì.")
    assert [m.title for m in f.meetings] == ["đại hội biểu dương các gia đình hiếu học toàn quốc lần thứ nhất"]
    # named only by its kind, and no one said to chair it: not kept
    f = facts_of("Sáng 5-9-2006, cuộc họp đã diễn ra, ông Nguyễn Văn An phát biểu.")
    assert f.meetings == ()


def test_a_meeting_the_sentence_says_will_open_is_not_held(facts_of):
    f = facts_of("Ngày 11-5-2006, kỳ họp thứ 9 Quốc hội khóa XI sẽ khai mạc tại Hà Nội do ông Nguyễn Văn An chủ trì.")
    assert f.meetings == ()


@pytest.mark.parametrize("text, not_in_title", [
    # a meeting dated, or named with a year, long before the news is another time's, only named
    ("Phóng sự ảnh: Cồng chiêng Tây Nguyên trong ngày hội lớn\n"
     "Trước giờ khai mạc Đại hội, lễ khánh thành Bia đá ghi toàn văn Thư Hồ Chủ Tịch gửi Đại hội "
     "các dân tộc thiểu số miền Nam tại Pleiku (19-4-1946) đã diễn ra trang trọng.", "miền Nam"),
    ("Khai mạc đại hội đại đoàn kết các dân tộc Tây Nguyên\n"
     "Trước giờ khai mạc đại hội, các đại biểu đã dự lễ khánh thành cụm biểu tượng ghi thư Bác Hồ gửi "
     "Đại hội đại biểu các dân tộc thiểu số miền Nam năm 1946, tại khuôn viên trụ sở Tỉnh ủy Gia Lai.", "1946"),
    # a bracketed aside names no meeting
    ("Phạm Thu Trang dự đại hội thi đua ngành giáo dục\n"
     "Sáng 16/8, tại Hội trường Ba Đình, Bộ GDĐT đã tổ chức Đại hội thi đua, tuyên dương các điển hình "
     "xuất sắc trong ngành giáo dục 5 năm qua.\nTại thời điểm này, Ban tổ chức đã khoá sổ danh sách đại biểu.\n"
     "Chiều 14/8 (hai ngày trước khi diễn ra đại hội), Thứ trưởng GDĐT Đặng Huỳnh Mai đã có buổi gặp gỡ "
     "với Phạm Thu Trang.", ")"),
    # a sentence opening on a plan reports a meeting to come
    ("Hội nghị APPF-13 sẽ được tổ chức tại Hạ Long\n"
     "Chiều nay, Ủy ban thường vụ Quốc hội đã cho ý kiến về việc tổ chức hội nghị. Dự kiến, hội nghị "
     "diễn ra trong 4 ngày, bắt đầu từ 10/1/2005, tại thành phố Hạ Long, Quảng Ninh.", ""),
])
def test_meetings_not_reported_held(facts_of, text, not_in_title):
    assert not any(not_in_title in m.title for m in facts_of(text).meetings)


def test_a_headline_meeting_in_preparation_is_not_held(facts_of):
    f = facts_of("Hoàn tất công việc chuẩn bị đại hội Đảng lần thứ X\n"
                 "Hội nghị đã thông qua báo cáo của Ban chấp hành Trung ương khóa IX về các văn kiện trình Đại hội X "
                 "của Đảng.\nHội nghị cũng đã thống nhất dự kiến danh sách Đoàn chủ tịch đại hội để trình đại hội quyết định.")
    assert not any("lần thứ X" in m.title for m in f.meetings)


@pytest.mark.parametrize("text", [
    # the place or plan of holding it, not its holding
    "Tin tức\nSân khấu trung tâm trước Nhà hát lớn cơ bản hoàn tất, khu vực tổ chức lễ mít tinh bắt đầu được trải thảm.",
    # a date to come, while it is being prepared
    "Tin tức\nHiện Cục Y tế dự phòng đang chuẩn bị để ngày 13-1-2005 tới tổ chức hội nghị triển khai công tác phòng "
    "chống dịch cúm gia cầm.",
    # a session agreed to be opened
    "Tin tức\nTheo Chủ nhiệm Văn phòng QH Bùi Ngọc Thanh, tại phiên họp thứ 35 (tháng 12/2005), Ủy ban Thường vụ QH đã "
    "thống nhất dự định khai mạc kỳ họp thứ 9, QH khóa XI vào đầu tháng 5/2006.",
])
def test_meetings_only_prepared_are_not_held(facts_of, text):
    assert facts_of(text).meetings == ()


def test_a_dated_meeting_someone_chaired_is_held_under_its_full_name(facts_of):
    f = facts_of("Tin tức\nNgày 6-4, ông Nguyễn Thiện Nhân, Phó Chủ tịch Thường trực UBND TPHCM, đã chủ trì cuộc họp "
                 "về tình hình di dời các cơ sở sản xuất công nghiệp gây ô nhiễm trên địa bàn TP.")
    assert [(m.title, m.chairs) for m in f.meetings] == [
        ("cuộc họp về tình hình di dời các cơ sở sản xuất công nghiệp gây ô nhiễm trên địa bàn TP", ("Nguyễn Thiện Nhân",))]


def test_the_organizer_is_the_holder_not_a_body_named_before_it(facts_of):
    # "thực hiện chỉ đạo của Chính phủ, Bộ NN-PTNT đã tổ chức": Chính phủ belongs to the clause before
    f = facts_of("Tin tức\nNgày 10-11, thực hiện chỉ đạo của Chính phủ, Bộ NN-PTNT đã tổ chức hội nghị triển khai các "
                 "chỉ thị về phòng chống dịch cúm gia cầm cho các tỉnh phía Nam.")
    assert [m.organizer for m in f.meetings] == ["Bộ NN-PTNT"]
    # a body in someone's title is not the holder: the congress is the Party's, by its name
    f = facts_of("Tin tức\nĐó là lời khẳng định của đồng chí Nông Đức Mạnh - vừa tái đắc cử chức vụ Tổng bí thư Ban "
                 "chấp hành T.Ư khóa X cuối phiên bế mạc Đại hội Đảng lần X sáng 25-4.")
    assert all(m.organizer is None or "Ban" not in m.organizer for m in f.meetings)
    # nor is a body in the title of an official the meeting's name names: the ministry answers
    f = facts_of("Tin tức\nSáng 10-6, QH tiếp tục tiến hành phiên họp chất vấn với Bộ trưởng Bộ Tài chính "
                 "Hoàng Văn Phúc, trong đó nổi lên vấn đề tiền lương.")
    assert len(f.meetings) == 1 and "Bộ Tài chính" not in (f.meetings[0].organizer or "")


def test_an_aside_the_name_does_not_close_ends_the_title(facts_of):
    f = facts_of("Tin tức\nSáng 10-1, Cục Y tế dự phòng đã tổ chức hội nghị triển khai công tác phòng chống dịch cúm "
                 "gia cầm và dịch bệnh ở người (dịch SARS, dịch cúm... ).")
    assert [m.title for m in f.meetings] == [
        "hội nghị triển khai công tác phòng chống dịch cúm gia cầm và dịch bệnh ở người"]


def meeting_days(f):
    return [(m.title.split()[0].lower(), m.date) for m in f.meetings]


def test_a_day_and_month_written_with_a_dot(facts_of):
    f = facts_of("Tin tức\nChiều 28.6, HĐND huyện Kim Sơn khóa XIX tổ chức kỳ họp thứ 7 (kỳ họp bất thường).",
                 published="29/06/2019 08:00")
    assert meeting_days(f) == [("kỳ", dt.date(2019, 6, 28))]


def test_the_date_nearest_before_the_meeting_is_its_day(facts_of):
    f = facts_of("Tin tức\nTrong không khí kỷ niệm ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2022), sáng "
                 "03/6/2022, Chi bộ Trường THCS Kim Đồng tiến hành đại hội nhiệm kỳ 2022 - 2025.")
    assert [m.date for m in f.meetings] == [dt.date(2022, 6, 3)]


def test_a_sentence_of_its_own_dates_the_meeting_after_it(facts_of):
    f = facts_of("Tin tức\nSáng 20/11/2015. Công đoàn Tổng công ty đã tổ chức hội nghị sơ kết nửa nhiệm kỳ.")
    assert [m.date for m in f.meetings] == [dt.date(2015, 11, 20)]


def test_a_working_day_of_a_meeting_or_attending_it_reports_it_held(facts_of):
    f = facts_of("Tin tức\nChiều 17-10, trong ngày làm việc thứ tư của Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII, "
                 "đồng chí Lê Văn An công bố kết luận.", published="18/10/2020 08:00")
    assert [m.date for m in f.meetings] == [dt.date(2020, 10, 17)]
    f = facts_of("Tin tức\nSáng nay 1/12, đồng chí Lê Văn An đã dự lễ công bố Nghị quyết của Ủy ban Thường vụ Quốc hội "
                 "về việc sắp xếp đơn vị hành chính.", published="01/12/2019 21:08")
    assert [m.date for m in f.meetings] == [dt.date(2019, 12, 1)]


def test_an_undated_article_dates_its_meeting_by_the_year_it_writes(facts_of):
    f = facts_of("Tin tức\nSáng ngày 11/7, tại Nhà Quốc hội, Ủy ban Thường vụ Quốc hội đã khai mạc Phiên họp thứ 13. "
                 "Phiên họp kéo dài 1,5 ngày (từ 11 - 12/7/2022).")
    assert [m.date for m in f.meetings] == [dt.date(2022, 7, 11)]


def test_co_chairs_each_addressed_after_a_comma(facts_of):
    f = facts_of("Tin tức\nSáng 5/3, Đảng bộ Tập đoàn tổ chức Hội nghị Ban Chấp hành lần thứ bảy. Đồng chí Lê Quốc Hải, "
                 "Bí thư Đảng ủy, Chủ tịch HĐTV Tập đoàn, đồng chí Trần Văn Bình, Phó Bí thư Đảng ủy, Tổng giám đốc Tập đoàn "
                 "và đồng chí Phạm Xuân Lộc, Phó Bí thư thường trực Đảng ủy chủ trì hội nghị.", published="06/03/2021 08:00")
    (m,) = f.meetings
    assert set(m.chairs) == {"Lê Quốc Hải", "Trần Văn Bình", "Phạm Xuân Lộc"}


def test_chairs_listed_with_semicolons(facts_of):
    f = facts_of("Tin tức\nSáng 5/9, Huyện ủy Kim Sơn tổ chức hội nghị quán triệt Nghị quyết Đại hội XIII. Đồng chí Lê Văn An, "
                 "Bí thư Huyện ủy; đồng chí Trần Văn Bình, Chủ tịch UBND huyện chủ trì hội nghị.", published="12/09/2023 10:00")
    (m,) = f.meetings
    assert set(m.chairs) == {"Lê Văn An", "Trần Văn Bình"}


def test_a_sentence_opening_at_a_meeting_with_its_day(facts_of):
    f = facts_of("Tin tức\nTại Hội nghị Ban Chấp hành Đảng bộ tỉnh ngày 17/9/2022, thừa ủy quyền của Thường trực Ban Bí thư, "
                 "đồng chí Lê Minh Hưng công bố quyết định.", published="19/09/2022 17:07")
    assert [(m.title, m.date) for m in f.meetings] == [("Hội nghị Ban Chấp hành Đảng bộ tỉnh", dt.date(2022, 9, 17))]
    # a meeting only named in passing, with no day, is not reported held
    f = facts_of("Tin tức\nTại Hội nghị Ban Chấp hành Đảng bộ tỉnh, đồng chí Lê Minh Hưng nhấn mạnh nhiều nội dung.",
                 published="19/09/2022 17:07")
    assert [m.date for m in f.meetings if m.date] == []


def test_announcing_the_decisions_at_a_ceremony_is_speaking(facts_of):
    f = facts_of("Tin tức\nSáng 21/8, Bộ Công an tổ chức Lễ công bố quyết định về công tác cán bộ. Tại buổi lễ, Phó trưởng "
                 "Ban Tổ chức Trung ương Nguyễn Quang Dũng công bố các quyết định của Bộ Chính trị về công tác cán bộ.",
                 published="21/08/2018 10:00")
    (m,) = f.meetings
    assert "Nguyễn Quang Dũng" in m.speakers


def test_an_undated_article_gives_no_year_to_a_day_of_another_month(facts_of):
    # "Sáng 25-1", after "31-12-2005 vừa qua", is of the year after: no year is known for it
    f = facts_of("Tin tức\nSau chương trình Nối vòng tay lớn (ngày 31-12-2005 vừa qua), sáng 25-1, Ủy ban Mặt trận Tổ quốc "
                 "thành phố đã tổ chức lễ trao hiện vật ủng hộ Quỹ Vì người nghèo.")
    assert [m.date for m in f.meetings] == [None]


def test_the_day_a_time_word_opens_before_an_anniversarys_dates(facts_of):
    f = facts_of("Tin tức\nSáng 03/6/2022, nhân dịp kỷ niệm ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2022), Chi bộ "
                 "trường THCS Kim Đồng tổ chức đại hội nhiệm kỳ 2022 - 2025.")
    assert [m.date for m in f.meetings] == [dt.date(2022, 6, 3)]


def test_guests_to_attend_and_a_kind_of_work_are_no_meeting_held(facts_of):
    # "khách tham dự": who will attend, a noun, not a report that someone attended
    f = facts_of("Tin tức\nHôm nay, hãng lữ hành đã từ chối nhận khách tham dự lễ khai mạc Lễ hội Hoa do hết vé máy bay.")
    assert not f.meetings
    # "tổ chức hội nghị và các sự kiện": a trade, taught
    f = facts_of("Tin tức\nNgày 5/6/2006, trường dành hai suất học bổng cho ngành tổ chức hội nghị và các sự kiện.")
    assert not f.meetings
    f = facts_of("Tin tức\nSáng 5/6/2006, ông Lê Văn Tám đã dự lễ khai mạc Lễ hội Hoa.")
    assert [m.title for m in f.meetings] == ["lễ khai mạc Lễ hội Hoa"]


def test_a_later_sentence_opening_on_the_meetings_noun_dates_it(facts_of):
    f = facts_of("Tin tức\nHội đồng nhân dân xã Tân Phú tổ chức kỳ họp chuyên đề về quy hoạch chung xây dựng xã.\n"
                 "Kỳ họp thứ 13, nhiệm kỳ XIII, tổ chức vào chiều ngày 22/4/2024 tại Hội trường UBND xã.")
    assert [m.date for m in f.meetings] == [dt.date(2024, 4, 22)]
    # a meeting the headline names
    f = facts_of("Hội đồng nhân dân xã Tân Phú tổ chức kỳ họp chuyên đề về quy hoạch xã\n"
                 "Kỳ họp thứ 13, nhiệm kỳ XIII, tổ chức vào chiều ngày 22/4/2024. Kỳ họp do ông Bùi Văn Hạnh, "
                 "Chủ tịch HĐND xã chủ trì.")
    assert [m.date for m in f.meetings] == [dt.date(2024, 4, 22)]


def test_a_congress_said_to_have_done_its_work_is_held_and_its_range_dates_it(facts_of):
    f = facts_of("Tin tức\nSau 2 ngày làm việc (17-19/9/2025) khẩn trương, Đại hội Đại biểu Đảng bộ tỉnh lần thứ XV, "
                 "nhiệm kỳ 2025-2030 đã hoàn thành nội dung và chương trình đề ra.")
    assert [(m.title, m.date) for m in f.meetings] == [("Đại hội Đại biểu Đảng bộ tỉnh lần thứ XV", dt.date(2025, 9, 17))]


def test_the_lead_opening_on_its_time_dates_the_headlines_meeting(facts_of):
    f = facts_of("Thủ tướng chủ trì phiên họp Chính phủ thường kỳ tháng 4/2021\n05/05/2021\nHôm nay, 5/5, dưới sự chủ trì "
                 "của Thủ tướng Lê Văn An, Chính phủ họp phiên thường kỳ tháng 4/2021. Đây là phiên họp Chính phủ thường "
                 "kỳ đầu tiên sau khi Chính phủ kiện toàn nhân sự.")
    assert [m.date for m in f.meetings] == [dt.date(2021, 5, 5)]
    # the lead is the sentence that reports the meeting itself: no other sentence's day is its
    f = facts_of("Chính phủ tổ chức phiên họp thường kỳ tháng 4\nHôm qua, Chính phủ tổ chức phiên họp thường kỳ tháng 4. "
                 "Sáng 5/5/2021, Bộ Y tế họp với các tỉnh.")
    assert [m.date for m in f.meetings] == [None]


def test_a_sitting_named_by_its_day(facts_of):
    f = facts_of("Tin tức\nTrong phiên làm việc sáng ngày 08/4/2021, Quốc hội đã biểu quyết thông qua Nghị quyết phê "
                 "chuẩn việc bổ nhiệm 2 Phó Thủ tướng Chính phủ.")
    assert [(m.title, m.date) for m in f.meetings] == [("phiên làm việc sáng ngày 08/4/2021", dt.date(2021, 4, 8))]


def test_a_sitting_presided_over_by_a_deputy_chair(facts_of):
    f = facts_of("Tin tức\nSáng 10-8, tại Nhà Quốc hội, Ủy ban Thường vụ Quốc hội đã khai mạc Phiên họp thứ 13.\nTiếp "
                 "tục chương trình nghị sự, Phó Chủ tịch Quốc hội Đỗ Văn Tĩnh điều hành nội dung họp thảo luận, cho ý "
                 "kiến về dự án Luật Quốc phòng.")
    assert [m.chairs for m in f.meetings] == [("Đỗ Văn Tĩnh",)]


def test_a_meeting_named_by_its_noun_takes_the_one_full_name_the_article_gives_it(facts_of):
    f = facts_of("Tin tức\nSáng 17/8, tại hội nghị triển khai chỉ thị về tiêm văcxin phòng cúm, Phó thủ tướng Lê Văn "
                 "Thành chỉ đạo các tỉnh.\nChủ trì hội nghị, Phó thủ tướng Lê Văn Thành yêu cầu các tỉnh làm ngay.")
    assert [(m.title, m.chairs) for m in f.meetings] == [
        ("hội nghị triển khai chỉ thị về tiêm văcxin phòng cúm", ("Lê Văn Thành",))]
    # "này" points back: no name
    f = facts_of("Tin tức\nChủ trì cuộc họp quan trọng này, Phó thủ tướng Lê Văn Thành yêu cầu các tỉnh làm ngay.")
    assert [m.title for m in f.meetings] == ["cuộc họp"]


def test_meetings_to_come_are_not_held(facts_of):
    f = facts_of("Tin tức\nĐây là hoạt động nhằm bảo vệ tuyệt đối Đại hội Đảng toàn quốc lần thứ 10 và Hội nghị Cấp "
                 "cao APEC lần thứ 14 sắp diễn ra tại nước ta.")
    assert not f.meetings


def test_a_meeting_of_several_days_is_dated_by_its_first(facts_of):
    f = facts_of("Tin tức\nTừ ngày 20/3 đến ngày 24/3/2006, Ban Chấp hành Trung ương Đảng khóa IX đã họp Hội nghị lần "
                 "thứ 14 tại Hà Nội.")
    assert [m.date for m in f.meetings] == [dt.date(2006, 3, 20)]
    f = facts_of("Tin tức\nTừ ngày 28/12 đến ngày 3/1/2007, Ban Chấp hành Trung ương Đảng đã họp Hội nghị lần thứ 4.")
    assert [m.date for m in f.meetings] == [dt.date(2006, 12, 28)]


def test_chairs_listed_after_a_fronted_verb_with_no_comma(facts_of):
    f = facts_of("Tin tức\nSáng 9-2-2026, HĐND tỉnh Gia Lai đã khai mạc kỳ họp thứ 6.\nChủ trì kỳ họp có các đồng chí: "
                 "Rah Lan Chung - Chủ tịch HĐND tỉnh; Trương Văn Đạt - Phó Chủ tịch Thường trực HĐND tỉnh.")
    assert [m.chairs for m in f.meetings] == [("Rah Lan Chung", "Trương Văn Đạt")]


def test_a_congress_entering_a_working_day_is_held_and_a_sessions_name_gives_its_year(facts_of):
    f = facts_of("Tin tức\nSáng 17/10/2025, tại Trung tâm Hội nghị quốc gia, Đại hội đại biểu Đảng bộ TP Hà Nội lần thứ "
                 "XVIII, nhiệm kỳ 2025-2030 bước vào ngày làm việc chính thức thứ hai.")
    assert [m.date for m in f.meetings] == [dt.date(2025, 10, 17)]
    f = facts_of("Tin tức\nNgày 27-5, HĐND tỉnh An Giang khoá IX đã tổ chức kỳ họp thứ 10 bất thường năm 2019.")
    assert [m.date for m in f.meetings] == [dt.date(2019, 5, 27)]
    # a target year ends the name too, but it is no date of the meeting
    f = facts_of("Tin tức\nNgày 8/10, tại thị xã Tân An, Phó Chủ tịch tỉnh Trần Văn Bảo đã chủ trì hội nghị triển khai "
                 "Đề án phát triển du lịch đến năm 2015 và tầm nhìn đến năm 2030.")
    assert [m.date for m in f.meetings] == [None]
