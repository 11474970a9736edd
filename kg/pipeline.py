"""The build: input files → per-article facts (in parallel) → resolution → RDF → exports.

Each input is read and extracted on its own by :func:`process_file`, a pure function of
the file, so the work spreads over processes (or a Dask cluster) and one broken article
never stops the others: it is reported in the manifest and the build goes on. Only the
facts come back from a worker, never the text, so memory grows with the graph, not with
the archive read.

Every build keeps its facts per input in ``DIR/cache/`` (keyed by path, size and
modification time, and by the extractor's fingerprint), so ``build(..., into=True)``
re-reads only new or changed files and then resolves and writes the whole graph again:
the same graph as a clean build of all the inputs.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, replace
from importlib.resources import files as package_files
from pathlib import Path

from tqdm import tqdm

from kg import __version__, vocab as vocab_module
from kg.export import write_atomic, write_graphs, write_json
from kg.extract import extract_article
from kg.ingest.jsonl import SUFFIXES as JSONL_SUFFIXES, LineSpan, RecordError, scan_lines
from kg.ingest.reader import DEFAULT_MAX_BYTES, InputError, SkipInput, read_file, read_record, slugify
from kg.ingest.walk import INPUT_SUFFIXES, find_inputs  # noqa: F401 (INPUT_SUFFIXES: for importers)
from kg.model import ArticleFacts, InputReport
from kg.output import BuildFolder, build_folders, lock_path
from kg.rdf.build import build_graphs
from kg.resolve.identity import resolve
from kg.store import load_build_store
from kg.validate import Report, validate_in_parts

ENGINES = ("processes", "dask")
DEFAULT_TIME_LIMIT = 60.0  # seconds to read and extract one article
_POOL_MIN_INPUTS = 32  # below this, starting processes costs more than it saves
_CHUNK = 16  # inputs per task sent to a worker
CACHE_FILE = Path("cache") / "facts.pickle"


class EngineUnavailable(RuntimeError):
    """The engine asked for cannot run here (its package is not installed)."""


@dataclass(frozen=True, slots=True)
class InputUnit:
    """One article to read: a file, or one line of a JSON Lines file."""

    path: str  # the file, as the build was given it (what reports name)
    file: str  # the file's absolute path (what is read: builds --into may run elsewhere)
    span: LineSpan | None = None  # the line, for a JSON Lines file

    @property
    def id(self) -> str:
        """Unique within a build and stable across builds (the facts cache's key)."""
        return self.file if self.span is None else f"{self.file}#{self.span.line}"

    @property
    def name(self) -> str:
        """What the article's key is made from."""
        stem = Path(self.path).stem
        return stem if self.span is None else f"{stem}-{self.span.line}"


@dataclass(frozen=True, slots=True)
class ReadJob:
    """What a worker needs to read and extract one input unit."""

    unit: InputUnit
    key: str  # the article's key (IRI segment)
    encoding: str | None = None
    max_bytes: int | None = DEFAULT_MAX_BYTES
    time_limit: float | None = DEFAULT_TIME_LIMIT


@dataclass(frozen=True, slots=True)
class Processed:
    """One input after reading and extraction, with the seconds each took."""

    report: InputReport
    facts: ArticleFacts | None
    read_seconds: float = 0.0
    extract_seconds: float = 0.0


@dataclass(frozen=True, slots=True)
class BuildResult:
    inputs: tuple[InputReport, ...]
    facts: tuple[ArticleFacts, ...]
    validation: Report
    triples: int
    # wall seconds per stage; "read" and "extract" are seconds summed over the workers
    timings: dict[str, float] = field(default_factory=dict)
    reused: int = 0  # inputs whose facts came from an earlier build (into=True)

    def count(self, status: str) -> int:
        return sum(r.status == status for r in self.inputs)


def collect_inputs(paths: list[Path], exclude: list[Path] | tuple = (),
                   follow_links: bool = False) -> tuple[list[Path], list[InputReport]]:
    """Files to read (folders walked, in sorted order) and a report for every given path or
    folder entry that is not read (see :func:`kg.ingest.walk.find_inputs`). EXCLUDE: folders
    never read as input (the build's output)."""
    return find_inputs(paths, exclude, follow_links)


def units_of(path: str, absolute: str) -> tuple[list[InputUnit], InputReport | None]:
    """The articles a file holds: itself, or each line of a JSON Lines file. A JSON Lines
    file that cannot be split into lines gets a report instead."""
    if Path(path).suffix.lower() not in JSONL_SUFFIXES:
        return [InputUnit(path, absolute)], None
    try:
        units = [InputUnit(path, absolute, span) for span in scan_lines(Path(absolute))]
    except OSError as e:
        return [], InputReport(path, "failed", f"cannot read: {e.strerror or e}")
    except RecordError as e:
        return [], InputReport(path, "failed", str(e))
    return units, (None if units else InputReport(path, "skipped", "empty file: no lines"))


def article_keys(names: list[str], ids: list[str]) -> list[str]:
    """A stable, unique IRI segment per input: its name's slug, made unique if needed."""
    keys: list[str] = []
    seen: set[str] = set()
    for name, unique in zip(names, ids):
        key = slugify(name)
        if key in seen:
            key = f"{key}-{hashlib.sha1(unique.encode('utf-8', 'surrogateescape')).hexdigest()[:6]}"
        seen.add(key)
        keys.append(key)
    return keys


class _TooSlow(Exception):
    pass


@contextmanager
def _time_limit(seconds: float | None):
    """Stop the work inside after SECONDS by an alarm signal (Python's regex engine checks
    for signals while it matches, so a runaway pattern is stopped too; C code such as
    lxml's parser is stopped when it returns). Only the main thread takes signals, and
    only where the system has alarms: elsewhere (Dask's worker threads, Windows) there is
    no limit."""
    if not seconds or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum, frame):
        raise _TooSlow

    handler = signal.signal(signal.SIGALRM, stop)
    started = time.monotonic()
    earlier, _ = signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, handler)
        if earlier:  # someone else's alarm was running: give it back what is left of it
            signal.setitimer(signal.ITIMER_REAL, max(earlier - (time.monotonic() - started), 1e-3))


