"""What every `jekyll-py` command shares: Jekyll's site flags, loading the site, error reporting.

A user mistake (a `JekyllPyError`) becomes one readable block and exit status 1; `--trace` shows the
Python traceback instead.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from typing import Any

from jekyll_py import log
from jekyll_py.errors import JekyllPyError


def load_site(options: dict[str, Any], *, compile_sass_early: bool = False) -> Any:
    """Read the configuration and make the Site (imports kept here so `--version` starts fast).

    With `compile_sass_early`, Sass pages start compiling before the Site is made (jekyll_py/early_sass.py),
    for the site's next `process()`.
    """
    from jekyll_py.config import load_for_options
    from jekyll_py.utils import collector_paused

    with collector_paused():  # imports and the Site's making: long-lived objects only
        config = load_for_options(options)
        environment = os.environ.get("JEKYLL_ENV", "development")
        early_sass = None
        if compile_sass_early:
            from jekyll_py.early_sass import EarlySass

            early_sass = EarlySass.start(config, environment)
        try:
            from jekyll_py.site import Site

            site = Site(config, environment=environment)
        except BaseException:
            if early_sass is not None:
                early_sass.stop()
            raise
    site.early_sass = early_sass
    return site


BUILDING_COMMANDS = {"build", "serve"}


def report_error(exc: BaseException, command_name: str) -> None:
    """One block for the user's mistake; Jekyll's "could not be built" header where a build failed."""
    lines = str(exc).splitlines()
    if command_name in BUILDING_COMMANDS:
        log.error("Error:", "YOUR SITE COULD NOT BE BUILT:")
        log.error("", "------------------------------------")
    else:
        log.error("Error:", lines.pop(0) if lines else "")
    for line in lines:
        log.error("", line)


def handles_errors(command: Callable[..., None]) -> Callable[..., None]:
    """Print a user mistake as one block and exit 1; with `--trace`, let the traceback through."""

    @functools.wraps(command)
    def wrapper(**options: Any) -> None:
        try:
            command(**options)
        except JekyllPyError as exc:
            if options.get("trace"):
                raise
            report_error(exc, command.__name__)
            sys.exit(1)
        except KeyboardInterrupt:
            sys.exit(130)
        except Exception as exc:  # a bug in jekyll-py, not the user's mistake: still no traceback
            if options.get("trace"):
                raise
            log.error("Error:", f"jekyll-py failed unexpectedly: {type(exc).__name__}: {exc}")
            log.error("", "Run again with --trace to see where, and please report it.")
            sys.exit(1)

    return wrapper


def set_verbosity(options: dict[str, Any]) -> None:
    if options.get("quiet"):
        log.set_level(log.Level.ERROR)
    elif options.get("verbose"):
        log.set_level(log.Level.DEBUG)


def site_options(command: Callable[..., None]) -> Callable[..., None]:
    """The flags every site command shares (Jekyll's global and build options). click is imported here: a
    plain build command line runs without it (jekyll_py/entry_point.py)."""
    import click

    decorators = [
        click.option("-s", "--source", type=click.Path(file_okay=False), help="Custom source directory"),
        click.option("-d", "--destination", type=click.Path(), help="Custom destination directory"),
        click.option("--config", help="Custom configuration file(s), comma separated"),
        click.option("-D", "--drafts", is_flag=True, default=None, help="Render posts in the _drafts folder"),
        click.option("--future", is_flag=True, default=None, help="Publishes posts with a future date"),
        click.option("--unpublished", is_flag=True, default=None, help="Render posts marked as unpublished"),
        click.option("--limit_posts", type=int, help="Limits the number of posts to parse and publish"),
        click.option("-b", "--baseurl", help="Serve the website from the given base URL"),
        click.option("--safe", is_flag=True, default=None, help="Safe mode: no custom plugins, no symlinks out"),
        click.option("-q", "--quiet", is_flag=True, help="Silence output"),
        click.option("-V", "--verbose", is_flag=True, help="Print verbose output"),
        click.option("-t", "--trace", is_flag=True, help="Show the full backtrace when an error occurs"),
        click.option("--profile", is_flag=True, default=None, help="Generate a Liquid rendering profile"),
        click.option("--strict_front_matter", is_flag=True, default=None, help="Fail on front matter errors"),
        click.option("-I", "--incremental", is_flag=True, default=None, help="Enable incremental rebuild"),
        click.option("--disable-disk-cache", "disable_disk_cache", is_flag=True, default=None,
                     help="Keep no conversions in .jekyll-cache between builds"),
        click.option("-p", "--plugins", metavar="PLUGINS_DIR1[,PLUGINS_DIR2[,...]]",
                     help="Plugins directory (defaults to ./_plugins)"),
        click.option("--layouts", metavar="DIR", help="Layouts directory (defaults to ./_layouts)"),
        click.option("--lsi", is_flag=True, default=None,
                     help="Use LSI for improved related posts (not supported: the most recent posts are listed)"),
    ]
    for decorator in reversed(decorators):
        command = decorator(command)
    return command


def watch_options(*, default: bool) -> list[Callable[[Any], Any]]:
    """Jekyll's `-w/--[no-]watch` and `--force_polling`: off by default for `build`, on for `serve`."""
    import click

    return [
        click.option("-w", "--watch/--no-watch", "watch", default=default,
                     help=f"Watch for changes and rebuild (default: {'watch' if default else 'no watch'})"),
        click.option("--force_polling", "force_polling", is_flag=True, help="Force watch to use polling"),
    ]


# The same flags read without click, for a plain build command line (jekyll_py/entry_point.py): those taking
# a value, and the switches; `--name=value` is read too. Anything else leaves the command line to click.
VALUE_FLAGS = {"-s": "source", "--source": "source", "-d": "destination", "--destination": "destination",
               "--config": "config", "-b": "baseurl", "--baseurl": "baseurl", "--limit_posts": "limit_posts",
               "-p": "plugins", "--plugins": "plugins", "--layouts": "layouts"}
SWITCHES = {"-D": "drafts", "--drafts": "drafts", "--future": "future", "--unpublished": "unpublished",
            "--safe": "safe", "-q": "quiet", "--quiet": "quiet", "-V": "verbose", "--verbose": "verbose",
            "-t": "trace", "--trace": "trace", "--profile": "profile", "--strict_front_matter": "strict_front_matter",
            "-I": "incremental", "--incremental": "incremental", "--disable-disk-cache": "disable_disk_cache",
            "-w": "watch", "--watch": "watch", "--force_polling": "force_polling", "--lsi": "lsi"}


def build_options(arguments: list[str]) -> dict[str, Any] | None:
    """The options click gives a site command for these arguments, when they are plainly written (each flag
    on its own, known, given once); None otherwise (tests check the two readings agree)."""
    options: dict[str, Any] = {}
    position = 0
    while position < len(arguments):
        flag, equals, attached = arguments[position].partition("=")
        position += 1
        if flag in SWITCHES and not equals:
            name, value = SWITCHES[flag], True
        elif flag in VALUE_FLAGS and (equals or position < len(arguments)):
            name = VALUE_FLAGS[flag]
            if not equals:
                attached, position = arguments[position], position + 1
                if attached.startswith("-"):  # a value or a forgotten one: left to click
                    return None
            elif not flag.startswith("--"):  # `-s=x` is the value `=x` to click
                return None
            value = attached
            if name == "limit_posts":
                if not attached.strip().lstrip("+-").isdigit():
                    return None
                value = int(attached)
        else:
            return None
        if name in options:
            return None
        options[name] = value
    return options
