"""Rouge's `perl` lexer: one root table in Rouge's order, where any `/.../` on one line is a regex (so is a division
with a second `/` after it), `s`, `tr`, `y` and `m` followed by a delimiter start a substitution or match even after
`->`, a word followed by `=>` is a string, and words not otherwise known go through a small `name` state.

Rouge's `/i` rules see `ſ` (U+017F) and the Kelvin sign (U+212A) as letters of `[a-z]`, by Unicode case folding,
and nothing else outside ASCII (`ALPHA_I`). Three of its rules never apply and are left out: `package\\s+` (with its
`modulename` state), shadowed by the `package` builtin; the `name` state's constant rule, shadowed by `[\\w:]+`;
and the regex after `=~` or `(` spanning lines, whose leading lookbehind never holds under Rouge's StringScanner.
"""

from __future__ import annotations

import re

from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from jekyll_py.lexers.base import RougeLexer, groups, include, words

KEYWORDS = words(
    "case continue do else elsif for foreach if last my next our redo reset then unless until while use print new"
    " BEGIN CHECK INIT END return",
    r"\b",
)
BUILTINS = words(
    """abs accept alarm atan2 bind binmode bless caller chdir chmod chomp chop chown chr chroot close closedir connect
    continue cos crypt dbmclose dbmopen defined delete die dump each endgrent endhostent endnetent endprotoent endpwent
    endservent eof eval exec exists exit exp fcntl fileno flock fork format formline getc getgrent getgrgid getgrnam
    gethostbyaddr gethostbyname gethostent getlogin getnetbyaddr getnetbyname getnetent getpeername getpgrp getppid
    getpriority getprotobyname getprotobynumber getprotoent getpwent getpwnam getpwuid getservbyname getservbyport
    getservent getsockname getsockopt glob gmtime goto grep hex import index int ioctl join keys kill last lc lcfirst
    length link listen local localtime log lstat map mkdir msgctl msgget msgrcv msgsnd my next no oct open opendir ord
    our pack package pipe pop pos printf prototype push quotemeta rand read readdir readline readlink readpipe recv
    redo ref rename require reverse rewinddir rindex rmdir scalar seek seekdir select semctl semget semop send
    setgrent sethostent setnetent setpgrp setpriority setprotoent setpwent setservent setsockopt shift shmctl shmget
    shmread shmwrite shutdown sin sleep socket socketpair sort splice split sprintf sqrt srand stat study substr
    symlink syscall sysopen sysread sysseek system syswrite tell telldir tie tied time times tr truncate uc ucfirst
    umask undef unlink unpack unshift untie utime values vec wait waitpid wantarray warn write""",
    r"\b",
)
OPERATOR_WORDS = words("eq lt gt le ge ne not and or cmp", r"\b")
ALPHA_I = "a-z\u017f\u212a"  # what Onigmo's `[a-z]` matches under `/i`, besides A-Z
HEX = "[0-9a-fA-F]"  # Onigmo's `\h`
PAIRS = {"{": "}", "<": ">", "[": "]", "(": ")"}
# a delimiter, then as little as can be (`\\`, an escaped delimiter or any character) up to it again; Ruby's `[^\1]`
# is Python's too: anything but U+0001
ANY_DELIMITED = r"([^\w\s])((\\\\|\\\1)|[^\1])*?\1"
WORD_DELIMITED = r"(\w)((\\\\|\\\1)|[^\1])*?\1"


def _regex_between(open_: str, close: str) -> str:
    """`balanced_regex`: the rest of a substitution or match between one pair of delimiters, with its flags."""
    o, c = re.escape(open_), re.escape(close)
    return rf"{o}(?:\\[\\{c}]|[^{c}])*{c}[egimosx]*"


def _substitution(open_: str) -> str:
    """`s{...}`, `tr<...>`: the first half of a substitution between brackets (`balanced_regex` lexes the rest)."""
    o, c = re.escape(open_), re.escape(PAIRS[open_])
    return rf"(?:s|tr|y){o}(?:\\\\|\\{c}|[^{c}])*{c}\s*"


def _bracket_string(open_: str) -> list[object]:
    """`q{...}`, `qw(...)`: nesting brackets, a backslash escaping either bracket or itself."""
    o, c = re.escape(open_), re.escape(PAIRS[open_])
    return [
        (rf"\\[{o}{c}\\]", String.Other),
        (r"\\", String.Other),
        (o, String.Other, "#push"),
        (c, String.Other, "#pop"),
        (rf"[^{o}{c}\\]+", String.Other),
    ]