def process_file(job: ReadJob) -> Processed:
    """Read and extract one input. Never raises: failures become the report's reason."""
    unit = job.unit
    line = unit.span.line if unit.span else None
    vocab = vocab_module.load()
    t0 = time.perf_counter()
    read_s = 0.0
    try:
        with _time_limit(job.time_limit):
            if unit.span is None:
                article = read_file(Path(unit.file), vocab, job.key, job.encoding, job.max_bytes)
            else:
                article = read_record(Path(unit.file), unit.span, vocab, job.key, job.encoding, job.max_bytes)
            read_s = time.perf_counter() - t0
            facts = extract_article(article, vocab)
    except SkipInput as e:
        return Processed(InputReport(unit.path, "skipped", str(e), line=line), None)
    except InputError as e:
        return Processed(InputReport(unit.path, "failed", str(e), line=line), None)
    except _TooSlow:
        return Processed(InputReport(unit.path, "failed", f"reading and extraction took over {job.time_limit:g} s "
                                     "(--time-limit): stopped", line=line), None)
    except Exception as e:  # noqa: BLE001 - a bug on one article must not lose the others
        return Processed(InputReport(unit.path, "failed", f"extraction error: {type(e).__name__}: {e}", line=line),
                         None)
    return Processed(InputReport(unit.path, "built", "", facts.article_key, facts.counts(), line), facts,
                     read_s, time.perf_counter() - t0 - read_s)


def process_chunk(jobs: list[ReadJob]) -> list[Processed]:
    return [process_file(j) for j in jobs]


def _chunks(work: list, size: int) -> list[list]:
    return [work[i : i + size] for i in range(0, len(work), size)]


