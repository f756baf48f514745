"""jekyll-redirect-from 0.16: stub pages for `redirect_from:`, `redirect_to:` pages, and `redirects.json`."""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any

from jekyll_py.layout import Layout
from jekyll_py.page import Page, PageWithoutAFile

if TYPE_CHECKING:
    from jekyll_py.plugins.registry import Registry
    from jekyll_py.site import Site

# The plugin's own layout, used unless the site has `_layouts/redirect.html`.
REDIRECT_LAYOUT = """<!DOCTYPE html>
<html lang="en-US">
  <meta charset="utf-8">
  <title>Redirecting&hellip;</title>
  <link rel="canonical" href="{{ page.redirect.to }}">
  <script>location="{{ page.redirect.to }}"</script>
  <meta http-equiv="refresh" content="0; url={{ page.redirect.to }}">
  <meta name="robots" content="noindex">
  <h1>Redirecting&hellip;</h1>
  <a href="{{ page.redirect.to }}">Click here if you are not redirected.</a>
</html>
"""

HTTP_RE = re.compile(r"^https?://")


def _as_list(value: Any) -> list[Any]:
    if isinstance(value, list):
        return [item for item in value if item is not None]
    return [] if value is None else [value]


def redirect_page(site: Site, source_url: str, target: str) -> Page:
    """A page at `source_url` whose layout sends the browser to `target` (RedirectPage.from_paths)."""
    from jekyll_py.liquid.filters.url import compute_absolute_url

    source_url = source_url if source_url.startswith("/") else f"/{source_url}"
    to = target if HTTP_RE.match(target) else compute_absolute_url(site, target)
    data = {"sitemap": False, "layout": "redirect", "permalink": source_url, "redirect": {"from": source_url, "to": to}}
    return PageWithoutAFile(site, "", "redirect.html", data=data)


def generate(site: Site) -> None:
    if "redirect" not in site.layouts:
        site.layouts["redirect"] = Layout.from_text("_layouts/redirect.html", REDIRECT_LAYOUT)
    redirects: dict[str, str] = {}
    documents = [doc for collection in site.collections.values() for doc in collection.docs if doc.write()]
    for doc in [*documents, *site.pages]:
        liquid = doc.to_liquid()
        for origin in _as_list(liquid.get("redirect_from")):
            page = redirect_page(site, str(origin), doc.url)
            site.pages.append(page)
            redirects[page.data["redirect"]["from"]] = page.data["redirect"]["to"]
        targets = _as_list(liquid.get("redirect_to"))
        if targets:
            page = redirect_page(site, doc.url, str(targets[0]))
            doc.data.update(page.data)
            doc.content = ""
            redirects[page.data["redirect"]["from"]] = page.data["redirect"]["to"]
    redirect_config = site.config.get("redirect_from")
    wants_json = not (isinstance(redirect_config, dict) and redirect_config.get("json") is False)
    if wants_json and not (site.source / "redirects.json").exists():
        content = json.dumps(redirects, ensure_ascii=False, separators=(",", ":"))
        site.pages.append(PageWithoutAFile(site, "", "redirects.json", content=content, data={"layout": None}))


def setup(plugin: Registry) -> None:
    plugin.generator(generate)
