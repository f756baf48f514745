"""Rouge's `prolog` lexer, quirks kept: a `#` line is a comment only at the very start of the text, atoms are
`Str::Symbol`, and a block comment's text is only recognised in runs starting with `*` (`/** ... */`), so
whatever else a comment holds (the words of `/* ... */`) comes out as `Error`, one unmatched character at a
time. The `is`/`mod`/`div`/`not` operator rules come after the atom rule and never match."""

from __future__ import annotations

from pygments.token import Comment, Name, Number, Operator, Punctuation, String, Text

from jekyll_py.lexers.base import Context, RougeLexer, include
from jekyll_py.lexers.prolog_words import LOWER
from jekyll_py.onigmo_words import P_WORD as WORD


class PrologLexer(RougeLexer):
    """Rouge's `Rouge::Lexers::Prolog`."""

    tokens = {
        "bol": [
            (r"#.*", Comment.Single),
            ("", None, "#pop"),
        ],
        "basic": [
            (r"\s+", Text),
            (r"%.*", Comment.Single),
            (r"/\*", Comment.Multiline, "nested_comment"),
            (r"[\[\](){}|.,;!]", Punctuation),
            (r":-|-->", Punctuation),
            (r'"[^"]*"', String.Double),
            (r"\d+\.\d+", Number.Float),
            (r"\d+", Number),
        ],
        "atoms": [
            (rf"[{LOWER}][{WORD}]*", String.Symbol),
            (r"'[^']*'", String.Symbol),
        ],
        "operators": [
            (r"(<|>|=<|>=|==|=:=|=|/|//|\*|\+|-)(?=\s|[a-zA-Z0-9\[])", Operator),
            (r"is", Operator),
            (r"(mod|div|not)", Operator),
            (r"[#&*+-./:<=>?@^~]+", Operator),
        ],
        "variables": [
            (r"[A-Z]+\w*", Name.Variable),
            (rf"_[{WORD}]*", Name.Variable),
        ],
        "root": [include("basic"), include("atoms"), include("variables"), include("operators")],
        "nested_comment": [
            (r"/\*", Comment.Multiline, "#push"),
            (r"\s*\*[^*/]+", Comment.Multiline),
            (r"\*/", Comment.Multiline, "#pop"),
        ],
    }

    def start(self, ctx: Context) -> None:
        ctx.push("bol")
