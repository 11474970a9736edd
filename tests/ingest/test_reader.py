"""Reading: normalisation, clutter, datelines, source URLs, sentences, decoding."""
from __future__ import annotations

import datetime as dt
import unicodedata

import pytest

from conftest import SEEDS, cp1258_bytes

from kg.ingest.dateline import find_published
from kg.ingest.normalize import fold, join_wrapped_lines, normalize_text
from kg.ingest.reader import InputError, SkipInput, decode
from kg.ingest.sentences import split_sentences
from kg import vocab as vocab_module


@pytest.mark.parametrize("raw, want", [
    ("Đảng uỷ Khối", "Đảng ủy Khối"),  # old tone placement
    ("Hoà bình, thuỷ lợi, khoẻ", "Hòa bình, thủy lợi, khỏe"),
    ("Hoàng, khuỷu tay, quý", "Hoàng, khuỷu tay, quý"),  # closed syllables and qu- stay
    ("Tỉnh Đòan, Nguyễn Thị Hòang, ngòai, tòan thể", "Tỉnh Đoàn, Nguyễn Thị Hoàng, ngoài, toàn thể"),  # a slipped tone
    ("hòa, khóa, Thọ", "hòa, khóa, Thọ"),
    ("\u00d0ảng ủy", "Đảng ủy"),  # Icelandic Eth look-alike
    ("Bộ\u00a0KH&amp;CN\u200b", "Bộ KH&CN"),  # no-break space, entity, zero-width space
])
def test_normalize_text(raw, want):
    assert normalize_text(raw) == want


def test_nfd_text_is_composed():
    nfd = unicodedata.normalize("NFD", "Nguyễn Thị Lệ Hà")
    assert normalize_text(nfd) == "Nguyễn Thị Lệ Hà"
    assert fold(nfd) == fold("NGUYỄN THỊ LỆ HÀ")


@pytest.mark.parametrize("line, want", [
    ("Thứ bảy, 29/06/2019 16:24 GMT+7", dt.datetime(2019, 6, 29, 16, 24)),
    ("28/12/2020 13:39    400", dt.datetime(2020, 12, 28, 13, 39)),
    ("11:16 23/05/2018", dt.datetime(2018, 5, 23, 11, 16)),
    ("Thứ Năm, 17-10-2019, 04:21", dt.datetime(2019, 10, 17, 4, 21)),
    ("10:16 | 11-06-2025", dt.datetime(2025, 6, 11, 10, 16)),
    ("23.08.2023", dt.date(2023, 8, 23)),
    ("Cập nhật ngày 23/08/2023 2:58:01 CH", dt.datetime(2023, 8, 23, 14, 58)),
    # a view counter after the stamp; a byline before it
    ("28/10/2020 09:57 Số lượt xem: 42", dt.datetime(2020, 10, 28, 9, 57)),
    ("Minh Anh - 17:56, 16/05/2024", dt.datetime(2024, 5, 16, 17, 56)),
])
def test_dateline_forms(line, want):
    assert find_published(["Tiêu đề bài báo", line, "Nội dung bài báo dài."])[0] == want


def test_print_edition_weekday_date():
    lines = ["Số 4 (4318) Thứ Năm (25/1/2024) 10 CÔNG NGHỆ SỐ Đảng ủy VUSTA triển khai nhiệm vụ năm 2024 ..."]
    assert find_published(lines)[0] == dt.date(2024, 1, 25)


def test_a_bare_date_line_on_top_is_the_dateline_not_clutter(article_of):
    # a page's stamp with no time ("05/07/2022" above the headline) is no encoded junk line
    article = article_of("05/07/2022\nTrao Huy hiệu 50 năm tuổi Đảng tại xã\nChiều ngày 4/7, đoàn công tác đã trao huy hiệu.")
    assert article.published == dt.date(2022, 7, 5)


def test_an_undated_article_dates_a_day_by_a_full_date_of_its_month(article_of):
    article = article_of("Phiên họp\nSáng ngày 11/7, Ủy ban đã khai mạc phiên họp thứ 13.\n"
                         "Phiên họp kéo dài 1,5 ngày (từ 11 - 12/7/2022). Chương trình Nối vòng tay lớn (ngày 31-12-2005).")
    assert (article.published, article.day_year) == (None, {7: 2022, 12: 2005})


