"""jekyll-seo-tag 2.8: `{% seo %}` → title, description, canonical URL, Open Graph, Twitter, JSON-LD.

The Ruby plugin renders its own minified Liquid template with a `seo_tag` drop that decides the
values; here `seo_values` computes that drop (with the same filters, through our Liquid
environment) and the gem's template is rendered by our engine, as Jekyll renders it by Liquid.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from jekyll_py.liquid.filters.url import is_absolute
from jekyll_py.plugins.liquid_tag import site_of

if TYPE_CHECKING:
    from liquid import RenderContext

    from jekyll_py.plugins.registry import Registry

VERSION = "2.8.0"
TITLE_SEPARATOR = " | "
HOMEPAGE_OR_ABOUT = re.compile(r"^/(about/)?(index.html?)?$")
FORMAT_STRING_FILTERS = ("markdownify", "strip_html", "normalize_whitespace", "escape_once")
# Whitespace after `{`, `}`, or `>`/`,` ending a line, unless a `-` follows (SeoTag::MINIFY_REGEX).
MINIFY_REGEX = re.compile(r"(?:(?<=[{}])|(?<=[>,]\n))\s+(?!-)")

# jekyll-seo-tag 2.8.0 lib/template.html (MIT), verbatim.
TEMPLATE = """<!-- Begin Jekyll SEO tag v{{ seo_tag.version }} -->
{% if seo_tag.title? %}
  <title>{{ seo_tag.title }}</title>
{% endif %}

<meta name="generator" content="Jekyll v{{ jekyll.version }}" />

{% if seo_tag.page_title %}
  <meta property="og:title" content="{{ seo_tag.page_title }}" />
{% endif %}

{% if seo_tag.author.name %}
  <meta name="author" content="{{ seo_tag.author.name }}" />
{% endif %}

<meta property="og:locale" content="{{ seo_tag.page_locale }}" />

{% if seo_tag.description %}
  <meta name="description" content="{{ seo_tag.description }}" />
  <meta property="og:description" content="{{ seo_tag.description }}" />
{% endif %}

{% if site.url %}
  <link rel="canonical" href="{{ seo_tag.canonical_url }}" />
  <meta property="og:url" content="{{ seo_tag.canonical_url }}" />
{% endif %}

{% if seo_tag.site_title %}
  <meta property="og:site_name" content="{{ seo_tag.site_title }}" />
{% endif %}

{% if seo_tag.image %}
  <meta property="og:image" content="{{ seo_tag.image.path }}" />
  {% if seo_tag.image.height %}
    <meta property="og:image:height" content="{{ seo_tag.image.height }}" />
  {% endif %}
  {% if seo_tag.image.width %}
    <meta property="og:image:width" content="{{ seo_tag.image.width }}" />
  {% endif %}
  {% if seo_tag.image.alt %}
    <meta property="og:image:alt" content="{{ seo_tag.image.alt }}" />
  {% endif %}
{% endif %}

{% if page.date %}
  <meta property="og:type" content="article" />
  <meta property="article:published_time" content="{{ page.date | date_to_xmlschema }}" />
{% else %}
  <meta property="og:type" content="website" />
{% endif %}

{% if paginator.previous_page %}
  <link rel="prev" href="{{ paginator.previous_page_path | absolute_url }}" />
{% endif %}
{% if paginator.next_page %}
  <link rel="next" href="{{ paginator.next_page_path | absolute_url }}" />
{% endif %}

{% if seo_tag.image %}
  <meta name="twitter:card" content="{{ page.twitter.card | default: site.twitter.card | \
default: "summary_large_image" }}" />
  <meta property="twitter:image" content="{{ seo_tag.image.path }}" />
{% else %}
  <meta name="twitter:card" content="summary" />
{% endif %}

{% if seo_tag.image.alt %}
  <meta name="twitter:image:alt" content="{{ seo_tag.image.alt }}" />
{% endif %}

