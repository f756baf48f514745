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
_MARKDOWN_ATTR = {"0": "raw", "1": "default", "span": "span", "block": "block"}
_KNOWN = P.HTML_SPAN_ELEMENTS | P.HTML_BLOCK_ELEMENTS | P.HTML_VOID_ELEMENTS | P.CONTENT_MODEL_BLOCK \
    | P.CONTENT_MODEL_SPAN | P.CONTENT_MODEL_RAW | frozenset(
        "html head body title strong em table caption colgroup col thead tbody tfoot tr th td center font "
        "figure figcaption video audio source canvas iframe object embed noscript script style".split())


def normalize_name(name: str) -> str:
    """kramdown lowercases names of known HTML elements and leaves others as written."""
    lower = name.lower()
    return lower if lower in _KNOWN else name


def parse_attributes(text: str) -> dict[str, str]:
    """Attributes in source order; names lowercased, valueless attributes get an empty value."""
    attrs: dict[str, str] = {}
    for m in _ATTR_RE.finditer(text):
        name, dq, sq, bare = m.groups()
        value = dq if dq is not None else sq if sq is not None else bare if bare is not None else ""
        attrs[name.lower()] = value.replace("\n", " ")
    return attrs


def content_model(name: str) -> str:
    """The content model kramdown assigns an element when asked to parse its content as Markdown."""
    if name in P.CONTENT_MODEL_BLOCK:
        return "block"
    if name in P.CONTENT_MODEL_SPAN:
        return "span"
    return "raw"


def parse_block_html(parser, parent: Element, src: str, pos: int) -> int | None:
    """An HTML comment or a non-span element starting a block."""
    m = re.compile(r" {0,3}").match(src, pos)
    start = m.end() if m else pos
    cm = P.HTML_COMMENT.match(src, start)
    if cm:
        parent.children.append(Element("xml_comment", cm.group(), options={"category": "block"}))
        tw = _TRAILING_WS.match(src, cm.end())
        return tw.end() if tw else cm.end()
    pm = P.HTML_INSTRUCTION.match(src, start)
    if pm:
        parent.children.append(Element("xml_pi", pm.group(), options={"category": "block"}))
        tw = _TRAILING_WS.match(src, pm.end())
        return tw.end() if tw else pm.end()
    tm = P.HTML_TAG.match(src, start)
    if tm and tm.group(1).lower() not in P.HTML_SPAN_ELEMENTS:
        return _block_element(parser, parent, src, tm)
    return None


def _block_element(parser, parent: Element, src: str, tm: re.Match[str]) -> int:
    name = normalize_name(tm.group(1))
    el = parser.new_block(parent, "html_element", name)
    el.attr.update(parse_attributes(tm.group(2)))
    el.options["category"] = "block"
    closed = bool(tm.group(3)) or name in P.HTML_VOID_ELEMENTS
    pos = tm.end()
    if name in ("script", "style"):
        el.options["content_model"] = "raw"
        el.options["is_closed"] = closed
        if closed:
            return pos
        close = re.compile(rf"</{name}\s*>", re.I).search(src, pos)
        end = close.start() if close else len(src)
        el.children.append(Element("raw", src[pos:end]))
        return close.end() if close else end
    model = "block" if parser.ctx.options.parse_block_html and content_model(name) == "block" else "raw"
    if parser.ctx.options.parse_block_html:
        model = content_model(name)
    marker = el.attr.pop("markdown", None)
    if marker in _MARKDOWN_ATTR:
        choice = _MARKDOWN_ATTR[marker]
        model = content_model(name) if choice == "default" else choice
    el.options["content_model"] = model
    el.options["is_closed"] = closed
    if model == "block":
        tw = _TRAILING_WS.match(src, pos)
        if tw:
            pos = tw.end()
    if closed:
        return pos
    if model == "block":
        end = parser.parse_until_close(el, src, pos, name)
        pos = end
    elif model == "span":
        close = re.compile(rf"</{re.escape(name)}\s*>", re.I).search(src, pos)
        if close:
            el.children.append(Element("raw_text", src[pos : close.start()]))
            pos = close.end()
        else:
            el.children.append(Element("raw_text", src[pos:]))
            pos = len(src)
    else:
        pos = parse_raw(el, src, pos)
    tw = _TRAILING_WS.match(src, pos)
    return tw.end() if tw else pos


def parse_raw(el: Element, src: str, pos: int) -> int:
    """Tokenise raw HTML content up to `el`'s closing tag, keeping nested tags as elements."""
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
            child = Element("html_element", name, parse_attributes(tm.group(2)))
            closed = bool(tm.group(3)) or name in P.HTML_VOID_ELEMENTS
            child.attr.pop("markdown", None)
            child.options.update(category="block", content_model="raw", is_closed=closed)
            tree.children.append(child)
            pos = tm.end()
            if not closed:
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
