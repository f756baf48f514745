"""kramdown's lists and definition lists.

kramdown collects each item's lines (first line, indented content, lazy lines) and parses them as blocks;
an item whose only/first paragraph is "tight" renders without `<p>` (a *transparent* paragraph).
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import patterns as P
from .attributes import ALD_ID_NAME, attach_ial, parse_ial
from .element import Element

_TASK_RE = re.compile(r"\s*\[([ xX])\]\s+", re.ASCII)


@lru_cache(maxsize=64)
def _item_patterns(indentation: int) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(content_re, indent_re) for an item whose content starts at column `indentation`."""
    indent = rf"(?:(?:\t| {{4}}){{{indentation // 4}}} {{{indentation % 4}}}|(?:\t| {{4}}){{{indentation // 4 + 1}}})"
    return re.compile(indent + r".*\S.*\n", re.ASCII), re.compile(indent)


@lru_cache(maxsize=64)
def _sibling_re(ordered: bool, indentation: int) -> re.Pattern[str]:
    spaces = min(indentation - 1, 3)
    marker = r"\d+\." if ordered else r"[+*-]"
    return re.compile(rf"( {{0,{max(spaces, 0)}}}{marker})([\t ].*\n)")


_LAZY_RE = re.compile(r".*\S.*\n", re.ASCII)


# kramdown's LIST_ITEM_IAL: an attribute list opening an item's first line, which the item (li, dd) takes
_ITEM_IAL = re.compile(rf"\s*\{{:(?!(?:{ALD_ID_NAME})?:|/)((?:\\\}}|[^}}])+)\}}\s*", re.ASCII)
_ITEM_IAL_CHECK = re.compile(rf"(?:{_ITEM_IAL.pattern})?\s*\n", re.ASCII)


def _first_line(marker_len: int, content: str) -> tuple[str, int]:
    """Content of the first line and the item's indentation (tabs count to the next multiple of 4); a
    first line that is empty or only an attribute list indents the item by 4 (LIST_ITEM_IAL_CHECK)."""
    if _ITEM_IAL_CHECK.match(content):
        return content.lstrip(P.RUBY_WHITESPACE), 4
    while (tab := re.match(r"( *)(\t+)", content)) is not None:
        col = len(tab.group(1)) + marker_len
        spaces = " " * (4 - col % 4 + (len(tab.group(2)) - 1) * 4)
        content = tab.group(1) + spaces + content[tab.end() :]
    indentation = marker_len + len(re.match(r" *", content).group())
    return content.lstrip(P.RUBY_WHITESPACE), indentation


def _take_item_ial(parser, item: Element, text: str) -> str:
    """An attribute list opening the item's text goes to the item (kramdown's `sub!(LIST_ITEM_IAL)`)."""
    m = _ITEM_IAL.match(text)
    if m is None:
        return text
    attach_ial(item, parse_ial(m.group(1)))
    return text[m.end():]


def parse_list(parser, parent: Element, src: str, pos: int) -> int | None:
    """Collect list items line by line, then parse each item's text as blocks."""
    ordered = not P.LIST_START_UL.match(src, pos)
    start_re = P.LIST_START_OL if ordered else P.LIST_START_UL
    lst = parser.new_block(parent, "ol" if ordered else "ul")
    items: list[tuple[Element, list[str]]] = []
    content_re = indent_re = None
    indentation = 0
    nested = last_blank = eob = False
    length = len(src)
    while pos < length:
        m = None
        if last_blank and P.HR.match(src, pos):
            break
        if (m := P.EOB_MARKER.match(src, pos)) is not None:
            eob = True
            pos = m.end()
            break
        if (m := start_re.match(src, pos)) is not None:
            first, indentation = _first_line(len(m.group(1)), m.group(2))
            item = Element("li")
            first = _take_item_ial(parser, item, first)
            items.append((item, [first]))
            content_re, indent_re = _item_patterns(indentation)
            start_re = _sibling_re(ordered, indentation)
            nested = bool(P.LIST_START.match(first))
            last_blank = False
            pos = m.end()
            continue
        m = content_re.match(src, pos) if content_re else None
        if m is None and not last_blank and not P.LAZY_BLOCKERS.match(src, pos):
            m = _LAZY_RE.match(src, pos)
        if m is not None:
            line = m.group()
            line = re.sub(r"^(\t+)", lambda t: " " * 4 * len(t.group(1)), line)
            im = indent_re.match(line)
            if im:
                line = line[im.end():]
            chunks = items[-1][1]
            if not nested and im and P.LIST_START.match(line):
                chunks.append("")
                nested = True
            elif nested and not im and P.LIST_START.match(line):
                line = " " * (indentation + 4) + line
            chunks[-1] += line
            last_blank = False
            pos = m.end()
            continue
        if (m := P.BLANK_LINE.match(src, pos)) is not None:
            nested = True
            last_blank = True
            items[-1][1][-1] += m.group()
            pos = m.end()
            continue
        break
    _finish_items(parser, parent, lst, items, eob)
    return pos


