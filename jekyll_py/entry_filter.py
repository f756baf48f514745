"""Which entries of a source folder Jekyll reads: Jekyll::EntryFilter with Jekyll 4 semantics.

`include` beats `exclude`; entries starting with `.`, `_`, `#` or `~` and backups ending in `~` are
skipped unless included; patterns are fnmatch globs or path prefixes relative to the source.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from fnmatch import translate
from pathlib import Path

SPECIAL_LEADING = (".", "_", "#", "~")


@dataclass(frozen=True)
class Patterns:
    """`include` or `exclude` as absolute pattern paths, their globs compiled into one regex once."""

    paths: tuple[str, ...]
    glob: re.Pattern[str] | None

    @classmethod
    def under(cls, source: str, patterns: list[str]) -> Patterns:
        paths = tuple(f"{source}/{pattern}".replace("//", "/") for pattern in patterns)
        return cls(paths, re.compile("|".join(translate(path) for path in paths)) if paths else None)


class EntryFilter:
    def __init__(self, source: Path, include: list[str], exclude: list[str], *, safe: bool = False) -> None:
        self.source = str(source).rstrip("/")
        self.include = [str(p) for p in include]
        self.exclude = [str(p) for p in exclude if p not in include]
        self.safe = safe
        self._include = Patterns.under(self.source, self.include)
        self._exclude = Patterns.under(self.source, self.exclude)

    def _join(self, path: str) -> str:
        return os.path.normpath(f"{self.source}/{path}") if path else self.source

    def glob_include(self, patterns: Patterns, entry: str) -> bool:
        """Jekyll's glob_include?: fnmatch, path prefix, or the directory named with a trailing slash."""
        if patterns.glob is None:
            return False
        entry_path = self._join(entry)
        if patterns.glob.match(entry_path) or entry_path.startswith(patterns.paths):
            return True
        return f"{entry_path}/" in patterns.paths and os.path.isdir(entry_path)

    def included(self, name: str) -> bool:
        """Jekyll matches `include` against the entry's own name, whatever folder it is in."""
        return self.glob_include(self._include, name) or self.glob_include(self._include, os.path.basename(name))

    def excluded(self, rel_path: str) -> bool:
        return self.glob_include(self._exclude, rel_path)

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
        """Whether the entry `name` of the folder `rel_dir` (relative to the source) is read at all.

        `include` wins over `exclude` and over special names, so it is only consulted when one of those
        would drop the entry; a symlink leading out of the source is dropped even when included.
        """
        if name.endswith("."):
            return False
        rel_path = f"{rel_dir}/{name}" if rel_dir else name
        dropped = self.excluded(rel_path) or self.special(name) or name.endswith("~")
        return (not dropped or self.included(name)) and not self.symlink_outside(rel_path)
