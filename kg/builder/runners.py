"""Reading and extracting articles: one by :func:`process_file`, many by an engine.

:func:`process_file` is a pure function of the file, so the work spreads over processes (or
a Dask cluster) and one broken article never stops the others: it becomes a report and
the build goes on. Only the facts come back from a worker, never the text, so memory grows
with the graph, not with the archive read.
"""
from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from tqdm import tqdm

from kg import vocab as vocab_module
from kg.builder.inputs import InputUnit
from kg.builder.limit import TooSlow, time_limit
from kg.builder.options import DEFAULT_MAX_BYTES, DEFAULT_TIME_LIMIT, ENGINES
from kg.extract import extract_article
from kg.ingest.reader import InputError, SkipInput, read_file, read_record
from kg.model import ArticleFacts, InputReport

__all__ = ["ENGINES", "EngineUnavailable", "Processed", "ReadJob", "extract_all", "process_chunk", "process_file"]

_POOL_MIN_INPUTS = 32  # below this, starting processes costs more than it saves
_CHUNK = 16  # inputs per task sent to a worker


class EngineUnavailable(RuntimeError):
    """The engine asked for cannot run here (its package is not installed, its scheduler
    cannot be reached); the message is one line for the user."""


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


def process_file(job: ReadJob) -> Processed:
    """Read and extract one input. Never raises: failures become the report's reason."""
    unit = job.unit
    line = unit.span.line if unit.span else None
    vocab = vocab_module.load()
    t0 = time.perf_counter()
    read_s = 0.0
    try:
        with time_limit(job.time_limit):
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
    except TooSlow:
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
        client = _connect(Client, scheduler)
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


def _connect(client_class, scheduler: str):
    """A Dask client of the scheduler at SCHEDULER, or EngineUnavailable saying why not: a
    wrong address or a scheduler not running is the user's to fix, not a traceback. (Dask
    tries for distributed.comm.timeouts.connect, 30 s by default, before giving up.)"""
    try:
        return client_class(scheduler)
    except (OSError, TimeoutError, ValueError) as e:
        why = " ".join(str(e).split()) or type(e).__name__
        raise EngineUnavailable(f"cannot reach the Dask scheduler at {scheduler} ({why}); is `dask scheduler` "
                                "running there, and is the address right?") from None


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
