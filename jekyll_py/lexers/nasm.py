"""Rouge's `nasm` lexer (after Chroma's): a line's first word is a label, a declaration, a directive or an
instruction (`Name.Function`), and the rest of the line, in `instruction_args`, is numbers, strings, registers,
operators and symbols; a line whose first non-blank is `%` is `Comment.Preproc` up to its `;` comment. No pattern
has word boundaries, so `dword` at the start of a line is the declaration `dw` and then `ord`, and `segment` among
the operands is the operator word `seg` and then `ment`.

Quirks kept: a string's character class is Rouge's `[^"\\\\n]`, which leaves out the letter `n` (not a newline), so
a string holding an `n` or a backslash (but for `\\\\` before the quote) is no string: its quotes are `Error`
tokens and its words symbols.

Rouge's case-insensitive (`/i`) rules fold letters the way Onigmo does: `[a-z]` also matches `ſ` (U+017F) and the
Kelvin sign (U+212A), a literal `s` also matches `ſ`, and a literal `st` also matches the ligatures `ﬅ` and `ﬆ`
(`\\w` takes neither, nor do `İ` and `ı` fold to `i`); the rules fold ASCII only and spell those extras out.

Left out: the hexadecimal alternative `$0[\\da-f]*`, whose `$` is an end-of-line anchor that a `0` can never
follow, so it never matches (`$0ff` is `$`, `0` and `ff`)."""

from __future__ import annotations

from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from jekyll_py.lexers.base import RougeLexer, groups, include

ID = "[a-zA-Z$._?\u017f\u212a][\\w$.?#@~]*"  # Ruby's /[a-z$._?][\w$.?#@~]*/i
S = "[s\u017f]"  # a literal `s` under Onigmo's /i
ST = f"(?:{S}t|[\ufb05\ufb06])"  # a literal `st` under Onigmo's /i
# each quote's string: `\\` then the quote, or anything but the quote, a backslash and the letter `n`
STRING = r'"(?:\\\\"|[^"\\n])*"' + r"|'(?:\\\\'|[^'\\n])*'" + r"|`(?:\\\\`|[^`\\n])*`"
DIRECTIVES = (
    "BITS|USE16|USE32|SECTION|SEGMENT|ABSOLUTE|EXTERN|GLOBAL|ORG|ALIGN|STRUC|ENDSTRUC|COMMON|CPU|GROUP|UPPERCASE"
    "|IMPORT|EXPORT|LIBRARY|MODULE"
)
REGISTERS = (
    rf"(?i)r\d[0-5]?[bwd]|[a-d][lh]|[er]?[a-d]x|[er]?[sb\u017f]p|[er]?[sd\u017f]i|[c-gs\u017f]{S}|{ST}[0-7]"
    r"|mm[0-7]|cr[0-4]|dr[0-367]|tr[3-7]"
)


class NasmLexer(RougeLexer):
    """Rouge's `Rouge::Lexers::Nasm`."""

    tokens = {
        "root": [
            (r"^\s*%", Comment.Preproc, "preproc"),
            include("whitespace"),
            (f"(?i){ID}:", Name.Label),
            (
                f"(?i)({ID})(\\s+)(equ)",
                groups(Name.Constant, Keyword.Declaration, Keyword.Declaration),
                "instruction_args",
            ),
            (DIRECTIVES, Keyword, "instruction_args"),
            (f"(?i)(?:re{S}|d)[bwdqt]|time{S}", Keyword.Declaration, "instruction_args"),
            (f"(?i){ID}", Name.Function, "instruction_args"),
            (r"[\r\n]+", Text),
        ],
        "instruction_args": [
            (STRING, String),
            (r"(?i)0x[\da-f]+|\d+[\da-f]*h", Number.Hex),
            (r"(?i)[0-7]+q", Number.Oct),
            (r"(?i)[01]+b", Number.Bin),
            (r"(?i)\d+\.e?\d+", Number.Float),
            (r"\d+", Number.Integer),
            include("punctuation"),
            (REGISTERS, Name.Builtin),
            (f"(?i){ID}", Name.Variable),
            (r"[\r\n]+", Text, "#pop"),
            include("whitespace"),
        ],
        "preproc": [
            (r"[^;\n]+", Comment.Preproc),
            (r";.*?\n", Comment.Single, "#pop"),
            (r"\n", Comment.Preproc, "#pop"),
        ],
        "whitespace": [(r"\n", Text), (r"[ \t]+", Text), (r";.*", Comment.Single)],
        "punctuation": [
            (r"[,():\[\]]+", Punctuation),
            (r"[&|^<>+*/%~-]+", Operator),
            (r"\$+", Keyword.Constant),
            (f"(?i){S}eg|wrt|{ST}rict", Operator.Word),
            (r"(?i)byte|[dq]?word", Keyword.Type),
        ],
    }