{% if seo_tag.page_title %}
  <meta property="twitter:title" content="{{ seo_tag.page_title }}" />
{% endif %}

{% if site.twitter %}
  <meta name="twitter:site" content="@{{ site.twitter.username | remove:'@' }}" />

  {% if seo_tag.author.twitter %}
    <meta name="twitter:creator" content="@{{ seo_tag.author.twitter | remove:'@' }}" />
  {% endif %}
{% endif %}

{% if site.facebook %}
  {% if site.facebook.admins %}
    <meta property="fb:admins" content="{{ site.facebook.admins }}" />
  {% endif %}

  {% if site.facebook.publisher %}
    <meta property="article:publisher" content="{{ site.facebook.publisher }}" />
  {% endif %}

  {% if site.facebook.app_id %}
    <meta property="fb:app_id" content="{{ site.facebook.app_id }}" />
  {% endif %}
{% endif %}

{% if site.webmaster_verifications %}
  {% if site.webmaster_verifications.google %}
    <meta name="google-site-verification" content="{{ site.webmaster_verifications.google }}" />
  {% endif %}

  {% if site.webmaster_verifications.bing %}
    <meta name="msvalidate.01" content="{{ site.webmaster_verifications.bing }}" />
  {% endif %}

  {% if site.webmaster_verifications.alexa %}
    <meta name="alexaVerifyID" content="{{ site.webmaster_verifications.alexa }}" />
  {% endif %}

  {% if site.webmaster_verifications.yandex %}
    <meta name="yandex-verification" content="{{ site.webmaster_verifications.yandex }}" />
  {% endif %}

  {% if site.webmaster_verifications.baidu %}
    <meta name="baidu-site-verification" content="{{ site.webmaster_verifications.baidu }}" />
  {% endif %}

  {% if site.webmaster_verifications.facebook %}
    <meta name="facebook-domain-verification" content="{{ site.webmaster_verifications.facebook }}" />
  {% endif %}
{% elsif site.google_site_verification %}
  <meta name="google-site-verification" content="{{ site.google_site_verification }}" />
{% endif %}

<script type="application/ld+json">
  {{ seo_tag.json_ld | jsonify }}
</script>

<!-- End Jekyll SEO tag -->
"""


def truthy(value: Any) -> bool:
    """Ruby truthiness: only nil and false are false."""
    return value is not None and value is not False


def first(*values: Any) -> Any:
    """Ruby's `a || b || c`."""
    return next((v for v in values if truthy(v)), values[-1] if values else None)


def sub_hash(value: Any, key: str) -> Mapping[str, Any]:
    found = value.get(key) if isinstance(value, Mapping) else None
    return found if isinstance(found, Mapping) else {}


