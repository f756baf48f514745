"""The `jekyll-py` command line: Jekyll's commands and flags; each command lives in jekyll_py/commands/.

Commands are imported only when used, so `jekyll-py build` does not pay for the BibTeX parser or the
dev server, and `jekyll-py --version` starts in a few tens of milliseconds.
"""

from __future__ import annotations

import importlib
import os
import sys

from jekyll_py.deferred_imports import defer

# Imported with pathlib (through urllib.parse, to check bracketed IPv6 hosts), used by no command: deferred
# before pathlib is first imported (~1 ms). click's `uuid` cannot be: its UUID type subscripts uuid.UUID.
defer("ipaddress")

import click  # noqa: E402

from jekyll_py import __version__, regex_cache  # noqa: E402

# imported with python-liquid, used by none of our commands: loaded on first use instead (about 25 ms)
UNUSED_AT_START = ("asyncio", "dateutil.parser", "importlib_resources")
# Imported by name by python-liquid, used only on request: its non-standard tags and filters, its
# translation-message extraction (Babel's catalogs, dates and pytz: ~10 ms) and its templates' static
# analysis (~1 ms of dataclasses). The stand-ins for the two classes are callables that build the real
# thing, enough for what liquid's own module does with them.
STOOD_IN_FOR = {
    "liquid.extra": ("add_tags_and_filters",),
    "liquid.messages": ("MessageTuple", "Translations", "extract_from_template"),
    "liquid.static_analysis": ("analyze", "analyze_async"),
}

# command name -> (module in jekyll_py.commands, click command in it); aliases as in Jekyll
COMMANDS: dict[str, tuple[str, str]] = {
    "build": ("build", "build"),
    "b": ("build", "build"),
    "clean": ("build", "clean"),
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
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module = importlib.import_module(f"jekyll_py.commands.{target[0]}")
        return getattr(module, target[1])


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-v", "--version", prog_name="jekyll-py")
def main() -> None:
    """jekyll-py: build Jekyll sites with Python alone."""


def run() -> None:
    """The console entry point: run the command, then leave without tearing the site model down.

    Freeing every object of a large site at interpreter exit costs a noticeable share of a build (0.2 s at
    4000 posts), and nothing is left to do by then: output is flushed and files are written atomically.
    Tests call `main` directly, so this exit never ends a test process.

    The regular expressions a command compiles are answered from the user's cache, and new ones are
    stored there on the way out (jekyll_py/regex_cache.py). It is installed before the command imports
    python-liquid, PyYAML or our modules; forked workers exit without coming back here.
    """
    compiled_patterns = regex_cache.install()
    for name in UNUSED_AT_START:
        defer(name)
    for name, functions in STOOD_IN_FOR.items():
        defer(name, functions=functions)
    code = 0
    try:
        main()
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        if compiled_patterns is not None:
            compiled_patterns.save()
    os._exit(code)