class PerlLexer(RougeLexer):
    """Rouge's `Rouge::Lexers::Perl`."""

    tokens = {
        "balanced_regex": [
            (_regex_between(open_, close), String.Regex, "#pop")
            for open_, close in ("//", "!!", "\\\\", "{}", "<>", "[]", "()", "@@", "%%", "$$")
        ],
        "root": [
            (r"#.*", Comment.Single),
            (r"(?s)^=[a-zA-Z0-9]+\s+.*?\n=cut", Comment.Multiline),
            (KEYWORDS, Keyword),
            (
                r"(format)(\s+)([a-zA-Z0-9_]+)(\s*)(=)(\s*\n)",
                groups(Keyword, Text, Name, Text, Punctuation, Text),
                "format",
            ),
            (OPERATOR_WORDS, Operator.Word),
            *[(_substitution(open_), String.Regex, "balanced_regex") for open_ in PAIRS],
            (rf"(?:s|tr|y)\s*{ANY_DELIMITED}((\\\\|\\\1)|[^\1])*?\1[msixpodualngcr]*", String.Regex),
            (rf"(?:s|tr|y)\s+{WORD_DELIMITED}((\\\\|\\\1)|[^\1])*?\1[msixpodualngcr]*", String.Regex),
            (r"m?/(?:\\\\|\\/|[^/\n])*/[msixpodualngc]*", String.Regex),
            (r"m(?=[/!\\{<\[(@%$])", String.Regex, "balanced_regex"),
            (rf"m\s*{ANY_DELIMITED}[msixpodualngc]*", String.Regex),
            (rf"m\s+{WORD_DELIMITED}[msixpodualngc]*", String.Regex),
            (r"\s+", Text),
            (rf"(?i)(?=[{ALPHA_I}_]\w*(?:\s*#.*\n)*\s*=>)", None, "fat_comma"),
            (BUILTINS, Name.Builtin),
            (r"(?:__(?:DIE|WARN)__|DATA|STD(?:IN|OUT|ERR))\b", Name.Builtin.Pseudo),
            (r"""(?s)<<(['"]?)([a-zA-Z_][a-zA-Z0-9_]*)\1;?\n.*?\n\2\n""", String),
            (r"__(?:END|DATA)__\b", Comment.Preproc, "end_part"),
            (r"\$\^[ADEFHILMOPSTWX]", Name.Variable.Global),
            (r"""\$[\\"'\[\]&`+*.,;=%~?@$!<>(^|/_-](?!\w)""", Name.Variable.Global),
            (rf"(?i)[$@%&*][$@%&*#_]*(?=[{ALPHA_I}{{\[;])", Name.Variable, "varname"),
            (r"[-+/*%=<>&^|!\\~]=?", Operator),
            (r"0_?[0-7]+(?:_[0-7]+)*", Number.Oct),
            (r"0x[0-9A-Fa-f]+(?:_[0-9A-Fa-f]+)*", Number.Hex),
            (r"0b[01]+(?:_[01]+)*", Number.Bin),
            (r"(?i)(?:\d*(?:_\d*)*\.\d+(?:_\d*)*|\d+(?:_\d*)*\.\d+(?:_\d*)*)(?:e[+-]?\d+)?", Number.Float),
            (r"(?i)\d+(?:_\d*)*e[+-]?\d+(?:_\d*)*", Number.Float),
            (r"\d+(?:_\d+)*", Number.Integer),
            (r"'", Punctuation, "sq"),
            (r'"', Punctuation, "dq"),
            (r"`", Punctuation, "bq"),
            (r"<[^\s>]+>", String.Regex),
            (r"q[qwrx]?\{", String.Other, "cb_string"),
            (r"q[qwrx]?\(", String.Other, "rb_string"),
            (r"q[qwrx]?\[", String.Other, "sb_string"),
            (r"q[qwrx]?<", String.Other, "lt_string"),
            (r"(q|qq|qw|qr|qx)(\W)(?:.|\n)*?\2", String.Other),
            (r"sub\s+", Keyword, "funcname"),
            (r"\[\]|\*\*|::|<<|>>|>=|<=|<=>|={3}|!=|=~|!~|&&?|\|\||\.{1,3}", Operator),
            (r"[()\[\]:;,<>/?{}]", Punctuation),
            (r"(?=\w)", None, "name"),
        ],
        "format": [(r"\.\n", String.Interpol, "#pop"), (r".*?\n", String.Interpol)],
        "fat_comma": [(r"#.*", Comment.Single), (r"\w+", String), (r"\s+", Text), (r"=>", Operator, "#pop")],
        "name_common": [(r"\w+::", Name.Namespace), (r"[\w:]+", Name.Variable, "#pop")],
        "varname": [
            (r"\s+", Text),
            (r"[{\[),;]", Punctuation, "#pop"),
            include("name_common"),
        ],
        "name": [include("name_common"), (r"(?=\W)", None, "#pop")],
        "funcname": [
            (r"[a-zA-Z_]\w*[!?]?", Name.Function),
            (r"\s+", Text),
            (r"(\([$@%]*\))(\s*)", groups(Punctuation, Text)),
            (r".*?\{", Punctuation, "#pop"),
            (r";", Punctuation, "#pop"),
        ],
        "sq": [
            (r"\\[\\']", String.Escape),
            (r"[^\\']+", String.Single),
            (r"'", Punctuation, "#pop"),
            (r"\\", String.Single),
        ],
        "dq": [
            include("string_intp"),
            (r'\\[\\tnrabefluLUE"$@]', String.Escape),
            (r"\\0\d{2}", String.Escape),
            (r"\\o\{\d+\}", String.Escape),
            (rf"\\x{HEX}{{2}}", String.Escape),
            (rf"\\x\{{{HEX}+\}}", String.Escape),
            (r"\\c.", String.Escape),
            (r"\\N\{[^}]+\}", String.Escape),
            (r'[^\\"]', String.Double),
            (r'"', Punctuation, "#pop"),
            (r"\\", String.Escape),
        ],
        "bq": [
            include("string_intp"),
            (r"\\[\\tnr`]", String.Escape),
            (r"[^\\`]", String.Backtick),
            (r"`", Punctuation, "#pop"),
        ],
        "cb_string": _bracket_string("{"),
        "rb_string": _bracket_string("("),
        "sb_string": _bracket_string("["),
        "lt_string": _bracket_string("<"),
        "in_interp": [(r"}", String.Interpol, "#pop"), (r"\s+", Text), (rf"(?i)[{ALPHA_I}_]\w*", String.Interpol)],
        "string_intp": [(r"[$@]\{", String.Interpol, "in_interp"), (rf"(?i)[$@][{ALPHA_I}_]\w*", String.Interpol)],
        "end_part": [(r"(?s).+", Comment.Preproc, "#pop")],
    }
