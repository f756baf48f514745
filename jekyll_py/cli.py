"""The `jekyll-py` command line: Jekyll's commands and flags; each command lives in jekyll_py/commands/."""

from __future__ import annotations

import importlib
import pkgutil

import click

from jekyll_py import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-v", "--version", prog_name="jekyll-py")
def main() -> None:
    """jekyll-py: build Jekyll sites with Python alone."""


def register_commands() -> None:
    """Add every command module in jekyll_py/commands (each defines `COMMANDS`, click commands with aliases)."""
    from jekyll_py import commands

    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{commands.__name__}.{info.name}")
        for names, command in getattr(module, "COMMANDS", []):
            for name in names:
                main.add_command(command, name=name)


register_commands()


