"""What one render read: the inputs an exact incremental rebuild compares with the last build's.

A render is a function of what it reads; when none of that changed, its output cannot have changed
either. Reads are recorded through narrow hooks instead of edits to the renderer or Liquid:

- `site` is a recording subclass of the site drop (top-level keys; `site.data` by sub-key);
- a document's `page` records the neighbours it reaches through `next` and `previous`;
- the include cache records every include file a render uses, and the digest of what it parsed.

Layout chains need no hook: they follow from the item's data, which its fingerprint covers.
Values are compared through `canonical()`, which keeps what Liquid would print apart (`1` vs `true`)
and turns anything it cannot see into a value equal to nothing (so it always counts as changed).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from jekyll_py.document import DocumentDrop
from jekyll_py.drops import SiteDrop
from jekyll_py.static_file import StaticFile

ItemKey = tuple[str, str]
ALL = "*"  # a read of every key (iteration, `jsonify`, truthiness)
NEIGHBOURS = ("next", "previous")


def item_key(item: Any) -> ItemKey:
    """A name for a page, document or static file that survives re-reading the site."""
    if isinstance(item, StaticFile):
        return ("static", item.relative_path)
    return (str(item.type), item.relative_path)


@dataclass
class Trace:
    """Everything one render read (an excerpt rendered on the way counts as part of it)."""

    site_keys: set[str] = field(default_factory=set)
    data_keys: set[str] = field(default_factory=set)
    includes: set[Path] = field(default_factory=set)
    relations: dict[tuple[ItemKey, str], ItemKey | None] = field(default_factory=dict)
    items: set[ItemKey] = field(default_factory=set)
    opaque: bool = False  # read something no hook can narrow down: render again on every change


class Recorder:
    """Routes reads to the trace of the render under way; renders never overlap."""

    def __init__(self) -> None:
        self.current: Trace | None = None

    @contextmanager
    def recording(self, trace: Trace) -> Iterator[Trace]:
        outer, self.current = self.current, trace
        try:
            yield trace
        finally:
            self.current = outer

    def site_key(self, key: str) -> None:
        if self.current is not None:
            self.current.site_keys.add(key)

    def data_key(self, key: str) -> None:
        if self.current is not None:
            self.current.data_keys.add(key)

    def include(self, path: Path) -> None:
        if self.current is not None:
            self.current.includes.add(Path(path))

    def relation(self, owner: ItemKey, name: str, target: ItemKey | None) -> None:
        if self.current is not None:
            self.current.relations[(owner, name)] = target
            if target is not None:
                self.current.items.add(target)


class RecordingSiteDrop(SiteDrop):
    """`site` that notes each key a template reads; `site.data` notes its sub-keys instead."""

    def __init__(self, site: Any, recorder: Recorder) -> None:
        super().__init__(site)
        self.recorder = recorder

    def __getitem__(self, key: str) -> Any:
        if key != "data":
            self.recorder.site_key(key)
            return super().__getitem__(key)
        value = super().__getitem__(key)
        return RecordingData(value, self.recorder) if isinstance(value, Mapping) else value

    def __contains__(self, key: object) -> bool:
        self.recorder.site_key(str(key))
        return super().__contains__(key)

    def __iter__(self) -> Iterator[str]:
        self.recorder.site_key(ALL)
        return super().__iter__()


class RecordingData(Mapping[str, Any]):
    """`site.data`: each sub-key read is a dependency of its own (`_data/navigation.yml` → `navigation`)."""

    def __init__(self, data: Mapping[str, Any], recorder: Recorder) -> None:
        self._data = data
        self._recorder = recorder

    def __getitem__(self, key: str) -> Any:
        self._recorder.data_key(str(key))
        return self._data[key]

    def __contains__(self, key: object) -> bool:
        self._recorder.data_key(str(key))
        return key in self._data

    def __iter__(self) -> Iterator[str]:
        self._recorder.data_key(ALL)
        return iter(self._data)

    def __len__(self) -> int:
        self._recorder.data_key(ALL)
        return len(self._data)


class _RecordsNeighbours:
    """Mixed into a document drop: `page.next` and `page.previous` are dependencies, and so is
    whatever is reached from them (the drops handed out record too)."""

    __slots__ = ()
    doc: Any
    recorder: Recorder

    def _method(self, key: str) -> Any:
        value = super()._method(key)  # type: ignore[misc]
        if key not in NEIGHBOURS:
            return value
        owner = getattr(self.doc, "doc", self.doc)  # an excerpt's neighbours are its document's
        target = value.doc if isinstance(value, DocumentDrop) else None
        self.recorder.relation(item_key(owner), key, item_key(target) if target is not None else None)
        return recording_drop(value, self.recorder) if isinstance(value, DocumentDrop) else value


_RECORDING_CLASSES: dict[type, type] = {}


def recording_drop(drop: DocumentDrop, recorder: Recorder) -> DocumentDrop:
    """The same drop (same class, equal to it) that also records where `next`/`previous` lead."""
    base = type(drop)
    if base in _RECORDING_CLASSES.values():
        base = base.__mro__[2]
    cls = _RECORDING_CLASSES.get(base)
    if cls is None:
        cls = type(f"Recording{base.__name__}", (_RecordsNeighbours, base), {"__slots__": ("recorder",)})
        _RECORDING_CLASSES[base] = cls
    recording = cls(drop.doc)
    recording.recorder = recorder
    return recording


class RecordingIncludeCache(dict[Path, Any]):
    """The Liquid environment's include cache (`inclusions`): notes each include a render uses and the
    digest of the file as it was parsed, so a later build can tell whether it changed."""

    def __init__(self, recorder: Recorder) -> None:
        super().__init__()
        self.recorder = recorder
        self.digests: dict[Path, bytes | None] = {}

    def get(self, key: Path, default: Any = None) -> Any:  # type: ignore[override]
        self.recorder.include(key)
        return super().get(key, default)

    def __setitem__(self, key: Path, value: Any) -> None:
        self.digests[Path(key)] = file_digest(Path(key))
        super().__setitem__(key, value)


def file_digest(path: Path) -> bytes | None:
    """The digest of a file's bytes; None when it is gone."""
    try:
        return hashlib.blake2b(path.read_bytes(), digest_size=16).digest()
    except OSError:
        return None


