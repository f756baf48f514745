"""Rouge's `r` lexer: primitive functions are `nf` only when called, keyword constants `kc`."""

from __future__ import annotations

import re

from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Whitespace

from jekyll_py.lexers.base import RUBY_SPACE, Context, RougeLexer

KEYWORDS = frozenset("if else for while repeat in next break function".split())
KEYWORD_CONSTANTS = frozenset("NULL Inf TRUE FALSE NaN NA NA_integer_ NA_real_ NA_complex_ NA_character_".split())
BUILTIN_CONSTANTS = frozenset("LETTERS letters month.abb month.name pi T F".split())
PRIMITIVE_FUNCTIONS = """
abs acos acosh all any anyNA Arg as.call as.character as.complex as.double as.environment as.integer as.logical
as.null.default as.numeric as.raw asin asinh atan atanh attr attributes baseenv browser c call ceiling class
Conj cos cosh cospi cummax cummin cumprod cumsum digamma dim dimnames emptyenv exp expression floor
forceAndCall gamma gc.time globalenv Im interactive invisible is.array is.atomic is.call is.character
is.complex is.double is.environment is.expression is.finite is.function is.infinite is.integer is.language
is.list is.logical is.matrix is.na is.name is.nan is.null is.numeric is.object is.pairlist is.raw
is.recursive is.single is.symbol lazyLoadDBfetch length lgamma list log max min missing Mod names nargs
nzchar oldClass on.exit pos.to.env proc.time prod quote range Re rep retracemem return round seq_along
seq_len seq.int sign signif sin sinh sinpi sqrt standardGeneric substitute sum switch tan tanh tanpi
tracemem trigamma trunc unclass untracemem UseMethod xtfrm
""".split()


def _word(ctx: Context, m: re.Match[str]) -> None:
    word = m.group(0)
    if word in KEYWORDS:
        ctx.token(Keyword)
    elif word in KEYWORD_CONSTANTS:
        ctx.token(Keyword.Constant)
    elif word in BUILTIN_CONSTANTS:
        ctx.token(Name.Builtin)
    else:
        ctx.token(Name)


class RLexer(RougeLexer):
    """Rouge's `Rouge::Lexers::R`."""

    flags = re.MULTILINE  # [[:alpha:]] is Unicode

    tokens = {
        "root": [
            (r"#'.*?$", Comment.Doc),
            (r"#.*?$", Comment.Single),
            (rf"{RUBY_SPACE}+", Whitespace),  # a no-break space is an Error
            (r"`[^`]+?`", Name),
            (r"(?s)'(\\.|.)*?'", String.Single),
            (r'(?s)"(\\.|.)*?"', String.Double),
            (r"%[^%]*?%", Operator),
            (r"0[xX][a-fA-F0-9]+([pP][0-9]+)?[Li]?", Number.Hex),
            (r"[+-]?([0-9]+([.][0-9]+)?|[.][0-9]+)([eE][+-]?[0-9]+)?[Li]?", Number),
            # Rouge's `\b(?<!.)` cannot look behind the scan position: only "a word character follows" remains
            (rf"(?=\w)({'|'.join(re.escape(f) for f in PRIMITIVE_FUNCTIONS)})(?=\()", Name.Function),
            (r"(?:(?:[^\W\d_]|[.][._[^\W\d_]])[._0-9A-Za-z]*)|[.]", _word),  # Ruby's \w is ASCII
            (r"[\[\]{}();,]", Punctuation),
            (r"[-<>?*+^/!=~$@:%&|]", Operator),
        ],
    }
