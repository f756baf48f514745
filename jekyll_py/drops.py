"""The Liquid view of the site model: `site`, `page` (for pages in lists) and `jekyll`.

Jekyll hands Liquid "drops" that compute keys on demand; here they are read-only Mappings, so
python-liquid resolves `site.pages`, `page.url` and friends through `[]`.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any

import jekyll_py
from jekyll_py.document import newest_first

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
        return self.page.liquid_value(key)

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
    """`site`: the configuration plus the model's lists, computed once per render pass (Jekyll's SiteDrop).

    `site.<label>` gives a collection's documents (except posts, which come newest first); it wins over
    a configuration key of the same name, as in Jekyll.
    """

    def __init__(self, site: Site) -> None:
        self.site = site
        self.current_document: Any = None

    @cached_property
    def computed(self) -> dict[str, Any]:
        site = self.site
        posts = newest_first(site.posts)
        values: dict[str, Any] = {
            "time": site.time,
            "static_files": [static.to_liquid() for static in site.static_files],
            "data": site.config.get("data") or site.data,
            "documents": [item.to_liquid() for item in all_documents(site)],
            "posts": [post.to_liquid() for post in posts],
            "categories": posts_by(site.posts, "categories"),
            "tags": posts_by(site.posts, "tags"),
            "collections": [c.to_liquid() for c in sorted(site.collections.values(), key=lambda c: c.label)],
        }
        values["html_files"] = [f for f in values["static_files"] if str(f["extname"]).lower() in (".html", ".htm")]
        values.update(site.extra_site_payload())
        for label, collection in site.collections.items():
            if label != "posts":
                values[label] = [doc.to_liquid() for doc in collection.docs]
        return values

    def related_posts(self) -> list[Any] | None:
        """Only a document being rendered has related posts; a page gets nil."""
        from jekyll_py.document import Document

        current = self.current_document
        if not isinstance(current, Document):
            return None
        return [post.to_liquid() for post in current.related_posts]

    _pages_seen: int = -1
    _pages_views: dict[str, list[PageDrop]]

    def page_lists(self) -> dict[str, list[PageDrop]]:
        """`site.pages` and `site.html_pages`, live: pages added while rendering (a Sass source map)
        show up in the templates rendered after them, as Jekyll's live array does."""
        if self._pages_seen != len(self.site.pages):
            pages = [PageDrop(page) for page in self.site.pages]
            html = [drop for drop in pages if drop.page.is_html() or drop.page.url.endswith("/")]
            self._pages_views = {"pages": pages, "html_pages": html}
            self._pages_seen = len(self.site.pages)
        return self._pages_views

    def __getitem__(self, key: str) -> Any:
        if key == "related_posts":
            return self.related_posts()
        if key in ("pages", "html_pages"):
            return self.page_lists()[key]
        computed = self.computed
        if key in computed:
            return computed[key]
        return self.site.config[key]

    def __contains__(self, key: object) -> bool:
        return key in ("related_posts", "pages", "html_pages") or key in self.computed or key in self.site.config

    def __iter__(self) -> Iterator[str]:
        yield from ("pages", "html_pages")
        yield from self.computed
        yield "related_posts"
        listed = {"related_posts", "pages", "html_pages"}
        yield from (key for key in self.site.config if key not in self.computed and key not in listed)

    def __len__(self) -> int:
        return sum(1 for _ in self)


def all_documents(site: Site) -> list[Any]:
    """Site#documents: every collection's documents and static files, each once."""
    seen: dict[int, Any] = {}
    for collection in site.collections.values():
        for item in [*collection.docs, *collection.files]:
            seen.setdefault(id(item), item)
    return list(seen.values())


def posts_by(posts: list[Any], attribute: str) -> dict[Any, list[Any]]:
    """Site#post_attr_hash: each category (or tag) → its posts, newest first; keys in order of first use."""
    grouped: dict[Any, list[Any]] = {}
    for post in posts:
        for name in post.data.get(attribute) or []:
            grouped.setdefault(name, []).append(post)
    return {
        name: [post.to_liquid() for post in newest_first(members)]
        for name, members in grouped.items()
    }


def hash_for_json(value: Any, depth: int) -> Any:
    """What Ruby's JSON generator sees for `value` at `depth`: drops give their hash (Drop#hash_for_json)."""
    custom = getattr(value, "hash_for_json", None)
    return custom(depth) if custom is not None else value


def pretty_generate(value: Any, depth: int = 0) -> str:
    """Ruby's JSON.pretty_generate (json 2.6): two-space indent; empty arrays print as `[\\n\\n  ]`."""
    from jekyll_py.liquid.filters.json import to_json

    value = hash_for_json(value, depth)
    inner, outer = "  " * (depth + 1), "  " * depth
    if isinstance(value, Mapping):
        members = [f"{inner}{to_json(str(k))}: {pretty_generate(v, depth + 1)}" for k, v in value.items()]
        return "{\n" + ",\n".join(members) + "\n" + outer + "}" if members else "{\n" + outer + "}"
    if isinstance(value, list | tuple):
        items = [inner + pretty_generate(item, depth + 1) for item in value]
        return "[\n" + ",\n".join(items) + "\n" + outer + "]"
    return to_json(value)
