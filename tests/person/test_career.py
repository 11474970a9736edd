"""kg person on a small invented graph: one official's career with its evidence, namesakes
told apart, no match with a hint."""
from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.person.career import career, find, namesakes
from kg.person.names import NoMatch
from kg.store import open_source

GRAPH = """
@prefix dkg: <https://w3id.org/dangkg/ontology#> .
@prefix id: <https://w3id.org/dangkg/id/> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix schema: <https://schema.org/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix eli: <http://data.europa.eu/eli/ontology#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

id:a1 a schema:NewsArticle ; dkg:sourceFile "a1.txt" ; schema:datePublished "2005-03-01"^^xsd:date .
id:a2 a schema:NewsArticle ; dkg:sourceFile "a2.txt" ; schema:datePublished "2006-07-10"^^xsd:date .
id:a3 a schema:NewsArticle ; dkg:sourceFile "a3.txt" .

id:thanh a dkg:Official ; foaf:name "Trần Văn Thành" ; prov:wasDerivedFrom id:a1 , id:a2 .
id:thanh2 a dkg:Official ; foaf:name "Trần Văn Thành" ; prov:wasDerivedFrom id:a3 .
id:thanh3 a dkg:Official ; foaf:name "Trần Văn Thạnh" ; prov:wasDerivedFrom id:a3 .
id:lam a dkg:Official ; foaf:name "Vũ Hồng Lâm" ; prov:wasDerivedFrom id:a1 , id:a2 .

id:role-pct skos:prefLabel "Phó Chủ tịch"@vi .
id:role-ct skos:prefLabel "Chủ tịch"@vi .
id:role-gd skos:prefLabel "Giám đốc"@vi .
id:ubnd a dkg:StateAgency ; skos:prefLabel "Ủy ban nhân dân tỉnh Hòa Sơn"@vi .
id:so a dkg:StateAgency ; skos:prefLabel "Sở Xây dựng tỉnh Hòa Sơn"@vi .

id:m1 a org:Membership ; org:member id:thanh ; org:role id:role-pct ; org:organization id:ubnd ;
    prov:wasDerivedFrom id:a1 ; dkg:evidence id:ev1 .
id:m2 a org:Membership ; org:member id:thanh ; org:role id:role-ct ; org:organization id:ubnd ;
    prov:wasDerivedFrom id:a2 ; dkg:attestedOn "2006-07-09"^^xsd:date ; dkg:evidence id:ev2 .
id:f1 a dkg:FormerPost ; org:member id:thanh ; org:role id:role-pct ; org:organization id:ubnd ;
    prov:wasDerivedFrom id:a2 ; dkg:evidence id:ev2 .
id:m3 a org:Membership ; org:member id:thanh2 ; org:role id:role-gd ; org:organization id:so ; prov:wasDerivedFrom id:a3 ; dkg:evidence id:ev3 .

id:e1 a dkg:PersonnelEvent ; dkg:subject id:thanh ; dkg:eventKind dkg:Elected ; dkg:concernsPost id:m2 ;
    schema:startDate "2006-07-08"^^xsd:date ; dkg:decidedBy id:ubnd ;
    prov:wasDerivedFrom id:a2 ; dkg:evidence id:ev2 .

id:meet a dkg:Meeting ; schema:name "hội nghị tổng kết" ; dkg:chair id:thanh ; dkg:speaker id:lam ;
    schema:location "Hòa Sơn" ; schema:about id:doc ; prov:wasDerivedFrom id:a1 ; dkg:evidence id:ev4 .
id:doc a dkg:Document ; eli:id_local "12/NQ-HĐND" .

id:ev1 oa:hasSource id:a1 ; oa:hasSelector id:q1 .
id:q1 a oa:TextQuoteSelector ; oa:exact "Phó Chủ tịch UBND tỉnh Trần Văn Thành đã dự." .
id:ev2 oa:hasSource id:a2 ; oa:hasSelector id:q2 .
id:q2 a oa:TextQuoteSelector ; oa:exact "Ông Trần Văn Thành, nguyên Phó Chủ tịch, được bầu làm Chủ tịch UBND tỉnh." .
id:ev3 oa:hasSource id:a3 ; oa:hasSelector id:q3 .
id:q3 a oa:TextQuoteSelector ; oa:exact "Giám đốc Sở Xây dựng Trần Văn Thành cho biết." .
id:ev4 oa:hasSource id:a1 ; oa:hasSelector id:q4 .
id:q4 a oa:TextQuoteSelector ; oa:exact "Ông Trần Văn Thành chủ trì, ông Vũ Hồng Lâm phát biểu tại hội nghị." .
"""


@pytest.fixture
def graph(tmp_path):
    path = tmp_path / "g.ttl"
    path.write_text(GRAPH, "utf-8")
    return path


