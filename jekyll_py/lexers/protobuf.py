"""Rouge's `protobuf` lexer: one flat table of token shapes, with a one-token state after `package`, `message`/`extend`
and `enum`/`group`/`service` that names what they declare (and pops without a name).

Rouge's quirks are kept: `true`/`false` match inside longer words (`trueish` is a constant and a name), the
operator class `[+-=]` is the range `+` to `=` (so `/`, `:`, `<` and a lone `.` are operators, and an unclosed
`/*` is an operator and an error), a `//` comment runs on over lines ending in a backslash, strings never span
lines, and a name followed by `=` is an attribute. Rouge's `(.|\\n)*?` in the comment rules is written `(?s:.)*?`,
which matches the same text and is quicker in Python's engine.
"""

from __future__ import annotations

from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from jekyll_py.lexers.base import RougeLexer, groups, words

KEYWORD = r"\b" + words(
    "ctype default extensions import max oneof option optional packed repeated required returns rpc to", r"\b"
)
DATATYPE = r"\b" + words(
    "bool bytes double fixed32 fixed64 float int32 int64 sfixed32 sfixed64 sint32 sint64 string uint32 uint64",
    r"\b",
)


class ProtobufLexer(RougeLexer):
    """Rouge's `Rouge::Lexers::Protobuf`."""

    tokens = {
        "root": [
            (r"[\s]+", Text),
            (r"[,;{}\[\]()]", Punctuation),
            (r"/(\\\n)?/($|(?s:.)*?[^\\]$)", Comment.Single),
            (r"/(\\\n)?\*(?s:.)*?\*(\\\n)?/", Comment.Multiline),
            (KEYWORD, Keyword),
            (DATATYPE, Keyword.Type),
            (r"true|false", Keyword.Constant),
            (r"(package)(\s+)", groups(Keyword.Namespace, Text), "package"),
            (r"(message|extend)(\s+)", groups(Keyword.Declaration, Text), "message"),
            (r"(enum|group|service)(\s+)", groups(Keyword.Declaration, Text), "type"),
            (r'".*?"', String),
            (r"'.*?'", String),
            (r"(\d+\.\d*|\.\d+|\d+)[eE][+-]?\d+[LlUu]*", Number.Float),
            (r"(\d+\.\d*|\.\d+|\d+[fF])[fF]?", Number.Float),
            (r"(\-?(inf|nan))\b", Number.Float),
            (r"0x[0-9a-fA-F]+[LlUu]*", Number.Hex),
            (r"0[0-7]+[LlUu]*", Number.Oct),
            (r"\d+[LlUu]*", Number.Integer),
            (r"[+-=]", Operator),
            (r"([a-zA-Z_][\w.]*)([ \t]*)(=)", groups(Name.Attribute, Text, Operator)),
            (r"[a-zA-Z_][\w.]*", Name),
        ],
        "package": [(r"[a-zA-Z_]\w*", Name.Namespace, "#pop"), (r"", None, "#pop")],
        "message": [(r"[a-zA-Z_]\w*", Name.Class, "#pop"), (r"", None, "#pop")],
        "type": [(r"[a-zA-Z_]\w*", Name, "#pop"), (r"", None, "#pop")],
    }
