"""The output folder of a build, replaced as one set.

A build never writes into its folder OUT. It writes into a fresh hidden sibling, the
staging folder ``.OUT.building-XXXX`` (same parent, so a rename moves it), and only when
every file is there swaps it with OUT in one step: Linux's ``renameat2(RENAME_EXCHANGE)``
exchanges the two names atomically, so at every moment OUT is the old build or the new
one, never a mix. The old build, now under the staging name, is then deleted.

Around the swap:

- a lock (``.OUT.lock`` beside OUT, held with ``flock``) keeps a second build out of the
  same OUT while one runs; the kernel drops it when its process dies, so a killed build
  leaves no stale lock;
- with the lock held, a build first removes what a killed build left: staging folders of
  OUT, an old build not yet deleted, and the temp files the writers make inside OUT;
- the staging folder is made before any extraction, so an unwritable or missing place is
  found in a second, not after an hour of reading;
- files in OUT that a build does not write (a page ``kg viz`` saved there) are carried over
  into the new OUT.

:func:`build_folders` names the folders a build of OUT writes, so that reading the inputs
can leave them out.
"""
from __future__ import annotations

import ctypes
import errno
import fcntl
import json
import os
import re
import secrets
import shutil
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

# What pipeline.build writes into a build folder (kg/export.py's graphs, kg/store.py's
# store, the reports, the facts cache). Any other entry of OUT is the user's and is kept.
OUTPUT_NAMES = frozenset({"graph.ttl", "graph.nt", "graph.trig", "graph.nq", "graph.jsonld", "store",
                          "validation.txt", "resolution.json", "manifest.json", "cache"})
# What says "a kg build was made here", so OUT may be replaced: a manifest.json written by
# kg build (it names the version that wrote it). A folder merely holding a "cache/" or a
# web app's manifest.json is someone else's.
_MANIFEST = "manifest.json"
_STAGING = "building"  # .OUT.building-XXXX: a build being written, or an old one being deleted
_REPLACED = "replaced"  # .OUT.replaced-XXXX: the old build, in the two-rename fallback only
_SUFFIX_BYTES = 6  # XXXX: 12 hex digits; matched exactly, so that OUT "a" never takes the
#                    folders of an OUT named "a.building-x" (".a.building-x.building-XXXX")

_AT_FDCWD = -100
_RENAME_EXCHANGE = 2  # linux/fs.h


class OutputError(Exception):
    """OUT cannot be written (permissions, a full disk, a file in the way); the message is
    one line for the user."""


class BuildLocked(OutputError):
    """Another build holds OUT's lock."""


def _sibling(out: Path, kind: str) -> str:
    return f".{out.name}.{kind}"


def _real(out: Path) -> Path:
    """OUT with links resolved: a build through a link replaces the folder linked to (not the
    link), and two spellings of one folder share one lock."""
    return Path(os.path.realpath(out))


def lock_path(out: Path) -> Path:
    """OUT's lock file. It is a sibling, not inside OUT: the swap moves OUT's contents away,
    and a lock inside would go with them, letting a second build lock a new file while the
    first still runs."""
    real = _real(out)
    return real.parent / _sibling(real, "lock")


def _leftovers(real: Path) -> list[Path]:
    """OUT's staging and replaced siblings that exist now."""
    try:
        entries = list(os.scandir(real.parent))
    except OSError:
        return []
    name = re.compile(rf"\.{re.escape(real.name)}\.({_STAGING}|{_REPLACED})-[0-9a-f]{{{2 * _SUFFIX_BYTES}}}")
    return sorted(real.parent / e.name for e in entries if name.fullmatch(e.name) and e.is_dir(follow_symlinks=False))


def _new_staging(real: Path) -> Path:
    """A new, empty staging folder beside REAL (its mode as mkdir gives any new folder)."""
    while True:
        path = real.parent / f"{_sibling(real, _STAGING)}-{secrets.token_hex(_SUFFIX_BYTES)}"
        try:
            path.mkdir()
            return path
        except FileExistsError:
            continue


def build_folders(out: Path) -> list[Path]:
    """The folders a build of OUT writes (absolute, links resolved): OUT itself and every
    staging or replaced sibling of it that exists now (while a build runs, its own staging
    folder is one of them). Reading the inputs leaves these out."""
    real = _real(out)
    return [real, *_leftovers(real)]


def is_build_entry(name: str) -> bool:
    """Is NAME, an entry of a build folder, written by the build: an output, or a temp file
    of one (write_atomic's ``.graph.nq.XXXX``, the store's ``.store.XXXX`` and ``.store.old``)?"""
    if name in OUTPUT_NAMES:
        return True
    return name.startswith(".") and any(name.startswith(f".{output}.") for output in OUTPUT_NAMES)


