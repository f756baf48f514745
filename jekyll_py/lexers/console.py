"""Rouge's `console` lexer: shell sessions, a prompt per command line, everything else program output."""

from __future__ import annotations

import re

from pygments.token import Comment, Generic, Whitespace

from jekyll_py.lexers.base import Token
from jekyll_py.lexers.shell import ShellLexer

_LINE = re.compile(r"(.*?)(\n|$)")
_SNIP = re.compile(r"\A\s*(?:<[.]+>|[.]+)\s*\Z")
# default options: no ?prompt, so comments are off and `#` also ends a prompt
_PROMPT = re.compile(r".*?(?:\$|\#|>|;)", re.DOTALL)
_SPACE = re.compile(r"\s*")


class ConsoleLexer:
    """Rouge's `ConsoleLexer` with its default options (shell commands, plain output)."""

    def __init__(self) -> None:
        self.shell = ShellLexer()

    def reset(self) -> None:
        self.shell.reset()

    def lex(self, text: str) -> list[Token]:
        self.reset()
        return self.continue_lex(text)

    def continue_lex(self, text: str) -> list[Token]:
        """Go on with the shell state the last call left (Markdown hands a fenced session over line by line)."""
        out: list[Token] = []
        pos = 0
        while pos < len(text):
            m = _LINE.match(text, pos)
            assert m is not None
            line = m.group(0)
            pos = m.end() if m.end() > pos else len(text)
            out.extend(self._line(line))
        return out

    def _line(self, line: str) -> list[Token]:
        if _SNIP.match(line):
            self.shell.reset()
            return [(Comment, line)]
        prompt = _PROMPT.match(line)
        if prompt is None:
            # Rouge's output lexer is PlainText with the Generic::Output token
            self.shell.reset()
            return [(Generic.Output, line)]
        rest = line[prompt.end() :]
        space = _SPACE.match(rest)
        assert space is not None
        return [
            (Generic.Prompt, prompt.group(0)),
            (Whitespace, space.group(0)),
            *self.shell.continue_lex(rest[space.end() :]),
        ]
