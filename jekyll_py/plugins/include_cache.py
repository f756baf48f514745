"""jekyll-include-cache 0.2: `{% include_cached %}` renders a file once per build for each set of parameters.

The Liquid engine parses `include_cached` like `include` and asks `env.include_cache` for the output
(jekyll_py/liquid/tags/include.py); this plugin supplies that cache. The key reproduces the gem's: the
include's path and its parameter *values* in key order (names do not count, so `a=1` and `b=1` share an
entry), drops by identity. Output is reused across pages — a cached include that reads `page.*` shows
the first page's values everywhere, as with the Ruby plugin.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jekyll_py.plugins.registry import Registry
    from jekyll_py.site import Site

Key = tuple[str, Any]


def value_key(value: Any) -> Any:
    """Ruby's `value.hash` for plain values (by content), a drop's `object_id` for anything else."""
    if value is None or isinstance(value, str | int | float | bool):
        return (type(value).__name__, value)
    if isinstance(value, list | tuple):
        return ("list", tuple(value_key(item) for item in value))
    if type(value) is dict:
        return ("hash", frozenset((str(k), value_key(v)) for k, v in value.items()))
    return ("object", id(value))


def cache_key(path: Path, params: Mapping[str, Any] | None) -> Key:
    """The gem's key(path, params): quick_hash takes `params.sort`'s values only."""
    if params is None:
        return (str(path), None)
    return (str(path), tuple(value_key(params[name]) for name in sorted(params)))


class IncludeCache:
    """Rendered includes of one build, emptied at every `site, pre_render` (the gem's reset hook)."""

    def __init__(self) -> None:
        self.entries: dict[Key, str] = {}
        self.keep_alive: list[Any] = []  # params held so id()-based keys cannot be reused in a build

    def __call__(self, path: Path, params: Mapping[str, Any] | None, render: Callable[[], str]) -> str:
        key = cache_key(path, params)
        if key not in self.entries:
            self.entries[key] = render()
            self.keep_alive.append(params)
        return self.entries[key]

    def reset(self, site: Site, payload: Any = None) -> None:
        self.entries.clear()
        self.keep_alive.clear()


def setup(plugin: Registry) -> None:
    cache = IncludeCache()
    plugin.site.liquid.env.include_cache = cache  # type: ignore[attr-defined]
    plugin.hook("site", "pre_render")(cache.reset)
