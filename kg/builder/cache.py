"""The facts cache of incremental builds.

Every build keeps its facts per input in ``DIR/cache/`` (keyed by path, size and
modification time, and by the extractor's fingerprint), so ``build(..., into=True)``
re-reads only new or changed files and then resolves and writes the whole graph again:
the same graph as a clean build of all the inputs. :func:`plan` decides, input by input,
what is read again and what is taken from the cache.
"""
from __future__ import annotations

import hashlib
import pickle
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, replace
from importlib import metadata
from importlib.resources import files as package_files
from importlib.resources.abc import Traversable
from pathlib import Path

from kg import __version__
from kg.builder.inputs import InputUnit, units_of
from kg.builder.runners import Processed
from kg.export import write_atomic

__all__ = ["CACHE_FILE", "CachedInput", "Slot", "cache_entries", "extractor_fingerprint", "load_cache", "plan",
           "reused", "save_cache"]

CACHE_FILE = Path("cache") / "facts.pickle"

# What the fingerprint covers: the code of reading and extraction and the vocabulary (each
# package whole, its subpackages too), the text normalisation they share, the facts' types,
# and the cache's own shape (InputUnit, ReadJob, Processed, CachedInput: this package).
_FINGERPRINTED_PACKAGES = ("kg.ingest", "kg.extract", "kg.vocab", "kg.builder")
_FINGERPRINTED_MODULES = ("model.py", "text.py", "iris.py")  # in kg/
# Libraries whose upgrade can change what an article reads as: the page's text (trafilatura,
# htmldate, lxml), a file's guessed encoding (charset-normalizer), a URL's slug (Unidecode);
# and the Unicode tables behind NFC and \w
_FINGERPRINTED_LIBRARIES = ("trafilatura", "htmldate", "lxml", "charset-normalizer", "Unidecode")
_SOURCE_SUFFIXES = (".py", ".tsv", ".txt")


def _source_files(folder: Traversable, prefix: str = "") -> Iterator[tuple[str, Traversable]]:
    """The source and data files under FOLDER, by their path in it, in sorted order."""
    for f in sorted(folder.iterdir(), key=lambda f: f.name):
        if f.is_dir():
            if f.name != "__pycache__":
                yield from _source_files(f, f"{prefix}{f.name}/")
        elif f.name.endswith(_SOURCE_SUFFIXES):
            yield prefix + f.name, f


def extractor_fingerprint(options: tuple = ()) -> str:
    """Changes whenever what extraction does or what the cache holds may change: the
    version, the code of reading and extraction, the vocabulary files, the reading
    OPTIONS (encoding, size limit).
    Cached facts are reused only under the same."""
    h = hashlib.sha256(__version__.encode() + repr(options).encode())
    for pkg in _FINGERPRINTED_PACKAGES:
        for name, f in _source_files(package_files(pkg)):
            h.update(name.encode() + b"\0" + f.read_bytes())
    for module in _FINGERPRINTED_MODULES:
        h.update(package_files("kg").joinpath(module).read_bytes())
    h.update(repr(_library_versions()).encode())
    return h.hexdigest()


def fingerprinted(module: str) -> bool:
    """Is the kg MODULE (dotted name) among what the fingerprint hashes?"""
    if any(module == p or module.startswith(p + ".") for p in _FINGERPRINTED_PACKAGES):
        return True
    return module.removeprefix("kg.") + ".py" in _FINGERPRINTED_MODULES


def _library_versions() -> tuple[tuple[str, str], ...]:
    versions = []
    for name in _FINGERPRINTED_LIBRARIES:
        try:
            versions.append((name, metadata.version(name)))
        except metadata.PackageNotFoundError:
            versions.append((name, ""))
    return (*versions, ("unicode", unicodedata.unidata_version))


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


Slot = InputUnit | CachedInput | Processed


def plan(files: list[Path], earlier: dict[str, CachedInput]) -> tuple[list[Slot], dict[str, tuple[int, int] | None]]:
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


def reused(cached: CachedInput, keys: dict[str, str]) -> Processed:
    """An earlier input's result, under this build's key for it."""
    facts = cached.processed.facts
    key = keys[cached.unit.id]
    if facts is not None and facts.article_key != key:
        facts = replace(facts, article_key=key)
    return Processed(replace(cached.processed.report, article_key=key), facts)


def cache_entries(slots: list[Slot], processed: list[Processed],
                  stats: dict[str, tuple[int, int] | None]) -> dict[str, CachedInput]:
    """What the facts cache keeps of this build, by InputUnit.id."""
    cache = {}  # file-level reports are not kept: such a file is looked at again next time
    for slot, p in zip(slots, processed):
        if isinstance(slot, InputUnit):
            cache[slot.id] = CachedInput(slot, *(stats[slot.file] or (0, 0)), p)
        elif isinstance(slot, CachedInput):  # a gone file keeps the stamp it was read with
            cache[slot.unit.id] = replace(slot, processed=p)
    return cache
