"""Rouge's `swift` lexer: a `bol` state, entered at the start and after newlines, makes a `#...` line a
preprocessor comment; comments nest; a string's `\\(...)` interpolation lexes its expression with the root rules,
counting parentheses to find its end; names are Unicode identifiers (`swift_words.py`), told apart by keyword
sets, a following `(` (a call) or `:` (a label), and a capital first letter (a type)."""

from __future__ import annotations

import re

from pygments.token import Comment, Error, Keyword, Name, Number, Operator, Punctuation, String, Text

from jekyll_py.lexers.base import Context, RougeLexer, groups, include, words
from jekyll_py.lexers.swift_words import ID_HEAD, ID_REST, UPPER
from jekyll_py.onigmo_words import WORD

KEYWORDS = frozenset(
    """await break case continue default do else fallthrough if in for return switch where while try catch throw
    guard defer repeat as dynamicType is new super self Self Type __COLUMN__ __FILE__ __FUNCTION__ __LINE__
    associativity async didSet get infix inout isolated mutating none nonmutating operator override postfix
    precedence prefix set unowned weak willSet throws rethrows precedencegroup #available #colorLiteral #column
    #else #elseif #endif #error #file #fileLiteral #function #if #imageLiteral #line #selector #sourceLocation
    #warning""".split()
)
DECLARATIONS = frozenset(
    """actor class deinit enum convenience extension final func import init internal lazy let nonisolated optional
    private protocol public required static struct subscript typealias var dynamic indirect associatedtype open
    fileprivate some""".split()
)
CONSTANTS = frozenset("true false nil".split())

ID = f"[{ID_HEAD}][{ID_REST}]*"
STARTS_UPPER = re.compile(f"[{UPPER}]")
# Onigmo's `\b` where Rouge uses it: at the scan position (which the scanner sees as the text's start) and after a
# word (keywords all end with a letter)
WORD_AHEAD = f"(?=[{WORD}])"
WORD_END = f"(?![{WORD}])"
NOT_CALLED = words("if while for private internal unowned switch case", WORD_END)
# Rouge's `(?:\d+(?:_\d+)*)*\.` as `(?:...)?\.`: the same matches, without backtracking exponentially on a long
# integer (Rouge takes seconds from about 26 digits on)
FLOAT = r"(?i)(\d+(?:_\d+)*\*|(?:\d+(?:_\d+)*)?\.\d+(?:_\d)*)(e[+-]?\d+(?:_\d)*)?"
HEX = r"0x[0-9A-Fa-f]+(?:_[0-9A-Fa-f]+)*((\.[0-9A-F]+(?:_[0-9A-F]+)*)?p[+-]?\d+)?"
BACKTICKED = (rf"(`)({ID})(`)", groups(Punctuation, Name.Variable, Punctuation))


def _access_level(ctx: Context, m: re.Match[str]) -> None:
    """`private(set)` is one declaration keyword; anything else in the parentheses is an error."""
    if m.group(3) == "set":
        ctx.token(Keyword.Declaration)
    else:
        groups(Keyword.Declaration, Keyword.Declaration, Error, Keyword.Declaration)(ctx, m)


def _unowned(ctx: Context, m: re.Match[str]) -> None:
    if m.group(2) in ("safe", "unsafe"):
        ctx.token(Keyword.Declaration)
    else:
        groups(Keyword.Declaration, Error, Keyword.Declaration)(ctx, m)


def _called(ctx: Context, m: re.Match[str]) -> None:
    ctx.token(Keyword.Type if STARTS_UPPER.match(m.group(0)) else Name.Function)


def _name(ctx: Context, m: re.Match[str]) -> None:
    name = m.group(0)
    if name in KEYWORDS:
        ctx.token(Keyword)
    elif name in DECLARATIONS:
        ctx.token(Keyword.Declaration)
    elif name in CONSTANTS:
        ctx.token(Keyword.Constant)
    elif STARTS_UPPER.match(name):
        ctx.token(Keyword.Type)
    else:
        ctx.token(Name)


class SwiftLexer(RougeLexer):
    """Rouge's `Rouge::Lexers::Swift`."""

    def start(self, ctx: Context) -> None:
        ctx.push("bol")

    tokens = {
        "bol": [(r"#.*", Comment.Preproc), include("inline_whitespace"), ("", None, "#pop")],
        "inline_whitespace": [(r"\s+", Text), include("has_comments")],
        "whitespace": [
            (r"\n+", Text, "bol"),
            (r"//.*?$", Comment.Single, "bol"),
            include("inline_whitespace"),
        ],
        "has_comments": [(r"/[*]", Comment.Multiline, "nested_comment")],
        "nested_comment": [
            include("has_comments"),
            (r"[*]/", Comment.Multiline, "#pop"),
            (r"[^*/]+", Comment.Multiline),
            (r".", Comment.Multiline),
        ],
        "root": [
            include("whitespace"),
            (r"\$(([1-9]\d*)?\d)", Name.Variable),
            (r"[()\[\]{}:;,?\\]", Punctuation),
            (r"[-/=+*%<>!&|^.~]+", Operator),
            (r'@?"', String, "dq"),
            (r"'(\\.|.)'", String.Char),
            (FLOAT, Number.Float),
            (r"(?i)\d+e[+-]?[0-9]+", Number.Float),
            (r"0o?[0-7]+(?:_[0-7]+)*", Number.Oct),
            (HEX, Number.Hex),
            (r"0b[01]+(?:_[01]+)*", Number.Bin),
            (r"[\d]+(?:_\d+)*", Number.Integer),
            (rf"@{ID}", Keyword.Declaration),
            (r"(private|internal)(\([ ]*)(\w+)([ ]*\))", _access_level),
            (r"(unowned\([ ]*)(\w+)([ ]*\))", _unowned),
            (r"#available\([^)]+\)", Keyword.Declaration),
            (
                r"(#(?:selector|keyPath)\()([^)]+?(?:[(].*?[)])?)(\))",
                groups(Keyword.Declaration, Name.Function, Keyword.Declaration),
            ),
            (r"#(line|file|column|function|dsohandle)", Keyword.Declaration),
            (rf"(let|var){WORD_END}(\s*)({ID})", groups(Keyword, Text, Name.Variable)),
            (rf"(let|var){WORD_END}(\s*)([(])", groups(Keyword, Text, Punctuation), "tuple"),
            (rf"(?!{NOT_CALLED}){WORD_AHEAD}{ID}(?=(\?|!)?\s*[(])", _called),
            (r"as[?!]?(?=\s)", Keyword),
            (r"try[!]?(?=\s)", Keyword),
            (rf"(#?(?!default)(?![{UPPER}]){ID})(\s*)(:)", groups(Name.Variable, Text, Punctuation)),
            (ID, _name),
            BACKTICKED,
        ],
        "tuple": [
            (ID, Name.Variable),
            BACKTICKED,
            (r",", Punctuation),
            (r"[(]", Punctuation, "#push"),
            (r"[)]", Punctuation, "#pop"),
            include("inline_whitespace"),
        ],
        "dq": [
            (r"""\\[\\0tnr'"]""", String.Escape),
            (r"\\[(]", String.Escape, "interp"),
            (r"\\u\{[0-9a-fA-F]{1,8}\}", String.Escape),
            (r'[^\\"]+', String),
            ('"""', String, "#pop"),
            ('"', String, "#pop"),
        ],
        "interp": [(r"[(]", Punctuation, "interp_inner"), (r"[)]", String.Escape, "#pop"), include("root")],
        "interp_inner": [(r"[(]", Punctuation, "#push"), (r"[)]", Punctuation, "#pop"), include("root")],
    }
