"""Rouge's `shell` lexer (sh, bash, zsh, ksh), state for state."""

from __future__ import annotations

import re

from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from jekyll_py.lexers.base import Context, RougeLexer, groups, include

KEYWORDS = "if fi else while do done for then return function select continue until esac elif in".split()

BUILTINS = """
alias bg bind break builtin caller cd command compgen complete declare dirs disown enable eval exec exit
export false fc fg getopts hash help history jobs let local logout mapfile popd pushd pwd read readonly set
shift shopt source suspend test time times trap true type typeset ulimit umask unalias unset wait
cat tac nl od base32 base64 fmt pr fold head tail split csplit wc sum cksum b2sum md5sum sha1sum sha224sum
sha256sum sha384sum sha512sum sort shuf uniq comm ptx tsort cut paste join tr expand unexpand ls dir vdir
dircolors cp dd install mv rm shred link ln mkdir mkfifo mknod readlink rmdir unlink chown chgrp chmod touch
df du stat sync truncate echo printf yes expr tee basename dirname pathchk mktemp realpath pwd stty printenv
tty id logname whoami groups users who date arch nproc uname hostname hostid uptime chcon runcon chroot env
nice nohup stdbuf timeout kill sleep factor numfmt seq tar grep sudo awk sed gzip gunzip
""".split()


def heredoc_start(ctx: Context, m: re.Match[str]) -> None:
    """`<<-TAG` (groups: operator, blank, dash, quote, tag, quote): the tag is kept until its line ends the text."""
    groups(Operator, Text, String.Heredoc, String.Heredoc, Name.Constant, String.Heredoc)(ctx, m)
    ctx.vars["heredoc"] = m.group(5)
    ctx.push("heredoc")


def heredoc_line(ctx: Context, m: re.Match[str]) -> None:
    """A line holding one word: the heredoc's end if it is the tag."""
    if m.group(1) == ctx.vars.get("heredoc"):
        ctx.token(Name.Constant)
        ctx.pop(2)
    else:
        ctx.token(String.Heredoc)


class ShellLexer(RougeLexer):
    """Rouge's `Rouge::Lexers::Shell`."""

    tokens = {
        "basic": [
            (r"#.*$", Comment),
            (rf"\b({'|'.join(KEYWORDS)})\s*\b", Keyword),
            (r"\bcase\b", Keyword, "case"),
            (rf"\b({'|'.join(BUILTINS)})\s*\b(?!(\.|-))", Name.Builtin),
            (r"[.](?=\s)", Name.Builtin),
            (r"(\b\w+)(=)", groups(Name.Variable, Operator)),
            (r"[\[\]{}()!=>]", Operator),
            (r"&&|\|\|", Operator),
            (r"<<<", Operator),
            (r"(<<-?)(\s*)(['\"]?)(\\?)(\w+)(\3)", heredoc_start),
        ],
        "heredoc": [
            (r"\n", String.Heredoc, "heredoc_nl"),
            (r"[^$\n\\]+", String.Heredoc),
            include("interp"),
            (r"[$]", String.Heredoc),
        ],
        "heredoc_nl": [
            (r"\s*(\w+)\s*\n", heredoc_line),
            (r"", lambda ctx, m: ctx.pop()),
        ],
        "double_quotes": [
            (r'(?:\$#?)?"', String.Double, "#pop"),
            include("interp"),
            (r'[^"`\\$]+', String.Double),
        ],
        "ansi_string": [
            (r"\\.", String.Escape),
            (r"[^\\']+", String.Single),
            include("single_quotes"),
        ],
        "single_quotes": [
            (r"'", String.Single, "#pop"),
            (r"[^']+", String.Single),
        ],
        "data": [
            (r"\s+", Text),
            (r"\\.", String.Escape),
            (r'\$?"', String.Double, "double_quotes"),
            (r"\$'", String.Single, "ansi_string"),
            (r"'", String.Single, "single_quotes"),
            (r"\*", Keyword),
            (r";", Punctuation),
            (r"--?[\w-]+", Name.Tag),
            (r"[^=\*\s{}()$\"'`;\\<]+", Text),
            (r"\d+(?= |\n?\Z)", Number),
            (r"<", Text),
            include("interp"),
        ],
        "curly": [
            (r"}", Keyword, "#pop"),
            (r":-", Keyword),
            (r"[a-zA-Z0-9_]+", Name.Variable),
            (r"[^}:\"`'$]+", Punctuation),
            include("root"),
        ],
        "paren_interp": [
            (r"\)", String.Interpol, "#pop"),
            (r"\(", Operator, "paren_inner"),
            include("root"),
        ],
        "paren_inner": [
            (r"\(", Operator, "#push"),
            (r"\)", Operator, "#pop"),
            include("root"),
        ],
        "math": [
            (r"\)\)", Keyword, "#pop"),
            (r"[-+*/%^|&!]|\*\*|\|\|", Operator),
            (r"\d+(#\w+)?", Number),
            include("root"),
        ],
        "case": [
            (r"\besac\b", Keyword, "#pop"),
            (r"\|", Punctuation),
            (r"\)", Punctuation, "case_stanza"),
            include("root"),
        ],
        "case_stanza": [
            (r";;", Punctuation, "#pop"),
            include("root"),
        ],
        "backticks": [
            (r"`", String.Backtick, "#pop"),
            include("root"),
        ],
        "interp": [
            (r"\\$", String.Escape),
            (r"\\.", String.Escape),
            (r"\$\(\(", Keyword, "math"),
            (r"\$\(", String.Interpol, "paren_interp"),
            (r"\${#?", Keyword, "curly"),
            (r"`", String.Backtick, "backticks"),
            (r"\$#?(\w+|.)", Name.Variable),
            (r"\$[*@]", Name.Variable),
        ],
        "root": [include("basic"), include("data")],
    }
