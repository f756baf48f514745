"""Rouge's `sml` (Standard ML) lexer. Its states follow the grammar rather than the lexical classes: `let`, `if`
and `local` push the current state twice and `struct`, `sig`, `while` once, to be popped by `in`/`end`/`then`/
`else`/`do` (and brackets push `main`, closers pop, down to `root`, which pushes `main` again), so the blocks of
a program nest on the stack. After `val`, `fun`, `type`, `datatype`, `exception` or `structure` a state names
what is bound (`Name.Variable`, `Name.Function`, `Keyword.Type`, `Name.Class`, `Name.Namespace`), and the
`breakout` lookahead leaves those states, without consuming, at the next reserved word. Rouge's `tname` repeats
two rules of the `has_annotations` it mixes in just before them; those copies can never match and are left out,
as is `token_for_final_id`, which nothing calls.

An `exception` that no binding follows makes a run of empty steps (`ename` leaves it at `breakout`, the state
below enters `ename` again); past Rouge's limit the engine goes on after the failing mixin, as Rouge does
(`RougeLexer._resume`)."""

from __future__ import annotations

import re

from pygments.token import Comment, Error, Keyword, Name, Number, Punctuation, String, Text, _TokenType

from jekyll_py.lexers.base import Context, RougeLexer, groups, include, words

RESERVED = (
    "abstype and andalso as case datatype do else end exception fn fun handle if in infix infixr let local nonfix "
    "of op open orelse raise rec then type val with withtype while eqtype functor include sharing sig signature "
    "struct structure where".split()
)
KEYWORDS = frozenset(RESERVED)
SYMBOLIC_RESERVED = frozenset(": | = => -> # :>".split())

ID = r"[\w']+"
SYMBOL = r"[!%&$#/:<=>?@\\~`^|*+-]+"
HEX = "[0-9a-fA-F]"
# a word ahead that is a whole reserved word (Ruby's leading `\b` sees no character behind the scan position)
RESERVED_AHEAD = "(?=" + words(RESERVED) + r"\b(?!'))"


def token_for_id(word: str) -> _TokenType:
    if word in KEYWORDS:
        return Keyword.Reserved
    if word in SYMBOLIC_RESERVED:
        return Punctuation
    return Name


def identifier(ctx: Context, m: re.Match[str]) -> None:
    ctx.token(token_for_id(m.group(0)))


def identifier_last(ctx: Context, m: re.Match[str]) -> None:
    """The last name of a dotted path, which ends the path."""
    ctx.token(token_for_id(m.group(0)))
    ctx.pop()


def path_part(ctx: Context, m: re.Match[str]) -> None:
    """`A.` of a path `A.B.c`: a structure name, or an error where it is a reserved word."""
    ctx.token(Error if m.group(1) in KEYWORDS else Name.Namespace, m.group(1))
    ctx.token(Punctuation, m.group(2))


def path_start(ctx: Context, m: re.Match[str]) -> None:
    path_part(ctx, m)
    ctx.push("dotted")


def push_twice(ctx: Context, m: re.Match[str]) -> None:
    """`let`, `if`, `local`: closed by two of `in`/`end` or `then`/`else`."""
    ctx.token(Keyword.Reserved)
    ctx.push()
    ctx.push()


