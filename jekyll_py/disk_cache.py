"""The disk cache (Jekyll::Cache's disk side): conversions remembered between builds, safe to delete.

Jekyll 4 keeps Markdown conversions under `.jekyll-cache/` keyed by their input; jekyll_py keeps its own
under `<cache_dir>/jekyll_py/`, one JSON file per namespace (Markdown, Sass), so Jekyll and jekyll_py
never read each other's entries. A key is a digest of everything the value depends on (the input, the
converter's options) and the entry is only trusted by a build of the same jekyll_py code: the file
records a fingerprint of the package's source files, so an upgrade or an edited checkout starts afresh.

Each build keeps only the entries it used, so the cache never outgrows the site. Safe mode and
`disable_disk_cache: true` keep everything in memory, as Jekyll does. JSON, not pickle: the folder lives
in the site's source, and reading it must never run code. A file that cannot be read as a cache is
ignored (and replaced on save); a cache that cannot be written costs the next build time, nothing else.
"""

from __future__ import annotations

import contextlib
import json
import os
from functools import cache
from pathlib import Path
from typing import Any

import jekyll_py
from jekyll_py.utils import sanitized_path, sha256

FOLDER = "jekyll_py"


@cache
def code_fingerprint() -> str:
    """What identifies this jekyll_py's code: its version and the size and time of each source file."""
    stamps = [jekyll_py.__version__]
    _stamp_sources(os.path.dirname(jekyll_py.__file__), "", stamps)
    return sha256("\n".join(stamps).encode()).hexdigest()


def _stamp_sources(folder: str, relative: str, stamps: list[str]) -> None:
    """`relative/name.py:size:mtime` of each source file below `folder`, in name order (every build does
    this: scandir and string slicing rather than os.walk and relpath, ~2 ms less)."""
    with os.scandir(folder) as found:
        entries = sorted(found, key=lambda entry: entry.name)
    for entry in entries:
        if entry.name.endswith(".py") and entry.is_file():
            stat = entry.stat()
            stamps.append(f"{relative}{entry.name}:{stat.st_size}:{stat.st_mtime_ns}")
        elif entry.name != "__pycache__" and entry.is_dir():
            _stamp_sources(entry.path, f"{relative}{entry.name}/", stamps)


def cache_key(*parts: str) -> str:
    """A digest of `parts`, unambiguous however they split (each is length-prefixed)."""
    digest = sha256()
    for part in parts:
        data = part.encode("utf-8", "surrogatepass")
        digest.update(f"{len(data)}:".encode())
        digest.update(data)
    return digest.hexdigest()


class DiskCache:
    """One namespace of the cache: loaded on first use, saved once when the build is over."""

    def __init__(self, folder: Path | None, namespace: str) -> None:
        self.path = folder / FOLDER / f"{namespace}.json" if folder is not None else None
        self._loaded: dict[str, Any] | None = None
        self.used: dict[str, Any] = {}
        self.added: dict[str, Any] = {}

    @property
    def entries(self) -> dict[str, Any]:
        if self._loaded is None:
            self._loaded = self._read()
        return self._loaded

    def _read(self) -> dict[str, Any]:
        if self.path is None:
            return {}
        try:
            stored = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        valid = isinstance(stored, dict) and stored.get("code") == code_fingerprint()
        entries = stored.get("entries") if valid else None
        return entries if isinstance(entries, dict) else {}

    def get(self, key: str) -> Any | None:
        value = self.entries.get(key)
        if value is not None:
            self.used[key] = value
        return value

    def put(self, key: str, value: Any) -> None:
        self.entries[key] = self.used[key] = self.added[key] = value

    def report(self) -> dict[str, Any]:
        """What this process used, for the process that saves: made entries with their value, entries
        read from disk by key alone (that process read the same file)."""
        return {key: self.added.get(key) for key in self.used}

    def merge(self, report: dict[str, Any]) -> None:
        """Another process's `report` (a render worker's), as if its lookups had happened here."""
        for key, value in report.items():
            if value is None:
                self.get(key)
            else:
                self.put(key, value)

    def save(self) -> None:
        """Write the entries this build used, when they differ from what was read."""
        if self.path is None or self._loaded is None:  # never consulted: nothing to add, nothing to prune
            return
        if not self.added and len(self.used) == len(self._loaded):
            return
        data = json.dumps({"code": code_fingerprint(), "entries": self.used}, ensure_ascii=False)
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}")  # one writer per process
        with contextlib.suppress(OSError, ValueError):  # ValueError: text UTF-8 cannot encode
            self.path.parent.mkdir(parents=True, exist_ok=True)
            try:
                tmp.write_text(data, encoding="utf-8")
                os.replace(tmp, self.path)  # a build running beside this one reads the old file or the new
            finally:
                tmp.unlink(missing_ok=True)


def cache_folder(config: dict[str, Any]) -> Path:
    """`cache_dir` inside the source, whatever it says (Jekyll's in_source_dir)."""
    return sanitized_path(Path(str(config["source"])), str(config.get("cache_dir") or ".jekyll-cache"))


class DiskCaches:
    """The namespaces one site uses, saved together once its build is written."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self.namespaces: dict[str, DiskCache] = {}

    @classmethod
    def for_config(cls, config: dict[str, Any]) -> DiskCaches:
        """`<source>/<cache_dir>`, or memory only in safe mode or with `disable_disk_cache` (Site#initialize)."""
        if config.get("safe") or config.get("disable_disk_cache"):
            return cls(None)
        return cls(cache_folder(config))

    def __getitem__(self, namespace: str) -> DiskCache:
        if namespace not in self.namespaces:
            self.namespaces[namespace] = DiskCache(self.folder, namespace)
        return self.namespaces[namespace]

    def report(self) -> dict[str, dict[str, Any]]:
        """Each namespace's `report`: what a render worker sends back (nothing when nothing is saved)."""
        if self.folder is None:
            return {}
        return {name: store.report() for name, store in self.namespaces.items() if store.used}

    def merge(self, reports: dict[str, dict[str, Any]]) -> None:
        for name, report in reports.items():
            self[name].merge(report)

    def save(self) -> None:
        for store in self.namespaces.values():
            store.save()
