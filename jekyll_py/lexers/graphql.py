r"""Rouge's `graphql` lexer: one state per place in a document (operation, selection set, arguments, variable
definitions, type definitions and their fields, unions, values, lists, objects), so a name is only a `Name` or
`Name.Builtin` where the grammar expects one and anything out of place is an `Error` character. A closing
bracket may pop the state below it too (Rouge's `state?` asks only about the top of the stack), a value pops
itself unless it sits in a list, and a top-level triple-quoted block on lines of its own is a description whose
text is lexed as Markdown.

Rouge's string value pattern backtracks exponentially; `base.RUBY_QUOTED_STRING` matches the same text in
linear time.

The pipe state's `(?!\||\s+|#[^\n]*)` is written `(?![|\s#])` (the same test on the next character), and Rouge's
two rules pushing `type_definition` (`type|interface|enum`, `input|schema`) are one rule here.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pygments.token import Comment, Keyword, Name, Number, Punctuation, String, Text, _TokenType

from jekyll_py.lexers.base import RUBY_QUOTED_STRING, Context, RougeLexer, groups, include
from jekyll_py.lexers.markdown import MarkdownLexer

NAME = r"[_A-Za-z][_0-9A-Za-z]*"
BUILTIN_TYPES = r"\b(?:Int|Float|String|Boolean|ID)\b"


def _description(ctx: Context, m: re.Match[str]) -> None:
    ctx.token(String.Double, m.group(1))
    ctx.token(Text.Whitespace, m.group(2))
    ctx.delegate(MarkdownLexer, m.group(3))
    ctx.token(Text.Whitespace, m.group(4))
    ctx.token(String.Double, m.group(5))


def _close_pops_also(*below: str) -> Callable[[Context, re.Match[str]], None]:
    """A closing bracket that pops its state, and the state under it too when that one is among `below`."""

    def action(ctx: Context, m: re.Match[str]) -> None:
        ctx.token(Punctuation)
        ctx.pop()
        if ctx.stack[-1] in below:
            ctx.pop()

    return action


def _pop_unless_list(tok: _TokenType) -> Callable[[Context, re.Match[str]], None]:
    """Rouge's `pop_unless_list`: a complete value ends the `value` state, but not a list's items."""

    def action(ctx: Context, m: re.Match[str]) -> None:
        ctx.token(tok)
        if ctx.stack[-1] != "list":
            ctx.pop()

    return action


def _push_after(state: str, *tokens: _TokenType) -> Callable[[Context, re.Match[str]], None]:
    """Rouge's `groups ...; push :state`."""
    emit = groups(*tokens)

    def action(ctx: Context, m: re.Match[str]) -> None:
        emit(ctx, m)
        ctx.push(state)

    return action


