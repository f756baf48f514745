"""Excerpts (Jekyll::Excerpt): the start of a document up to `excerpt_separator`, rendered on its own.

An excerpt is cut from the document's source when the document is read, and rendered — Liquid with
the excerpt as `page`, then the converters, never a layout — the first time anything prints it.
That separate pass is why an excerpt can differ from the same lines inside the full post.
"""

from __future__ import annotations

import re
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jekyll_py import log
from jekyll_py.convertible import has_liquid_construct
from jekyll_py.document import DocumentDrop

if TYPE_CHECKING:
    from jekyll_py.converters import Converter
    from jekyll_py.document import Document

LIQUID_TAG_RE = re.compile(r"{%-?\s*(\w+)\s*.*?-?%}", re.DOTALL)
LINK_REFERENCE_RE = re.compile(r"^ {0,3}(?:(\[[^\]]+\])(:.+))$", re.MULTILINE)
# Liquid and Jekyll tags that are blocks and so need their end tag (Liquid::Block descendants)
BLOCK_TAGS = frozenset({"if", "unless", "for", "case", "capture", "comment", "raw", "tablerow", "ifchanged",
                        "highlight"})


class Excerpt:
    # Excerpt#trigger_hooks does nothing: no owner of that name has hooks
    type = "excerpts"
    body_line = 1

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.site = doc.site
        self.ext = doc.ext
        self.extname = doc.ext
        self.pager = None
        self.content = self.extract_excerpt(doc.content)

    def __repr__(self) -> str:
        return f"<Excerpt id={self.id}>"

    @cached_property
    def data(self) -> dict[str, Any]:
        """The document's data when first asked, without `layout` and `excerpt`."""
        return {k: v for k, v in self.doc.data.items() if k not in ("layout", "excerpt")}

    def setting(self, key: str) -> Any:
        """As Convertible#setting: an excerpt has no layout of its own."""
        return self.data.get(key)

    @property
    def path(self) -> Path:
        return Path(f"{self.doc.path}/#excerpt")

    @property
    def relative_path(self) -> str:
        return f"{self.doc.relative_path}/#excerpt"

    @property
    def id(self) -> str:
        return f"{self.doc.id}#excerpt"

    @property
    def url(self) -> str:
        return self.doc.url

    @property
    def converters(self) -> list[Converter]:
        return self.doc.converters

    @property
    def output_ext(self) -> str:
        return self.doc.output_ext

    def render_with_liquid(self) -> bool:
        if self.data.get("render_with_liquid") is False or self.ext == ".coffee" or self.doc.is_yaml_file():
            return False
        return has_liquid_construct(self.content)

    def place_in_layout(self) -> bool:
        return False

    @cached_property
    def output(self) -> str:
        from jekyll_py.renderer import Renderer

        return Renderer(self.site, self).run()

    def __str__(self) -> str:
        return self.output

    to_liquid_string = __str__

    def next_doc(self) -> Document | None:
        return self.doc.next_doc()

    def previous_doc(self) -> Document | None:
        return self.doc.previous_doc()

    @cached_property
    def drop(self) -> ExcerptDrop:
        return ExcerptDrop(self)

    def to_liquid(self) -> ExcerptDrop:
        return self.drop

    # -- cutting the excerpt out of the document -------------------------------------------------------
    def extract_excerpt(self, content: str) -> str:
        """Everything before the separator, Liquid blocks closed, and the link definitions it uses."""
        head, separator, tail = content.partition(self.doc.excerpt_separator)
        if not separator or not tail:
            return head
        if "{%" in head:
            head = self.sanctify_liquid_tags(head)
        definitions = [label + rest for label, rest in LINK_REFERENCE_RE.findall(tail) if label in head]
        if not definitions:
            return head
        return head + "\n\n" + "\n".join(definitions)

    def sanctify_liquid_tags(self, head: str) -> str:
        """Close Liquid blocks the separator cut in half, warning as Jekyll does."""
        modified = False
        for name in reversed(LIQUID_TAG_RE.findall(head)):
            if name not in BLOCK_TAGS:
                continue
            if re.search(r"{%-?\s*end" + re.escape(name) + r".*?\s*-?%}", head, re.DOTALL):
                continue
            modified = True
            head += f"\n{{% end{name} %}}"
        if modified:
            separator = self.doc.excerpt_separator
            log.warn("Warning:", f"Excerpt modified in {self.doc.relative_path}!")
            log.warn("", f"Found a Liquid block containing the excerpt separator {_inspect(separator)}.")
            log.warn("", "The block has been modified with the appropriate closing tag.")
            log.warn("", "Feel free to define a custom excerpt or excerpt_separator in the")
            log.warn("", "document's Front Matter if the generated excerpt is unsatisfactory.")
        return head


def _inspect(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


class ExcerptDrop(DocumentDrop):
    """`page` while an excerpt renders (Jekyll::Drops::ExcerptDrop)."""

    KEYS = ("layout", *DocumentDrop.KEYS)
    KEY_SET = frozenset(KEYS)

    def _fallback(self) -> dict[str, Any]:
        return self.doc.data

    def _method(self, key: str) -> Any:
        excerpt: Excerpt = self.doc
        document = excerpt.doc
        if key == "layout":
            return document.data.get("layout")
        if key == "date":
            return document.date
        if key == "excerpt":
            return None
        if key == "name":
            name = document.data.get("name")
            return name if name is not None and name is not False else document.basename
        if key == "collection":
            return document.collection.label
        return super()._method(key)
