"""jekyll-feed 0.17: Atom feeds of posts (and of categories, tags, collections) and `{% feed_meta %}`.

Like the Ruby plugin, each feed is a page whose content is the gem's minified `feed.xml` Liquid
template, rendered after the posts so `post.content` is their converted HTML.
"""

from __future__ import annotations

import posixpath
import re
from typing import TYPE_CHECKING, Any

from jekyll_py import log
from jekyll_py.drops import posts_by
from jekyll_py.liquid.filters.text import xml_escape
from jekyll_py.liquid.filters.url import compute_absolute_url
from jekyll_py.page import Page, PageWithoutAFile
from jekyll_py.plugins.liquid_tag import site_of

if TYPE_CHECKING:
    from liquid import RenderContext

    from jekyll_py.plugins.registry import Registry
    from jekyll_py.site import Site

# jekyll-feed 0.17.0 lib/jekyll-feed/feed.xml (MIT), verbatim.
FEED_TEMPLATE = """<?xml version="1.0" encoding="utf-8"?>
{% if page.xsl %}
  <?xml-stylesheet type="text/xml" href="{{ '/feed.xslt.xml' | absolute_url }}"?>
{% endif %}
<feed xmlns="http://www.w3.org/2005/Atom" {% if site.lang %}xml:lang="{{ site.lang }}"{% endif %}>
  <generator uri="https://jekyllrb.com/" version="{{ jekyll.version }}">Jekyll</generator>
  <link href="{{ page.url | absolute_url }}" rel="self" type="application/atom+xml" />
  <link href="{{ '/' | absolute_url }}" rel="alternate" type="text/html" \
{% if site.lang %}hreflang="{{ site.lang }}" {% endif %}/>
  <updated>{{ site.time | date_to_xmlschema }}</updated>
  <id>{{ page.url | absolute_url | xml_escape }}</id>

  {% assign title = site.title | default: site.name %}
  {% if page.collection != "posts" %}
    {% assign collection = page.collection | capitalize %}
    {% assign title = title | append: " | " | append: collection %}
  {% endif %}
  {% if page.category %}
    {% assign category = page.category | capitalize %}
    {% assign title = title | append: " | " | append: category %}
  {% endif %}

  {% if title %}
    <title type="html">{{ title | smartify | xml_escape }}</title>
  {% endif %}

  {% if site.description %}
    <subtitle>{{ site.description | xml_escape }}</subtitle>
  {% endif %}

  {% if site.author %}
    <author>
        <name>{{ site.author.name | default: site.author | xml_escape }}</name>
      {% if site.author.email %}
        <email>{{ site.author.email | xml_escape }}</email>
      {% endif %}
      {% if site.author.uri %}
        <uri>{{ site.author.uri | xml_escape }}</uri>
      {% endif %}
    </author>
  {% endif %}

  {% if page.tags %}
    {% assign posts = site.tags[page.tags] %}
  {% else %}
    {% assign posts = site[page.collection] %}
  {% endif %}
  {% if page.category %}
    {% assign posts = posts | where: "categories", page.category %}
  {% endif %}
  {% unless site.show_drafts %}
    {% assign posts = posts | where_exp: "post", "post.draft != true" %}
  {% endunless %}
  {% assign posts = posts | sort: "date" | reverse %}
  {% assign posts_limit = site.feed.posts_limit | default: 10 %}
  {% for post in posts limit: posts_limit %}
    <entry{% if post.lang %}{{" "}}xml:lang="{{ post.lang }}"{% endif %}>
      {% assign post_title = post.title | smartify | strip_html | normalize_whitespace | xml_escape %}

      <title type="html">{{ post_title }}</title>
      <link href="{{ post.url | absolute_url }}" rel="alternate" type="text/html" title="{{ post_title }}" />
      <published>{{ post.date | date_to_xmlschema }}</published>
      <updated>{{ post.last_modified_at | default: post.date | date_to_xmlschema }}</updated>
      <id>{{ post.id | absolute_url | xml_escape }}</id>
      {% assign excerpt_only = post.feed.excerpt_only | default: site.feed.excerpt_only %}
      {% unless excerpt_only %}
        <content type="html" xml:base="{{ post.url | absolute_url | xml_escape }}">\
<![CDATA[{{ post.content | strip }}]]></content>
      {% endunless %}

      {% assign post_author = post.author | default: post.authors[0] | default: site.author %}
      {% assign post_author = site.data.authors[post_author] | default: post_author %}
      {% assign post_author_email = post_author.email | default: nil %}
      {% assign post_author_uri = post_author.uri | default: nil %}
      {% assign post_author_name = post_author.name | default: post_author %}

      <author>
          <name>{{ post_author_name | default: "" | xml_escape }}</name>
        {% if post_author_email %}
          <email>{{ post_author_email | xml_escape }}</email>
        {% endif %}
        {% if post_author_uri %}
          <uri>{{ post_author_uri | xml_escape }}</uri>
        {% endif %}
      </author>

      {% if post.category %}
        <category term="{{ post.category | xml_escape }}" />
      {% elsif post.categories %}
        {% for category in post.categories %}
          <category term="{{ category | xml_escape }}" />
        {% endfor %}
      {% endif %}

      {% for tag in post.tags %}
        <category term="{{ tag | xml_escape }}" />
      {% endfor %}

      {% assign post_summary = post.description | default: post.excerpt %}
      {% if post_summary and post_summary != empty %}
        <summary type="html"><![CDATA[{{ post_summary | strip_html | normalize_whitespace }}]]></summary>
      {% endif %}

      {% assign post_image = post.image.path | default: post.image %}
      {% if post_image %}
        {% unless post_image contains "://" %}
          {% assign post_image = post_image | absolute_url %}
        {% endunless %}
        <media:thumbnail xmlns:media="http://search.yahoo.com/mrss/" url="{{ post_image | xml_escape }}" />
        <media:content medium="image" url="{{ post_image | xml_escape }}" \
xmlns:media="http://search.yahoo.com/mrss/" />
      {% endif %}
    </entry>
  {% endfor %}
</feed>
"""