def test_namesakes_are_listed_most_named_first_with_what_tells_them_apart(graph):
    store = open_source(graph)
    found = find(store, "tran van thanh")
    assert [(o.iri.rsplit("/", 1)[1], o.articles) for o in found] == [("thanh", 2), ("thanh2", 1), ("thanh3", 1)]
    assert [o.name for o in find(store, "Văn Thành")] == ["Trần Văn Thành", "Trần Văn Thành"]
    told = {n.official.iri.rsplit("/", 1)[1]: n for n in namesakes(store, found)}
    assert told["thanh"].posts == ["Chủ tịch Ủy ban nhân dân tỉnh Hòa Sơn",  # each once: by name
                                   "Phó Chủ tịch Ủy ban nhân dân tỉnh Hòa Sơn",
                                   "Phó Chủ tịch Ủy ban nhân dân tỉnh Hòa Sơn (former)"]
    # the first sentence writing his name: what tells apart a namesake with no post
    assert told["thanh2"].said == "Giám đốc Sở Xây dựng Trần Văn Thành cho biết."
    assert told["thanh"].places == ["Hòa Sơn"] and told["thanh"].years == [2005, 2006]
    assert told["thanh2"].posts == ["Giám đốc Sở Xây dựng tỉnh Hòa Sơn"] and told["thanh2"].articles == ["a3.txt"]
    with pytest.raises(NoMatch, match="Trần Văn Thành"):
        find(store, "tran van thanhh")


def test_one_officials_career_with_dates_events_meetings_documents_and_colleagues(graph):
    store = open_source(graph)
    c = career(store, find(store, "Hồng Lâm")[0])
    assert c.official.name == "Vũ Hồng Lâm" and [m.detail["role"] for m in c.meetings] == ["spoke"]
    c = career(store, find(store, "trần văn thành")[0])  # the most-named of the two
    posts = [(p.what, p.detail["standing"], p.first, p.last) for p in c.posts]
    assert posts == [("Phó Chủ tịch", "current", "2005-03-01", "2005-03-01"),
                     ("Chủ tịch", "current", "2006-07-09", "2006-07-09"),
                     ("Phó Chủ tịch", "former", "2006-07-10", "2006-07-10")]
    chair = c.posts[1]
    assert [(e.what, e.detail["date"], e.detail["decided_by"]) for e in chair.events] == [
        ("elected", "2006-07-08", "Ủy ban nhân dân tỉnh Hòa Sơn")]
    assert chair.evidence[0].article == "a2.txt" and "được bầu làm Chủ tịch" in chair.evidence[0].sentence
    assert [(m.what, m.detail["role"]) for m in c.meetings] == [("hội nghị tổng kết", "chaired")]
    assert [(d.what, d.detail["how"]) for d in c.documents] == [("12/NQ-HĐND", "at the meeting: hội nghị tổng kết")]
    assert [(x.what, x.detail["meetings"], x.detail["articles"]) for x in c.colleagues] == [("Vũ Hồng Lâm", "1", "2")]
    assert "Vũ Hồng Lâm phát biểu" in c.colleagues[0].evidence[0].sentence


def test_the_command_in_json_csv_and_text(graph):
    run = CliRunner().invoke
    result = run(main, ["person", str(graph), "  TRẦN văn   thành", "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["matches"] == 2 and {o["iri"].rsplit("/", 1)[1] for o in data["officials"]} == {"thanh", "thanh2"}
    data = json.loads(run(main, ["person", str(graph), "Hồng Lâm", "-f", "json"]).output)
    assert data["matches"] == 1 and data["officials"][0]["name"] == "Vũ Hồng Lâm"
    result = run(main, ["person", str(graph), "Tran Van Thanh Giam", "-f", "csv"])
    assert result.exit_code == 1
    result = run(main, ["person", str(graph), "Vu Hong Lam", "-f", "csv"])
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert {r["section"] for r in rows} == {"meeting", "document", "colleague"} and all(r["article"] == "a1.txt" for r in rows
                                                                               if r["section"] == "meeting")
    text = run(main, ["person", str(graph), "vu hong lam"]).output
    assert "Vũ Hồng Lâm" in text and "Meetings chaired or spoken at:" in text and "a1.txt:" in text


def test_one_official_in_json_has_posts_with_evidence(graph, tmp_path):
    # drop the namesakes: one Trần Văn Thành left
    one = tmp_path / "one.ttl"
    one.write_text("\n".join(line for line in GRAPH.splitlines() if not line.startswith(("id:thanh2", "id:thanh3",
                                                                                        "id:m3"))), "utf-8")
    result = CliRunner().invoke(main, ["person", str(one), "tran van thanh", "--format", "json"])
    assert result.exit_code == 0, result.output
    (official,) = json.loads(result.output)["officials"]
    assert [(p["title"], p["body"], p["first"], p["last"]) for p in official["posts"]][1] == (
        "Chủ tịch", "Ủy ban nhân dân tỉnh Hòa Sơn", "2006-07-09", "2006-07-09")
    assert all(p["evidence"] and all(e["article"] and e["sentence"] for e in p["evidence"]) for p in official["posts"])
    assert official["posts"][1]["events"][0]["what"] == "elected"


def test_no_match_names_the_closest_on_stderr_and_exits_1(graph, tmp_path):
    result = CliRunner().invoke(main, ["person", str(graph), "Trần Văn Thànhh"])
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr.startswith("kg person: no official's name matches") and "Trần Văn Thành" in result.stderr
    result = CliRunner().invoke(main, ["person", str(tmp_path / "none"), "x"])
    assert result.exit_code == 2
    result = CliRunner().invoke(main, ["person", str(graph), "  "])
    assert result.exit_code == 2 and "NAME is empty" in result.stderr
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix x: <y> . x:a x:b ;", "utf-8")
    result = CliRunner().invoke(main, ["person", str(bad), "x"])
    assert result.exit_code == 2 and result.stderr.startswith("kg person: ")
