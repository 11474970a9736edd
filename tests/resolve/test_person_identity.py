"""Officials across articles decided from evidence (kg.resolve.persons): keys, cannot-links,
the bare name, name frequency, people's judgements, the decisions written down."""
from __future__ import annotations

import dataclasses
import datetime as dt

from kg.ingest.reader import read_text
from kg.extract import extract_article
from kg.resolve.identity import resolve
from kg.resolve.judgements import Judged
from kg.resolve.persons.frequency import NameFrequency
from kg.resolve.persons.officials import block_key


def facts(vocab, key, text, published=None):
    f = extract_article(read_text(text, f"{key}.txt", vocab, key), vocab)
    return f if published is None else type(f)(**{**{s: getattr(f, s) for s in f.__slots__}, "published": published})


def articles(vocab, key, sentence, n):
    """N articles writing SENTENCE (numbered, so that none is a copy of another)."""
    return [facts(vocab, f"{key}{i}", f"{sentence} Tin số {i}.") for i in range(n)]


def same(r, a, b, name):
    return r.person_of[(a, name)] == r.person_of[(b, name)]


def test_a_bare_title_of_a_national_body_is_a_post_of_that_body(vocab):
    # "Phó Thủ tướng" sits in the Chính phủ; two articles naming one holder are one person
    a = facts(vocab, "a", "Phó Thủ tướng Hoàng Trung Kiên đã tới dự lễ khánh thành.")
    b = facts(vocab, "b", "Phó Thủ tướng Chính phủ Hoàng Trung Kiên chủ trì cuộc họp.")
    r = resolve([a, b], vocab)
    assert same(r, "a", "b", "Hoàng Trung Kiên")
    assert "same body: chính phủ" in r.person_merges[0].merged_on[0].evidence


def test_posts_that_follow_one_another_in_one_province_meet_through_the_committee(vocab):
    a = facts(vocab, "a", "Ông Lò Văn Tiến, Ủy viên Ban Thường vụ Tỉnh ủy Sơn La, phát biểu.")
    b = facts(vocab, "b", "Ông Lò Văn Tiến, Phó Bí thư Tỉnh ủy Sơn La, chủ trì hội nghị.")
    assert same(resolve([a, b], vocab), "a", "b", "Lò Văn Tiến")


def test_a_bare_title_in_an_article_on_a_national_body_is_its_title(vocab):
    a = facts(vocab, "a", "Chủ tịch Quốc hội Đỗ Văn Tường phát biểu khai mạc kỳ họp.")
    b = facts(vocab, "b", "Tại phiên họp của Quốc hội, Chủ tịch Đỗ Văn Tường cho rằng luật cần sửa.")
    assert same(resolve([a, b], vocab), "a", "b", "Đỗ Văn Tường")


def test_local_posts_in_two_provinces_in_one_year_are_two_people_whatever_links_them(vocab):
    # a third article's national post would chain the two through it; the cannot-link holds
    a = facts(vocab, "a", "Ông Trịnh Văn Quế, Chủ tịch UBND tỉnh Yên Bái, phát biểu.", dt.date(2013, 5, 1))
    b = facts(vocab, "b", "Ông Trịnh Văn Quế, Chủ tịch UBND tỉnh Trà Vinh, phát biểu.", dt.date(2013, 5, 1))
    c = facts(vocab, "c", "Ông Trịnh Văn Quế, Chủ tịch UBND tỉnh Yên Bái, Chủ tịch UBND tỉnh Trà Vinh dự.")
    r = resolve([a, b], vocab)
    assert not same(r, "a", "b", "Trịnh Văn Quế")
    (decision,) = [d for d in r.person_decisions if d.name == "Trịnh Văn Quế"] or [None]
    assert decision is None or decision.verdict in ("kept apart", "undecided")
    r = resolve([a, b, c], vocab)
    assert not same(r, "a", "b", "Trịnh Văn Quế")