class GraphqlLexer(RougeLexer):
    """Rouge's `Rouge::Lexers::GraphQL`."""

    tokens = {
        "root": [
            (r"\b(?:query|mutation|subscription)\b", Keyword, "query_definition"),
            (r"\{", Punctuation, ("query_definition", "selection_set")),
            (r"\bfragment\b", Keyword, "fragment_definition"),
            (r"\bscalar\b", Keyword, "value"),
            (r"\b(?:type|interface|enum|input|schema)\b", Keyword, "type_definition"),
            (r"\bunion\b", Keyword, "union_definition"),
            (r"\bextend\b", Keyword),
            include("basic"),
            (r'(?s)(""")(\n)(.*?)(\n)(""")', _description),
        ],
        "basic": [
            (r"\s+", Text.Whitespace),
            (r"#.*$", Comment),
            (r"[!,]", Punctuation),
        ],
        "has_directives": [
            (rf"(@{NAME})(\s*)(\()", _push_after("arguments", Keyword, Text.Whitespace, Punctuation)),
            (rf"@{NAME}\b", Keyword),
        ],
        "fragment_definition": [(r"\bon\b", Keyword), include("query_definition")],
        "query_definition": [
            include("has_directives"),
            (rf"\b{NAME}\b", Name),
            (r"\(", Punctuation, "variable_definitions"),
            (r"\{", Punctuation, "selection_set"),
            include("basic"),
        ],
        "type_definition": [
            (r"\bimplements\b", Keyword),
            (rf"\b{NAME}\b", Name),
            (r"\(", Punctuation, "variable_definitions"),
            (r"\{", Punctuation, "type_definition_set"),
            include("basic"),
        ],
        "union_definition": [
            (rf"\b{NAME}\b", Name),
            ("=", Punctuation, "union_definition_variant"),
            include("basic"),
        ],
        "union_definition_variant": [
            (rf"\b{NAME}\b", Name, "#goto:union_definition_pipe"),
            include("basic"),
        ],
        "union_definition_pipe": [
            (r"\|", Punctuation, "#goto:union_definition_variant"),
            (r"(?![|\s#])", None, ("#pop", "#pop")),
            include("basic"),
        ],
        "type_definition_set": [
            (r"\}", Punctuation, ("#pop", "#pop")),
            (rf"\b({NAME})(\s*)(\()", _push_after("variable_definitions", Name, Text.Whitespace, Punctuation)),
            (rf"\b{NAME}\b", Name),
            (":", Punctuation, "type_names"),
            include("basic"),
        ],
        "arguments": [
            (r"\)", Punctuation, "#pop"),
            (rf"\b{NAME}\b", Name),
            (":", Punctuation, "value"),
            include("basic"),
        ],
        "variable_definitions": [
            (r"\)", Punctuation, "#pop"),
            (rf"\${NAME}\b", Name.Variable),
            (rf"\b{NAME}\b", Name),
            (":", Punctuation, "type_names"),
            ("=", Punctuation, "value"),
            include("basic"),
        ],
        "type_names": [
            (BUILTIN_TYPES, Name.Builtin, "#pop"),
            (rf"\b{NAME}\b", Name, "#pop"),
            (r"\[", Punctuation, "type_name_list"),
            include("basic"),
        ],
        "type_name_list": [
            (BUILTIN_TYPES, Name.Builtin),
            (rf"\b{NAME}\b", Name),
            (r"\]", Punctuation, ("#pop", "#pop")),
            include("basic"),
        ],
        "selection_set": [
            include("has_directives"),
            (r"\}", _close_pops_also("query_definition", "fragment_definition")),
            (rf"\b({NAME})(\s*)(\()", _push_after("arguments", Name, Text.Whitespace, Punctuation)),
            (rf"\b({NAME})(\s*)(:)", groups(Name, Text.Whitespace, Punctuation)),
            (rf"\b{NAME}\b", Name),
            (r"(\.\.\.)(\s+)(on)\b", groups(Punctuation, Text.Whitespace, Keyword)),
            (r"\.\.\.", Punctuation),
            (r"\{", Punctuation, "selection_set"),
            include("basic"),
        ],
        "list": [(r"\]", _close_pops_also("value")), include("value")],
        "object": [
            (r"\}", _close_pops_also("value")),
            (rf"\b({NAME})(\s*)(:)", _push_after("value", Name, Text.Whitespace, Punctuation)),
            include("basic"),
        ],
        "value": [
            (r'(?s)""".*?"""', String.Double),
            (rf"\${NAME}\b", _pop_unless_list(Name.Variable)),
            (r"\b(?:true|false|null)\b", _pop_unless_list(Keyword.Constant)),
            (r"[+-]?[0-9]+\.[0-9]+(?:[eE][+-]?[0-9]+)?", _pop_unless_list(Number.Float)),
            (r"[+-]?[1-9][0-9]*(?:[eE][+-]?[0-9]+)?", _pop_unless_list(Number.Integer)),
            (RUBY_QUOTED_STRING, _pop_unless_list(String.Double)),
            (rf"\b{NAME}\b", _pop_unless_list(Name)),
            (r"\{", Punctuation, "object"),
            (r"\[", Punctuation, "list"),
            include("basic"),
        ],
    }
