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
from kg.ingest.reader import DEFAULT_MAX_BYTES, InputError, SkipInput, read_file, slugify
from kg.model import ArticleFacts, InputReport
from kg.rdf.build import build_graphs
from kg.resolve.identity import resolve
from kg.store import load_build_store
from kg.validate import Report, validate_in_parts

INPUT_SUFFIXES = (".txt",)
ENGINES = ("processes", "dask")
_POOL_MIN_INPUTS = 32  # below this, starting processes costs more than it saves
_CHUNK = 16  # inputs per task sent to a worker
CACHE_FILE = Path("cache") / "facts.pickle"


class EngineUnavailable(RuntimeError):
    """The engine asked for cannot run here (its package is not installed)."""


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


def collect_inputs(paths: list[Path]) -> tuple[list[Path], list[InputReport]]:
    """Files to read (folders expanded, sorted) and reports for paths that do not exist."""
    files: list[Path] = []
    missing: list[InputReport] = []
    for p in paths:
        if p.is_dir():
            files.extend(sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in INPUT_SUFFIXES))
        elif p.is_file():
            files.append(p)
        else:
            missing.append(InputReport(str(p), "failed", "no such file or folder"))
    return files, missing


def article_keys(files: list[Path]) -> list[str]:
    """A stable, unique IRI segment per input: its name's slug, made unique if needed."""
    keys: list[str] = []
    seen: set[str] = set()
    for f in files:
        key = slugify(f.stem)
        if key in seen:
            key = f"{key}-{hashlib.sha1(str(f).encode()).hexdigest()[:6]}"
        seen.add(key)
        keys.append(key)
    return keys


def process_file(job: tuple[str, str, str | None, int | None]) -> Processed:
    """Read and extract one input: (path, key, encoding, max_bytes). Never raises:
    failures become the report's reason."""
    path, key, encoding, max_bytes = job
    vocab = vocab_module.load()
    t0 = time.perf_counter()
    read_s = 0.0
    try:
        article = read_file(Path(path), vocab, key, encoding, max_bytes)
        read_s = time.perf_counter() - t0
        facts = extract_article(article, vocab)
    except SkipInput as e:
        return Processed(InputReport(path, "skipped", str(e)), None)
    except InputError as e:
        return Processed(InputReport(path, "failed", str(e)), None)
    except Exception as e:  # noqa: BLE001 - a bug on one article must not lose the others
        return Processed(InputReport(path, "failed", f"extraction error: {type(e).__name__}: {e}"), None)
    return Processed(InputReport(path, "built", "", facts.article_key, facts.counts()), facts,
                     read_s, time.perf_counter() - t0 - read_s)


def process_chunk(jobs: list[tuple]) -> list[Processed]:
    return [process_file(j) for j in jobs]


def _chunks(work: list, size: int) -> list[list]:
    return [work[i : i + size] for i in range(0, len(work), size)]


def _run_processes(work: list[tuple], jobs: int, done: Callable[[int], None]) -> Iterator[Processed]:
    if jobs > 1 and len(work) >= _POOL_MIN_INPUTS:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            for chunk in pool.map(process_chunk, _chunks(work, _CHUNK)):
                done(len(chunk))
                yield from chunk
    else:
        for w in work:
            done(1)
            yield process_file(w)


