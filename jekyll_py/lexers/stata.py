"""Rouge's `stata` lexer: one flat table. Lines starting with `#`, `*!` or `*` are comments, and a command from
Rouge's list (`stata_words.py`) is a keyword only as a line's first word, its token taking the blanks and blank
lines before it. Compound quotes, strings, local macros (`` `name' ``) and globals (`$name`) are all
`String.Double`; functions are names only when a `(` follows; the other words are told apart by two small sets.

Rouge's `(?<!\\w)` before `$name` always holds under its StringScanner, which sees the scan position as the text's
start, and so does the leading `\\b` of its rules for `str#` types, functions and factor-variable operators, which
only asks for a word character next (their first letters are). A trailing `\\b` is Onigmo's: no word character
(`onigmo_words.WORD`, Unicode letters included) may follow."""

from __future__ import annotations

import re

from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from jekyll_py.lexers.base import Context, RougeLexer, words
from jekyll_py.lexers.stata_words import KEYWORDS, PRIMITIVE_FUNCTIONS
from jekyll_py.onigmo_words import WORD

END = f"(?![{WORD}])"  # Onigmo's `\b` after a word character
TYPES = frozenset(
    "byte int long float double str strL numeric string integer scalar matrix local global numlist varlist"
    " newlist".split()
)
# the words that go with braces, `forvalues` with all of its abbreviations
RESERVED = frozenset(
    "if else foreach forv forva forval forvalu forvalue forvalues to while in of continue break nobreak".split()
)
STR_TYPE = rf"str(?:204[0-5]|20[0-3][0-9]|[01][0-9][0-9][0-9]|[0-9][0-9][0-9]|[0-9][0-9]|[1-9]){END}"


def _word(ctx: Context, m: re.Match[str]) -> None:
    word = m.group(0)
    ctx.token(Keyword.Reserved if word in RESERVED else Keyword.Type if word in TYPES else Name)


class StataLexer(RougeLexer):
    """Rouge's `Rouge::Lexers::Stata`."""

    tokens = {
        "root": [
            (r"^\s*#.*$", Comment.Preproc),
            (r"^\*!.*$", Comment.Hashbang),
            (r"^\s*\*.*$", Comment.Single),
            (rf"^\s*{words(KEYWORDS, END)}", Keyword),
            (r"[ \t]+", Text.Whitespace),
            (r"[\n\r]+", Text),
            (r"//.*?$", Comment.Single),
            (r"(?s)/(?:\\\n)?[*].*?[*](?:\\\n)?/", Comment.Multiline),
            (r"`\"(?:\\.|.)*?\"'", String.Double),
            (r'"(?:\\.|.)*?"', String.Double),
            (r"`(?:\\.|.)*?'", String.Double),
            (r"\$\w+", String.Double),
            (r"%\S+", Name.Property),
            (STR_TYPE, Keyword.Type),
            (rf"{words(PRIMITIVE_FUNCTIONS)}(?=\()", Name.Function),
            (r"\.\.(?=.*\])", Operator),
            (r"[+-]?(?:\d+(?:[.]\d+)?|[.]\d+)(?:[eE][+-]?\d+)?", Number),
            (r"[ICOicoLFDSlfds]\w*\.", Operator),
            (r"[ICOicoLFDSlfds]\w*(?=\(.*\)\.)", Operator),
            (r"\w+", _word),
            (r"[\[\]{}();,]", Punctuation),
            (r"[-<>?*+'^/\\!#.=~:&|]", Operator),
        ],
    }