def test_a_date_inside_the_text_is_not_a_dateline():
    lines = ["Ngày 28/6/2019 tại Hà Nội, Đảng ủy Bộ Khoa học và Công nghệ đã tổ chức Hội nghị sơ kết công tác đảng."]
    assert find_published(lines) == (None, None)


def test_clutter_is_dropped_and_tail_cut(article_of):
    text = ("Hội nghị tổng kết công tác Đảng năm 2020\n\nNội dung chính của bài báo về hội nghị.\n"
            "Lượt xem: 10551\nĐánh giá\n(Di chuột vào ngôi sao để chọn điểm)\nTin liên quan\n"
            "Hội nghị khác ở tỉnh khác\nRkJQdWJsaXNoZXIy MTYzNTY5OA==")
    a = article_of(text)
    assert "Lượt xem" not in a.text and "Di chuột" not in a.text
    assert "Hội nghị khác" not in a.text and "RkJQ" not in a.text
    assert "Nội dung chính" in a.text


def test_a_portals_block_names_and_text_size_buttons_are_clutter_and_the_dateline_under_them_is_read(article_of):
    a = article_of("PublishingPortal - Block_BanTin_Toolbar\n\n05/05/2021\nTăng cỡ chữ Giảm cỡ chữ\n"
                   "Thủ tướng chủ trì phiên họp Chính phủ thường kỳ\nHôm nay, 5/5, Chính phủ họp phiên thường kỳ.")
    assert "Portal" not in a.text and "cỡ chữ" not in a.text
    assert a.text[a.headline.start : a.headline.end] == "Thủ tướng chủ trì phiên họp Chính phủ thường kỳ"
    assert a.published == dt.date(2021, 5, 5)


def test_a_dateline_below_a_sites_header_is_read(article_of):
    a = article_of("ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH TỈNH\n\nRadio and Television\nĐường dây nóng: 0237 3721150\n\n"
                   "Huyện ủy\n\nBí thư Tỉnh ủy làm việc với huyện\n\nBí thư Tỉnh ủy làm việc với huyện\n\n"
                   "21:29 , 09/09/2022\n\nSáng ngày 9/9, đồng chí Lê Văn An đã làm việc tại huyện.")
    assert a.published == dt.datetime(2022, 9, 9, 21, 29)


def test_headline_source_url_and_published(article_of):
    a = article_of("Hội nghị sơ kết công tác đảng\nNgày 28/6, Đảng ủy Bộ tổ chức Hội nghị.\n"
                   "Theo https://example.gov.vn/tin-tuc/hoi-nghi-so-ket.aspx", "Thứ bảy, 29/06/2019 16:24 GMT+7")
    assert a.published == dt.datetime(2019, 6, 29, 16, 24)
    assert a.source_url == "https://example.gov.vn/tin-tuc/hoi-nghi-so-ket.aspx"
    assert a.text[a.headline.start : a.headline.end] == "Hội nghị sơ kết công tác đảng"


def test_sentences_split_run_together_captions():
    text = ("phấn đấu kết nạp ít nhất từ 3-4 Đảng viên mới.Đồng chí Trần Đắc Hiến trình bày Báo cáo\n"
            "trao Bằng khen cho Đảng viên 5 năm liềnThứ trưởng Trần Văn Tùng trao Giấy khen. TP. Hồ Chí Minh đẹp.")
    sents = [text[s.start : s.end] for s in split_sentences(text, vocab_module.load())]
    assert "Đồng chí Trần Đắc Hiến trình bày Báo cáo" in sents
    assert any(s.startswith("Thứ trưởng Trần Văn Tùng") for s in sents)
    assert "TP. Hồ Chí Minh đẹp." in sents  # an abbreviation's period is no boundary