def test_a_bare_name_joins_the_one_national_official_of_a_rare_name_not_a_common_one(vocab):
    a = facts(vocab, "a", "Phó Thủ tướng Hoàng Trung Kiên đã tới dự lễ khánh thành.")
    b = facts(vocab, "b", "Theo ông Hoàng Trung Kiên, việc này cần làm ngay.")
    r = resolve([a, b], vocab)
    assert same(r, "a", "b", "Hoàng Trung Kiên")
    # a common name: the bare mention is left for review
    names = {f"nguyễn văn {g}" for g in ("an", "bình", "cường", "dũng", "hùng", "hải", "long", "minh", "nam", "sơn")}
    freq = NameFrequency(names, vocab.name_prior)
    assert freq.expected_bearers("nguyễn văn hùng") > 2 > 1 > freq.expected_bearers("hoàng trung kiên")


def test_spellings_of_one_name_are_compared(vocab):
    assert block_key("K'Ré") == block_key("Kré") == block_key("K-Ré")
    assert block_key("Lê Văn Thành") != block_key("Lê Văn Thanh")


def test_judgements_come_first_same_merges_and_different_splits(vocab):
    a = facts(vocab, "a", "Ông Nguyễn Văn Toản, Giám đốc Sở Tư pháp tỉnh Bắc Ninh, phát biểu.")
    b = facts(vocab, "b", "Ông Nguyễn Văn Toản, Phó Giám đốc Sở Tài chính tỉnh Lạng Sơn, dự.")
    c = facts(vocab, "c", "Ông Nguyễn Văn Toản, Giám đốc Sở Tư pháp tỉnh Bắc Ninh, trao giải.")
    r = resolve([a, b, c], vocab)
    assert same(r, "a", "c", "Nguyễn Văn Toản") and not same(r, "a", "b", "Nguyễn Văn Toản")
    judged = Judged({(("a", "Nguyễn Văn Toản"), ("b", "Nguyễn Văn Toản")): "same",
                     (("a", "Nguyễn Văn Toản"), ("c", "Nguyễn Văn Toản")): "different"})
    r = resolve([a, b, c], vocab, judged)
    assert same(r, "a", "b", "Nguyễn Văn Toản") and not same(r, "a", "c", "Nguyễn Văn Toản")
    assert any(e.evidence == "judged same" for m in r.person_merges for e in m.merged_on)


def test_every_merge_has_its_score_and_every_pair_left_apart_its_evidence(vocab):
    a = facts(vocab, "a", "Ông Nguyễn Văn Toản, Giám đốc Sở Tư pháp tỉnh Bắc Ninh, phát biểu.")
    b = facts(vocab, "b", "Ông Nguyễn Văn Toản, Giám đốc Sở Tư pháp tỉnh Bắc Ninh, trao giải.")
    c = facts(vocab, "c", "Ông Nguyễn Văn Toản, Phó Giám đốc Sở Tài chính tỉnh Lạng Sơn, dự.")
    d = facts(vocab, "d", "Theo ông Nguyễn Văn Toản, việc này cần làm ngay.")
    report = resolve([a, b, c, d], vocab).report()
    (merge,) = report["persons_merged"]
    assert merge["merged_on"][0]["score"] >= 2
    # a bare name where two officials of it hold posts: left for review, with both sides
    (apart,) = report["persons_apart"]
    assert apart["decision"] == "undecided" and apart["evidence"].startswith("a bare name")
    assert {m["article"] for m in apart["a"]["shown"]} == {"d"} and apart["b"]["shown"][0]["posts"]


def test_a_bare_name_of_a_figure_of_the_past_joins_no_one(vocab):
    a = facts(vocab, "a", "Chủ tịch Tôn Đức Thắng đã tới thăm nhà máy.")
    b = facts(vocab, "b", "01/05/2005\nBà Tôn Đức Thắng cho biết gia đình đã nhận quà.")
    r = resolve([a, b], vocab)
    assert not same(r, "a", "b", "Tôn Đức Thắng")


def test_a_rare_name_no_article_gives_a_post_is_one_person_in_stories_of_one_province(vocab):
    a = facts(vocab, "a", "Theo cáo trạng, Khổng Minh Tuyền đã nhận 10 triệu đồng tại Hà Nội.")
    b = facts(vocab, "b", "Tại phiên tòa ở Hà Nội, Khổng Minh Tuyền khai đã nhận tiền.")
    c = facts(vocab, "c", "Công an TP Cần Thơ bắt Khổng Minh Tuyền về tội trộm cắp tài sản.")
    r = resolve([a, b, c], vocab)
    assert same(r, "a", "b", "Khổng Minh Tuyền") and not same(r, "a", "c", "Khổng Minh Tuyền")


