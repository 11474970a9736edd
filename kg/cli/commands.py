"""The commands that live in modules of their own (kg/cli/<command>.py), added to ``kg``.

Each module defines one click command; adding a command is one line here.
"""
from __future__ import annotations

import click

# module of kg.cli → the click command it defines (imported when kg starts: keep their
# top-level imports light, importing the heavy libraries inside the command)
COMMANDS: tuple[tuple[str, str], ...] = (("person", "person"), ("show", "show"), ("read", "read"), ("export", "export"))


def register(group: click.Group) -> None:
    from importlib import import_module

    for module, name in COMMANDS:
        group.add_command(getattr(import_module(f"kg.cli.{module}"), name))
