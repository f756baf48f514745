"""Documents: the files of a collection, posts and drafts included (Jekyll::Document), and their drop.

A document's data is built in Jekyll's order — categories from its folders, front-matter defaults, its
own front matter, then what the file name says (date, slug, title), categories, tags and the excerpt —
and its Liquid drop stays live: `post.content` is whatever the document holds when it is read.
"""

from __future__ import annotations

import datetime as dt
import functools
import posixpath
import re
from collections.abc import Iterator, Mapping
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jekyll_py import frontmatter, safe_yaml
from jekyll_py.convertible import Convertible
from jekyll_py.dates import InvalidDate, to_local_time
from jekyll_py.errors import FrontMatterError
from jekyll_py.permalink import DocumentPlaceholders, generate_url, unescape_path
from jekyll_py.utils import (
    deep_merge_into,
    pluralized_array,
    relative_posix,
    ruby_array,
    ruby_sort,
    ruby_to_s,
    split_ext,
    titleize_slug,
    union,
)

if TYPE_CHECKING:
    from jekyll_py.collection import Collection
    from jekyll_py.site import Site

DATE_FILENAME_RE = re.compile(r"^(?>.+/)*?(\d{2,4}-\d{1,2}-\d{1,2})-([^/]*)(\.[^.]+)$")
DATELESS_FILENAME_RE = re.compile(r"^(?:.+/)*(.*)(\.[^.]+)$")
YAML_EXTS = (".yaml", ".yml")


def ruby_dirname(path: str) -> str:
    """File.dirname: trailing slashes are ignored (`/a/b/` → `/a`)."""
    trimmed = path.rstrip("/") or "/"
    return posixpath.dirname(trimmed) or "."


def compare_documents(a: Document, b: Document) -> int:
    """Document#<=>: by the `date` in the data, then by path when dates are equal or missing."""
    left, right = a.data.get("date"), b.data.get("date")
    if isinstance(left, dt.datetime) and isinstance(right, dt.datetime) and left != right:
        return -1 if left < right else 1
    pa, pb = str(a.path), str(b.path)
    return (pa > pb) - (pa < pb)


sort_key = functools.cmp_to_key(compare_documents)


def sort_documents(docs: list[Document]) -> list[Document]:
    """`docs.sort!`: Ruby's merge sort, since Document#<=> is no total order when some dates are missing.

    When every document has a zoned date, Document#<=> is the total order (date, path), on which every
    stable sort agrees with Ruby's: Python's own sort then does it, about ten times faster.
    """
    if _all_zoned(docs):
        return sorted(docs, key=_date_and_path)
    return ruby_sort(docs, compare_documents)


def newest_first(docs: list[Document]) -> list[Document]:
    """`docs.sort { |a, b| b <=> a }` as the `site` drop lists posts; by (date, path) when that is the order."""
    return sorted(docs, key=_date_and_path if _all_zoned(docs) else sort_key, reverse=True)


def _all_zoned(docs: list[Document]) -> bool:
    """Every document has a zoned date: Document#<=> is then the total order (date, path)."""
    return all(isinstance(date := doc.data.get("date"), dt.datetime) and date.utcoffset() is not None for doc in docs)


def _date_and_path(doc: Document) -> tuple[dt.datetime, str]:
    return doc.data["date"], str(doc.path)


