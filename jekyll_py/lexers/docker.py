"""Rouge's `docker` lexer: instructions as keywords with the rest of the line a string; `RUN` lines go to one
shell lexer that keeps its state from line to line."""

from __future__ import annotations

import re

from pygments.token import Comment, Keyword, String, Text, Whitespace

from jekyll_py.lexers.base import Context, RougeLexer, groups
from jekyll_py.lexers.shell import ShellLexer

KEYWORDS = (
    "FROM|MAINTAINER|CMD|LABEL|EXPOSE|ENV|ADD|COPY|ENTRYPOINT|VOLUME|USER|WORKDIR|ARG|STOPSIGNAL|HEALTHCHECK|SHELL"
)


def _run(ctx: Context, m: re.Match[str]) -> None:
    ctx.token(Keyword)
    ctx.push("run")
    ctx.vars["shell"].reset()


class DockerLexer(RougeLexer):
    """Rouge's `Rouge::Lexers::Docker`."""

    def start(self, ctx: Context) -> None:
        ctx.vars["shell"] = ShellLexer()

    tokens = {
        "root": [
            (r"\s+", Text),
            (
                r"(?i)^(FROM)(\s+)(.*)(\s+)(AS)(\s+)(.*)",
                groups(Keyword, Whitespace, String, Whitespace, Keyword, Whitespace, String),
            ),
            (rf"(?i)^(ONBUILD)(\s+)({KEYWORDS})(.*)", groups(Keyword, Whitespace, Keyword, String)),
            (rf"(?i)^({KEYWORDS})\b(.*)", groups(Keyword, String)),
            (r"#.*?$", Comment),
            (r"(?i)^(ONBUILD\s+)?RUN(\s+)", _run),
            (r"\w+", Text),
            (r"[^\w]+", Text),
            (r".", Text),
        ],
        "run": [
            (r"\n", Text, "#pop"),
            (r"(?s)\\.", String.Escape),
            (r"(\\.|[^\n\\])+", lambda ctx, m: ctx.delegate(ctx.vars["shell"])),
        ],
    }
