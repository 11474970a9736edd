"""Which files a build reads: the paths it is given, with their folders walked.

Every entry met is accounted for: it is a file to read, or it gets an
:class:`~kg.model.InputReport` saying why it is not read (a link that loops or leads to
nothing, a FIFO, a file of a kind the build does not read, a link out of the given
folders). The walk keeps its own stack of folders, so a tree of any depth is walked (a
recursive walk stops at Python's recursion limit, about 1,000 folders down), and it takes
each folder's entries sorted by name, going into a folder where its name falls: the order
of the paths compared part by part, the same on every machine and file system.

Links: a link to a file inside the given paths is read; a link leading out of them is read
only with ``follow_links`` (an input folder holding a link to /etc/passwd must not put
that file into a graph). A link to a folder is followed only with ``follow_links`` and only
out of the given paths (a folder inside them is walked where it is anyway); every folder
walked is remembered by (device, inode), so a loop of links ends.
"""
from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.ingest.jsonl import SUFFIXES as JSONL_SUFFIXES
from kg.ingest.reader import HTML_SUFFIXES
from kg.model import InputReport

INPUT_SUFFIXES = (".txt", *HTML_SUFFIXES, *JSONL_SUFFIXES)  # what a folder's files are read for
OUTSIDE = "a link to outside the given folders; --follow-links reads it"

_KINDS = ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"))

FileId = tuple[int, int]  # (st_dev, st_ino): one file or folder, by whatever path it is reached


def find_inputs(paths: Iterable[Path], exclude: Iterable[Path] = (),
                follow_links: bool = False) -> tuple[list[Path], list[InputReport]]:
    """The files to read from PATHS (folders walked) and a report for every path or entry
    that is not read: "failed" for a given path that cannot be read (it does not exist),
    "skipped" with the reason for an entry of a folder. Nothing inside an EXCLUDE folder is
    read or listed (the build's output folder: a build must not read its own outputs)."""
    paths = list(paths)
    walk = _Walk([os.path.realpath(p) for p in paths if os.path.exists(p)], exclude, follow_links)
    for p in paths:
        walk.given(p)
    return walk.files, walk.reports


def not_an_article(name: str) -> str | None:
    """Why a file in a folder is not read for its name, or None when it is."""
    suffix = Path(name).suffix.lower()
    if suffix in INPUT_SUFFIXES:
        return None
    return f"not an article file ({suffix or 'no suffix'}): dangkg reads {', '.join(INPUT_SUFFIXES)}"


def unreadable(given: Path) -> str | None:
    """Why a path given to a build cannot be read at all, or None when it can: it does not
    exist, it is a link to nothing, it is a folder that cannot be opened. (A build refuses
    such a path before it writes anything: a typo in a path is no input that failed.)"""
    try:
        st = os.stat(given)
    except OSError as e:
        return _not_there(str(given), e)
    if stat.S_ISDIR(st.st_mode):
        try:
            with os.scandir(given):
                pass
        except OSError as e:
            return f"cannot open the folder: {e.strerror or e}"
    return None


def _not_there(path: str, error: OSError) -> str:
    """Why PATH, which os.stat could not look at (ERROR), is not there."""
    gone = isinstance(error, FileNotFoundError) and not os.path.islink(path)
    return "no such file or folder" if gone else _broken_link(error)


def _kind(mode: int) -> str:
    return next((name for is_kind, name in _KINDS if is_kind(mode)), "neither a file nor a folder")


def _under(real: str, folder: str) -> bool:
    return real == folder or real.startswith(folder.rstrip(os.sep) + os.sep)


def _broken_link(e: OSError) -> str:
    if isinstance(e, FileNotFoundError):
        return "a link to nothing (dangling)"
    if e.errno == errno.ELOOP:
        return "a symbolic link loop"
    return f"a link that cannot be followed: {e.strerror or e}"


@dataclass(slots=True)
class _Folder:
    path: str  # as reached from a given path (what reports name)
    real: str  # with every link resolved (what "inside the given paths" is judged on)
    device: int  # its files' st_dev
    entries: Iterator[os.DirEntry]


