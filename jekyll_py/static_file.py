"""Static files: everything without front matter, copied byte for byte (Jekyll::StaticFile)."""

from __future__ import annotations

import datetime as dt
import posixpath
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jekyll_py.permalink import unescape_path
from jekyll_py.utils import split_ext, strip_trailing_dots

if TYPE_CHECKING:
    from jekyll_py.site import Site


class StaticFile:
    def __init__(self, site: Site, dir: str, name: str, collection: Any = None) -> None:
        self.site = site
        self.dir = dir
        self.name = name
        self.collection = collection
        # File.join(dir, name): `/assets/x.png` for the site's files, `_label/x.pdf` for a collection's
        self.relative_path = posixpath.join(dir, name) if dir else name
        if collection is None and not self.relative_path.startswith("/"):
            self.relative_path = "/" + self.relative_path
        base, self.extname = split_ext(name)
        self.basename = strip_trailing_dots(base)
        root = collection.collections_path if collection is not None else site.source
        self.path: Path = root / self.relative_path.lstrip("/")

    def __repr__(self) -> str:
        return f"<StaticFile {self.relative_path}>"

    @cached_property
    def modified_time(self) -> dt.datetime:
        return dt.datetime.fromtimestamp(self.path.stat().st_mtime).astimezone()

    @cached_property
    def cleaned_relative_path(self) -> str:
        cleaned = self.relative_path[: len(self.relative_path) - len(self.extname)].rstrip(".")
        if self.collection is not None:
            cleaned = cleaned.replace(self.collection.relative_directory, "", 1)
        return cleaned

    @cached_property
    def url(self) -> str:
        if self.collection is None:
            base = self.cleaned_relative_path
        else:
            base = self.collection.static_file_url(self)
        return base.rstrip("/") + self.extname

    @cached_property
    def data(self) -> dict[str, Any]:
        """Front-matter defaults apply to static files too (Jekyll 4)."""
        kind = self.collection.label if self.collection is not None else None
        return self.site.frontmatter_defaults.all(self.relative_path, kind)

    def write(self) -> bool:
        if self.site.frontmatter_defaults.all(self.url, self.collection.label if self.collection else None).get(
            "published", True
        ) is False:
            return False
        return self.collection is None or self.collection.write

    def destination(self) -> str:
        return unescape_path(self.url).lstrip("/")

    def to_liquid(self) -> dict[str, Any]:
        """StaticFileDrop's keys."""
        return {
            "name": self.name,
            "extname": self.extname,
            "modified_time": self.modified_time,
            "path": self.relative_path,
            "collection": self.collection.label if self.collection is not None else None,
            "basename": self.basename,
            **self.data,
        }
