"""Rouge's `python` lexer: one string token class, f-string interpolation, keyword tables as Rouge has them."""

from __future__ import annotations

import re
from typing import ClassVar

from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from jekyll_py.lexers.base import RUBY_SPACE, Context, RougeLexer, groups

KEYWORDS = frozenset(
    """assert break continue del elif else except exec finally for global if lambda pass print raise return try
    while yield as with from import yield async await nonlocal""".split()
)
BUILTINS = frozenset(
    """__import__ abs all any apply ascii basestring bin bool buffer bytearray bytes callable chr classmethod cmp
    coerce compile complex delattr dict dir divmod enumerate eval execfile exit file filter float format frozenset
    getattr globals hasattr hash hex id input int intern isinstance issubclass iter len list locals long map max
    memoryview min next object oct open ord pow property range raw_input reduce reload repr reversed round set
    setattr slice sorted staticmethod str sum super tuple type unichr unicode vars xrange zip""".split()
)
BUILTINS_PSEUDO = frozenset("self None Ellipsis NotImplemented False True".split())
EXCEPTIONS = frozenset(
    """ArithmeticError AssertionError AttributeError BaseException BlockingIOError BrokenPipeError BufferError
    BytesWarning ChildProcessError ConnectionAbortedError ConnectionError ConnectionRefusedError
    ConnectionResetError DeprecationWarning EOFError EnvironmentError Exception FileExistsError
    FileNotFoundError FloatingPointError FutureWarning GeneratorExit IOError ImportError ImportWarning
    IndentationError IndexError InterruptedError IsADirectoryError KeyError KeyboardInterrupt LookupError
    MemoryError ModuleNotFoundError NameError NotADirectoryError NotImplemented NotImplementedError OSError
    OverflowError OverflowWarning PendingDeprecationWarning ProcessLookupError RecursionError ReferenceError
    ResourceWarning RuntimeError RuntimeWarning StandardError StopAsyncIteration StopIteration SyntaxError
    SyntaxWarning SystemError SystemExit TabError TimeoutError TypeError UnboundLocalError UnicodeDecodeError
    UnicodeEncodeError UnicodeError UnicodeTranslateError UnicodeWarning UserWarning ValueError VMSError
    Warning WindowsError ZeroDivisionError""".split()
)

# Ruby's [[:alpha:]_][[:alnum:]_]* (Unicode letters)
IDENT = r"[^\W\d][\w]*"
DOTTED = r"(?:[^\W\d]|[.])[\w.]*"
DIGITS = r"[0-9](?:_?[0-9])*"
DECIMAL = rf"(?:(?:{DIGITS})?\.{DIGITS}|{DIGITS}\.)"
EXPONENT = rf"e[+-]?{DIGITS}"


def identifier(ctx: Context, m: re.Match[str]) -> None:
    """An identifier, classified by the running lexer's keywords (Cython's add a few) and Python's builtins."""
    word = m.group(0)
    if word in ctx.lexer.KEYWORDS:  # type: ignore[attr-defined]
        ctx.token(Keyword)
    elif word in EXCEPTIONS or word in BUILTINS:
        ctx.token(Name.Builtin)
    elif word in BUILTINS_PSEUDO:
        ctx.token(Name.Builtin.Pseudo)
    else:
        ctx.token(Name)


def _string_start(ctx: Context, m: re.Match[str]) -> None:
    groups(String.Affix, String)(ctx, m)
    ctx.vars.setdefault("strings", []).append((m.group(1).lower(), m.group(2)))
    ctx.push("generic_string")


def _string_quote(ctx: Context, m: re.Match[str]) -> None:
    ctx.token(String)
    strings = ctx.vars["strings"]
    if strings[-1][1] == m.group(0):
        strings.pop()
        ctx.pop()


def _string_brace(ctx: Context, m: re.Match[str]) -> None:
    if "f" in ctx.vars["strings"][-1][0]:
        ctx.token(String.Interpol)
        ctx.push("generic_interpol")
    else:
        ctx.token(String)


