"""Running queries nobody has vetted: read-only, no calls out, bounded in time and size.

``kg query`` and ``kg serve`` take SPARQL from anyone. Oxigraph would run a ``SERVICE``
clause by calling the URL it names (from the machine serving the graph), and a query can
ask for more rows or time than any answer is worth. So a query is

- refused when it is an update (``INSERT``, ``DELETE``, ``LOAD``, ``CLEAR`` ...): the
  store is opened read-only anyway, this says so in words;
- refused when it holds a ``SERVICE`` clause;
- run in a child process that is killed at the timeout (Oxigraph cannot be interrupted
  from Python, and a thread cannot be stopped), its rows cut at the result limit.
"""
from __future__ import annotations

import multiprocessing
import re
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


class QueryRefused(ValueError):
    """A query this endpoint will not run, with the reason in plain words."""


# What a keyword can not be: inside a string, an IRI or a comment, or part of a name
# (?service, ex:service, service: as a prefix)
_STRINGS_RE = re.compile(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'')
_IRI_RE = re.compile(r"<[^<>\"{}|^`\\\s]*>")
_COMMENT_RE = re.compile(r"#[^\n]*")
_UPDATE_RE = re.compile(r"(?<![\w:?$\-])(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD)(?![\w:\-])", re.I)
_SERVICE_RE = re.compile(r"(?<![\w:?$\-])SERVICE(?![\w:\-])", re.I)


def _bare(query: str) -> str:
    """The query without strings, IRIs and comments (each left as a space)."""
    query = _STRINGS_RE.sub(" ", query)
    query = _IRI_RE.sub(" ", query)
    return _COMMENT_RE.sub(" ", query)


def check_query(query: str) -> None:
    """Raise QueryRefused for an update or a SERVICE call."""
    bare = _bare(query)
    if m := _UPDATE_RE.search(bare):
        raise QueryRefused(f"refused: {m.group(1).upper()} is a SPARQL update, and the graph is read-only here")
    if _SERVICE_RE.search(bare):
        raise QueryRefused("refused: SERVICE would make this machine call another endpoint; "
                           "federated queries are not run here")


class QueryTimeout(TimeoutError):
    pass


def _child(conn, fn, args) -> None:
    try:
        conn.send(("ok", fn(*args)))
    except BaseException as e:  # noqa: BLE001 - every failure goes back to the parent as data
        conn.send(("error", e))
    finally:
        conn.close()


def within(seconds: float | None, fn: Callable[..., T], *args) -> T:
    """FN(*ARGS) in a forked child, killed after SECONDS (None: no limit, run here)."""
    if not seconds:
        return fn(*args)
    ctx = multiprocessing.get_context("fork")  # the child sees the caller's objects without pickling them
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(child, fn, args), daemon=True)
    proc.start()
    child.close()
    try:
        if not parent.poll(seconds):
            raise QueryTimeout(f"the query was stopped after {seconds:g} s (the time limit)")
        status, value = parent.recv()
    except EOFError:
        raise RuntimeError("the query process ended without an answer") from None
    finally:
        if proc.is_alive():
            proc.kill()
        proc.join()
        parent.close()
    if status == "error":
        raise value
    return value
