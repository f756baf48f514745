"""A regex-state lexer engine with Rouge's matching rules, so ported Rouge lexers tokenize exactly as Rouge does.

Rouge (3.30) scans with Ruby's StringScanner, which differs from Pygments' RegexLexer in ways that show in the
output: a rule whose pattern starts with `^` is tried only at the beginning of a line, a leading `\\b` cannot see
the character before the scan position (so it only asks whether the next character is a word character), an
unmatched character becomes one `Error` token without resetting the state stack, and a lexer can be continued
(`continue_lex`) with its stack kept, which the console lexer relies on line after line. Rules are written as in
Pygments (`(pattern, token[, next_state])`, `include(...)`), with token types from `pygments.token`; a rule's
action may also be a callable taking `(ctx, match)` for Rouge's `rule ... do |m| ... end` blocks.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any, ClassVar

from pygments.token import Error, _TokenType

Token = tuple[_TokenType, str]
Action = _TokenType | Callable[["Context", re.Match[str]], None]

# Ruby regexes: `\w`, `\d`, `\s`, `\b` are ASCII-only and `^`/`$` always work per line
FLAGS = re.MULTILINE | re.ASCII
MAX_NULL_SCANS = 5  # Rouge's RegexLexer::MAX_NULL_SCANS


class include(str):  # noqa: N801 - reads like Rouge's `mixin :name` in rule tables
    """A state's rules mixed into another state at that point (Rouge's `mixin`)."""


def _scan_from_here(pattern: str) -> str:
    """StringScanner matches from the scan position as if the text started there: a leading `\\b` only asks
    whether the next character is a word character, and a leading negative lookbehind always holds."""
    if pattern.startswith("\\b"):
        return "(?=\\w)" + pattern[2:]
    if pattern.startswith("(?<!"):
        depth = 0
        for i, ch in enumerate(pattern):
            depth += (ch == "(") - (ch == ")") if pattern[i - 1 : i] != "\\" else 0
            if depth == 0:
                return pattern[i + 1 :]
    return pattern


class _Rule:
    __slots__ = ("bol", "match", "action", "next_state")

    def __init__(self, pattern: str, action: Action, next_state: Any, flags: int) -> None:
        # StringScanner's `\b` at the scan position sees no previous character
        if pattern.startswith("\\b"):
            pattern = "(?=\\w)" + pattern[2:]
        self.bol = pattern.startswith("^")
        self.match = re.compile(pattern, flags).match
        self.action = action
        self.next_state = next_state


def groups(*tokens: _TokenType | None) -> Callable[[Context, re.Match[str]], None]:
    """Rouge's `groups`: each regex group as its own token (None skips a group)."""

    def action(ctx: Context, m: re.Match[str]) -> None:
        for i, tok in enumerate(tokens, 1):
            if tok is not None:
                ctx.token(tok, m.group(i))

    return action


class Context:
    """One lexing run: the state stack, the output, and per-lexer variables (Rouge's instance variables)."""

    def __init__(self, lexer: RougeLexer) -> None:
        self.lexer = lexer
        self.stack: list[str] = ["root"]
        self.vars: dict[str, Any] = {}
        self.out: list[Token] = []
        self.match: re.Match[str] | None = None

    def token(self, tok: _TokenType, value: str | None = None) -> None:
        if value is None:
            assert self.match is not None
            value = self.match.group(0)
        if value:
            self.out.append((tok, value))

    def push(self, state: str | None = None) -> None:
        self.stack.append(state or self.stack[-1])

    def pop(self, times: int = 1) -> None:
        del self.stack[len(self.stack) - times :]

    def goto(self, state: str) -> None:
        self.stack[-1] = state

    def in_state(self, state: str) -> bool:
        return state in self.stack

    def delegate(self, lexer: RougeLexer | type[RougeLexer], text: str | None = None) -> None:
        """Rouge's `delegate`: lex `text` (default: the match) with another lexer, fresh state each time."""
        if text is None:
            assert self.match is not None
            text = self.match.group(0)
        sub = lexer() if isinstance(lexer, type) else lexer
        self.out.extend(sub.lex(text))

    def apply(self, next_state: Any) -> None:
        if next_state is None:
            return
        for step in next_state if isinstance(next_state, tuple) else (next_state,):
            if step == "#pop":
                self.pop()
            elif step == "#push":
                self.push()
            else:
                self.push(step)


class RougeLexer:
    """Base of the ported lexers: subclasses set `tokens` (state name -> rules) and may override `start`."""

    tokens: ClassVar[dict[str, list[Any]]] = {}
    flags: ClassVar[int] = FLAGS
    _states: ClassVar[dict[str, list[_Rule]]]

    def __init__(self) -> None:
        self.ctx = Context(self)
        self.start(self.ctx)

    def start(self, ctx: Context) -> None:
        """Rouge's `start { ... }` blocks: set up a fresh run."""

    def reset(self) -> None:
        self.ctx = Context(self)
        self.start(self.ctx)

    @classmethod
    def rules(cls, state: str) -> list[_Rule]:
        states = cls.__dict__.get("_states")
        if states is None:
            states = {}
            cls._states = states
        if state not in states:
            states[state] = cls._compile(state, set())
        return states[state]

    @classmethod
    def _compile(cls, state: str, seen: set[str]) -> list[_Rule]:
        seen = seen | {state}
        out: list[_Rule] = []
        for rule in cls.tokens[state]:
            if isinstance(rule, include):
                if rule not in seen:
                    out.extend(cls._compile(rule, seen))
                continue
            pattern, action, *rest = rule
            out.append(_Rule(pattern, action, rest[0] if rest else None, cls.flags))
        return out

    def lex(self, text: str) -> list[Token]:
        """Rouge's `lex`: a fresh run over `text`."""
        self.reset()
        return self.continue_lex(text)

    def continue_lex(self, text: str) -> list[Token]:
        """Rouge's `continue_lex`: go on lexing with the state stack the last call left."""
        ctx = self.ctx
        ctx.out = []
        pos, null_steps = 0, 0
        while pos < len(text):
            step = self._step(ctx, text, pos)
            if step is None:
                ctx.out.append((Error, text[pos]))
                pos += 1
                continue
            if step == pos:
                null_steps += 1
                if null_steps > MAX_NULL_SCANS:
                    ctx.out.append((Error, text[pos]))
                    pos += 1
                continue
            null_steps = 0
            pos = step
        return ctx.out

    def _step(self, ctx: Context, text: str, pos: int) -> int | None:
        at_bol = pos == 0 or text[pos - 1] == "\n"
        for rule in self.rules(ctx.stack[-1] if ctx.stack else "root"):
            if rule.bol and not at_bol:
                continue
            m = rule.match(text, pos)
            if m is None:
                continue
            ctx.match = m
            if isinstance(rule.action, _TokenType):
                ctx.token(rule.action)
            else:
                rule.action(ctx, m)
            ctx.apply(rule.next_state)
            return m.end()
        return None


def merged(tokens: list[Token]) -> Iterator[Token]:
    """Consecutive tokens of one type merged and empty ones dropped, as Rouge's `Lexer#continue_lex` yields them."""
    last_tok, last_val = None, ""
    for tok, val in tokens:
        if not val:
            continue
        if tok is last_tok:
            last_val += val
            continue
        if last_tok is not None:
            yield last_tok, last_val
        last_tok, last_val = tok, val
    if last_tok is not None:
        yield last_tok, last_val
