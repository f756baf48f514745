"""Rouge's `json` lexer (and `json-doc`/`jsonc`, JSON with comments): whitespace is its own `w` token."""

from __future__ import annotations

from pygments.token import Comment, Keyword, Name, Number, Punctuation, String, Text, Whitespace

from jekyll_py.lexers.base import RougeLexer, groups, include


class JsonLexer(RougeLexer):
    """Rouge's `Rouge::Lexers::JSON`."""

    tokens = {
        "whitespace": [(r"\s+", Whitespace)],
        "root": [
            include("whitespace"),
            (r"{", Punctuation, "object"),
            (r"\[", Punctuation, "array"),
            include("name"),
            include("value"),
            (r"[\]}]", Punctuation),
        ],
        "object": [
            include("whitespace"),
            include("name"),
            include("value"),
            (r"}", Punctuation, "#pop"),
            (r",", Punctuation),
        ],
        "name": [(r'("(?:\\.|[^"\\\n])*?")(\s*)(:)', groups(Name.Label, Whitespace, Punctuation))],
        "value": [
            include("whitespace"),
            include("constants"),
            (r'"', String.Double, "string"),
            (r"\[", Punctuation, "array"),
            (r"{", Punctuation, "object"),
        ],
        "string": [
            (r'[^\\"]+', String.Double),
            (r"\\.", String.Escape),
            (r'"', String.Double, "#pop"),
        ],
        "array": [
            include("value"),
            (r"\]", Punctuation, "#pop"),
            (r",", Punctuation),
        ],
        "constants": [
            (r"(?:true|false|null)", Keyword.Constant),
            (r"(?i)-?(?:0|[1-9]\d*)\.\d+(?:e[+-]?\d+)?", Number.Float),
            (r"(?i)-?(?:0|[1-9]\d*)(?:e[+-]?\d+)?", Number.Integer),
        ],
    }


class JsonDocLexer(JsonLexer):
    """Rouge's `JSONDOC`: bare keys and comments, rules prepended to JSON's `name` and `value` states."""

    tokens = {
        **JsonLexer.tokens,
        "name": [(r"([$\w]+)(\s*)(:)", groups(Name.Attribute, Text, Punctuation)), *JsonLexer.tokens["name"]],
        "value": [
            (r"/[*].*?[*]/", Comment),
            (r"//.*?$", Comment.Single),
            (r"(\.\.\.)", Comment.Single),
            *JsonLexer.tokens["value"],
        ],
    }