class Document(Convertible):
    def __init__(self, site: Site, path: Path, collection: Collection) -> None:
        self.site = site
        self.path = path
        self.collection = collection
        self.type = collection.label
        self.name = path.name
        self.basename = path.name
        self.basename_without_ext, self.ext = split_ext(path.name)
        self.extname = self.ext
        self.relative_path = relative_posix(path, collection.collections_path)
        self.data: dict[str, Any] = {}
        self.content = ""
        self.output: str | None = None
        self.data["draft"] = self.is_draft()  # Document#draft? keeps its answer in the data
        self.categories_from_path("_drafts" if self.data["draft"] else collection.relative_directory)

    def __repr__(self) -> str:
        return f"#<Jekyll::Document {self.relative_path} collection={self.collection.label}>"

    # -- reading --------------------------------------------------------------------------------------
    def is_draft(self) -> bool:
        """A posts document outside any `_posts` folder came from `_drafts`."""
        return self.collection.label == "posts" and self.collection.relative_directory not in self.relative_path

    def read(self) -> None:
        """Document#read: defaults, then the file's front matter, then what the file name implies."""
        if self.is_yaml_file():
            text = frontmatter.read_text(self.path, self.relative_path)
            loaded = safe_yaml.load(text, file=self.relative_path, error=FrontMatterError)
            self.data = loaded if isinstance(loaded, dict) else {}
            return
        defaults = self.site.frontmatter_defaults.all(self.relative_path, self.type)
        if defaults:
            self.merge_data(defaults, source="front matter defaults")
        front_matter = self.read_front_matter()
        if front_matter:
            self.merge_data(front_matter, source="YAML front matter")
        self.populate_title()
        self.populate_categories()
        self.populate_tags()
        self.generate_excerpt()

    def merge_data(self, other: Mapping[str, Any], *, source: str) -> None:
        """Document#merge_data!: categories are unioned with the ones already known, dates parsed."""
        other = dict(other)
        if other.get("categories") is not None:
            if isinstance(other["categories"], str):
                other["categories"] = other["categories"].split()
            if isinstance(self.data.get("categories"), list):
                other["categories"] = union(self.data["categories"], ruby_array(other["categories"]))
        deep_merge_into(self.data, other)
        if "date" in other and "date" in self.data:  # a date parsed before parses to itself
            self.data["date"] = self._parse_date(self.data["date"], source)

    def _parse_date(self, value: Any, source: str) -> dt.datetime:
        try:
            return to_local_time(value)
        except InvalidDate:
            raise FrontMatterError(
                f"Invalid date '{ruby_to_s(value)}': Document '{self.relative_path}' does not have a valid date "
                f"in the {source}.",
                file=self.relative_path,
            ) from None

    def categories_from_path(self, special_dir: str) -> None:
        """Folders above `_posts` become categories (`es/_posts/x.md` → es; `_posts/es/x.md` → none)."""
        relative = self.relative_path
        if relative.startswith(special_dir):
            superdirs: list[str] = []
        else:
            at = relative.find(special_dir)
            head = relative[:at] if at >= 0 else relative
            superdirs = [part for part in head.split("/") if part and part not in (special_dir, self.basename)]
        self.merge_data({"categories": superdirs}, source="file path")

    def populate_title(self) -> None:
        """Date, slug, title and ext from the file name, unless the front matter has them."""
        slug: str | None = None
        ext: str | None = None
        if match := DATE_FILENAME_RE.match(self.relative_path):
            date, slug, ext = match.groups()
            self.modify_date(date)
        elif match := DATELESS_FILENAME_RE.match(self.relative_path):
            slug, ext = match.groups()
        if slug is None:
            slug = self.basename_without_ext
        slug = slug.rstrip(".")
        for key, value in (("title", titleize_slug(slug)), ("slug", slug), ("ext", ext)):
            if not _ruby_truthy(self.data.get(key)):
                self.data[key] = value

    def modify_date(self, date: str) -> None:
        current = self.data.get("date")
        if not current or int(current.timestamp()) == int(self.site.time.timestamp()):
            self.merge_data({"date": date}, source="filename")

    def populate_categories(self) -> None:
        categories = ruby_array(self.data.get("categories")) + pluralized_array(self.data, "category", "categories")
        names = list(dict.fromkeys(ruby_to_s(category) for category in categories))
        self.merge_data({"categories": names}, source="YAML front matter")

    def populate_tags(self) -> None:
        self.merge_data({"tags": pluralized_array(self.data, "tag", "tags")}, source="YAML front matter")

    @property
    def excerpt_separator(self) -> str:
        value = self.data.get("excerpt_separator")
        if not _ruby_truthy(value):
            value = self.site.config.get("excerpt_separator")
        return ruby_to_s(value)

    def generate_excerpt(self) -> None:
        from jekyll_py.excerpt import Excerpt

        if self.excerpt_separator and not _ruby_truthy(self.data.get("excerpt")):
            self.data["excerpt"] = Excerpt(self)

    # -- what the rest of the build asks ------------------------------------------------------------
    @property
    def date(self) -> dt.datetime:
        """The data's date, else the file's mtime for drafts and the site's time for the rest (stored)."""
        if not self.data.get("date"):
            self.data["date"] = self.source_file_mtime() if self.data.get("draft") else self.site.time
        return self.data["date"]

    def source_file_mtime(self) -> dt.datetime:
        return dt.datetime.fromtimestamp(self.path.stat().st_mtime).astimezone()

    @property
    def cleaned_relative_path(self) -> str:
        """The path inside the collection without extension (`:path`): `_talks/a/b.md` → `/a/b`."""
        without_ext = self.relative_path[: len(self.relative_path) - len(self.ext)]
        return without_ext.replace(self.collection.relative_directory, "", 1).rstrip(".")

    @cached_property
    def url(self) -> str:
        return generate_url(
            self.collection.url_template, DocumentPlaceholders(self), self.permalink, from_drop=True
        )

    @property
    def id(self) -> str:
        slug = self.data.get("slug")
        tail = ruby_to_s(slug if _ruby_truthy(slug) else self.basename_without_ext)
        return posixpath.join(ruby_dirname(self.url), tail)

    def destination(self) -> str:
        """Document#destination: a URL ending in `/` is written to its `index.html`."""
        path = unescape_path(self.url).lstrip("/")
        if self.url.endswith("/"):
            return posixpath.join(path, "index.html")
        return path if path.endswith(self.output_ext) else path + self.output_ext

    @cached_property
    def _write(self) -> bool:
        return self.collection.write and self.site.publisher.publish(self)

    def write(self) -> bool:
        """Whether the document gets a file of its own: its collection outputs and it may be published."""
        return self._write

    def is_yaml_file(self) -> bool:
        return self.ext in YAML_EXTS

    def render_with_liquid(self) -> bool:
        return not (self.ext == ".coffee" or self.is_yaml_file()) and super().render_with_liquid()

    def place_in_layout(self) -> bool:
        return not self.is_yaml_file() and super().place_in_layout()

    def next_doc(self) -> Document | None:
        docs = self.collection.docs
        position = self._position()
        return docs[position + 1] if position is not None and position < len(docs) - 1 else None

    def previous_doc(self) -> Document | None:
        position = self._position()
        return self.collection.docs[position - 1] if position else None

    def _position(self) -> int | None:
        """Where this document stands in its collection, from an index of the list (a scan per call was O(n²))."""
        docs, index = self.collection.docs, getattr(self.collection, "_positions", {})
        position = index.get(id(self))
        if position is None or position >= len(docs) or docs[position] is not self:
            index = {id(doc): i for i, doc in reversed(list(enumerate(docs)))}  # first occurrence wins
            self.collection._positions = index  # type: ignore[attr-defined]
            position = index.get(id(self))
        return position

    @cached_property
    def related_posts(self) -> list[Document]:
        """RelatedPosts#most_recent_posts: the ten newest other posts (LSI is not supported: `Site` says so)."""
        posts = self.site.posts
        if len(posts) <= 1:
            return []
        return [post for post in reversed(posts[-11:]) if post is not self][:10]

    @cached_property
    def drop(self) -> DocumentDrop:
        return DocumentDrop(self)

    def to_liquid(self) -> DocumentDrop:
        return self.drop

    def __str__(self) -> str:
        return self.output or self.content or "NO CONTENT"