class SmlLexer(RougeLexer):
    """Rouge's `Rouge::Lexers::SML`."""

    tokens = {
        "whitespace": [
            (r"\s+", Text),
            (r"[(][*]", Comment, "comment"),
        ],
        "delimiters": [
            (r"[(\[{]", Punctuation, "main"),
            (r"[)\]}]", Punctuation, "#pop"),
            (r"\b(let|if|local)\b(?!')", push_twice),
            (r"\b(struct|sig|while)\b(?!')", Keyword.Reserved, "#push"),
            (r"\b(do|else|end|in|then)\b(?!')", Keyword.Reserved, "#pop"),
        ],
        "core": [
            (r"[()\[\]{},;_]|[.][.][.]", Punctuation),
            ('#"', String.Char, "char"),
            ('"', String.Double, "string"),
            (rf"~?0x{HEX}+", Number.Hex),
            (rf"0wx{HEX}+", Number.Hex),
            (r"0w\d+", Number.Integer),
            (r"~?\d+([.]\d+)?[eE]~?\d+", Number.Float),
            (r"~?\d+[.]\d+", Number.Float),
            (r"~?\d+", Number.Integer),
            (r"#\s*[1-9][0-9]*", Name.Label),
            (rf"#\s*{ID}", Name.Label),
            (rf"#\s+{SYMBOL}", Name.Label),
            (r"\b(datatype|abstype)\b(?!')", Keyword.Reserved, "dname"),
            (r"(?=exception\b(?!'))", None, "ename"),
            (r"\b(functor|include|open|signature|structure)\b(?!')", Keyword.Reserved, "sname"),
            (r"\b(type|eqtype)\b(?!')", Keyword.Reserved, "tname"),
            (f"'{ID}", Name.Decorator),
            (rf"({ID})([.])", path_start),
            (ID, identifier),
            (SYMBOL, identifier),
        ],
        "dotted": [
            (rf"({ID})([.])", path_part),
            (ID, identifier_last),
            (SYMBOL, identifier_last),
        ],
        "root": [
            (r"#!.*?\n", Comment.Preproc),
            ("", None, "main"),
        ],
        "main": [
            include("whitespace"),
            (r"\b(val|and)\b(?!')", Keyword.Reserved, "vname"),
            (r"\b(fun)\b(?!')", Keyword.Reserved, ("#goto:main_fun", "fname")),
            include("delimiters"),
            include("core"),
        ],
        "main_fun": [
            include("whitespace"),
            (r"\b(fun|and)\b(?!')", Keyword.Reserved, "fname"),
            (r"\bval\b(?!')", Keyword.Reserved, ("#goto:main", "vname")),
            (r"[|]", Punctuation, "fname"),
            (r"\b(case|handle)\b(?!')", Keyword.Reserved, "#goto:main"),
            include("delimiters"),
            include("core"),
        ],
        "has_escapes": [
            (r'\\[\\"abtnvfr]', String.Escape),
            (r"\\\^[\x40-\x5e]", String.Escape),
            (r"\\[0-9]{3}", String.Escape),
            (rf"\\u{HEX}{{4}}", String.Escape),
            (r"\\\s+\\", String.Interpol),
        ],
        "string": [
            (r'[^"\\]+', String.Double),
            ('"', String.Double, "#pop"),
            include("has_escapes"),
        ],
        "char": [
            (r'[^"\\]+', String.Char),
            ('"', String.Char, "#pop"),
            include("has_escapes"),
        ],
        "breakout": [
            (RESERVED_AHEAD, None, "#pop"),
        ],
        "sname": [
            include("whitespace"),
            include("breakout"),
            (ID, Name.Namespace),
            ("", None, "#pop"),
        ],
        "has_annotations": [
            (r"'[\w']*", Name.Decorator),
            (r"[(]", Punctuation, "tyvarseq"),
        ],
        "fname": [
            include("whitespace"),
            include("has_annotations"),
            (ID, Name.Function, "#pop"),
            (SYMBOL, Name.Function, "#pop"),
        ],
        "vname": [
            include("whitespace"),
            include("has_annotations"),
            (rf"({ID})(\s*)(=(?!{SYMBOL}))", groups(Name.Variable, Text, Punctuation), "#pop"),
            (rf"({SYMBOL})(\s*)(=(?!{SYMBOL}))", groups(Name.Variable, Text, Punctuation)),  # stays in `vname`
            (ID, Name.Variable, "#pop"),
            (SYMBOL, Name.Variable, "#pop"),
            ("", None, "#pop"),
        ],
        "tname": [
            include("whitespace"),
            include("breakout"),
            include("has_annotations"),
            (f"=(?!{SYMBOL})", Punctuation, "#goto:typbind"),
            (ID, Keyword.Type),
            (SYMBOL, Keyword.Type),
        ],
        "typbind": [
            include("whitespace"),
            (r"\b(and)\b(?!')", Keyword.Reserved, "#goto:tname"),
            include("breakout"),
            include("core"),
        ],
        "dname": [
            include("whitespace"),
            include("breakout"),
            include("has_annotations"),
            (r"(=)(\s*)(datatype)\b", groups(Punctuation, Text, Keyword.Reserved), "#pop"),
            (f"=(?!{SYMBOL})", Punctuation, ("#goto:datbind", "datcon")),
            (ID, Keyword.Type),
            (SYMBOL, Keyword.Type),
        ],
        "datbind": [
            include("whitespace"),
            (r"\b(and)\b(?!')", Keyword.Reserved, "#goto:dname"),
            (r"\b(withtype)\b(?!')", Keyword.Reserved, "#goto:tname"),
            (r"\bof\b(?!')", Keyword.Reserved),
            (rf"([|])(\s*)({ID})", groups(Punctuation, Text, Name.Class)),
            (rf"([|])(\s+)({SYMBOL})", groups(Punctuation, Text, Name.Class)),
            include("breakout"),
            include("core"),
        ],
        "ename": [
            include("whitespace"),
            (rf"(exception|and)(\s+)({ID})", groups(Keyword.Reserved, Text, Name.Class)),
            (rf"(exception|and)(\s*)({SYMBOL})", groups(Keyword.Reserved, Text, Name.Class)),
            (r"\b(of)\b(?!')", Keyword.Reserved),
            include("breakout"),
            include("core"),
        ],
        "datcon": [
            include("whitespace"),
            (ID, Name.Class, "#pop"),
            (SYMBOL, Name.Class, "#pop"),
        ],
        "tyvarseq": [
            include("whitespace"),
            (r"'[\w']*", Name.Decorator),
            (ID, Name),
            (",", Punctuation),
            (r"[)]", Punctuation, "#pop"),
            (SYMBOL, Name),
        ],
        "comment": [
            (r"[^(*)]+", Comment.Multiline),
            (r"[(][*]", Comment.Multiline, "#push"),
            (r"[*][)]", Comment.Multiline, "#pop"),
            (r"[(*)]", Comment.Multiline),
        ],
    }
