"""Rouge's `racket` lexer: an identifier is anything but blanks, brackets, quotes, commas and dots, so numbers,
`#` literals and comments are tried first. The identifier right after an opening bracket (with no blank in
between) is a keyword, a builtin or a function name; elsewhere it is a variable. `#;` comments out the next
datum (a string, a bracketed form, or a run of non-blanks), and `#| |#` comments nest. Rouge's rule for
`'(` and `#(` as a quoted form comes after the one making `'` and `#` operators, so it never matches and is
left out.

Rouge's `/i` rules match under Onigmo's Unicode case folding: `[a-z]` also takes `ſ` (U+017F) and `K` (U+212A),
and `s` takes `ſ`, spelled out here as Python's ASCII case folding has neither. Strings are
`base.RUBY_QUOTED_STRING`."""

from __future__ import annotations

from pygments.token import Comment, Name, Number, Operator, Punctuation, String, Text

from jekyll_py.lexers.base import RUBY_QUOTED_STRING, RougeLexer
from jekyll_py.lexers.lisp_common import command
from jekyll_py.lexers.racket_words import BUILTINS, KEYWORDS

ID = r"[^\s()\[\]{}'`,.]+"


class RacketLexer(RougeLexer):
    """Rouge's `Rouge::Lexers::Racket`."""

    KEYWORDS = KEYWORDS
    BUILTINS = BUILTINS

    tokens = {
        "root": [
            (r";.*$", Comment.Single),
            (r"#!.*", Comment.Single),
            (r"#\|", Comment.Multiline, "block_comment"),
            (r"#;", Comment.Multiline, "sexp_comment"),
            (r"\s+", Text),
            (r"[+-]inf[.][f0]", Number.Float),
            (r"[+-]nan[.]0", Number.Float),
            (r"[-]min[.]0", Number.Float),
            (r"[+]max[.]0", Number.Float),
            (r"-?\d+\.\d+", Number.Float),
            (r"-?\d+", Number.Integer),
            (rf"#:{ID}", Name.Tag),
            (r"#b[01]+", Number.Bin),
            (r"#o[0-7]+", Number.Oct),
            (r"#d[0-9]+", Number.Integer),
            (r"(?i)#x[0-9a-f]+", Number.Hex),
            (r"#[ei][\d.]+", Number.Other),
            (RUBY_QUOTED_STRING, String),
            (rf"['`]{ID}", String.Symbol),
            (r"""(?i)#\\([()/'"._!$%& ?=+-]|[a-z0-9\u017f\u212a]+)""", String.Char),
            (r"(?i)#t(rue)?|#f(al[s\u017f]e)?", Name.Constant),
            (r"'|#|`|,@|,|\.", Operator),
            (r"[(\[{]", Punctuation, "command"),
            (r"[)\]}]", Punctuation),
            (ID, Name.Variable),
        ],
        "block_comment": [
            (r"[^|#]+", Comment.Multiline),
            (r"\|#", Comment.Multiline, "#pop"),
            (r"#\|", Comment.Multiline, "block_comment"),
            (r"[|#]", Comment.Multiline),
        ],
        "sexp_comment": [
            (r"[({\[]", Comment.Multiline, "sexp_comment_inner"),
            (r'"(?:\\"|[^"])*?"', Comment.Multiline, "#pop"),
            (r"[^\s]+", Comment.Multiline, "#pop"),
            ("", None, "#pop"),
        ],
        "sexp_comment_inner": [
            (r"[^(){}\[\]]+", Comment.Multiline),
            (r"[)}\]]", Comment.Multiline, "#pop"),
            (r"[({\[]", Comment.Multiline, "sexp_comment_inner"),
        ],
        "command": [
            (ID, command),
            ("", None, "#pop"),
        ],
    }
