"""The Python plugin API: what a plugin's `setup(plugin)` receives.

Each method files one kind of extension where the build looks for it — generators run between
read and render, converters are picked by extension and priority, hooks fire on Jekyll's
owner/event names, payload providers add `site.*` keys, and Liquid tags and filters go into the
site's Liquid environment. Registering methods return their argument, so they double as decorators.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from jekyll_py.converters import Converter
from jekyll_py.plugins.liquid_tag import simple_tag

if TYPE_CHECKING:
    from jekyll_py.site import Site

F = TypeVar("F", bound=Callable[..., Any])

# Jekyll::Plugin::PRIORITIES
PRIORITIES = {"lowest": -100, "low": -10, "normal": 0, "high": 10, "highest": 100}
HOOK_OWNERS = ("site", "pages", "posts", "documents", "clean")
HOOK_EVENTS = ("after_init", "after_reset", "post_read", "pre_render", "post_convert", "post_render",
               "post_write", "on_obsolete", "post_init")


class PrioritizedGenerator:
    """A generator function with the priority Jekyll sorts generators by."""

    def __init__(self, fn: Callable[[Site], Any], priority: int) -> None:
        self.fn = fn
        self.priority = priority

    def __call__(self, site: Site) -> None:
        self.fn(site)

    def __repr__(self) -> str:
        return f"<generator {getattr(self.fn, '__module__', '?')}.{getattr(self.fn, '__name__', '?')} {self.priority}>"


class Registry:
    """One plugin's handle on the site it extends."""

    def __init__(self, site: Site, name: str) -> None:
        self.site = site
        self.name = name

    @property
    def config(self) -> dict[str, Any]:
        return self.site.config

    def generator(self, fn: F, *, priority: str | int = "normal") -> F:
        """`fn(site)` runs after the site is read and before anything renders (Jekyll::Generator).

        Generators run highest `priority` first (a name, or a number on the same scale), in
        registration order within one priority.
        """
        if isinstance(priority, str) and priority not in PRIORITIES:
            raise ValueError(f"unknown priority {priority!r}; use one of {tuple(PRIORITIES)} or a number")
        value = PRIORITIES[priority] if isinstance(priority, str) else priority
        self.site.generators.append(PrioritizedGenerator(fn, value))
        self.site.generators.sort(key=lambda g: -getattr(g, "priority", 0))
        return fn

    def converter(self, converter: type[Converter] | Converter) -> Converter:
        """A Converter class (instantiated with the site config) or instance, chosen by `matches(ext)`."""
        instance = converter(self.site.config) if isinstance(converter, type) else converter
        self.site.converters.append(instance)
        return instance

    def hook(self, owner: str, event: str) -> Callable[[F], F]:
        """`@plugin.hook("pages", "post_render")`: Jekyll::Hooks.register with Jekyll's names."""
        if owner not in HOOK_OWNERS or event not in HOOK_EVENTS:
            raise ValueError(f"unknown hook {owner}:{event}; owners are {HOOK_OWNERS}, events {HOOK_EVENTS}")

        def register(fn: F) -> F:
            self.site.hooks.register(owner, event, fn)
            return fn

        return register

    def payload(self, fn: Callable[[Site], dict[str, Any]]) -> Callable[[Site], dict[str, Any]]:
        """`fn(site)` returns extra `site.*` keys for every render (like `site.github`)."""
        self.site.payload_providers.append(fn)
        return fn

    def filter(self, name: str | None = None) -> Callable[[F], F]:
        """`@plugin.filter()` adds a Liquid filter named after the function (or `name`)."""

        def register(fn: F) -> F:
            self.site.liquid.env.add_filter(name or fn.__name__, fn)
            return fn

        return register

    def tag(self, tag_class: type) -> type:
        """A python-liquid `Tag` subclass (its `name` is the tag's name in templates)."""
        self.site.liquid.env.add_tag(tag_class)
        return tag_class

    def simple_tag(self, name: str) -> Callable[[F], F]:
        """`@plugin.simple_tag("name")` on `fn(context, markup) -> str`: a Ruby-style `Liquid::Tag`."""

        def register(fn: F) -> F:
            self.tag(simple_tag(name, fn))
            return fn

        return register
