"""A build replaces its folder as one set (kg.output): killed at any stage, the folder is
the old build or the new one; leftovers of a killed build are removed by the next; one
build per folder at a time; an unwritable folder is found before extraction; exit codes."""
from __future__ import annotations

import errno
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg import pipeline
from kg.builder import stages
from kg.cli import main
from kg.output import OUTPUT_NAMES, BuildFolder, build_folders, lock_path

from conftest import SEEDS  # noqa: E402
KG = [sys.executable, "-c", "from kg.cli import main; main()"]


def _variants(folder: Path, copies: int) -> Path:
    """COPIES distinct variants of each seed (a line added: no two have one content hash),
    so that export, store load and SHACL each take a moment."""
    folder.mkdir(parents=True)
    for i in range(copies):
        for seed in sorted(SEEDS.glob("*.txt")):
            head, _, rest = seed.read_text("utf-8").partition("\n")
            variant = f"{head}\nĐây là bản tin thứ {i} về hội nghị này, đăng lại để thử nghiệm.\n{rest}"
            (folder / f"{i}_{seed.name}").write_text(variant, encoding="utf-8")
    return folder


def _kg_build(inputs: Path, out: Path, *options: str) -> subprocess.CompletedProcess:
    return subprocess.run([*KG, "build", str(inputs), "--out", str(out), "-j", "1", *options],
                          capture_output=True, text=True)


def _state(out: Path) -> dict:
    """What a build folder holds, by the files that must agree with each other."""
    store = ox.Store.read_only(str(out / "store"))
    try:
        quads = len(store)
    finally:
        del store
    return {"manifest": (out / "manifest.json").read_bytes(), "graph.nq": (out / "graph.nq").read_bytes(),
            "validation": (out / "validation.txt").read_bytes(), "store quads": quads}


def _assert_clean(out: Path) -> None:
    """OUT's parent holds OUT and its lock only; OUT, only what a build writes."""
    assert sorted(p.name for p in out.parent.iterdir()) == sorted([out.name, lock_path(out).name])
    assert {p.name for p in out.iterdir()} <= OUTPUT_NAMES
    assert [p.name for p in (out / "cache").iterdir()] == ["facts.pickle"]


def _written_since(out: Path, name: str, since: int) -> bool:
    """Has a file NAME been written, after SINCE, in any folder beside (or being) OUT?"""
    for folder in out.parent.iterdir():
        try:
            if (folder / name).stat().st_mtime_ns >= since:
                return True
        except OSError:
            pass
    return False


def _build_until(stage: str, inputs: Path, out: Path, written: str | None = None) -> None:
    """Start `kg build`, and SIGKILL it (and any worker of it) as soon as it says STAGE
    has started and, if WRITTEN is given, a file of that name has been written (so the
    kill lands inside the stage's writing, wherever the build writes)."""
    since = time.time_ns()
    proc = subprocess.Popen([*KG, "build", str(inputs), "--out", str(out), "-j", "1"], stderr=subprocess.PIPE,
                            stdout=subprocess.DEVNULL, text=True, start_new_session=True)
    seen = []
    said = re.compile(rf"kg build: {stage}( \(.*\))?")  # a stage's line, maybe with its size: "validate (1,314 triples)"
    try:
        for line in proc.stderr:
            seen.append(line.strip())
            if said.fullmatch(line.strip()):
                while written and proc.poll() is None and not _written_since(out, written, since):
                    time.sleep(0.002)
                os.killpg(proc.pid, signal.SIGKILL)
                break
    finally:
        if proc.poll() is None and not any(said.fullmatch(line) for line in seen):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    assert proc.returncode == -signal.SIGKILL, f"the build ended before {stage}: {seen}"


@pytest.fixture(scope="module")
def two_builds(tmp_path_factory):
    """An old input set (the seeds) and a new, larger one, with a reference build of each."""
    root = tmp_path_factory.mktemp("atomic")
    new_inputs = _variants(root / "new-inputs", 30)
    references = {}
    for name, inputs in (("old", SEEDS), ("new", new_inputs)):
        out = root / f"ref-{name}" / "out"
        if name == "new":  # the new build's reference replaces an old build, as in the tests
            shutil.copytree(root / "ref-old" / "out", out)
        done = _kg_build(inputs, out, "-q")
        assert done.returncode == 0, done.stderr
        references[name] = _state(out)
        _assert_clean(out)
    assert references["old"] != references["new"]
    return root, new_inputs, references


