"""Rouge's `powershell` lexer: a bare word starts a command whose arguments are lexed in `parameters` until the
end of the line or a `|`, `=`, `;` or bracket; strings, `$(...)` interpolations, `@{...}` hashtables and
`@(...)` arrays nest through `root`.

Keywords, operators, `class`, `function` and comment-help keywords match case-insensitively, as Onigmo does it:
its `/i` also folds `ſ` to `s`, the Kelvin sign to `k`, and the ligatures `ß ẞ ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ` to the letters they
stand for inside a literal word (`claß` is `class`), so `folded` writes those out; Python's ASCII mode folds ASCII
only. Three of Rouge's rules can never match and are left out: `#requires ...` (after `#.*`), `\\$\\w+` and
`\\$\\{...\\}` (after the namespaced-variable rule, which takes both), and `\\w[-\\w]+` in `parameters` (after
`[\\/\\\\~\\w][-.:\\/\\\\~\\w]*`).
"""

from __future__ import annotations

import re

from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from jekyll_py.lexers.base import Context, RougeLexer, groups, include, words

ATTRIBUTES = frozenset(
    "ConfirmImpact DefaultParameterSetName HelpURI PositionalBinding SupportsPaging SupportsShouldProcess".split()
)
AUTO_VARS = r"\$" + words(
    r"""
    \$ \? \^ _ args ConsoleFileName Error Event EventArgs EventSubscriber ExecutionContext false foreach HOME Host
    input IsCoreCLR IsLinux IsMacOS IsWindows LastExitCode Matches MyInvocation NestedPromptLevel null PID PROFILE
    PSBoundParameters PSCmdlet PSCommandPath PSCulture PSDebugContext PSHOME PSItem PSScriptRoot PSSenderInfo
    PSUICulture PSVersionTable PWD REPORTERRORSHOWEXCEPTIONCLASS REPORTERRORSHOWINNEREXCEPTION
    REPORTERRORSHOWSOURCE REPORTERRORSHOWSTACKTRACE SENDER ShellId StackTrace switch this true
    """
)
KEYWORDS = """
assembly exit process base filter public begin finally return break for sequence catch foreach static class from
switch command function throw configuration hidden trap continue if try data in type define inlinescript until do
interface using dynamicparam module var else namespace while elseif parallel workflow end param enum private
""".split()
OPERATORS = """
-split -isplit -csplit -join -is -isnot -as -eq -ieq -ceq -ne -ine -cne -gt -igt -cgt -ge -ige -cge -lt -ilt -clt
-le -ile -cle -like -ilike -clike -notlike -inotlike -cnotlike -match -imatch -cmatch -notmatch -inotmatch
-cnotmatch -contains -icontains -ccontains -notcontains -inotcontains -cnotcontains -replace -ireplace -creplace
-shl -shr -band -bor -bxor -and -or -xor -not += -= *= /= %=
""".split()
MULTILINE_KEYWORDS = """
synopsis description parameter example inputs outputs notes link component role functionality
forwardhelptargetname forwardhelpcategory remotehelprunspace externalhelp
""".split()

# Onigmo's case folding beyond ASCII, for patterns under `(?i)`: one letter, or letters inside a literal word
LETTER_FOLDS = {"k": "k\u212a", "s": "s\u017f"}
LIGATURES = {
    "ffi": "\ufb03",
    "ffl": "\ufb04",
    "ff": "\ufb00",
    "fi": "\ufb01",
    "fl": "\ufb02",
    "ss": "\u00df\u1e9e",
    "st": "\ufb05\ufb06",
}


def folded(word: str) -> str:
    """A literal word as a regex matching what Onigmo's `/i` matches (ASCII case is left to `(?i)`)."""
    if not word:
        return ""
    first = word[0]
    first = f"[{LETTER_FOLDS[first]}]" if first in LETTER_FOLDS else re.escape(first)
    options = [first + folded(word[1:])]
    options += [f"[{chars}]" + folded(word[len(seq) :]) for seq, chars in LIGATURES.items() if word.startswith(seq)]
    return options[0] if len(options) == 1 else "(?:" + "|".join(options) + ")"


def folded_words(names: list[str]) -> str:
    return "(?:" + "|".join(folded(name) for name in names) + ")"


def _bracket_word(ctx: Context, m: re.Match[str]) -> None:
    ctx.token(Name.Builtin.Pseudo if m.group(0) in ATTRIBUTES else Name)


def _class(ctx: Context, m: re.Match[str]) -> None:
    groups(Keyword.Reserved, Text.Whitespace, Name.Class)(ctx, m)
    ctx.push("class")


def _indexed(ctx: Context, m: re.Match[str]) -> None:
    groups(Operator, Name, Punctuation)(ctx, m)
    ctx.push("bracket")


def _command(ctx: Context, m: re.Match[str]) -> None:
    groups(Name, Text.Whitespace)(ctx, m)
    ctx.push("parameters")


