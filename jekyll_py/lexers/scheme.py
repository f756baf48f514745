r"""Rouge's `scheme` lexer: one flat state. An identifier is a run of letters, digits and `!$%&*+,/:<=>?@^_~|-`, so
numbers are tried first (`-1` is a number, `1+` a number and a variable) and `,` is an operator only where no
identifier goes on with it (`a,b` is one name). The identifier right after `(` or `[` (with no blank in between)
is a keyword, a builtin or a function name; elsewhere it is a variable. `'name` is a symbol, while `'` before
anything else, `#`, `` ` ``, `,@`, `,` and `.` are operators. Rouge's rule for `'(` and `#(` as a quoted form
comes after the one making `'` and `#` operators, so it never matches and is left out.

Rouge's `/i` rules match under Onigmo's Unicode case folding: `[a-z]` also takes `ſ` (U+017F) and `K` (U+212A),
spelled out here as Python's ASCII case folding has neither (Ruby finds no other non-ASCII character for any of
the lexer's classes). Strings are `base.RUBY_QUOTED_STRING`.

The builtins were dumped with
    ruby -rrouge -e 'puts Rouge::Lexers::Scheme.builtins.to_a.join(" ")' | fold -s -w 112
and indented."""

from __future__ import annotations

from pygments.token import Comment, Name, Number, Operator, Punctuation, String, Text

from jekyll_py.lexers.base import RUBY_QUOTED_STRING, RougeLexer
from jekyll_py.lexers.lisp_common import command

ID = r"[a-zA-Z0-9!$%&*+,/:<=>?@^_~|\u017f\u212a-]+"

KEYWORDS = frozenset(
    """
    lambda define if else cond and or case let let* letrec begin do delay set! => quote quasiquote unquote
    unquote-splicing define-syntax let-syntax letrec-syntax syntax-rules
    """.split()
)
BUILTINS = frozenset(
    """
    * + - / < <= = > >= abs acos angle append apply asin assoc assq assv atan boolean? caaaar caaadr caaar caadar
    caaddr caadr caar cadaar cadadr cadar caddar cadddr caddr cadr call-with-current-continuation
    call-with-input-file call-with-output-file call-with-values call/cc car cdaaar cdaadr cdaar cdadar cdaddr cdadr
    cdar cddaar cddadr cddar cdddar cddddr cdddr cddr cdr ceiling char->integer char-alphabetic? char-ci<=?
    char-ci<? char-ci=? char-ci>=? char-ci>? char-downcase char-lower-case? char-numeric? char-ready? char-upcase
    char-upper-case? char-whitespace? char<=? char<? char=? char>=? char>? char? close-input-port close-output-port
    complex? cons cos current-input-port current-output-port denominator display dynamic-wind eof-object? eq?
    equal? eqv? eval even? exact->inexact exact? exp expt floor for-each force gcd imag-part inexact->exact
    inexact? input-port? integer->char integer? interaction-environment lcm length list list->string list->vector
    list-ref list-tail list? load log magnitude make-polar make-rectangular make-string make-vector map max member
    memq memv min modulo negative? newline not null-environment null? number->string number? numerator odd?
    open-input-file open-output-file output-port? pair? peek-char port? positive? procedure? quotient rational?
    rationalize read read-char real-part real? remainder reverse round scheme-report-environment set-car! set-cdr!
    sin sqrt string string->list string->number string->symbol string-append string-ci<=? string-ci<? string-ci=?
    string-ci>=? string-ci>? string-copy string-fill! string-length string-ref string-set! string<=? string<?
    string=? string>=? string>? string? substring symbol->string symbol? tan transcript-off transcript-on truncate
    values vector vector->list vector-fill! vector-length vector-ref vector-set! vector? with-input-from-file
    with-output-to-file write write-char zero?
    """.split()
)


class SchemeLexer(RougeLexer):
    """Rouge's `Rouge::Lexers::Scheme`."""

    KEYWORDS = KEYWORDS
    BUILTINS = BUILTINS

    tokens = {
        "root": [
            (r";.*$", Comment.Single),
            (r"\s+", Text),
            (r"-?\d+\.\d+", Number.Float),
            (r"-?\d+", Number.Integer),
            (r"[+-]inf[.][f0]", Number),
            (r"#b[01]+", Number.Bin),
            (r"#o[0-7]+", Number.Oct),
            (r"#d[0-9]+", Number.Integer),
            (r"#[xX][0-9a-fA-F]+", Number.Hex),
            (r"#[ei][\d.]+", Number.Other),
            (RUBY_QUOTED_STRING, String),
            (rf"'{ID}", String.Symbol),
            (r"""#\\(?:[()/'"._!$%& ?=+-]|[a-zA-Z0-9\u017f\u212a]+)""", String.Char),
            (r"#t|#f", Name.Constant),
            (r"'|#|`|,@|,|\.", Operator),
            (r"[(\[]", Punctuation, "command"),
            (r"[)\]]", Punctuation),
            (ID, Name.Variable),
        ],
        "command": [
            (ID, command),
            ("", None, "#pop"),
        ],
    }
