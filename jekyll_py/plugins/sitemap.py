"""jekyll-sitemap 1.4: `sitemap.xml` of every output page, document and HTML/PDF file, and `robots.txt`.

As the Ruby plugin does, the sitemap is the gem's own Liquid template (minified the same way)
rendered as a page, so its output follows our Liquid engine exactly as Jekyll's follows Ruby's.
Neither file is generated when the site already has one at that URL.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from jekyll_py.page import Page, PageWithoutAFile

if TYPE_CHECKING:
    from jekyll_py.plugins.registry import Registry
    from jekyll_py.site import Site

# jekyll-sitemap 1.4.0 lib/sitemap.xml (MIT), verbatim.
SITEMAP_TEMPLATE = """<?xml version="1.0" encoding="UTF-8"?>
{% if page.xsl %}
  <?xml-stylesheet type="text/xsl" href="{{ "/sitemap.xsl" | absolute_url }}"?>
{% endif %}
<urlset xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
xsi:schemaLocation="http://www.sitemaps.org/schemas/sitemap/0.9 \
http://www.sitemaps.org/schemas/sitemap/0.9/sitemap.xsd" xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  {% assign collections = site.collections | where_exp:'collection','collection.output != false' %}
  {% for collection in collections %}
    {% assign docs = collection.docs | where_exp:'doc','doc.sitemap != false' %}
    {% for doc in docs %}
      <url>
        <loc>{{ doc.url | replace:'/index.html','/' | absolute_url | xml_escape }}</loc>
        {% if doc.last_modified_at or doc.date %}
          <lastmod>{{ doc.last_modified_at | default: doc.date | date_to_xmlschema }}</lastmod>
        {% endif %}
      </url>
    {% endfor %}
  {% endfor %}

  {% assign pages = site.html_pages | where_exp:'doc','doc.sitemap != false' | \
where_exp:'doc','doc.url != "/404.html"' %}
  {% for page in pages %}
    <url>
      <loc>{{ page.url | replace:'/index.html','/' | absolute_url | xml_escape }}</loc>
      {% if page.last_modified_at %}
        <lastmod>{{ page.last_modified_at | date_to_xmlschema }}</lastmod>
      {% endif %}
    </url>
  {% endfor %}

  {% assign static_files = page.static_files | where_exp:'page','page.sitemap != false' | \
where_exp:'page','page.name != "404.html"' %}
  {% for file in static_files %}
    <url>
      <loc>{{ file.path | replace:'/index.html','/' | absolute_url | xml_escape }}</loc>
      <lastmod>{{ file.modified_time | date_to_xmlschema }}</lastmod>
    </url>
  {% endfor %}
</urlset>
"""

# jekyll-sitemap 1.4.0 lib/robots.txt, verbatim.
ROBOTS_TEMPLATE = 'Sitemap: {{ "sitemap.xml" | absolute_url }}\n'

INCLUDED_EXTENSIONS = (".htm", ".html", ".xhtml", ".pdf")

# Whitespace after a `>` that ends a line, or after a `}` closing a Liquid tag (JekyllSitemap::MINIFY_REGEX).
MINIFY_REGEX = re.compile(r"(?:(?<=>\n)|(?<=\}))\s+")


def minify(template: str) -> str:
    return MINIFY_REGEX.sub("", template)


def file_exists(site: Site, name: str) -> bool:
    """Whether a page or static file of the site already has the URL `/name`."""
    return any(item.url == f"/{name}" for item in [*site.pages, *site.static_files])


def sitemap_page(site: Site) -> Page:
    static_files = [f.to_liquid() for f in site.static_files if f.extname in INCLUDED_EXTENSIONS]
    data = {"layout": None, "static_files": static_files, "xsl": file_exists(site, "sitemap.xsl")}
    return PageWithoutAFile(site, "", "sitemap.xml", content=minify(SITEMAP_TEMPLATE), data=data)


def robots_page(site: Site) -> Page:
    return PageWithoutAFile(site, "", "robots.txt", content=ROBOTS_TEMPLATE, data={"layout": None})


def generate(site: Site) -> None:
    # Both checks look at the site before either page is added, as the Ruby plugin memoises them.
    has_sitemap, has_robots = file_exists(site, "sitemap.xml"), file_exists(site, "robots.txt")
    if not has_sitemap:
        site.pages.append(sitemap_page(site))
    if not has_robots:
        site.pages.append(robots_page(site))


def setup(plugin: Registry) -> None:
    # `priority :lowest`; :lowest generators run in `plugins:` order (measured with Jekyll 4.3.1).
    # The sitemap lists paginated pages whatever the order: its template reads site.pages at render time.
    plugin.generator(generate, priority="lowest")
