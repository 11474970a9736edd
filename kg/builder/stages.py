"""The build's stages in order: read and extract every input (in parallel, the facts cache
reused with ``into``), resolve, RDF, export, store, validate, and the record of it all.

OUT is replaced as one set (:class:`kg.output.BuildFolder`): the build is written into a
staging folder beside it and swapped in at the end, so OUT is always the old build or the
new one.
"""
from __future__ import annotations

import os
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from tqdm import tqdm

from kg import vocab as vocab_module
from kg.builder.cache import (CachedInput, Slot, cache_entries, extractor_fingerprint, load_cache, plan, reused,
                              save_cache)
from kg.builder.inputs import INPUT_SUFFIXES, InputUnit, NothingToBuild, article_keys
from kg.builder.manifest import BuildResult, graph_totals, manifest
from kg.builder.options import BuildOptions
from kg.builder.runners import Processed, ReadJob, extract_all
from kg.export import write_atomic, write_graphs, write_json
from kg.ingest.walk import find_inputs, unreadable
from kg.model import ArticleFacts, InputReport
from kg.output import BuildFolder, build_folders, lock_path
from kg.rdf.build import build_graphs
from kg.resolve.identity import resolve
from kg.resolve.judgements import JUDGEMENTS_FILE, judged, read_judgements, write_judgements
from kg.store import load_build_store
from kg.validate import validate_in_parts

__all__ = ["build"]


class _Stages:
    """Wall seconds per stage, in the order run. With ANNOUNCE, a line on stderr as each
    stage starts, so that the seconds after extraction are not silent, and a progress bar
    (on a terminal) for a stage that counts its work."""

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

    @contextmanager
    def bar(self, desc: str, unit: str):
        """A progress bar for a stage that counts its work, as (started, done): STARTED(total)
        shows it once the total is known (on a terminal only), DONE(n) moves it on."""
        bars: list[tqdm] = []

        def started(total: int) -> None:
            bars.append(tqdm(total=total, desc=desc, unit=unit, disable=None if self.announce else True))

        try:
            yield started, lambda n: bars[-1].update(n)
        finally:
            for bar in bars:
                bar.close()


def build(paths: list[Path], out: Path, options: BuildOptions | None = None, **changes) -> BuildResult:
    """Build the graph of PATHS into OUT, as OPTIONS say (the defaults of
    :class:`BuildOptions`, with CHANGES: ``build(paths, out, jobs=1, progress=False)``).
    With ``into``, OUT's earlier inputs stay in the graph and only new or changed files are
    read (the inputs of the earlier build first, in their order, then the new ones: the
    order a clean build of all of them would use). ``time_limit`` bounds the seconds spent
    reading and extracting one article.

    OUT is replaced as one set (kg.output.BuildFolder): the build is written into a
    staging folder beside it and swapped in at the end, so OUT is always the old build or
    the new one. Raises ValueError for an unknown engine; kg.output.OutputError
    (BuildLocked when another build holds OUT) before any extraction when OUT cannot be
    written, and when writing fails; NothingToBuild, OUT left as it was, when a path of
    PATHS cannot be read (before anything is written) or they give no article."""
    options = replace(options or BuildOptions(), **changes)
    _check_given(paths)
    with BuildFolder(out, paths) as folder:  # locked, leftovers removed, staging made: before any extraction
        return _build_in(folder, paths, replace(options, jobs=options.jobs or os.cpu_count() or 1))


def _check_given(paths: list[Path]) -> None:
    """Raise NothingToBuild for the first of PATHS that is not there or cannot be opened."""
    problems = [(p, why) for p in paths if (why := unreadable(p))]
    if problems:
        path, why = problems[0]
        more = f" (and {_many(len(problems) - 1, 'more path')} that cannot be read)" if len(problems) > 1 else ""
        raise NothingToBuild(f"{path}: {why}{more}; nothing was built")


def _many(n: int, noun: str, nouns: str = "") -> str:
    """N and the NOUN, or its plural NOUNS (default: NOUN + s) for any N but one."""
    return f"{n:,} {noun if n == 1 else nouns or noun + 's'}"


def _where(paths: list[Path]) -> str:
    return str(paths[0]) if len(paths) == 1 else f"the {len(paths)} given paths"


def _no_article_files(paths: list[Path], reports: list[InputReport]) -> NothingToBuild:
    listed = f" ({_many(len(reports), 'entry', 'entries')} skipped, listed below)" if reports else ""
    return NothingToBuild(f"no article file in {_where(paths)}{listed}: dangkg reads {', '.join(INPUT_SUFFIXES)}; "
                          "nothing was built", tuple(reports))


def _no_articles(paths: list[Path], reports: tuple[InputReport, ...]) -> NothingToBuild:
    counts = ", ".join(f"{sum(r.status == s for r in reports)} {s}" for s in ("skipped", "failed"))
    return NothingToBuild(f"no article in {_where(paths)}: {counts}, listed below; nothing was built", reports)


