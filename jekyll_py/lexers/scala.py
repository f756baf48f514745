"""Rouge's `scala` lexer: identifiers and operator names built from Unicode categories (letters, `\\p{Sm}` and
`\\p{So}` symbols, dumped from Ruby in scala_words.py), and small `class`, `type`, `typeparam` and `import` states
entered after the words that introduce them. Onigmo's `\\b` is spelt out with its own word characters, as Python's
`\\w` disagrees with it on combining marks and newer Unicode letters."""

from __future__ import annotations

from pygments.token import Comment, Keyword, Name, Number, Operator, String, Text

from jekyll_py.lexers.base import RougeLexer, groups, words
from jekyll_py.lexers.scala_words import LETTER, OP, SPACE, UPPER
from jekyll_py.onigmo_words import WORD

KEYWORDS = (
    "abstract case catch def do else extends final finally for forSome if implicit lazy match new override private "
    "protected requires return sealed super this throw try val var while with yield"
)

BOUNDARY = f"(?:(?<=[{WORD}])(?![{WORD}])|(?<![{WORD}])(?=[{WORD}]))"  # Onigmo's `\b`, never leading a rule here
OPS = f"[{OP}]+"
IDREST = f"[{LETTER}][{LETTER}0-9]*(?:(?<=_){OPS})?"
NAME = f"{IDREST}|{OPS}|`[^`]+`"
TYPE_CHUNK = f"(?:{IDREST}|{OPS}`[^`]+`)"  # sic: Rouge's type chunk lacks a `|` before the backquoted name
TYPE_PATH = f"({TYPE_CHUNK}(?:\\.{TYPE_CHUNK})*)"
# Rouge's `"(\\\\|\\"|[^"])*"` without its exponential backtracking: up to the first quote not escaped, or else
# (no such quote before the end) up to the last escaped one, which is where Onigmo's backtracking ends up
STRING = r'"(?:(?:\\[\\"]|[^"\\]|\\)*+"|(?>\\[\\"]|[^"\\]|\\)*\\")'


class ScalaLexer(RougeLexer):
    """Rouge's `Rouge::Lexers::Scala`."""

    tokens = {
        "root": [
            (r"(class|trait|object)(\s+)", groups(Keyword, Text), "class"),
            (f"'{IDREST}(?!')", String.Symbol),
            (r"[^\S\n]+", Text),
            (r"//.*", Comment.Single),
            (r"/\*", Comment.Multiline, "comment"),
            (f"@{IDREST}", Name.Decorator),
            (rf"(def)(\s+)({NAME})(\s*)", groups(Keyword, Text, Name.Function, Text)),
            (rf"(val)(\s+)({NAME})(\s*)", groups(Keyword, Text, Name.Variable, Text)),
            (rf"(this)(\n*)(\.)({IDREST})", groups(Keyword, Text, Operator, Name.Property)),
            (rf"({IDREST}|_)(\n*)(\.)({IDREST})", groups(Name.Variable, Text, Operator, Name.Property)),
            (f"[{UPPER}]{IDREST}{BOUNDARY}", Name.Class),
            (rf"({IDREST})([{SPACE}]*)(\()", groups(Name.Function, Text, Operator)),
            (rf"(\.)({IDREST})", groups(Operator, Name.Property)),
            (
                rf"{words(KEYWORDS)}{BOUNDARY}|(?:<[%:-]|=>|>:|[#=@_\u21d2\u2190])(?:{BOUNDARY}|(?=\s)|$)",
                Keyword,
            ),
            (f":(?![{OP}])", Keyword, "type"),
            (f"(?:true|false|null){BOUNDARY}", Keyword.Constant),
            (r"(import|package)(\s+)", groups(Keyword, Text), "import"),
            (r"(type)(\s+)", groups(Keyword, Text), "type"),
            (r'(?s:""".*?""")(?!")', String),
            (STRING, String),
            (r"'\\.'|'[^\\]'|'\\u[0-9a-fA-F]{4}'", String.Char),
            (IDREST, Name),
            (r"`[^`]+`", Name),
            (r"\[", Operator, "typeparam"),
            (r"[(){};,.#]", Operator),
            (OPS, Operator),
            (r"(?:[0-9][0-9]*\.[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?[fFdD]?", Number.Float),
            (r"[0-9][0-9]*[fFdD]", Number.Float),
            (r"0x[0-9a-fA-F]+", Number.Hex),
            (r"[0-9]+L?", Number.Integer),
            (r"\n", Text),
        ],
        "class": [
            (rf"({NAME})(\s*)(\[)", groups(Name.Class, Text, Operator), "typeparam"),
            (r"\s+", Text),
            (r"\{", Operator, "#pop"),
            (r"\(", Operator, "#pop"),
            (r"//.*", Comment.Single, "#pop"),
            (NAME, Name.Class, "#pop"),
        ],
        "type": [
            (r"\s+", Text),
            (r"<[%:]|>:|[#_\u21d2]|forSome|type", Keyword),
            (r"([,);}]|=>|=)(\s*)", groups(Operator, Text), "#pop"),
            (r"[({]", Operator, "type"),
            (rf"{TYPE_PATH}(\s*)(\[)", groups(Keyword.Type, Text, Operator), "#goto:typeparam"),
            (rf"{TYPE_PATH}(\s*)$", groups(Keyword.Type, Text), "#pop"),
            (r"//.*", Comment.Single, "#pop"),
            (rf"\.|{NAME}", Keyword.Type),
        ],
        "typeparam": [
            (r"[\s,]+", Text),
            (r"<[%:]|=>|>:|[#_\u21d2]|forSome|type", Keyword),
            (r"[\])}]", Operator, "#pop"),
            (r"[(\[{]", Operator, "typeparam"),
            (rf"\.|{NAME}", Keyword.Type),
        ],
        "comment": [
            (r"[^/*]+", Comment.Multiline),
            (r"/\*", Comment.Multiline, "comment"),
            (r"\*/", Comment.Multiline, "#pop"),
            (r"[*/]", Comment.Multiline),
        ],
        "import": [(rf"(?:{IDREST}|\.)+", Name.Namespace, "#pop")],
    }
