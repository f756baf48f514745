"""html-pipeline 2's text filters as jemoji and jekyll-mentions run them, with Nokogiri's round trip.

Both plugins cut the rendered page at `<body ...>` / `</body>`, parse the body as an HTML fragment with
Nokogiri (libxml2), rewrite text nodes outside some ancestors, and print the fragment back — so the whole
body comes out as libxml2 prints HTML: entities decoded to characters, `<br />` as `<br>`, attributes
double-quoted, URI attributes percent-escaped. `pipeline_body` reproduces that round trip.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from html.parser import HTMLParser
from typing import Any
from urllib.parse import quote

TextFilter = Callable[[str], str]

OPENING_BODY_TAG = re.compile(r"<body(.*?)>\s*", re.S)
# libxml2's HTML elements without an end tag
VOID_ELEMENTS = frozenset(
    "area base basefont br col embed frame hr img input isindex link meta param source track wbr".split()
)
RAW_TEXT_ELEMENTS = frozenset(("script", "style"))
# libxml2 (htmlAttrDumpOutput) URI-escapes these attributes, keeping its reserved characters
URI_ATTRIBUTES = frozenset(("href", "action", "src"))
URI_SAFE = "\"#$%&+,/:;<=>?@[\\]^`{|}-_.!~*'()"


def pipeline_document(output: str, text_filter: TextFilter, ignored: frozenset[str],
                      wanted: re.Pattern[str] | None = None) -> str:
    """The plugins' `replace_document_body`: only the body goes through the pipeline when there is one.

    `wanted`, when given, is checked on the body first (jekyll-mentions leaves a page alone when its
    body has nothing to link); jemoji checks the whole output before calling this.
    """
    if "<body" not in output:
        if wanted is not None and not wanted.search(output):
            return output
        return pipeline_fragment(output, text_filter, ignored)
    match = OPENING_BODY_TAG.search(output)
    if match is None:  # Ruby's partition with no match: everything is "head", the body is empty
        return output
    head, opener, tail = output[: match.start()], match.group(), output[match.end() :]
    body, closer, rest = tail.partition("</body>")
    if wanted is not None and not wanted.search(body):
        return output
    return head + opener + pipeline_fragment(body, text_filter, ignored) + closer + rest


def pipeline_fragment(html: str, text_filter: TextFilter, ignored: frozenset[str]) -> str:
    """Parse `html` as a fragment, filter text nodes outside `ignored` elements, print as libxml2 does."""
    printer = _FragmentPrinter(text_filter, ignored)
    printer.feed(html)
    printer.close()
    return "".join(printer.out)


def escape_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def attribute(tag: str, name: str, value: str | None) -> str:
    """One attribute as libxml2's HTML serializer prints it."""
    if value is None:
        return f" {name}"
    if name in URI_ATTRIBUTES or (name == "name" and tag == "a"):
        return f' {name}="{quote(value.lstrip(), safe=URI_SAFE)}"'
    escaped = value.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;").replace(">", "&gt;")
    return f' {name}="{escaped}"'


class _FragmentPrinter(HTMLParser):
    """Streams the fragment back out, keeping the open-element stack to know a text node's ancestors."""

    def __init__(self, text_filter: TextFilter, ignored: frozenset[str]) -> None:
        super().__init__(convert_charrefs=True)
        self.text_filter = text_filter
        self.ignored = ignored
        self.stack: list[str] = []
        self.out: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.out.append(f"<{tag}" + "".join(attribute(tag, k, v) for k, v in attrs) + ">")
        if tag not in VOID_ELEMENTS:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID_ELEMENTS:
            return
        if tag in self.stack:
            while self.stack.pop() != tag:
                pass
        self.out.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        if self.stack and self.stack[-1] in RAW_TEXT_ELEMENTS:
            self.out.append(data)
            return
        text = escape_text(data)
        if not self.ignored.intersection(self.stack):
            text = self.text_filter(text)
        self.out.append(text)

    def handle_comment(self, data: str) -> None:
        self.out.append(f"<!--{data}-->")

    def handle_decl(self, decl: str) -> None:
        self.out.append(f"<!{decl}>")

    def handle_pi(self, data: str) -> None:
        self.out.append(f"<?{data}>")

    def unknown_decl(self, data: str) -> None:
        self.out.append(f"<![{data}]>")


def html_page(doc: Any) -> bool:
    """jemoji's and jekyll-mentions' test for a page they may rewrite: written, and HTML."""
    return bool(doc.write()) and (doc.output_ext == ".html" or str(doc.permalink or "").endswith("/"))