def _run_processes(work: list[ReadJob], jobs: int, done: Callable[[int], None]) -> Iterator[Processed]:
    if jobs > 1 and len(work) >= _POOL_MIN_INPUTS:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            for chunk in pool.map(process_chunk, _chunks(work, _CHUNK)):
                done(len(chunk))
                yield from chunk
    else:
        for w in work:
            done(1)
            yield process_file(w)


def _run_dask(work: list[ReadJob], jobs: int, scheduler: str | None,
              done: Callable[[int], None]) -> Iterator[Processed]:
    """Extraction on a Dask cluster: the scheduler at SCHEDULER, or a local cluster of JOBS
    worker processes. Workers read the inputs by path, so they must see the same files
    (a shared or network file system on a real cluster)."""
    try:
        from distributed import Client, LocalCluster, as_completed
    except ImportError as e:
        raise EngineUnavailable("--engine dask needs Dask's 'distributed' package: pip install 'dangkg[dask]'") from e
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        chunks = _chunks(work, _CHUNK * 4)
        futures = client.map(process_chunk, chunks, pure=False)
        index = {f.key: i for i, f in enumerate(futures)}
        results: list[list[Processed] | None] = [None] * len(chunks)
        for fut in as_completed(futures):
            results[index[fut.key]] = fut.result()
            done(len(chunks[index[fut.key]]))
            fut.release()
        for chunk in results:
            yield from chunk or ()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def extract_all(work: list[ReadJob], jobs: int, progress: bool, engine: str = "processes",
                scheduler: str | None = None) -> list[Processed]:
    """Read and extract every job of :func:`process_file`, in input order."""
    bar = tqdm(total=len(work), unit="article", desc="extract", disable=None if progress else True)
    try:
        run = (_run_dask(work, jobs, scheduler, bar.update) if engine == "dask"
               else _run_processes(work, jobs, bar.update))
        return list(run)
    finally:
        bar.close()


def _drop_duplicates(results: list[Processed]) -> list[Processed]:
    first: dict[str, str] = {}
    kept = []
    for r in results:
        if r.facts is not None:
            if r.facts.content_hash in first:
                r = Processed(InputReport(r.report.path, "skipped", f"duplicate content of {first[r.facts.content_hash]}",
                                          line=r.report.line), None)
            else:
                first[r.facts.content_hash] = r.report.where
        kept.append(r)
    return kept


# --- the facts cache (incremental builds) ---------------------------------------------

def extractor_fingerprint(options: tuple = ()) -> str:
    """Changes whenever what extraction does or what the cache holds may change: the
    version, the code of reading and extraction, the vocabulary files, the reading
    OPTIONS (encoding, size limit).
    Cached facts are reused only under the same."""
    h = hashlib.sha256(__version__.encode() + repr(options).encode())
    for pkg in ("kg.ingest", "kg.extract", "kg.vocab"):
        for f in sorted(package_files(pkg).iterdir(), key=lambda f: f.name):
            if f.name.endswith((".py", ".tsv", ".txt")):
                h.update(f.name.encode() + b"\0" + f.read_bytes())
    # the facts' types, and the cache's own shape (CachedInput, InputUnit here)
    for module in ("model.py", "pipeline.py"):
        h.update(Path(__file__).with_name(module).read_bytes())
    return h.hexdigest()


@dataclass(frozen=True, slots=True)
class CachedInput:
    unit: InputUnit
    size: int  # of the unit's file, when it was read
    mtime_ns: int
    processed: Processed


def _stat(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns


def load_cache(out: Path, fingerprint: str) -> dict[str, CachedInput]:
    """Earlier inputs by InputUnit.id, in the order they were built (empty when there is
    no cache or it was made by another extractor: another FINGERPRINT)."""
    try:
        with (out / CACHE_FILE).open("rb") as fh:
            cache = pickle.load(fh)
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError):
        return {}
    if not isinstance(cache, dict) or cache.get("fingerprint") != fingerprint:
        return {}
    return cache["inputs"]


