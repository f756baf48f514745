"""Rouge's `go` lexer: one table of token shapes (comments, keywords, predeclared names, numbers, runes,
operators, identifiers), with strings in states of their own."""

from __future__ import annotations

from pygments.token import Comment, Error, Keyword, Name, Number, Operator, Punctuation, String, Text

from jekyll_py.lexers.base import RougeLexer, include, words
from jekyll_py.lexers.go_words import ALPHA, DIGIT

HEX = "[0-9A-Fa-f]"
DECIMALS = "[0-9]+"
EXPONENT = rf"[eE][+\-]?{DECIMALS}"
FLOAT = rf"{DECIMALS}\.(?:{DECIMALS})?(?:{EXPONENT})?|{DECIMALS}{EXPONENT}|\.{DECIMALS}(?:{EXPONENT})?"
ESCAPED_CHAR = r"""\\[abfnrtv\\'"]"""
BIG_OR_LITTLE_U = rf"\\u{HEX}{{4}}|\\U{HEX}{{8}}"
HEX_BYTE = rf"\\x{HEX}{{2}}"
CHAR = rf"'(?:[^\n]|{BIG_OR_LITTLE_U}|{ESCAPED_CHAR}|\\[0-7]{{3}}|{HEX_BYTE})'"
OPERATOR = (
    r"\+=|\+\+|\+|&\^=|&\^|&=|&&|&|==|=|!=|!|-=|--|-|\|=|\|\||\||<=|<-|<<=|<<|<|\*=|\*|\^=|\^|>>=|>>|>=|>|/|/="
    r"|:=|%|%=|\.\.\.|\.|:"
)
KEYWORD = r"\b" + words(
    "break default func interface select case defer go map struct chan else goto package switch const fallthrough"
    " if range type continue for import return var",
    r"\b",
)
TYPES = words(
    "bool byte complex64 complex128 error float32 float64 int8 int16 int32 int64 int rune string uint8 uint16"
    " uint32 uint64 uintptr uint",
    r"\b",
)
CONSTANTS = words("true false iota nil", r"\b")
BUILTINS = words(
    "append cap close complex copy delete imag len make new panic print println real recover", r"\b"
)


class GoLexer(RougeLexer):
    """Rouge's `Rouge::Lexers::Go`."""

    tokens = {
        "simple_tokens": [
            (r"//(?:(?!\n).)*|(?s:/\*(?:(?!\*/).)*\*/)", Comment),
            (KEYWORD, Keyword),
            (rf"\b{TYPES}", Keyword.Type),
            (rf"\b{BUILTINS}", Name.Builtin),
            (rf"\b{CONSTANTS}", Name.Constant),
            (rf"(?:{DECIMALS}|{FLOAT})i", Number),
            (FLOAT, Number),
            (rf"0[xX]{HEX}+|[0-9][0-9]*|0[0-7]*", Number),
            (CHAR, String.Char),
            (OPERATOR, Operator),
            (r"[()\[\]{},;]", Punctuation),
            (rf"(?!{KEYWORD})[{ALPHA}_][{ALPHA}_{DIGIT}]*", Name),
            (r"\s+", Text),
        ],
        "root": [include("simple_tokens"), ("`", String, "raw_string"), ('"', String, "interpreted_string")],
        "interpreted_string": [
            (rf"{ESCAPED_CHAR}|{BIG_OR_LITTLE_U}|{HEX_BYTE}", String.Escape),
            (r"\\.", Error),
            ('"', String, "#pop"),
            (r'[^"\\]+', String),
        ],
        "raw_string": [("`", String, "#pop"), ("[^`]+", String)],
    }
