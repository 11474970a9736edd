"""Personnel events in the graph: a dkg:PersonnelEvent per event (the contract's terms), the
post it starts or ends given its term (org:memberDuring, a time:Interval), valid by the
shapes, and the bundled ``careers`` query listing them in order."""
from __future__ import annotations

import pytest
from rdflib import Graph, Namespace
from rdflib.namespace import ORG

from kg import query as q
from kg.pipeline import build

DKG = Namespace("https://w3id.org/dangkg/ontology#")
TIME = Namespace("http://www.w3.org/2006/time#")

ARTICLE = """29/06/2021 10:00
HĐND huyện bầu Chủ tịch UBND huyện
Sáng 28/6, HĐND huyện Kim Sơn khóa XX tổ chức kỳ họp thứ hai.
Các đại biểu đã bầu đồng chí Lê Văn Hải, Phó Bí thư Huyện ủy, giữ chức Chủ tịch UBND huyện Kim Sơn.
Kỳ họp cũng đã miễn nhiệm chức danh Chủ tịch UBND huyện Kim Sơn đối với đồng chí Trần Văn Tư do nghỉ hưu.
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    src = tmp_path_factory.mktemp("src") / "bau.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path_factory.mktemp("out") / "out"
    build([src], out, jobs=1, progress=False)
    return out


def test_each_event_is_a_personnel_event_with_the_contracts_terms(built):
    g = Graph().parse(built / "graph.ttl")
    rows = {(str(k).rsplit("#", 1)[1], str(n)) for k, n in g.query("""
        PREFIX dkg: <https://w3id.org/dangkg/ontology#> PREFIX foaf: <http://xmlns.com/foaf/0.1/>
        SELECT ?k ?n WHERE { ?e a dkg:PersonnelEvent ; dkg:eventKind ?k ; dkg:subject/foaf:name ?n ;
                                 org:role ?r ; prov:wasDerivedFrom ?a ; dkg:evidence ?ev }""",
        initNs={"org": ORG, "prov": Namespace("http://www.w3.org/ns/prov#")})}
    assert rows == {("Elected", "Lê Văn Hải"), ("Relieved", "Trần Văn Tư")}
    # the meeting's day dates the relief the sentence says it decided ("Kỳ họp cũng đã ...")
    days = {str(d) for d in g.objects(None, Namespace("https://schema.org/").startDate)}
    assert "2021-06-28" in days


def test_the_post_an_event_ends_carries_the_end_of_its_term(built):
    g = Graph().parse(built / "graph.ttl")
    ends = list(g.query("""
        PREFIX time: <http://www.w3.org/2006/time#>
        SELECT ?post ?day WHERE { ?post a dkg:FormerPost ; org:memberDuring/time:hasEnd/time:inXSDDate ?day }""",
        initNs={"org": ORG, "dkg": DKG}))
    assert [str(day) for _, day in ends] == ["2021-06-28"]


def test_the_build_with_events_conforms(built):
    assert (built / "validation.txt").read_text(encoding="utf-8").startswith("The graph conforms")


def test_careers_lists_an_officials_events_and_posts(built):
    result = q.run(built, "careers", {"name": "Lê Văn Hải"})
    whats = [dict(zip(result.columns, r))["what"] for r in result.rows]
    assert "elected" in whats and "holds" in whats


def test_a_post_two_events_date_has_one_term(tmp_path):
    src = tmp_path / "hai.txt"
    src.write_text("29/06/2021 10:00\nĐiều động cán bộ\nNgày 1/3, Bộ Công an điều động ông Lê Văn Hòa giữ chức Giám đốc "
                   "Công an tỉnh Thái Bình.\nNgày 4/3, Bộ trưởng đã ký quyết định bổ nhiệm ông Lê Văn Hòa giữ chức Giám đốc "
                   "Công an tỉnh Thái Bình.\n", encoding="utf-8")
    out = tmp_path / "out"
    build([src], out, jobs=1, progress=False)
    assert (out / "validation.txt").read_text(encoding="utf-8").startswith("The graph conforms")
    g = Graph().parse(out / "graph.ttl")
    days = [str(d) for d in g.objects(None, TIME.inXSDDate)]
    assert days == ["2021-03-01"]
