"""jekyll-compress-html's `compress` layout, run natively when a site uses one of its released versions.

academicpages and minimal-mistakes wrap every page in this layout (Anatol Broder's, MIT), a page of Liquid
that strips whitespace with `split`/`join` and some 150 `replace` passes over the whole page. In production it
is most of a build's Liquid time. A layout whose text is, apart from surrounding whitespace, one of the
versions below is run by `compress` instead, with the same filters' semantics (Ruby's awk-style `split`,
trailing empty pieces dropped) and the same order of replacements; settings whose Liquid path has effects
this code does not reproduce (comments, blank lines, profile tables, strict variables) return None, and
the layout renders as Liquid.

Its ~150 replacements run as two regular-expression scans where that is provably the same (`clip`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from jekyll_py.liquid.filters.text import ruby_split, ruby_words
from jekyll_py.utils import sha256


@dataclass(frozen=True)
class Version:
    """What differs between the released layouts this module knows."""

    name: str
    all_endings: tuple[str, ...]
    ignore_all: bool  # `ignore.envs: all` turns compression off everywhere (3.1.0)


ALL_CLIPPINGS = tuple(
    "html head title base link meta style body article section nav aside h1 h2 h3 h4 h5 h6 hgroup header footer"
    " address p hr blockquote ol ul li dl dt dd figure figcaption main div table caption colgroup col tbody thead"
    " tfoot tr td th".split()
)
ENDINGS_302 = tuple(
    "html head body li dt dd p rt rp optgroup option colgroup caption thead tbody tfoot tr td th".split()
)
ENDINGS_310 = tuple(e for e in ENDINGS_302 if e not in ("p", "rt", "rp"))

# SHA-256 of the layout's body (after front matter) without surrounding whitespace
VERSIONS: dict[str, Version] = {
    "7caaea688ea6cf7fb3843f8d7cb04a35351492439a91ffc6c14e41c2d5c4981d": Version("3.0.2", ENDINGS_302, False),
    "813e86a1a6cff9076a465d3862c368624f384aea49122ad98bd4a348041540f6": Version("3.1.0", ENDINGS_310, True),
}
EDGES = " <e;<e; </e>;</e>;</e> ;</e>"  # the layout's clipping patterns, "e" standing for the element
OPENING = re.compile(r" <([A-Za-z0-9]*)")
CLOSING_AFTER_SPACE = re.compile(r" </([A-Za-z0-9]*)>")
CLOSING_BEFORE_SPACE = re.compile(r"</([A-Za-z0-9]*)> ")


class Unsupported(Exception):
    """A setting the native path does not reproduce: the layout renders as Liquid."""


def recognize(body: str) -> Callable[[str, Any, str], str | None] | None:
    """The native renderer for a layout body, or None when it is not a known compress layout.

    The renderer takes the page's content, the `site` drop and `jekyll.environment`.
    """
    core = body.strip()
    version = VERSIONS.get(sha256(core.encode("utf-8")).hexdigest())
    if version is None:
        return None
    start = body.index(core)
    before, after = body[:start], body[start + len(core):]

    def render(content: str, site: Any, environment: str) -> str | None:
        try:
            return before + compress(version, content, lookup(site, "compress_html"), environment) + after
        except Unsupported:
            return None

    return render


def lookup(value: Any, key: str) -> Any:
    """`value.key` in Liquid for the values YAML gives: a hash's entry, nil for anything else."""
    return value.get(key) if isinstance(value, Mapping) else None


def nil_or_false(value: Any) -> bool:
    """Liquid's falsy values (0 and "" are truthy)."""
    return value is None or value is False


def compress(version: Version, content: str, settings: Any, environment: str) -> str:
    """What the layout prints between its first and last tag."""
    for unsupported in ("profile", "blanklines", "comments"):
        if not nil_or_false(lookup(settings, unsupported)):
            raise Unsupported(unsupported)
    if ignored(version, lookup(lookup(settings, "ignore"), "envs"), environment):
        return content
    for element in elements(lookup(settings, "endings"), version.all_endings):
        content = content.replace(f"</{element}>", "")
    for element in elements(lookup(settings, "startings"), ()):
        content = content.replace(f"<{element}>", "")
    return clip(collapse_outside_pre(content), elements(lookup(settings, "clippings"), ALL_CLIPPINGS))


