"""Rouge's `sas` lexer: a `root` state for DATA steps and a `proc` state entered by `proc NAME`, both mixing in
the same shared rules before and after their keyword lookup. Words are keywords when their upcased form is in
Rouge's sets (`sas_words.py`): DATA step statements and functions everywhere, and inside a procedure also the
keywords Rouge lists for that procedure (its name is kept, as Rouge's `@proc_name`, in `ctx.vars`). A procedure
ends at `quit` or `run`, even where they only begin a word (`runtime`). `* ... ;` statements are comments at a
line's start or after a `;`, and `datalines;` blocks are heredocs up to the next `;`.

`datalines4;` is a documented choice: the last rule of Rouge's state, `;{,3}`, can match nothing, so Rouge raises
`InvalidRegex` when it first builds the state and Jekyll's build fails; later runs in that process get the
state's first two rules. We always lex with those two rules (`;;;;` ends the block, a shorter run of `;` is
`Error`), so such a block highlights instead of stopping the build.

Rouge's rules are case-insensitive (`/i`), and Onigmo folds more than ASCII: the Kelvin sign is a `k`, the long
`ſ` an `s`, and the ligature `ﬁ` is the two letters `fi`, while Python's `(?i)` would add the Turkish `İ ı` to
`i` instead; so these rules spell their letters out (`nocase`, `AZ`). A trailing `\\b` is Onigmo's (no
`onigmo_words.WORD` character may follow). Rouge's few rules that can never match are left out: whitespace
before a missing value `.` (the leading `\\s+` rule takes it first), `<>`, `><` and `||` (`<`, `>` and `|`
are operators on their own before them).
"""

from __future__ import annotations

import re

from pygments.token import Comment, Keyword, Literal, Name, Number, Operator, Punctuation, String, Text

from jekyll_py.lexers.base import Context, RougeLexer, groups, include, words
from jekyll_py.lexers.sas_words import (
    DATA_STEP_STATEMENTS,
    FUNCTIONS,
    MACRO_FUNCTIONS,
    MACRO_STATEMENTS,
    PROC_KEYWORDS,
    PROC_NAMES,
)
from jekyll_py.onigmo_words import WORD

END = f"(?![{WORD}])"  # Onigmo's `\b` after a word character
FOLDS = {"k": "\u212a", "s": "\u017f"}  # what else Onigmo's /i takes for these letters
AZ = "a-zA-Z\u017f\u212a"  # Onigmo's `[a-z]` under /i
STEP_KEYWORDS = DATA_STEP_STATEMENTS | FUNCTIONS
MACRO_KEYWORDS = MACRO_STATEMENTS | MACRO_FUNCTIONS


def nocase(*names: str) -> str:
    """Rouge's lowercase words under /i, as one alternation: each letter in either case or its fold, and `fi`
    also as the ligature."""

    def letter(ch: str) -> str:
        return f"[{ch}{ch.upper()}{FOLDS.get(ch, '')}]" if ch.isalpha() else ch

    return words(["".join(map(letter, name)).replace("[fF][iI]", "(?:[fF][iI]|\ufb01)") for name in names])


AUTO_VARIABLES = nocase("_n_", "_error_", "_file_", "_infile_", "_msg_", "_iorc_", "_cmd_")
VARIABLE_LISTS = nocase("_character_", "_numeric_", "_all_")


def _macro(ctx: Context, m: re.Match[str]) -> None:
    ctx.token(Keyword if m.group(0).upper() in MACRO_KEYWORDS else Name)


def _proc(ctx: Context, m: re.Match[str]) -> None:
    ctx.vars["proc_name"] = name = m.group(3).upper()
    groups(Keyword, Text, Keyword if name in PROC_NAMES else Name)(ctx, m)


def _step_word(ctx: Context, m: re.Match[str]) -> None:
    ctx.token(Keyword if m.group(0).upper() in STEP_KEYWORDS else Name)


