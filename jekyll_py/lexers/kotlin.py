"""Rouge's `kotlin` lexer: names are built from Unicode categories (dumped from Ruby in kotlin_words.py; a name may
contain `-`, and one starting with a capital is a class), the words that introduce declarations (`class`, `fun`,
`val`, `import`...) enter small states that expect one name each (anything else there is an error, one character at
a time), and strings are single tokens, with no escapes or `$` templates of their own. Onigmo's `\\b` after a word is
spelt out with its own word characters, as Python's `\\w` disagrees with it on combining marks."""

from __future__ import annotations

from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from jekyll_py.lexers.base import RougeLexer, groups, words
from jekyll_py.lexers.kotlin_words import NAME_REST, NAME_START, UPPER
from jekyll_py.onigmo_words import WORD

KEYWORDS = (
    "abstract annotation as break by catch class companion const constructor continue crossinline do dynamic else "
    "enum external false final finally for fun get if import in infix inline inner interface internal is lateinit "
    "noinline null object open operator out override package private protected public reified return sealed set "
    "super suspend tailrec this throw true try typealias typeof val var vararg when where while yield"
)

BOUNDARY = f"(?:(?<=[{WORD}])(?![{WORD}])|(?<![{WORD}])(?=[{WORD}]))"  # Onigmo's `\b`, never leading a rule here
CLASS_NAME = f"`?[{UPPER}][{NAME_REST}]*`?"
NAME = f"`?[{NAME_START}][{NAME_REST}]*`?"

DEC_DIGITS = "(?:[0-9][0-9_]*[0-9]|[0-9])"
EXPONENT = f"[eE][+-]?{DEC_DIGITS}"
DOUBLE = rf"(?:{DEC_DIGITS})?\.{DEC_DIGITS}(?:{EXPONENT})?|{DEC_DIGITS}{EXPONENT}"
# Rouge's `"(\\\\|\\"|[^"\n])*["\n]` without its exponential backtracking over backslashes: the string ends at the
# first quote or newline not escaped, or else (neither before the end of the text) at the last escaped quote, which
# is where Onigmo's backtracking ends up
STRING = r'"(?:(?:\\\\|\\"|[^"\n])*+["\n]|[^\n]*")'


class KotlinLexer(RougeLexer):
    """Rouge's `Rouge::Lexers::Kotlin`."""

    tokens = {
        "root": [
            (rf"\b(companion)(\s+)(object){BOUNDARY}", groups(Keyword, Text, Keyword)),
            (r"\b(class|data\s+class|interface|object)(\s+)", groups(Keyword.Declaration, Text), "class"),
            (r"\b(fun)(\s+)", groups(Keyword, Text), "function"),
            (r"\b(package|import)(\s+)", groups(Keyword, Text), "package"),
            (r"\b(val|var)(\s+)(\()", groups(Keyword.Declaration, Text, Punctuation), "destructure"),
            (r"\b(val|var)(\s+)", groups(Keyword.Declaration, Text), "property"),
            (f"(return|continue|break|this|super)(@{NAME})?{BOUNDARY}", groups(Keyword, Name.Decorator)),
            (rf"\bfun{BOUNDARY}", Keyword),
            (rf"\b{words(KEYWORDS)}{BOUNDARY}", Keyword),
            (r"^\s*\[.*?\]", Name.Attribute),
            (r"[^\S\n]+", Text),
            (r"\\\n", Text),
            (r"//.*?$", Comment.Single),
            (r"/[*].*[*]/", Comment.Multiline),
            (r"/[*].*", Comment.Multiline, "comment"),
            (r"\n", Text),
            (r"(::)(class)", groups(Operator, Keyword)),
            (r"::|!!|\?[:.]", Operator),
            (r"\.\.", Operator),
            (f"(?:{DOUBLE})[fF]?|{DEC_DIGITS}[fF]", Number.Float),
            (r"0[bB](?:[01][01_]*[01]|[01])[uU]?L?", Number.Bin),
            (r"0[xX](?:[0-9a-fA-F][0-9a-fA-F_]*[0-9a-fA-F]|[0-9a-fA-F])[uU]?L?", Number.Hex),
            (r"(?:[1-9][0-9_]*[0-9]|[0-9])[uU]?L?", Number.Integer),
            (r"[~!%^&*()+=|\[\]:;,.<>/?-]", Punctuation),
            (r"[{}]", Punctuation),
            (r'@"(?:""|[^"])*"', String),
            (r'(?s)""".*?"""', String),
            (STRING, String),
            (r"'\\.'|'[^\\]'", String.Char),
            (f"@{CLASS_NAME}", Name.Decorator),
            (f"({CLASS_NAME})(<)", groups(Name.Class, Punctuation), "generic_parameters"),
            (CLASS_NAME, Name.Class),
            (rf"{NAME}(?=\s*[({{])", Name.Function),
            (f"{NAME}@", Name.Decorator),
            (NAME, Name),
        ],
        "package": [(r"\S+", Name.Namespace, "#pop")],
        "class": [(CLASS_NAME, Name.Class, "#pop")],
        "function": [
            ("<", Punctuation, "generic_parameters"),
            (r"\s+", Text),
            (rf"({CLASS_NAME})(\.)", groups(Name.Class, Punctuation)),
            (NAME, Name.Function, "#pop"),
        ],
        "generic_parameters": [
            (CLASS_NAME, Name.Class),
            ("<", Punctuation, "generic_parameters"),
            ("reified|out|in", Keyword),
            ("[,:.?]", Punctuation),
            (r"\s+", Text),
            (">", Punctuation, "#pop"),
        ],
        "property": [
            ("<", Punctuation, "generic_parameters"),
            (r"\s+", Text),
            (NAME, Name.Property, "#pop"),
        ],
        "destructure": [
            (",", Punctuation),
            (r"\)", Punctuation, "#pop"),
            (r"\s+", Text),
            (NAME, Name.Property),
        ],
        "comment": [
            (r"/[*]", Comment.Multiline, "comment"),
            (r"[*]/", Comment.Multiline, "#pop"),
            (r"[^/*]+", Comment.Multiline),
            (r"[/*]", Comment.Multiline),
        ],
    }
