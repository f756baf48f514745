"""Rouge's `jinja` and `twig` lexers: template tags over a parent language (HTML), which gets the text between
`{{ }}`, `{% %}`, `{# #}` and `##` line comments, continuing one HTML lexer from piece to piece.

Inside `{% %}` each word (with one trailing dot, as Rouge matches `\\w+\\.?`) is looked up in the language's
keyword, constant, word-operator and test lists; inside `{{ }}` every word is a variable. `{% raw %}` and
`{% verbatim %}` bodies are plain text. Rules Rouge has that can never match are left out: numbers (`\\d+`
before `}` and a space) and function calls (`name(`) come after a rule taking any word, so digits and
function names are variables; Twig's word operators `b-and`, `b-or`, `b-xor` contain a `-` no word has.

Rouge's string pattern `"(\\\\.|.)*?"` backtracks exponentially on an unclosed string full of backslashes (Rouge
never finishes there); it is rewritten as a linear one matching the same text: an escape-aware scan to an
unescaped quote, or else (every later quote escaped) the whole line up to its last quote.

Documented choice: Rouge keeps the word lists in class variables that `Twig` shares with `Jinja`, so in one
Ruby process Twig code lexed after some Jinja code uses Jinja's lists, and Jinja after Twig makes the next Twig
block raise. Here each lexer always uses its own lists, as Rouge does for the first block of a process.
"""

from __future__ import annotations

import re
from typing import ClassVar

from pygments.token import Comment, Keyword, Name, Operator, Punctuation, String, Text

from jekyll_py.lexers.base import Context, RougeLexer, groups, include
from jekyll_py.lexers.html import HtmlLexer

JINJA_KEYWORDS = frozenset(
    "as context do else extends from ignore missing import include reversed recursive scoped autoescape"
    " endautoescape block endblock call endcall filter endfilter for endfor if endif macro endmacro set endset"
    " trans endtrans with endwith without".split()
)
JINJA_TESTS = frozenset(
    "callable defined divisibleby equalto escaped even iterable lower mapping none number odd sameas sequence"
    " string undefined upper".split()
)
JINJA_PSEUDO_KEYWORDS = frozenset("true false none True False None".split())
JINJA_WORD_OPERATORS = frozenset("is in and or not".split())

TWIG_KEYWORDS = frozenset(
    "as do extends flush from import include use else starts ends with without autoescape endautoescape block"
    " endblock embed endembed filter endfilter for endfor if endif macro endmacro sandbox endsandbox set endset"
    " spaceless endspaceless".split()
)
TWIG_TESTS = frozenset("constant defined divisibleby empty even iterable null odd sameas".split())
TWIG_PSEUDO_KEYWORDS = frozenset("true false none".split())


def _string(quote: str) -> str:
    """Rouge's `/"(\\\\.|.)*?"/` in linear time (see the module docstring)."""
    return rf"{quote}(?:[^{quote}\\\n]|\\.)*+{quote}|{quote}[^\n]*{quote}"


def _delegate_parent(ctx: Context, m: re.Match[str]) -> None:
    ctx.delegate(ctx.vars["parent"])


def _raw_or_verbatim(ctx: Context, m: re.Match[str]) -> None:
    groups(Comment.Preproc, Text, Keyword, Text, Comment.Preproc)(ctx, m)
    ctx.push(m.group(3))


def _statement_word(ctx: Context, m: re.Match[str]) -> None:
    lexer = ctx.lexer
    assert isinstance(lexer, JinjaLexer)
    word = m.group(0)
    if word in lexer.keywords:
        ctx.token(Keyword)
    elif word in lexer.pseudo_keywords:
        ctx.token(Keyword.Pseudo)
    elif word in lexer.word_operators:
        ctx.token(Operator.Word)
    elif word in lexer.tests:
        ctx.token(Name.Builtin)
    else:
        ctx.token(Name.Variable)


def _body_until(end: str) -> list[object]:
    """`raw` and `verbatim` bodies: text up to `{% endNAME %}`."""
    return [
        (rf"({{%-?)(\s*)({end})(\s*)(-?%}})", groups(Comment.Preproc, Text, Keyword, Text, Comment.Preproc), "#pop"),
        (r"[^{]+", Text),
        (r"{", Text),
    ]


class JinjaLexer(RougeLexer):
    """Rouge's `Rouge::Lexers::Jinja` (parent language: HTML)."""

    keywords: ClassVar[frozenset[str]] = JINJA_KEYWORDS
    tests: ClassVar[frozenset[str]] = JINJA_TESTS
    pseudo_keywords: ClassVar[frozenset[str]] = JINJA_PSEUDO_KEYWORDS
    word_operators: ClassVar[frozenset[str]] = JINJA_WORD_OPERATORS

    def start(self, ctx: Context) -> None:
        ctx.vars["parent"] = HtmlLexer()

    tokens = {
        "root": [
            (r"{#", Comment, "comment"),
            (r"##.*", Comment),
            (r"({%-?)(\s*)(raw|verbatim)(\s*)(-?%})", _raw_or_verbatim),
            (r"\{\%", Comment.Preproc, "statement"),
            (r"\{\{", Comment.Preproc, "expression"),
            (r"(?s)(.+?)(?=\\|{{|{%|{#|##)", _delegate_parent),
            (r"(?s).+", _delegate_parent),
        ],
        "filter": [(r"(\|\s*)(\w+)", groups(Operator, Name.Function))],
        "text": [(r"\s+", Text)],
        "literal": [
            (_string('"'), String.Double),
            (_string("'"), String.Single),
            (r"[+*=-]|//?", Operator),
            (r"<=?|>=?|!=", Operator),
            (r"[,\[\]()]", Punctuation),
        ],
        "comment": [
            (r"[^#]+", Comment),
            (r"#}", Comment, "#pop"),
            (r"#", Comment),
        ],
        "expression": [
            (r"\w+\.?", Name.Variable),
            include("filter"),
            include("literal"),
            include("text"),
            (r"%}|}}", Comment.Preproc, "#pop"),
        ],
        "statement": [
            (r"\w+\.?", _statement_word),
            include("filter"),
            include("literal"),
            include("text"),
            (r"%}", Comment.Preproc, "#pop"),
        ],
        "raw": _body_until("endraw"),
        "verbatim": _body_until("endverbatim"),
    }


class TwigLexer(JinjaLexer):
    """Rouge's `Rouge::Lexers::Twig`: Jinja's rules with Twig's word lists."""

    keywords = TWIG_KEYWORDS
    tests = TWIG_TESTS
    pseudo_keywords = TWIG_PSEUDO_KEYWORDS
