"""kramdown's block-level rules: an ordered list of (name, start pattern, handler) tried at each line.

The order and the paragraph-ending rules follow kramdown with `input: GFM`. Span text is stored as
`raw_text` children and parsed after all blocks, once every link and footnote definition is known.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from . import patterns as P
from .attributes import attach_ial, define_ald, parse_ial
from .context import Context, normalize_link_id
from .element import Element
from .options import update_options

Handler = Callable[["BlockParser", Element, str, int], int | None]


class StopParsing(Exception):
    """Raised inside an HTML element's markdown content when its closing tag is reached."""

    def __init__(self, pos: int) -> None:
        super().__init__()
        self.pos = pos


Rule = tuple[re.Pattern[str], Handler]


class BlockParser:
    """Parses block structure; one instance per document, re-entered for nested content."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.gfm = True
        self.block_ial: list = []

    # -- driver -------------------------------------------------------------------------------------

    def parse(self, parent: Element, src: str, stop_tag: str | None = None) -> int | None:
        """Parse `src` into `parent`'s children; with `stop_tag`, return the position after `</tag>`."""
        self.ctx.enter()
        saved_ial, self.block_ial = self.block_ial, []
        try:
            pos, end = 0, len(src)
            while pos < end:
                if stop_tag is not None:
                    m = _close_tag_re(stop_tag).match(src, pos)
                    if m:
                        return m.end()
                pos = self._parse_one(parent, src, pos)
            return None
        finally:
            self.block_ial = saved_ial
            self.ctx.leave()

    def parse_until_close(self, el: Element, src: str, pos: int, tag: str) -> int:
        """Parse `src[pos:]` as blocks into `el` until its closing `</tag>`; the position after it."""
        end = self.parse(el, src[pos:], stop_tag=tag)
        return len(src) if end is None else pos + end

    def _parse_one(self, parent: Element, src: str, pos: int) -> int:
        for pattern, handler in _candidate_rules(src, pos):
            if pattern.match(src, pos):
                new_pos = handler(self, parent, src, pos)
                if new_pos is not None and new_pos > pos:
                    return new_pos
        return self.parse_unhandled_line(parent, src, pos)

    def parse_unhandled_line(self, parent: Element, src: str, pos: int) -> int:
        """A line no block rule takes (` \tcode`: a tab after fewer than four spaces) is text of its own, outside
        any paragraph, joined to text just before it (kramdown's "this should not occur" `add_text`)."""
        nl = src.find("\n", pos)
        end = len(src) if nl < 0 else nl + 1
        last = parent.children[-1] if parent.children else None
        if last is not None and last.type == "raw_text":
            last.value += src[pos:end]
        else:
            parent.children.append(Element("raw_text", src[pos:end]))
        return end

    def new_block(self, parent: Element, type: str, value: object = None,
                  attr: dict[str, str] | None = None) -> Element:
        """Append a block element, attaching an IAL that preceded it on its own line (after the element's own
        attributes, as kramdown merges it: classes added, other keys replaced)."""
        el = Element(type, value)
        if attr:
            el.attr.update(attr)
        if self.block_ial:
            for ial in self.block_ial:
                attach_ial(el, ial)
            self.block_ial = []
        parent.children.append(el)
        return el

    def paragraph_end(self) -> re.Pattern[str]:
        return P.PARAGRAPH_END_GFM if self.gfm else P.PARAGRAPH_END_KRAMDOWN

    # -- rules --------------------------------------------------------------------------------------

    def parse_blank(self, parent: Element, src: str, pos: int) -> int:
        m = P.BLANK_LINE.match(src, pos)
        assert m
        last = _blank_before_definitions(parent)
        if last is not None:
            last.value += m.group()
        else:
            parent.children.append(Element("blank", m.group()))
        return m.end()

    def parse_eob(self, parent: Element, src: str, pos: int) -> int:
        m = P.EOB_MARKER.match(src, pos)
        assert m
        parent.children.append(Element("eob"))
        return m.end()

    def parse_codeblock(self, parent: Element, src: str, pos: int) -> int | None:
        end = match_codeblock(src, pos)
        if end == pos:
            return None
        data = src[pos:end]
        # kramdown joins lazy (unindented) continuation lines to the previous code line with a space
        data = re.sub(r"\n( {0,3}\S)", r" \1", data, flags=re.ASCII)
        data = re.sub(r"^(?:\t| {4})", "", data, flags=re.M)
        el = self.new_block(parent, "codeblock", data)
        el.options["fenced"] = False
        return end

    def parse_fenced(self, parent: Element, src: str, pos: int) -> int | None:
        m = P.FENCED_MATCH.match(src, pos)
        if not m:
            return None
        el = self.new_block(parent, "codeblock", m.group(5))
        lang = m.group(4)
        if lang:
            el.options["lang"] = lang
            el.attr["class"] = f"language-{lang}" + (" " + el.attr["class"] if "class" in el.attr else "")
        el.options["fenced"] = True
        return m.end()

    def parse_blockquote(self, parent: Element, src: str, pos: int) -> int:
        end = pos
        length = len(src)
        while end < length:
            nl = src.find("\n", end)
            end = length if nl < 0 else nl + 1
            if end >= length or _blockquote_stop(src, end):
                break
        body = re.sub(r"^ {0,3}> ?", "", src[pos:end], flags=re.M)
        el = self.new_block(parent, "blockquote")
        self.parse(el, body)
        return end

    def parse_atx_header(self, parent: Element, src: str, pos: int) -> int | None:
        m = P.ATX_HEADER.match(src, pos)
        if not m or m.group(1) is None:
            return None
        text = m.group(2).rstrip(P.RUBY_WHITESPACE)
        hid = None
        idm = P.HEADER_ID.search(text)
        if idm:
            hid = idm.group(1)
            text = text[: idm.start()].rstrip(P.RUBY_WHITESPACE)
        stripped = re.sub(r"[\t ]#+$", "", text)
        if stripped != text:
            text = stripped.rstrip(P.RUBY_WHITESPACE)
        if not text:
            return None
        self._add_header(parent, len(m.group(1)), text.strip(P.RUBY_WHITESPACE), hid)
        return m.end()

    def parse_setext_header(self, parent: Element, src: str, pos: int) -> int | None:
        m = P.SETEXT_HEADER.match(src, pos)
        if not m or not self._after_boundary(parent):
            return None
        text, hid = m.group(1), None
        idm = P.HEADER_ID.search(text)
        if idm:
            hid = idm.group(1)
            text = text[: idm.start()]
        self._add_header(parent, 1 if m.group(2) == "=" else 2, text.rstrip(P.RUBY_WHITESPACE), hid)
        return m.end()

    def _add_header(self, parent: Element, level: int, text: str, hid: str | None) -> None:
        el = self.new_block(parent, "header")
        el.options["level"] = level
        el.options["raw_text"] = text
        if hid:
            el.attr = {"id": hid, **{k: v for k, v in el.attr.items() if k != "id"}}
        el.children.append(Element("raw_text", text))

    def parse_hr(self, parent: Element, src: str, pos: int) -> int:
        m = P.HR.match(src, pos)
        assert m
        self.new_block(parent, "hr")
        return m.end()

    def parse_block_math(self, parent: Element, src: str, pos: int) -> int | None:
        m = P.BLOCK_MATH.match(src, pos)
        assert m
        if m.group(1) or not m.group(3) or not self._after_boundary(parent):
            return None
        if not _before_boundary(src, m.end()):
            return None
        el = self.new_block(parent, "math", m.group(2).strip(P.RUBY_WHITESPACE))
        el.options["category"] = "block"
        return m.end()

    def _after_boundary(self, parent: Element) -> bool:
        """kramdown's after_block_boundary?: first, after a blank line or a written `^`, or an IAL line."""
        last = parent.children[-1] if parent.children else None
        return (last is None or last.type == "blank" or (last.type == "eob" and not last.options.get("definition"))
                or bool(self.block_ial))

    def parse_footnote_def(self, parent: Element, src: str, pos: int) -> int:
        m = P.FOOTNOTE_DEF.match(src, pos)
        assert m
        end = match_codeblock(src, m.end())
        body = m.group(2) + re.sub(r"^(?:\t| {4})", "", src[m.end() : end], flags=re.M)
        el = Element("footnote_def", m.group(1))
        self.parse(el, body)
        self.ctx.footnote_defs[m.group(1)] = el
        return end

    def parse_link_def(self, parent: Element, src: str, pos: int) -> int | None:
        m = P.LINK_DEF.match(src, pos)
        assert m
        if m.group(1).startswith("^"):
            return None
        url = m.group(2) if m.group(2) is not None else m.group(3)
        link_id = normalize_link_id(m.group(1))
        marker = definition_marker("link_def")
        self.ctx.link_defs[link_id] = (url, m.group(5), marker)
        parent.children.append(marker)
        return m.end()

    def parse_abbrev_def(self, parent: Element, src: str, pos: int) -> int:
        m = P.ABBREV_DEF.match(src, pos)
        assert m
        self.ctx.abbrevs[m.group(1)] = m.group(2).strip(P.RUBY_WHITESPACE)
        self.ctx.abbrev_markers[m.group(1)] = marker = definition_marker("abbrev_def")
        parent.children.append(marker)
        return m.end()

    def parse_extension(self, parent: Element, src: str, pos: int) -> int | None:
        m = P.ALD_START.match(src, pos)
        if m:
            define_ald(self.ctx.alds, m.group(1), parse_ial(m.group(2)))
            parent.children.append(definition_marker("ald"))
            return m.end()
        m = P.EXTENSION_START.match(src, pos)
        if m:
            return self._parse_named_extension(parent, src, m)
        m = P.IAL_BLOCK_START.match(src, pos)
        if m:
            ial = parse_ial(m.group(1))
            last = parent.children[-1] if parent.children else None
            if last is not None and last.type != "blank" and (
                    last.type != "eob" or last.options.get("definition") in ("link_def", "abbrev_def")):
                attach_ial(last, ial)  # a link definition's IAL goes to every link using it
            else:
                self.block_ial.append(ial)
            return m.end()
        return None

    def _parse_named_extension(self, parent: Element, src: str, m: re.Match[str]) -> int | None:
        name, attrs, closed = m.group(1), m.group(2), m.group(3)
        if name == "options" and closed:
            values = {k: v for k, v in re.findall(r"""(\w[\w-]*)=["']([^"']*)["']""", attrs)}
            update_options(self.ctx.options, values)
            return _line_end(src, m.end())
        if name not in ("comment", "nomarkdown"):
            return None
        if closed:
            return _line_end(src, m.end())
        body_start = m.end()
        if src.startswith("\n", body_start):
            body_start += 1
        stop = re.compile(rf"{{:/(?:{name})?}}").search(src, body_start)
        if not stop:
            return None
        body = src[body_start : stop.start()]
        el = self.new_block(parent, name, body)
        el.options["category"] = "block"
        return _line_end(src, stop.end())

    def parse_paragraph(self, parent: Element, src: str, pos: int) -> int:
        end_re = self.paragraph_end()
        nl = src.find("\n", pos)
        end = len(src) if nl < 0 else nl + 1
        while end < len(src) and not end_re.match(src, end):
            nl = src.find("\n", end)
            end = len(src) if nl < 0 else nl + 1
        text = src[pos:end].rstrip(P.RUBY_WHITESPACE)
        last = parent.children[-1] if parent.children else None
        if last is not None and last.type == "p" and last.children and last.children[-1].type == "raw_text":
            joiner = "  \n" if src[max(pos - 3, 0) : pos] == "  \n" else "\n"
            last.children[-1].value += joiner + text
        else:
            el = self.new_block(parent, "p")
            el.children.append(Element("raw_text", text.lstrip(P.RUBY_WHITESPACE)))
        return end