def _ruby_truthy(value: Any) -> bool:
    return value is not None and value is not False


# what a document nested two levels deep in JSON leaves out (DocumentDrop::NESTED_OBJECT_FIELD_BLACKLIST)
NESTED_OBJECT_FIELD_BLACKLIST = ("content", "output", "excerpt", "next", "previous")


class DocumentDrop(Mapping[str, Any]):
    """`page` and `post` for a document (Jekyll::Drops::DocumentDrop): live, computed on every access."""

    # content methods in the order Jekyll lists them (Drop#keys), then the data's own keys
    KEYS = ("name", "id", "relative_path", "excerpt", "title", "categories", "collection", "next", "tags",
            "previous", "content", "output", "path", "url", "date")
    KEY_SET = frozenset(KEYS)
    # keys read straight from the document's attribute of the same name (`url` is read most, by `where`)
    ATTRIBUTE_KEYS = frozenset(("id", "relative_path", "content", "output", "url", "date"))

    __slots__ = ("doc",)

    def __init__(self, doc: Any) -> None:
        self.doc = doc

    def _fallback(self) -> Mapping[str, Any]:
        return self.doc.data

    def _method(self, key: str) -> Any:
        doc = self.doc
        if key in self.ATTRIBUTE_KEYS:
            return getattr(doc, key)
        if key in ("title", "categories", "tags"):
            return self._fallback().get(key)
        if key == "excerpt":
            return ruby_to_s(self._fallback().get("excerpt"))
        if key == "name":
            name = self._fallback().get("name")
            return name if _ruby_truthy(name) else doc.basename
        if key == "collection":
            return doc.collection.label
        if key == "next":
            following = doc.next_doc()
            return following.to_liquid() if following is not None else None
        if key == "previous":
            preceding = doc.previous_doc()
            return preceding.to_liquid() if preceding is not None else None
        if key == "path":
            return doc.relative_path
        return getattr(doc, key)

    def __getitem__(self, key: str) -> Any:
        if key in self.KEY_SET:
            return self._method(key)
        return self._fallback()[key]

    def get(self, key: str, default: Any = None) -> Any:
        """Mapping's `get` without its KeyError round trip (filters such as `where` read a key of every item)."""
        if key in self.KEY_SET:
            return self._method(key)
        return self._fallback().get(key, default)

    def __contains__(self, key: object) -> bool:
        return key in self.KEY_SET or key in self._fallback()

    def __iter__(self) -> Iterator[str]:
        yield from self.KEYS
        yield from (key for key in self._fallback() if key not in self.KEYS)

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, DocumentDrop) and other.doc is self.doc

    def __hash__(self) -> int:
        return id(self.doc)

    def __str__(self) -> str:
        """Drop#to_s for a document: its output, else its content."""
        return str(self.doc)

    to_liquid_string = __str__

    def hash_for_json(self, depth: int = 0) -> dict[str, Any]:
        """DocumentDrop#hash_for_json: two levels down, `next`/`previous` lose their recursive fields."""
        hashed = {key: self[key] for key in self}
        if depth >= 2:
            for key in ("previous", "next"):
                nested = hashed.get(key)
                if isinstance(nested, DocumentDrop):
                    hashed[key] = {k: nested[k] for k in nested if k not in NESTED_OBJECT_FIELD_BLACKLIST}
        return hashed

    def liquid_inspect(self) -> str:
        """Drop#inspect is `JSON.pretty_generate(to_h)`."""
        from jekyll_py.drops import pretty_generate

        return pretty_generate(self)
