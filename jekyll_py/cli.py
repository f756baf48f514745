"""The `jekyll-py` command line: Jekyll's commands and flags; each command lives in jekyll_py/commands/.

Commands are imported only when used, so `jekyll-py build` does not pay for the BibTeX parser or the
dev server, and `jekyll-py --version` starts in a few tens of milliseconds.
"""

from __future__ import annotations

import importlib

import click

from jekyll_py import __version__

# command name -> (module in jekyll_py.commands, click command in it); aliases as in Jekyll
COMMANDS: dict[str, tuple[str, str]] = {
    "build": ("build", "build_command"),
    "b": ("build", "build_command"),
    "clean": ("build", "clean_command"),
    "serve": ("serve", "serve"),
    "server": ("serve", "serve"),
    "s": ("serve", "serve"),
    "doctor": ("doctor", "doctor"),
    "hyde": ("doctor", "doctor"),
    "new": ("new", "new"),
    "import-bib": ("import_bib", "import_bib_command"),
}


class LazyGroup(click.Group):
    """A group whose commands are imported the first time they are looked up."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted([*COMMANDS, "help"])

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name == "help":
            return help_command
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module = importlib.import_module(f"jekyll_py.commands.{target[0]}")
        return getattr(module, target[1])


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-v", "--version", prog_name="jekyll-py")
def main() -> None:
    """jekyll-py: build Jekyll sites with Python alone."""


@click.command("help")
@click.argument("command", required=False)
@click.pass_context
def help_command(ctx: click.Context, command: str | None) -> None:
    """Show the help message, optionally for a given subcommand (Jekyll's `help`)."""
    group_ctx = ctx.parent
    assert group_ctx is not None
    if command is None:
        click.echo(main.get_help(group_ctx))
        return
    target = main.get_command(group_ctx, command)
    if target is None:
        raise click.UsageError(f"No such command '{command}'.", ctx)
    with click.Context(target, info_name=command, parent=group_ctx) as sub:
        click.echo(target.get_help(sub))
