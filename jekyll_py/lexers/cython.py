"""Rouge's `cython` lexer: Python's states with `cdef`/`cpdef`/`ctypedef` blocks. A declaration keyword pushes
`c_definitions` (Python's root) and `c_start`, where a name followed by `*`, `[` or another name is a type; every
`(` and `,` pushes `c_start` too. A newline in a block goes to `c_indent`, which ends the block on an unindented
line or on a line indented less than the block's first one. Unlike Python's, its identifiers are ASCII
(`[a-z_]\\w*` under /i: the first letter may also be `ſ` or the Kelvin sign, which fold to `s` and `k`), a name
before `(` is a function, and Python's rules that consult the lexer's class (keywords, f-string `recurse`) see
Cython's."""

from __future__ import annotations

import re

from pygments.token import Keyword, Name, Punctuation, Text

from jekyll_py.lexers.base import RUBY_SPACE, Context, groups, include
from jekyll_py.lexers.python import BUILTINS, BUILTINS_PSEUDO, EXCEPTIONS, KEYWORDS, PythonLexer, identifier

CYTHON_KEYWORDS = KEYWORDS | frozenset("by except? fused gil nogil".split())
C_KEYWORDS = frozenset("public readonly extern api inline enum union".split())

IDENTIFIER = "[a-zA-Z_\u017f\u212a][a-zA-Z0-9_]*"  # Ruby's /[a-z_]\w*/i
DOTTED_IDENTIFIER = "[a-zA-Z_.\u017f\u212a][a-zA-Z0-9_.]*"  # Ruby's /[a-z_.][\w.]*/i
SPACES = rf"(?:\\{RUBY_SPACE}|{RUBY_SPACE})+"  # Ruby's (?:\\\s|\s)+
# a name followed by pointer stars, an array's `[` or a variable name
TYPE_AHEAD = r"(?=\*|[ \t]*\[|[ \t]+[a-zA-Z0-9_])"


def _call(ctx: Context, m: re.Match[str]) -> None:
    """A name before `(`: a function unless it is a keyword or a builtin."""
    word = m.group(0)
    if word in CYTHON_KEYWORDS or word in EXCEPTIONS or word in BUILTINS or word in BUILTINS_PSEUDO:
        identifier(ctx, m)
    else:
        ctx.token(Name.Function)


def _struct(ctx: Context, m: re.Match[str]) -> None:
    groups(Keyword, Text)(ctx, m)
    ctx.push("classname")


def _c_type(ctx: Context, m: re.Match[str]) -> None:
    """A name that may declare a type at the start of a C declaration."""
    word = m.group(0)
    if word in CYTHON_KEYWORDS:
        ctx.token(Keyword)
        ctx.pop()
    elif word == "def":
        ctx.token(Keyword)
        ctx.goto("funcname")
    elif word in ("struct", "class"):
        ctx.token(Keyword.Reserved)
        ctx.goto("classname")
    elif word in C_KEYWORDS:
        ctx.token(Keyword.Reserved)
    else:
        ctx.token(Keyword.Type)
        ctx.pop()


def _indent(ctx: Context, m: re.Match[str]) -> None:
    """A C block's line indentation: the first sets the block's, a shallower one ends the block."""
    ctx.token(Text)
    ctx.goto("c_start")
    indentation = ctx.vars.get("indentation")
    if indentation is None:
        ctx.vars["indentation"] = m.group(0)
    elif len(indentation) > len(m.group(0)):
        ctx.vars["indentation"] = None
        ctx.pop(2)  # c_start and c_definitions


def _unindented(ctx: Context, m: re.Match[str]) -> None:
    ctx.vars["indentation"] = None
    ctx.reset_stack()


class CythonLexer(PythonLexer):
    """Rouge's `Rouge::Lexers::Cython`."""

    KEYWORDS = CYTHON_KEYWORDS

    tokens = {
        **PythonLexer.tokens,
        "root": [
            (r"cp?def|ctypedef", Keyword, ("c_definitions", "c_start")),
            (
                rf"(from)({SPACES})({DOTTED_IDENTIFIER})({SPACES})(cimport)",
                groups(Keyword.Namespace, Text, Name.Namespace, Text, Keyword.Namespace),
            ),
            (rf"(cimport)({RUBY_SPACE}+)({DOTTED_IDENTIFIER})", groups(Keyword.Namespace, Text, Name.Namespace)),
            (rf"(struct)({SPACES})", _struct),
            include("func_call_fix"),
            (r"[(,]", Punctuation, "c_start"),
            *PythonLexer.tokens["root"],
        ],
        "classname": [(SPACES, Text), *PythonLexer.tokens["classname"]],
        "funcname": [(SPACES, Text), *PythonLexer.tokens["funcname"]],
        "func_call_fix": [(rf"{IDENTIFIER}(?=\()", _call)],
        "c_start": [
            (r"[ \t\v\f\r]+", Text),
            (r"cp?def|ctypedef", Keyword),
            (r"(?:un)?signed", Keyword.Type),
            (IDENTIFIER + TYPE_AHEAD, _c_type),
            (r"", None, "#pop"),
        ],
        "c_definitions": [(r"\n", Text, "c_indent"), include("root")],
        "c_indent": [(r"[ \t]+", _indent), (r"", _unindented)],
    }
