"""Raw HTML inside Markdown: block-level elements (with kramdown's `markdown=` content models) and the
tokenising of raw HTML, which kramdown re-emits with normalised attributes (`a='x'` -> `a="x"`, `<br />`).
"""

from __future__ import annotations

import re

from . import patterns as P
from .element import Element

_ATTR_RE = re.compile(r"""\s*([^\s"'/>=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?""")
_TRAILING_WS = re.compile(r"[ \t]*\n")
_RAW_START = re.compile(rf"<(?:{P.HTML_NAME}|/|!--|\?)")
# Elements whose content kramdown never parses, wherever they are (Html::Parser#handle_html_start_tag).
RAW_TEXT_ELEMENTS = ("script", "style")
_MARKDOWN_ATTR = {"0": "raw", "1": "default", "span": "span", "block": "block"}
# kramdown's HTML_ELEMENT: the names it lowercases, with their attributes' names (others keep their case)
_KNOWN = P.HTML_SPAN_ELEMENTS | P.HTML_BLOCK_ELEMENTS | P.HTML_VOID_ELEMENTS | P.CONTENT_MODEL_BLOCK \
    | P.CONTENT_MODEL_SPAN | P.CONTENT_MODEL_RAW


def normalize_name(name: str) -> str:
    """kramdown lowercases names of known HTML elements and leaves others as written."""
    lower = name.lower()
    return lower if lower in _KNOWN else name


def parse_attributes(text: str, element: str) -> dict[str, str]:
    """Attributes in source order, valueless ones with an empty value; their names lowercased on a known HTML
    element only, as kramdown's parse_html_attributes is asked to (`<svg viewBox>` keeps its case)."""
    attrs: dict[str, str] = {}
    lowercase = element in _KNOWN
    for m in _ATTR_RE.finditer(text):
        name, dq, sq, bare = m.groups()
        value = dq if dq is not None else sq if sq is not None else bare if bare is not None else ""
        attrs[name.lower() if lowercase else name] = value.replace("\n", " ")
    return attrs


def content_model(name: str) -> str:
    """The content model kramdown assigns an element when asked to parse its content as Markdown."""
    if name in P.CONTENT_MODEL_BLOCK:
        return "block"
    if name in P.CONTENT_MODEL_SPAN:
        return "span"
    return "raw"


def parse_block_html(parser, parent: Element, src: str, pos: int) -> int | None:
    """An HTML comment or a non-span element starting a block. As in kramdown's parse_block_html, a comment
    counts only right at the line's start (an indented one is a paragraph's), and an instruction (`<?...?>`)
    never starts a block."""
    cm = P.HTML_COMMENT.match(src, pos)
    if cm:
        parent.children.append(Element("xml_comment", cm.group(), options={"category": "block"}))
        tw = _TRAILING_WS.match(src, cm.end())
        return tw.end() if tw else cm.end()
    m = re.compile(r" {0,3}").match(src, pos)
    start = m.end() if m else pos
    tm = P.HTML_TAG.match(src, start)
    if tm and tm.group(1).lower() not in P.HTML_SPAN_ELEMENTS:
        return _block_element(parser, parent, src, tm)
    return None


def _block_element(parser, parent: Element, src: str, tm: re.Match[str]) -> int:
    name = normalize_name(tm.group(1))
    el = parser.new_block(parent, "html_element", name, parse_attributes(tm.group(2), name))
    el.options["category"] = "block"
    closed = bool(tm.group(3)) or name in P.HTML_VOID_ELEMENTS
    pos = tm.end()
    if name in RAW_TEXT_ELEMENTS:
        return raw_text_body(el, src, pos)
    model = content_model(name) if parser.ctx.options.parse_block_html else "raw"
    model = markdown_attribute_model(el, model)
    return _parse_body(parser, el, src, pos, model, closed)


def raw_text_body(el: Element, src: str, pos: int) -> int:
    """kramdown's handle_raw_html_tag: a script's or style's content is raw text up to its end tag, at top
    level or deep in raw HTML, even after a self-closing start tag; without an end tag, the rest of the
    document, whatever its `markdown` attribute asks. Returns the position after the end tag."""
    el.attr.pop("markdown", None)
    el.options["content_model"] = "raw"
    el.options["is_closed"] = False
    close = re.compile(rf"</{el.value}\s*>", re.I).search(src, pos)
    end = close.start() if close else len(src)
    el.children.append(Element("raw", src[pos:end]))
    return close.end() if close else end


