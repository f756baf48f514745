"""Rouge's `java` lexer: method signatures re-lexed by delegation, capitalised names as classes/constants."""

from __future__ import annotations

import re

from pygments.token import Comment, Keyword, Name, Number, Operator, String, Text

from jekyll_py.lexers.base import RUBY_SPACE, Context, RougeLexer, groups

KEYWORDS = (
    "assert break case catch continue default do else finally for if goto instanceof new return switch this throw try "
    "while"
)
DECLARATIONS = (
    "abstract const enum extends final implements native private protected public static strictfp super "
    "synchronized throws transient volatile"
)
TYPES = "boolean byte char double float int long short var void"

ID = r"[^\W\d]\w*"  # [[:alpha:]_][[:word:]]*
DIGIT = r"(?:[0-9]_+[0-9]|[0-9])"


def _alternation(words: str) -> str:
    return "(?:" + "|".join(words.split()) + ")"


def _method(ctx: Context, m: re.Match[str]) -> None:
    ctx.delegate(JavaLexer, m.group(1))
    ctx.token(Name.Function, m.group(2))
    ctx.token(Text, m.group(3))
    ctx.token(Operator, m.group(4))


class JavaLexer(RougeLexer):
    """Rouge's `Rouge::Lexers::Java`."""

    flags = re.MULTILINE

    tokens = {
        "root": [
            (r"[ \t\v\f\r]+", Text),
            (r"//.*?$", Comment.Single),
            (r"(?s)/\*.*?\*/", Comment.Multiline),
            (rf"{_alternation(KEYWORDS)}\b", Keyword),
            (rf"({RUBY_SPACE}*(?:[a-zA-Z_][a-zA-Z0-9_.\[\]<>]*{RUBY_SPACE}+)+?)([a-zA-Z_][a-zA-Z0-9_]*)"
             rf"({RUBY_SPACE}*)(\()", _method),
            (rf"@{ID}", Name.Decorator),
            (rf"{_alternation(DECLARATIONS)}\b", Keyword.Declaration),
            (rf"{_alternation(TYPES)}\b", Keyword.Type),
            (r"(?:true|false|null)\b", Keyword.Constant),
            (r"(?:class|interface)\b", Keyword.Declaration, "class"),
            (r"(?:import|package)\b", Keyword.Namespace, "import"),
            (r'"(\\\\|\\"|[^"])*"', String),
            (r"'(?:\\.|[^\\]|\\u[0-9a-f]{4})'", String.Char),
            (rf"(\.)({ID})", groups(Operator, Name.Attribute)),
            (rf"{ID}:", Name.Label),
            (r"[A-Z][A-Z0-9_]*\b", Name.Constant),
            (r"[A-Z][^\W_]*\b", Name.Class),
            (rf"\$?{ID}", Name),
            (r"[~^*!%&\[\](){}<>\|+=:;,./?-]", Operator),
            (rf"{DIGIT}+\.{DIGIT}+([eE]{DIGIT}+)?[fd]?", Number.Float),
            (r"(?i)0b(?:[01]_+[01]|[01])+", Number.Bin),
            (r"(?i)0x(?:[0-9a-f]_+[0-9a-f]|[0-9a-f])+", Number.Hex),
            (r"0(?:[0-7]_+[0-7]|[0-7])+", Number.Oct),
            (rf"{DIGIT}+L?", Number.Integer),
            (r"\n", Text),
        ],
        "class": [(rf"{RUBY_SPACE}+", Text), (ID, Name.Class, "#pop")],
        "import": [(rf"{RUBY_SPACE}+", Text), (r"(?i)[a-z0-9_.]+\*?", Name.Namespace, "#pop")],
    }
