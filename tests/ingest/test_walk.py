"""Every input accounted for: a folder holding what an attacker or a careless copy puts
there (a name that is not UTF-8, links that loop, dangle or lead out, a FIFO, a tree 1,000
folders deep, the build's own output folder) is built, and every entry is in the manifest
with what happened to it; a stray NUL does not cost an article."""
from __future__ import annotations

import io
import json
import os
import shutil
import struct
import zipfile
import zlib
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import SEEDS
from kg.cli import main
from kg.extract import extract_article
from kg.ingest.reader import SkipInput, decode, read_file
from kg.ingest.walk import find_inputs, unreadable
from kg.pipeline import build

SEED_FILES = sorted(SEEDS.glob("*.txt"))
DEPTH = 1000  # past where a recursive walk (Python 3.11's rglob) dies at about 990
BAD_NAME = os.fsdecode(b"bad\xff.txt")  # a file name that is not UTF-8
BAD_SHOWN = "bad\\xff.txt"  # how the manifest and the messages show it


def _deep_folder(top: Path, depth: int) -> Path:
    """TOP/d/d/.../d, DEPTH folders below TOP, made one at a time (os.makedirs recurses)."""
    folder = top
    folder.mkdir()
    for _ in range(depth):
        folder = folder / "d"
        folder.mkdir()
    return folder


def _remove_deep(top: Path) -> None:
    """Remove a tree made by _deep_folder bottom up (shutil.rmtree recurses too)."""
    chain = [top]
    while (chain[-1] / "d").is_dir():
        chain.append(chain[-1] / "d")
    for folder in reversed(chain):
        for f in folder.iterdir():
            if not f.is_dir():
                f.unlink()
        folder.rmdir()


@pytest.fixture
def hostile(tmp_path):
    """An input folder of every kind of entry, and a file outside it that one entry links to."""
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(SEED_FILES[0], src / "good.txt")
    shutil.copy(SEED_FILES[1], src / BAD_NAME)
    bottom = _deep_folder(src / "deep", DEPTH)
    shutil.copy(SEED_FILES[2], bottom / "deep.txt")
    os.symlink("b", src / "a")  # a -> b -> a
    os.symlink("a", src / "b")
    os.symlink("nowhere.txt", src / "dangling.txt")
    os.mkfifo(src / "fifo.txt")  # never to be opened: reading it would wait for a writer forever
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    shutil.copy(SEED_FILES[3], elsewhere / "outside.txt")
    os.symlink(elsewhere / "outside.txt", src / "outside.txt")
    (src / "notes.md").write_text("# notes\n", encoding="utf-8")
    (src / ".hidden.txt").write_text("an editor's temp file\n", encoding="utf-8")
    # the build's output folder inside the input folder, with an earlier build in it
    build([SEED_FILES[4]], src / "out", jobs=1, progress=False)
    assert (src / "out" / "validation.txt").is_file()
    yield src
    _remove_deep(src / "deep")


DEEP = "deep/" + "d/" * DEPTH + "deep.txt"
EXPECTED = {  # each entry of the folder (relative, as shown): status, words of its reason
    "good.txt": ("built", ""),
    BAD_SHOWN: ("built", ""),
    DEEP: ("built", ""),
    "a": ("skipped", "a symbolic link loop"),
    "b": ("skipped", "a symbolic link loop"),
    "dangling.txt": ("skipped", "a link to nothing (dangling)"),
    "fifo.txt": ("skipped", "not a regular file: a FIFO"),
    "outside.txt": ("skipped", "a link to outside the given folders; --follow-links reads it"),
    "notes.md": ("skipped", "not an article file (.md): dangkg reads .txt, .html, .htm"),
    ".hidden.txt": ("skipped", "a hidden file (its name starts with a dot): not read"),
}


def _build(src: Path, *options: str):
    out = src / "out"
    res = CliRunner().invoke(main, ["build", str(src), "--out", str(out), "-q", "-j", "1", *options])
    assert res.exit_code in (0, 3), res.output
    manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    status = {e["path"].removeprefix(f"{src}/"): e for e in manifest["inputs"]}
    return res, status


def test_every_entry_of_a_hostile_folder_is_accounted_for(hostile):
    src = hostile
    res, status = _build(src)
    # every entry, and nothing of the output folder (nor its lock beside it) is listed
    assert set(status) == set(EXPECTED), sorted(status)
    for where, (state, reason) in EXPECTED.items():
        assert status[where]["status"] == state and reason in status[where].get("reason", ""), status[where]
    for where in ("good.txt", BAD_SHOWN, DEEP):
        assert status[where]["counts"]["persons"] > 0, where  # the good articles were read and extracted
    assert status[BAD_SHOWN]["article_key"] == "bad-xff"
    assert f"skipped: {src}/fifo.txt: not a regular file: a FIFO" in res.output
    assert "out/validation.txt:" not in res.output  # the earlier build's files were not read as articles (not listed)
    graph = (src / "out" / "graph.nt").read_text("utf-8")
    assert '"bad\\\\xff.txt"' in graph  # the file name as an RDF literal, escaped (N-Triples escapes the \)
    assert "outside" not in graph

    res, status = _build(src, "--follow-links")
    assert status["outside.txt"]["status"] == "built" and status["outside.txt"]["counts"]["persons"] > 0
    assert {w: status[w]["status"] for w in EXPECTED if w != "outside.txt"} == {
        w: s for w, (s, _) in EXPECTED.items() if w != "outside.txt"}