def test_a_hint_joins_the_official_the_news_names_by_far_the_most(vocab):
    # "Phó Chủ tịch" written bare in an article on the city whose Phó Chủ tịch of that name
    # many articles name
    many = articles(vocab, "m", "Ông Nguyễn Văn Hải, Phó Chủ tịch UBND TP Hồ Chí Minh, dự buổi làm việc.", 5)
    bare = facts(vocab, "x", "Tại TP Hồ Chí Minh, Phó Chủ tịch Nguyễn Văn Hải chỉ đạo các sở.")
    r = resolve([*many, bare], vocab)
    assert same(r, "m0", "x", "Nguyễn Văn Hải")


def test_another_post_of_one_city_does_not_join_the_main_official_of_the_name(vocab):
    many = articles(vocab, "m", "Ông Nguyễn Văn Hải, Chủ tịch UBND TP Hồ Chí Minh, dự buổi làm việc.", 5)
    other = articles(vocab, "d", "Ông Nguyễn Văn Hải, Giám đốc Trung tâm Y tế dự phòng TP Hồ Chí Minh, cho biết số ca "
                                 "bệnh.", 2)
    r = resolve([*many, *other], vocab)
    assert same(r, "d0", "d1", "Nguyễn Văn Hải") and not same(r, "m0", "d0", "Nguyễn Văn Hải")


def test_a_firm_named_like_a_province_places_no_one_there(vocab):
    # "Công ty TNHH Thái Bình" is a firm's name, not the province: its director's bare mentions
    # in stories set in Hà Nội are not kept from him as if he held posts in Thái Bình
    posted = articles(vocab, "p", "Ông Khổng Anh Dũng, Phó Giám đốc Công ty TNHH Thái Bình, bị bắt.", 2)
    bare = facts(vocab, "b", "Tại phiên tòa ở Hà Nội, Khổng Anh Dũng khai đã nhận tiền.")
    r = resolve([*posted, bare], vocab)
    assert same(r, "p0", "b", "Khổng Anh Dũng")


def test_a_rare_bare_name_gathers_its_stories_whatever_order_they_come_in(vocab):
    # the story of Hà Nội alone comes before the one set in Huế and Hà Nội that links it
    a = facts(vocab, "a", "Tại Huế, Khổng Quang Tịnh bị bắt khi đang đánh bạc.")
    b = facts(vocab, "b", "Tại Hà Nội, Khổng Quang Tịnh khai đã chuyển tiền.")
    c = facts(vocab, "c", "Khổng Quang Tịnh bị đưa từ Huế về Hà Nội để điều tra.")
    r = resolve([a, b, c], vocab)
    assert same(r, "a", "b", "Khổng Quang Tịnh") and same(r, "a", "c", "Khổng Quang Tịnh")


def test_a_prominent_official_of_a_rare_name_takes_bare_mentions_and_stray_posts_anywhere(vocab):
    # (a rare name, not a very rare one: two officials of a very rare name are one anyway)
    main = articles(vocab, "m", "Ông Phan Anh Lực, Phó Giám đốc Sở Xây dựng tỉnh Hòa Bình, bị bắt.", 10)
    bare = facts(vocab, "b", "Tại Đà Nẵng, người ta nhắc lại vụ Phan Anh Lực.")
    stray = facts(vocab, "s", "Ông Phan Anh Lực, Trưởng ban Quản lý dự án giao thông, đã nhận tiền.")
    r = resolve([*main, bare, stray], vocab)
    assert same(r, "m0", "b", "Phan Anh Lực") and same(r, "m0", "s", "Phan Anh Lực")
    # named in two articles only, the official is not prominent: the story set elsewhere stays apart
    r = resolve([*main[:2], bare, stray], vocab)
    assert not same(r, "m0", "b", "Phan Anh Lực") and not same(r, "m0", "s", "Phan Anh Lực")


