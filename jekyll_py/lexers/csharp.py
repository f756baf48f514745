"""Rouge's `csharp` lexer: keywords by table, `class`/`namespace` naming what follows, and interpolated strings
(`$"..."`, `$@"..."`) whose `{...}` holes nest back into the root rules.

Rouge's identifier `/@?[_a-z]\\w*/i` is case-insensitive, so Onigmo's case folding lets the Kelvin sign start
or continue a name and the long s start one; the identifier below spells that out instead of using `(?i)`,
which in Python would also admit the Turkish dotted and dotless i."""

from __future__ import annotations

from pygments.token import Comment, Keyword, Name, Number, Punctuation, String, Text

from jekyll_py.lexers.base import RougeLexer, include, words

ID = r"@?[_a-zA-Z\u017f\u212a][\w\u212a]*"
KEYWORDS = (
    "abstract as base break case catch checked const continue default delegate do else enum event explicit extern "
    "false finally fixed for foreach goto if implicit in interface internal is lock new null operator out override "
    "params private protected public readonly ref return sealed sizeof stackalloc static switch this throw true try "
    "typeof unchecked unsafe virtual void volatile while add alias async await get global partial remove set value "
    "where yield nameof ascending by descending equals from group in into join let on orderby select"
)
TYPES = "bool byte char decimal double dynamic float int long object sbyte short string uint ulong ushort var"
PREPROCESSOR = "if endif else elif define undef line error warning region endregion pragma"


class CsharpLexer(RougeLexer):
    """Rouge's `Rouge::Lexers::CSharp`."""

    tokens = {
        "whitespace": [
            (r"\s+", Text),
            (r"//.*?$", Comment.Single),
            (r"(?s)/[*].*?[*]/", Comment.Multiline),
        ],
        "nest": [
            (r"{", Punctuation, "nest"),
            (r"}", Punctuation, "#pop"),
            include("root"),
        ],
        "splice_string": [
            (r"\\.", String),
            (r"{", Punctuation, "nest"),
            (r'"|\n', String, "#pop"),
            (r".", String),
        ],
        "splice_literal": [
            (r'""', String),
            (r"{", Punctuation, "nest"),
            (r'"', String, "#pop"),
            (r".", String),
        ],
        "root": [
            include("whitespace"),
            (r'[$]\s*"', String, "splice_string"),
            (r'[$]@\s*"', String, "splice_literal"),
            (rf"(<\[)\s*({ID}:)?", Keyword),
            (r"\]>", Keyword),
            (r"[~!%^&*()+=|\[\]{}:;,.<>\/?-]", Punctuation),
            (r'@"(""|[^"])*"', String),
            (r'"(\\.|.)*?["\n]', String),
            (r"'(\\.|.)'", String.Char),
            (r"(?i)0x[0-9a-f]+[lu]?", Number),
            (r"(?i)[0-9](?:[.][0-9]*)?(?:e[+-][0-9]+)?[fldu]?", Number),
            (r"\b(?:class|struct|interface)\b", Keyword, "class"),
            (r"\b(?:namespace|using)\b", Keyword, "namespace"),
            (rf"^#[ \t]*{words(PREPROCESSOR)}\b.*?\n", Comment.Preproc),
            (rf"\b{words(KEYWORDS)}\b", Keyword),
            (rf"\b{words(TYPES)}\b", Keyword.Type),
            (rf"{ID}(?=\s*[(])", Name.Function),
            (ID, Name),
        ],
        "class": [
            include("whitespace"),
            (ID, Name.Class, "#pop"),
        ],
        "namespace": [
            include("whitespace"),
            (r"(?=[(])", Text, "#pop"),
            (rf"(?:{ID}|[.])+", Name.Namespace, "#pop"),
        ],
    }
