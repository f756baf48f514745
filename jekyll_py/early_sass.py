"""Sass pages compiled from the moment `build` has the configuration, before it imports click and Liquid,
loads plugins and reads the site.

libsass compiling a theme's stylesheet can take longer than everything else a build renders, so it is
best started as soon as its input is known. A Sass page whose body has no Liquid markup is its own text
after Liquid: a worker forked right after the configuration is loaded finds those pages (the reader's
entry filter and front matter), compiles them with the compiler the build makes from the same
configuration, and sends the results back keyed by exact input (`SassCompiler.input_key`). The render
phase takes them (`parallel.sass_ahead`); a page whose input differs (a plugin changed the
configuration or the page), and anything the worker could not compile silently, compiles as in a
sequential build, so errors, warnings and output stay those of a sequential build.

For a plainly written `build` command line, the configuration is first read before anything else is imported
(`start_ahead`, from jekyll_py/entry_point.py): it forks ~50 ms into the run, ~10 ms sooner. The build takes
that worker only if it was given the configuration the build reads then; else it starts one.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jekyll_py import frontmatter, log
from jekyll_py.config import load_for_options, site_folders
from jekyll_py.convertible import SASS_EXTS, has_liquid_construct
from jekyll_py.entry_filter import EntryFilter
from jekyll_py.errors import ConfigError
from jekyll_py.parallel import Worker, captured_output, compiled_quietly, job_count
from jekyll_py.utils import split_ext, strip_trailing_dots

if TYPE_CHECKING:
    from jekyll_py.sass import Compiled


@dataclass(frozen=True)
class ConfiguredSite:
    """What the compiler reads from a site, known before the Site exists (a `SassSite`)."""

    config: dict[str, Any]
    source: Path
    environment: str


@dataclass(frozen=True)
class SassFile:
    """A Sass page as the compiler sees it (a `SassPage`), named as the reader names it."""

    relative_path: str
    body_line: int

    @property
    def name(self) -> str:
        return os.path.basename(self.relative_path)

    @property
    def basename(self) -> str:
        return strip_trailing_dots(split_ext(self.name)[0])

    @property
    def syntax(self) -> str:
        return split_ext(self.name)[1].lower().lstrip(".")


class EarlySass:
    """The worker compiling Liquid-free Sass pages for one build, with the configuration it was given."""

    def __init__(self, worker: Worker, config: dict[str, Any], environment: str) -> None:
        self.worker = worker
        self.config = config
        self.environment = environment

    @classmethod
    def start(cls, config: dict[str, Any], environment: str) -> EarlySass | None:
        """Fork the worker, unless this build runs on one core (`JEKYLL_PY_JOBS=1`); the one started from
        the command line (`start_ahead`) when it was given this very configuration."""
        global _ahead
        ahead, _ahead = _ahead, None
        if ahead is not None:
            if ahead.config == config and ahead.environment == environment:
                return ahead
            ahead.stop()  # the command line was read differently there: compile for this configuration
        try:
            if not hasattr(os, "fork") or job_count(config) < 2:
                return None
        except ConfigError:  # reported where the build reads the number of jobs
            return None
        return cls(Worker.start(lambda: compile_pages(config, environment)), config, environment)

    @staticmethod
    def compiles(page: Any) -> bool:
        """Whether the worker compiles this page (if its input is as the worker read it)."""
        return not has_liquid_construct(page.content)

    def stop(self) -> None:
        self.worker.stop()


_ahead: EarlySass | None = None


def start_ahead(options: dict[str, Any]) -> None:
    """Start the worker for `build` from the options of its command line as read before click is imported
    (`commands._common.build_options`). The build takes it (`EarlySass.start`) only if it was given the
    configuration the build then reads. Nothing is printed: the build reports the configuration."""
    global _ahead
    if _ahead is not None:
        return
    try:
        with log.muted():
            config = load_for_options(options)
        _ahead = EarlySass.start(config, os.environ.get("JEKYLL_ENV", "development"))
    except Exception:  # the build meets the same problem, and reports it
        return


def stop_ahead() -> None:
    """Stop a worker started ahead that no build took (the command failed before it got there)."""
    global _ahead
    ahead, _ahead = _ahead, None
    if ahead is not None:
        ahead.stop()


def compile_pages(config: dict[str, Any], environment: str) -> tuple[Compiled, dict[str, Any]]:
    """In the worker: compile every Liquid-free Sass page (or take it from the disk cache); returns the
    compilations and the disk-cache entries used or made. What reading the pages printed is not kept (the
    build's reader prints it); what libsass printed is, for the page's render to print in its place."""
    from jekyll_py.sass import SassCompiler

    source, dest = site_folders(config)
    compiler = SassCompiler(ConfiguredSite(config, source, environment))
    compiled: Compiled = {}
    with captured_output():
        for page, text in liquid_free_sass_pages(source, dest, config):
            try:
                made = compiled_quietly(lambda: compiler.compile_page(text, page, page.syntax))  # noqa: B023
            except Exception:  # the build reports it where it compiles the page itself
                continue
            if made is not None:
                compiled[compiler.input_key(page, page.syntax, text)] = made
    return compiled, {"sass": compiler.disk_cache.report()} if compiler.disk_cache.path else {}


def liquid_free_sass_pages(source: Path, dest: Path, config: dict[str, Any]) -> Iterator[tuple[SassFile, str]]:
    """Sass pages the reader will find, with their body, when it has no Liquid markup."""
    strict = bool(config.get("strict_front_matter"))
    for relative in sass_files(source, dest, config):
        parsed = frontmatter.parse(frontmatter.read_text(source / relative, relative), relative, strict=strict)
        if not has_liquid_construct(parsed.content):
            yield SassFile(relative, parsed.body_line), parsed.content


def sass_files(source: Path, dest: Path, config: dict[str, Any]) -> Iterator[str]:
    """`.scss`/`.sass` files with front matter in the folders the reader walks (Reader#read_directories)."""
    entry_filter = EntryFilter(source, config["include"], config["exclude"], safe=bool(config.get("safe")))
    folders = [""]
    while folders:
        folder = folders.pop()
        for name in os.listdir(source / folder):
            if not entry_filter.keep(folder, name):
                continue
            relative = f"{folder}/{name}" if folder else name
            path = source / relative
            if path.is_dir():
                if path != dest:
                    folders.append(relative)
            elif split_ext(name)[1].lower() in SASS_EXTS and frontmatter.has_yaml_header(path):
                yield relative
