"""Jekyll's URL filters (filters/url_filters.rb): relative_url, absolute_url, strip_index.

Jekyll runs every URL through Addressable's `normalize`, which percent-encodes spaces and
non-ASCII characters, lowercases the scheme and host, and drops `.`/`..` path segments.
"""

from __future__ import annotations

import functools
import re
from typing import Any
from urllib.parse import quote, urlsplit, urlunsplit

from liquid.filter import with_context

from jekyll_py.liquid.values import is_nil, to_s

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")
_PERCENT = re.compile(r"%[0-9A-Fa-f]{2}")
_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
_DEFAULT_PORTS = {"http": "80", "https": "443", "ftp": "21"}


def is_absolute(url: str) -> bool:
    """Addressable's `absolute?`: the URL has a scheme."""
    return bool(_SCHEME.match(url))


def _normalize_component(text: str, safe: str) -> str:
    """Percent-encode what must be encoded, decode what need not be, as Addressable does."""
    def decode_unreserved(match: re.Match[str]) -> str:
        char = chr(int(match.group(0)[1:], 16))
        return char if char in _UNRESERVED else match.group(0).upper()

    text = _PERCENT.sub(decode_unreserved, text)
    return quote(text, safe=safe + "%")


def _remove_dot_segments(path: str) -> str:
    """RFC 3986 5.2.4, which Addressable applies while normalizing."""
    if "." not in path:
        return path
    output: list[str] = []
    segments = path.split("/")
    for index, segment in enumerate(segments):
        last = index == len(segments) - 1
        if segment == ".":
            if last:
                output.append("")
            continue
        if segment == "..":
            if len(output) > 1:
                output.pop()
            if last:
                output.append("")
            continue
        output.append(segment)
    return "/".join(output)


@functools.lru_cache(maxsize=8192)
def normalize_url(url: str) -> str:
    """Addressable::URI.parse(url).normalize.to_s for the URLs Jekyll sites produce (cached: a
    site asks for the same few hundred URLs on every page)."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    netloc = parts.netloc
    if netloc:
        userinfo, _, hostport = netloc.rpartition("@")
        host, _, port = hostport.partition(":")
        if port and _DEFAULT_PORTS.get(scheme) == port:
            port = ""
        netloc = (userinfo + "@" if userinfo else "") + host.lower() + (":" + port if port else "")
    path = _normalize_component(parts.path, "/!$&'()*+,;=:@")
    if scheme in ("http", "https") and not path:
        path = "/"
    path = _remove_dot_segments(path)
    query = _normalize_component(parts.query, "/?!$&'()*+,;=:@")
    fragment = _normalize_component(parts.fragment, "/?!$&'()*+,;=:@")
    result = urlunsplit((scheme, netloc, path, "", ""))
    if query:  # Addressable normalizes an empty query or fragment away
        result += "?" + query
    if fragment:
        result += "#" + fragment
    return result


def _url_of(value: Any) -> Any:
    """Jekyll accepts documents and pages too: `input.url if input.respond_to?(:url)`."""
    url = getattr(value, "url", None)
    if url is not None and not callable(url):
        return url
    return value


def _ensure_leading_slash(text: str) -> str:
    return text if not text or text.startswith("/") else "/" + text


def compute_relative_url(site: Any, value: Any) -> str:
    text = value if type(value) is str else to_s(_url_of(value))
    baseurl = site.config.get("baseurl")
    url = _under_base("" if baseurl is None else to_s(baseurl), text)
    return text if url is None else url


@functools.lru_cache(maxsize=8192)
def _under_base(baseurl: str, text: str) -> str | None:
    """`text` normalized under `baseurl`, None when it has a scheme (cached: pages link the same
    few hundred URLs, and the scheme test and normalizing cost more than the lookup)."""
    if is_absolute(text):
        return None
    return normalize_url(_ensure_leading_slash(baseurl.removesuffix("/")) + _ensure_leading_slash(text))


def compute_absolute_url(site: Any, value: Any) -> str:
    value = _url_of(value)
    text = to_s(value)
    if is_absolute(text):
        return text
    site_url = site.config.get("url")
    if site_url is None or site_url == "":
        return compute_relative_url(site, value)
    return normalize_url(to_s(site_url) + compute_relative_url(site, value))


@with_context
def relative_url(value: Any, *, context: Any) -> str | None:
    """Prefix `site.baseurl` unless the URL already has a scheme."""
    if is_nil(value):
        return None
    return compute_relative_url(context.env.site, value)


@with_context
def absolute_url(value: Any, *, context: Any) -> str | None:
    """Prefix `site.url` and `site.baseurl` unless the URL already has a scheme."""
    if is_nil(value):
        return None
    return compute_absolute_url(context.env.site, value)


def strip_index(value: Any) -> Any:
    """Drop a trailing `/index.html` so permalinks look pretty."""
    if is_nil(value) or to_s(value) == "":
        return None
    return re.sub(r"/index\.html?$", "/", to_s(value), count=1, flags=re.MULTILINE)



FILTERS = {
    "relative_url": relative_url,
    "absolute_url": absolute_url,
    "strip_index": strip_index,
}