def _run_dask(work: list[tuple], jobs: int, scheduler: str | None,
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


def extract_all(work: list[tuple], jobs: int, progress: bool, engine: str = "processes",
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
                r = Processed(InputReport(r.report.path, "skipped", f"duplicate content of {first[r.facts.content_hash]}"),
                              None)
            else:
                first[r.facts.content_hash] = r.report.path
        kept.append(r)
    return kept


# --- the facts cache (incremental builds) ---------------------------------------------

def extractor_fingerprint(options: tuple = ()) -> str:
    """Changes whenever what extraction does may change: the version, the code of reading
    and extraction, the vocabulary files, the reading OPTIONS (encoding, size limit).
    Cached facts are reused only under the same."""
    h = hashlib.sha256(__version__.encode() + repr(options).encode())
    for pkg in ("kg.ingest", "kg.extract", "kg.vocab"):
        for f in sorted(package_files(pkg).iterdir(), key=lambda f: f.name):
            if f.name.endswith((".py", ".tsv", ".txt")):
                h.update(f.name.encode() + b"\0" + f.read_bytes())
    h.update(Path(__file__).with_name("model.py").read_bytes())
    return h.hexdigest()


@dataclass(frozen=True, slots=True)
class CachedInput:
    path: str  # as the build was given it
    size: int
    mtime_ns: int
    processed: Processed


def _stat(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns


def load_cache(out: Path, fingerprint: str) -> dict[str, CachedInput]:
    """Earlier inputs by absolute path, in the order they were built (empty when there is
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

class _Stages:
    """Wall seconds per stage, in the order run."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    @contextmanager
    def __call__(self, name: str):
        t = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[name] = self.seconds.get(name, 0.0) + time.perf_counter() - t


def build(paths: list[Path], out: Path, jobs: int | None = None, progress: bool = True, into: bool = False,
          engine: str = "processes", scheduler: str | None = None, encoding: str | None = None,
          max_bytes: int | None = DEFAULT_MAX_BYTES) -> BuildResult:
    """Build the graph of PATHS into OUT. With INTO, OUT's earlier inputs stay in the graph
    and only new or changed files are read (the inputs of the earlier build first, in
    their order, then the new ones: the order a clean build of all of them would use)."""
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r} (use one of {', '.join(ENGINES)})")
    jobs = jobs or os.cpu_count() or 1
    stage = _Stages()
    vocab = vocab_module.load()
    files, missing = collect_inputs(paths)
    fingerprint = extractor_fingerprint((encoding, max_bytes))  # read once: it hashes the package's files
    earlier = load_cache(out, fingerprint) if into else {}

    # every input of this build, earlier ones first: (absolute path, path as given)
    order: dict[str, str] = {a: c.path for a, c in earlier.items()}
    for f in files:
        order.setdefault(str(f.resolve()), str(f))
    given = list(order.values())
    keys = dict(zip(order, article_keys([Path(p) for p in given])))
    known: dict[str, Processed] = {}
    stats: dict[str, tuple[int, int] | None] = {}
    for absolute, path in order.items():
        stats[absolute] = st = _stat(Path(absolute))
        old = earlier.get(absolute)
        if old is not None and old.processed.facts is not None and (st is None or st == (old.size, old.mtime_ns)):
            # unchanged (or gone since: an earlier article stays in the graph)
            facts = old.processed.facts
            if facts.article_key != keys[absolute]:
                facts = replace(facts, article_key=keys[absolute])
            known[absolute] = Processed(replace(old.processed.report, article_key=facts.article_key), facts)
    work = [(path, keys[a], encoding, max_bytes) for a, path in order.items() if a not in known]

    with stage("read+extract"):
        fresh = iter(extract_all(work, jobs, progress, engine, scheduler))
    processed = [known[a] if a in known else next(fresh) for a in order]
    processed = _drop_duplicates(processed)
    facts = [p.facts for p in processed if p.facts is not None]
    reports = tuple(missing + [p.report for p in processed])
    timings = {"read": sum(p.read_seconds for p in processed), "extract": sum(p.extract_seconds for p in processed)}

    with stage("resolve"):
        resolution = resolve(facts, vocab)
    with stage("rdf"):
        graphs = build_graphs(facts, resolution, vocab)
    out.mkdir(parents=True, exist_ok=True)
    with stage("export"):
        triples = write_graphs(graphs, out)
    with stage("store"):
        load_build_store(out)
    with stage("shacl"):
        report = validate_in_parts(graphs.triples(), jobs)
    write_atomic(out / "validation.txt", report.text())
    write_json(out / "resolution.json", {"persons_merged": resolution.merges})
    with stage("cache"):
        save_cache(out, {a: CachedInput(path, *(stats[a] or (0, 0)), p)
                         for (a, path), p in zip(order.items(), processed)}, fingerprint)
    result = BuildResult(reports, tuple(facts), report, triples, timings | stage.seconds, reused=len(known))
    write_json(out / "manifest.json", manifest(result))
    return result


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
