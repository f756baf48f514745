"""Rouge's `ocaml` lexer (with the states it shares with ReasonML in `ocaml/common.rb`), quirks kept: a float
needs an exponent and takes any character as its "decimal point" (`3.14` is two integers around an operator,
`1x2e3` is one float), a character literal is recognised only when it is an escape or `'.'` (`'a'` is a
keyword quote and the name `a'`), `~label`/`?label` are an operator and a name, and a capitalised name before a
dot starts a `dotted` path (`List.map`, `M.N.(x)`) whose stray characters are errors. Identifiers match
case-insensitively, so under Onigmo's case folding they may also start with `ſ` (U+017F) or the Kelvin sign
(U+212A), though their later characters are ASCII."""

from __future__ import annotations

import re

from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from jekyll_py.lexers.base import Context, RougeLexer, include

KEYWORDS = frozenset(
    "as assert begin class constraint do done downto else end exception external false for fun function functor "
    "if in include inherit initializer lazy let module mutable new nonrec object of open rec sig struct then to "
    "true try type val virtual when while with match raise".split()
)
WORD_OPERATORS = frozenset("and asr land lor lsl lxor mod or".split())
PRIMITIVES = frozenset("unit int float bool string char list array".split())

OPERATOR = r"[;,_!$%&*+./:<=>?@^|~#-]+"
ID = r"[a-zA-Z_\u017f\u212a][\w']*"  # Ruby's /[a-z_][\w']*/i
UPPER_ID = r"[A-Z][\w']*"
HEX = "[0-9a-fA-F]"  # Ruby's \h


def identifier(ctx: Context, m: re.Match[str]) -> None:
    """A name, classified by the running lexer's keywords (F#'s differ) and ML's word operators and types."""
    word = m.group(0)
    if word in ctx.lexer.KEYWORDS:  # type: ignore[attr-defined]
        ctx.token(Keyword)
    elif word in WORD_OPERATORS:
        ctx.token(Operator.Word)
    elif word in PRIMITIVES:
        ctx.token(Keyword.Type)
    else:
        ctx.token(Name)


class OcamlLexer(RougeLexer):
    """Rouge's `Rouge::Lexers::OCaml`."""

    KEYWORDS = KEYWORDS

    tokens = {
        "root": [
            (r"\s+", Text),
            (r"false|true|[(][)]|\[\]", Name.Builtin.Pseudo),
            (rf"{UPPER_ID}(?=\s*[.])", Name.Namespace, "dotted"),
            (f"`{ID}", Name.Tag),
            (UPPER_ID, Name.Class),
            (r"[(][*](?![)])", Comment, "comment"),
            (ID, identifier),
            (r"[(){}\[\];]+", Punctuation),
            (OPERATOR, Operator),
            (r"(?i)-?\d[\d_]*(.[\d_]*)?(e[+-]?\d[\d_]*)", Number.Float),
            (rf"(?i)0x{HEX}[0-9a-fA-F_]*", Number.Hex),
            (r"(?i)0o[0-7][0-7_]*", Number.Oct),
            (r"(?i)0b[01][01_]*", Number.Bin),
            (r"\d[\d_]*", Number.Integer),
            (rf"""'(?:(\\[\\"'ntbr ])|(\\[0-9]{{3}})|(\\x{HEX}{{2}}))'""", String.Char),
            (r"'[.]'", String.Char),
            ("'", Keyword),
            ('"', String.Double, "string"),
            (f"[~?]{ID}", Name.Variable),
        ],
        "comment": [
            (r"[^(*)]+", Comment),
            (r"[(][*]", Comment, "#push"),
            (r"[*][)]", Comment, "#pop"),
            (r"[(*)]", Comment),
        ],
        "string": [
            (r'[^\\"]+', String.Double),
            include("escape_sequence"),
            (r"\\\n", String.Double),
            ('"', String.Double, "#pop"),
        ],
        "escape_sequence": [
            (r"""\\[\\"'ntbr]""", String.Escape),
            (r"\\\d{3}", String.Escape),
            (rf"\\x{HEX}{{2}}", String.Escape),
        ],
        "dotted": [
            (r"\s+", Text),
            (r"[.]", Punctuation),
            (rf"{UPPER_ID}(?=\s*[.])", Name.Namespace),
            (UPPER_ID, Name.Class, "#pop"),
            (ID, Name, "#pop"),
            (r"[({\[]", Punctuation, "#pop"),
        ],
    }
