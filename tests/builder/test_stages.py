"""kg build's stages as a user meets them: inputs refused when there is nothing to build,
every file of a folder in the manifest, a line for every stage, the SHACL counts said."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.builder.inputs import NothingToBuild
from kg.cli import main
from kg.pipeline import build

from conftest import SEEDS  # noqa: E402

SEED = sorted(SEEDS.glob("*.txt"))[0]
# a PDF's first bytes: binary, as a real one is
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Filter /FlateDecode >>\nstream\n\x78\x9c\x00\x01\x02\xff\nendstream\n"


def _kg_build(*args: str):
    return CliRunner().invoke(main, ["build", *map(str, args)])


def _earlier_build(out: Path) -> dict[str, bytes]:
    """OUT as a kg build left it (enough of one to be replaced); its files by name."""
    out.mkdir()
    (out / "manifest.json").write_text(json.dumps({"dangkg_version": "0"}), encoding="utf-8")
    (out / "graph.ttl").write_text("# the earlier graph\n", encoding="utf-8")
    return {f.name: f.read_bytes() for f in out.iterdir()}


def test_a_path_that_is_not_there_is_refused_in_one_line_and_nothing_is_written(tmp_path):
    res = _kg_build(tmp_path / "nowhere", "--out", tmp_path / "o")
    assert res.exit_code == 2
    assert res.stderr == f"kg build: {tmp_path / 'nowhere'}: no such file or folder; nothing was built\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == []  # not the folder, not its lock

    (tmp_path / "gone.txt").symlink_to(tmp_path / "nothing.txt")
    res = _kg_build(SEEDS, tmp_path / "gone.txt", tmp_path / "nowhere", "--out", tmp_path / "o", "-q")
    assert res.exit_code == 2  # one bad path of several: the build is refused, not built from the others
    assert res.stderr == (f"kg build: {tmp_path / 'gone.txt'}: a link to nothing (dangling) "
                          "(and 1 more path that cannot be read); nothing was built\n")
    assert not (tmp_path / "o").exists()


def test_a_folder_with_no_article_file_is_refused_and_out_stays_as_it_was(tmp_path):
    empty, out = tmp_path / "empty", tmp_path / "out"
    empty.mkdir()
    before = _earlier_build(out)
    res = _kg_build(empty, "--out", out)
    assert res.exit_code == 2
    assert res.stderr.splitlines() == [f"kg build: no article file in {empty}: dangkg reads .txt, .html, .htm, "
                                       ".xhtml, .shtml, .jsonl, .ndjson, .jsonlines; nothing was built"]
    assert {f.name: f.read_bytes() for f in out.iterdir()} == before

    (empty / "notes.md").write_text("# notes\n", encoding="utf-8")
    (empty / "paper.pdf").write_bytes(PDF)
    res = _kg_build(empty, "--into", out, "-q")
    assert res.exit_code == 2
    lines = res.stderr.splitlines()
    assert lines[0].startswith(f"kg build: no article file in {empty} (2 entries skipped, listed below): ")
    assert lines[1:] == [f"  skipped: {empty / 'notes.md'}: not an article file (.md): dangkg reads "
                         ".txt, .html, .htm, .xhtml, .shtml, .jsonl, .ndjson, .jsonlines",
                         f"  skipped: {empty / 'paper.pdf'}: not an article file (.pdf): dangkg reads "
                         ".txt, .html, .htm, .xhtml, .shtml, .jsonl, .ndjson, .jsonlines"]
    assert {f.name: f.read_bytes() for f in out.iterdir()} == before


def test_files_that_give_no_article_are_refused_with_their_reasons(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    (src / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "paper.pdf").write_bytes(PDF)
    res = _kg_build(src, tmp_path / "paper.pdf", "--out", out, "-q")  # a file given by name is read, whatever its name
    assert res.exit_code == 2
    assert res.stderr.splitlines() == [
        "kg build: no article in the 2 given paths: 2 skipped, 0 failed, listed below; nothing was built",
        f"  skipped: {src / 'empty.txt'}: empty file",
        f"  skipped: {tmp_path / 'paper.pdf'}: not text: it holds NUL bytes and no encoding of text fits it"]
    assert not out.exists()
    with pytest.raises(NothingToBuild) as refused:  # the same from the library
        build([src], out, jobs=1, progress=False)
    assert [(r.path, r.status) for r in refused.value.reports] == [(str(src / "empty.txt"), "skipped")]
    assert not out.exists()


def test_every_file_of_a_folder_is_in_the_manifest_and_the_summary(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    shutil.copy(SEED, src / SEED.name)
    (src / "notes.md").write_text("# notes\n", encoding="utf-8")
    (src / "paper.pdf").write_bytes(PDF)
    (src / ".git").mkdir()
    (src / ".git" / "HEAD").write_text("ref: refs/heads/main\n", encoding="utf-8")
    res = _kg_build(src, "--out", out, "-q", "-j", "1")
    assert res.exit_code == 0, res.output
    summary, *listed = res.stderr.splitlines()
    assert summary.startswith("1 built, 3 skipped, 0 failed; ")
    assert listed == [f"  skipped: {src / '.git'}: a hidden folder (its name starts with a dot): not read",
                      f"  skipped: {src / 'notes.md'}: not an article file (.md): dangkg reads .txt, .html, "
                      ".htm, .xhtml, .shtml, .jsonl, .ndjson, .jsonlines",
                      f"  skipped: {src / 'paper.pdf'}: not an article file (.pdf): dangkg reads .txt, .html, "
                      ".htm, .xhtml, .shtml, .jsonl, .ndjson, .jsonlines"]
    manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    assert {Path(e["path"]).name: e["status"] for e in manifest["inputs"]} == {
        ".git": "skipped", "notes.md": "skipped", "paper.pdf": "skipped", SEED.name: "built"}
    assert manifest["summary"]["skipped"] == 3


def test_the_stage_lines_say_how_much_each_stage_has_to_do(tmp_path):
    res = _kg_build(SEED, "--out", tmp_path / "out", "-j", "1")
    assert res.exit_code == 0, res.output
    *stages, summary = res.stderr.splitlines()
    triples = json.loads((tmp_path / "out" / "manifest.json").read_text("utf-8"))["summary"]["triples"]
    assert stages == ["kg build: extract (1 article to read)", "kg build: resolve (the facts of 1 article)",
                      "kg build: rdf", "kg build: export", "kg build: store",
                      f"kg build: validate ({triples:,} triples)", "kg build: cache"]
    assert summary.startswith("1 built, 0 skipped, 0 failed")


def test_the_summary_says_the_shacl_warnings(seeds_build, tmp_path):
    out, result = seeds_build
    res = _kg_build(SEEDS, "--out", tmp_path / "again", "-q", "-j", "1")
    assert res.exit_code == 0, res.output
    warnings = json.loads((out / "manifest.json").read_text("utf-8"))["validation"]["warnings"]
    assert warnings == result.validation.warnings > 0  # the seeds have some (a post with no body ...)
    assert res.stderr.splitlines()[0].endswith(f"; graph conforms with {warnings} SHACL warning(s), "
                                               f"see {tmp_path / 'again' / 'validation.txt'}")


def test_the_summary_says_violations_and_warnings_when_the_graph_does_not_conform(tmp_path):
    from kg.cli import _said_validation
    from kg.validate import Finding, Report

    def finding(severity: str) -> Finding:
        return Finding(severity, "https://x/a", "", "", "r", "m")

    assert _said_validation(Report(True, ()), tmp_path) == "graph conforms"
    broken = Report(False, (finding("Violation"), finding("Warning"), finding("Warning")))
    assert _said_validation(broken, tmp_path) == (f"graph does not conform: 1 SHACL violation(s), 2 warning(s), "
                                                  f"see {tmp_path / 'validation.txt'}")


def test_validation_has_a_progress_bar_of_its_parts(tmp_path, monkeypatch):
    from kg.builder import stages
    from kg.validate import graph_parts, validate_in_parts

    bars = []

    class Bar:  # what the stage asks of tqdm, recorded
        def __init__(self, total, desc, unit, disable):
            self.total, self.desc, self.n, self.closed = total, desc, 0, False
            bars.append(self)

        def update(self, n):
            self.n += n

        def close(self):
            self.closed = True

    parts = []

    def in_small_parts(triples, jobs, started, done):
        parts.append(len(graph_parts(triples, 300)))
        return validate_in_parts(triples, jobs, 300, started, done)

    monkeypatch.setattr(stages, "tqdm", Bar)
    monkeypatch.setattr(stages, "validate_in_parts", in_small_parts)
    build([SEED], tmp_path / "out", jobs=1, progress=True)
    assert parts[0] > 1
    assert [(b.desc, b.total, b.n, b.closed) for b in bars] == [("validate", parts[0], parts[0], True)]
