"""The Liquid view of the site model: `site`, `page` (for pages in lists) and `jekyll`.

Jekyll hands Liquid "drops" that compute keys on demand; here they are read-only Mappings, so
python-liquid resolves `site.pages`, `page.url` and friends through `[]`.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any

import jekyll_py

if TYPE_CHECKING:
    from jekyll_py.page import Page
    from jekyll_py.site import Site


class PageDrop(Mapping[str, Any]):
    """A page seen from a list (`site.pages`): live, like Jekyll's Page#to_liquid on each access."""

    __slots__ = ("page",)

    def __init__(self, page: Page) -> None:
        self.page = page

    def _snapshot(self) -> dict[str, Any]:
        return self.page.to_liquid()

    def __getitem__(self, key: str) -> Any:
        return self._snapshot()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._snapshot())

    def __len__(self) -> int:
        return len(self._snapshot())

    @property
    def url(self) -> str:
        return self.page.url


class JekyllDrop(Mapping[str, Any]):
    """`jekyll.version` and `jekyll.environment`."""

    def __init__(self, environment: str) -> None:
        self._data = {"version": jekyll_py.JEKYLL_VERSION, "environment": environment}

    def __getitem__(self, key: str) -> Any:
        return self._data[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)


class SiteDrop(Mapping[str, Any]):
    """`site`: the configuration plus the model's lists, computed once per render pass."""

    def __init__(self, site: Site) -> None:
        self.site = site

    @cached_property
    def computed(self) -> dict[str, Any]:
        site = self.site
        pages = [PageDrop(page) for page in site.pages]
        values: dict[str, Any] = {
            "time": site.time,
            "pages": pages,
            "html_pages": [drop for drop in pages if drop.page.is_html() or drop.page.url.endswith("/")],
            "static_files": [static.to_liquid() for static in site.static_files],
            "data": site.config.get("data") or site.data,
            "documents": [],
            "posts": [],
            "related_posts": [],
            "categories": {},
            "tags": {},
            "collections": [],
        }
        values["html_files"] = [f for f in values["static_files"] if str(f["extname"]).lower() in (".html", ".htm")]
        values.update(site.extra_site_payload())
        return values

    def __getitem__(self, key: str) -> Any:
        computed = self.computed
        if key in computed:
            return computed[key]
        return self.site.config[key]

    def __iter__(self) -> Iterator[str]:
        yield from self.computed
        yield from (key for key in self.site.config if key not in self.computed)

    def __len__(self) -> int:
        return len(set(self.computed) | set(self.site.config))
