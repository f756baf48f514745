"""Rouge's `rust` lexer: a `bol` state, entered at the start and after newlines, makes a rustdoc `# ` line a
special comment; block comments nest and keep the kind (doc or not) of their outermost opening; a macro call
`name!` is lexed with the root rules until its brackets balance, counted in one table shared by all macros of the
run (so an unbalanced macro leaves the count off for the next ones); names are Unicode identifiers
(`[\\p{XID_Start}_]\\p{XID_Continue}*`, dumped from Ruby in `rust_words.py`)."""

from __future__ import annotations

import re
from typing import Any

from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from jekyll_py.lexers.base import Context, RougeLexer, groups, include, words
from jekyll_py.lexers.rust_words import XID_CONTINUE, XID_START
from jekyll_py.onigmo_words import WORD

KEYWORDS = """
    as async await break const continue crate dyn else enum extern false fn for if impl in let log loop match mod move
    mut pub ref return self Self static struct super trait true type unsafe use where while abstract become box do
    final macro override priv typeof unsized virtual yield try union
"""
BUILTINS = frozenset(
    """
    Add BitAnd BitOr BitXor bool c_char c_double c_float char c_int clock_t c_long c_longlong Cons Const Copy c_schar
    c_short c_uchar c_uint c_ulong c_ulonglong c_ushort c_void dev_t DIR dirent Div Either Eq Err f32 f64 Failure FILE
    float fpos_t i16 i32 i64 i8 isize Index ino_t int intptr_t Left mode_t Modulo Mul Neg Nil None Num off_t Ok
    Option Ord Owned pid_t Ptr ptrdiff_t Right Send Shl Shr size_t Some ssize_t str Sub Success time_t u16 u32 u64 u8
    usize uint uintptr_t Box Vec String Gc Rc Arc u128 i128 Result Sync Pin Unpin Sized Drop drop Fn FnMut FnOnce
    Clone PartialEq PartialOrd AsMut AsRef From Into Default DoubleEndedIterator ExactSizeIterator Extend
    IntoIterator Iterator
    """.split()
)

ID = f"[{XID_START}_][{XID_CONTINUE}]*"
WORD_END = f"(?![{WORD}])"  # Onigmo's `\b` after a word (Rouge's words here all end with a letter)
HEX = "[0-9a-fA-F]"
ESCAPES = rf"""\\(?:[nrt'"\\0]|x{HEX}{{2}}|u\{{(?:{HEX}_*){{1,6}}\}})"""
SIZE = "(?:8|16|32|64|128|size)"
DOT = "[.][0-9][0-9_]*"
EXP = "[eE][-+]?[0-9_]+"
FLT = "(?:f32|f64)"
FLOAT = rf"[0-9][0-9_]*(?:{DOT}(?:{EXP})?{FLT}?|(?:{DOT})?{EXP}{FLT}?|(?:{DOT})?(?:{EXP})?{FLT}|[.](?![._{XID_START}]))"
INTEGER = rf"(?:0b[10_]+|0x[0-9a-fA-F_]+|0o[0-7_]+|[0-9][0-9_]*)(?:u{SIZE}?|i{SIZE})?"
CLOSING = {"[": "]", "(": ")", "{": "}"}


def _open(ctx: Context, m: re.Match[str]) -> None:
    ctx.vars["macro_delims"][CLOSING[m.group(0)]] += 1
    ctx.token(Punctuation)


def _close(ctx: Context, m: re.Match[str]) -> None:
    delims = ctx.vars["macro_delims"]
    delims[m.group(0)] -= 1
    if not any(delims.values()):
        ctx.pop()
    ctx.token(Punctuation)


def _name(ctx: Context, m: re.Match[str]) -> None:
    ctx.token(Name.Builtin if m.group(0) in BUILTINS else Name)


def _nested_block(state: str, token: Any) -> list[tuple[Any, ...]]:
    """Rouge's two nested block comment states: everything inside is of the outermost opening's kind."""
    return [(r"\*/", token, "#pop"), (r"/\*", token, state), (r"[^*/]+|[*/]", token)]


class RustLexer(RougeLexer):
    """Rouge's `Rouge::Lexers::Rust`."""

    def start(self, ctx: Context) -> None:
        ctx.vars["macro_delims"] = {"]": 0, ")": 0, "}": 0}
        ctx.push("bol")

    tokens = {
        "bol": [include("whitespace"), (r"#\s[^\n]*", Comment.Special), ("", None, "#pop")],
        "attribute": [
            include("whitespace"),
            include("has_literals"),
            (r"[(,)=:]", Name.Decorator),
            (r"\]", Name.Decorator, "#pop"),
            (ID, Name.Decorator),
        ],
        "whitespace": [(r"\s+", Text), include("comments")],
        "comments": [
            (r"////+[^\n]*", Comment.Single),
            (r"//[/!][^\n]*", Comment.Doc),
            (r"//[^\n]*", Comment.Single),
            (r"/\*\*\*?/", Comment.Multiline),
            (r"/\*\*\*+", Comment.Multiline, "nested_plain_block"),
            (r"/[*][*!]", Comment.Doc, "nested_doc_block"),
            (r"/[*]", Comment.Multiline, "nested_plain_block"),
        ],
        "nested_plain_block": _nested_block("nested_plain_block", Comment.Multiline),
        "nested_doc_block": _nested_block("nested_doc_block", Comment.Doc),
        "root": [
            (r"\n", Text, "bol"),
            include("whitespace"),
            (r"#!?\[", Name.Decorator, "attribute"),
            (words(KEYWORDS, WORD_END), Keyword),
            include("has_literals"),
            (r"[=-]>", Keyword),
            (r"<->", Keyword),
            (r"[()\[\]{}|,:;]", Punctuation),
            (r"[*/!@~&+%^<>=?-]|\.{2,3}", Operator),
            (rf"(?:[.]\s*)?{ID}(?=\s*[(])", Name.Function),
            (rf"[.]\s*await{WORD_END}", Keyword),
            (rf"[.]\s*{ID}", Name.Property),
            (r"[.]\s*\d+", Name.Attribute),
            (rf"({ID})(::)", groups(Name.Namespace, Punctuation)),
            (r"macro_rules!", Name.Decorator, "macro_rules"),
            (rf"{ID}!", Name.Decorator, "macro"),
            (rf"'static{WORD_END}", Keyword),
            (rf"'{ID}", Name.Variable),
            (ID, _name),
        ],
        "macro": [
            include("has_literals"),
            (r"[\[{(]", _open),
            (r"[\]})]", _close),
            (rf"{ID}!", Name.Decorator),
            include("root"),
            (".", Text),
        ],
        "macro_rules": [(rf"[$]{ID}(?::{ID})?", Name.Variable), (r"[$]", Name.Variable), include("macro")],
        "has_literals": [
            (rf"(?:true|false){WORD_END}", Keyword.Constant),
            (rf"b?'(?:{ESCAPES}|[^\\])'", String.Char),
            ('b?"', String, "string"),
            (r'b?r(#*)"(?s:.*?)"\1', String),
            (FLOAT, Number.Float),
            (INTEGER, Number.Integer),
        ],
        "string": [('"', String, "#pop"), (ESCAPES, String.Escape), (r'[^"\\]+', String)],
    }