class SeoValues:
    """What Jekyll::SeoTag::Drop computes for one page, with the filters of the render context."""

    def __init__(self, context: RenderContext, markup: str) -> None:
        self.context = context
        self.markup = markup
        self.site: Mapping[str, Any] = context.resolve("site")
        page = context.resolve("page", default=None)
        self.page: Mapping[str, Any] = page if isinstance(page, Mapping) else {}
        self.page_seo = sub_hash(self.page, "seo")
        self.site_social = sub_hash(self.site, "social")

    def filter(self, name: str, value: Any, *args: Any) -> Any:
        fn = self.context.env.filters[name]
        if getattr(fn, "with_context", False):
            return fn(value, *args, context=self.context)
        return fn(value, *args)

    def format_string(self, value: Any) -> str | None:
        """markdownify | strip_html | normalize_whitespace | escape_once, nil when empty."""
        for name in FORMAT_STRING_FILTERS:
            value = self.filter(name, value)
        return value or None

    # -- titles ----------------------------------------------------------------------------------
    def site_title(self) -> str | None:
        return self.format_string(first(self.site.get("title"), self.site.get("name")))

    def site_description(self) -> str | None:
        return self.format_string(self.site.get("description"))

    def page_title(self) -> str | None:
        return first(self.format_string(self.page.get("title")), self.site_title())

    def title(self) -> str | None:
        site_title, page_title, site_description = self.site_title(), self.page_title(), self.site_description()
        if site_title and page_title != site_title:
            title = f"{page_title}{TITLE_SEPARATOR}{site_title}"
        elif site_description and site_title:
            tagline = self.format_string(self.site.get("tagline"))
            title = f"{site_title}{TITLE_SEPARATOR}{first(tagline, site_description)}"
        else:
            title = first(page_title, site_title)
        return self.page_number() + title if title is not None and self.page_number() else title

    def page_number(self) -> str:
        paginator = self.context.resolve("paginator", default=None)
        if not isinstance(paginator, Mapping) or not paginator.get("page"):
            return ""
        current, total = paginator["page"], paginator.get("total_pages")
        message = str(self.site.get("seo_paginator_message") or "Page %<current>s of %<total>s for ")
        if current <= 1:
            return ""
        return message.replace("%<current>s", str(current)).replace("%<total>s", str(total))

    def display_title(self) -> bool:
        return bool(self.title()) and not re.search(r"title=false", self.markup, re.I)

    # -- page facts ----------------------------------------------------------------------------------
    def is_homepage_or_about(self) -> bool:
        return bool(HOMEPAGE_OR_ABOUT.search(str(self.page.get("url") or "")))

    def name(self) -> str | None:
        if self.page_seo.get("name"):
            return self.format_string(self.page_seo["name"])
        if not self.is_homepage_or_about():
            return None
        if self.site_social.get("name"):
            return self.format_string(self.site_social["name"])
        return self.site_title()

    def description(self) -> str | None:
        return first(self.format_string(first(self.page.get("description"), self.page.get("excerpt"))),
                     self.site_description())

    def canonical_url(self) -> str:
        given = self.page.get("canonical_url")
        if given is None or str(given) == "":
            return re.sub(r"/index\.html$", "/", str(self.filter("absolute_url", self.page.get("url")) or ""))
        return given

    def page_locale(self) -> str:
        lang = first(self.page.get("lang"), self.site.get("lang"), "en_US")
        return str(first(self.page.get("locale"), self.site.get("locale"), lang)).replace("-", "_")

    def xmlschema(self, value: Any) -> str | None:
        return self.filter("date_to_xmlschema", value) if truthy(value) else None

    def date_modified(self) -> str | None:
        return self.xmlschema(first(self.page_seo.get("date_modified"), self.page.get("last_modified_at"),
                                    self.page.get("date")))

    def type(self) -> str:
        if self.page_seo.get("type"):
            return self.page_seo["type"]
        if self.is_homepage_or_about():
            return "WebSite"
        return "BlogPosting" if truthy(self.page.get("date")) else "WebPage"

    def links(self) -> Any:
        if self.page_seo.get("links"):
            return self.page_seo["links"]
        return self.site_social.get("links") if self.is_homepage_or_about() else None

    def logo(self) -> str | None:
        logo = self.site.get("logo")
        if not truthy(logo):
            return None
        return self.filter("uri_escape", logo if is_absolute(str(logo)) else self.filter("absolute_url", logo))

    # -- author and image (AuthorDrop, ImageDrop) -----------------------------------------------
    def author(self) -> dict[str, Any]:
        authors = self.page.get("authors")
        sources = [self.page.get("author"), *(authors[:1] if isinstance(authors, list) else []),
                   self.site.get("author")]
        resolved = next((s for s in sources if s is not None and s != ""), None)  # `!s.to_s.empty?`
        if isinstance(resolved, Mapping):
            data = dict(resolved)
        elif isinstance(resolved, str):
            authors_data = sub_hash(self.site.get("data"), "authors")
            extra = authors_data.get(resolved)
            data = {"name": resolved, **(extra if isinstance(extra, Mapping) else {})}
        else:
            data = {}
        twitter = first(data.get("twitter"), data.get("name"))
        return {**data, "name": data.get("name"),
                "twitter": twitter.removeprefix("@") if isinstance(twitter, str) else None}

    def image(self) -> dict[str, Any] | None:
        meta = self.page.get("image")
        if isinstance(meta, Mapping):
            image = {"path": None, **meta}
        else:
            image = {"path": meta if isinstance(meta, str) else None}
        raw = first(image.get("path"), image.get("facebook"), image.get("twitter"))
        if not truthy(raw):
            return None
        url = self.filter("absolute_url", raw) if isinstance(raw, str) and not is_absolute(raw) else raw
        path = self.filter("uri_escape", url) if truthy(url) else None
        return {**image, "path": path} if path else None

    # -- JSON-LD ------------------------------------------------------------------------------------
    def json_ld(self, author: dict[str, Any], image: dict[str, Any] | None) -> dict[str, Any]:
        """JSONLDDrop#to_json: its keys sorted, nil values left out."""
        values: dict[str, Any] = {
            "@context": "https://schema.org",
            "@type": self.type(),
            "author": self.json_ld_author(author),
            "dateModified": self.date_modified(),
            "datePublished": self.xmlschema(self.page.get("date")),
            "description": self.description(),
            "headline": self.page_title(),
            "image": self.json_ld_image(image),
            "mainEntityOfPage": ({"@type": "WebPage", "@id": self.canonical_url()}
                                 if self.type() in ("BlogPosting", "CreativeWork") else None),
            "name": self.name(),
            "publisher": self.json_ld_publisher(author),
            "sameAs": self.links(),
            "url": self.canonical_url(),
        }
        return {key: value for key, value in sorted(values.items()) if value is not None}

    @staticmethod
    def json_ld_author(author: dict[str, Any]) -> dict[str, Any] | None:
        if not truthy(author.get("name")):
            return None
        kind = author.get("type")
        if truthy(kind) and kind not in ("Organization", "Person"):
            return None
        found = {"@type": kind if truthy(kind) else "Person", "name": author["name"]}
        if truthy(author.get("url")):
            found["url"] = author["url"]
        return found

    @staticmethod
    def json_ld_image(image: dict[str, Any] | None) -> Any:
        if image is None:
            return None
        if len(image) == 1:
            return image["path"]
        # ImageDrop#to_h puts `path` first; JSONLDDrop renames it to `url` at the end
        found = {key: value for key, value in image.items() if key != "path"}
        found["url"] = image["path"]
        found["@type"] = "imageObject"
        return found

    def json_ld_publisher(self, author: dict[str, Any]) -> dict[str, Any] | None:
        logo = self.logo()
        if logo is None:
            return None
        found: dict[str, Any] = {"@type": "Organization", "logo": {"@type": "ImageObject", "url": logo}}
        if truthy(author.get("name")):
            found["name"] = author["name"]
        return found

    def as_drop(self) -> dict[str, Any]:
        """The `seo_tag` variable the template reads."""
        author, image = self.author(), self.image()
        return {
            "version": VERSION,
            "title?": self.display_title(),
            "title": self.title(),
            "page_title": self.page_title(),
            "site_title": self.site_title(),
            "author": author,
            "page_locale": self.page_locale(),
            "description": self.description(),
            "canonical_url": self.canonical_url(),
            "image": image,
            "json_ld": self.json_ld(author, image),
        }


def render_seo(context: RenderContext, markup: str) -> str:
    site = site_of(context)
    engine = site.liquid
    template = engine.parse(MINIFY_REGEX.sub("", TEMPLATE), path="jekyll-seo-tag/template.html")
    payload = dict(site.base_payload())
    payload["page"] = context.resolve("page", default=None)
    payload["paginator"] = context.resolve("paginator", default=None)
    payload["seo_tag"] = SeoValues(context, markup).as_drop()
    return engine.render(template, payload)


def setup(plugin: Registry) -> None:
    plugin.simple_tag("seo")(render_seo)