@pytest.mark.slow
@pytest.mark.parametrize("stage, written", [("export", "graph.nq"), ("store", None), ("validate", None)])
def test_a_build_killed_at_any_stage_leaves_one_whole_build(two_builds, tmp_path, stage, written):
    root, new_inputs, references = two_builds
    out = tmp_path / "site" / "out"
    assert _kg_build(SEEDS, out, "-q").returncode == 0

    _build_until(stage, new_inputs, out, written)
    staging = [p for p in build_folders(out) if p != out.resolve()]
    assert staging, "the killed build left its staging folder (and nothing in OUT)"
    assert _state(out) == references["old"]  # every file of one build: the old one

    # the next build (of the old inputs, which is quick) removes what the killed one left
    done = _kg_build(SEEDS, out, "-q")
    assert done.returncode == 0, done.stderr
    assert _state(out) == references["old"]
    _assert_clean(out)


@pytest.mark.slow
def test_a_kill_after_the_swap_leaves_the_new_build_and_the_next_build_cleans_up(two_builds, tmp_path):
    """Killed after the exchange, before the old build (now under the staging name) is
    deleted: OUT is the new build; the user's files still in the old one come back."""
    root, _, references = two_builds
    out = tmp_path / "out"
    shutil.copytree(root / "ref-new" / "out", out)
    old = tmp_path / ".out.building-00000000dead"
    shutil.copytree(root / "ref-old" / "out", old)
    (old / "page.html").write_text("<html>a page kg viz wrote</html>")
    (old / ".graph.nq.x1y2").write_text("half a file")
    assert _state(out) == references["new"]

    with BuildFolder(out):  # what a build does first, once it holds the lock
        assert _state(out) == references["new"]
        assert (out / "page.html").read_text() == "<html>a page kg viz wrote</html>"
    assert not old.exists()


def test_a_kill_between_the_fallback_renames_gives_back_the_old_build(two_builds, tmp_path):
    """Where renameat2 is missing, the swap is two renames; killed between them, OUT is
    missing until the next build puts the old build back before it starts."""
    root, _, references = two_builds
    out = tmp_path / "out"
    shutil.copytree(root / "ref-old" / "out", tmp_path / ".out.replaced-0000000000ab")
    shutil.copytree(root / "ref-new" / "out", tmp_path / ".out.building-0000000000ab")
    with BuildFolder(out):
        assert _state(out) == references["old"]
    assert [p for p in build_folders(out)] == [out.resolve()]


def test_the_leftovers_of_one_folder_are_told_from_another_folders(tmp_path):
    """OUT "out" never takes what a live build of OUT "out.building-..." writes."""
    with BuildFolder(tmp_path / f"out.building-{'0' * 12}") as other:
        with BuildFolder(tmp_path / "out") as this:
            assert build_folders(tmp_path / "out") == [(tmp_path / "out").resolve(), this.staging]
        assert other.staging.is_dir()


def test_the_fallback_swap_builds_the_same(tmp_path, monkeypatch):
    from kg import output

    monkeypatch.setattr(output, "exchange", lambda a, b: False)
    out = tmp_path / "out"
    pipeline.build([SEEDS], out, jobs=1, progress=False)
    (out / "page.html").write_text("kept")
    first = _state(out)
    pipeline.build([SEEDS], out, jobs=1, progress=False)
    assert _state(out) == first and (out / "page.html").read_text() == "kept"
    assert sorted(p.name for p in tmp_path.iterdir()) == [".out.lock", "out"]


def test_the_swap_is_one_exchange_and_the_store_is_a_new_folder(tmp_path):
    """OUT stays a real folder with a real store/ in it; a rebuilt store is a new folder
    (a new inode: what a running server watches); the folder's mode is kept."""
    out = tmp_path / "out"
    pipeline.build([SEEDS], out, jobs=1, progress=False)
    out.chmod(0o750)
    before = (out / "store").stat().st_ino
    pipeline.build([SEEDS], out, jobs=1, progress=False)
    assert out.is_dir() and not out.is_symlink() and (out / "store" / "CURRENT").is_file()
    assert (out / "store").stat().st_ino != before
    assert (out.stat().st_mode & 0o777) == 0o750


