"""Which entries of a source folder Jekyll reads: Jekyll::EntryFilter with Jekyll 4 semantics.

`include` beats `exclude`; entries starting with `.`, `_`, `#` or `~` and backups ending in `~` are
skipped unless included; patterns are fnmatch globs or path prefixes relative to the source.
"""

from __future__ import annotations

import os
from fnmatch import fnmatchcase
from pathlib import Path

SPECIAL_LEADING = (".", "_", "#", "~")


class EntryFilter:
    def __init__(self, source: Path, include: list[str], exclude: list[str], *, safe: bool = False) -> None:
        self.source = str(source).rstrip("/")
        self.include = [str(p) for p in include]
        self.exclude = [str(p) for p in exclude if p not in include]
        self.safe = safe

    def _join(self, path: str) -> str:
        return os.path.normpath(f"{self.source}/{path}") if path else self.source

    def glob_include(self, patterns: list[str], entry: str) -> bool:
        """Jekyll's glob_include?: fnmatch, path prefix, or the directory named with a trailing slash."""
        entry_path = self._join(entry)
        is_dir = os.path.isdir(entry_path)
        for pattern in patterns:
            pattern_path = f"{self.source}/{pattern}".replace("//", "/")
            if fnmatchcase(entry_path, pattern_path) or entry_path.startswith(pattern_path):
                return True
            if is_dir and pattern_path == f"{entry_path}/":
                return True
        return False

    def included(self, name: str) -> bool:
        """Jekyll matches `include` against the entry's own name, whatever folder it is in."""
        return self.glob_include(self.include, name) or self.glob_include(self.include, os.path.basename(name))

    def excluded(self, rel_path: str) -> bool:
        return self.glob_include(self.exclude, rel_path)

    @staticmethod
    def special(rel_path: str) -> bool:
        return rel_path.startswith(SPECIAL_LEADING) or os.path.basename(rel_path).startswith(SPECIAL_LEADING)

    def symlink_outside(self, rel_path: str) -> bool:
        """In safe mode, a symlink leading out of the source is never read."""
        full = self._join(rel_path)
        if not (self.safe and os.path.islink(full)):
            return False
        real = os.path.realpath(full)
        return not (real == self.source or real.startswith(self.source + os.sep))

    def keep(self, rel_dir: str, name: str) -> bool:
        """Whether the entry `name` of the folder `rel_dir` (relative to the source) is read at all."""
        if name.endswith("."):
            return False
        rel_path = f"{rel_dir}/{name}" if rel_dir else name
        is_included = self.included(name)
        if self.excluded(rel_path) and not is_included:
            return False
        if self.symlink_outside(rel_path):
            return False
        if is_included:
            return True
        return not (self.special(name) or name.endswith("~"))
