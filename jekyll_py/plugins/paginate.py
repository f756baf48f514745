"""jekyll-paginate 1.1 (v1): `paginator` for one `index.html`, copied to `/page2/`, `/page3/` …

Only posts are paginated, `paginate: N` per page, at `paginate_path` (`/page:num`); the template is
the deepest `index.html` in the directories leading to `paginate_path`, as the Ruby plugin picks it.
"""

from __future__ import annotations

import math
import os
from typing import TYPE_CHECKING, Any

from jekyll_py import log
from jekyll_py.document import sort_key
from jekyll_py.page import Page

if TYPE_CHECKING:
    from jekyll_py.plugins.registry import Registry
    from jekyll_py.site import Site


def ensure_leading_slash(path: str) -> str:
    return path if path.startswith("/") else f"/{path}"


def in_hierarchy(source: str, page_dir: str, paginate_dir: str) -> bool:
    """Whether `page_dir` is `paginate_dir` or one of its parents below the source (Pager.in_hierarchy)."""
    if paginate_dir == os.path.dirname(paginate_dir) or paginate_dir == os.path.dirname(source):
        return False
    return page_dir == paginate_dir or in_hierarchy(source, page_dir, os.path.dirname(paginate_dir))


def is_candidate(site: Site, page: Page) -> bool:
    source = str(site.source)
    page_dir = os.path.dirname(os.path.abspath(os.path.join(source, page.liquid_path.lstrip("/"))))
    paginate_path = os.path.abspath(os.path.join(source, str(site.config.get("paginate_path")).lstrip("/")))
    return page.name == "index.html" and in_hierarchy(source, page_dir, os.path.dirname(paginate_path))


def template_page(site: Site) -> Page | None:
    """The candidate with the longest path (Pagination#template_page)."""
    candidates = [page for page in site.pages if is_candidate(site, page)]
    return max(candidates, key=lambda page: len(page.liquid_path), default=None)


def paginate_path(site: Site, number: int | None) -> str | None:
    if number is None:
        return None
    if number <= 1:
        first = template_page(site)
        return first.url if first is not None else None
    return ensure_leading_slash(str(site.config.get("paginate_path")).replace(":num", str(number), 1))


class Pager(dict[str, Any]):
    """`paginator`: Pager#to_liquid's hash for one page of posts."""

    def __init__(self, site: Site, number: int, posts: list[Any], total_pages: int) -> None:
        per_page = int(site.config.get("paginate") or 0)
        start = (number - 1) * per_page
        previous_page = number - 1 if number != 1 else None
        next_page = number + 1 if number != total_pages else None
        super().__init__(
            page=number,
            per_page=per_page,
            posts=[post.to_liquid() for post in posts[start:start + per_page]],
            total_posts=len(posts),
            total_pages=total_pages,
            previous_page=previous_page,
            previous_page_path=paginate_path(site, previous_page),
            next_page=next_page,
            next_page_path=paginate_path(site, next_page),
        )


def paginate(site: Site, template: Page) -> None:
    posts = [p for p in sorted(site.posts, key=sort_key, reverse=True) if not p.data.get("hidden")]
    per_page = int(site.config.get("paginate") or 0)
    total_pages = math.ceil(len(posts) / per_page) if per_page > 0 else 0
    for number in range(1, total_pages + 1):
        pager = Pager(site, number, posts, total_pages)
        if number == 1:
            template.pager = pager
            continue
        page = Page(site, template.dir, template.name)
        page.pager = pager
        page.dir = paginate_path(site, number) or ""  # before the URL is first computed
        site.pages.append(page)


def generate(site: Site) -> None:
    if site.config.get("paginate") is None or not site.pages:
        return
    template = template_page(site)
    if template is None:
        log.warn("Pagination:", "Pagination is enabled, but I couldn't find an index.html page to use as the "
                 "pagination template. Skipping pagination.")
        return
    paginate(site, template)


def setup(plugin: Registry) -> None:
    plugin.generator(generate, priority="lowest")