def ignored(version: Version, envs: Any, environment: str) -> bool:
    """`ignore.envs contains jekyll.environment` (a substring of a string, a member of a list, a hash key)."""
    if nil_or_false(envs):
        return False
    if not isinstance(envs, (str, list, Mapping)):
        raise Unsupported("ignore.envs")
    return environment in envs or (version.ignore_all and envs == "all")


def elements(value: Any, all_elements: tuple[str, ...]) -> tuple[str, ...]:
    """A setting listing elements: "all", nothing, or a list of names (anything else renders as Liquid)."""
    if value == "all" and all_elements:
        return all_elements
    if nil_or_false(value):
        return ()
    if isinstance(value, list) and all(isinstance(item, str) and ";" not in item and "\\" not in item
                                       for item in value):
        return tuple(value)
    raise Unsupported("element list")


def collapse_outside_pre(content: str) -> str:
    """Whitespace runs outside `<pre>` elements become one space (`split: " " | join: " "`)."""
    pieces: list[str] = []
    for before_pre in ruby_split(content, "<pre"):
        parts = ruby_split(before_pre, "</pre>")
        after = " ".join(ruby_words(parts[-1])) if parts else ""
        closes = "</pre>" in before_pre
        if closes:
            pieces.append(f"<pre{parts[0] if parts else ''}</pre>")
        if not (closes and len(parts) == 1):
            pieces.append(after)
    return "".join(pieces)


def clip(content: str, clippings: tuple[str, ...]) -> str:
    """Drop the space before each listed element's tags and after its end tags, element by element."""
    if not clippings:
        return content
    if not all(element.isascii() and element.isalnum() for element in clippings):
        return clip_every(content, clippings)
    patterns = clipping_patterns(clippings)
    if len(set(clippings)) < len(clippings) or patterns.cascade.search(content):
        return clip_in_order(content, clippings)
    return patterns.after_end_tag.sub(r"\1", patterns.before_tag.sub("", content))


@dataclass(frozen=True)
class ClippingPatterns:
    """The layout's replacements as two scans, exact when no `cascade` occurs.

    Each replacement deletes one space: before a tag whose name starts with an element (`" <p"` also
    matches `<pre`), before an element's end tag, or after one. Done element by element, a run of spaces
    before a tag loses one more space for every element that is a prefix of its name (`"  <colgroup"`
    loses both to `colgroup`, then `col`); a single space, or a run before anything else, ends the same
    whether its deletions happen element by element or at once (an element listed twice deletes twice).
    """

    before_tag: re.Pattern[str]
    after_end_tag: re.Pattern[str]
    cascade: re.Pattern[str]


@functools.lru_cache(maxsize=8)
def clipping_patterns(clippings: tuple[str, ...]) -> ClippingPatterns:
    names = "|".join(re.escape(element) for element in clippings)
    return ClippingPatterns(
        before_tag=re.compile(f" (?=<(?:{names})|</(?:{names})>)"),
        after_end_tag=re.compile(f"(</(?:{names})>) "),
        cascade=re.compile(f"  <(?:{names})"),
    )


def clip_in_order(content: str, clippings: tuple[str, ...]) -> str:
    """The layout's loop, skipping the replacements that cannot match: a deleted space never creates a
    pattern that was absent when the loop started (a new `" <x"` comes from `"  <x"`, which held one)."""
    openings = {run[:end] for run in OPENING.findall(content) for end in range(1, len(run) + 1)}
    closings_after = set(CLOSING_AFTER_SPACE.findall(content))
    closings_before = set(CLOSING_BEFORE_SPACE.findall(content))
    for element in clippings:
        if element in openings:
            content = content.replace(f" <{element}", f"<{element}")
        if element in closings_after:
            content = content.replace(f" </{element}>", f"</{element}>")
        if element in closings_before:
            content = content.replace(f"</{element}> ", f"</{element}>")
    return content


def clip_every(content: str, clippings: tuple[str, ...]) -> str:
    """The layout's loop as written, for element names the scan in `clip` does not cover."""
    for element in clippings:
        edges = ruby_split(EDGES.replace("e", element), ";")
        content = content.replace(edges[0], edges[1]).replace(edges[2], edges[3]).replace(edges[4], edges[5])
    return content
