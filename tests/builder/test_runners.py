"""The engines that run extraction: what a user sees when one cannot run."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from kg.cli import main

from conftest import SEEDS  # noqa: E402


@pytest.mark.parametrize("address, why", [
    ("tcp://127.0.0.1:1", "Timed out trying to connect to tcp://127.0.0.1:1 after 1 s"),  # nothing listens there
    ("nonsense", "missing port number in address 'nonsense'"),
])
def test_a_dask_scheduler_that_cannot_be_reached_is_one_line_and_exit_2(tmp_path, address, why):
    dask = pytest.importorskip("dask")
    pytest.importorskip("distributed")
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):  # Dask's default wait is 30 s
        res = CliRunner().invoke(main, ["build", str(SEEDS), "--out", str(tmp_path / "out"), "-q",
                                        "--engine", "dask", "--scheduler", address])
    assert res.exit_code == 2, res.output
    assert res.stderr == (f"kg build: cannot reach the Dask scheduler at {address} ({why}); is `dask scheduler` "
                          "running there, and is the address right?\n")
    assert not (tmp_path / "out").exists()