def test_the_story_the_news_tells_most_of_a_name_no_one_holds_a_post_with_takes_its_bare_mentions(vocab):
    name = "Nguyễn Trung Đạt"
    # (about two people may bear the name in this build: thirty stories make the one told most prominent)
    accomplices = ["Lượng", "Khải", "Thịnh", "Bảo", "Tùng", "Hậu"]  # each named in few stories, two in each
    many = [facts(vocab, f"m{i}", f"Tại Bình Thuận, bị cáo {name} cùng đồng phạm Khổng Văn {accomplices[i % 6]} và "
                                 f"Khổng Văn {accomplices[(i + 1) % 6]} bị xét xử. Tin số {i}.") for i in range(30)]
    bare = facts(vocab, "b", f"Tại Bình Thuận, {name} khai đã nhận tiền.")
    elsewhere = facts(vocab, "e", f"Tại Hà Nội, {name} bị bắt vì trộm xe.")
    r = resolve([*many, bare, elsewhere], vocab)
    assert same(r, "m0", "b", name) and not same(r, "m0", "e", name)
    # told in five stories only, the story is not prominent for a name two people may bear
    r = resolve([*many[:5], bare], vocab)
    assert not same(r, "m0", "b", name)


def test_officials_of_a_very_rare_name_are_one_across_provinces_a_common_names_are_not(vocab):
    # a career across provinces the articles do not link: a name few people bear
    a = facts(vocab, "a", "Ông Lữ Quang Ngạn, Phó Chủ tịch UBND tỉnh Vĩnh Long, phát biểu.")
    b = facts(vocab, "b", "Ông Lữ Quang Ngạn, Phó Bí thư Tỉnh ủy Cà Mau, phát biểu.")
    r = resolve([a, b], vocab)
    assert same(r, "a", "b", "Lữ Quang Ngạn")
    assert "a very rare name" in r.person_merges[0].merged_on[0].evidence
    a = facts(vocab, "a", "Ông Nguyễn Văn Hùng, Phó Chủ tịch UBND tỉnh Vĩnh Long, phát biểu.")
    b = facts(vocab, "b", "Ông Nguyễn Văn Hùng, Phó Bí thư Tỉnh ủy Cà Mau, phát biểu.")
    assert not same(resolve([a, b], vocab), "a", "b", "Nguyễn Văn Hùng")


def test_central_committee_members_hold_a_national_post(vocab):
    # a province's chairman and Central Committee member, later a Deputy Prime Minister
    a = facts(vocab, "a", "Ông Lê Văn Thoại, Ủy viên Trung ương Đảng, Chủ tịch UBND thành phố Hải Phòng, phát biểu.")
    b = facts(vocab, "b", "Phó Thủ tướng Lê Văn Thoại dự lễ khởi công tại Hải Phòng.")
    assert same(resolve([a, b], vocab), "a", "b", "Lê Văn Thoại")


def test_a_bare_unit_word_names_no_place_of_a_body(vocab):
    # "Chủ tịch UBND tỉnh" of two articles naming no province: two provinces' chairmen may
    # share a name; the unit word alone pins no body down
    a = facts(vocab, "a", "Ông Trần Văn Bình, Chủ tịch UBND tỉnh, phát biểu.")
    b = facts(vocab, "b", "Ông Trần Văn Bình, Chủ tịch UBND tỉnh, chủ trì cuộc họp.")
    assert not same(resolve([a, b], vocab), "a", "b", "Trần Văn Bình")


def test_a_provinces_title_meets_its_holder_in_an_article_naming_no_province(vocab):
    # "Bí thư Tỉnh ủy" of a provincial paper that never names its province: some sixty hold
    # the title at a time, so a name few people bear holding it is one official
    a = facts(vocab, "a", "Bí thư Tỉnh ủy Nguyễn Thanh Hảo trao huy hiệu 70 năm tuổi Đảng cho đảng viên.")
    b = facts(vocab, "b", "Bà Nguyễn Thanh Hảo, Bí thư Tỉnh ủy Thái Nguyên, phát biểu.")
    r = resolve([a, b], vocab)
    assert same(r, "a", "b", "Nguyễn Thanh Hảo")
    assert "the same title in a province's body" in r.person_merges[0].merged_on[0].evidence
    # a common name: the title of sixty says too little; a district's secretary is another title
    a = facts(vocab, "a", "Bí thư Tỉnh ủy Nguyễn Văn Hùng trao huy hiệu 70 năm tuổi Đảng cho đảng viên.")
    b = facts(vocab, "b", "Ông Nguyễn Văn Hùng, Bí thư Tỉnh ủy Thái Nguyên, phát biểu.")
    assert not same(resolve([a, b], vocab), "a", "b", "Nguyễn Văn Hùng")
    a = facts(vocab, "a", "Bí thư Huyện ủy Nguyễn Thanh Hảo trao huy hiệu 70 năm tuổi Đảng cho đảng viên.")
    b = facts(vocab, "b", "Bà Nguyễn Thanh Hảo, Bí thư Tỉnh ủy Thái Nguyên, phát biểu.")
    assert not same(resolve([a, b], vocab), "a", "b", "Nguyễn Thanh Hảo")


