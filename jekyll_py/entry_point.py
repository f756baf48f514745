"""The `jekyll-py` console entry point: what a run sets up before the command line is parsed.

In order: the regular-expression store (jekyll_py/regex_cache.py), the deferred imports, and, for a plain
`build` command line (each flag known and written on its own: `commands._common.build_options`), the Sass
worker (jekyll_py/early_sass.py). libsass compiling a theme's stylesheet is often the longest task of a build;
started here (~50 ms into the run, ~10 ms sooner) it runs while the rest of the build is imported. Such a
build then runs without click (~8 ms); any other command line goes to click (jekyll_py/cli.py). The process
leaves without tearing the site model down.
"""

from __future__ import annotations

import os
import sys

from jekyll_py import regex_cache
from jekyll_py.deferred_imports import defer

# Imported with pathlib (through urllib.parse, to check bracketed IPv6 hosts), used by no command.
# click's `uuid` cannot be deferred: its UUID type subscripts uuid.UUID when click is imported.
UNUSED_AT_START = ("ipaddress", "asyncio", "dateutil.parser", "importlib_resources")
# Imported by name by python-liquid, used only on request: its non-standard tags and filters, its
# translation-message extraction (Babel's catalogs, dates and pytz: ~10 ms) and its templates' static
# analysis (~1 ms of dataclasses). The stand-ins for the two classes are callables that build the real
# thing, enough for what liquid's own module does with them.
STOOD_IN_FOR = {
    "liquid.extra": ("add_tags_and_filters",),
    "liquid.messages": ("MessageTuple", "Translations", "extract_from_template"),
    "liquid.static_analysis": ("analyze", "analyze_async"),
}
BUILD_COMMANDS = ("build", "b")


def run() -> None:
    """Run the command, then leave with `os._exit`.

    Freeing every object of a large site at interpreter exit costs a noticeable share of a build (0.2 s at
    4000 posts), and nothing is left to do by then: output is flushed and files are written atomically.
    Tests call `cli.main` directly, so this exit never ends a test process. Forked workers exit without
    coming back here, so only this process stores the compiled regular expressions.
    """
    compiled_patterns = regex_cache.install()
    for name in UNUSED_AT_START:
        defer(name)
    for name, functions in STOOD_IN_FOR.items():
        defer(name, functions=functions)
    arguments = sys.argv[1:]
    early_sass = plain_build = None  # the options of a plain build command line, which runs without click
    if arguments[:1] and arguments[0] in BUILD_COMMANDS:
        from jekyll_py.commands._common import build_options

        plain_build = build_options(arguments[1:])
        if plain_build is not None and not plain_build.get("watch"):  # a watching build reads its site anew
            from jekyll_py import early_sass

            early_sass.start_ahead(plain_build)
    code = 0
    try:
        if plain_build is not None:
            from jekyll_py.commands.build import build

            build(**plain_build)
        else:
            from jekyll_py.cli import main

            main()
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        if early_sass is not None:
            early_sass.stop_ahead()
        if compiled_patterns is not None:
            compiled_patterns.save()
    os._exit(code)
