"""The site and its build: `Site.process()` is Jekyll's read → generate → render → write, nothing else."""

from __future__ import annotations

import datetime as dt
import gc
import os
import time as time_module
from collections.abc import Callable, Iterator
from contextlib import nullcontext
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jekyll_py import log, writer
from jekyll_py.collection import Collection
from jekyll_py.config import site_folders
from jekyll_py.converters import Converter, Identity, MarkdownConverter
from jekyll_py.disk_cache import DiskCaches
from jekyll_py.drops import JekyllDrop, SiteDrop
from jekyll_py.errors import ConfigError
from jekyll_py.frontmatter_defaults import FrontmatterDefaults
from jekyll_py.hooks import Hooks
from jekyll_py.layout import Layout
from jekyll_py.page import Page
from jekyll_py.profiler import Profiler
from jekyll_py.publisher import Publisher
from jekyll_py.reader import Reader
from jekyll_py.renderer import Renderer
from jekyll_py.static_file import StaticFile

if TYPE_CHECKING:
    from jekyll_py.early_sass import EarlySass

Generator = Callable[["Site"], None]


def set_timezone(name: str | None) -> None:
    """Jekyll sets ENV['TZ'] from `timezone:`; local times (Psych, site.time) then use that zone."""
    if name:
        os.environ["TZ"] = str(name)
        time_module.tzset()


def write_item(target: Path, item: Any, folders: writer.Folders) -> None:
    """A static file is copied, anything rendered is written as UTF-8."""
    if isinstance(item, StaticFile):
        writer.copy_file(item.path, target, folders)
    else:
        writer.write_bytes(target, (item.output or "").encode("utf-8"), folders)


