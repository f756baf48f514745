"""Rouge's `dot` lexer (Graphviz): keywords, punctuation and edge operators at the top, attribute lists in
`[...]`, and HTML-like labels `<...>` handed to one HTML lexer that is reset at each label's opening `<`.

Inside a label, text without angle brackets and whole `<...>` tags go to the HTML lexer, and the first `>` that
is not part of a tag closes the label. Keywords are matched case-insensitively as Onigmo folds case: besides
ASCII, `ſ` (long s) matches `s` and the ligatures `ﬅ`/`ﬆ` match `st` (`ﬆrict` is a keyword in Rouge too).
"""

from __future__ import annotations

import re

from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from jekyll_py.lexers.base import Context, RougeLexer, groups, include, words
from jekyll_py.lexers.html import HtmlLexer

# /\b(strict|graph|digraph|subgraph|node|edge)\b/i, with the non-ASCII letters Onigmo's /i folds to `s`/`st`
KEYWORD = r"(?i)\b" + words(["(?:[sſ]t|[ﬅﬆ])rict", "graph", "digraph", "[sſ]ubgraph", "node", "edge"], r"\b")


def _open_label(ctx: Context, m: re.Match[str]) -> None:
    ctx.token(Punctuation)
    ctx.vars["html"].reset()
    ctx.push("html")


def _delegate_html(ctx: Context, m: re.Match[str]) -> None:
    ctx.delegate(ctx.vars["html"])


class DotLexer(RougeLexer):
    """Rouge's `Rouge::Lexers::Dot`."""

    def start(self, ctx: Context) -> None:
        ctx.vars["html"] = HtmlLexer()

    tokens = {
        "comments_and_whitespace": [
            (r"\s+", Text),
            (r"#.*", Comment.Single),
            (r"//.*?$", Comment.Single),
            (r"(?s)/(\\\n)?[*].*?[*](\\\n)?/", Comment.Multiline),
        ],
        "html": [
            (r"[^<>]+", _delegate_html),
            (r"(?s)<.+?>", _delegate_html),
            (r">", Punctuation, "#pop"),
        ],
        "ID": [
            (r"([a-zA-Z][a-zA-Z_0-9]*)(\s*)(=)", groups(Name, Text, Punctuation)),
            (r"[a-zA-Z][a-zA-Z_0-9]*", Name.Variable),
            (r"([0-9]+)?\.[0-9]+", Number.Float),
            (r"[0-9]+", Number.Integer),
            (r'"(\\"|[^"])*"', String.Double),
            (r"<", _open_label),
        ],
        "a_list": [
            include("comments_and_whitespace"),
            include("ID"),
            (r"[=;,]", Punctuation),
            (r"\]", Operator, "#pop"),
        ],
        "root": [
            include("comments_and_whitespace"),
            (KEYWORD, Keyword),
            (r"[{};:=]", Punctuation),
            (r"-[->]", Operator),
            (r"\[", Operator, "a_list"),
            include("ID"),
        ],
    }
