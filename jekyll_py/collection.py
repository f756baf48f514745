"""Collections (Jekyll::Collection): `_label/` folders named under `collections:`, posts among them.

A collection reads every file of its folder: files with front matter become documents, the rest static
files (added to `site.static_files` after the site's own). Documents are sorted by date then path, or by
`sort_by`, or in the `order` given; `output` decides whether they get files of their own.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterator, Mapping
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jekyll_py import log
from jekyll_py.document import Document, compare_documents, sort_documents
from jekyll_py.frontmatter import has_yaml_header
from jekyll_py.permalink import add_permalink_suffix, generate_url
from jekyll_py.static_file import StaticFile
from jekyll_py.utils import ruby_sort

if TYPE_CHECKING:
    from jekyll_py.entry_filter import EntryFilter
    from jekyll_py.site import Site


def sanitize_label(label: str) -> str:
    return re.sub(r"[^a-z0-9_\-.]", "", str(label), flags=re.IGNORECASE)


def collections_path(site: Site) -> Path:
    """Where collection folders live: the source, or `collections_dir` inside it."""
    container = str(site.config.get("collections_dir") or "")
    return site.source / container if container else site.source


def glob_entries(directory: Path) -> Iterator[str]:
    """Ruby's `Dir.glob("**/*", File::FNM_DOTMATCH)` order: sorted names, each folder before its contents."""
    return (entry for entry, _ in walk(str(directory)))


def walk(directory: str) -> Iterator[tuple[str, bool]]:
    """`glob_entries` with whether each entry is a folder, from the directory listing (no stat per file)."""
    try:
        with os.scandir(directory) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError:
        return
    for entry in entries:
        is_dir = entry.is_dir()
        yield entry.name, is_dir
        if is_dir and not entry.is_symlink():
            yield from ((f"{entry.name}/{inner}", inner_is_dir) for inner, inner_is_dir in walk(entry.path))


def filtered_files(entry_filter: EntryFilter, directory: Path, base: str) -> list[str]:
    """Files under `directory` (relative to it) that the entry filter keeps, judged as `base/entry`."""
    return [entry for entry, is_dir in walk(str(directory)) if not is_dir and entry_filter.keep(base, entry)]


