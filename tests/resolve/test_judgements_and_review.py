"""People's judgements kept across builds (kg.resolve.judgements) and ``kg review``
(kg.resolve.review): a decision recorded by review is applied by the next build and by
``--into``; a broken judgements file stops the build with one line."""
from __future__ import annotations

import json

from click.testing import CliRunner

from kg.cli import main

# three articles naming one common name: two of one province's Sở, and a bare mention
ARTICLES = {
    "a.txt": "Tin tức\nÔng Nguyễn Văn Toản, Giám đốc Sở Tư pháp tỉnh Bắc Ninh, phát biểu tại hội nghị.",
    "b.txt": "Tin tức\nÔng Nguyễn Văn Toản, Phó Giám đốc Sở Tài chính tỉnh Lạng Sơn, dự hội nghị.",
    "c.txt": "Tin tức\nTheo ông Nguyễn Văn Toản, việc này cần làm ngay trong năm nay.",
}


def _build(runner, src, out, *extra):
    done = runner.invoke(main, ["build", str(src), *extra, "-q"] + ([] if "--into" in extra else ["--out", str(out)]))
    assert done.exit_code == 0, done.output
    return json.loads((out / "resolution.json").read_text("utf-8"))


def _persons(report, name):
    """The person IRIs by article, from the merges (an article not merged has its own)."""
    merged = {m["article"]: x["person"] for x in report["persons_merged"] if x["name"] == name for m in x["mentions"]}
    return merged


def test_review_lists_a_pair_and_its_decision_is_applied_by_the_next_build_and_by_into(tmp_path):
    src, out = tmp_path / "src", tmp_path / "out"
    src.mkdir()
    for name, text in ARTICLES.items():
        (src / name).write_text(text, encoding="utf-8")
    runner = CliRunner()
    report = _build(runner, src, out)
    assert not report["persons_merged"]  # two provinces' officials and a bare name: nothing merged
    listed = runner.invoke(main, ["review", str(out)])
    assert listed.exit_code == 0 and "[1] Nguyễn Văn Toản: undecided" in listed.output
    assert "Giám đốc, Sở Tư pháp tỉnh Bắc Ninh" in listed.output or "Phó Giám đốc" in listed.output
    done = runner.invoke(main, ["review", str(out), "--decide", "1", "same", "--by", "tester"])
    assert done.exit_code == 0 and "recorded" in done.output
    (line,) = (out / "judgements.jsonl").read_text("utf-8").splitlines()
    assert json.loads(line)["judgement"] == "same" and json.loads(line)["by"] == "tester"
    # the next build applies it, keeps the file, and review no longer asks
    report = _build(runner, src, out)
    merged = _persons(report, "Nguyễn Văn Toản")
    assert len(merged) == 2 and len(set(merged.values())) == 1
    assert any(e["evidence"] == "judged same" for x in report["persons_merged"] for e in x["merged_on"])
    assert (out / "judgements.jsonl").is_file()
    # --into applies it too, with a new article added
    (src / "d.txt").write_text("Tin tức\nBà Lê Thị Hoa, Chủ tịch Hội Phụ nữ xã, phát biểu.", encoding="utf-8")
    report = _build(runner, src, out, "--into", str(out))
    assert len(set(_persons(report, "Nguyễn Văn Toản").values())) == 1


def test_a_different_judgement_splits_what_evidence_merged(tmp_path):
    src, out = tmp_path / "src", tmp_path / "out"
    src.mkdir()
    for key in ("a", "b"):  # (two texts: a copy would be skipped as a duplicate)
        (src / f"{key}.txt").write_text(ARTICLES["a.txt"] + f" Tin {key}.", encoding="utf-8")
    runner = CliRunner()
    assert _build(runner, src, out)["persons_merged"]
    judgements = tmp_path / "j.jsonl"
    judgements.write_text(json.dumps({"a": {"article": "a", "name": "Nguyễn Văn Toản"},
                                      "b": {"article": "b", "name": "Nguyễn Văn Toản"},
                                      "judgement": "different", "by": "tester", "at": ""}) + "\n", encoding="utf-8")
    report = _build(runner, src, out, "--judgements", str(judgements))
    assert not report["persons_merged"]
    assert report["persons_apart"][0]["against"] == "judged different"


def test_a_broken_judgements_file_stops_the_build_with_one_line(tmp_path):
    src, out = tmp_path / "src", tmp_path / "out"
    src.mkdir()
    (src / "a.txt").write_text(ARTICLES["a.txt"], encoding="utf-8")
    bad = tmp_path / "j.jsonl"
    bad.write_text('{"a": {"article": "a", "name": "X"}, "b": {"article": "b", "name": "X"}, "judgement": "maybe"}\n',
                   encoding="utf-8")
    done = CliRunner().invoke(main, ["build", str(src), "--out", str(out), "--judgements", str(bad), "-q"])
    assert done.exit_code == 2
    assert "line 1" in done.output and "judgement" in done.output
    assert not out.exists()