@dataclass(frozen=True, slots=True)
class _Read:
    """What reading and extraction gave, input by input."""

    reports: tuple[InputReport, ...]  # of every input, read or not
    facts: list[ArticleFacts]
    cache: dict[str, CachedInput]  # what the facts cache keeps of this build
    timings: dict[str, float]  # "read" and "extract": seconds summed over the workers
    reused: int  # inputs taken from the earlier build's cache


def _read(out: Path, paths: list[Path], options: BuildOptions, fingerprint: str, stage: _Stages) -> _Read:
    """Every input of PATHS read and extracted, or taken from OUT's facts cache (with
    ``into``), duplicates of an earlier input's content skipped."""
    files, missing = find_inputs(paths, exclude=[*build_folders(out), lock_path(out)],
                                 follow_links=options.follow_links)
    if not files:
        raise _no_article_files(paths, missing)
    earlier = load_cache(out, fingerprint) if options.into else {}
    slots, stats = plan(files, earlier)
    keys = _keys(slots)
    work = [ReadJob(s, keys[s.id], options.encoding, options.max_bytes, options.time_limit)
            for s in slots if isinstance(s, InputUnit)]

    with stage("read+extract", f"extract ({_many(len(work), 'article')} to read)"):
        fresh = iter(extract_all(work, options.jobs, options.progress, options.engine, options.scheduler))
    processed = [next(fresh) if isinstance(s, InputUnit) else reused(s, keys) if isinstance(s, CachedInput) else s
                 for s in slots]
    processed = _drop_duplicates(processed)
    return _Read(reports=tuple(missing + [p.report for p in processed]),
                 facts=[p.facts for p in processed if p.facts is not None],
                 cache=cache_entries(slots, processed, stats),
                 timings={"read": sum(p.read_seconds for p in processed),
                          "extract": sum(p.extract_seconds for p in processed)},
                 reused=sum(isinstance(s, CachedInput) for s in slots))


def _keys(slots: list[Slot]) -> dict[str, str]:
    """Each article's key (IRI segment) by InputUnit.id, read again or taken from the cache."""
    units = [s if isinstance(s, InputUnit) else s.unit for s in slots if not isinstance(s, Processed)]
    return dict(zip((u.id for u in units), article_keys([u.name for u in units], [u.id for u in units])))


def _drop_duplicates(results: list[Processed]) -> list[Processed]:
    first: dict[str, str] = {}
    kept = []
    for r in results:
        if r.facts is not None:
            if r.facts.content_hash in first:
                r = Processed(InputReport(r.report.path, "skipped",
                                          f"duplicate content of {first[r.facts.content_hash]}", line=r.report.line),
                              None)
            else:
                first[r.facts.content_hash] = r.report.where
        kept.append(r)
    return kept


def _build_in(folder: BuildFolder, paths: list[Path], options: BuildOptions) -> BuildResult:
    """:func:`build`'s stages, writing into FOLDER's staging folder; commits it at the end.
    OPTIONS.jobs is a number here."""
    stage = _Stages(announce=options.progress)
    vocab = vocab_module.load()
    # people's judgements: read before any extraction, so that a broken file stops the build at once
    judgements = read_judgements(options.judgements or folder.out / JUDGEMENTS_FILE)
    fingerprint = extractor_fingerprint((options.encoding, options.max_bytes))  # once: it hashes the package's files
    read = _read(folder.out, paths, options, fingerprint, stage)  # folder.out: the earlier build (its cache)
    if not read.facts:
        raise _no_articles(paths, read.reports)

    with stage("resolve", f"resolve (the facts of {_many(len(read.facts), 'article')})"):
        resolution = resolve(read.facts, vocab, judged(judgements))
    with stage("rdf"):
        graphs = build_graphs(read.facts, resolution, vocab)
    staging = folder.staging  # the new build is written here, then swapped in as OUT
    with stage("export"), folder.writing():
        triples = write_graphs(graphs, staging)
    with stage("store"), folder.writing():
        load_build_store(staging)
    with stage("shacl", f"validate ({triples:,} triples)"), stage.bar("validate", "part") as (started, done):
        report = validate_in_parts(graphs.triples(), options.jobs, started=started, done=done)
    with folder.writing():
        write_atomic(staging / "validation.txt", report.text())
        write_json(staging / "resolution.json", resolution.report())
        if judgements:  # kept with the build, so every later build and --into applies them
            write_judgements(staging / JUDGEMENTS_FILE, judgements)
        with stage("cache"):
            save_cache(staging, read.cache, fingerprint)
        result = BuildResult(read.reports, tuple(read.facts), report, triples, read.timings | stage.seconds,
                             reused=read.reused, nodes=graph_totals(graphs))
        write_json(staging / "manifest.json", manifest(result))
    folder.commit()  # the one step that replaces OUT
    return result
