"""`jekyll-py build` and `jekyll-py clean`.

The commands are plain functions; click's commands around them (`build_command`, `clean_command`) are made
the first time they are looked up. A plain build command line, read without click by jekyll_py/entry_point.py,
calls the same `build` without importing click (~8 ms of a rebuild).
"""

from __future__ import annotations

import time
from typing import Any

from jekyll_py import log, progress
from jekyll_py.commands._common import handles_errors, load_site, set_verbosity, site_options, watch_options


def run_build(site: Any) -> None:
    """Build once, printing what Jekyll prints around it."""
    log.info("Source:", str(site.source))
    log.info("Destination:", str(site.dest))
    log.info("Incremental build:", "disabled. Enable with --incremental")
    log.info("Generating...")
    started = time.perf_counter()
    site.process()
    log.info("", f"done in {time.perf_counter() - started:.3f} seconds.")


@handles_errors
def build(**options: Any) -> None:
    """Build your site."""
    set_verbosity(options)
    if options.get("watch"):
        return build_and_watch(options)
    site = load_site(options, compile_sass_early=True)
    bar = progress.attach(site, quiet=bool(options.get("quiet")))
    try:
        run_build(site)
    finally:
        if bar is not None:
            bar.finish()  # an error's message starts on its own line
    log.info("Auto-regeneration:", "disabled. Use --watch to enable.")


def build_and_watch(options: dict[str, Any]) -> None:
    """`build --watch`: build, then rebuild what each save changes until Ctrl-C, as jekyll-watch does. A
    failed build is reported and the next save tries again, where Jekyll would stop."""
    import threading

    from jekyll_py.server.session import ServeSession

    session = ServeSession(options)
    session.announce()
    session.build_first()
    watcher = session.watch(polling=bool(options.get("force_polling")))
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        log.info("", "Halting auto-regeneration.")
    finally:
        watcher.stop()


@handles_errors
def clean(**options: Any) -> None:
    """Clean the site (removes site output and metadata file) without building."""
    from jekyll_py import writer

    set_verbosity(options)
    site = load_site(options)
    writer.check_destination(site.source, site.dest)
    from jekyll_py.disk_cache import cache_folder

    state = [site.source / ".jekyll-metadata", cache_folder(site.config), site.source / ".sass-cache"]
    for target in (site.dest, *state):
        if writer.remove_tree(target):
            log.info("Cleaner:", f"Removing {target}...")
        else:
            log.info("Cleaner:", f"Nothing to do for {target}.")


def __getattr__(name: str) -> Any:
    """`build_command` and `clean_command`: click's commands for `build` and `clean`, made on first use."""
    if name not in ("build_command", "clean_command"):
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import click

    watched_build = build
    for option in reversed(watch_options(default=False)):
        watched_build = option(watched_build)
    made = {"build_command": click.command("build")(site_options(watched_build)),
            "clean_command": click.command("clean")(site_options(clean))}
    globals().update(made)
    return made[name]
