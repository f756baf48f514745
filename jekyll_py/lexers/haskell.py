"""Rouge's `haskell` lexer: nested `{- -}` comments, `--` comments that yield to operators such as `-->`, words
sorted by a callback (reserved words, capitalised names as types, `import`/`module` heads with states of their
own), character literals only where a closing quote follows, and string escapes (including ASCII control names
and `\\^X`) in an `escape` state without a fallback rule, so a bad escape leaves `Error` tokens until one fits."""

from __future__ import annotations

import re

from pygments.token import Comment, Error, Keyword, Name, Number, Operator, Punctuation, String, Text

from jekyll_py.lexers.base import Context, RougeLexer, groups, include, words

RESERVED = frozenset(
    "_ case class data default deriving do else if in infix infixl infixr instance let newtype of then type "
    "where".split()
)
ASCII_NAMES = (
    "NUL SOH [SE]TX EOT ENQ ACK BEL BS HT LF VT FF CR S[OI] DLE DC[1-4] NAK SYN ETB CAN EM SUB ESC [FGRU]S SP DEL"
)
SYMBOL = r"[:!#$%&*+.\\/<=>?@^|~-]"  # operator characters
NAMESPACE = r"[A-Z][\w.]*"
TYPE_START = re.compile(r"'?[A-Z]")


def _word(ctx: Context, m: re.Match[str]) -> None:
    word = m.group(0)
    if word == "import":
        ctx.token(Keyword.Reserved)
        ctx.push("import")
    elif word == "module":
        ctx.token(Keyword.Reserved)
        ctx.push("module")
    elif word in RESERVED:
        ctx.token(Keyword.Reserved)
    elif TYPE_START.match(word):
        ctx.token(Keyword.Type)
    else:
        ctx.token(Name)


class HaskellLexer(RougeLexer):
    """Rouge's `Rouge::Lexers::Haskell`."""

    tokens = {
        "basic": [
            (r"\s+", Text),
            (r"\{-#", Comment.Preproc, "comment_preproc"),
            (r"\{-", Comment.Multiline, "comment"),
            (r"^--\s+\|.*?$", Comment.Doc),
            (r"--(?![!#$%&*+./<=>?@^|_~]).*?$", Comment.Single),
        ],
        "comment": [
            (r"-\}", Comment.Multiline, "#pop"),
            (r"\{-", Comment.Multiline, "comment"),
            (r"[^-{}]+", Comment.Multiline),
            (r"[-{}]", Comment.Multiline),
        ],
        "comment_preproc": [
            (r"-\}", Comment.Preproc, "#pop"),
            (r"\{-", Comment.Preproc, "comment"),
            (r"[^-{}]+", Comment.Preproc),
            (r"[-{}]", Comment.Preproc),
        ],
        "root": [
            include("basic"),
            (r"'(?=(?:.|\\\S+)')", String.Char, "character"),
            ('"', String, "string"),
            (r"(?i)\d+e[+-]?\d+", Number.Float),
            (r"(?i)\d+\.\d+(e[+-]?\d+)?", Number.Float),
            (r"(?i)0o[0-7]+", Number.Oct),
            (r"(?i)0x[\da-f]+", Number.Hex),
            (r"\d+", Number.Integer),
            (r"[\w']+", _word),
            (rf"\\(?!{SYMBOL}+)", Name.Function),  # lambda
            (rf"(?:<-|::|->|=>|=)(?!{SYMBOL}+)", Operator),
            (rf":{SYMBOL}*", Operator),
            (rf"{SYMBOL}+", Operator),
            (r"\[\s*\]", Keyword.Type),
            (r"\(\s*\)", Name.Builtin),
            (r"(\[)([_a-z][\w']*)(\|)", groups(Operator, Name, Operator), "quasiquotation"),
            (r"[\[\](),;`{}]", Punctuation),
        ],
        "import": [
            (r"\s+", Text),
            ('"', String, "string"),
            (r"\bqualified\b", Keyword),
            (
                rf"({NAMESPACE})(\s+)(as)(\s+)([A-Z][a-zA-Z0-9_.]*)",
                groups(Name.Namespace, Text, Keyword, Text, Name),
                "#pop",
            ),
            (
                rf"({NAMESPACE})(\s+)(hiding)(\s+)(\()",
                groups(Name.Namespace, Text, Keyword, Text, Punctuation),
                "#goto:funclist",
            ),
            (rf"({NAMESPACE})(\s+)(\()", groups(Name.Namespace, Text, Punctuation), "#goto:funclist"),
            (r"[\w.]+", Name.Namespace, "#pop"),
        ],
        "module": [
            (r"\s+", Text),
            (rf"({NAMESPACE})(\s+)(\()", groups(Name.Namespace, Text, Punctuation), "funclist"),
            (r"\bwhere\b", Keyword.Reserved, "#pop"),
            (r"[A-Z][a-zA-Z0-9_.]*", Name.Namespace, "#pop"),
        ],
        "funclist": [
            include("basic"),
            (r"[A-Z]\w*", Keyword.Type),
            (r"(_[\w']+|[a-z][\w']*)", Name.Function),
            (",", Punctuation),
            (rf"{SYMBOL}+", Operator),
            (r"\(", Punctuation, "funclist"),
            (r"\)", Punctuation, "#pop"),
        ],
        "character": [
            (r"\\", String.Escape, ("#goto:character_end", "escape")),
            (".", String.Char, "#goto:character_end"),
        ],
        "character_end": [("'", String.Char, "#pop"), (".", Error, "#pop")],
        "quasiquotation": [(r"\|\]", Operator, "#pop"), (r"[^|]+", Text), (r"\|", Text)],
        "string": [('"', String, "#pop"), (r"\\", String.Escape, "escape"), (r'[^\\"]+', String)],
        "escape": [
            (r"""[abfnrtv"'&\\]""", String.Escape, "#pop"),
            (r"\^[\]\[A-Z@^_]", String.Escape, "#pop"),
            (words(ASCII_NAMES), String.Escape, "#pop"),
            (r"(?i)o[0-7]+", String.Escape, "#pop"),
            (r"(?i)x[\da-f]+", String.Escape, "#pop"),
            (r"\d+", String.Escape, "#pop"),
            (r"\s+\\", String.Escape, "#pop"),
        ],
    }