def save_cache(out: Path, entries: dict[str, CachedInput], fingerprint: str) -> None:
    data = pickle.dumps({"fingerprint": fingerprint, "inputs": entries}, protocol=pickle.HIGHEST_PROTOCOL)
    write_atomic(out / CACHE_FILE, data)


# --- the build ------------------------------------------------------------------------

Slot = InputUnit | CachedInput | Processed


def _plan(files: list[Path], earlier: dict[str, CachedInput]) -> tuple[list[Slot], dict[str, tuple[int, int] | None]]:
    """Every input of the build in order, the earlier build's files first: an InputUnit to
    read, a CachedInput whose facts still hold (its file is unchanged, or gone: an earlier
    article stays in the graph), or a Processed report for a file with no articles. And
    each file's (size, mtime) as it was before reading (None: gone)."""
    by_file: dict[str, list[CachedInput]] = {}
    given: dict[str, str] = {}  # absolute file -> as given
    for c in earlier.values():
        by_file.setdefault(c.unit.file, []).append(c)
        given.setdefault(c.unit.file, c.unit.path)
    for f in files:
        given.setdefault(str(f.resolve()), str(f))
    slots: list[Slot] = []
    stats: dict[str, tuple[int, int] | None] = {}
    for absolute, path in given.items():
        stats[absolute] = st = _stat(Path(absolute))
        olds = by_file.get(absolute, [])
        if olds and (st is None or all(st == (c.size, c.mtime_ns) for c in olds)):
            slots.extend(c if c.processed.facts is not None else c.unit for c in olds)
            continue
        units, report = units_of(path, absolute)
        slots.extend(units)
        if report is not None:
            slots.append(Processed(report, None))
    return slots, stats


def _reused(cached: CachedInput, keys: dict[str, str]) -> Processed:
    """An earlier input's result, under this build's key for it."""
    facts = cached.processed.facts
    key = keys[cached.unit.id]
    if facts is not None and facts.article_key != key:
        facts = replace(facts, article_key=key)
    return Processed(replace(cached.processed.report, article_key=key), facts)


class _Stages:
    """Wall seconds per stage, in the order run. With ANNOUNCE, a line on stderr as each
    stage starts, so that the seconds after extraction are not silent."""

    def __init__(self, announce: bool = False) -> None:
        self.seconds: dict[str, float] = {}
        self.announce = announce

    @contextmanager
    def __call__(self, name: str, label: str | None = None):
        if self.announce:
            print(f"kg build: {label or name}", file=sys.stderr, flush=True)
        t = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[name] = self.seconds.get(name, 0.0) + time.perf_counter() - t


def build(paths: list[Path], out: Path, jobs: int | None = None, progress: bool = True, into: bool = False,
          engine: str = "processes", scheduler: str | None = None, encoding: str | None = None,
          max_bytes: int | None = DEFAULT_MAX_BYTES, time_limit: float | None = DEFAULT_TIME_LIMIT,
          follow_links: bool = False) -> BuildResult:
    """Build the graph of PATHS into OUT. With INTO, OUT's earlier inputs stay in the graph
    and only new or changed files are read (the inputs of the earlier build first, in
    their order, then the new ones: the order a clean build of all of them would use).
    TIME_LIMIT bounds the seconds spent reading and extracting one article.

    OUT is replaced as one set (kg.output.BuildFolder): the build is written into a
    staging folder beside it and swapped in at the end, so OUT is always the old build or
    the new one. Raises kg.output.OutputError (BuildLocked when another build holds OUT)
    before any extraction when OUT cannot be written, and when writing fails."""
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r} (use one of {', '.join(ENGINES)})")
    with BuildFolder(out, paths) as folder:  # locked, leftovers removed, staging made: before any extraction
        return _build_in(folder, paths, jobs or os.cpu_count() or 1, progress, into, engine, scheduler, encoding,
                         max_bytes, time_limit, follow_links)