def test_decode_boms_and_bad_bytes():
    text = "Đảng ủy Bộ"
    assert decode(text.encode("utf-8")) == text
    assert decode(b"\xef\xbb\xbf" + text.encode("utf-8")) == text
    assert decode(text.encode("utf-16")) == text
    with pytest.raises(InputError, match="not valid UTF-8 at byte 13"):
        decode("Đảng ủy".encode("utf-8") + b" \xc3\x28")  # UTF-8, broken: not read as another encoding
    with pytest.raises(SkipInput, match="NUL"):
        decode(b"\x00\x01\x02binary")


def test_decode_finds_legacy_and_markless_encodings_and_keeps_a_truncated_file():
    text = (SEEDS / "002_1ce143350da27395.txt").read_text("utf-8")
    nfc = unicodedata.normalize("NFC", text)
    assert unicodedata.normalize("NFC", decode(cp1258_bytes(text))) == nfc  # Windows-1258, detected
    assert decode(text.encode("utf-16-le")) == text  # UTF-16 without a byte-order mark
    assert decode(unicodedata.normalize("NFD", text).encode("utf-8")) == unicodedata.normalize("NFD", text)
    cut = text.encode("utf-8")[:-1]  # the last character ("." or a Vietnamese letter) cut in half
    assert text.startswith(decode(cut)) and len(decode(cut)) >= len(text) - 1
    assert unicodedata.normalize("NFC", decode(cp1258_bytes("Hội nghị Đảng ủy"), "cp1258")) == "Hội nghị Đảng ủy"  # as given
    with pytest.raises(InputError, match="not valid utf-8"):
        decode(b"\xff\xfe\xfd", "utf-8")


def test_a_lead_first_line_means_no_headline_and_a_closing_name_is_a_byline(facts_of):
    f = facts_of("Chiều 5/3, Tỉnh ủy tổ chức hội nghị. Ông Lê Văn An, Chủ tịch UBND tỉnh, phát biểu về kinh tế "
                 "tỉnh Quảng Nam. Bí thư Tỉnh ủy Phan Văn Bình chủ trì.\nTrần Thu Hà")
    assert [p.name for p in f.persons] == ["Lê Văn An", "Phan Văn Bình"]  # the last line signs the article
    assert f.meetings and f.meetings[0].chairs == ("Phan Văn Bình",)
    # a body named without its place takes the one province the article names
    assert ("Lê Văn An", "Chủ tịch", "Ủy ban nhân dân tỉnh Quảng Nam") in {(p.person, p.role, p.org) for p in f.posts}


def test_a_dot_between_digits_is_no_full_stop():
    text = "Ngày 15.3.2006, hội nghị có 1.000 đại biểu. Ông An phát biểu."
    assert [text[s.start : s.end] for s in split_sentences(text, vocab_module.load())] == [
        "Ngày 15.3.2006, hội nghị có 1.000 đại biểu.", "Ông An phát biểu."]


def test_numbered_list_items_glued_to_the_line_before_get_their_break_back(vocab):
    from kg.ingest.reader import read_text
    a = read_text("Danh sách:\n1. Lê Hữu Phúc, Chủ tịch UBND tỉnh Hà Nam2. Hà Hùng Cường, Bí thư Tỉnh ủy Quảng Trị104 "
                  "Nguyễn Xuân Phúc. Mác bê tông 300 kg/cm2. Phòng PC14 Công an tỉnh.", "t.txt", vocab)
    assert "Hà Nam\n2. Hà Hùng Cường" in a.text and "Quảng Trị\n104 Nguyễn" in a.text
    assert "kg/cm2. Phòng PC14 Công an" in a.text  # units and unit codes are not list numbers


