"""Front-matter defaults (`defaults:` in _config.yml), with Jekyll's scope matching and precedence.

A set applies when its `type` matches (pages, posts, drafts or a collection label) and its `path` is a
prefix of the file's path (or a glob matching a folder above it). Among matching sets, a longer path wins,
then one with a type, then the later set (FrontmatterDefaults#has_precedence?).
"""

from __future__ import annotations

import datetime as dt
import glob
import os
from pathlib import Path
from typing import Any

from jekyll_py import log
from jekyll_py.dates import InvalidDate, to_local_time
from jekyll_py.errors import ConfigError
from jekyll_py.utils import deep_merge

DEPRECATED_TYPES = {"page": "pages", "post": "posts", "draft": "drafts"}


def _sanitize(path: Any) -> str:
    if not path:
        return ""
    path = str(path)
    if path.startswith("/"):
        path = path[1:]
    return path


def _ensure_time(entry: dict[str, Any]) -> dict[str, Any]:
    """FrontmatterDefaults#ensure_time!: a default `date` is parsed once, as a local time."""
    values = entry["values"]
    if "date" not in values or isinstance(values["date"], dt.datetime):
        return entry
    try:
        date = to_local_time(values["date"])
    except InvalidDate:
        raise ConfigError(
            f"Invalid date '{values['date']}': An invalid date format was found in a front-matter default set",
            file="_config.yml",
        ) from None
    return {**entry, "values": {**values, "date": date}}


class FrontmatterDefaults:
    def __init__(self, source: Path, config: dict[str, Any]) -> None:
        self.source = source
        self.collections_dir = str(config.get("collections_dir") or "")
        self.sets = self._valid_sets(config.get("defaults"))
        self._glob_cache: dict[str, list[str]] = {}
        self._matching_cache: dict[tuple[str, str | None], list[dict[str, Any]]] = {}
        self._merged_cache: dict[tuple[int, ...], dict[str, Any]] = {}

    @staticmethod
    def _valid_sets(sets: Any) -> list[dict[str, Any]]:
        if not isinstance(sets, list):
            return []
        valid = []
        for entry in sets:
            if not (isinstance(entry, dict) and isinstance(entry.get("values"), dict)):
                log.warn("Defaults:", "An invalid front-matter default set was found:")
                log.warn(str(entry))
                continue
            scope = entry.get("scope")
            if isinstance(scope, dict) and scope.get("type") in DEPRECATED_TYPES:
                entry = {**entry, "scope": {**scope, "type": DEPRECATED_TYPES[scope["type"]]}}
            valid.append(_ensure_time(entry))
        return valid

    def _strip_collections_dir(self, path: str) -> str:
        prefix = f"{self.collections_dir}/"
        if self.collections_dir and path.startswith(prefix):
            return path.replace(prefix, "", 1)
        return path

    def _glob(self, pattern: str) -> list[str]:
        if pattern not in self._glob_cache:
            # Ruby's Dir.glob reads `**` as any depth of folders
            self._glob_cache[pattern] = glob.glob(str(self.source / pattern), recursive=True)
        return self._glob_cache[pattern]

    def _applies_path(self, scope: dict[str, Any], path: str) -> bool:
        scope_path = scope.get("path")
        if not isinstance(scope_path, str) or not scope_path:
            return True
        sanitized = _sanitize(path)
        if "*" in scope_path:
            for match in self._glob(scope_path):
                relative = self._strip_collections_dir(os.path.relpath(match, self.source))
                if sanitized.startswith(relative):
                    return True
            return False
        return sanitized.startswith(self._strip_collections_dir(scope_path))

    @staticmethod
    def _applies_type(scope: dict[str, Any], kind: str | None) -> bool:
        return "type" not in scope or (kind is not None and str(kind) == str(scope["type"]))

    def _matching_sets(self, path: str, kind: str | None) -> list[dict[str, Any]]:
        key = (path, kind)
        if key not in self._matching_cache:
            self._matching_cache[key] = [
                entry for entry in self.sets
                if not isinstance(entry.get("scope"), dict)
                or (self._applies_type(entry["scope"], kind) and self._applies_path(entry["scope"], path))
            ]
        return self._matching_cache[key]

    @staticmethod
    def _has_precedence(old: dict[str, Any] | None, new: dict[str, Any]) -> bool:
        if old is None:
            return True
        new_path, old_path = _sanitize(new.get("path")), _sanitize(old.get("path"))
        if len(new_path) != len(old_path):
            return len(new_path) >= len(old_path)
        if "type" in new:
            return True
        return "type" not in old

    def all(self, path: str, kind: str | None) -> dict[str, Any]:
        """Every default that applies to the file at `path` of type `kind`, merged by precedence.

        Files matching the same sets share one merge (thousands of posts usually match one or two); each
        caller gets its own copy of the top level.
        """
        sets = self._matching_sets(path, kind)
        key = tuple(id(entry) for entry in sets)
        merged = self._merged_cache.get(key)
        if merged is None:
            merged = self._merged_cache[key] = self._merge(sets)
        return dict(merged)

    def _merge(self, sets: list[dict[str, Any]]) -> dict[str, Any]:
        defaults: dict[str, Any] = {}
        old_scope: dict[str, Any] | None = None
        for entry in sets:
            scope = entry.get("scope") if isinstance(entry.get("scope"), dict) else {}
            if self._has_precedence(old_scope, scope):
                defaults = deep_merge(defaults, entry["values"])
                old_scope = scope
            else:
                defaults = deep_merge(entry["values"], defaults)
        return defaults
