"""A folder of every kind of input: each encoding gives the officials its UTF-8 twin gives,
and every file is accounted for in the manifest."""
from __future__ import annotations

import codecs
import json
import unicodedata

from click.testing import CliRunner

from conftest import SEEDS, cp1258_bytes, needs_shared
from kg.cli import main

TWIN = SEEDS / "002_1ce143350da27395.txt"


def _persons(manifest: dict) -> dict[str, int]:
    return {e["path"].rsplit("/", 1)[-1]: e.get("counts", {}).get("persons", 0) for e in manifest["inputs"]}


def _person_names(out) -> set[str]:
    """The foaf:name of every person in a build's graph.nt."""
    return {line.split('"')[1] for line in (out / "graph.nt").read_text("utf-8").splitlines()
            if "/person/" in line.split(" ", 1)[0] and "foaf/0.1/name" in line}


def test_every_encoding_reads_like_its_utf8_twin_and_every_file_is_accounted_for(tmp_path):
    text = TWIN.read_text("utf-8")
    src = tmp_path / "in"
    src.mkdir()
    variants = {
        "utf8.txt": text.encode("utf-8"),
        "nfd.txt": unicodedata.normalize("NFD", text).encode("utf-8"),
        "bom.txt": codecs.BOM_UTF8 + text.encode("utf-8"),
        "utf16.txt": text.encode("utf-16"),
        "utf16le-nomark.txt": text.encode("utf-16-le"),
        "cp1258.txt": cp1258_bytes(text),
        "truncated.txt": text.encode("utf-8")[:-1],
    }
    # each variant differs by a line of its own, or the build would skip all but one as duplicates
    for i, (name, data) in enumerate(sorted(variants.items())):
        enc = {"utf16.txt": "utf-16", "utf16le-nomark.txt": "utf-16-le", "cp1258.txt": "cp1258"}.get(name, "utf-8")
        prefix = f"Tin so {i}\n".encode(enc)  # ASCII: every encoding writes it
        if name == "utf16.txt":
            data = codecs.BOM_UTF16 + prefix[2:] + data[2:]  # one mark, at the start
        elif name == "bom.txt":
            data = codecs.BOM_UTF8 + prefix + data[3:]
        else:
            data = prefix + data
        (src / name).write_bytes(data)
    (src / "empty.txt").write_bytes(b"")
    (src / "binary.txt").write_bytes(bytes(range(256)) * 40)
    with (src / "huge.txt").open("wb") as fh:  # 50 MB, sparse: skipped by its size, never read
        fh.truncate(50 * 2**20)
    res = CliRunner().invoke(main, ["build", str(src), "--out", str(tmp_path / "out"), "-q", "-j", "1"])
    assert res.exit_code == 0, res.output  # nothing failed: built or skipped
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text("utf-8"))
    status = {e["path"].rsplit("/", 1)[-1]: (e["status"], e.get("reason", "")) for e in manifest["inputs"]}
    assert set(status) == set(variants) | {"empty.txt", "binary.txt", "huge.txt"}
    assert all(status[n][0] == "built" for n in variants), status
    assert status["empty.txt"][0] == status["binary.txt"][0] == status["huge.txt"][0] == "skipped"
    assert "too large" in status["huge.txt"][1] and "not text" in status["binary.txt"][1]
    persons = _persons(manifest)
    assert len({persons[n] for n in variants}) == 1 and persons["utf8.txt"] > 0
    twin = CliRunner().invoke(main, ["build", str(TWIN), "--out", str(tmp_path / "twin"), "-q"])
    assert twin.exit_code == 0
    assert _person_names(tmp_path / "out") == _person_names(tmp_path / "twin")


def test_a_broken_file_fails_the_build_with_exit_3_and_the_rest_is_built(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_bytes(TWIN.read_bytes())
    (src / "broken.txt").write_bytes("Đảng ủy".encode("utf-8") + b" \xff rest")
    res = CliRunner().invoke(main, ["build", str(src), "--out", str(tmp_path / "out"), "-q"])
    assert res.exit_code == 3 and "broken.txt: not valid UTF-8" in res.output
    assert "1 built, 0 skipped, 1 failed" in res.output
    res = CliRunner().invoke(main, ["build", str(src), "--out", str(tmp_path / "o2"), "-q", "--encoding", "nope"])
    assert res.exit_code == 2 and "unknown encoding" in res.output


def test_the_corpus_originals_in_utf16_read_like_their_utf8_copies(tmp_path):
    raw = needs_shared("corpus", "raw-encodings")
    corpus = needs_shared("corpus", "vnnews")
    originals = sorted(raw.glob("*.utf16le.txt"))[:6]
    res = CliRunner().invoke(main, ["build", *map(str, originals), "--out", str(tmp_path / "raw"), "-q", "-j", "1"])
    copies = [corpus / (f.name.removesuffix(".utf16le.txt") + ".txt") for f in originals]
    res2 = CliRunner().invoke(main, ["build", *map(str, copies), "--out", str(tmp_path / "utf8"), "-q", "-j", "1"])
    assert res.exit_code == 0 and res2.exit_code == 0

    def counts(out):
        m = json.loads((out / "manifest.json").read_text("utf-8"))
        return [e["counts"] for e in m["inputs"]]

    assert counts(tmp_path / "raw") == counts(tmp_path / "utf8")