# --- the lock ----------------------------------------------------------------------------

_held_locks: set[int] = set()


def _drop_locks_in_child() -> None:
    """A forked worker (extraction, SHACL) gets a copy of the lock's descriptor, and flock
    holds while any copy is open: a worker left running after its build was killed would
    keep OUT locked. Workers close their copies; the build's own stays locked."""
    for fd in _held_locks:
        try:
            os.close(fd)
        except OSError:
            pass
    _held_locks.clear()


os.register_at_fork(after_in_child=_drop_locks_in_child)


def _cannot_write(shown: Path, error: OSError) -> OutputError:
    return OutputError(f"cannot write {shown}: {error.strerror or error}")


def _take_lock(path: Path, shown: Path) -> int:
    """Lock PATH (made if needed) for this process; its descriptor. Raises BuildLocked,
    naming the holder's pid, when another build has it."""
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
    except OSError as e:
        raise _cannot_write(shown, e) from None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
        os.close(fd)
        pid = f" (pid {holder})" if holder.isdigit() else ""
        raise BuildLocked(f"{shown} is being built by another kg build{pid}; "
                          "wait for it or choose another --out") from None
    try:  # who holds it, for the message another build gives
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
    except OSError:
        pass  # a full disk: the lock still holds, the message just names no pid
    _held_locks.add(fd)
    return fd


def _release_lock(fd: int) -> None:
    _held_locks.discard(fd)
    os.close(fd)  # the lock file stays: removing it could let two builds lock two files


# --- the swap ----------------------------------------------------------------------------

def _renameat2():
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        function = libc.renameat2  # glibc 2.28 and later
    except (OSError, AttributeError):
        return None
    function.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    function.restype = ctypes.c_int
    return function


_RENAMEAT2 = _renameat2()


def exchange(a: Path, b: Path) -> bool:
    """Swap the names A and B in one step; False where the system or file system cannot
    (no renameat2, or a file system without RENAME_EXCHANGE)."""
    if _RENAMEAT2 is None:
        return False
    if _RENAMEAT2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP):
        return False
    raise OSError(code, os.strerror(code), str(a), None, str(b))


def _carry_over(old: Path, new: Path) -> None:
    """Move the entries of OLD that a build does not write (the user's) into NEW."""
    for entry in os.scandir(old):
        if not is_build_entry(entry.name) and not os.path.lexists(new / entry.name):
            os.rename(old / entry.name, new / entry.name)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        try:
            path.unlink()
        except OSError:
            pass


def _clean_leftovers(real: Path) -> None:
    """Undo what a killed build of REAL left (call with the lock held: no live build is
    writing these). An old build moved aside by the two-rename fallback comes back when OUT
    is missing; the user's files in a leftover are carried into OUT; the rest is removed,
    with the writers' temp files inside OUT (and its cache) from builds that wrote in place."""
    for leftover in _leftovers(real):
        if leftover.name.startswith(f"{_sibling(real, _REPLACED)}-") and not os.path.lexists(real):
            os.rename(leftover, real)
            continue
        if real.is_dir():
            _carry_over(leftover, real)
        shutil.rmtree(leftover, ignore_errors=True)
    _remove_temp_files(real, is_build_entry)
    _remove_temp_files(real / "cache", lambda name: name.startswith(".facts.pickle."))


def _remove_temp_files(folder: Path, is_ours) -> None:
    """Remove the hidden entries of FOLDER that IS_OURS tells are a writer's temp files."""
    if folder.is_dir() and not folder.is_symlink():
        for entry in os.scandir(folder):
            if entry.name.startswith(".") and is_ours(entry.name):
                _remove(folder / entry.name)


