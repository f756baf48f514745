"""Rouge's `fortran` lexer (free-form Fortran 2008): one flat table where a name is looked up in Rouge's keyword,
type and intrinsic sets (`fortran_words.py`), strings double their quote to escape it, and a `FORMAT(` statement
gets a state of its own for its edit descriptors.

Rouge's case-insensitive (`/i`) rules fold letters the way Onigmo does, which is not ASCII folding: `[A-Z]` also
matches `ſ` (U+017F) and the Kelvin sign (U+212A), a literal `s` also matches `ſ` and a literal `st` also matches
the ligatures `ﬅ` and `ﬆ`; yet an `i` matches neither `İ` nor `ı`, which Python's Unicode folding would allow. So
the rules fold ASCII only and spell those extra characters out."""

from __future__ import annotations

import re

from pygments.token import Comment, Keyword, Literal, Name, Number, Operator, Punctuation, String, Text

from jekyll_py.lexers.base import Context, RougeLexer, groups
from jekyll_py.lexers.fortran_words import INTRINSICS, KEYWORDS, TYPES

LETTER = "[A-Z\u017f\u212a]"  # Onigmo's /[A-Z]/i
NAME = f"(?i:{LETTER}[_0-9A-Z\u017f\u212a]*)"
KIND_PARAM = rf"(?:\d+|{NAME})"
EXPONENT = r"[ED][+-]?\d+"
S = "[s\u017f]"  # a literal `s` under Onigmo's /i
ST = f"(?:{S}t|[\ufb05\ufb06])"  # a literal `st` under Onigmo's /i


def _name(ctx: Context, m: re.Match[str]) -> None:
    word = m.group(0).lower()
    if word in KEYWORDS:
        ctx.token(Keyword)
    elif word in TYPES:
        ctx.token(Keyword.Type)
    elif word in INTRINSICS:
        ctx.token(Name.Builtin)
    else:
        ctx.token(Name)


class FortranLexer(RougeLexer):
    """Rouge's `Rouge::Lexers::Fortran`."""

    tokens = {
        "root": [
            (r"\s+", Text.Whitespace),
            (r"!.*$", Comment.Single),
            (r"^#.*$", Comment.Preproc),
            (r"::|[()/;,:&\[\]]", Punctuation),
            (r"^(\s*)([0-9]+)\b", groups(Text.Whitespace, Name.Label)),
            (r"(?i)\b(FORMAT)(\s*)(\()", groups(Keyword, Text.Whitespace, Punctuation), "format_spec"),
            (
                rf"(?i)[+-]?(?:(?:\d+[.]\d*|[.]\d+)(?:{EXPONENT})?|\d+{EXPONENT})(?:_{KIND_PARAM})?",
                Number.Float,
            ),
            (rf"[+-]?\d+(?:_{KIND_PARAM})?", Number.Integer),
            ("(?i)B'[01]+'|B\"[01]+\"", Number.Bin),
            ("(?i)O'[0-7]+'|O\"[0-7]+\"", Number.Oct),
            ("(?i)Z'[0-9A-F]+'|Z\"[0-9A-F]+\"", Number.Hex),
            (rf"(?:{KIND_PARAM}_)?'", String.Single, "string_single"),
            (rf'(?:{KIND_PARAM}_)?"', String.Double, "string_double"),
            (rf"(?i)[.](?:TRUE|FAL{S}E)[.](?:_{KIND_PARAM})?", Keyword.Constant),
            (r"\*\*|//|==|/=|<=|>=|=>|[-+*/<>=%]", Operator),
            (rf"(?i)\.(?:EQ|NE|LT|LE|GT|GE|NOT|AND|OR|EQV|NEQV|{LETTER}+)\.", Operator.Word),
            (rf"(?i)double\s+preci{S}ion\b", Keyword.Type),
            (r"(?i)go\s+to\b", Keyword),
            (rf"(?i){S}ync\s+(?:all|image{S}|memory)\b", Keyword),
            (rf"(?i)error\s+{ST}op\b", Keyword),
            (NAME, _name),
        ],
        "string_single": [
            (r"[^']+", String.Single),
            (r"''", String.Escape),
            (r"'", String.Single, "#pop"),
        ],
        "string_double": [
            (r'[^"]+', String.Double),
            (r'""', String.Escape),
            (r'"', String.Double, "#pop"),
        ],
        "format_spec": [
            (r"'", String.Single, "string_single"),
            (r'"', String.Double, "string_double"),
            (r"\(", Punctuation, "format_spec"),
            (r"\)", Punctuation, "#pop"),
            (r",", Punctuation),
            (r"\s+", Text.Whitespace),
            (r"""[^\s'"(),]+""", Literal),
        ],
    }
