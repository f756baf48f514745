"""Rouge's `jsx` and `tsx` lexers: JavaScript (TypeScript) where a `<` at an expression start opens an element.

The element's name is `nc` when capitalized and `nt` otherwise, its attributes `na`, and `{...}` inside a tag or
between tags is an interpolation (`si` braces) lexed as JavaScript again. Text between tags goes to one HTML lexer
kept for the whole run, which only ever sees text without `<` or `{` (so a lone `&` is an `err`). Since JSX puts
its `<` rule first in `expr_start`, it also applies in every state mixing that in (`statement` after `{`/`;`).
TSX adds TypeScript's word lists, `?.`/`??` and `name?:` labels, and ends a generic's `<T,` as a name."""

from __future__ import annotations

import re

from pygments.token import Name, Punctuation, String

from jekyll_py.lexers.base import Context, groups, include
from jekyll_py.lexers.html import HtmlLexer
from jekyll_py.lexers.javascript import JavascriptLexer
from jekyll_py.lexers.typescript import TypescriptLexer


def _open_tag(ctx: Context, m: re.Match[str]) -> None:
    ctx.token(Punctuation)
    ctx.push("tag_opening")
    ctx.push("element")
    ctx.push("element_name")


def _close_tag(ctx: Context, m: re.Match[str]) -> None:
    ctx.token(Punctuation)
    ctx.goto("element")
    ctx.push("element_name")


def _interpolation(ctx: Context, m: re.Match[str]) -> None:
    ctx.token(String.Interpol)
    ctx.push("interpol")
    ctx.push("expr_start")


def _inner_brace(ctx: Context, m: re.Match[str]) -> None:
    ctx.token(Punctuation)
    ctx.push("interpol_inner")
    ctx.push("statement")


_name_and_comma = groups(Name.Other, Punctuation)


def _generic_parameter(ctx: Context, m: re.Match[str]) -> None:
    """`<T,` (a generic arrow function's parameters) was no element after all: back out of the tag's states."""
    _name_and_comma(ctx, m)
    ctx.pop(3)


class JsxLexer(JavascriptLexer):
    """Rouge's `Rouge::Lexers::JSX`."""

    def start(self, ctx: Context) -> None:
        ctx.vars["html"] = HtmlLexer()
        ctx.push("expr_start")

    tokens = {
        **JavascriptLexer.tokens,
        "expr_start": [include("tag"), *JavascriptLexer.tokens["expr_start"]],
        "tag": [(r"<", _open_tag)],
        "tag_opening": [
            (r"</", _close_tag),
            include("tag"),
            (r"{", _interpolation),
            (r"[^<{]+", lambda ctx, m: ctx.delegate(ctx.vars["html"])),
        ],
        "element": [
            include("comments_and_whitespace"),
            (r"/>", Punctuation, ("#pop", "#pop")),
            (r">", Punctuation, "#pop"),
            (r"{", _interpolation),
            (r"\w[\w-]*", Name.Attribute),
            (r"=", Punctuation),
            (r"([\"']).*?(\1)", String),
        ],
        "element_name": [
            (r"[A-Z]\w*", Name.Class),
            (r"\w+", Name.Tag),
            (r"\.", Punctuation),
            (r"", None, "#pop"),
        ],
        "interpol": [(r"}", String.Interpol, "#pop"), (r"{", _inner_brace), include("root")],
        "interpol_inner": [(r"}", Punctuation, "#goto:statement"), include("root")],
    }


class TsxLexer(JsxLexer):
    """Rouge's `Rouge::Lexers::TSX`: JSX extended with `TypescriptCommon`."""

    tokens = {
        **JsxLexer.tokens,
        "root": TypescriptLexer.tokens["root"],
        "statement": TypescriptLexer.tokens["statement"],
        "element_name": [
            (r"(\w+)(,)", _generic_parameter),
            *JsxLexer.tokens["element_name"],
        ],
    }