def is_build(folder: Path) -> bool:
    """Was FOLDER made by kg build (its manifest.json names the dangkg version)?"""
    try:
        manifest = json.loads((folder / _MANIFEST).read_text("utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(manifest, dict) and "dangkg_version" in manifest


def _check_replaceable(real: Path, shown: Path, inputs: list[Path]) -> None:
    """OUT may be replaced: it is missing, a kg build, or a folder whose entries the new
    build carries over (a log the shell writes there, ``kg build seeds --out out >
    out/log``, a page of ``kg viz``). Refused: a folder holding an input, the folder a
    shell works in or a home folder (the swap renames the folder itself), a mount point
    (it cannot be renamed), and a folder that is no kg build but holds entries of a
    build's names (a crawl's ``cache/``, a web app's ``manifest.json``: the build would
    replace them)."""
    for given in inputs:
        path = Path(os.path.realpath(given))
        if path == real or real in path.parents:
            raise OutputError(f"{shown} is (or holds) the input {given}: a build replaces its whole folder; "
                              "choose another --out")
    if not real.exists():
        return
    if not real.is_dir():
        raise OutputError(f"cannot write {shown}: it is a file, not a folder")
    if real in (Path.home().resolve(), Path.cwd().resolve(), *Path.cwd().resolve().parents):
        raise OutputError(f"{shown} is the working or home folder, which a build cannot replace; "
                          f"give a folder inside it, e.g. {shown / 'build'}")
    if os.path.ismount(real):  # a mount point cannot be renamed, so it cannot be swapped
        raise OutputError(f"{shown} is a mount point, which a build cannot replace as one; "
                          f"give a folder inside it, e.g. {shown / 'build'}")
    if not is_build(real) and (taken := sorted(e.name for e in os.scandir(real) if is_build_entry(e.name))):
        raise OutputError(f"{shown} holds other files and no kg build, and a build would replace "
                          f"{', '.join(taken[:3])}: choose a new or empty folder for --out")


class BuildFolder:
    """A build of OUT, as a context: entering locks OUT, removes what killed builds left
    and makes the staging folder (raising OutputError when OUT cannot be written);
    :meth:`commit` swaps the staging folder in; leaving without a commit removes it, so
    OUT stays the old build. The lock is released on leaving."""

    def __init__(self, out: Path, inputs: list[Path] = ()) -> None:
        self.inputs = list(inputs)  # what the build reads: never inside what it replaces
        self.shown = Path(out)  # as the user gave it, for messages
        self.out = _real(out)  # where the build goes: read an earlier build (--into) from here
        self.staging: Path | None = None  # where the new build is written
        self._lock: int | None = None

    def __enter__(self) -> BuildFolder:
        try:
            self.out.parent.mkdir(parents=True, exist_ok=True)
        except FileExistsError:  # a file where the folder should be
            raise _cannot_write(self.shown, OSError(errno.ENOTDIR, os.strerror(errno.ENOTDIR))) from None
        except OSError as e:
            raise _cannot_write(self.shown, e) from None
        self._lock = _take_lock(lock_path(self.out), self.shown)
        try:
            # checked first: what is cleaned below must be a build's own leftovers
            _check_replaceable(self.out, self.shown, self.inputs)
            _clean_leftovers(self.out)
            self.staging = _new_staging(self.out)
        except OSError as e:
            self.__exit__(None, None, None)
            raise _cannot_write(self.shown, e) from None
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def __exit__(self, kind, error, trace) -> None:
        try:
            if self.staging is not None:
                shutil.rmtree(self.staging, ignore_errors=True)
                self.staging = None
        finally:
            if self._lock is not None:
                _release_lock(self._lock)
                self._lock = None

    @contextmanager
    def writing(self) -> Iterator[None]:
        """Turn an OSError raised inside (a full disk, a read-only file system) into an
        OutputError naming OUT."""
        try:
            yield
        except OSError as e:
            raise _cannot_write(self.shown, e) from None

    def commit(self) -> None:
        """Make the staging folder OUT, in one step where the system allows, then delete
        the old build."""
        staging = self.staging
        if staging is None:
            raise RuntimeError("commit() outside the build folder's context, or twice")
        with self.writing():
            try:
                os.chmod(staging, stat.S_IMODE(os.stat(self.out).st_mode))  # the old folder's mode stays
            except FileNotFoundError:
                os.rename(staging, self.out)  # no old build: a rename is one step already
                self.staging = None
                return
            old = self._swap(staging)
            self.staging = None  # (now the old build, or gone): never to be removed as unfinished
        # From here on OUT is the new build, whatever happens: a kill or an error leaves the
        # old one (with any of the user's files still in it) for the next build to clean up.
        try:
            _carry_over(old, self.out)
        except OSError:
            return  # the old folder stays, the user's files in it; the next build carries them over
        shutil.rmtree(old, ignore_errors=True)

    def _swap(self, staging: Path) -> Path:
        """Put STAGING in OUT's place; where the old build went."""
        if exchange(staging, self.out):
            return staging
        # Two renames. Between them OUT does not exist: a kill there leaves the old build at
        # .OUT.replaced-XXXX and the new one at .OUT.building-XXXX, and the next build puts
        # the old one back as OUT before it starts.
        suffix = staging.name[len(_sibling(self.out, _STAGING)):]
        old = staging.with_name(_sibling(self.out, _REPLACED) + suffix)
        os.rename(self.out, old)
        try:
            os.rename(staging, self.out)
        except OSError:
            os.rename(old, self.out)
            raise
        return old
