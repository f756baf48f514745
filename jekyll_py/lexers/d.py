"""Rouge's `d` lexer: one table of token shapes in which every operator is `Punctuation`; D's many string forms
(wysiwyg, hex, delimited `q"[...]"` with nesting, heredoc-like `q"EOS ... EOS"`, token strings `q{...}` lexed as
code) and nesting `/+ +/` comments are the only states.

Differences from the Ruby source, none of which changes the output:
- the double-quoted string pattern `"(\\\\\\\\|\\\\"|[^"])*"` backtracks exponentially when no closing quote follows a
  run of backslashes (Rouge hangs there); `base.RUBY_QUOTED_STRING`, the same pattern in linear time, is used instead
  (checked with the `[cwd]?` suffix, and the comment pattern below, against Ruby on all strings of up to 9 characters).
- the block comment's `(.|\\n)*?` is written `(?s:.*?)`, and the integer suffix `([LUu]|Lu|LU|uL|UL)?` as
  `[LUu]?`, since the first alternative always wins; the `whitespace` state's `\\n` and `\\s+` rules (both
  `Text`) are one rule.
"""

from __future__ import annotations

from typing import Any

from pygments.token import Comment, Keyword, Name, Number, Punctuation, String, Text

from jekyll_py.lexers.base import RUBY_QUOTED_STRING, RougeLexer, include, words

KEYWORDS = words(
    """abstract alias align asm assert auto body break case cast catch class const continue debug default delegate
    delete deprecated do else enum export extern finally final foreach_reverse foreach for function goto if immutable
    import interface invariant inout in is lazy mixin module new nothrow out override package pragma private
    protected public pure ref return scope shared static struct super switch synchronized template this throw try
    typedef typeid typeof union unittest version volatile while with __gshared __traits __vector __parameters""",
    r"\b",
)
TYPES = words(
    """bool byte cdouble cent cfloat char creal dchar double float idouble ifloat int ireal long real short ubyte
    ucent uint ulong ushort void wchar""",
    r"\b",
)
PSEUDO = words(
    """__FILE__ __FILE_FULL_PATH__ __MODULE__ __LINE__ __FUNCTION__ __PRETTY_FUNCTION__ __DATE__ __EOF__ __TIME__
    __TIMESTAMP__ __VENDOR__ __VERSION__""",
    r"\b",
)
CHAR = r"""'(?:\\['"?\\abfnrtv]|\\x[0-9a-fA-F]{2}|\\[0-7]{1,3}|\\u[0-9a-fA-F]{4}|\\U[0-9a-fA-F]{8}|\\&\w+;|.)'"""
ESCAPE = r"""\\(?:['"?\\abfnrtv]|x[0-9a-fA-F]{2}|[0-7]{1,3}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|&\w+;)"""
OPERATOR = (
    r"~=|\^=|%=|\*=|==|!>=|!<=|!<>=|!<>|!<|!>|!=|>>>=|>>>|>>=|>>|>=|<>=|<>|<<=|<<|<=|\+\+|\+=|--|-=|\|\||\|=|&&|&="
    r"|\.\.\.|\.\.|/=|[/.&|\-+<>!()\[\]{}?,;:$=*%^~]"
)


def _delimited(open_: str, close: str) -> dict[str, list[Any]]:
    """`q"(...)"` and its kin: nested pairs of the delimiter, the string ending at the outer closer and a quote."""
    name = {"[": "bracket", "(": "parenthesis", "<": "angle", "{": "curly"}[open_]
    other = rf"[^\{open_}\{close}]+"
    return {
        f"delimited_{name}": [
            (other, String),
            (rf"\{open_}", String, f"delimited_inside_{name}"),
            (rf'\{close}"', String, "#pop"),
        ],
        f"delimited_inside_{name}": [
            (other, String),
            (rf"\{open_}", String, "#push"),
            (rf"\{close}", String, "#pop"),
        ],
    }


class DLexer(RougeLexer):
    """Rouge's `Rouge::Lexers::D`."""

    tokens = {
        "whitespace": [(r"\s+", Text)],
        "root": [
            include("whitespace"),
            (r"//.*", Comment.Single),
            (r"/(?:\\\n)?\*(?s:.*?)\*(?:\\\n)?/", Comment.Multiline),
            (r"/\+", Comment.Multiline, "nested_comment"),
            (KEYWORDS, Keyword),
            (TYPES, Keyword.Type),
            (r"(?:false|true|null)\b", Keyword.Constant),
            (PSEUDO, Keyword.Pseudo),
            (r"macro\b", Keyword.Reserved),
            (r"(?:string|wstring|dstring|size_t|ptrdiff_t)\b", Name.Builtin),
            (r"0[xX](?:[0-9a-fA-F_]*\.[0-9a-fA-F_]+|[0-9a-fA-F_]+)[pP][+\-]?[0-9_]+[fFL]?i?", Number.Float),
            (r"[0-9_]+(?:\.[0-9_]+[eE][+\-]?[0-9_]+|\.[0-9_]*|[eE][+\-]?[0-9_]+)[fFL]?i?", Number.Float),
            (r"\.(?:0|[1-9][0-9_]*)(?:[eE][+\-]?[0-9_]+)?[fFL]?i?", Number.Float),
            (r"0[Bb][01_]+", Number.Bin),
            (r"0[0-7_]+", Number.Oct),
            (r"0[xX][0-9a-fA-F_]+", Number.Hex),
            (r"(?:0|[1-9][0-9_]*)[LUu]?", Number.Integer),
            (CHAR, String.Char),
            (r'r"[^"]*"[cwd]?', String),
            (r"`[^`]*`[cwd]?", String),
            (rf"(?:{RUBY_QUOTED_STRING})[cwd]?", String),
            (ESCAPE, String),
            (r'x"[0-9a-fA-F_\s]*"[cwd]?', String),
            (r'q"\[', String, "delimited_bracket"),
            (r'q"\(', String, "delimited_parenthesis"),
            (r'q"<', String, "delimited_angle"),
            (r'q"\{', String, "delimited_curly"),
            (r'q"([a-zA-Z_]\w*)\n.*?\n\1"', String),
            (r'q"(.).*?\1"', String),
            (r"q\{", String, "token_string"),
            (r"@(?:[a-zA-Z_]\w*)?", Name.Decorator),
            (OPERATOR, Punctuation),
            (r"[a-zA-Z_]\w*", Name),
            (r"#line\s.*\n", Comment.Special),
        ],
        "nested_comment": [
            (r"[^+/]+", Comment.Multiline),
            (r"/\+", Comment.Multiline, "#push"),
            (r"\+/", Comment.Multiline, "#pop"),
            (r"[+/]", Comment.Multiline),
        ],
        "token_string": [
            (r"\{", Punctuation, "token_string_nest"),
            (r"\}", String, "#pop"),
            include("root"),
        ],
        "token_string_nest": [
            (r"\{", Punctuation, "#push"),
            (r"\}", Punctuation, "#pop"),
            include("root"),
        ],
        **_delimited("[", "]"),
        **_delimited("(", ")"),
        **_delimited("<", ">"),
        **_delimited("{", "}"),
    }
