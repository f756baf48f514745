"""A kramdown-compatible Markdown converter: the HTML Jekyll 4.3 (kramdown 2.4, GFM input, Rouge) produces.

Pipeline, as in kramdown: block structure -> span parsing of each block's text (after all link and
footnote definitions are known) -> GFM post-processing (header ids, abbreviations) -> HTML conversion.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from jekyll_py.errors import ConversionError

from .attributes import resolve_ials
from .block import BlockParser
from .context import Context
from .element import Element, raw_text
from .ids import IdGenerator
from .inline import SpanParser
from .options import build_options
from .renderer import HtmlRenderer

__all__ = ["MarkdownConverter"]


class MarkdownConverter:
    """Converts Markdown with a site's `kramdown:` options; one instance can convert many documents."""

    def __init__(self, options: dict[str, Any] | None = None) -> None:
        self.raw_options = dict(options or {})
        self.options = build_options(self.raw_options)
        self.gfm = str(self.raw_options.get("input", "GFM")).lower() != "kramdown"

    def convert(self, text: str) -> str:
        """Markdown in, kramdown's HTML out; any failure surfaces as ConversionError."""
        if not isinstance(text, str):
            raise ConversionError(f"Markdown must be text, got {type(text).__name__}")
        try:
            return self._convert(text)
        except ConversionError:
            raise
        except RecursionError as exc:
            raise ConversionError("Markdown nested too deeply to convert") from exc
        except Exception as exc:  # a converter bug must still reach the user as a typed error
            raise ConversionError(f"Markdown could not be converted: {exc!r}") from exc

    def _convert(self, text: str) -> str:
        ctx = Context(options=self.options.copy())
        source = _adapt_source(text)
        root = Element("root")
        parser = BlockParser(ctx)
        parser.gfm = self.gfm
        parser.parse(root, source)
        spans = SpanParser(ctx)
        trees = [root, *ctx.footnote_defs.values()]
        for tree in trees:
            resolve_ials(tree, ctx.alds)
            _parse_span_text(tree, spans)
        if ctx.abbrevs:
            from .abbreviations import replace_abbreviations

            for tree in trees:
                replace_abbreviations(tree, ctx.abbrevs, ctx.abbrev_markers)
        toc = _assign_ids(root, ctx, self.gfm)
        return HtmlRenderer(ctx.options, toc).render(root)


def _adapt_source(text: str) -> str:
    """kramdown normalises line endings and makes the text end with exactly one newline."""
    text = re.sub(r"\r\n?", "\n", text)
    if text.endswith("\n"):
        text = text[:-1]
    return text + "\n"


def _walk(root: Element) -> Iterator[tuple[Element, bool]]:
    """Elements in document order with whether they sit inside an HTML element (iterative)."""
    stack: list[tuple[Element, bool]] = [(root, False)]
    while stack:
        el, in_html = stack.pop()
        yield el, in_html
        if el.children:  # most elements are leaves (text)
            child_flag = in_html or el.type == "html_element"
            stack.extend([(c, child_flag) for c in reversed(el.children)])


def _elements(root: Element) -> list[Element]:
    """`root` and every element below it, in document order (iterative)."""
    order: list[Element] = []
    stack = [root]
    while stack:
        el = stack.pop()
        order.append(el)
        if el.children:
            stack.extend(reversed(el.children))
    return order


def _parse_span_text(tree: Element, spans: SpanParser) -> None:
    """Replace every `raw_text` child with the spans parsed from it."""
    for el in _elements(tree):
        if not any(c.type == "raw_text" for c in el.children):
            continue
        old, el.children = el.children, []
        for child in old:
            if child.type == "raw_text":
                spans.parse(el, child.value)
            else:
                el.children.append(child)
        task = el.options.get("task")
        if task is not None:
            box = Element("html_element", "input", task, {"category": "span", "content_model": "raw"})
            el.children.insert(0, box)
        if spans.ctx.options.hard_wrap:
            _hard_wrap(el)


def _hard_wrap(el: Element) -> None:
    """GFM `hard_wrap`: every newline inside a paragraph's text becomes `<br />` plus the newline."""
    out: list[Element] = []
    for child in el.children:
        if child.type != "text" or "\n" not in child.value:
            out.append(child)
            continue
        parts = child.value.split("\n")
        for i, part in enumerate(parts):
            if i:
                out.append(Element("br"))
                part = "\n" + part
            if part:
                out.append(Element("text", part))
    el.children = out


def _assign_ids(root: Element, ctx: Context, gfm: bool) -> list[tuple[int, str, Element]]:
    """Header ids (GFM style outside HTML elements) and the ToC entries in document order."""
    opts = ctx.options
    ids = IdGenerator(opts.auto_id_prefix)
    toc: list[tuple[int, str, Element]] = []
    for el, in_html in _walk(root):
        if el.type != "header":
            continue
        if opts.auto_ids and "id" not in el.attr:
            text = raw_text(el)
            el.attr["id"] = ids.gfm(text) if gfm and not in_html else ids.kramdown(text)
        level = el.options["level"]
        if "id" in el.attr and level in opts.toc_levels and "no_toc" not in el.attr.get("class", "").split():
            toc.append((level, el.attr["id"], el))
    return toc