# Whitespace after a `>` or a `}` (JekyllFeed::Generator::MINIFY_REGEX).
MINIFY_REGEX = re.compile(r"(?<=[>}])\s+")
TAG_NAME_OK = re.compile(r"^[a-zA-Z0-9_]+$")


def feed_config(site: Site) -> dict[str, Any]:
    config = site.config.get("feed")
    return config if isinstance(config, dict) else {}


def feed_collections(config: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """`{name: {categories: [...], path: ...}}`, with `posts` always present (Generator#collections)."""
    listed = config.get("collections")
    if isinstance(listed, list):
        collections: dict[str, dict[str, Any]] = {str(name): {} for name in listed}
    elif isinstance(listed, dict):
        collections = {str(k): dict(v) if isinstance(v, dict) else {} for k, v in listed.items()}
    else:
        collections = {}
    posts = collections.setdefault("posts", {})
    posts["path"] = posts.get("path") or config.get("path")
    posts["categories"] = posts.get("categories") or config.get("categories")
    for meta in collections.values():
        meta["categories"] = list(dict.fromkeys(meta.get("categories") or []))
    return collections


def feed_path(collections: dict[str, dict[str, Any]], collection: str, category: str | None) -> str:
    prefix = "/feed" if collection == "posts" else f"/feed/{collection}"
    if category:
        return f"{prefix}/{category}.xml"
    return str(collections.get(collection, {}).get("path") or f"{prefix}.xml")


def in_source(site: Site, path: str) -> bool:
    """`File.exist?(site.in_source_dir(path))`: any file there, even one Jekyll does not read."""
    return (site.source / path.lstrip("/")).exists()


def feed_page(site: Site, path: str, *, collection: str = "posts", category: str | None = None,
              tags: str | None = None) -> Page:
    directory, name = posixpath.split("/" + path.lstrip("/"))
    data = {"layout": None, "sitemap": False, "xsl": in_source(site, "feed.xslt.xml"),
            "collection": collection, "category": category, "tags": tags}
    return PageWithoutAFile(site, directory.rstrip("/"), name, content=MINIFY_REGEX.sub("", FEED_TEMPLATE),
                            data=data)


def generate(site: Site) -> None:
    config = feed_config(site)
    if config.get("disable_in_development") and site.environment == "development":
        log.info("Jekyll Feed:", "Skipping feed generation in development")
        return
    collections = feed_collections(config)
    for name, meta in collections.items():
        log.info("Jekyll Feed:", f"Generating feed for {name}")
        for category in [*meta["categories"], None]:
            path = feed_path(collections, name, category)
            if not in_source(site, path):
                site.pages.append(feed_page(site, path, collection=name, category=category))
    if config.get("tags"):
        generate_tag_feeds(site, config)


def generate_tag_feeds(site: Site, config: dict[str, Any]) -> None:
    """One feed per tag (`feed: tags:` with `only`, `except`, `path`); odd tag names get none."""
    tags = list(posts_by(site.posts, "tags"))
    if not tags:
        return
    options = config["tags"] if isinstance(config["tags"], dict) else {}
    only = options.get("only") or tags
    pool = [tag for tag in only if tag not in (options.get("except") or [])]
    prefix = str(options.get("path") or "/feed/by_tag/")
    for tag in pool:
        if not TAG_NAME_OK.match(str(tag)):
            continue
        log.info("Jekyll Feed:", f"Generating feed for posts tagged {tag}")
        path = f"{prefix}{tag}.xml"
        if not in_source(site, path):
            site.pages.append(feed_page(site, path, tags=str(tag)))


def feed_meta(context: RenderContext, markup: str) -> str:
    """`{% feed_meta %}`: the `<link rel="alternate">` to the posts feed (JekyllFeed::MetaTag)."""
    site = site_of(context)
    config = site.config
    path = feed_config(site).get("path") or "feed.xml"
    attributes = {"type": "application/atom+xml", "rel": "alternate", "href": compute_absolute_url(site, path)}
    title = config.get("title") or config.get("name")
    if title:
        attributes["title"] = title
    return "<link " + " ".join(f'{key}="{xml_escape(value)}"' for key, value in attributes.items()) + " />"


def setup(plugin: Registry) -> None:
    plugin.generator(generate, priority="lowest")
    plugin.simple_tag("feed_meta")(feed_meta)
