"""kramdown's span-level rules: a union of start patterns searched left to right; at each hit the rules
are tried in kramdown's order (GFM strikethrough, emphasis, code spans, autolinks, inline HTML,
footnote markers, links, smart quotes, math, extensions, entities, typographic symbols, line breaks,
escapes). A rule that cannot complete emits its opening characters as text, as kramdown does.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from . import patterns as P
from .attributes import apply_ial, parse_ial
from .context import Context, normalize_link_id
from .element import Element
from .entities import lookup_named, lookup_numeric
from .html import content_model, normalize_name, parse_attributes
from .typography import QUOTE_RULES, TYPO_NAMES, quote_name

ESCAPED_CHARS = re.compile(r"""\\([\\.*_+\-`()\[\]{}#!:|"'$=<>~])""")

SPAN_RULES: list[tuple[str, str]] = [
    ("strike", r"~~(?!\s|~)"),
    ("emphasis", r"(?:\*\*?|__?)"),
    ("codespan", r"`+"),
    ("autolink", r"<(?:(?:mailto|https?|ftps?):.+?|[-.\w]+@[-\w]+(?:\.[-\w]+)*\.[a-z]+)>"),
    ("span_html", rf"<(?:{P.HTML_NAME}|!--|/)"),  # kramdown's HTML_SPAN_START: a `<?` instruction is text
    ("footnote", r"\[\^\w[\w-]*\]"),
    ("link", r"!?\[(?=[^^])"),
    ("quotes", r"""[^\\]?["']"""),
    ("math", r"\$\$.*?\$\$"),
    ("extension", r"\{:"),
    ("entity", r"&(?:\w+|#\d+|#x[0-9a-fA-F]+);"),
    ("typo", r"---|--|\.\.\.|(?:\\| )?(?:<<|>>)"),
    ("line_break", r"(?:  |\\\\|\\)(?=\n)"),  # kramdown's `\\` and GFM's single `\`
    ("escape", r"""\\[\\.*_+\-`()\[\]{}#!:|"'$=<>~]"""),
]
_STARTS = {name: re.compile(rx, re.S) for name, rx in SPAN_RULES}
# The first rule (in kramdown's order) that matches at a position is the named group that matched.
_RULE_AT = re.compile("|".join(f"(?P<{name}>{rx})" for name, rx in SPAN_RULES), re.S)
_RAW_RULE_AT = re.compile(f"(?P<span_html>{_STARTS['span_html'].pattern})", re.S)
# kramdown's table check parses a table's lines with code spans and span HTML only
_TABLE_RULE_AT = re.compile(
    f"(?P<codespan>{_STARTS['codespan'].pattern})|(?P<span_html>{_STARTS['span_html'].pattern})", re.S)

# Searching the union of the rules tries all of them at every character (30 µs for a 300-character
# paragraph); every match starts at one of these characters instead, or just before one: smart quotes
# (`[^\\]?["']`) one character before the quote, ` <<`/` >>` one before the `<`/`>`. Typographic dashes
# and ellipses and the two-space line break are found whole: a lone `.`, `-` or newline in prose starts
# nothing. The stop patterns (`*`, `_`, `]`/`[`, `</tag>`) start with one of the characters too.
_CANDIDATE = re.compile(r"""[~*_`<\[\]!"'$&{\\>]|--|\.\.\.|  \n""")
_RAW_CANDIDATE = re.compile("<")
RuleSet = tuple[re.Pattern[str], re.Pattern[str]]  # where a rule may start, and which rule starts there
ALL_RULES: RuleSet = (_CANDIDATE, _RULE_AT)
HTML_RULES: RuleSet = (_RAW_CANDIDATE, _RAW_RULE_AT)
TABLE_CHECK_RULES: RuleSet = (re.compile("[`<]"), _TABLE_RULE_AT)
_LOOK_BACK = {'"': 1, "'": 1, "<": 1, ">": 1}


Start = tuple[int, re.Match[str] | None, re.Match[str] | None]


def _next_start(src: str, pos: int, stop_re: re.Pattern[str] | None, rules: RuleSet) -> Start:
    """The leftmost position from `pos` where `stop_re` or a span rule matches, with the stop's match
    (the rule is not tried then) or else the rule's; (-1, None, None) when nothing matches."""
    candidate, rule_at = rules
    at = pos
    while (found := candidate.search(src, at)) is not None:
        hit = found.start()
        for start in range(max(pos, hit - _LOOK_BACK.get(src[hit], 0)), hit + 1):
            if stop_re is not None and (stop := stop_re.match(src, start)) is not None:
                return start, stop, None
            if (rule := rule_at.match(src, start)) is not None:
                return start, None, rule
        at = hit + 1
    return -1, None, None

_AUTOLINK = re.compile(r"<((mailto|https?|ftps?):.+?|[-.\w]+@[-\w]+(?:\.[-\w]+)*\.[a-z]+)>", re.S)
_STRIKE = re.compile(r"~~(?!\s|~).*?[^\s~]~~", re.S)
_ENTITY = re.compile(r"&(?:(\w+)|#(\d+)|#x([0-9a-fA-F]+));")
_LINK_BRACKET_STOP = re.compile(r"(\])|!?\[")
_LINK_ID = re.compile(r"\s*?\[([^\]]+)?\]")
_LINK_PAREN_STOP = re.compile(r"(\()|(\))|\s(?=['\"])")
_LINK_TITLE = re.compile(r"""\s*?(?:"(.*?)"|'(.*?)')\s*?\)""", re.S)
_SPAN_IAL = re.compile(r"\{:(?!:|/)((?:\\\}|[^}])*)\}")
_SPAN_EXT = re.compile(r"\{::(\w+)((?:\\\}|[^}])*?)(/)?\}")


_CLOSERS = {d: re.compile(r"(?<=\S)" + re.escape(d)) for d in ("*", "**", "_", "__")}
_CODE_DELIMITER = re.compile(r"`+")
_WORD_BEFORE_UNDERSCORE = re.compile(r"[^\W\d_]|-")
_FOOTNOTE_MARKER = re.compile(r"\[\^(\w[\w-]*)\]")
_ANGLE_URL = re.compile(r"\(<(.*?)>")


@functools.cache
def _emphasis_patterns(delim: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The closing delimiter, a doubled one (not tripled), and one followed by a letter or digit."""
    escaped = re.escape(delim)
    return (re.compile(escaped), re.compile(re.escape(delim * 2) + f"(?!{escaped})"),
            re.compile(escaped + r"[^\W_]"))


@functools.cache
def _literal(text: str) -> re.Pattern[str]:
    """`text` as a pattern: code span closers, extension end tags."""
    return re.compile(re.escape(text))


@functools.cache
def _close_tag(name: str) -> re.Pattern[str]:
    return re.compile(rf"</{re.escape(name)}\s*>", re.I)


@functools.cache
def _extension_end(name: str) -> re.Pattern[str]:
    """`{:/name}` or `{:/}`, closing a `{::name}` span extension."""
    return re.compile(rf"{{:/(?:{name})?}}")


def _closer_exists(src: str, delim: str, pos: int) -> bool:
    """Whether `delim` occurs after `pos` not preceded by whitespace (needed to close emphasis)."""
    return _CLOSERS[delim].search(src, pos) is not None


class SpanParser:
    """Parses one block's raw text into span elements, appended to a given parent."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.src = ""
        self.pos = 0
        self.tree: Element = Element("root")
        self.stack: list[Element] = []
        self.failed: set[tuple] = set()
        self.budget = 0

    def parse(self, parent: Element, text: str, rules: RuleSet = ALL_RULES) -> None:
        """Replace nothing: append the spans of `text` to `parent`."""
        saved = (self.src, self.pos, self.failed, self.budget)
        self.src, self.pos, self.failed = text, 0, set()
        # pathological inputs ("**a **a ...") make kramdown's backtracking quadratic; past this many
        # scanning steps, emphasis and links are no longer attempted and stay literal text
        self.budget = 20 * len(text) + 5000
        try:
            self.parse_spans(parent, rules=rules)
        finally:
            self.src, self.pos, self.failed, self.budget = saved

    # -- driver -------------------------------------------------------------------------------------

    def parse_spans(
        self,
        el: Element,
        stop_re: re.Pattern[str] | None = None,
        cond: Callable[[re.Match[str]], bool] | None = None,
        rules: RuleSet = ALL_RULES,
    ) -> bool:
        """kramdown's parse_spans: text up to the next rule start or `stop_re` (when `cond` agrees)."""
        self.ctx.enter()
        self.stack.append(self.tree)
        self.tree = el
        rule_at = rules[1]
        src, end = self.src, len(self.src)
        text_type = "text"
        found = False
        try:
            while self.pos < end and not found:
                self.budget -= 1
                start, stop, rule = _next_start(src, self.pos, stop_re, rules)
                if start < 0:
                    self.add_text(src[self.pos :], text_type)
                    self.pos = end
                    break
                if start > self.pos:
                    self.add_text(src[self.pos : start], text_type)
                    self.pos = start
                processed = False
                if stop is not None:
                    found = cond(stop) if cond else True
                    processed = found
                    if not found:
                        rule = rule_at.match(src, start)
                if not processed and rule is not None:
                    _RULE_HANDLERS[rule.lastgroup](self)  # type: ignore[index]
                    processed = True
                if not processed:
                    self.add_text(src[self.pos], text_type)
                    self.pos += 1
        finally:
            self.tree = self.stack.pop()
            self.ctx.leave()
        return found

    def add_text(self, text: str, text_type: str = "text", tree: Element | None = None) -> None:
        tree = tree if tree is not None else self.tree
        if not text:
            return
        kids = tree.children
        if kids and kids[-1].type == text_type:
            kids[-1].value += text
        else:
            kids.append(Element(text_type, text))

    def _prev_char(self) -> str:
        return self.src[self.pos - 1] if self.pos > 0 else ""

    def _in(self, type: str) -> bool:
        return self.tree.type == type or any(e.type == type for e in self.stack)

    # -- rules --------------------------------------------------------------------------------------

    def parse_strike(self) -> None:
        m = _STRIKE.match(self.src, self.pos)
        if not m:
            self.add_text("~~")
            self.pos += 2
            return
        el = Element("html_element", "del", options={"category": "span", "content_model": "span"})
        inner = SpanParser(self.ctx)
        inner.stack = self.stack + [self.tree]
        inner.parse(el, m.group()[2:-2])
        self.tree.children.append(el)
        self.pos = m.end()

    def parse_emphasis(self) -> None:
        src, start = self.src, self.pos
        delim = "**" if src.startswith("**", start) else "__" if src.startswith("__", start) else src[start]
        elem = "strong" if len(delim) == 2 else "em"
        ch = delim[0]
        after = start + len(delim)
        if (
            (ch == "_" and start > 0 and _WORD_BEFORE_UNDERSCORE.match(src[start - 1]))
            or (after < len(src) and src[after] in " \t\n\r\f\v")
            or self._in(elem)
        ):
            self.add_text(delim)
            self.pos = after
            return
        key = ("em", start, elem, self.tree.type, *(e.type for e in self.stack))
        if self.budget <= 0 or key in self.failed or not _closer_exists(src, ch, after):
            # no closing delimiter can follow: fail fast instead of re-scanning (quadratic on "*a *a *a")
            self.add_text(delim)
            self.pos = after
            return
        self.pos = after
        found, el = (False, None) if not _closer_exists(src, delim, after) else self._emphasis_body(delim, elem, ch)
        orig = delim
        if not found and elem == "strong" and self.tree.type != "em":
            self.pos = start + 1
            found, el = self._emphasis_body(ch, "em", ch)
            delim = ch
        if found:
            self.pos += len(delim)
            self.tree.children.append(el)
        else:
            self.failed.add(key)
            self.pos = start + len(orig)
            self.add_text(orig)

    def _emphasis_body(self, delim: str, elem: str, ch: str) -> tuple[bool, Element]:
        el = Element(elem)
        stop, double, alnum_after = _emphasis_patterns(delim)

        def cond(_m: re.Match[str]) -> bool:
            return (
                not P.is_ruby_space(self._prev_char())
                and (elem != "em" or not double.match(self.src, self.pos))
                and (ch != "_" or not alnum_after.match(self.src, self.pos))
                and bool(el.children)
            )

        return self.parse_spans(el, stop, cond), el

    def parse_codespan(self) -> None:
        src, start = self.src, self.pos
        m = _CODE_DELIMITER.match(src, start)
        assert m
        delim = m.group()
        self.pos = m.end()
        simple = len(delim) == 1
        # a lone backtick after white space (or opening the text) and before white space is text
        if (simple and (start == 0 or P.is_ruby_space(src[start - 1])) and self.pos < len(src)
                and P.is_ruby_space(src[self.pos])):
            self.add_text(delim)
            return
        close = _literal(delim).search(src, self.pos)
        if close is None:
            self.add_text(delim)
            return
        text = src[self.pos : close.start()]
        if not simple:
            if text.startswith(" "):
                text = text[1:]
            if text.endswith(" "):
                text = text[:-1]
        self.tree.children.append(Element("codespan", text))
        self.pos = close.end()

    def parse_autolink(self) -> None:
        m = _AUTOLINK.match(self.src, self.pos)
        assert m
        url = m.group(1)
        href = url if m.group(2) else "mailto:" + url
        el = Element("a", attr={"href": href})
        el.children.append(Element("text", url.removeprefix("mailto:")))
        self.tree.children.append(el)
        self.pos = m.end()

    def parse_span_html(self) -> None:
        src, pos = self.src, self.pos
        if (m := P.HTML_COMMENT.match(src, pos)) is not None:
            self.tree.children.append(Element("xml_comment", m.group(), options={"category": "span"}))
            self.pos = m.end()
            return
        if (m := P.HTML_TAG_CLOSE.match(src, pos)) is not None:
            self.add_text(m.group())
            self.pos = m.end()
            return
        m = P.HTML_TAG.match(src, pos)
        if m is None:
            self.add_text(src[pos])
            self.pos = pos + 1
            return
        name = normalize_name(m.group(1))
        if name.lower() in P.HTML_BLOCK_ELEMENTS:
            self.add_text(m.group())
            self.pos = m.end()
            return
        self._span_element(name, m)

    def _span_element(self, name: str, m: re.Match[str]) -> None:
        attrs = parse_attributes(m.group(2), name)
        raw = content_model(name) == "raw" or self.tree.options.get("content_model") == "raw"
        parse = not raw and self.ctx.options.parse_span_html
        marker = attrs.pop("markdown", None)
        if marker == "0":
            parse = False
        elif marker in ("1", "span", "block"):
            parse = True
        el = Element("html_element", name, attrs,
                     {"category": "span", "content_model": "span" if parse else "raw",
                      "is_closed": bool(m.group(3))})
        self.tree.children.append(el)
        self.pos = m.end()
        if m.group(3) or name in P.HTML_VOID_ELEMENTS:
            return
        stop = _close_tag(name)
        if self.parse_spans(el, stop, None, rules=ALL_RULES if parse else HTML_RULES):
            sm = stop.match(self.src, self.pos)
            assert sm
            self.pos = sm.end()

    def parse_footnote(self) -> None:
        m = _FOOTNOTE_MARKER.match(self.src, self.pos)
        assert m
        name = m.group(1)
        self.pos = m.end()
        if name not in self.ctx.footnote_defs:
            self.add_text(m.group())
            return
        self.tree.children.append(Element("footnote", self.ctx.footnote_defs[name], options={"name": name}))

    def parse_link(self) -> None:
        src, start = self.src, self.pos
        image = src[start] == "!"
        opener = "![" if image else "["
        if self.budget <= 0 or ("link", start) in self.failed:
            self.add_text(opener)
            self.pos = start + len(opener)
            return
        self.pos = start + len(opener)
        if not image and (self._in("a") or self._in("img")):  # kramdown: no link inside a link or an image
            self.add_text(opener)
            return
        el = Element("img" if image else "a")
        count = [1]

        def cond(sm: re.Match[str]) -> bool:
            count[0] += -1 if sm.group(1) else 1
            return count[0] - sum(1 for c in el.children if c.type == "img") == 0

        found = self.parse_spans(el, _LINK_BRACKET_STOP, cond)
        if not found or (not image and not el.children):
            self._link_fail(start, opener)
            return
        alt_text = ESCAPED_CHARS.sub(r"\1", src[start + len(opener) : self.pos])
        self.pos += 1  # the closing bracket
        if self._finish_link(el, alt_text):
            return
        self._link_fail(start, opener)

    def _finish_link(self, el: Element, alt_text: str) -> bool:
        src = self.src
        if (m := _LINK_ID.match(src, self.pos)) is not None:
            link_id = normalize_link_id(m.group(1) or alt_text)
            if link_id not in self.ctx.link_defs:
                return False
            self.pos = m.end()
            self._add_defined_link(el, link_id, alt_text)
            return True
        if not src.startswith("(", self.pos):
            link_id = normalize_link_id(alt_text)
            if link_id not in self.ctx.link_defs:
                return False
            self._add_defined_link(el, link_id, alt_text)
            return True
        if (m := _ANGLE_URL.match(src, self.pos)) is not None:
            url = m.group(1)
            after = m.end()
            if src.startswith(")", after):
                self.pos = after + 1
                self._add_link(el, url, None, alt_text)
                return True
            tm = _LINK_TITLE.match(src, after)
            if tm is None:
                return False
            self.pos = tm.end()
            self._add_link(el, url, tm.group(1) if tm.group(1) is not None else tm.group(2), alt_text)
            return True
        return self._inline_link(el, alt_text)

    def _inline_link(self, el: Element, alt_text: str) -> bool:
        src = self.src
        pos = self.pos + 1
        depth = 1
        url_end = None
        while True:
            m = _LINK_PAREN_STOP.search(src, pos)
            if m is None:
                return False
            if m.group(1):
                depth += 1
                pos = m.end()
            elif m.group(2):
                depth -= 1
                pos = m.end()
                if depth == 0:
                    url_end = m.start()
                    break
            else:
                url_end = m.start()
                pos = m.start()
                break
        url = src[self.pos + 1 : url_end].strip(P.RUBY_WHITESPACE)
        if depth == 0:
            self.pos = pos
            self._add_link(el, url, None, alt_text)
            return True
        tm = _LINK_TITLE.match(src, pos)
        if tm is None:
            return False
        self.pos = tm.end()
        self._add_link(el, url, tm.group(1) if tm.group(1) is not None else tm.group(2), alt_text)
        return True

    def _add_defined_link(self, el: Element, link_id: str, alt_text: str) -> None:
        """A reference link: its definition's IAL comes first, then the URL and title (kramdown's `add_link`)."""
        url, title, marker = self.ctx.link_defs[link_id]
        ial = marker.options.get("ial")
        if ial is not None:
            el.options["ial"] = ial
            apply_ial(el, ial, self.ctx.alds)
        self._add_link(el, url, title, alt_text)

    def _add_link(self, el: Element, url: str, title: str | None, alt_text: str) -> None:
        if el.type == "a":
            el.attr["href"] = url
        else:
            el.attr["src"] = url
            el.attr["alt"] = alt_text
            el.children = []
        if title is not None:
            el.attr["title"] = title
        self.tree.children.append(el)

    def _link_fail(self, start: int, opener: str) -> None:
        self.failed.add(("link", start))
        self.pos = start + len(opener)
        self.add_text(opener)

    def parse_quotes(self) -> None:
        src = self.src
        for rule, substs in QUOTE_RULES:
            m = rule.match(src, self.pos)
            if m is None:
                continue
            for sub in substs:
                if isinstance(sub, int):
                    self.add_text(m.group(sub))
                else:
                    self.tree.children.append(Element("smart_quote", quote_name(sub, m)))
            self.pos = m.end()
            return
        self.add_text(src[self.pos])
        self.pos += 1

    def parse_math(self) -> None:
        m = _STARTS["math"].match(self.src, self.pos)
        assert m
        formula = m.group()[2:-2].strip(P.RUBY_WHITESPACE)
        self.tree.children.append(Element("math", formula, options={"category": "span"}))
        self.pos = m.end()

    def parse_extension(self) -> None:
        src = self.src
        if (m := _SPAN_EXT.match(src, self.pos)) is not None and self._span_extension(m):
            return
        if (m := _SPAN_IAL.match(src, self.pos)) is not None:
            last = self.tree.children[-1] if self.tree.children else None
            if last is not None and last.type not in ("text", "raw"):
                span_ial = parse_ial(m.group(1))
                shared = last.options.get("ial")
                if shared is not None:  # a link definition's list: kramdown adds to it, so later links get it too
                    shared.merge(span_ial)
                apply_ial(last, span_ial, self.ctx.alds)
                self.pos = m.end()
                return
        self.add_text("{:")
        self.pos += 2

    def _span_extension(self, m: re.Match[str]) -> bool:
        name, closed = m.group(1), m.group(3)
        if name == "options" and closed:
            self.pos = m.end()
            return True
        if name not in ("comment", "nomarkdown"):
            return False
        if closed:
            self.pos = m.end()
            return True
        stop = _extension_end(name).search(self.src, m.end())
        if stop is None:
            return False
        el = Element(name, self.src[m.end() : stop.start()], options={"category": "span"})
        self.tree.children.append(el)
        self.pos = stop.end()
        return True

    def parse_entity(self) -> None:
        m = _ENTITY.match(self.src, self.pos)
        assert m
        self.pos = m.end()
        if m.group(1) is not None:
            char = lookup_named(m.group(1))
        else:
            number = int(m.group(2)) if m.group(2) is not None else int(m.group(3), 16)
            char = lookup_numeric(number)
        if char is None:
            self.tree.children.append(Element("entity", ("&", "&")))
            self.add_text(m.group()[1:])
            return
        self.tree.children.append(Element("entity", (m.group(), char)))

    def parse_typo(self) -> None:
        src, pos = self.src, self.pos
        if src.startswith("\\<<", pos) or src.startswith("\\>>", pos):
            self.add_text(src[pos + 1 : pos + 3])
            self.pos = pos + 3
            return
        for token in ("---", "--", "...", "<< ", "<<", " >>", ">>"):
            if src.startswith(token, pos):
                self.tree.children.append(Element("typographic_sym", TYPO_NAMES[token]))
                self.pos = pos + len(token)
                return
        self.add_text(src[pos])
        self.pos = pos + 1

    def parse_line_break(self) -> None:
        single_backslash = self.src.startswith("\\\n", self.pos)
        self.pos += 1 if single_backslash else 2
        self.tree.children.append(Element("br"))

    def parse_escape(self) -> None:
        self.add_text(self.src[self.pos + 1])
        self.pos += 2


_RULE_HANDLERS: dict[str, Callable[[SpanParser], None]] = {
    name: getattr(SpanParser, "parse_" + name) for name, _rx in SPAN_RULES
}