def test_leftovers_of_builds_that_wrote_in_place_are_removed(tmp_path):
    out = tmp_path / "out"
    pipeline.build([SEEDS], out, jobs=1, progress=False)
    for temp in (".graph.jsonld.a1b2c3", ".manifest.json.zz", ".validation.txt.q", "cache/.facts.pickle.k"):
        (out / temp).write_text("half")
    for folder in (".store.x7y8", ".store.old", "../.out.building-0000deadbeef/store"):
        (out / folder).mkdir(parents=True)
        (out / folder / "CURRENT").write_text("x")
    (tmp_path / ".out.building-0000deadbeef" / "graph.nq").write_text("half")  # a killed build's staging folder
    (out / "notes.txt").write_text("mine")
    old = _state(out)

    with BuildFolder(out):  # a build removes them first, whether or not it ends well
        pass
    assert (out / "notes.txt").read_text() == "mine"  # the user's file is no leftover
    (out / "notes.txt").unlink()
    _assert_clean(out)
    assert _state(out) == old


def test_a_second_build_into_a_folder_in_use_exits_2(tmp_path):
    out = tmp_path / "out"
    with BuildFolder(out):  # this process builds into OUT
        done = _kg_build(SEEDS, out)
    assert done.returncode == 2
    assert done.stderr.strip() == (f"kg build: {out} is being built by another kg build (pid {os.getpid()}); "
                                   "wait for it or choose another --out")
    assert not out.exists()  # nothing was built by either


