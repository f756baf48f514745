"""html-pipeline 2's text filters as jemoji and jekyll-mentions run them, with Nokogiri's round trip.

Both plugins cut the rendered page at `<body ...>` / `</body>`, parse the body as an HTML fragment with
Nokogiri (libxml2), rewrite text nodes outside some ancestors, and print the fragment back — so the whole
body comes out as libxml2 prints HTML: entities decoded to characters, `<br />` as `<br>`, attributes
double-quoted, URI attributes percent-escaped. `pipeline_body` reproduces that round trip.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
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
# libxml2 2.9's known HTML 4 elements that are not inline (HTML 5 ones are unknown to it: no line breaks)
BLOCK_ELEMENTS = frozenset(
    "address area base blockquote caption center col colgroup dd dir div dl dt fieldset form frame "
    "frameset h1 h2 h3 h4 h5 h6 hr isindex legend li link menu meta noframes noscript ol optgroup "
    "option p param pre style table tbody td tfoot th thead title tr ul".split()
)
# libxml2 prints these with no end tag when they have no children (htmlElemDesc.saveEndTag)
SAVE_END_TAG = frozenset(("li",))
URI_ATTRIBUTES = frozenset(("href", "action", "src"))
# libxml2 (htmlAttrDumpOutput) URI-escapes these attributes (xmlURIEscapeStr keeps the unreserved
# characters and "@/:=?;#%&,+<>"), then escapes &, < and > as in any attribute
URI_SAFE = "@/:=?;#%&,+<>-_.!~*'()"


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
    builder = _FragmentBuilder(text_filter, ignored)
    builder.feed(html)
    builder.close()
    out: list[str] = []
    write_children(builder.root, None, out)  # the fragment node has no name: no breaks between these
    return "".join(out)


def escape_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def attribute(tag: str, name: str, value: str | None) -> str:
    """One attribute as libxml2's HTML serializer prints it."""
    if value is None:
        return f" {name}"
    if name in URI_ATTRIBUTES or (name == "name" and tag == "a"):
        return f' {name}="{escape_text(quote(value.lstrip(), safe=URI_SAFE))}"'
    escaped = value.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;").replace(">", "&gt;")
    return f' {name}="{escaped}"'


@dataclass
class Text:
    """A text node, already escaped and filtered."""

    text: str


@dataclass
class Markup:
    """Printed as is: a comment, a declaration, or an end tag with no open element (kept, as before)."""

    markup: str


@dataclass
class Element:
    """An element; `closed` is False when its end tag never came (none is printed then)."""

    tag: str
    start: str
    children: list[Text | Markup | Element] = field(default_factory=list)
    closed: bool = False


Node = Text | Markup | Element


def breaks_lines(tag: str) -> bool:
    """libxml2's `info != NULL && !info->isinline`: a known HTML 4 block element."""
    return tag in BLOCK_ELEMENTS


def write_node(node: Node, parent: str | None, out: list[str], following: Node | None = None) -> None:
    """htmlNodeDumpFormatOutput with FORMAT (Nokogiri's to_html): a line break goes between a block
    element and an element sibling, and inside a block element with several children that starts or
    ends with an element — never where a text node is already there, nor inside p, pre and param."""
    if isinstance(node, Text):
        out.append(node.text)
        return
    if isinstance(node, Markup):
        out.append(node.markup)
        return
    out.append(node.start)
    block = breaks_lines(node.tag)
    kids = node.children
    inner_breaks = block and len(kids) > 1 and node.tag[0] != "p"
    if node.tag not in VOID_ELEMENTS and (kids or node.tag not in SAVE_END_TAG):
        if inner_breaks and not isinstance(kids[0], Text):
            out.append("\n")
        write_children(kids, node.tag, out)
        if inner_breaks and not isinstance(kids[-1], Text):
            out.append("\n")
        if node.closed:
            out.append(f"</{node.tag}>")
    if block and following is not None and not isinstance(following, Text) and parent and parent[0] != "p":
        out.append("\n")


def write_children(nodes: list[Node], parent: str | None, out: list[str]) -> None:
    """Each node, knowing its next sibling (libxml2 looks at `cur->next`)."""
    for i, node in enumerate(nodes):
        write_node(node, parent, out, nodes[i + 1] if i + 1 < len(nodes) else None)


class _FragmentBuilder(HTMLParser):
    """Builds the fragment's tree, keeping the open-element stack to know a text node's ancestors."""

    def __init__(self, text_filter: TextFilter, ignored: frozenset[str]) -> None:
        super().__init__(convert_charrefs=True)
        self.text_filter = text_filter
        self.ignored = ignored
        self.root: list[Node] = []
        self.stack: list[Element] = []

    @property
    def siblings(self) -> list[Node]:
        return self.stack[-1].children if self.stack else self.root

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        start = f"<{tag}" + "".join(attribute(tag, k, v) for k, v in attrs) + ">"
        element = Element(tag, start)
        self.siblings.append(element)
        if tag not in VOID_ELEMENTS:
            self.stack.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID_ELEMENTS:
            return
        if any(open_element.tag == tag for open_element in self.stack):
            while (element := self.stack.pop()).tag != tag:
                pass
            element.closed = True
            return
        self.siblings.append(Markup(f"</{tag}>"))

    def handle_data(self, data: str) -> None:
        tags = [element.tag for element in self.stack]
        if tags and tags[-1] in RAW_TEXT_ELEMENTS:
            self.add_text(data)
            return
        text = escape_text(data)
        if not self.ignored.intersection(tags):
            text = self.text_filter(text)
        self.add_text(text)

    def add_text(self, text: str) -> None:
        """libxml2 keeps one text node where the parser reports text in pieces."""
        siblings = self.siblings
        if siblings and isinstance(siblings[-1], Text):
            siblings[-1].text += text
        else:
            siblings.append(Text(text))

    def handle_comment(self, data: str) -> None:
        self.siblings.append(Markup(f"<!--{data}-->"))

    def handle_decl(self, decl: str) -> None:
        self.siblings.append(Markup(f"<!{decl}>"))

    def handle_pi(self, data: str) -> None:
        self.siblings.append(Markup(f"<?{data}>"))

    def unknown_decl(self, data: str) -> None:
        self.siblings.append(Markup(f"<![{data}]>"))


def html_page(doc: Any) -> bool:
    """jemoji's and jekyll-mentions' test for a page they may rewrite: written, and HTML."""
    return bool(doc.write()) and (doc.output_ext == ".html" or str(doc.permalink or "").endswith("/"))