def test_a_private_person_an_article_introduces_does_not_join_the_official_of_the_name(vocab):
    # the official of a rare name takes bare mentions anywhere, but not the young man a
    # report introduces with a form of address and an age
    main = articles(vocab, "m", "Ông Phan Anh Lực, Phó Giám đốc Sở Xây dựng tỉnh Hòa Bình, bị bắt.", 10)
    bare = facts(vocab, "b", "Tại Đà Nẵng, người ta nhắc lại vụ Phan Anh Lực.")
    young = facts(vocab, "y", "12/05/2005\nHai cha con anh Phan Anh Lực (29 tuổi) đã chết đuối.")
    driver = facts(vocab, "d", "Chiếc xe do tài xế Phan Anh Lực điều khiển lao xuống vực.")
    # (one article of the official's that calls him "anh" does not make him a private person)
    odd = facts(vocab, "o", "Theo anh Phan Anh Lực, Phó Giám đốc Sở Xây dựng tỉnh Hòa Bình, dự án chậm.")
    r = resolve([*main, odd, bare, young, driver], vocab)
    assert same(r, "m0", "b", "Phan Anh Lực") and same(r, "m0", "o", "Phan Anh Lực")
    assert not same(r, "m0", "y", "Phan Anh Lực") and not same(r, "m0", "d", "Phan Anh Lực")
    # a private person whose own reports the official's articles are (anh, of a firm's department) joins
    staff = articles(vocab, "s", "Anh Phan Anh Lực, Trưởng phòng Kinh doanh Công ty Sông Đà, cho biết.", 10)
    r = resolve([*staff, driver], vocab)
    assert same(r, "s0", "d", "Phan Anh Lực")


def test_years_of_birth_years_apart_are_two_people_whatever_links_them(vocab):
    # (an article's year, in its dateline, makes an age a year of birth)
    a = facts(vocab, "a", "12/05/2005\nBị cáo Khổng Văn Lượng (SN 1960) và Khổng Văn Tùng bị xét xử.")
    b = facts(vocab, "b", "01/06/2005\nCông an bắt Khổng Văn Lượng (SN 1985) cùng Khổng Văn Tùng vì trộm xe.")
    c = facts(vocab, "c", "01/06/2006\nBị cáo Khổng Văn Lượng (45 tuổi) cùng Khổng Văn Tùng kháng cáo.")
    r = resolve([a, b, c], vocab)
    assert not same(r, "a", "b", "Khổng Văn Lượng") and same(r, "a", "c", "Khổng Văn Lượng")
    assert any("born in" in d.against for d in r.person_decisions)


def test_a_leader_of_the_past_written_bare_joins_him_while_alive_and_no_one_after(vocab):
    past = dataclasses.replace(vocab, died={"Khổng Minh Đạo": dt.date(2008, 6, 11)})
    main = [facts(past, f"m{i}", f"01/03/2005\nNguyên Thủ tướng Khổng Minh Đạo thăm tỉnh. Tin số {i}.")
            for i in range(3)]
    alive = facts(past, "a", "01/05/2006\nÔng Khổng Minh Đạo cho rằng không thể cứ làm rồi hạ cánh an toàn.")
    memory = facts(past, "s", "01/05/2012\nLễ tưởng niệm ông Khổng Minh Đạo được tổ chức tại TP Cần Thơ.")
    r = resolve([*main, alive, memory], past)
    assert same(r, "m0", "a", "Khổng Minh Đạo") and not same(r, "m0", "s", "Khổng Minh Đạo")


def _story_of_one_case(vocab, companion, n, title=""):
    """N reports of one trial naming COMPANION (with TITLE in the first)."""
    first = facts(vocab, "case0", f"{title}{companion} bị truy tố về tội buôn lậu. Tin số 0.")
    return [first] + [facts(vocab, f"case{i}", f"Phiên tòa xét xử {companion} về tội buôn lậu tiếp tục. Tin số {i}.")
                      for i in range(1, n)]