@pytest.mark.slow
def test_the_lock_of_a_killed_build_is_gone(tmp_path):
    out = tmp_path / "out"
    holder = subprocess.Popen([sys.executable, "-c", "import sys, time; from pathlib import Path; "
                               "from kg.output import BuildFolder; f = BuildFolder(Path(sys.argv[1])).__enter__(); "
                               "print('locked', flush=True); time.sleep(600)", str(out)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        assert _kg_build(SEEDS, out, "-q").returncode == 2
    finally:
        holder.kill()
        holder.wait()
    done = _kg_build(SEEDS, out, "-q")
    assert done.returncode == 0, done.stderr
    _assert_clean(out)


def test_an_unwritable_place_exits_2_before_extraction(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    for out in (blocker / "out", blocker / "deeper" / "out"):
        done = _kg_build(SEEDS, out)  # progress on: the stage lines would show extraction
        assert done.returncode == 2
        assert done.stderr.strip() == f"kg build: cannot write {out}: Not a directory"
        assert "Traceback" not in done.stderr


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into a read-only folder")
def test_a_read_only_parent_exits_2_before_extraction(tmp_path):
    parent = tmp_path / "ro"
    parent.mkdir()
    parent.chmod(0o555)
    try:
        done = _kg_build(SEEDS, parent / "out")
    finally:
        parent.chmod(0o755)
    assert done.returncode == 2
    assert done.stderr.strip() == f"kg build: cannot write {parent / 'out'}: Permission denied"


def test_a_folder_whose_entries_a_build_would_replace_is_not_replaced(tmp_path):
    (tmp_path / "mine.txt").write_text("mine")
    (tmp_path / "graph.ttl").write_text("someone else's graph")
    done = _kg_build(SEEDS, tmp_path, "-q")
    assert done.returncode == 2 and len(done.stderr.strip().splitlines()) == 1
    assert "choose a new or empty folder" in done.stderr and "graph.ttl" in done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.ttl", "mine.txt"]
    assert sorted(p.name for p in tmp_path.parent.iterdir() if p.name.startswith(f".{tmp_path.name}.")) == \
        [f".{tmp_path.name}.lock"]


def test_a_build_keeps_the_files_it_finds_in_its_folder_and_its_own_log(tmp_path):
    """``kg build seeds --out out > out/log``: the shell makes the folder's log before the
    build starts; the build goes into the folder and the log, still being written, stays."""
    out = tmp_path / "out"
    out.mkdir()
    (out / "notes.md").write_text("mine")
    with (out / "log").open("w") as log:
        done = subprocess.run([*KG, "build", str(SEEDS), "--out", str(out), "-j", "1"], stdout=log, stderr=log)
    assert done.returncode == 0, (out / "log").read_text()
    assert (out / "graph.ttl").stat().st_size > 0 and (out / "notes.md").read_text() == "mine"
    assert "5 built" in (out / "log").read_text()


def test_the_working_folder_is_never_the_output(tmp_path, monkeypatch):
    work = tmp_path / "work"
    work.mkdir()
    (work / "mine.txt").write_text("mine")
    monkeypatch.chdir(work)
    done = CliRunner().invoke(main, ["build", str(SEEDS), "--out", str(work), "-q", "-j", "1"])
    assert done.exit_code == 2 and "working or home folder" in done.output
    assert sorted(p.name for p in work.iterdir()) == ["mine.txt"]


def _old_build(tmp_path: Path) -> tuple[Path, dict]:
    out = tmp_path / "site" / "out"
    pipeline.build([SEEDS], out, jobs=1, progress=False)
    return out, _state(out)


def test_a_full_disk_exits_2_and_leaves_the_old_build(tmp_path, monkeypatch):
    out, old = _old_build(tmp_path)

    def full(path):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))

    monkeypatch.setattr(stages, "load_build_store", full)
    done = CliRunner().invoke(main, ["build", str(SEEDS), "--out", str(out), "-q", "-j", "1"])
    assert done.exit_code == 2, done.output
    assert done.output == f"kg build: cannot write {out}: No space left on device\n"
    assert _state(out) == old
    assert sorted(p.name for p in out.parent.iterdir()) == [".out.lock", "out"]


def test_a_bug_exits_4_with_one_line_and_the_traceback_saved(tmp_path, monkeypatch):
    out, old = _old_build(tmp_path)

    def bug(*args):
        raise ZeroDivisionError("division by zero\nsecond line")

    monkeypatch.setattr(stages, "resolve", bug)
    done = CliRunner().invoke(main, ["build", str(SEEDS), "--out", str(out), "-q", "-j", "1"])
    assert done.exit_code == 4, done.output
    line, = done.output.splitlines()
    assert line.startswith("kg build: internal error (a bug), ZeroDivisionError: division by zero second line; ")
    saved = Path(line.rsplit("traceback in ", 1)[1])
    try:
        assert "Traceback" in saved.read_text() and "ZeroDivisionError" in saved.read_text()
    finally:
        saved.unlink()
    assert _state(out) == old
    assert sorted(p.name for p in out.parent.iterdir()) == [".out.lock", "out"]


def test_stage_lines_show_with_progress_and_not_with_quiet(tmp_path):
    loud = CliRunner().invoke(main, ["build", str(SEEDS), "--out", str(tmp_path / "a"), "-j", "1"])
    stages = [line.removeprefix("kg build: ").split(" (")[0] for line in loud.stderr.splitlines()
              if line.startswith("kg build: ")]
    assert stages == ["extract", "resolve", "rdf", "export", "store", "validate", "cache"]
    quiet = CliRunner().invoke(main, ["build", str(SEEDS), "--out", str(tmp_path / "b"), "-j", "1", "-q"])
    assert "kg build:" not in quiet.stderr
    assert json.loads((tmp_path / "b" / "manifest.json").read_text())["summary"]["built"] == 5


def test_an_incremental_build_reads_the_old_cache_and_replaces_the_folder(tmp_path):
    inputs = _variants(tmp_path / "in", 2)
    out = tmp_path / "site" / "into"
    assert pipeline.build([inputs], out, jobs=1, progress=False, into=True).reused == 0
    result = pipeline.build([inputs], out, jobs=1, progress=False, into=True)
    assert result.reused == 10
    _assert_clean(out)


@pytest.mark.parametrize("theirs", [
    {".store.json": "{}", ".manifest.json.bak": "old", ".cache.d/x": "x"},  # hidden files of another tool
    {"cache/page1.txt": "an article"},  # a crawl with a cache/ folder
    {"manifest.json": '{"name": "a web app"}', "cache/x.js": "x"},  # a web app
])
def test_a_folder_that_is_no_kg_build_is_left_untouched(tmp_path, theirs):
    out = tmp_path / "theirs"
    for name, text in theirs.items():
        (out / name).parent.mkdir(parents=True, exist_ok=True)
        (out / name).write_text(text)
    done = _kg_build(SEEDS, out, "-q")
    assert done.returncode == 2 and "holds other files and no kg build" in done.stderr
    assert {str(p.relative_to(out)) for p in out.rglob("*") if p.is_file()} == set(theirs)


def test_the_input_folder_is_never_the_output(tmp_path):
    articles = _variants(tmp_path / "in", 1)
    for out in (articles, articles.parent):  # the inputs themselves, or a folder holding them
        done = _kg_build(articles, out, "-q")
        assert done.returncode == 2 and "is (or holds) the input" in done.stderr
    assert len(list(articles.glob("*.txt"))) == 5
