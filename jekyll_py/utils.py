"""Small helpers Jekyll keeps in `Jekyll::Utils`, used across the build."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def deep_merge(base: Mapping[str, Any], override: Mapping[str, Any]) -> dict[str, Any]:
    """Merge `override` into a copy of `base`, recursing into nested hashes (Utils.deep_merge_hashes)."""
    merged = dict(base)
    for key, value in override.items():
        old = merged.get(key)
        if isinstance(old, Mapping) and isinstance(value, Mapping):
            merged[key] = deep_merge(old, value)
        else:
            merged[key] = value
    return merged


def strip_trailing_dots(name: str) -> str:
    """Jekyll's `gsub(/\\.*\\z/, "")` applied to basenames."""
    return name.rstrip(".")


def split_ext(name: str) -> tuple[str, str]:
    """Ruby's File.extname split: `.bashrc` has no extension, `a.tar.gz` has `.gz`."""
    dot = name.rfind(".")
    if dot <= 0 or dot == len(name) - 1:
        return name, ""
    return name[:dot], name[dot:]