def markdown_attribute_model(el: Element, model: str) -> str:
    """kramdown's `markdown="0|1|span|block"`: it sets the element's content model, even deep in raw HTML."""
    marker = el.attr.pop("markdown", None)
    if marker in _MARKDOWN_ATTR:
        choice = _MARKDOWN_ATTR[marker]
        return content_model(el.value) if choice == "default" else choice
    return model


def _parse_body(parser, el: Element, src: str, pos: int, model: str, closed: bool, *, nested: bool = False) -> int:
    """Parse an element's content with its content model; return the position after its end tag (and,
    for a top-level block, the white space after it; inside raw HTML that stays text)."""
    el.options["content_model"] = model
    el.options["is_closed"] = closed
    if model == "block":
        tw = _TRAILING_WS.match(src, pos)
        if tw:
            pos = tw.end()
    if closed:
        return pos
    name = el.value
    if model == "block":
        pos = parser.parse_until_close(el, src, pos, name)
    elif model == "span":
        close = re.compile(rf"</{re.escape(name)}\s*>", re.I).search(src, pos)
        if close:
            el.children.append(Element("raw_text", src[pos : close.start()]))
            pos = close.end()
        else:
            el.children.append(Element("raw_text", src[pos:]))
            pos = len(src)
    else:
        pos = parse_raw(el, src, pos, parser)
    if nested:
        return pos
    tw = _TRAILING_WS.match(src, pos)
    return tw.end() if tw else pos


def parse_raw(el: Element, src: str, pos: int, parser=None) -> int:
    """Tokenise raw HTML content up to `el`'s closing tag, keeping nested tags as elements; a nested
    element with a `markdown` attribute has its content parsed with the model the attribute asks for."""
    stack = [el]
    length = len(src)
    while pos < length and stack:
        tree = stack[-1]
        m = _RAW_START.search(src, pos)
        if m is None:
            _add_raw_text(tree, src[pos:])
            pos = length
            break
        if m.start() > pos:
            _add_raw_text(tree, src[pos : m.start()])
        pos = m.start()
        if (cm := P.HTML_COMMENT.match(src, pos)) is not None:
            tree.children.append(Element("xml_comment", cm.group(), options={"category": "block"}))
            pos = cm.end()
        elif (im := P.HTML_INSTRUCTION.match(src, pos)) is not None:
            tree.children.append(Element("xml_pi", im.group(), options={"category": "block"}))
            pos = im.end()
        elif (tm := P.HTML_TAG.match(src, pos)) is not None:
            name = normalize_name(tm.group(1))
            child = Element("html_element", name, parse_attributes(tm.group(2), name))
            closed = bool(tm.group(3)) or name in P.HTML_VOID_ELEMENTS
            model = markdown_attribute_model(child, "raw")
            child.options.update(category="block", content_model=model, is_closed=closed)
            tree.children.append(child)
            pos = tm.end()
            if name in RAW_TEXT_ELEMENTS:
                pos = raw_text_body(child, src, pos)
            elif model != "raw" and parser is not None:
                pos = _parse_body(parser, child, src, pos, model, closed, nested=True)
            elif not closed:
                if len(stack) > 100:
                    raise_too_deep()
                stack.append(child)
        elif (cm2 := P.HTML_TAG_CLOSE.match(src, pos)) is not None:
            if normalize_name(cm2.group(1)) == tree.value:
                stack.pop()
            else:
                _add_raw_text(tree, cm2.group())
            pos = cm2.end()
        else:
            _add_raw_text(tree, src[pos])
            pos += 1
    return pos


def raise_too_deep() -> None:
    from jekyll_py.errors import ConversionError

    raise ConversionError("HTML nested too deeply")


def _add_raw_text(tree: Element, text: str) -> None:
    if tree.children and tree.children[-1].type == "text":
        tree.children[-1].value += text
    else:
        tree.children.append(Element("text", text))
