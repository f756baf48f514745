"""Jekyll's SmartyPants converter (the `smartify` filter): kramdown with `input: SmartyPants`.

Jekyll's `Kramdown::Parser::SmartyPants` keeps only four span rules — smart quotes, HTML entities,
typographic symbols and span HTML — and treats every line as text, so `*a*` or `[x](y)` stay literal.
This module runs those rules of the kramdown-compatible span parser and renders with its HTML renderer.
"""

from __future__ import annotations

import re
from typing import Any

from .context import Context
from .element import Element
from .inline import SPAN_RULES, SpanParser
from .options import build_options
from .renderer import HtmlRenderer

# Jekyll's SmartyPants parser: @span_parsers = [:smart_quotes, :html_entity, :typographic_syms, :span_html]
SMARTY_RULES = ("quotes", "entity", "typo", "span_html")
_STARTS = {name: re.compile(rx, re.S) for name, rx in SPAN_RULES if name in SMARTY_RULES}
_UNION = re.compile("|".join(f"(?:{_STARTS[name].pattern})" for name in SMARTY_RULES), re.S)


def smartify(text: str, options: dict[str, Any] | None = None) -> str:
    """SmartyPants HTML of `text` with a site's `kramdown:` options, without the trailing newline."""
    ctx = Context(options=build_options(options))
    root = Element("root")
    parser = SpanParser(ctx)
    parser.src, parser.pos, parser.tree = _adapt(text), 0, root
    _parse_smarty_spans(parser)
    return HtmlRenderer(ctx.options, []).render(root).removesuffix("\n")  # Jekyll: to_html.chomp


def _adapt(text: str) -> str:
    """kramdown's source adaption: normalised line ends and exactly one final newline."""
    text = re.sub(r"\r\n?", "\n", text)
    return text.removesuffix("\n") + "\n"


def _parse_smarty_spans(parser: SpanParser) -> None:
    """kramdown's parse_spans restricted to the SmartyPants rules: text up to each rule start."""
    src, end = parser.src, len(parser.src)
    while parser.pos < end:
        m = _UNION.search(src, parser.pos)
        if m is None:
            parser.add_text(src[parser.pos :])
            return
        parser.add_text(src[parser.pos : m.start()])
        parser.pos = m.start()
        name = next((n for n in SMARTY_RULES if _STARTS[n].match(src, parser.pos)), None)
        if name is None:
            parser.add_text(src[parser.pos])
            parser.pos += 1
        else:
            getattr(parser, "parse_" + name)()
