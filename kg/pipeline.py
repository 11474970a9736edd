"""The build: input files → per-article facts (in parallel) → resolution → RDF → exports.

Each input is read and extracted on its own by :func:`process_file`, a pure function of
the file, so the work spreads over processes and one broken article never stops the
others: it is reported in the manifest and the build goes on.
"""
from __future__ import annotations

import hashlib
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path

from tqdm import tqdm

from kg import __version__, vocab as vocab_module
from kg.export import write_atomic, write_graphs, write_json
from kg.store import load_build_store
from kg.extract import extract_article
from kg.ingest.reader import InputError, SkipInput, read_file, slugify
from kg.model import ArticleFacts, InputReport
from kg.rdf.build import build_dataset
from kg.resolve.identity import resolve
from kg.validate import Report, validate_graph

INPUT_SUFFIXES = (".txt",)
_POOL_MIN_INPUTS = 32  # below this, starting processes costs more than it saves


@dataclass(frozen=True, slots=True)
class BuildResult:
    inputs: tuple[InputReport, ...]
    facts: tuple[ArticleFacts, ...]
    validation: Report
    triples: int

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


def process_file(job: tuple[str, str]) -> tuple[InputReport, ArticleFacts | None]:
    """Read and extract one input. Never raises: failures become the report's reason."""
    path, key = job
    vocab = vocab_module.load()
    try:
        article = read_file(Path(path), vocab, key)
        facts = extract_article(article, vocab)
    except SkipInput as e:
        return InputReport(path, "skipped", str(e)), None
    except InputError as e:
        return InputReport(path, "failed", str(e)), None
    except Exception as e:  # noqa: BLE001 - a bug on one article must not lose the others
        return InputReport(path, "failed", f"extraction error: {type(e).__name__}: {e}"), None
    return InputReport(path, "built", "", facts.article_key, facts.counts()), facts


def extract_all(files: list[Path], jobs: int, progress: bool) -> list[tuple[InputReport, ArticleFacts | None]]:
    work = [(str(f), k) for f, k in zip(files, article_keys(files))]
    bar = tqdm(total=len(work), unit="article", desc="extract", disable=None if progress else True)
    results: list[tuple[InputReport, ArticleFacts | None]] = []
    try:
        if jobs > 1 and len(work) >= _POOL_MIN_INPUTS:
            with ProcessPoolExecutor(max_workers=jobs) as pool:
                for r in pool.map(process_file, work, chunksize=16):
                    results.append(r)
                    bar.update()
        else:
            for w in work:
                results.append(process_file(w))
                bar.update()
    finally:
        bar.close()
    return results


def _drop_duplicates(results: list[tuple[InputReport, ArticleFacts | None]]) -> None:
    first: dict[str, str] = {}
    for i, (rep, facts) in enumerate(results):
        if facts is None:
            continue
        if facts.content_hash in first:
            results[i] = (InputReport(rep.path, "skipped", f"duplicate content of {first[facts.content_hash]}"), None)
        else:
            first[facts.content_hash] = rep.path


def build(paths: list[Path], out: Path, jobs: int | None = None, progress: bool = True) -> BuildResult:
    vocab = vocab_module.load()
    files, missing = collect_inputs(paths)
    results = extract_all(files, jobs or os.cpu_count() or 1, progress)
    _drop_duplicates(results)
    facts = [f for _, f in results if f is not None]
    reports = tuple(missing + [r for r, _ in results])

    resolution = resolve(facts, vocab)
    dataset = build_dataset(facts, resolution, vocab)
    out.mkdir(parents=True, exist_ok=True)
    graph = write_graphs(dataset, out)
    load_build_store(out)
    report = validate_graph(graph)
    write_atomic(out / "validation.txt", report.text())
    write_json(out / "resolution.json", {"persons_merged": resolution.merges})
    result = BuildResult(reports, tuple(facts), report, len(graph))
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