class Site:
    def __init__(self, config: dict[str, Any], *, environment: str = "development") -> None:
        self.config = config
        self.source, self.dest = site_folders(config)
        self.environment = environment
        set_timezone(config.get("timezone"))
        self.permalink_style = str(config.get("permalink") or "date")
        self.hooks = Hooks()
        self.profiler = Profiler() if config.get("profile") else None
        if config.get("lsi"):
            log.warn("Related posts:", "lsi (latent semantic indexing) is not supported; site.related_posts lists "
                                       "the ten most recent posts, as without it")
        self.generators: list[Generator] = []
        self.disk_caches = DiskCaches.for_config(config)
        self.converters: list[Converter] = [MarkdownConverter(config, self.disk_caches), Identity(config)]
        self.payload_providers: list[Callable[[Site], dict[str, Any]]] = []
        self.includes_load_paths = [self.source / str(config["includes_dir"])]
        self.frontmatter_defaults = FrontmatterDefaults(self.source, config)
        self.publisher = Publisher(self)
        self.early_sass: EarlySass | None = None  # set by `load_site` for `build`'s one build
        self.reset()
        from jekyll_py.plugins import load_plugins

        load_plugins(self)

    # -- the build ---------------------------------------------------------------------------------
    def reset(self) -> None:
        configured_time = self.config.get("time")
        self.time = self._configured_time(configured_time) if configured_time else dt.datetime.now().astimezone()
        self.layouts: dict[str, Layout] = {}
        self.pages: list[Page] = []
        self.static_files: list[StaticFile] = []
        self.data: dict[str, Any] = {}
        self.collections: dict[str, Collection] = {
            label: Collection(self, label) for label in self.config.get("collections") or {}
        }
        self._site_drop: SiteDrop | None = None
        self.hooks.trigger("site", "after_reset", self)

    @staticmethod
    def _configured_time(value: Any) -> dt.datetime:
        if isinstance(value, dt.datetime):
            return value
        if isinstance(value, dt.date):
            return dt.datetime(value.year, value.month, value.day).astimezone()
        try:
            return dt.datetime.fromisoformat(str(value)).astimezone()
        except ValueError:
            raise ConfigError("Invalid time in _config.yml.", file="_config.yml") from None

    def process(self) -> None:
        """Build the whole site; nothing in the destination changes unless every page rendered."""
        profiler = self.profiler
        try:
            writer.check_destination(self.source, self.dest)
            for phase in ("reset", "read", "generate", "render", "write"):
                with profiler.phase(phase) if profiler else nullcontext():
                    getattr(self, phase)()
        finally:
            self.stop_early_sass()
        if profiler:
            log.info(profiler.report())

    def stop_early_sass(self) -> None:
        """The early Sass worker serves one build (a later one may have other partials); whatever happened,
        none outlives it."""
        if self.early_sass is not None:
            self.early_sass.stop()
            self.early_sass = None

    def read(self) -> None:
        Reader(self).read()
        self.hooks.trigger("site", "post_read", self)

    def generate(self) -> None:
        for generator in self.generators:
            generator(self)

    def render(self) -> None:
        """Documents of every collection, then pages (Site#render), on two cores when that pays
        (jekyll_py/parallel.py: Sass pages compile in a worker meanwhile)."""
        from jekyll_py import parallel

        # The model read so far lives until the build ends: the cyclic collector need not walk it on every
        # collection (5-10% of rendering), nor touch its memory after a fork (copy-on-write).
        gc.freeze()
        try:
            self.hooks.trigger("site", "pre_render", self)
            with parallel.sass_ahead(self):
                parallel.render_in_order(self, list(self.documents_to_render()), parallel.DOCUMENTS)
                pages = list(self.pages)
                parallel.render_in_order(self, pages, parallel.PAGES)
                self.render_pages_added(len(pages))
            self.hooks.trigger("site", "post_render", self)
        finally:
            gc.unfreeze()

    def render_pages_added(self, start: int) -> None:
        """Pages that joined while pages rendered (a Sass source map): Jekyll's loop over the growing list
        reaches them too."""
        while start < len(self.pages):
            self.render_one(self.pages[start])
            start += 1

    def render_one(self, item: Any) -> None:
        self.base_payload()["site"].current_document = item  # for site.related_posts (SiteDrop#current_document=)
        item.output = Renderer(self, item).run()
        self.hooks.trigger(item.type, "post_render", item)

    def renderables(self) -> Iterator[Any]:
        """Documents of every collection first, then pages (Site#render)."""
        yield from self.documents_to_render()
        yield from self.pages

    def documents_to_render(self) -> Iterator[Any]:
        for collection in self.collections.values():
            yield from collection.docs

    def write(self) -> None:
        files = self.files_to_write()
        writer.clean(self.dest, set(files), [str(k) for k in self.config.get("keep_files") or []])
        from jekyll_py import parallel

        parallel.write_files(self, self.dest, files, write_item)
        self.hooks.trigger("site", "post_write", self)
        self.disk_caches.save()

    def files_to_write(self) -> dict[str, Any]:
        """Destination path → item; a later item for the same path wins, with Jekyll's conflict warning."""
        files: dict[str, Any] = {}
        for item in self.each_site_file():
            rel = item.destination()
            if rel in files and files[rel] is not item:
                log.warn(
                    "Conflict:",
                    f"The following destination is shared by multiple files.\n"
                    f"                    The written file may end up with unexpected contents.\n"
                    f"                    {self.dest / rel}\n"
                    f"                     - {self._source_name(files[rel])}\n"
                    f"                     - {self._source_name(item)}\n",
                )
            files[rel] = item
        return files

    def _source_name(self, item: Any) -> str:
        return str(item.path)

    def each_site_file(self) -> Iterator[Any]:
        yield from self.pages
        yield from (static for static in self.static_files if static.write())
        for collection in self.collections.values():
            yield from (doc for doc in collection.docs if doc.write())

    # -- services for the rest of the build -----------------------------------------------------------
    def converters_for(self, ext: str) -> list[Converter]:
        return sorted((c for c in self.converters if c.matches(ext)), key=lambda c: -c.priority)

    @cached_property
    def liquid(self) -> Any:
        from jekyll_py.liquid import LiquidEngine

        return LiquidEngine(self)

    @cached_property
    def markdown(self) -> Any:
        """The Markdown converter, for `markdownify` and plugins."""
        return next(c for c in self.converters if type(c).__name__ == "MarkdownConverter")

    def extra_site_payload(self) -> dict[str, Any]:
        """Keys plugins and collections add to `site` (posts, collections, github …)."""
        extra: dict[str, Any] = {}
        for provider in self.payload_providers:
            extra.update(provider(self))
        return extra

    def base_payload(self) -> dict[str, Any]:
        """`site`, `jekyll` and `theme`, shared by every render of one pass."""
        if self._site_drop is None:
            self._site_drop = SiteDrop(self)
        return {"site": self._site_drop, "jekyll": self._jekyll_drop, "theme": None,
                "highlighter_prefix": "", "highlighter_suffix": ""}

    @cached_property
    def _jekyll_drop(self) -> JekyllDrop:
        return JekyllDrop(self.environment)

    def documents_by_relative_path(self) -> dict[str, Any]:
        """Every file the build writes, by its path in the source, for `{% link %}` (first one wins)."""
        found: dict[str, Any] = {}
        for item in self.each_site_file():
            found.setdefault(item.relative_path.lstrip("/"), item)
        return found

    @property
    def posts(self) -> list[Any]:
        collection = self.collections.get("posts")
        return list(collection.docs) if collection is not None else []

    def in_source(self, relative: str) -> Path:
        return self.source / relative

