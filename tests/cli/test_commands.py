"""The kg command: every command module registered, and ``python -m kg.cli`` (what the
scripts and benches run) working with kg/cli a package."""
from __future__ import annotations

import subprocess
import sys

from click.testing import CliRunner

from kg.cli import main
from kg.cli.commands import COMMANDS


def test_every_command_module_is_a_command_of_kg():
    listed = CliRunner().invoke(main, ["--help"]).output
    for module, name in COMMANDS:
        assert f"  {name} " in listed, (module, name)


def test_python_dash_m_runs_the_kg_command():
    done = subprocess.run([sys.executable, "-m", "kg.cli", "--version"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and "dangkg" in done.stdout