def _escape(ctx: Context, m: re.Match[str]) -> None:
    ctx.token(String if "r" in ctx.vars["strings"][-1][0] else String.Escape)
    ctx.pop()


def _def_or_class(state: str) -> object:
    def action(ctx: Context, m: re.Match[str]) -> None:
        groups(Keyword, Text)(ctx, m)
        ctx.push(state)

    return action


class PythonLexer(RougeLexer):
    """Rouge's `Rouge::Lexers::Python`."""

    KEYWORDS: ClassVar[frozenset[str]] = KEYWORDS
    flags = re.MULTILINE  # identifiers are Unicode ([[:alpha:]])

    tokens = {
        "root": [
            (r"\n+", Text),
            (rf'(?is)^(:)({RUBY_SPACE}*)([ru]{{,2}}""".*?""")', groups(Punctuation, Text, String.Doc)),
            (r"[ \t\v\f\r]+", Text),
            (r"#(.*)?\n?", Comment.Single),
            (r"[\[\]{}:(),;.]", Punctuation),
            (r"\\\n", Text),
            (r"\\", Text),
            (r"(in|is|and|or|not)\b", Operator.Word),
            (r"(<<|>>|//|\*\*)=?", Operator),
            (r"[-~+/*%=<>&^|@]=?|!=", Operator),
            (
                rf"(from)((?:\\{RUBY_SPACE}|{RUBY_SPACE})+)({DOTTED})((?:\\{RUBY_SPACE}|{RUBY_SPACE})+)(import)",
                groups(Keyword.Namespace, Text, Name.Namespace, Text, Keyword.Namespace),
            ),
            (rf"(import)({RUBY_SPACE}+)({DOTTED})", groups(Keyword.Namespace, Text, Name.Namespace)),
            (rf"(def)((?:{RUBY_SPACE}|\\{RUBY_SPACE})+)", _def_or_class("funcname")),
            (rf"(class)((?:{RUBY_SPACE}|\\{RUBY_SPACE})+)", _def_or_class("classname")),
            (r"`.*?`", String.Backtick),
            (r"(?i)([rfbu]{0,2})('''|\"\"\"|['\"])", _string_start),
            (rf"(?i)@{DOTTED}", Name.Decorator),
            (IDENT, identifier),
            (rf"(?i){DECIMAL}(?:{EXPONENT})?j?", Number.Float),
            (rf"(?i){DIGITS}{EXPONENT}j?", Number.Float),
            (rf"(?i){DIGITS}j", Number.Float),
            (r"(?i)0b(_?[0-1])+", Number.Bin),
            (r"(?i)0o(_?[0-7])+", Number.Oct),
            (r"(?i)0x(_?[a-f0-9])+", Number.Hex),
            (r"\d+L", Number.Integer.Long),
            (r"([1-9](_?[0-9])*|0(_?0)*)", Number.Integer),
        ],
        "funcname": [(IDENT, Name.Function, "#pop")],
        "classname": [(IDENT, Name.Class, "#pop")],
        "generic_string": [
            (r"[^'\"\\{]+", String),
            (r"{{", String),
            (r"'''|\"\"\"|['\"]", _string_quote),
            (r"(?=\\)", String, "generic_escape"),
            (r"{", _string_brace),
        ],
        "generic_escape": [
            (
                r"\\([\\abfnrtv\"']|\n|newline|N{[a-zA-Z][a-zA-Z ]+[a-zA-Z]}|u[a-fA-F0-9]{4}|U[a-fA-F0-9]{8}"
                r"|x[a-fA-F0-9]{2}|[0-7]{1,3})",
                _escape,
            ),
            (r"\\.", String, "#pop"),
        ],
        "generic_interpol": [
            (r"[^{}!:]+", lambda ctx, m: ctx.recurse()),
            (r"![asr]", String.Interpol),
            (r":", String.Interpol),
            (r"{", String.Interpol, "generic_interpol"),
            (r"}", String.Interpol, "#pop"),
        ],
    }
