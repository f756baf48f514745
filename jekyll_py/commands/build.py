"""`jekyll-py build` and `jekyll-py clean`."""

from __future__ import annotations

import time
from typing import Any

import click

from jekyll_py import log, progress
from jekyll_py.commands._common import handles_errors, load_site, set_verbosity, site_options


def run_build(site: Any) -> None:
    """Build once, printing what Jekyll prints around it."""
    log.info("Source:", str(site.source))
    log.info("Destination:", str(site.dest))
    log.info("Incremental build:", "disabled. Enable with --incremental")
    log.info("Generating...")
    started = time.perf_counter()
    site.process()
    log.info("", f"done in {time.perf_counter() - started:.3f} seconds.")


@click.command()
@site_options
@handles_errors
def build(**options: Any) -> None:
    """Build your site."""
    set_verbosity(options)
    site = load_site(options, compile_sass_early=True)
    bar = progress.attach(site, quiet=bool(options.get("quiet")))
    try:
        run_build(site)
    finally:
        if bar is not None:
            bar.finish()  # an error's message starts on its own line
    log.info("Auto-regeneration:", "disabled. Use --watch to enable.")


@click.command()
@site_options
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
