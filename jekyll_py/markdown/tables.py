"""kramdown tables (which also accept GFM pipe tables): header, body separators, footer, alignment."""

from __future__ import annotations

import re

from . import patterns as P
from .element import Element

TABLE_LINE = re.compile(r"(?:\||.*?[^\\\n]\|).*?\n")
TABLE_START = re.compile(r" {0,3}(?=\S)(?:\||.*?[^\\\n]\|).*?\n", re.ASCII)
_SEP_LINE = re.compile(r"([+|: \t-]*?-[+|: \t-]*?)[ \t]*\n")
_ALIGN = re.compile(r"[ \t]?(:?)-+(:?)[ \t]?")
_FOOT_LINE = re.compile(r"[+|: \t=]*?=[+|: \t=]*?[ \t]*\n")
_ROW_LINE = re.compile(r"(.*?)[ \t]*\n")
_BOUNDARY = re.compile(r"[ \t\f\v\r]*\n|\^\s*?\n| {0,3}\{:(?!:|/)(?:\\\}|[^}])+\}[ \t]*\n")
_CODESPAN = re.compile(r"(`+)(.*?[^`])\1(?!`)", re.S)


def parse_table(parser, parent: Element, src: str, pos: int) -> int | None:
    """Parse consecutive table lines; kramdown refuses a table not surrounded by block boundaries."""
    last = parent.children[-1] if parent.children else None
    if last is not None and last.type not in ("blank", "eob"):
        return None
    start = pos
    leading_pipe = bool(re.match(r"\s*\|", src[pos:src.find("\n", pos) + 1], re.ASCII))
    m = _SEP_LINE.match(src, pos)
    if m:
        pos = m.end()
    table = Element("table")
    alignment: list[str] = []
    rows: list[Element] = []
    state = {"footer": False}
    columns = 0

    def flush(kind: str, force: bool) -> None:
        nonlocal rows
        if not state["footer"] or kind != "tbody" or force:
            cont = Element(kind)
            cont.children, rows = rows, []
            table.children.append(cont)

    length = len(src)
    while pos < length:
        if not _is_table_line(src, pos):
            break
        if (m := _SEP_LINE.match(src, pos)) is not None:
            if not rows:
                pass
            elif not alignment and not state["footer"]:
                flush("thead", False)
                alignment = [_alignment(a, b) for a, b in _ALIGN.findall(m.group(1))]
            else:
                flush("tbody", False)
        elif (m := _FOOT_LINE.match(src, pos)) is not None:
            if rows:
                flush("tbody", True)
            state["footer"] = True
        elif (m := _ROW_LINE.match(src, pos)) is not None:
            cells = split_cells(m.group(1))
            if leading_pipe and cells and not cells[0].strip(P.RUBY_WHITESPACE):
                cells.pop(0)
            if cells and not cells[-1].strip(P.RUBY_WHITESPACE):
                cells.pop()
            row = Element("tr")
            for text in cells:
                cell = Element("td")
                cell.children.append(Element("raw_text", text.strip(P.RUBY_WHITESPACE)))
                row.children.append(cell)
            columns = max(columns, len(cells))
            rows.append(row)
        else:
            break
        pos = m.end()
    if not (pos >= length or _BOUNDARY.match(src, pos)):
        return None
    if rows:
        flush("tfoot" if state["footer"] else "tbody", False)
    if not _pipe_on_line(parser, src[start:pos - 1]):
        return None
    if not any(c.type == "tbody" for c in table.children):
        return None
    for section in table.children:
        for row in section.children:
            row.children.extend(Element("td") for _ in range(columns - len(row.children)))
    alignment = (alignment + ["default"] * columns)[:columns]
    table.options["alignment"] = alignment
    el = parser.new_block(parent, "table")
    el.children, el.options = table.children, table.options
    return pos if pos > start else None


def _is_table_line(src: str, pos: int) -> bool:
    """A table line has a pipe outside code spans (kramdown splits cells with code spans in mind)."""
    m = TABLE_LINE.match(src, pos)
    if m is None:
        return False
    line = m.group()
    return line.lstrip(P.RUBY_WHITESPACE).startswith("|") or len(split_cells(line)) > 1


def _alignment(left: str, right: str) -> str:
    if not left and not right:
        return "default"
    if not right:
        return "left"
    if not left:
        return "right"
    return "center"


def split_cells(line: str) -> list[str]:
    """Split a row on unescaped pipes that are not inside code spans."""
    cells: list[str] = [""]
    pos = 0
    for m in _CODESPAN.finditer(line):
        _split_plain(line[pos : m.start()], cells)
        cells[-1] += m.group()
        pos = m.end()
    _split_plain(line[pos:], cells)
    return cells


def _split_plain(text: str, cells: list[str]) -> None:
    parts = re.split(r"(?<!\\)\|", text)
    cells[-1] += parts[0].replace("\\|", "|")
    cells.extend(p.replace("\\|", "|") for p in parts[1:])


_PIPE_CHECK = re.compile(r"(?:\||.*?[^\\\n]\|)")  # kramdown's TABLE_PIPE_CHECK


def _pipe_on_line(parser, text: str) -> bool:
    """kramdown's check that the table's last line has a pipe outside code spans and span HTML elements
    (its lines parsed with those two span rules only; an element's content is not looked at)."""
    from .inline import TABLE_CHECK_RULES, SpanParser

    root = Element("root")
    SpanParser(parser.ctx).parse(root, text, TABLE_CHECK_RULES)
    pipe_on_line = False
    for child in root.children:
        lines = child.value.split("\n") if isinstance(child.value, str) else []
        while lines and not lines[-1]:  # Ruby's split drops trailing empty strings
            lines.pop()
        if not lines:
            continue
        if child.type == "codespan":
            if len(lines) > 2 or (len(lines) == 2 and not pipe_on_line):
                break
            if len(lines) == 2:
                pipe_on_line = False
        else:
            if len(lines) > 1 and not pipe_on_line and not _PIPE_CHECK.match(lines[0]):
                break
            pipe_on_line = (False if len(lines) > 1 else pipe_on_line) or bool(_PIPE_CHECK.match(lines[-1]))
    return pipe_on_line
