"""Rouge's `elixir` lexer: one `root` table of token shapes, strings and `#{...}` interpolation in states of their
own, and `~x(...)` sigils lexed in a state built for their delimiter (`~r` and `~R` end in regex flags, `~w` and
`~W` in a list modifier, and only the uppercase `~S ~R ~C ~W` interpolate, as Rouge has it).

Rouge scans from the current position as if the text began there, so every lookbehind in its rules sees nothing
and the `\\b` starting an alternative only asks whether a word character follows. Hence `(?<!\\.)` and
`(?<!:)` always hold (`x.in` still has the operator word `in`), `->` is never the keyword Rouge lists (its `\\b`
wants a word character first) but the operators `-` and `>`, and the operators `(?=[\\s])\\?` and
`(?<=[\\s])!+` can never match, so they are left out here. Rouge's symbol rule is not in extended mode, so two of
its alternatives begin with the newline and 13 spaces of its source layout (`NL`), kept as they are.

A sigil without a letter (`~(...)`, `~/.../`) makes Rouge raise `TypeError` (`'Rr'.include?(nil)`) and Jekyll's
build fail. That is a documented choice here: such a sigil is lexed as Rouge would lex it with a letter that has
no meaning to it (`String.Other`, no interpolation, no flags), so the block highlights instead of stopping the
build."""

from __future__ import annotations

import re

from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from jekyll_py.lexers.base import UNICODE_WORD_AHEAD, Context, RougeLexer, include, words

KEYWORDS = words(
    "case cond end bc lc if unless try loop receive fn defmodule defp? defprotocol defimpl defrecord defmacrop?"
    " defdelegate defexception defguardp? defstruct exit raise throw after rescue catch else"
)
NAMESPACE_KEYWORDS = words("import require use recur quote unquote super refer")
OPERATOR_WORDS = words("and not or when xor in")
OPERATORS = (
    r"%=|\*=|\*\*=|\+=|-=|\^=|\|\|=|<=>|<(?!<|=)|>(?!<|=|>)|<=|>=|===|==|=~|!=|!~|&(?:&&?|(?!\d))|\|\||\^|\*|\+|-|/"
    r"|\||\+\+|--|\*\*|//|<-|<>|<<|>>|=|\.|~~~"
)
NL = "\n" + " " * 13  # the line break and indentation inside Rouge's symbol regex
SYMBOL = (
    r"(:)([a-zA-Z_]\w*([?!]|=(?![>=]))?|<>|===?|>=?|<=?|" + NL + r"<=>|&&?|%\(\)|%\[\]|%\{\}|\+\+?|--?|\|\|?|!|//"
    r"|[%&`/|]|" + NL + r"\*\*?|=?~|<-)|([a-zA-Z_]\w*([?!])?)(:)(?!:)"
)
HEX = "[0-9A-Fa-f]"  # Onigmo's `\h`
CHAR_LITERAL = rf"\?(\\(x\d{{1,2}}|{HEX}{{1,2}}(?!{HEX})\b|0[0-7]{{0,2}}(?![0-7])\b[^x0MC])|(\\[MC]-)+\w|[^\s\\])"
DELIMITERS = {"{": "}", "[": "]", "(": ")", "<": ">"}


def _sigil(ctx: Context, m: re.Match[str]) -> None:
    """`~r/.../i`, `~w[...]a`, `~S(...)`: the body in a state made for this delimiter, which does not nest."""
    letter, opener = m.group(1) or "", m.group(2)
    open_, close = re.escape(opener), re.escape(DELIMITERS.get(opener, opener))
    tok = String.Other
    if letter in ("R", "r"):
        tok = String.Regex
        ctx.push("regex_flags")
    if letter in ("W", "w"):
        ctx.push("list_flags")
    ctx.token(tok)
    rules: list[object] = [(close, tok, "#pop")]
    if letter in ("S", "R", "C", "W"):
        rules += [include("interpoling"), ("#", tok)]
    else:
        rules.append((r"[\\#]", tok))
    rules.append((rf"[^#{open_}{close}\\]+", tok))
    ctx.push_rules(rules)


class ElixirLexer(RougeLexer):
    """Rouge's `Rouge::Lexers::Elixir`."""

    tokens = {
        "root": [
            (r"\s+", Text),
            (r"#.*$", Comment.Single),
            (rf"\b{KEYWORDS}\b(?![?!])|{UNICODE_WORD_AHEAD}do\b", Keyword),
            (rf"\b{NAMESPACE_KEYWORDS}\b(?![?!])", Keyword.Namespace),
            (rf"\b{OPERATOR_WORDS}\b", Operator.Word),
            (OPERATORS, Operator),
            (SYMBOL, String.Symbol),
            (r':"', String.Symbol, "interpoling_symbol"),
            (rf"\b(nil|true|false)\b(?![?!])|{UNICODE_WORD_AHEAD}[A-Z]\w*\b", Name.Constant),
            (r"\b(__(FILE|LINE|MODULE|MAIN|FUNCTION)__)\b(?![?!])", Name.Builtin.Pseudo),
            (r"[a-zA-Z_!]\w*[!?]?", Name),
            (r"::|[%(){};,/|:\\\[\]]", Punctuation),
            (r"@[a-zA-Z_]\w*|&\d", Name.Variable),
            (r"\b\d(_?\d)*(\.(?![^\d\s])(_?\d)+)([eE][-+]?\d(_?\d)*)?\b", Number.Float),
            (r"\b0x[0-9A-Fa-f](_?[0-9A-Fa-f])*\b", Number.Hex),
            (r"\b0o[0-7](_?[0-7])*\b", Number.Oct),
            (r"\b0b[01](_?[01])*\b", Number.Bin),
            (r"\b\d(_?\d)*\b", Number.Integer),
            include("strings"),
            include("sigil_strings"),
        ],
        "strings": [
            (r'(%[A-Ba-z])?"""(?:.|\n)*?"""', String.Doc),
            (r"'''(?:.|\n)*?'''", String.Doc),
            (r'"', String.Double, "dqs"),
            (r"'", String.Single, "sqs"),
            (CHAR_LITERAL, String.Other),
        ],
        "dqs": [
            include("escapes"),
            include("interpoling"),
            (r'[^#"\\]+', String.Double),
            (r'"', String.Double, "#pop"),
            (r"[#\\]", String.Double),
        ],
        "sqs": [
            include("escapes"),
            include("interpoling"),
            (r"[^#'\\]+", String.Single),
            (r"'", String.Single, "#pop"),
            (r"[#\\]", String.Single),
        ],
        "interpoling": [(r"#\{", String.Interpol, "interpoling_string")],
        "interpoling_string": [(r"\}", String.Interpol, "#pop"), include("root")],
        "escapes": [
            (rf"\\x{HEX}{{2}}", String.Escape),
            (r"\\u\{?\d+\}?", String.Escape),
            (r"""\\[\\abdefnrstv0"']""", String.Escape),
        ],
        "interpoling_symbol": [(r'"', String.Symbol, "#pop"), include("interpoling"), (r'[^#"]+', String.Symbol)],
        "sigil_strings": [(r"""~([A-Za-z])?(\{|\[|\(|<|\||/|'|")""", _sigil)],
        "regex_flags": [(r"[fgimrsux]*", String.Regex, "#pop")],
        "list_flags": [(r"[csa]?", String.Other, "#pop")],
    }