def _close_tag_re(tag: str) -> re.Pattern[str]:
    return re.compile(rf" {{0,3}}</{re.escape(tag)}\s*>", re.I)


def _line_end(src: str, pos: int) -> int:
    """Skip trailing whitespace and the newline after an extension tag."""
    m = re.compile(r"[ \t]*\n?").match(src, pos)
    return m.end() if m else pos


def _blockquote_stop(src: str, pos: int) -> bool:
    return bool(
        P.BLANK_LINE.match(src, pos) or P.EOB_MARKER.match(src, pos) or P.IAL_BLOCK_START.match(src, pos)
    )


def _before_boundary(src: str, pos: int) -> bool:
    """kramdown's before_block_boundary?: the end, a blank line, a `^` line or an IAL line next."""
    return (pos >= len(src) or bool(P.BLANK_LINE.match(src, pos)) or bool(P.EOB_MARKER.match(src, pos))
            or bool(P.IAL_BLOCK_START.match(src, pos)))


_LAZY_CODE_BLOCKER = re.compile(
    rf"(?:{P.IAL_BLOCK}|\^\s*?\n|{P.OPT_SPACE}{P.LAZY_END_HTML_STOP}|{P.OPT_SPACE}{P.LAZY_END_HTML_START})"
)
_LAZY_LINE = re.compile(r"[ \t]*\S.*\n", re.ASCII)


