"""kg show and kg read: what one article gave, sentence by sentence, from a build and from a
file with no build, through one renderer."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main

# an invented article: a meeting with its chair, an election (a personnel event starting a
# post's term), a speaker's post, a resolution named with its date
ARTICLE = """Hội nghị Ban Chấp hành Đảng bộ tỉnh Hà Nam lần thứ 12

Ngày 15/3/2021, tại thành phố Phủ Lý, Ban Chấp hành Đảng bộ tỉnh Hà Nam tổ chức Hội nghị lần thứ 12. \
Đồng chí Lê Văn Thành, Bí thư Tỉnh ủy Hà Nam chủ trì Hội nghị.

Hội nghị đã bầu đồng chí Trần Minh Khoa giữ chức Phó Bí thư Tỉnh ủy Hà Nam nhiệm kỳ 2020-2025.

Phát biểu tại Hội nghị, đồng chí Nguyễn Thị Hoa, Chủ tịch UBND tỉnh Hà Nam, đề nghị các cấp quán triệt \
Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng.
"""


def kg(*args: str):
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.fixture(scope="module")
def one_article_build(tmp_path_factory):
    """The invented article as a file, and a build of it alone."""
    from kg.pipeline import build

    inputs = tmp_path_factory.mktemp("inputs")
    (inputs / "bai.txt").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path_factory.mktemp("build") / "out"
    build([inputs], out, jobs=1, progress=False)
    return inputs / "bai.txt", out


def test_read_gives_each_fact_beside_its_sentence(tmp_path):
    article = tmp_path / "bai.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    res = kg("read", article, "--format", "json")
    assert res.exit_code == 0, res.output
    view = json.loads(res.output)
    starts = [s["start"] for s in view["sentences"]]
    assert starts == sorted(starts) and len(set(starts)) == len(starts)
    assert [p["name"] for p in view["persons"]] == ["Lê Văn Thành", "Nguyễn Thị Hoa", "Trần Minh Khoa"]
    facts = {f["kind"]: [] for f in view["facts"]}
    for f in view["facts"]:
        facts[f["kind"]].append(f)
    (meeting,) = facts["meeting"]
    assert (meeting["date"], meeting["chairs"], meeting["speakers"]) == ("2021-03-15", "Lê Văn Thành", "Nguyễn Thị Hoa")
    (event,) = facts["event"]
    assert (event["event"], event["person"], event["title"], event["decided_by"]) == (
        "elected", "Trần Minh Khoa", "Phó Bí thư", meeting["name"])
    (said,) = [view["sentences"][i]["text"] for i in event["sentences"]]
    assert "bầu đồng chí Trần Minh Khoa" in said
    (elected_post,) = [p for p in facts["post"] if p["person"] == "Trần Minh Khoa"]
    assert (elected_post["standing"], elected_post["start"]) == ("current", "2021-03-15")
    (document,) = facts["document"]
    assert (document["id"], document["date"]) == ("18-NQ/TW", "2017-10-25")
    for n, s in enumerate(view["sentences"]):  # a sentence lists the facts that name it, and back
        assert all(n in view["facts"][i]["sentences"] for i in s["facts"])


def test_read_text_tells_a_fact_once_and_refers_to_it_after(tmp_path):
    article = tmp_path / "bai.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    res = kg("read", article)
    assert res.exit_code == 0
    assert res.output.startswith("article: bai.txt")
    assert "facts: 3 posts, 1 meeting, 1 event, 1 document" in res.output
    assert res.output.count("    meeting #1: Hội nghị lần thứ 12") == 1
    assert res.output.count("    meeting #1 (above)") == 2
    assert "event #4: Trần Minh Khoa — event: elected" in res.output


def test_show_of_a_one_article_build_is_what_read_gives(one_article_build):
    """One renderer: the build of the file alone and the file read with no build agree."""
    file, out = one_article_build
    read = kg("read", file, "--format", "json")
    for name in ("bai.txt", file, "bai", "https://w3id.org/dangkg/id/article/bai"):
        shown = kg("show", out, name, "--format", "json")
        assert shown.exit_code == 0, shown.output
        assert shown.output == read.output
    assert kg("show", out / "graph.trig", "bai.txt").output == kg("read", file).output


def test_show_of_an_unknown_article_names_the_closest(one_article_build):
    _, out = one_article_build
    res = kg("show", out, "bai2.txt")
    assert res.exit_code == 2
    assert "no article 'bai2.txt'; closest: bai.txt" in res.output
    assert "Traceback" not in res.output


def test_show_asks_which_article_of_a_json_lines_file(tmp_path):
    from kg.pipeline import build

    lines = [{"text": ARTICLE}, {"text": ARTICLE.replace("Trần Minh Khoa", "Đỗ Quang Vinh")}]
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "tin.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in lines),
                                             encoding="utf-8")
    build([tmp_path / "in"], tmp_path / "out", jobs=1, progress=False)
    res = kg("show", tmp_path / "out", "tin.jsonl")
    assert res.exit_code == 2 and "names 2 articles; give one of: tin.jsonl:1, tin.jsonl:2" in res.output
    second = kg("show", tmp_path / "out", "tin.jsonl:2")
    assert second.exit_code == 0 and "Đỗ Quang Vinh" in second.output and "Trần Minh Khoa" not in second.output


def test_show_on_the_seeds_counts_what_the_manifest_says(seeds_build):
    out, _ = seeds_build
    for row in json.loads((out / "manifest.json").read_text("utf-8"))["inputs"]:
        res = kg("show", out, row["path"], "--format", "json")
        assert res.exit_code == 0, res.output
        view = json.loads(res.output)
        kinds = [f["kind"] for f in view["facts"]]
        counts = row["counts"]
        assert kinds.count("post") == counts["posts"] + counts["former_posts"] + counts["accused_posts"]
        assert (kinds.count("meeting"), kinds.count("event")) == (counts["meetings"], counts["events"])
        assert len(view["persons"]) == counts["persons"]
        assert view["article"]["name"] == Path(row["path"]).name


@pytest.mark.parametrize("name, content", [("empty.txt", ""), ("tin.jsonl", '{"text": "x"}\n')])
def test_read_refuses_what_is_no_one_article(tmp_path, name, content):
    (tmp_path / name).write_text(content, encoding="utf-8")
    res = kg("read", tmp_path / name)
    assert res.exit_code == 2
    assert res.output.startswith("kg read: ") and "Traceback" not in res.output


def test_show_of_what_is_no_graph_exits_2(tmp_path):
    (tmp_path / "x.txt").write_text("x", encoding="utf-8")
    res = kg("show", tmp_path / "x.txt", "a")
    assert res.exit_code == 2 and res.output.startswith("kg show: ")


def test_two_inputs_of_one_file_name_are_told_apart_by_their_paths(tmp_path):
    from kg.pipeline import build

    for folder, person in (("a", "Trần Minh Khoa"), ("b", "Đỗ Quang Vinh")):
        (tmp_path / "in" / folder).mkdir(parents=True)
        (tmp_path / "in" / folder / "bai.txt").write_text(ARTICLE.replace("Trần Minh Khoa", person), encoding="utf-8")
    build([tmp_path / "in"], tmp_path / "out", jobs=1, progress=False)
    res = kg("show", tmp_path / "out", "bai.txt")
    assert res.exit_code == 2 and "'bai.txt' names 2 articles; give one of: bai, bai-" in res.output
    for row in json.loads((tmp_path / "out" / "manifest.json").read_text("utf-8"))["inputs"]:
        shown = kg("show", tmp_path / "out", row["path"])
        person = "Trần Minh Khoa" if "/a/" in row["path"] else "Đỗ Quang Vinh"
        assert shown.exit_code == 0 and f"event #4: {person}" in shown.output
