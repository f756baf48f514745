"""Sass compilations kept between builds: the disk cache's `sass` namespace (jekyll_py/disk_cache.py).

Jekyll compiles every Sass page on every build; a theme's stylesheet takes libsass ~0.2 s, more than the
rest of a small site's build. A compilation depends on what its key holds (the page, its text, the
settings, libsass' version) and on the files libsass read, which its source map names. An entry keeps a
digest of each of those files, and of the listing of every folder where a new file could take an
import's place: the folders of the files read, and the same paths below every folder libsass searches
(the include paths, the folders of the importing files, the working directory). It is used only while
all of them are as they were; otherwise the page compiles again. What libsass printed is kept too, and
printed again when the entry is used.

Only compilations with a source map are kept (Jekyll's default, `sourcemap: always`): without one,
nothing names the files read.
"""

from __future__ import annotations

import json
import os
from typing import Any

from jekyll_py.disk_cache import DiskCache, cache_key
from jekyll_py.utils import sha256

SASS_SUFFIXES = (".scss", ".sass", ".css")  # what an `@import` can find (besides folders with an index)


def entry_key(input_key: tuple[Any, ...], libsass_version: str) -> str:
    return cache_key("sass", libsass_version, repr(input_key))


def make_entry(css: str, source_map: str, printed: bytes, source: str, bases: list[str],
               ignored: frozenset[str]) -> dict[str, Any] | None:
    """What to keep of a compilation whose map's paths are relative to `source`; None when a file it read
    cannot be read again (it could not be checked next time)."""
    read = [os.path.normpath(os.path.join(source, name)) for name in json.loads(source_map).get("sources", [])]
    read = [path for path in read if os.path.isfile(path)]  # the page's own text is in the key
    files = {path: file_digest(path) for path in read}
    folders = watched_folders(read, bases)
    if None in files.values() or not all(path.isprintable() for path in [*files, *folders]):
        return None  # unreadable, or a name the cache's JSON could not hold
    return {"css": css, "map": source_map, "printed": printed.decode("latin-1"), "files": files,
            "folders": {folder: listing_digest(folder, ignored) for folder in folders}}


def watched_folders(read: list[str], bases: list[str]) -> set[str]:
    """Every folder where a new file could shadow one that was read: each read file's folder, taken
    relative to every base it lies under, below every base and every read file's folder."""
    folders = {os.path.dirname(path) for path in read}
    subpaths = {""}
    for folder in folders:
        for base in bases:
            relative = os.path.relpath(folder, base)
            if relative != ".." and not relative.startswith(".." + os.sep):
                subpaths.add("" if relative == "." else relative)
    return {os.path.normpath(os.path.join(base, sub)) for base in [*bases, *folders] for sub in subpaths}


def usable(entry: Any, ignored: frozenset[str]) -> bool:
    """The files read and the folders searched are as they were when the entry was made."""
    try:
        return (all(file_digest(path) == digest for path, digest in entry["files"].items())
                and all(listing_digest(folder, ignored) == digest for folder, digest in entry["folders"].items()))
    except (KeyError, TypeError, AttributeError):
        return False


def file_digest(path: str) -> str | None:
    try:
        with open(path, "rb") as handle:
            return sha256(handle.read()).hexdigest()
    except OSError:
        return None


def listing_digest(folder: str, ignored: frozenset[str]) -> str:
    """The names in `folder` an import could find: Sass and CSS files, and folders (for index files). Hidden
    entries and the `ignored` folders (the destination, the cache, which builds make) are left out."""
    try:
        with os.scandir(folder) as entries:
            names = sorted(entry.name for entry in entries
                           if not entry.name.startswith(".") and entry.path not in ignored
                           and (entry.name.endswith(SASS_SUFFIXES) or entry.is_dir()))
    except OSError:
        return "-"  # no such folder (yet)
    return sha256("\n".join(names).encode("utf-8", "surrogateescape")).hexdigest()


def lookup(cache: DiskCache, key: str, ignored: frozenset[str]) -> tuple[str, str, bytes] | None:
    """(css, source map, what libsass printed) of a usable entry."""
    entry = cache.entries.get(key)
    if entry is None or not usable(entry, ignored):
        return None
    cache.get(key)  # used by this build: kept when the cache is saved
    return entry["css"], entry["map"], entry["printed"].encode("latin-1")
