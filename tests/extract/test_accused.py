"""Posts of people a criminal case accuses are the posts of the time of the acts, not
current ones (kg.extract.posts.accused). Sentences are from the corpus's court and police news."""


def split(facts):
    current = {(p.person, p.role) for p in facts.posts if not p.former and not p.accused}
    accused = {(p.person, p.role) for p in facts.posts if p.accused}
    return current, accused


def test_defendant_named_after_bi_cao(facts_of):
    f = facts_of("Trong đường dây làm giả hồ sơ thương binh nói trên, bị cáo Hoàng Minh Châu - Trưởng phòng "
                 "Giám định y khoa tỉnh Ninh Bình đóng một vai trò quan trọng.")
    assert split(f) == (set(), {("Hoàng Minh Châu", "Trưởng phòng")})


def test_object_of_an_arrest_with_titles_in_brackets_and_a_list(facts_of):
    f = facts_of("Cơ quan công an đã thực hiện các quyết định khởi tố và bắt tạm giam đối với ông Phạm Chương "
                 "(giám đốc) và Tạ Quang Vĩnh (trưởng phòng kế hoạch Bưu điện tỉnh Đồng Nai).")
    assert split(f) == (set(), {("Phạm Chương", "Giám đốc"), ("Tạ Quang Vĩnh", "Trưởng phòng")})


def test_sentences_listed_after_a_colon(facts_of):
    f = facts_of("Cụ thể, Trịnh Xuân Nhân (giám đốc): 7 năm tù, Nguyễn Hồng Sơn (phó giám đốc): 5 năm tù "
                 "và Nguyễn Tấn Hạnh (phó trưởng phòng kế hoạch): 10 tháng tù.")
    current, accused = split(f)
    assert current == set()
    assert {n for n, _ in accused} == {"Trịnh Xuân Nhân", "Nguyễn Hồng Sơn", "Nguyễn Tấn Hạnh"}


def test_passive_arrest_after_the_name(facts_of):
    f = facts_of("Chiều 20/2/2004 một cuộc họp báo đã tổ chức tại Hà Nội xung quanh vụ việc ông Lương Quốc Dũng "
                 "– phó chủ nhiệm UBTDTT - bị bắt và bị khởi tố.")
    assert split(f)[1] == {("Lương Quốc Dũng", "Phó Chủ nhiệm")}


def test_officials_who_prosecute_judge_or_speak_keep_their_posts(facts_of):
    f = facts_of("Cơ quan xét xử có 2 người là ông Nguyễn Văn Sinh (Chánh án TAND thị xã Hội An), bà Huỳnh Thị "
                 "Bích Hà (cán bộ tòa án). Bà Võ Thị Kim Hồng, Viện trưởng VKSND TP HCM, giải thích việc 291 bị án "
                 "chưa bị truy nã là do mới ra quyết định thi hành án. Thiếu tướng Phạm Chuyên, Giám đốc CA TP. Hà Nội "
                 "cho biết đã bắt tạm giam 3 đối tượng.")
    current, accused = split(f)
    assert accused == set()
    assert {("Nguyễn Văn Sinh", "Chánh án"), ("Võ Thị Kim Hồng", "Viện trưởng"), ("Phạm Chuyên", "Giám đốc")} <= current


def test_a_prosecution_asked_for_is_not_one_done(facts_of):
    f = facts_of("Các bị cáo đều thừa nhận có ký vào đơn tố cáo lãnh đạo tỉnh và đề nghị khởi tố Chủ tịch "
                 "UBND tỉnh Lạng Sơn Đoàn Bá Nhiên.")
    assert split(f) == ({("Đoàn Bá Nhiên", "Chủ tịch")}, set())


def test_the_victim_of_a_case_is_not_accused(facts_of):
    f = facts_of("Đến nay, Cơ quan cảnh sát điều tra đã bắt giữ tổng cộng 5 đối tượng liên quan đến vụ sát hại "
                 "ông Nguyễn Ngọc Chính, Phó giám đốc Công ty Xây dựng số 1.")
    assert split(f) == ({("Nguyễn Ngọc Chính", "Phó Giám đốc")}, set())


def test_accused_posts_are_exported_apart_from_memberships(tmp_path):
    from rdflib import RDF, Graph, URIRef

    from kg.pipeline import build
    from kg.iris import DKG

    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Công an huyện Lục Nam vừa khởi tố bị can Đỗ Thị Lịt, Phó chủ tịch Hội nông dân xã "
                               "Phương Sơn. Thượng tá Nguyễn Văn Hùng, Phó Giám đốc Công an tỉnh Bắc Giang, cho biết vụ án đang "
                               "được điều tra.", encoding="utf-8")
    report = build([src], tmp_path / "out", jobs=1, progress=False)
    g = Graph().parse(tmp_path / "out" / "graph.ttl")
    accused = list(g.subjects(RDF.type, DKG.AccusedPost))
    current = list(g.subjects(RDF.type, URIRef("http://www.w3.org/ns/org#Membership")))
    assert len(accused) == 1 and len(current) == 1
    assert g.value(accused[0], DKG.evidence) is not None
    assert report.validation.conforms


def test_a_list_of_the_accused_opened_a_few_words_on(facts_of):
    f = facts_of("Các bị can từng nắm giữ chức vụ cao như Dương Quốc Hà - Phó tổng giám đốc Liên doanh dầu khí Việt Xô, "
                 "Nguyễn Quang Thường - Giám đốc Công ty dịch vụ kỹ thuật dầu khí đã giả mạo hợp đồng.")
    current, accused = split(f)
    assert not current
    assert {("Dương Quốc Hà", "Phó Tổng Giám đốc"), ("Nguyễn Quang Thường", "Giám đốc")} <= accused