class Collection:
    def __init__(self, site: Site, label: str) -> None:
        self.site = site
        self.label = sanitize_label(label)
        collections = site.config.get("collections")
        meta = collections.get(self.label) if isinstance(collections, dict) else None
        self.metadata: dict[str, Any] = meta if isinstance(meta, dict) else {}
        self.docs: list[Document] = []
        self.files: list[StaticFile] = []

    def __repr__(self) -> str:
        return f"#<Jekyll::Collection @label={self.label} docs={self.docs}>"

    @property
    def relative_directory(self) -> str:
        return f"_{self.label}"

    @cached_property
    def collections_path(self) -> Path:
        return collections_path(self.site)

    @property
    def directory(self) -> Path:
        return self.collections_path / self.relative_directory

    @property
    def write(self) -> bool:
        """Collection#write?: documents get files of their own only with `output: true`."""
        output = self.metadata.get("output", False)
        return output is not None and output is not False

    @cached_property
    def url_template(self) -> str:
        if self.metadata.get("permalink") is not None:
            return str(self.metadata["permalink"])
        return add_permalink_suffix("/:collection/:path", self.site.permalink_style)

    def static_file_url(self, static: StaticFile) -> str:
        """StaticFile#url inside a collection: the collection's template with a file's placeholders."""
        placeholders = {
            "collection": self.label,
            "path": static.cleaned_relative_path,
            "output_ext": "",
            "name": static.basename,
            "title": "",
        }
        return generate_url(self.url_template, placeholders)

    # -- reading ------------------------------------------------------------------------------------
    def read(self, entry_filter: EntryFilter) -> None:
        """Collection#read: documents and static files, then the documents sorted."""
        directory = self.directory
        if not directory.is_dir() or entry_filter.symlink_outside(self._source_relative(directory)):
            return
        for entry in filtered_files(entry_filter, directory, self.relative_directory):
            full = directory / entry
            if has_yaml_header(full):
                self.read_document(full)
            else:
                self.read_static_file(entry)
        self.site.static_files.extend(self.files)
        self.sort_docs()

    def _source_relative(self, path: Path) -> str:
        return path.relative_to(self.site.source).as_posix()

    def read_document(self, full_path: Path) -> None:
        doc = Document(self.site, full_path, self)
        doc.read()
        if self.site.config.get("unpublished") or doc.is_published():
            self.docs.append(doc)

    def read_static_file(self, entry: str) -> None:
        folder = os.path.dirname(entry)
        # Jekyll.sanitized_path("_label", ".") is "_label/": the relative path has no leading slash
        relative_dir = f"{self.relative_directory}/{folder}" if folder else f"{self.relative_directory}/"
        self.files.append(StaticFile(self.site, relative_dir, os.path.basename(entry), self))

    # -- sorting --------------------------------------------------------------------------------------
    def sort_docs(self) -> None:
        order = self.metadata.get("order")
        sort_by = self.metadata.get("sort_by")
        if isinstance(order, list):
            self.rearrange_docs(order)
        elif isinstance(sort_by, str):
            self.sort_docs_by_key(sort_by)
        else:
            self.docs[:] = sort_documents(self.docs)

    def sort_docs_by_key(self, key: str) -> None:
        """`sort_by:` a front-matter key; documents without it go last with a warning, ties by date and path."""

        def compare(a: Document, b: Document) -> int:
            left, right = a.data.get(key), b.data.get(key)
            order: int | None
            if left is None and right is not None:
                log.warn("Sort warning:", f"'{key}' not defined in {a.relative_path}")
                order = 1
            elif left is not None and right is None:
                log.warn("Sort warning:", f"'{key}' not defined in {b.relative_path}")
                order = -1
            else:
                order = ruby_compare(left, right)
            return order if order else compare_documents(a, b)

        self.docs[:] = ruby_sort(self.docs, compare)

    def rearrange_docs(self, order: list[Any]) -> None:
        """`order:` lists file names; those come first in that order, the rest after, sorted."""
        table = {doc.relative_path: doc for doc in sort_documents(self.docs)}
        arranged: dict[str, Document | None] = {f"{self.relative_directory}/{entry}": None for entry in order}
        arranged.update(table)
        self.docs = [doc for doc in arranged.values() if doc is not None]

    # -- Liquid ---------------------------------------------------------------------------------------
    @cached_property
    def drop(self) -> CollectionDrop:
        return CollectionDrop(self)

    def to_liquid(self) -> CollectionDrop:
        return self.drop


def ruby_compare(left: Any, right: Any) -> int | None:
    """Ruby's `<=>` for front-matter values: nil when the two cannot be compared."""
    if isinstance(left, bool) or isinstance(right, bool):
        return 0 if left is right else None
    comparable = (
        (isinstance(left, int | float) and isinstance(right, int | float))
        or (isinstance(left, str) and isinstance(right, str))
        or (isinstance(left, dt.datetime) and isinstance(right, dt.datetime))
        or (type(left) is dt.date and type(right) is dt.date)
    )
    if comparable:
        return (left > right) - (left < right)
    if isinstance(left, list) and isinstance(right, list):
        for a, b in zip(left, right, strict=False):
            result = ruby_compare(a, b)
            if result != 0:
                return result
        return (len(left) > len(right)) - (len(left) < len(right))
    return None


class CollectionDrop(Mapping[str, Any]):
    """`site.collections[i]` (Jekyll::Drops::CollectionDrop): label, docs, files, directories, output, metadata."""

    KEYS = ("label", "files", "docs", "output", "relative_directory", "directory")

    def __init__(self, collection: Collection) -> None:
        self.collection = collection

    def __getitem__(self, key: str) -> Any:
        collection = self.collection
        if key == "label":
            return collection.label
        if key == "docs":
            return [doc.to_liquid() for doc in collection.docs]
        if key == "files":
            return [static.to_liquid() for static in collection.files]
        if key == "output":
            return collection.write
        if key == "relative_directory":
            return collection.relative_directory
        if key == "directory":
            return str(collection.directory)
        return collection.metadata[key]

    def __contains__(self, key: object) -> bool:
        return key in self.KEYS or key in self.collection.metadata

    def __iter__(self) -> Iterator[str]:
        yield from self.KEYS
        yield from (key for key in self.collection.metadata if key not in self.KEYS)

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def __str__(self) -> str:
        return "".join(str(doc) for doc in self.collection.docs)

    to_liquid_string = __str__
