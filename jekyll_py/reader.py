"""Reading the source tree into the site model (Jekyll::Reader): layouts, pages, posts, static files,
collections, data.

Walks the source once, skipping what the entry filter rejects; a file whose first line is `---` is a
page, anything else a static file; each folder's `_posts` (and `_drafts`) are read on the way.
Underscore folders are skipped unless listed in `include:`. Collections are read after the walk.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from jekyll_py.data_reader import DataReader
from jekyll_py.document import sort_documents
from jekyll_py.entry_filter import EntryFilter
from jekyll_py.errors import ConfigError
from jekyll_py.frontmatter import has_yaml_header
from jekyll_py.layout import Layout
from jekyll_py.page import Page
from jekyll_py.post_reader import PostReader
from jekyll_py.static_file import StaticFile
from jekyll_py.utils import collector_paused

if TYPE_CHECKING:
    from jekyll_py.site import Site

# read elsewhere: posts folder by folder, data by the DataReader (CollectionReader::SPECIAL_COLLECTIONS)
SPECIAL_COLLECTIONS = ("posts", "data")


class Reader:
    def __init__(self, site: Site) -> None:
        self.site = site
        config = site.config
        self.filter = EntryFilter(site.source, config["include"], config["exclude"], safe=bool(config.get("safe")))
        self.post_reader = PostReader(site, self.filter)

    def read(self) -> None:
        """Reader#read then Site#limit_posts!: the order decides where collection static files land."""
        site = self.site
        with collector_paused():
            site.layouts = self.read_layouts()
            self.read_directories("")
            self.read_included_files()
            self.sort_files()
            self.read_collections()
            site.data = DataReader(site.source, site.config).read(str(site.config["data_dir"]))
        self.limit_posts()

    def sort_files(self) -> None:
        site = self.site
        for collection in site.collections.values():
            collection.docs[:] = sort_documents(collection.docs)
        site.pages.sort(key=lambda page: page.name)
        site.static_files.sort(key=lambda static: static.relative_path)

    def read_collections(self) -> None:
        """CollectionReader: every collection but posts (read folder by folder) and data."""
        for collection in self.site.collections.values():
            if collection.label not in SPECIAL_COLLECTIONS:
                collection.read(self.filter)

    def limit_posts(self) -> None:
        """`--limit_posts N` keeps the N newest posts."""
        limit = int(self.site.config.get("limit_posts") or 0)
        if limit < 0:
            raise ConfigError("limit_posts must be a non-negative number", hint="use --limit_posts 1 or more")
        posts = self.site.collections.get("posts")
        if limit > 0 and posts is not None:
            posts.docs = posts.docs[-limit:]

    def retrieve_posts(self, rel_dir: str) -> None:
        """Posts (and drafts when shown) of `rel_dir/_posts`, only inside `collections_dir` when it is set."""
        site = self.site
        collections_dir = str(site.config.get("collections_dir") or "")
        if collections_dir and not f"/{rel_dir}".startswith(f"/{collections_dir}"):
            return
        posts = site.collections["posts"]
        posts.docs.extend(self.post_reader.read_posts(rel_dir))
        if site.config.get("show_drafts"):
            posts.docs.extend(self.post_reader.read_drafts(rel_dir))

    def read_layouts(self) -> dict[str, Layout]:
        layouts: dict[str, Layout] = {}
        folder = self.site.source / str(self.site.config["layouts_dir"])
        if not folder.is_dir():
            return layouts
        strict = bool(self.site.config.get("strict_front_matter"))
        for path in sorted(folder.rglob("*.*")):
            rel_inside = path.relative_to(folder).as_posix()
            if not path.is_file() or not all(self.filter.keep("", part) for part in rel_inside.split("/")):
                continue
            name = ".".join(rel_inside.split(".")[:-1])
            relative = path.relative_to(self.site.source).as_posix()
            layouts[name] = Layout(path, relative, strict=strict)
        return layouts

    def read_directories(self, rel_dir: str) -> None:
        """Read one folder: sub-folders recursively, then its pages and static files."""
        site = self.site
        base = site.source / rel_dir if rel_dir else site.source
        if not base.is_dir():
            return
        self.retrieve_posts(rel_dir)
        # Dir.entries: the file system's own order, which decides ties when pages are sorted by name
        names = os.listdir(base)
        pages, statics, folders = [], [], []
        for name in names:
            if not self.filter.keep(rel_dir, name):
                continue
            full = base / name
            if full.is_dir():
                folders.append(name)
            elif has_yaml_header(full):
                pages.append(name)
            else:
                statics.append(name)
        dest = str(site.dest)
        for name in folders:
            child = f"{rel_dir}/{name}" if rel_dir else name
            if str(site.source / child) != dest:
                self.read_directories(child)
        jekyll_dir = f"/{rel_dir}" if rel_dir else ""
        for name in pages:
            self.add_page(Page(site, jekyll_dir, name))
        for name in statics:
            site.static_files.append(StaticFile(site, jekyll_dir, name))

    def add_page(self, page: Page) -> None:
        """Keep a page only when it may be published (Publisher#publish?)."""
        if page.is_published() or self.site.config.get("unpublished"):
            self.site.pages.append(page)

    def read_included_files(self) -> None:
        """Files named in `include:` that the walk skipped (e.g. `.htaccess`)."""
        site = self.site
        known = {page.relative_path for page in site.pages} | {s.relative_path.lstrip("/") for s in site.static_files}
        for entry in site.config["include"]:
            path = site.source / str(entry)
            if not path.is_file() or self.filter.symlink_outside(str(entry)):
                continue
            relative = path.relative_to(site.source).as_posix()
            if relative in known:
                continue
            folder, name = os.path.split(relative)
            jekyll_dir = f"/{folder}" if folder else ""
            if has_yaml_header(path):
                self.add_page(Page(site, jekyll_dir, name))
            else:
                site.static_files.append(StaticFile(site, jekyll_dir, name))