_opaque_ids = itertools.count()


def canonical(value: Any) -> Any:
    """A comparable form of a Liquid-visible value, keeping apart what prints differently."""
    if value is None or isinstance(value, (bool, int, float, str, Decimal)):
        return (type(value).__name__, value)
    if isinstance(value, dt.datetime):
        return ("datetime", value.isoformat(), str(value.tzinfo))
    if isinstance(value, dt.date):
        return ("date", value.isoformat())
    if type(value) is dict:
        return ("dict", tuple((canonical(k), canonical(v)) for k, v in value.items()))
    if type(value) in (list, tuple):
        return ("list", tuple(canonical(v) for v in value))
    if type(value).__name__ == "Excerpt":
        return ("excerpt", value.content)  # cut from the document's content, which is compared too
    return ("opaque", next(_opaque_ids))  # a drop, a plugin's object: never equal to anything


def digest(value: Any) -> bytes:
    return hashlib.blake2b(repr(canonical(value)).encode("utf-8"), digest_size=16).digest()


READ_FROM_FILE = ("Page", "Document")
RACY_SECONDS = 2.0


def file_signature(item: Any) -> tuple[int, int, int] | None:
    """(mtime, size, inode) of the file a page or document was read from, when it can stand for the
    file's contents: None for generated items and for files touched in the last two seconds (a coarse
    clock could give an edit the same mtime; git's "racily clean" rule)."""
    if type(item).__name__ not in READ_FROM_FILE:
        return None
    try:
        stat = item.path.stat()
    except OSError:
        return None
    if time.time() - stat.st_mtime < RACY_SECONDS:
        return None
    return (stat.st_mtime_ns, stat.st_size, stat.st_ino)


def source_fingerprint(item: Any) -> bytes:
    """What the reader and generators made of an item: equal fingerprints, equal inputs to its render."""
    if isinstance(item, StaticFile):
        try:
            stat = item.path.stat()
            seen: Any = (stat.st_size, stat.st_mtime_ns)
        except OSError:
            seen = None
        return digest(["static", item.relative_path, item.url, repr(seen), item.data])
    return digest([type(item).__name__, item.relative_path, item.url, item.content, item.data])