def test_the_accused_of_one_big_case_tells_its_stories_apart_in_many_articles(vocab):
    # a rare name named in thirty reports of one trial is still the same story told twice:
    # two reports naming "Nguyễn Văn Hùng" with him are one man
    a = facts(vocab, "a", "Bị cáo Nguyễn Văn Hùng khai đã nhận tiền của Huỳnh Khắc Thuận tại Vũng Tàu.")
    b = facts(vocab, "b", "Nguyễn Văn Hùng và Huỳnh Khắc Thuận cùng bị đề nghị truy tố.")
    r = resolve([a, b, *_story_of_one_case(vocab, "Huỳnh Khắc Thuận", 30)], vocab)
    assert same(r, "a", "b", "Nguyễn Văn Hùng")


def test_a_national_official_named_in_many_stories_tells_none_apart(vocab):
    # a Vice-Chair of the Quốc hội attends a painters' congress and a Tết gathering alike
    a = facts(vocab, "a", "Đại hội Hội Mỹ thuật có ông Nguyễn Văn Hùng; ông Huỳnh Khắc Thuận tới dự.")
    b = facts(vocab, "b", "Buổi gặp mặt kiều bào có TS Nguyễn Văn Hùng; ông Huỳnh Khắc Thuận tới dự.")
    story = _story_of_one_case(vocab, "Huỳnh Khắc Thuận", 30, title="Phó Chủ tịch Quốc hội ")
    assert not same(resolve([a, b, *story], vocab), "a", "b", "Nguyễn Văn Hùng")


def test_two_people_named_in_one_roster_are_no_story_told_twice(vocab):
    # the Central Committee's list names each member with all the others
    surnames, middles, givens = ("Trần", "Lê", "Phạm", "Hoàng", "Vũ"), ("Văn", "Đức", "Minh", "Quang"), \
        ("An", "Bình", "Cường", "Dũng", "Giang")
    members = [f"{s} {m} {g}" for s in surnames for m in middles for g in givens][:90]
    roster = facts(vocab, "roster", "Ban Chấp hành Trung ương gồm các đồng chí: " + ", ".join(
        f"{name}, Bí thư Tỉnh ủy" for name in members) + ".")
    assert len({p.name for p in roster.persons}) > 80
    story = facts(vocab, "story", f"Bị cáo {members[0]} khai đã đưa tiền cho {members[1]} tại quận 3.")
    assert not same(resolve([roster, story], vocab), "roster", "story", members[0])


def test_two_names_of_one_big_story_tell_it_apart_where_one_would_not(vocab):
    # the co-accused of a trial reported seventy times: one of them shared says little, two say
    # it is the same story told again
    story = [facts(vocab, f"s{i}", f"Phiên tòa xét xử Trần Ngọc Giang và Phạm Quang Thắng tiếp tục. Tin số {i}.")
             for i in range(70)]
    a = facts(vocab, "a", "Bị cáo Nguyễn Văn Hùng khai đã nhận tiền của Trần Ngọc Giang và Phạm Quang Thắng.")
    b = facts(vocab, "b", "Tòa tuyên phạt Nguyễn Văn Hùng, Trần Ngọc Giang và Phạm Quang Thắng.")
    c = facts(vocab, "c", "Ông Nguyễn Văn Hùng ở quận 5 đã gặp Trần Ngọc Giang tại quán.")
    r = resolve([a, b, c, *story], vocab)
    assert same(r, "a", "b", "Nguyễn Văn Hùng")
    assert not same(r, "a", "c", "Nguyễn Văn Hùng")


def test_a_bare_title_shared_with_a_rosters_member_says_nothing(vocab):
    # a roster of the Central Committee meets every namesake's "Bí thư" somewhere
    surnames, middles, givens = ("Trần", "Lê", "Phạm", "Hoàng", "Vũ"), ("Văn", "Đức", "Minh", "Quang"), \
        ("An", "Bình", "Cường", "Dũng", "Giang")
    members = [f"{s} {m} {g}, Giám đốc Sở" for s in surnames for m in middles for g in givens][:90]
    roster = facts(vocab, "roster", "Ban Chấp hành Trung ương gồm các đồng chí: Bùi Quốc Dũng, Bí thư Tỉnh ủy Sơn "
                   "La, " + ", ".join(members) + ".")
    story = facts(vocab, "story", "Bí thư Bùi Quốc Dũng phát biểu tại buổi lễ của Tổng công ty Sông Đà.")
    assert not same(resolve([roster, story], vocab), "roster", "story", "Bùi Quốc Dũng")


