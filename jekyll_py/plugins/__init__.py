"""Plugins: the built-in replacements for Jekyll's Ruby plugins, enabled by name in `plugins:`.

A plugin is a module with `setup(site)` that registers generators, converters, hooks, payload keys,
Liquid tags and filters on the site. Built-ins are enabled exactly when the site lists the gem.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from jekyll_py import log

if TYPE_CHECKING:
    from jekyll_py.site import Site

BUILTIN = {
    "jekyll-redirect-from": "jekyll_py.plugins.redirect_from",
}


def enabled_gems(site: Site) -> list[str]:
    gems = site.config.get("plugins") or []
    return [str(gem) for gem in gems]


def load_plugins(site: Site) -> None:
    """Set up each built-in the site lists; name the Ruby plugins we do not have, once each."""
    for gem in enabled_gems(site):
        module_name = BUILTIN.get(gem)
        if module_name is None:
            log.warn("Plugin:", f"{gem} is a Ruby plugin jekyll-py does not provide; its output will be missing.")
            continue
        importlib.import_module(module_name).setup(site)
