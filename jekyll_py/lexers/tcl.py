"""Rouge's `tcl` lexer, quirks kept: a word runs on through spaces (only tabs, `;`, closing brackets and line
ends stop it), so `set x 1` is one `Text` token and a keyword or builtin is highlighted only when a tab, `;`,
closer or line end follows it (`return`, `puts\tx`); plain text before a bracket, brace, quote or backslash is cut
there. A command's arguments get a state of their own only once such a stop follows its first word, and only
there are `else`, `elseif` and `then` keywords wherever an argument starts (`if\t{a} {x}else{y}`, not
`if {a} {x} else {y}`). Braces, parentheses and brackets each get a command state and an argument state of their
own; a `}` closes the innermost open brace whatever is open inside it (a string or bracket too), and strings
count their `{` and `}` across the whole run, so after a string holding `{` the `}` of a later string in braces
(`{ puts "}" }`) stays in that string instead of closing the brace.

Documented choice: Rouge raises (`nil - 1`) on a `}` in a string outside any braces when no string before it held
a `{` (`set a "}"`); here that count starts at 0, so such a `}` is part of the string like any other character.
"""

from __future__ import annotations

import re
from typing import Any

from pygments.token import Comment, Error, Keyword, Name, Punctuation, String, Text, _TokenType

from jekyll_py.lexers.base import Context, RougeLexer, include

KEYWORDS = frozenset(
    "after apply array break catch continue elseif else error eval expr for foreach global if namespace proc"
    " rename return set switch then trace unset update uplevel upvar variable vwait while".split()
)
BUILTINS = frozenset(
    "append bgerror binary cd chan clock close concat dde dict encoding eof exec exit fblocked fconfigure fcopy"
    " file fileevent flush format gets glob history http incr info interp join lappend lassign lindex linsert"
    " list llength load loadTk lrange lrepeat lreplace lreverse lsearch lset lsort mathfunc mathop memory msgcat"
    " open package pid pkg::create pkg_mkIndex platform platform::shell puts pwd re_syntax read refchan regexp"
    " registry regsub scan seek socket source split string subst tell time tm unknown unload".split()
)

END_LINE = r"\)\]\};\n"  # Rouge's END_LINE and END_WORD, as character class contents
END_WORD = END_LINE + r"\r\t\v"
CLOSERS = r"[\)\]\}]"  # Rouge's `CLOSE - [close]` removes nothing: `close` is a Regexp there


def _pop_to_brace(ctx: Context) -> None:
    """Close the innermost open brace, dropping every state opened inside it."""
    while ctx.stack[-1] != "brace":
        ctx.pop()
    ctx.pop()
    ctx.token(Punctuation)


def _brace_abort(ctx: Context, m: re.Match[str]) -> None:
    if ctx.in_state("brace"):
        _pop_to_brace(ctx)
    else:
        ctx.token(Error)


def _command_word(ctx: Context, m: re.Match[str]) -> None:
    word = m.group(0)
    ctx.token(Keyword if word in KEYWORDS else Name.Builtin if word in BUILTINS else Text)


def _string_open_brace(ctx: Context, m: re.Match[str]) -> None:
    ctx.vars["brace_count"] = ctx.vars.get("brace_count", 0) + 1
    ctx.token(String.Double)


def _string_close_brace(ctx: Context, m: re.Match[str]) -> None:
    count = ctx.vars.get("brace_count", 0)
    if ctx.in_state("brace") and count == 0:
        _pop_to_brace(ctx)
    else:
        ctx.vars["brace_count"] = count - 1
        ctx.token(String.Double)


def _close_args(ctx: Context, m: re.Match[str]) -> None:
    ctx.token(Punctuation)
    ctx.pop(2)


def _command_state(name: str = "") -> dict[str, list[Any]]:
    """Rouge's `gen_command_state`: the command word, then its arguments in `params{name}`."""
    return {
        f"command{name}": [
            include("word"),
            (rf"#[^{END_LINE}]+", Comment.Single),
            (rf"(?=[{END_WORD}])", None, f"params{name}"),
            (rf"[^{END_WORD}]+", _command_word),
            include("whitespace"),
        ]
    }


def _delimiter_states(name: str, close: str, mismatched: _TokenType) -> dict[str, list[Any]]:
    """Rouge's `gen_delimiter_states`: the delimited state, its command and argument states."""
    return {
        **_command_state(f"_in_{name}"),
        f"params_in_{name}": [(close, _close_args), (CLOSERS, mismatched), include("params")],
        name: [(close, Punctuation, "#pop"), include(f"command_in_{name}")],
    }


class TclLexer(RougeLexer):
    """Rouge's `Rouge::Lexers::TCL`."""

    tokens = {
        "word": [
            (r"\{\*\}", Keyword),
            include("brace_abort"),
            include("interp"),
            (r"\{", Punctuation, "brace"),
            (r"\(", Punctuation, "paren"),
            ('"', String.Double, "string"),
            (rf'[^{END_WORD}]+?(?=[\(\[\{{"\\])', Text),
        ],
        **_command_state(),
        "brace_abort": [("}", _brace_abort)],
        "params": [
            (";", Punctuation, "#pop"),
            (r"\n", Text, "#pop"),
            ("else|elseif|then", Keyword),
            include("word"),
            include("whitespace"),
            (rf"[^{END_WORD}]+", Text),
        ],
        **_delimiter_states("brace", r"\}", Text),
        **_delimiter_states("paren", r"\)", Error),
        **_delimiter_states("bracket", r"\]", Error),
        "root": [include("command")],
        "whitespace": [(r"\s+", Text)],
        "interp": [
            (r"\[", Punctuation, "bracket"),
            (r"\$[a-z0-9.:-]+", Name.Variable),
            (r"(?s)\$\{.*?\}", Name.Variable),
            (r"\$", Text),
            (r"\\[0-7]{3}", String.Escape),
            (r"(?i)\\x[0-9a-f]{2}", String.Escape),
            (r"(?i)\\u[0-9a-f]{4}", String.Escape),
            (r"(?s)\\.", String.Escape),
        ],
        "string": [
            ('"', String.Double, "#pop"),
            include("interp"),
            (r'[^\\\[\$"{}]+', String.Double),
            ("{", _string_open_brace),
            ("}", _string_close_brace),
        ],
    }
