"""The child a query runs in: no network, a memory budget, a time limit, and a crash that
comes back as a sentence."""
from __future__ import annotations

import faulthandler
import os
import signal
import socket

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.sandbox import Limits, QueryCrashed, QueryTimeout, _filter_target, run_sandboxed

filtered = pytest.mark.skipif(_filter_target() is None, reason="no seccomp filter is written for this system")


def _open_a_socket() -> None:
    socket.socket(socket.AF_INET, socket.SOCK_STREAM).close()


@filtered
def test_the_child_cannot_open_an_internet_socket_and_the_caller_still_can():
    with pytest.raises(PermissionError):
        run_sandboxed(Limits(10, 256), _open_a_socket)
    _open_a_socket()  # the filter is the child's alone
    assert run_sandboxed(Limits(10, 256), lambda: len(socket.socketpair())) == 2  # local pipes still work


def test_the_child_holds_none_of_the_sockets_it_was_forked_with():
    with socket.create_server(("127.0.0.1", 0)) as listening:
        with pytest.raises(OSError):  # EBADF: a query has no copy of the server's port
            run_sandboxed(Limits(10, 256), lambda: os.fstat(listening.fileno()))
        assert os.fstat(listening.fileno())  # the caller's stays open


def test_the_child_cannot_take_more_than_its_budget():
    with pytest.raises(QueryCrashed, match="more memory than its limit .64 MB."):
        run_sandboxed(Limits(10, 64), lambda: len(bytearray(512 * 2**20)))
    assert run_sandboxed(Limits(10, 64), lambda: len(bytearray(8 * 2**20))) == 8 * 2**20


def _crash() -> None:
    faulthandler.disable()  # pytest's handler would print the crash; the engine's has none
    os.kill(os.getpid(), signal.SIGSEGV)


def test_a_child_that_dies_is_a_sentence_not_a_signal():
    with pytest.raises(QueryCrashed, match="SIGSEGV"):
        run_sandboxed(Limits(10, None), _crash)


def test_a_child_past_its_time_is_stopped():
    with pytest.raises(QueryTimeout, match="stopped after 0.5 s"):
        run_sandboxed(Limits(0.5, None), lambda: signal.pause())


def test_the_childs_own_errors_come_back_as_they_are():
    with pytest.raises(KeyError):
        run_sandboxed(Limits(10, None), lambda: {}["missing"])


def test_kg_query_answers_a_query_too_deep_for_the_engine_in_words(seeds_build):
    deep = "SELECT * WHERE { FILTER(" + "(" * 5000 + "1" + ")" * 5000 + ") }"  # segfaulted kg query (exit 139)
    res = CliRunner().invoke(main, ["query", str(seeds_build[0]), deep])
    assert res.exit_code == 2 and "nested too deeply" in res.output
