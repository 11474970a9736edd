"""A query from anyone runs in a child process that can do nothing but answer it.

``kg query`` and ``kg serve`` take SPARQL from people we do not know. The parser's verdict
(kg.guard) is the first wall; this is the second, for whatever a parser might miss: the
query runs in a forked child that

- cannot open a network socket (a seccomp filter makes ``socket(AF_INET/AF_INET6)`` fail
  with EACCES), so even a ``SERVICE`` the parser did not see calls nobody; where the
  filter should install and does not, the query is not run;
- holds none of the sockets it was forked with, and dies with its parent;
- cannot take more than its share of memory (``RLIMIT_AS``: what the process held when it
  forked, plus the query's budget), so one query cannot push the machine into swap;
- is killed at the time limit (Oxigraph cannot be interrupted from Python, and a thread
  cannot be stopped), with a CPU-time limit as a backstop;
- may crash (a stack overflow in the engine, an allocation that failed) without taking the
  caller with it: the caller gets a sentence, not a signal.
"""
from __future__ import annotations

import ctypes
import errno
import math
import multiprocessing
import os
import platform
import resource
import signal
import socket
import stat
import struct
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from kg.limits import QUERY_MEMORY_MB, QUERY_SECONDS

T = TypeVar("T")

# rdflib's SPARQL parser recurses a few dozen Python frames per nesting level; this lets a
# query nest about a hundred levels, and a deeper one is refused as too deep, not crashed
_PARSER_RECURSION = 4000


@dataclass(frozen=True)
class Limits:
    """What one query may take. None: no limit of that kind."""

    seconds: float | None = QUERY_SECONDS
    memory_mb: int | None = QUERY_MEMORY_MB


class QueryTimeout(TimeoutError):
    pass


class QueryCrashed(RuntimeError):
    """The child died without an answer: out of memory, or the engine crashed."""


# --- no network: a seccomp filter ------------------------------------------------------

# seccomp_data: nr (u32), arch (u32), instruction_pointer (u64), args[6] (u64 each)
_NR, _ARCH, _ARG0 = 0, 4, 16
_AUDIT_ARCH = {"x86_64": (0xC000003E, 41), "aarch64": (0xC00000B7, 198)}  # (arch, socket's number)
_IO_URING_SETUP = 425  # the same number on both: io_uring can open sockets without socket()
_X32_CALLS = 0x40000000  # x86_64's x32 numbering: the same calls under other numbers
_LD_ABS, _JEQ, _JGE, _RET = 0x20, 0x15, 0x35, 0x06  # BPF_LD|W|ABS, BPF_JMP|JEQ|K, BPF_JMP|JGE|K, BPF_RET|K
_ALLOW, _ERRNO, _KILL = 0x7FFF0000, 0x00050000, 0x80000000  # SECCOMP_RET_ALLOW, _ERRNO, _KILL_PROCESS
_PR_SET_PDEATHSIG, _PR_SET_NO_NEW_PRIVS, _PR_SET_SECCOMP, _SECCOMP_MODE_FILTER = 1, 38, 22, 2


def _socket_filter(arch: int, socket_nr: int) -> bytes:
    """A BPF program: socket(AF_INET or AF_INET6, ...) and io_uring fail with EACCES; a
    system call of another architecture's numbering (i386's int 0x80, x32) kills the
    process, as those numbers would pass the checks below under other meanings. Local
    pipes and socketpairs (AF_UNIX) stay allowed."""
    def stmt(code: int, k: int) -> bytes:
        return struct.pack("HBBI", code, 0, 0, k)

    def jump(code: int, k: int, if_true: int, if_false: int) -> bytes:
        return struct.pack("HBBI", code, if_true, if_false, k)

    return b"".join([
        stmt(_LD_ABS, _ARCH),                        # 0
        jump(_JEQ, arch, 1, 0),                      # 1
        stmt(_RET, _KILL),                           # 2  another architecture's call
        stmt(_LD_ABS, _NR),                          # 3
        jump(_JGE, _X32_CALLS, 6, 0),                # 4  -> 11
        jump(_JEQ, _IO_URING_SETUP, 5, 0),           # 5  -> 11
        jump(_JEQ, socket_nr, 0, 3),                 # 6  not socket() -> 10
        stmt(_LD_ABS, _ARG0),                        # 7
        jump(_JEQ, socket.AF_INET, 2, 0),            # 8  -> 11
        jump(_JEQ, socket.AF_INET6, 1, 0),           # 9  -> 11
        stmt(_RET, _ALLOW),                          # 10
        stmt(_RET, _ERRNO | errno.EACCES),           # 11
    ])


class _SockFprog(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]


class SandboxUnavailable(OSError):
    """The filter could not be installed where it should be: the query is not run."""


def _filter_target() -> tuple[int, int] | None:
    """(audit arch, socket's number) of this interpreter, or None where no filter is
    written for it (not Linux; a 32-bit Python, whose calls go by other numbers)."""
    if sys.platform != "linux" or sys.maxsize <= 2**32:
        return None
    return _AUDIT_ARCH.get(platform.machine())