def test_the_walk_keeps_the_order_of_sorted_paths(tmp_path):
    """The same order as sorted(Path.rglob) for an ordinary tree: a folder's files come where
    its name sorts ("a/b.txt" before "a-c/x.txt", though "-" sorts before "/")."""
    for rel in ("a/b.txt", "a-c/x.txt", "a.txt", "a0.txt", "a.d/y.txt", "B/z.txt", "b.txt", "a b.txt"):
        (tmp_path / rel).parent.mkdir(exist_ok=True)
        (tmp_path / rel).write_text("x", encoding="utf-8")
    files, reports = find_inputs([tmp_path])
    assert files == sorted(f for f in tmp_path.rglob("*") if f.is_file()) and not reports


def test_folder_links_are_followed_only_when_asked_and_loops_end(tmp_path):
    src, elsewhere = tmp_path / "in", tmp_path / "elsewhere"
    src.mkdir()
    elsewhere.mkdir()
    (elsewhere / "e.txt").write_text("x", encoding="utf-8")
    os.symlink(elsewhere, elsewhere / "again")  # a loop, outside the given folder
    os.symlink(elsewhere, src / "out-link")
    os.symlink(src, src / "in-link")  # a folder inside: walked where it is, never through the link
    files, reports = find_inputs([src])
    assert files == [] and {r.path: r.reason for r in reports} == {
        str(src / "in-link"): "a link to a folder inside the given folders: not followed (walked where it is)",
        str(src / "out-link"): "a link to outside the given folders; --follow-links reads it"}
    files, reports = find_inputs([src], follow_links=True)
    assert files == [src / "out-link" / "e.txt"]
    assert {r.path for r in reports} == {str(src / "in-link"), str(src / "out-link" / "again")}


def test_a_given_path_that_does_not_exist_fails_and_an_excluded_folder_is_not_read(tmp_path):
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "validation.txt").write_text("x", encoding="utf-8")
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    files, reports = find_inputs([tmp_path, tmp_path / "nowhere.txt"], exclude=[tmp_path / "out"])
    assert files == [tmp_path / "a.txt"]
    assert [(r.path, r.status, r.reason) for r in reports] == [
        (str(tmp_path / "nowhere.txt"), "failed", "no such file or folder")]


def test_a_stray_nul_is_dropped_and_the_article_read(tmp_path, vocab):
    """A NUL inside a real seed sentence (in "Đào Mạnh Thắng", within the first 4 KB) is a
    bad copy, not a binary file: the article gives the same facts as without it."""
    clean = SEED_FILES[0].read_bytes()
    name = "Đào Mạnh Thắng".encode("utf-8")
    at = clean.index(name) + len("Đào Mạnh".encode("utf-8"))
    assert at < 4096
    (tmp_path / "clean.txt").write_bytes(clean)
    (tmp_path / "nul.txt").write_bytes(clean[:at] + b"\x00" + clean[at:])
    facts = [extract_article(read_file(tmp_path / f, vocab, key="k"), vocab) for f in ("clean.txt", "nul.txt")]
    assert facts[0].persons and facts[1].persons == facts[0].persons
    assert facts[1].counts() == facts[0].counts()
    assert "Đào Mạnh Thắng" in {p.name for p in facts[1].persons}


def _png() -> bytes:
    """A real PNG file: 64 x 64 pixels of noise."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\x00" + bytes((x * 7 + y * 13) % 251 for x in range(64 * 3)) for y in range(64))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 64, 64, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def _zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("article.txt", SEED_FILES[0].read_text("utf-8"))
    return buffer.getvalue()


@pytest.mark.parametrize("make", [_png, _zip, lambda: bytes(range(256)) * 8, lambda: b"\x00\x01\x02binary"])
def test_a_binary_file_is_still_skipped(make):
    with pytest.raises(SkipInput, match="not text"):
        decode(make())


def test_a_short_text_keeps_its_one_stray_nul():
    text = "Ông Nguyễn Văn A chủ trì hội nghị.\n".encode("utf-8")  # under 100 bytes: one NUL is over 1%
    assert decode(text[:10] + b"\x00" + text[10:]) == text.decode("utf-8")


def test_a_given_path_that_cannot_be_read_is_said_why(tmp_path):
    """What kg build refuses before it writes anything (kg.builder.stages)."""
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "nothing.txt")
    (tmp_path / "loop").symlink_to(tmp_path / "loop")
    assert unreadable(tmp_path / "nowhere") == "no such file or folder"
    assert unreadable(tmp_path / "dangling.txt") == "a link to nothing (dangling)"
    assert unreadable(tmp_path / "loop") == "a symbolic link loop"
    assert unreadable(tmp_path / "a.txt") is None and unreadable(tmp_path) is None
