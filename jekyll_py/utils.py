"""Small helpers Jekyll keeps in `Jekyll::Utils`, used across the build."""

from __future__ import annotations

import contextlib
import gc
import os
import re
import unicodedata
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

from jekyll_py import log

# hashlib loads OpenSSL's library when imported (~2 ms of every run, for digests of a few kilobytes);
# CPython's own SHA-256 gives the same digests. `_sha2` from Python 3.12, `_sha256` before.
try:
    from _sha2 import sha256
except ImportError:
    try:
        from _sha256 import sha256
    except ImportError:  # another implementation
        from hashlib import sha256  # noqa: F401 (used by importers of this module)


def deep_merge(base: Mapping[str, Any], override: Mapping[str, Any]) -> dict[str, Any]:
    """Merge `override` into a copy of `base`, recursing into nested hashes (Utils.deep_merge_hashes).

    As in Jekyll, a nil in `override` never replaces an existing value (front matter `layout:` left
    empty keeps the default's layout).
    """
    return deep_merge_into(dict(base), override)


def deep_merge_into(target: dict[str, Any], override: Mapping[str, Any]) -> dict[str, Any]:
    """`deep_merge` done on `target` itself (Utils.deep_merge_hashes!); nested hashes merge into copies,
    so a hash `target` shares with another (a default's value) is never changed."""
    for key, value in override.items():
        old = target.get(key)
        if old is not None and isinstance(old, Mapping) and isinstance(value, Mapping):
            target[key] = deep_merge(old, value)
        elif value is not None or key not in target:
            target[key] = value
    return target


def relative_posix(path: Path, base: Path) -> str:
    """`path.relative_to(base).as_posix()`, by string slicing when `path` lies under `base` (the usual case,
    a few microseconds cheaper per file)."""
    full, root = str(path), str(base)
    if full.startswith(root) and full[len(root):len(root) + 1] == "/" and root != "/":
        return full[len(root) + 1:]
    return path.relative_to(base).as_posix()


def strip_trailing_dots(name: str) -> str:
    """Jekyll's `gsub(/\\.*\\z/, "")` applied to basenames."""
    return name.rstrip(".")


def split_ext(name: str) -> tuple[str, str]:
    """Ruby's File.extname split: `.bashrc` has no extension, `a.tar.gz` has `.gz`."""
    dot = name.rfind(".")
    if dot <= 0 or dot == len(name) - 1:
        return name, ""
    return name[:dot], name[dot:]


# -- Utils.slugify ------------------------------------------------------------------------------------

SLUGIFY_MODES = ("raw", "default", "pretty", "ascii", "latin")
_PRETTY_KEEP = frozenset("._~!$&'()+,;=@")


def _slug_keeps(char: str, mode: str) -> bool:
    """Whether `char` survives in a slug: the complement of Jekyll's SLUGIFY_*_REGEXP for `mode`."""
    if mode == "raw":
        return not char.isspace()
    if mode == "ascii":
        return char.isascii() and char.isalnum()
    category = unicodedata.category(char)
    if category[0] in "ML" or category == "Nd":
        return True
    return mode == "pretty" and char in _PRETTY_KEEP


def transliterate(text: str) -> str:
    """I18n.transliterate's default: accents dropped, any other non-ASCII character becomes `?`."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return "".join(c if c.isascii() else "?" for c in stripped)


def slugify(text: str | None, mode: str | None = None, cased: bool = False) -> str | None:
    """Utils.slugify: runs of unwanted characters become one `-`, ends trimmed, lower-cased unless `cased`."""
    if text is None:
        return None
    mode = mode or "default"
    if mode not in SLUGIFY_MODES:
        return text if cased else text.lower()
    if mode == "latin":
        text = transliterate(text)
    keep_mode = "ascii" if mode == "latin" else mode
    slug = re.sub("\x00+", "-", "".join(c if _slug_keeps(c, keep_mode) else "\x00" for c in text))
    # Ruby's ^ and $ are line anchors, so `gsub(/^-|-$/, "")` trims around every newline
    slug = re.sub(r"^-|-$", "", slug, flags=re.MULTILINE)
    if not cased:
        slug = slug.lower()
    if not slug:
        log.warn("Warning:", f"Empty `slug` generated for '{text}'.")
    return slug


def titleize_slug(slug: str) -> str:
    """Utils.titleize_slug: `hello-world` → `Hello World` (Ruby's capitalize lower-cases the rest)."""
    return " ".join(part[:1].upper() + part[1:].lower() for part in slug.split("-"))


def pluralized_array(data: Mapping[str, Any], singular: str, plural: str) -> list[Any]:
    """Utils.pluralized_array_from_hash: the singular key as is, else the plural one split on whitespace."""
    if data.get(singular) is not None:
        value: Any = data[singular]
    else:
        value = data.get(plural)
        if isinstance(value, str):
            value = value.split()
        elif isinstance(value, list):
            value = [item for item in value if item is not None]
        else:
            value = None
    return [item for item in flatten([value]) if item is not None]


def flatten(items: list[Any]) -> list[Any]:
    """Ruby's Array#flatten."""
    flat: list[Any] = []
    for item in items:
        if isinstance(item, list):
            flat.extend(flatten(item))
        else:
            flat.append(item)
    return flat


def ruby_array(value: Any) -> list[Any]:
    """Ruby's Kernel#Array: nil → [], an array as is, anything else wrapped."""
    if value is None:
        return []
    if isinstance(value, list):
        return value
    return [value]


def union(first: list[Any], second: list[Any]) -> list[Any]:
    """Ruby's Array#| : elements of both, first occurrence kept, in order."""
    result: list[Any] = []
    for item in [*first, *second]:
        if item not in result:
            result.append(item)
    return result


def ruby_to_s(value: Any) -> str:
    """Ruby's to_s for the plain values front matter holds (strings, numbers, booleans, nil)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def ruby_sort(items: list[Any], compare: Callable[[Any, Any], int]) -> list[Any]:
    """Array#sort / sort! / sort_by as Ruby runs them on glibc (qsort_r's merge sort).

    The same pairs are compared in the same order, so an incomparable pair fails with the same
    `comparison of X with Y` message, and a comparison that is not a total order (Document#<=> when
    only some documents have a date) gives Ruby's order, which Python's timsort would not.
    """
    if len(items) <= 1:
        return list(items)
    middle = len(items) // 2
    left, right = ruby_sort(items[:middle], compare), ruby_sort(items[middle:], compare)
    merged: list[Any] = []
    i = j = 0
    while i < len(left) and j < len(right):
        if compare(left[i], right[j]) <= 0:
            merged.append(left[i])
            i += 1
        else:
            merged.append(right[j])
            j += 1
    merged.extend(left[i:])
    merged.extend(right[j:])
    return merged


def sanitized_path(base: Path, questionable: str) -> Path:
    """Jekyll.sanitized_path: `questionable` resolved inside `base`, never outside it."""
    candidate = Path(os.path.abspath(base / questionable))
    if str(candidate).startswith(str(base)):
        return candidate
    parts = [p for p in Path(questionable).parts if p not in ("/", "..", ".")]
    return base.joinpath(*parts)


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """For work that only builds long-lived objects (start-up's modules and classes, the site model read
    from disk): the cyclic collector would walk them again and again as they grow (about 15 % of reading
    4000 posts) to find almost no garbage."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