class _Walk:
    """The files found so far and the reports of entries not read, over the given paths."""

    def __init__(self, roots: list[str], exclude: Iterable[Path], follow_links: bool) -> None:
        self.roots = roots  # the real paths of the given paths
        self.follow_links = follow_links
        exclude = [os.path.realpath(x) for x in exclude]
        self.excluded = exclude
        self.excluded_ids = {(st.st_dev, st.st_ino) for st in map(_stat_or_none, exclude) if st is not None}
        self.files: list[Path] = []
        self.reports: list[InputReport] = []
        self.read_as: dict[FileId, str] = {}  # each file to read, and the path it is read by
        self.walked: set[FileId] = set()  # the folders of the given path being walked

    def skip(self, path: str, reason: str, status: str = "skipped") -> None:
        self.reports.append(InputReport(str(Path(path)), status, reason))

    def given(self, given: Path) -> None:
        """One path of the command line: a file is read whatever its name, a folder walked."""
        path = str(given)
        try:
            st = os.stat(path)
        except OSError as e:
            self.skip(path, _not_there(path, e), "failed")
            return
        if any(_under(os.path.realpath(path), x) for x in self.excluded):
            self.skip(path, "inside the build's output folder: not read as input")
        elif stat.S_ISDIR(st.st_mode):
            self.walked = set()  # each given folder is walked whole, as if given alone
            self.walk(path, os.path.realpath(path), st)
        elif stat.S_ISREG(st.st_mode):
            self.file(path, (st.st_dev, st.st_ino))
        else:
            self.skip(path, f"not a regular file: {_kind(st.st_mode)}")

    def walk(self, path: str, real: str, st: os.stat_result) -> None:
        self.walked.add((st.st_dev, st.st_ino))
        stack: list[_Folder] = []
        self.enter(stack, path, real, st.st_dev, status="failed")
        while stack:
            folder = stack[-1]
            entry = next(folder.entries, None)
            if entry is None:
                stack.pop()
            elif entry.name.startswith("."):
                self.hidden(entry)
            else:
                self.entry(stack, folder, entry)

    def hidden(self, entry: os.DirEntry) -> None:
        """A hidden entry is listed, not read or walked: a .git folder, an editor's temp and
        lock files, a build's lock; they hold no articles, and a .git walked would flood the
        manifest. A build's own staging folders are not even listed."""
        try:
            st = entry.stat(follow_symlinks=False)
        except OSError:
            st = None
        if st is not None and (st.st_dev, st.st_ino) in self.excluded_ids:
            return
        kind = "folder" if st is not None and stat.S_ISDIR(st.st_mode) else "file"
        self.skip(entry.path, f"a hidden {kind} (its name starts with a dot): not read")

    def enter(self, stack: list[_Folder], path: str, real: str, device: int, status: str = "skipped") -> None:
        try:
            with os.scandir(path) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError as e:
            self.skip(path, f"cannot open the folder: {e.strerror or e}", status)
            return
        stack.append(_Folder(path, real, device, iter(entries)))

    def entry(self, stack: list[_Folder], folder: _Folder, entry: os.DirEntry) -> None:
        try:
            if entry.is_symlink():
                self.link(stack, entry)
            elif entry.is_dir(follow_symlinks=False):
                self.folder(stack, entry.path, os.path.join(folder.real, entry.name), entry.stat(follow_symlinks=False))
            elif entry.is_file(follow_symlinks=False):
                self.file(entry.path, (folder.device, entry.inode()), not_an_article(entry.name))
            else:
                self.skip(entry.path, f"not a regular file: {_kind(entry.stat(follow_symlinks=False).st_mode)}")
        except OSError as e:  # it went away while the folder was walked, or cannot be looked at
            self.skip(entry.path, f"cannot look at it: {e.strerror or e}")

    def folder(self, stack: list[_Folder], path: str, real: str, st: os.stat_result) -> None:
        found = (st.st_dev, st.st_ino)
        if found in self.excluded_ids:
            return  # the build's own output folder: its files are no inputs, not even listed
        if found in self.walked:
            self.skip(path, "a folder already walked (a loop of links, or a folder mounted twice)")
            return
        self.walked.add(found)
        self.enter(stack, path, real, st.st_dev)

    def link(self, stack: list[_Folder], entry: os.DirEntry) -> None:
        try:
            st = os.stat(entry.path)
        except OSError as e:
            self.skip(entry.path, _broken_link(e))
            return
        target = os.path.realpath(entry.path)
        inside = any(_under(target, r) for r in self.roots)
        if any(_under(target, x) for x in self.excluded):
            self.skip(entry.path, "a link into the build's output folder: not read as input")
        elif stat.S_ISDIR(st.st_mode) and inside:
            self.skip(entry.path, "a link to a folder inside the given folders: not followed (walked where it is)")
        elif stat.S_ISDIR(st.st_mode):
            if self.follow_links:
                self.folder(stack, entry.path, target, st)
            else:
                self.skip(entry.path, OUTSIDE)
        elif not stat.S_ISREG(st.st_mode):
            self.skip(entry.path, f"not a regular file: a link to {_kind(st.st_mode)}")
        else:
            why = not_an_article(entry.name) or (None if inside or self.follow_links else OUTSIDE)
            self.file(entry.path, (st.st_dev, st.st_ino), why)

    def file(self, path: str, found: FileId, not_read: str | None = None) -> None:
        if not_read:
            self.skip(path, not_read)
            return
        first = self.read_as.get(found)
        if first is None:
            self.read_as[found] = path
            self.files.append(Path(path))
        elif first != path:  # a link to a file read already, or a hard link: read once, and said so
            self.skip(path, f"the same file as {Path(first)} (a link or a hard link to it)")


def _stat_or_none(path: str) -> os.stat_result | None:
    try:
        return os.stat(path)
    except OSError:
        return None
