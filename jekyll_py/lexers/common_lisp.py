"""Rouge's `common_lisp` lexer: every `(` (and `#(`, `#c(`, `#2a(`, `#s(`) pushes `root` again and `)` pops it,
so an unmatched `)` at the top level is an `Error`. A symbol is `|...|` or a run of constituent characters,
which include `,` and `.` (`a,b` is one symbol); it is looked up in Rouge's word sets in their order (functions,
special forms, macros, lambda-list keywords, declarations, types, classes), case-sensitively. Numbers, `t` and
`nil` must be followed by a blank, a quote, a bracket, `,`, `;` or a backquote (so not by the end of the text).
`#| |#` comments nest. Rouge's read-time comment rule, `/#+nil.../`, reads `+` as a quantifier: it comments out
`#nil (...)` or `##nil (...)` with its nested brackets, while `#+nil (...)` is an operator, a constant and a form.

Two of Rouge's patterns backtrack exponentially and are rewritten to match the same text in linear time (checked
against Onigmo on every string of up to 6 characters of `*.a\\#:| ` and a newline for symbols, and of up to 10
characters of `"\\a` and a newline after `#"` and `#p"` for pathnames):
- a symbol's constituents, `(?:nonmacro|[#.:])*`, where `.` is in both alternatives, so `*a.....` with no
  closing `*` never finishes in Rouge: here `.` is in one character class only;
- a `#"` / `#p"` pathname string, `"(\\\\.|[^"])*"`, where a backslash is both an escape and a plain character:
  `PATHNAME` takes the first quote the greedy reading reaches, else the last quote of the text.
Rouge's `/i` `s` (in `#s(`) also matches `ſ` (U+017F) under Onigmo's case folding, spelled out here."""

from __future__ import annotations

import re

from pygments.token import Comment, Error, Keyword, Name, Number, Operator, Other, Punctuation, String, Text

from jekyll_py.lexers.base import Context, RougeLexer, groups
from jekyll_py.lexers.common_lisp_words import (
    BUILTIN_CLASSES,
    BUILTIN_FUNCTIONS,
    BUILTIN_TYPES,
    DECLARATIONS,
    LAMBDA_LIST_KEYWORDS,
    MACROS,
    SPECIAL_FORMS,
)

NONMACRO = r"(?:\\.|[a-zA-Z0-9!$%&*+,\-./<=>?@\[\]^_{}~])"
CONSTITUENT = r"(?:\\.|[a-zA-Z0-9!$%&*+,\-./<=>?@\[\]^_{}~#:])"
SYMBOL = rf"(\|[^|]+\||{NONMACRO}{CONSTITUENT}*)"
TERMINATED = r"""(?=[ "'()\n,;`])"""  # whitespace or a terminating macro character
FLOAT = r"[-+]?(?:\d*\.\d+(?:[defls][-+]?\d+)?|\d+(?:\.\d*)?[defls][-+]?\d+)"
PATHNAME = r'(?i)#p?"(?:(?:\\.|[^"])*+"|(?s:.*)")'

WORD_SETS = (
    (BUILTIN_FUNCTIONS, Name.Builtin),
    (SPECIAL_FORMS, Keyword),
    (MACROS, Name.Builtin),
    (LAMBDA_LIST_KEYWORDS, Keyword),
    (DECLARATIONS, Keyword),
    (BUILTIN_TYPES, Keyword.Type),
    (BUILTIN_CLASSES, Name.Class),
)


def _symbol(ctx: Context, m: re.Match[str]) -> None:
    name = m.group(0)
    ctx.token(next((token for words, token in WORD_SETS if name in words), Name.Variable))


def _close(ctx: Context, m: re.Match[str]) -> None:
    if len(ctx.stack) == 1:
        ctx.token(Error)
    else:
        ctx.token(Punctuation)
        ctx.pop()


class CommonLispLexer(RougeLexer):
    """Rouge's `Rouge::Lexers::CommonLisp`."""

    tokens = {
        "root": [
            (r"\s+", Text),
            (r";.*$", Comment.Single),
            (r"#\|", Comment.Multiline, "multiline_comment"),
            (r"#\d*Y.*$", Comment.Special),
            (r'"(?:\\.|[^"\\])*"', String),
            (rf"[:']{SYMBOL}", String.Symbol),
            (r"['`]", Operator),
            (rf"[-+]?\d+\.?{TERMINATED}", Number.Integer),
            (rf"[-+]?\d+/\d+{TERMINATED}", Number.Integer),
            (FLOAT + TERMINATED, Number.Float),
            (rf"#\\.{TERMINATED}", String.Char),
            (rf"#\\{SYMBOL}", String.Char),
            (r"#\(", Operator, "root"),
            (r"#\d*\*[01]*", Other),
            (rf"#:{SYMBOL}", String.Symbol),
            (r"#[.,]", Operator),
            (r"#'", Name.Function),
            (r"(?i)#b[+-]?[01]+(?:/[01]+)?", Number),
            (r"(?i)#o[+-]?[0-7]+(?:/[0-7]+)?", Number.Oct),
            (r"(?i)#x[+-]?[0-9a-f]+(?:/[0-9a-f]+)?", Number),
            (r"(?i)(#c)(\()", groups(Number, Punctuation), "root"),
            (r"(?i)(#(?:\d+a|[s\u017f]))(\()", groups(String.Other, Punctuation), "root"),
            (PATHNAME, String.Symbol),
            (r"#\d+[=#]", Operator),
            (rf"#+nil{TERMINATED}\s*\(", Comment, "commented_form"),
            (r"#[+-]", Operator),
            (r",@|,|\.", Operator),
            (rf"(?:t|nil){TERMINATED}", Name.Constant),
            (rf"\*{SYMBOL}\*", Name.Variable.Global),
            (SYMBOL, _symbol),
            (r"\(", Punctuation, "root"),
            (r"\)", _close),
        ],
        "multiline_comment": [
            (r"#\|", Comment.Multiline, "multiline_comment"),
            (r"\|#", Comment.Multiline, "#pop"),
            (r"[^|#]+", Comment.Multiline),
            (r"[|#]", Comment.Multiline),
        ],
        "commented_form": [
            (r"\(", Comment, "commented_form"),
            (r"\)", Comment, "#pop"),
            (r"[^()]+", Comment),
        ],
    }