def test_the_list_of_other_articles_headlines_a_page_ends_with_is_dropped(article_of):
    text = ("Gò Vấp giao đất sai\nKhông chỉ giao khu đất 15.690 m2 cho Công ty Địa ốc Gò Môn, ông Trần Kim Long còn "
            "đồng ý giao tiếp.\nĐến nay, UBND quận Gò Vấp vẫn còn nợ Công ty Địa ốc Gò Môn hơn 10 tỷ đồng.\n"
            "Một khu đất nông nghiệp khác rộng 46.000 m2 cũng được giao.\n"
            "Cán bộ sai phạm ở quận Gò Vấp được bao che(12/08/2005)\n"
            "Đình chỉ công tác Chủ tịch UBND quận Gò Vấp(11/08/2005)\n"
            "Bắt 'trùm đất' Phạm Thị Tuyết Lan(14/02/2005)")
    a = article_of(text)
    assert a.text.endswith("cũng được giao.")
    # a dated line inside the article is its own
    assert "(12/08/2005)" in article_of(text + "\nBài viết kết thúc ở đây với một đoạn văn thường.").text


def test_a_dot_inside_a_symbol_ends_no_sentence(article_of):
    a = article_of("Tin\nTheo công văn số 81/CV.UB-93 ngày 25/3/1993. Theo TTXVN.Hôm nay, kết nạp đảng viên mới.Đồng chí A")
    assert [a.text[s.start : s.end] for s in a.sentences][1:] == [
        "Theo công văn số 81/CV.UB-93 ngày 25/3/1993.", "Theo TTXVN.", "Hôm nay, kết nạp đảng viên mới.", "Đồng chí A"]


def test_the_articles_stamp_with_its_time_over_a_page_headers_date():
    lines = ["Thứ sáu, ngày 1/3/2024", "", "Đồng chí A điều hành hoạt động của Tỉnh ủy", "", "Thứ Hai 19/09/2022 17:07", "Nội dung."]
    assert find_published(lines) == (dt.datetime(2022, 9, 19, 17, 7), 4)


def test_a_sites_machine_stamp_is_a_dateline():
    lines = ["Hội nghị Ban Thường vụ Huyện ủy lần thứ 12", "2025-05-09 17:36:00.0", "Chiều 9/5, Ban Thường vụ họp."]
    assert find_published(lines) == (dt.datetime(2025, 5, 9, 17, 36), 1)


def test_a_first_line_opening_on_a_day_with_its_year_is_the_lead_not_a_headline(facts_of):
    f = facts_of("Ngày 20/4/2021 tại  xã Tân An Hội LHPN xã Tân An tổ chức Đại hội đại biểu phụ nữ xã Tân An lần thứ "
                 "XXII, nhiệm kỳ 2021 - 2026\n\nĐại hội đã đánh giá phong trào phụ nữ.")
    assert [(m.title, m.date) for m in f.meetings] == [("Đại hội đại biểu phụ nữ xã Tân An lần thứ XXII",
                                                        dt.date(2021, 4, 20))]


def test_lines_a_plain_text_copy_wrapped_are_joined_again():
    text = ("Tin tức\n"
            "Sáng 7/6/2021, Thường trực HĐND huyện tổ chức Hội nghị liên tịch thống nhất nội\n"
            "dung, chương trình Kỳ họp thứ nhất, HĐND huyện khóa XX, nhiệm kỳ 2021-2026.\n"
            "Tham dự họp có đ/c Nguyễn Kim Điền, Tỉnh ủy viên, Bí thư Huyện ủy; đ/c Nguyễn\n"
            "Văn Hàn, Ủy viên Ban Thường vụ Huyện ủy, Phó Chủ tịch HĐND huyện; đại diện lãnh\n"
            "đạo UBND huyện.")
    joined = join_wrapped_lines(text).split("\n")
    assert len(joined) == 3 and "nội dung, chương trình" in joined[1] and "đ/c Nguyễn Văn Hàn, Ủy viên" in joined[2]
    # captions and subheadings, one to a line, and a list's items stay lines
    kept = ("Tin tức\nPhó Chủ tịch UBND thành phố Nguyễn Thành Tâm đang làm lễ cắt băng khánh thành\n"
            "Đợt hàng đầu tiên được mang ra các bàn tiệc đặt ở đường Lê Lợi cho bà con thưởng thức.\n"
            "c) Gây tổn hại cho sức khỏe của nạn nhân mà tỷ lệ thương tật từ 31% đến 60%\n"
            "d) Tái phạm nguy hiểm")
    assert join_wrapped_lines(kept) == kept