def match_codeblock(src: str, pos: int, lazy_first: bool = False) -> int:
    """End of kramdown's CODEBLOCK_MATCH at `pos`: indented runs, blank lines between, lazy lines after."""
    end = pos
    cur = pos
    first = True
    while True:
        probe = cur
        blank = P.BLANK_LINE.match(src, probe)
        if blank:
            probe = blank.end()
        m = P.CODEBLOCK_LINE.match(src, probe)
        if not m and not (lazy_first and first and probe == cur):
            break
        if m:
            probe = m.end()
            while (m := P.CODEBLOCK_LINE.match(src, probe)) is not None:
                probe = m.end()
        while not _LAZY_CODE_BLOCKER.match(src, probe) and (lm := _LAZY_LINE.match(src, probe)) is not None:
            probe = lm.end()
        first = False
        if probe == cur:
            break
        cur = end = probe
    return end


def definition_marker(kind: str) -> Element:
    """What a link, abbreviation or attribute definition leaves in the tree: a block boundary, which holds an
    IAL written after a link definition (kramdown's `:eob` element of value `kind`)."""
    return Element("eob", options={"definition": kind})


def _blank_before_definitions(parent: Element) -> Element | None:
    """The blank a new blank line joins: the last child, or the blank before a run of definitions
    (kramdown writes one blank line around definitions, however many surround them)."""
    for child in reversed(parent.children):
        if child.type == "blank":
            return child
        if not (child.type == "eob" and child.options.get("definition")):
            return None
    return None