def test_a_rare_names_second_official_in_the_news_is_not_the_prominent_one(vocab):
    # the "hiệu phó" of a college, told twice, is not the deputy director general of thirty
    # reports; a post of his line ("Chủ tịch" of "Chủ tịch nước") is his
    name = "Trần Việt Bắc"
    main = [facts(vocab, f"m{i}", f"Ông {name}, Phó Tổng Giám đốc PMU 9, đã ký văn bản. Tin số {i}.") for i in range(30)]
    a = facts(vocab, "a", f"Theo ông {name}, Phó hiệu trưởng trường cao đẳng sư phạm, cần đổi mới.")
    b = facts(vocab, "b", f"Ông {name}, hiệu phó Cao đẳng Sư phạm thành phố nêu ý kiến.")
    r = resolve([*main, a, b], vocab)
    assert same(r, "a", "b", name) and not same(r, "a", "m0", name)
    c = facts(vocab, "c", f"Ông {name}, Tổng Giám đốc PMU 9, dự lễ. Ông {name} phát biểu.")
    d = facts(vocab, "d", f"Tổng Giám đốc {name} cho biết dự án đã xong.")
    assert same(resolve([*main, c, d], vocab), "c", "m0", name)


def test_the_same_title_in_an_institution_of_the_same_name_is_one_official_of_a_name_not_common(vocab):
    # an institute no place pins down ("Viện Chăn nuôi"): its director in two reports is one
    # person where few bear the name; a common name holding the title of a school named like
    # many is left apart (two provinces may each have a "Trường THCS Chu Văn An")
    a = facts(vocab, "a", "Theo ông Đỗ Khắc Vang, Viện trưởng Viện Chăn nuôi, kinh phí còn ít.")
    b = facts(vocab, "b", "Theo Viện trưởng Viện Chăn nuôi Đỗ Khắc Vang, đàn giống cần giữ lại.")
    r = resolve([a, b], vocab)
    assert same(r, "a", "b", "Đỗ Khắc Vang")
    assert "the same title in an institution of the same name" in r.person_merges[0].merged_on[0].evidence
    a = facts(vocab, "a", "Ông Nguyễn Văn Hùng, Hiệu trưởng Trường THCS Chu Văn An, cho biết.")
    b = facts(vocab, "b", "Hiệu trưởng Trường THCS Chu Văn An Nguyễn Văn Hùng trao thưởng.")
    assert not same(resolve([a, b], vocab), "a", "b", "Nguyễn Văn Hùng")


def test_namesakes_of_a_name_sharing_its_slug_get_one_hash_each(vocab):
    """Trịnh Văn Quế of two provinces are two officials, and Trịnh Văn Quê shares their
    slug: each IRI carries one short hash, never two, and all three differ."""
    import re

    from kg.iris import BASE

    a = facts(vocab, "a", "Ông Trịnh Văn Quế, Chủ tịch UBND tỉnh Yên Bái, phát biểu.", dt.date(2013, 5, 1))
    b = facts(vocab, "b", "Ông Trịnh Văn Quế, Chủ tịch UBND tỉnh Trà Vinh, phát biểu.", dt.date(2013, 5, 1))
    c = facts(vocab, "c", "Ông Trịnh Văn Quê, Chủ tịch UBND tỉnh Long An, phát biểu.", dt.date(2013, 5, 1))
    r = resolve([a, b, c], vocab)
    iris = {r.person_of[("a", "Trịnh Văn Quế")], r.person_of[("b", "Trịnh Văn Quế")], r.person_of[("c", "Trịnh Văn Quê")]}
    assert len(iris) == 3
    assert all(re.fullmatch(f"{BASE}person/trinh-van-que-[0-9a-f]{{6}}", iri) for iri in iris), iris
    assert resolve([a, b, c], vocab).person_of == r.person_of