def _build_in(folder: BuildFolder, paths: list[Path], jobs: int, progress: bool, into: bool, engine: str,
              scheduler: str | None, encoding: str | None, max_bytes: int | None,
              time_limit: float | None, follow_links: bool = False) -> BuildResult:
    """:func:`build`'s stages, writing into FOLDER's staging folder; commits it at the end."""
    out = folder.out  # the earlier build (--into reads its cache); the new one goes to folder.staging
    stage = _Stages(announce=progress)
    vocab = vocab_module.load()
    files, missing = collect_inputs(paths, exclude=[*build_folders(out), lock_path(out)], follow_links=follow_links)
    fingerprint = extractor_fingerprint((encoding, max_bytes))  # read once: it hashes the package's files
    earlier = load_cache(out, fingerprint) if into else {}
    slots, stats = _plan(files, earlier)
    units = [s if isinstance(s, InputUnit) else s.unit for s in slots if not isinstance(s, Processed)]
    keys = dict(zip((u.id for u in units), article_keys([u.name for u in units], [u.id for u in units])))
    work = [ReadJob(s, keys[s.id], encoding, max_bytes, time_limit) for s in slots if isinstance(s, InputUnit)]

    with stage("read+extract", "extract"):
        fresh = iter(extract_all(work, jobs, progress, engine, scheduler))
    processed = [next(fresh) if isinstance(s, InputUnit) else _reused(s, keys) if isinstance(s, CachedInput) else s
                 for s in slots]
    processed = _drop_duplicates(processed)
    facts = [p.facts for p in processed if p.facts is not None]
    reports = tuple(missing + [p.report for p in processed])
    cache = _cache_entries(slots, processed, stats)
    timings = {"read": sum(p.read_seconds for p in processed), "extract": sum(p.extract_seconds for p in processed)}

    with stage("resolve"):
        resolution = resolve(facts, vocab)
    with stage("rdf"):
        graphs = build_graphs(facts, resolution, vocab)
    staging = folder.staging  # the new build is written here, then swapped in as OUT
    with stage("export"), folder.writing():
        triples = write_graphs(graphs, staging)
    with stage("store"), folder.writing():
        load_build_store(staging)
    with stage("shacl", "validate"):
        report = validate_in_parts(graphs.triples(), jobs)
    reused = sum(isinstance(s, CachedInput) for s in slots)
    with folder.writing():
        write_atomic(staging / "validation.txt", report.text())
        write_json(staging / "resolution.json", {"persons_merged": resolution.merges})
        with stage("cache"):
            save_cache(staging, cache, fingerprint)
        result = BuildResult(reports, tuple(facts), report, triples, timings | stage.seconds, reused=reused)
        write_json(staging / "manifest.json", manifest(result))
    folder.commit()  # the one step that replaces OUT
    return result


def _cache_entries(slots: list[Slot], processed: list[Processed],
                   stats: dict[str, tuple[int, int] | None]) -> dict[str, CachedInput]:
    """What the facts cache keeps of this build, by InputUnit.id."""
    cache = {}  # file-level reports are not kept: such a file is looked at again next time
    for slot, p in zip(slots, processed):
        if isinstance(slot, InputUnit):
            cache[slot.id] = CachedInput(slot, *(stats[slot.file] or (0, 0)), p)
        elif isinstance(slot, CachedInput):  # a gone file keeps the stamp it was read with
            cache[slot.unit.id] = replace(slot, processed=p)
    return cache


def manifest(result: BuildResult) -> dict:
    totals = {k: 0 for k in ("persons", "posts", "former_posts", "accused_posts", "bodies", "meetings", "documents")}
    for r in result.inputs:
        for k, v in r.counts.items():
            totals[k] += v
    return {
        "dangkg_version": __version__,
        "summary": {s: result.count(s) for s in ("built", "skipped", "failed")} | {"triples": result.triples},
        "totals": totals,
        "validation": {"conforms": result.validation.conforms, "violations": result.validation.violations,
                       "warnings": len(result.validation.findings) - result.validation.violations},
        "inputs": [{k: v for k, v in asdict(r).items() if v not in ("", None, {})} for r in result.inputs],
    }
