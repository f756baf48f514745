"""Permalinks and URLs: Jekyll::URL (placeholder substitution, escaping, sanitising) and permalink styles.

Page URLs come from `/:path/:basename:output_ext`-style templates or a front-matter `permalink`; a URL
ending in `/` is written to `index.html` inside it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from typing import Any
from urllib.parse import quote, unquote

from jekyll_py.utils import ruby_array, ruby_to_s, slugify

SAFE_PATH_RE = re.compile(r"^[a-zA-Z0-9./-]+$")
# Addressable::URI.encode leaves URI reserved and unreserved characters alone.
URI_SAFE = "/:?#[]@!$&'()*+,;=-._~%"
PLACEHOLDER_RE = re.compile(r":([a-z_]+)")


def escape_path(path: str) -> str:
    """URL.escape_path: percent-encode what a URI may not contain, and `#`."""
    if not path or SAFE_PATH_RE.match(path):
        return path
    return quote(path, safe=URI_SAFE).replace("#", "%23", 1)


def unescape_path(path: str) -> str:
    return unquote(path) if "%" in path else path


def sanitize_url(url: str) -> str:
    """URL#sanitize_url: leading slash, no `..`, no `./`, no doubled slashes."""
    url = ("/" + url).replace("..", "/").replace("./", "")
    return re.sub(r"/{2,}", "/", url)


def fill_from_hash(template: str, placeholders: Mapping[str, str | None]) -> str:
    """URL#generate_url_from_hash: each placeholder in turn; a nil value removes `/:name`."""
    result = template
    for name, value in placeholders.items():
        if ":" not in result:
            break
        if value is None:
            result = result.replace(f"/:{name}", "")
        else:
            result = result.replace(f":{name}", escape_path(value))
    return result


def fill_from_drop(template: str, placeholders: Mapping[str, str | None]) -> str:
    """URL#generate_url_from_drop (documents): every `:name` must be known; `name_` may mean `name`."""

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        pool = [name, name[:-1]] if name.endswith("_") else [name]
        winner = next((key for key in pool if key in placeholders), None)
        if winner is None:
            raise KeyError(
                f"The URL template doesn't have {' or '.join(pool)} keys. Check your permalink template!"
            )
        value = placeholders[winner] or ""
        return escape_path(value) + (match.group(0)[len(winner) + 1 :])

    return PLACEHOLDER_RE.sub(replace, template)


def generate_url(
    template: str, placeholders: Mapping[str, str | None], permalink: str | None = None, *, from_drop: bool = False
) -> str:
    """URL#to_s: the permalink if given (placeholders filled in), else the template."""
    fill = fill_from_drop if from_drop else fill_from_hash
    return sanitize_url(fill(permalink if permalink else template, placeholders))


def add_permalink_suffix(template: str, permalink_style: str) -> str:
    """Utils.add_permalink_suffix: pages follow the site's style (pretty → `/`, date → `:output_ext`)."""
    style = str(permalink_style)
    if style == "pretty":
        return template + "/"
    if style in ("date", "ordinal", "none"):
        return template + ":output_ext"
    # any other style (even `weekdate`) is looked at as written, not expanded
    if style.endswith("/"):
        template += "/"
    if style.endswith(":output_ext"):
        template += ":output_ext"
    return template


def destination_path(url: str, output_ext: str) -> str:
    """The file a URL is written to, relative to the destination (Page#destination)."""
    path = unescape_path(url).lstrip("/")
    if url.endswith("/"):
        path += "index"
    if not path.endswith(output_ext):
        path += output_ext
    return path


def _strftime(fmt: str) -> Callable[[Any], str]:
    return lambda doc: doc.date.strftime(fmt)


def _categories(doc: Any) -> str:
    """`:categories`: each category down-cased, duplicates dropped, joined by `/` (UrlDrop#categories)."""
    names = [ruby_to_s(category).lower() for category in ruby_array(doc.data.get("categories"))]
    return "/".join(dict.fromkeys(names))


def _slugified_categories(doc: Any) -> str:
    names = [slugify(ruby_to_s(category)) or "" for category in ruby_array(doc.data.get("categories"))]
    return "/".join(dict.fromkeys(names))


def _slug_source(doc: Any) -> str:
    slug = doc.data.get("slug")
    return doc.basename_without_ext if slug is None else ruby_to_s(slug)


# Jekyll::Drops::UrlDrop: every placeholder a document's permalink may use
DOCUMENT_PLACEHOLDERS: dict[str, Callable[[Any], str]] = {
    "collection": lambda doc: doc.collection.label,
    "output_ext": lambda doc: doc.output_ext,
    "path": lambda doc: doc.cleaned_relative_path,
    "name": lambda doc: slugify(doc.basename_without_ext) or "",
    "title": lambda doc: slugify(_slug_source(doc), mode="pretty", cased=True) or "",
    "slug": lambda doc: slugify(_slug_source(doc)) or "",
    "categories": _categories,
    "slugified_categories": _slugified_categories,
    "year": _strftime("%Y"),
    "month": _strftime("%m"),
    "day": _strftime("%d"),
    "hour": _strftime("%H"),
    "minute": _strftime("%M"),
    "second": _strftime("%S"),
    "i_day": lambda doc: str(doc.date.day),
    "i_month": lambda doc: str(doc.date.month),
    "short_month": _strftime("%b"),
    "long_month": _strftime("%B"),
    "short_year": _strftime("%y"),
    "w_year": _strftime("%G"),
    "week": _strftime("%V"),
    "w_day": _strftime("%u"),
    "short_day": _strftime("%a"),
    "long_day": _strftime("%A"),
    "y_day": _strftime("%j"),
}


class DocumentPlaceholders(Mapping[str, str]):
    """A document's URL placeholders, each computed only when the template names it (UrlDrop)."""

    def __init__(self, document: Any) -> None:
        self.document = document

    def __getitem__(self, key: str) -> str:
        return DOCUMENT_PLACEHOLDERS[key](self.document)

    def __contains__(self, key: object) -> bool:
        return key in DOCUMENT_PLACEHOLDERS

    def __iter__(self) -> Iterator[str]:
        return iter(DOCUMENT_PLACEHOLDERS)

    def __len__(self) -> int:
        return len(DOCUMENT_PLACEHOLDERS)