def _rule_list() -> list[tuple[re.Pattern[str], Handler, str | None]]:
    """The block rules in kramdown's order, each with the characters its match can start with
    after up to three spaces (None: any character)."""
    from .html import parse_block_html
    from .lists import parse_definition_list, parse_list
    from .tables import TABLE_START, parse_table

    return [
        (P.BLANK_LINE, BlockParser.parse_blank, "\t\f\v\r\n"),
        (P.INDENT, BlockParser.parse_codeblock, "\t"),
        (P.FENCED_START, BlockParser.parse_fenced, "~`"),
        (P.BLOCKQUOTE_START, BlockParser.parse_blockquote, ">"),
        (P.ATX_HEADER, BlockParser.parse_atx_header, "#"),
        (P.HR, BlockParser.parse_hr, "*_-"),
        (P.LIST_START_UL, parse_list, "+*-"),
        (P.LIST_START_OL, parse_list, "0123456789"),
        (P.DEFINITION_START, parse_definition_list, ":"),
        (P.HTML_BLOCK_START, parse_block_html, "<"),
        (P.SETEXT_HEADER, BlockParser.parse_setext_header, None),
        (P.BLOCK_MATH, BlockParser.parse_block_math, "\\$"),
        (TABLE_START, parse_table, None),
        (P.FOOTNOTE_DEF, BlockParser.parse_footnote_def, "["),
        (P.LINK_DEF, BlockParser.parse_link_def, "["),
        (P.ABBREV_DEF, BlockParser.parse_abbrev_def, "*"),
        (re.compile(r" {0,3}\{:"), BlockParser.parse_extension, "{"),
        (P.EOB_MARKER, BlockParser.parse_eob, "^"),
        (P.PARAGRAPH_START, BlockParser.parse_paragraph, None),
    ]


@functools.cache
def _dispatch_table() -> tuple[dict[str, tuple[Rule, ...]], tuple[Rule, ...]]:
    """Rules that can start at a line by its first ASCII character after up to three spaces,
    so a paragraph line tries three patterns instead of nineteen; all rules for anything else."""
    rules = _rule_list()
    every_rule = tuple((pattern, handler) for pattern, handler, _ in rules)
    by_char = {
        char: tuple((pattern, handler) for pattern, handler, starts in rules if starts is None or char in starts)
        for char in map(chr, range(128))
        if char != " "
    }
    return by_char, every_rule


def _candidate_rules(src: str, pos: int) -> tuple[Rule, ...]:
    """The rules, in order, whose pattern may match at `pos` (a superset: each is still matched)."""
    by_char, every_rule = _dispatch_table()
    first = src[pos]
    if first == " ":
        rest = src[pos : pos + 4].lstrip(" ")
        if not rest:  # four spaces (a code block's indent) or spaces up to the end
            return every_rule
        first = rest[0]
    return by_char.get(first, every_rule)