def forbid_network() -> bool:
    """From now on this process cannot open an internet socket. False where no filter is
    written for this system (the parser's check then stands alone, as README says);
    SandboxUnavailable where one is and the kernel refused it."""
    target = _filter_target()
    if target is None:
        return False
    program = _socket_filter(*target)
    buffer = ctypes.create_string_buffer(program)
    fprog = _SockFprog(len(program) // 8, ctypes.cast(buffer, ctypes.c_void_p))
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(_PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0 \
            or libc.prctl(_PR_SET_SECCOMP, _SECCOMP_MODE_FILTER, ctypes.byref(fprog), 0, 0) != 0:
        code = ctypes.get_errno()
        raise SandboxUnavailable(code, f"the query was not run: its sandbox could not be set up ({os.strerror(code)})")
    return True


def _die_with(parent: int) -> None:
    """End this child when PARENT ends (killed included): an orphaned query would run on
    with no time limit, holding the server's port."""
    if sys.platform == "linux":
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:  # it ended before the line above
        os._exit(1)


def _close_sockets() -> None:
    """Close the sockets a fork copied (the server's listening socket, other clients'
    connections): a query has no business with them, and a copy kept open would keep a
    client waiting or a port taken. The answer goes back by a pipe, not a socket."""
    try:
        fds = [int(fd) for fd in os.listdir("/proc/self/fd")]
    except OSError:
        return
    for fd in fds:
        try:
            if stat.S_ISSOCK(os.fstat(fd).st_mode):
                os.close(fd)
        except OSError:
            pass


# --- memory ---------------------------------------------------------------------------

def _address_space_now() -> int:
    with open("/proc/self/statm", "rb") as fh:
        return int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")


def limit_memory(budget_mb: int) -> None:
    """Cap this process's address space at what it holds now plus BUDGET_MB. A fork holds
    its parent's mappings (the store, every server thread's stack), so a fixed cap would
    count those; the budget is what the query itself may add."""
    try:
        cap = _address_space_now() + budget_mb * 2**20
    except (OSError, ValueError):
        return  # no /proc: no cap here
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        cap = min(cap, hard)  # a soft limit cannot pass the hard one the user set (ulimit -v)
    resource.setrlimit(resource.RLIMIT_AS, (cap, hard))


def limit_cpu(seconds: float) -> None:
    """A backstop to the parent's timer: the kernel stops the child past its CPU time."""
    cap = math.ceil(seconds) + 5
    _, hard = resource.getrlimit(resource.RLIMIT_CPU)
    if hard != resource.RLIM_INFINITY:
        cap = min(cap, hard)
    resource.setrlimit(resource.RLIMIT_CPU, (cap, hard))


# --- the child ------------------------------------------------------------------------

def _quiet_stderr() -> None:
    """The engine prints its own crash notes (a failed allocation's backtrace); the caller
    gets the reason in words instead, so they would only clutter a server's log."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 2)
    os.close(devnull)


def _child(conn, parent: int, limits: Limits, fn, args) -> None:
    try:
        _die_with(parent)
        _quiet_stderr()
        _close_sockets()
        forbid_network()
        if limits.memory_mb:
            limit_memory(limits.memory_mb)
        if limits.seconds:
            limit_cpu(limits.seconds)
        sys.setrecursionlimit(_PARSER_RECURSION)
        conn.send(("ok", fn(*args)))
    except MemoryError:
        conn.send(("error", QueryCrashed(f"the query needed more memory than its limit ({limits.memory_mb} MB)")))
    except BaseException as e:  # noqa: BLE001 - every failure goes back to the parent as data
        _send_error(conn, e)
    finally:
        conn.close()


def _send_error(conn, error: BaseException) -> None:
    """Send ERROR to the parent. Right after a RecursionError deep in the parser, pickling
    can itself run out of recursion room (seen in a long test session): then the same
    error is sent again as a fresh object with more room, or at worst as its words."""
    try:
        conn.send(("error", error))
        return
    except RecursionError:
        sys.setrecursionlimit(4 * _PARSER_RECURSION)
    try:
        conn.send(("error", type(error)(*error.args)))
    except Exception:  # noqa: BLE001 - an error that cannot be rebuilt goes as text
        conn.send(("error", QueryCrashed(f"{type(error).__name__}: {error}")))


def _death(limits: Limits, exitcode: int | None) -> QueryCrashed:
    """Why a child ended without an answer, in words. Rust aborts when an allocation
    fails, so SIGABRT under a memory cap is the cap."""
    if exitcode == -signal.SIGABRT and limits.memory_mb:
        return QueryCrashed(f"the query needed more memory than its limit ({limits.memory_mb} MB)")
    if exitcode is not None and exitcode < 0:
        return QueryCrashed(f"the query engine could not run this query (it stopped on {signal.Signals(-exitcode).name}); "
                            "it may be nested too deeply or too large")
    return QueryCrashed("the query process ended without an answer")


def run_sandboxed(limits: Limits, fn: Callable[..., T], *args) -> T:
    """FN(*ARGS) in a forked child with no network, LIMITS.memory_mb to spend and
    LIMITS.seconds to live. Its exception, if any, is raised here."""
    ctx = multiprocessing.get_context("fork")  # the child sees the caller's objects without pickling them
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(child, os.getpid(), limits, fn, args), daemon=True)
    proc.start()
    child.close()
    try:
        if not parent.poll(limits.seconds):
            raise QueryTimeout(f"the query was stopped after {limits.seconds:g} s (the time limit)")
        status, value = parent.recv()
    except EOFError:
        proc.join(5)
        raise _death(limits, proc.exitcode) from None
    finally:
        if proc.is_alive():
            proc.kill()
        proc.join()
        parent.close()
    if status == "error":
        raise value
    return value
