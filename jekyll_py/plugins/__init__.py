"""Plugins: the built-in replacements for Jekyll's Ruby plugins, and the Python plugin API.

A plugin is a module (or object) with `setup(plugin)`, where `plugin` is a `Registry` bound to the
site: it registers generators, converters, Liquid tags and filters, hooks and `site.*` payload keys.
Plugins come from three places, loaded in this order (Jekyll's PluginManager):

1. built-ins, enabled exactly when `plugins:` lists the gem they replace (Jekyll 4 ignores the old `gems:`);
2. installed packages declaring an entry point in the `jekyll_py.plugins` group, enabled when
   `plugins:` lists the entry point's name (which wins over a built-in of that name);
3. `_plugins/*.py` in the site (`plugins_dir:`), unless the build is `safe`.

Jekyll's Sass converter is not optional in Jekyll 4.3, so it is always set up.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import sys
from collections.abc import Callable
from importlib.machinery import PathFinder
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jekyll_py import log
from jekyll_py.config import plugin_dirs
from jekyll_py.errors import ConfigError
from jekyll_py.plugins.registry import Registry

if TYPE_CHECKING:
    from importlib.metadata import EntryPoint

    from jekyll_py.site import Site

__all__ = ["BUILTIN", "ENTRY_POINT_GROUP", "Registry", "load_plugins"]

ENTRY_POINT_GROUP = "jekyll_py.plugins"
ALWAYS_ON = ("jekyll_py.sass",)
BUILTIN = {
    "jekyll-avatar": "jekyll_py.plugins.avatar",
    "jekyll-feed": "jekyll_py.plugins.feed",
    "jekyll-gist": "jekyll_py.plugins.gist",
    "jekyll-github-metadata": "jekyll_py.plugins.github_metadata",
    "jekyll-include-cache": "jekyll_py.plugins.include_cache",
    "jemoji": "jekyll_py.plugins.jemoji",
    "jekyll-mentions": "jekyll_py.plugins.mentions",
    "jekyll-paginate": "jekyll_py.plugins.paginate",
    "jekyll-redirect-from": "jekyll_py.plugins.redirect_from",
    "jekyll-seo-tag": "jekyll_py.plugins.seo",
    "jekyll-sitemap": "jekyll_py.plugins.sitemap",
}


# What commonly used Ruby plugins we do not provide would have added, for the warning that names them.
RUBY_PLUGIN_OUTPUT = {
    "jekyll-scholar": "bibliographies from BibTeX ({% bibliography %}, {% cite %})",
    "jekyll-archives": "tag, category and date archive pages",
    "jekyll-paginate-v2": "paginated collections and autopages",
    "jekyll-toc": "the `toc` filter's tables of contents",
    "jekyll-remote-theme": "the theme downloaded from GitHub",
    "jekyll-minifier": "minified HTML, CSS and JavaScript",
    "jekyll-imagemagick": "converted images",
    "jekyll-last-modified-at": "`page.last_modified_at` from git",
    "jekyll-relative-links": "Markdown links to .md files rewritten to their pages",
    "jekyll-optional-front-matter": "pages for Markdown files without front matter",
    "jekyll-titles-from-headings": "page titles taken from the first heading",
    "jekyll-default-layout": "default layouts for pages without one",
    "jekyll-readme-index": "README.md as the index page",
    "jekyll-coffeescript": "JavaScript compiled from .coffee files",
    "jekyll-octicons": "the {% octicon %} tag's SVG icons",
}


def unknown_plugin_message(gem: str) -> str:
    what = RUBY_PLUGIN_OUTPUT.get(gem, "whatever it generates")
    return f"{gem} is a Ruby plugin jekyll-py does not provide; missing from the output: {what}."


def enabled_gems(site: Site) -> list[str]:
    """`plugins:`, each name once, in order; Jekyll 4.3 ignores Jekyll 3's `gems:` (doctor warns about it)."""
    names: list[str] = []
    listed = site.config.get("plugins") or []
    for gem in listed if isinstance(listed, list) else [listed]:
        if str(gem) not in names:
            names.append(str(gem))
    return names


def installed_entry_points() -> dict[str, EntryPoint]:
    """Our group's entry points; importlib.metadata (10 ms to import) only when one may be installed."""
    if not group_may_be_declared():
        return {}
    from importlib.metadata import entry_points

    return {ep.name: ep for ep in entry_points(group=ENTRY_POINT_GROUP)}


def group_may_be_declared() -> bool:
    """False only when no `entry_points.txt` where importlib.metadata looks mentions our group.

    It looks in every `*.dist-info` and `*.egg-info` folder of every `sys.path` folder; a place this quick
    look cannot read (a zip or egg on the path, another distribution finder) counts as a maybe.
    """
    if any(finder is not PathFinder and hasattr(finder, "find_distributions") for finder in sys.meta_path):
        return True
    group = ENTRY_POINT_GROUP.encode()
    for root in sys.path:
        folder = os.fspath(root) or "."
        try:
            names = os.listdir(folder)
        except NotADirectoryError:
            return True
        except OSError:
            continue
        if folder.lower().endswith(".egg"):
            return True
        for name in names:
            if name.lower().endswith((".dist-info", ".egg-info")) and group in _entry_points_text(folder, name):
                return True
    return False


def _entry_points_text(folder: str, distribution: str) -> bytes:
    try:
        with open(os.path.join(folder, distribution, "entry_points.txt"), "rb") as handle:
            return handle.read()
    except OSError:
        return b""


def run_setup(site: Site, plugin: Any, name: str) -> None:
    """Call `setup(registry)` on a plugin module or object, or the plugin itself if it is a function."""
    setup: Callable[[Registry], Any] | None = getattr(plugin, "setup", None)
    if setup is None and callable(plugin):
        setup = plugin
    if setup is None:
        raise ConfigError(f"Plugin {name} has no setup(plugin) function", hint="define `def setup(plugin): ...`")
    setup(Registry(site, name))


def load_site_plugins(site: Site) -> None:
    """Import each `_plugins/*.py` (sorted, like Jekyll's require order) and run its setup."""
    for directory in plugin_dirs(site.source, site.config):
        for path in sorted(directory.glob("*.py")):
            run_setup(site, import_file(path), str(path.relative_to(site.source)))


def import_file(path: Path) -> Any:
    """Import a site plugin under a private module name, so two sites' plugins never collide."""
    name = f"jekyll_py_site_plugins.{abs(hash(str(path.parent)))}.{path.stem}"
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise ConfigError(f"Cannot load plugin {path.name}", file=str(path))
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def load_plugins(site: Site) -> None:
    """Set up the always-on and listed plugins, then the site's own; warn once per unknown Ruby gem."""
    for module_name in ALWAYS_ON:
        run_setup(site, importlib.import_module(module_name), module_name)
    gems = enabled_gems(site)
    installed = installed_entry_points() if gems else {}
    for gem in gems:
        if gem in installed:
            run_setup(site, installed[gem].load(), gem)
        elif gem in BUILTIN:
            run_setup(site, importlib.import_module(BUILTIN[gem]), gem)
        else:
            log.warn("Plugin:", unknown_plugin_message(gem))
    if not site.config.get("safe"):
        load_site_plugins(site)
    site.hooks.trigger("site", "after_init", site)