def _proc_word(ctx: Context, m: re.Match[str]) -> None:
    word = m.group(0).upper()
    own = PROC_KEYWORDS.get(ctx.vars["proc_name"], frozenset())
    ctx.token(Keyword if word in STEP_KEYWORDS or word in own else Name)


class SasLexer(RougeLexer):
    """Rouge's `Rouge::Lexers::SAS`."""

    tokens = {
        "basics": [
            (r"\s+", Text),
            (r"^\s*%?\*[^;]*;", Comment.Single),
            (r"(;)(\s*)(%?\*[^;]*;)", groups(Punctuation, Text, Comment.Single)),
            (r"(?s)/[*].*?[*]/", Comment.Multiline),
            (rf"'[0-9{AZ}]+?'[dD]", Literal.Date),
            (r"'.+?'[dD][tT]", Literal.Date),
            (r"'[0-9:]+?(?:[aApP|][mM])?'[tT]", Literal.Date),
            (r"'", String.Single, "single_string"),
            (r'"', String.Double, "double_string"),
            (rf"&[{AZ}0-9_&.]+", Name.Variable),
            (r"\d[0-9a-fA-F]*[xX]", Number.Hex),
            (r"\d[0-9eE\-.]+", Number),
            (rf"\b{AUTO_VARIABLES}{END}", Name.Builtin.Pseudo),
            (rf"\b{VARIABLE_LISTS}{END}", Name.Builtin),
            (r"\b(" + nocase("datalines", "cards") + r")(\s*)(;)", groups(Keyword, Text, Punctuation), "datalines"),
            (r"\b(" + nocase("datalines4", "cards4") + r")(\s*)(;)", groups(Keyword, Text, Punctuation),
             "datalines4"),
            (r"\*\*|[*/+-]", Operator),
            (r"[^¬~]?=:?|[<>]=?:?", Operator),
            (r"\b" + nocase("eq", "ne", "gt", "lt", "ge", "le", "in") + END, Operator.Word),
            (r"[&|!¦¬∘~]", Operator),
            (r"\b" + nocase("and", "or", "not") + END, Operator.Word),
            (r"\b" + nocase("of") + END, Operator.Word),
            (r"\b" + nocase("like") + END, Operator.Word),
            (r"\d+", Number.Integer),
            (r"\$", Keyword.Type),
            (r"(" + nocase("%macro", "%mend") + r")(\s*)(\w+)", groups(Keyword, Text, Name.Function)),
            (r"%mend", Keyword),
            (r"%\w+", _macro),
        ],
        "basics2": [
            (r"[(),;:{}\[\]\\.]", Punctuation),
            (r"[@?]", String.Symbol),
            (r"[^\s]+", Text),
        ],
        "root": [
            include("basics"),
            (r"(" + nocase("proc") + r")(\s+)(\w+)", _proc, "proc"),
            (r"(" + nocase("data") + r")(\s+)([\w.]+)", groups(Keyword, Text, Name.Variable)),
            (r"(" + nocase("libname") + r")(\s+)(\w+)", groups(Keyword, Text, Name.Variable)),
            (r"\w+", _step_word),
            include("basics2"),
        ],
        "single_string": [
            (r"''", String.Escape),
            (r"'", String.Single, "#pop"),
            (r"[^']+", String.Single),
        ],
        "double_string": [
            (rf"&[{AZ}0-9_&]+\.?", String.Interpol),
            (r'""', String.Escape),
            (r'"', String.Double, "#pop"),
            (r'[^&"]+', String.Double),
            (r"&", String.Double),
        ],
        "datalines": [
            (r"[^;]", String.Heredoc),
            (r";", Punctuation, "#pop"),
        ],
        "datalines4": [  # what Rouge's state holds after failing on its third rule, `;{,3}`
            (r";{4}", Punctuation, "#pop"),
            (r"[^;]", String.Heredoc),
        ],
        "proc": [
            (nocase("quit", "run"), Keyword, "#pop"),
            include("basics"),
            (r"\w+", _proc_word),
            include("basics2"),
        ],
    }