def _member(ctx: Context, m: re.Match[str]) -> None:
    groups(Operator, Name.Function, Punctuation, Text.Whitespace)(ctx, m)
    if m.group(3) is not None:
        ctx.push("parameters")


class PowershellLexer(RougeLexer):
    """Rouge's `Rouge::Lexers::Powershell`."""

    tokens = {
        "variable": [
            (AUTO_VARS, Name.Builtin.Pseudo),
            (
                r"(\$)(?:(\w+)(:))?(\w+|\{(?:[^`]|`.)+?\})",
                groups(Name.Variable, Name.Namespace, Punctuation, Name.Variable),
            ),
        ],
        "multiline": [
            (rf"(?i)\.{folded_words(MULTILINE_KEYWORDS)}", Comment.Special),
            (r"#>", Comment.Multiline, "#pop"),
            (r"[^#.]+?", Comment.Multiline),
            (r"[#.]+", Comment.Multiline),
        ],
        "interpol": [
            (r"\)", String.Interpol, "#pop"),
            include("root"),
        ],
        "dq": [
            (r'(?:\$#?)?"', String.Double, "#pop"),
            (r"\$\(", String.Interpol, "interpol"),
            (r"`$", String.Escape),
            (r"`.", String.Escape),
            (r'[^"`$]+', String.Double),
            include("variable"),
        ],
        "sq": [
            (r"'", String.Single, "#pop"),
            (r"[^']+", String.Single),
        ],
        "heredoc": [
            (r'(?:\$#?)?"@', String.Heredoc, "#pop"),
            (r"\$\(", String.Interpol, "interpol"),
            (r"`$", String.Escape),
            (r"`.", String.Escape),
            (r'[^"`$]+?', String.Heredoc),
            (r'"+', String.Heredoc),
            include("variable"),
        ],
        "class": [
            (r"\{", Punctuation, "#pop"),
            (r"\s+", Text.Whitespace),
            (r"\w+", Name.Class),
            (r"[:,]", Punctuation),
        ],
        "expr": [
            include("comments"),
            (r'"', String.Double, "dq"),
            (r"'", String.Single, "sq"),
            (r'@"', String.Heredoc, "heredoc"),
            (r"(?s)@'.*?'@", String.Heredoc),
            (r"\d*\.\d+", Number.Float),
            (r"\d+", Number.Integer),
            (r"@\{", Punctuation, "hasht"),
            (r"@\(", Punctuation, "array"),
            (r"\{", Punctuation, "brace"),
            (r"\[", Punctuation, "bracket"),
        ],
        "hasht": [
            (r"\}", Punctuation, "#pop"),
            (r"=", Operator),
            (r"[,;]", Punctuation),
            include("expr"),
            (r"\w+", Name.Other),
            include("variable"),
        ],
        "array": [
            (r"\s+", Text.Whitespace),
            (r"\)", Punctuation, "#pop"),
            (r"[,;]", Punctuation),
            include("expr"),
            include("variable"),
        ],
        "brace": [
            (r"\}", Punctuation, "#pop"),
            include("root"),
        ],
        "bracket": [
            (r"\]", Punctuation, "#pop"),
            (r"[A-Za-z]\w+\.", Name),
            (r"[A-Za-z]\w+", _bracket_word),
            include("root"),
        ],
        "parameters": [
            (r"(?s)`.", String.Escape),
            (r"\s*?\n", Text.Whitespace, "#pop"),
            (r"[;(){}\]]", Punctuation, "#pop"),
            (r"[|=]", Operator, "#pop"),
            (r"[/\\~\w][-.:/\\~\w]*", Name.Other),
            include("root"),
        ],
        "comments": [
            (r"\s+", Text.Whitespace),
            (r"#.*", Comment),
            (r"<#", Comment.Multiline, "multiline"),
        ],
        "root": [
            include("comments"),
            (r"\.\.(?=\.?\d)", Operator),
            (rf"(?i){folded_words(OPERATORS)}\b", Operator),
            (rf"(?i)({folded('class')})(\s+)(\w+)", _class),
            (
                rf"(?i)({folded('function')})(\s+)(?:(\w+)(:))?(\w[-\w]+)",
                groups(Keyword.Reserved, Text.Whitespace, Name.Namespace, Punctuation, Name.Function),
            ),
            (rf"(?i){folded_words(KEYWORDS)}\b(?![-.])", Keyword.Reserved),
            (r"-{1,2}\w+", Name.Tag),
            (r"(\.)?([-\w]+)(\[)", _indexed),
            (r"(?i)([/\\~a-z\u017f\u212a][-.:/\\~\w]*)(\n)?", _command),
            (r"(\.)([-\w]+)(?:(\()|(\n))?", _member),
            (r"\?", Name.Function, "parameters"),
            include("expr"),
            include("variable"),
            (r"[-+*/%=!.&|]", Operator),
            (r"[{}(),:;]", Punctuation),
        ],
    }