def _finish_items(parser, parent: Element, lst: Element, items: list, eob: bool) -> None:
    last_blank: Element | None = None
    for item, chunks in items:
        lst.children.append(item)
        for chunk in chunks:
            parser.parse(item, chunk)
    for item in lst.children:
        kids = item.children
        if not kids:
            continue
        if kids[0].type == "p" and (
            len(kids) < 2 or kids[1].type != "blank" or (item is lst.children[-1] and len(kids) == 2 and not eob)
        ) and (
            item is not lst.children[-1] or len(lst.children) == 1
            or any(not c.children or c.children[0].type != "p" or c.children[0].options.get("transparent")
                   for c in lst.children[:-1])
        ):
            if len(kids) > 1 and kids[1].type != "blank":
                kids[0].children[0].value += "\n"
            kids[0].options["transparent"] = True
        last_blank = kids.pop() if kids[-1].type == "blank" else None
    if parser.gfm:  # task lists are kramdown-parser-gfm's
        _mark_tasks(lst)
    if last_blank is not None and not eob:
        parent.children.append(last_blank)


def _mark_tasks(lst: Element) -> None:
    """kramdown-parser-gfm's task lists (ul or ol): `[ ]`/`[x]` opening an item's first paragraph becomes a
    disabled checkbox, and from the first such item on, every item opening with a paragraph is a task item."""
    is_tasklist = False
    for item in lst.children:
        if not item.children or item.children[0].type != "p":
            continue
        raw = item.children[0].children[0] if item.children[0].children else None
        if raw is not None and raw.type == "raw_text" and (m := _TASK_RE.match(raw.value)) is not None:
            raw.value = raw.value[m.end():]
            checkbox = {"type": "checkbox", "class": "task-list-item-checkbox", "disabled": "disabled"}
            if m.group(1) in "xX":
                checkbox["checked"] = "checked"
            item.children[0].options["task"] = checkbox
            is_tasklist = True
        if is_tasklist:
            item.attr["class"] = "task-list-item" + (" " + item.attr["class"] if "class" in item.attr else "")
    if is_tasklist:
        lst.attr.setdefault("class", "task-list")


def parse_definition_list(parser, parent: Element, src: str, pos: int) -> int | None:
    """`Term\\n: definition` — the preceding paragraph's lines become the terms."""
    kids = parent.children
    para_first = bool(kids) and kids[-1].type == "blank"
    last = kids[-2] if para_first and len(kids) > 1 else (kids[-1] if kids else None)
    if last is None or last.type != "p" or not last.children or last.children[0].type != "raw_text":
        return None
    del kids[-2 if para_first else -1 :]
    if kids and kids[-1].type == "blank" and len(kids) > 1 and kids[-2].type == "dl":
        kids.pop()
    if kids and kids[-1].type == "dl":
        dl = kids[-1]
    else:
        dl = Element("dl")
        dl.attr = last.attr
        parent.children.append(dl)
    for line in last.children[0].value.split("\n"):
        dt = Element("dt")
        dt.children.append(Element("raw_text", line.strip(P.RUBY_WHITESPACE)))
        dl.children.append(dt)
    length = len(src)
    while pos < length:
        m = P.DEFINITION_START.match(src, pos)
        if not m:
            break
        first, indentation = _first_line(len(m.group(1)), m.group(2))
        content_re, indent_re = _item_patterns(indentation)
        text = first
        pos = m.end()
        last_blank = False
        while pos < length:
            cm = content_re.match(src, pos)
            if cm is None and not last_blank and not P.DEFINITION_START.match(src, pos) \
                    and not P.LAZY_BLOCKERS.match(src, pos):
                cm = _LAZY_RE.match(src, pos)
            if cm is not None:
                line = cm.group()
                im = indent_re.match(line)
                text += line[im.end():] if im else line
                last_blank = False
                pos = cm.end()
                continue
            bm = P.BLANK_LINE.match(src, pos)
            if bm and (content_re.match(src, bm.end()) or P.DEFINITION_START.match(src, bm.end())):
                text += bm.group()
                last_blank = True
                pos = bm.end()
                continue
            break
        dd = Element("dd")
        parser.parse(dd, _take_item_ial(parser, dd, text))
        if not para_first and dd.children and dd.children[0].type == "p" and (
            len(dd.children) == 1 or dd.children[1].type != "blank"
        ):
            dd.children[0].options["transparent"] = True
        while dd.children and dd.children[-1].type == "blank":
            dd.children.pop()
        dl.children.append(dd)
    return pos
