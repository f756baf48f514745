"""Rouge's `mathematica` lexer: one flat table plus nested `(* ... *)` comments. A symbol is matched whole, with
its contexts (`` Global`x ``) and named characters (`\\[Alpha]`), then looked up: `Module`, `With` and `Block`
are pseudo builtins, the 5389 names of `mathematica_words.py` builtins, anything else a variable. Numbers take
bases, precision marks and `*^` exponents (``16^^ff.8`20*^-3``). Rouge's ambiguous string and comment markup
patterns backtrack exponentially when they fail; they are written here so that they match exactly the same
text without that (Python 3.11 possessive quantifiers). A comment's `.` does not take a newline, so each line
break inside a comment is an `Error` token, as in Rouge."""

from __future__ import annotations

import re

from pygments.token import Comment, Generic, Name, Number, Operator, Punctuation, String, Text

from jekyll_py.lexers.base import Context, RougeLexer
from jekyll_py.lexers.mathematica_words import BUILTINS

KEYWORDS = frozenset({"Module", "With", "Block"})

NUMBER = r"(?:\.\d+|\d+\.\d*|\d+)"
NUMBER_BASE = r"(?:\.\w+|\w+\.\w*|\w+)"
PRECISION = rf"(?:`(?:`?{NUMBER})?)"
EXPONENT = r"(?:\*\^[+-]?\d+)?"
# Rouge's /"(\\\\|\\"|[^"])*"/: its greedy reading if that ends on a quote, else up to the text's last quote
STRING = r'"(?:(?:[^"\\]|\\[\\"]|\\)*+"|(?s:.*)")'
IDENTIFIER = r"[a-zA-Z$][$a-zA-Z0-9]*"
SYMBOL = rf"(?:{IDENTIFIER}|\\\[{IDENTIFIER}\])+"
CONTEXT_SYMBOL = rf"`?{SYMBOL}(?:`{SYMBOL})*`?"
SLOT = rf'#(?:{IDENTIFIER}|"{IDENTIFIER}")|#[0-9]*'


def _symbol(ctx: Context, m: re.Match[str]) -> None:
    word = m.group(0)
    ctx.token(Name.Builtin.Pseudo if word in KEYWORDS else Name.Builtin if word in BUILTINS else Name.Variable)


class MathematicaLexer(RougeLexer):
    """Rouge's `Rouge::Lexers::Mathematica`."""

    tokens = {
        "root": [
            (r"\s+", Text.Whitespace),
            (r"\(\*", Comment, "comment"),
            (rf"\d+\^\^{NUMBER_BASE}{PRECISION}?{EXPONENT}", Number),
            (rf"{NUMBER}{PRECISION}?{EXPONENT}", Number),
            (rf"::(?:{IDENTIFIER}|{STRING})", Name.Tag),
            (r"(?:In|Out)\[[0-9]+\]:?=", Generic.Prompt),
            (CONTEXT_SYMBOL, _symbol),
            (SLOT, Name.Function),
            (r"[+\-*/|,;.:@~=><&`'^?!_%]", Operator),
            (r"[\[\](){}]", Punctuation),
            (STRING, String),
        ],
        "comment": [
            (r"\(\*", Comment, "comment"),
            (r"\*\)", Comment, "#pop"),
            (rf"::{IDENTIFIER}::", Comment.Preproc),
            # Rouge's / :(identifier|[^\S])+: /, which can only end where its greedy reading does
            (rf"[ ]:(?:{IDENTIFIER}|\s)++:[ ]", Comment.Preproc),
            (r".", Comment),
        ],
    }
