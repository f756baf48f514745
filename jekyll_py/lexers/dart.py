"""Rouge's `dart` lexer: a line starting like a method signature has the words before the name lexed again by a
fresh Dart lexer, keywords are only recognised where a token starts (no leading `\\b`), `class` and imports push
small states of their own, and strings (plain or raw, one quote kind each) take `$name` and `${...}`
interpolation and a few escapes, any other backslash or dollar becoming an `Error` character.

Rouge's last root rule (`\\n` as `Text`) is left out: the `\\s+` rule before it always takes the newline first.
Rouge's `#` symbol pattern `#(?:[a-zA-Z_]\\w*)*` is written `#(?:[a-zA-Z_]\\w*)?`, which matches the same text.
"""

from __future__ import annotations

import re

from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from jekyll_py.lexers.base import Context, RougeLexer, groups, include, words

KEYWORDS = (
    "as assert await break case catch continue default do else finally for if in is new rethrow return super switch "
    "this throw try while with yield"
)
DECLARATIONS = (
    "abstract async dynamic const covariant external extends factory final get implements late native on operator "
    "required set static sync typedef var"
)
TYPES = (
    "bool Comparable double Dynamic enum Function int List Map Never Null num Object Pattern Set String Symbol Type "
    "Uri void"
)
IMPORTS = r"import deferred export library part\s*of part source"

ID = r"[a-zA-Z_]\w*"


def _method(ctx: Context, m: re.Match[str]) -> None:
    """Rouge's `delegate Dart, m[1]`: the words before the name, lexed by a new Dart lexer."""
    ctx.delegate(DartLexer, m.group(1))
    ctx.token(Name.Function, m.group(2))
    ctx.token(Text, m.group(3))
    ctx.token(Punctuation, m.group(4))


class DartLexer(RougeLexer):
    """Rouge's `Rouge::Lexers::Dart`."""

    tokens = {
        "root": [
            (rf"^(\s*(?:[a-zA-Z_][a-zA-Z\d_.\[\]]*\s+)+?)({ID})(\s*)(\()", _method),
            (r"\s+", Text),
            (r"//.*?$", Comment.Single),
            (r"(?s)/\*.*?\*/", Comment.Multiline),
            ('"', String, "dqs"),
            ("'", String, "sqs"),
            (r'r"[^"]*"', String.Other),
            (r"r'[^']*'", String.Other),
            (rf"#(?:{ID})?", String.Symbol),
            (rf"@{ID}", Name.Decorator),
            (words(KEYWORDS, r"\b"), Keyword),
            (words(DECLARATIONS, r"\b"), Keyword.Declaration),
            (words(TYPES, r"\b"), Keyword.Type),
            (r"(?:true|false|null)\b", Keyword.Constant),
            (r"(?:class|interface|mixin)\b", Keyword.Declaration, "class"),
            (words(IMPORTS, r"\b"), Keyword.Namespace, "import"),
            (rf"(\.)({ID})", groups(Operator, Name.Attribute)),
            (rf"{ID}:", Name.Label),
            (rf"\$?{ID}", Name),
            (r"[~^*!%&|+=:/?-]", Operator),
            (r"[\[\](){}<>.,;]", Punctuation),
            (r"\d*\.\d+(?:[eE]-?\d+)?", Number.Float),
            (r"0x[\da-fA-F]+", Number.Hex),
            (r"\d+L?", Number.Integer),
        ],
        "class": [(r"\s+", Text), (ID, Name.Class, "#pop")],
        "dqs": [('"', String, "#pop"), (r'[^\\$"]+', String), include("string")],
        "sqs": [("'", String, "#pop"), (r"[^\\$']+", String), include("string")],
        "import": [
            (";", Operator, "#pop"),
            (r"(?:show|hide)\b", Keyword.Declaration),
            include("root"),
        ],
        "string": [include("interpolation"), (r"""\\[nrt"'\\]""", String.Escape)],
        "interpolation": [(rf"\${ID}", String.Interpol), (r"\$\{[^}]+\}", String.Interpol)],
    }
