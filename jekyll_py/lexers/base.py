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

from pygments.token import Error, Text, _TokenType

Token = tuple[_TokenType, str]
Action = _TokenType | Callable[["Context", re.Match[str]], None] | None

# Ruby regexes: `\w`, `\d`, `\s` are ASCII-only and `^`/`$` always work per line; `\b` is not (`unicode_boundaries`)
FLAGS = re.MULTILINE | re.ASCII
MAX_NULL_SCANS = 5  # Rouge's RegexLexer::MAX_NULL_SCANS
# Onigmo's Unicode properties, usable under the ASCII flag: \p{L}, \p{Word} (and \p{Cf}, format characters)
# Ruby's \s, for lexers compiled for Unicode letters (java, python, r), where Python's \s takes a no-break space
RUBY_SPACE = r"[ \t\n\v\f\r]"
LETTER = r"(?u:[^\W\d_])"
WORD = r"(?u:\w)"
# Rouge's `"(\\[\\"]|[^"])*"` (also spelt `"(\\\\|\\"|[^"])*"`: awk, d, graphql, scheme, racket) backtracks
# exponentially when no closing quote follows a run of backslashes; this matches the same text in linear time.
# The greedy parse (a backslash takes a following `\` or `"` with it) ends at the first quote it reaches; if it
# runs to the end instead, Rouge's backtracking settles on the text's last quote. Checked against the original
# on every string of up to 12 characters over `a`, `\`, `"` and a newline after the opening quote.
RUBY_QUOTED_STRING = r'"(?:[^"\\]|\\[\\"]?)*+"|"(?s:.*)"'
FORMAT_CHARS = "\u00ad\u0600-\u0605\u061c\u06dd\u070f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff"


UNICODE_WORD_AHEAD = "(?=(?u:\\w))"  # what a leading `\\b` asks of the next character (`_scan_from_here`)
# an escape, a character class (a `]` right after `[` or `[^` is literal), or one character
WORD_BOUNDARY = re.compile(r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|.", re.DOTALL)


def either(*parts: str) -> str:
    """Alternatives as one group: how a Ruby character class mixing `\\p{...}` and ASCII is written here."""
    return "(?:" + "|".join(parts) + ")"


class include(str):  # noqa: N801 - reads like Rouge's `mixin :name` in rule tables
    """A state's rules mixed into another state at that point (Rouge's `mixin`)."""


def _scan_from_here(pattern: str) -> str:
    """StringScanner matches from the scan position as if the text started there: a leading `\\b` only asks
    whether the next character is a word character, `\\A` holds, a leading negative lookbehind always holds and
    a positive one never does."""
    flags = re.match(r"\(\?[a-z]+\)", pattern)
    if flags:
        return flags.group(0) + _scan_from_here(pattern[flags.end() :])
    if pattern.startswith("\\b"):
        return UNICODE_WORD_AHEAD + pattern[2:]
    if pattern.startswith("\\A"):  # `\A` is the scan position
        return pattern[2:]
    if pattern.startswith("(?<="):  # a leading lookbehind sees nothing, so it never holds
        return "(?!)"
    if pattern.startswith("(?<!"):
        depth = 0
        for i, ch in enumerate(pattern):
            depth += (ch == "(") - (ch == ")") if pattern[i - 1 : i] != "\\" else 0
            if depth == 0:
                return pattern[i + 1 :]
    return pattern


def unicode_boundaries(pattern: str) -> str:
    """Onigmo's `\\b` and `\\B` see Unicode letters as word characters although its `\\w` does not
    (`"breakä" =~ /break\\b/` fails): outside character classes they become Python's Unicode ones."""
    if "\\b" not in pattern and "\\B" not in pattern:
        return pattern
    pieces = WORD_BOUNDARY.findall(pattern)
    return "".join(f"(?u:{piece})" if piece in ("\\b", "\\B") else piece for piece in pieces)


class AnonState:
    """A state made at lex time from rule tuples; `include(...)` still names the lexer's own states."""

    __slots__ = ("rules",)

    def __init__(self, lexer: RougeLexer, rules: list[Any]) -> None:
        self.rules: list[_Rule] = []
        for rule in rules:
            if isinstance(rule, include):
                self.rules.extend(lexer.rules(rule))
            else:
                pattern, action, *rest = rule
                self.rules.append(_Rule(pattern, action, rest[0] if rest else None, lexer.flags))


State = str | AnonState


class _Rule:
    __slots__ = ("bol", "pattern", "match", "action", "next_state")

    def __init__(self, pattern: str, action: Action, next_state: Any, flags: int) -> None:
        pattern = unicode_boundaries(_scan_from_here(pattern))
        self.bol = pattern.startswith("^")
        self.pattern = re.compile(pattern, flags)
        self.match = self.pattern.match
        self.action = action
        self.next_state = next_state


Matcher = Callable[..., "re.Match[str] | None"]
Segment = tuple[Matcher, "list[_Rule | None] | _Rule"]  # joined rules by `lastindex`, or one rule tried alone
LEADING_FLAGS = re.compile(r"\(\?([a-z]+)\)")
UNCOMBINABLE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(|\(\?[a-z]*x")  # numbered or named backreferences, verbose


class Alternation:
    """A state's rules as regexes of alternatives, tried in order by the regex engine itself.

    The regex engine returns the first alternative that matches at the position, which is the rule the loop
    over the rules would find, in one call instead of one per rule (a dozen per token). Each rule is the
    named group `_i`; as the outermost group of its alternative it is the match's `lastindex`. A rule whose
    callback reads groups gets its own match, numbered as it expects. A `bol` rule is tried only where a
    line starts: its alternative begins with `^`, which the lexers' MULTILINE flag makes mean just that.
    A rule that cannot be joined (a backreference, verbose mode) is tried alone, between the runs of rules
    joined before and after it."""

    __slots__ = ("segments",)

    def __init__(self, segments: list[Segment]) -> None:
        self.segments = segments

    @classmethod
    def of(cls, rules: list[_Rule], flags: int) -> Alternation | None:
        """None without MULTILINE (`^` would not mark line starts alone) or when no two rules can be joined."""
        if not flags & re.MULTILINE:
            return None
        segments: list[Segment] = []
        run: list[_Rule] = []
        for rule in [*rules, None]:
            if rule is not None and not UNCOMBINABLE.search(rule.pattern.pattern):
                run.append(rule)
                continue
            if run:
                joined = _joined(run, flags)
                segments.extend([joined] if joined is not None else [(one.match, one) for one in run])
                run = []
            if rule is not None:
                segments.append((rule.match, rule))
        if len(segments) >= len(rules):
            return None  # nothing joined: the plain loop is as quick
        return cls(segments)


def _joined(rules: list[_Rule], flags: int) -> Segment | None:
    """One regex for a run of rules, or None if Python's regex syntax refuses to join them."""
    parts = []
    for index, rule in enumerate(rules):
        source = rule.pattern.pattern
        if leading := LEADING_FLAGS.match(source):  # global flags become the alternative's own
            source = f"(?{leading.group(1)}:{source[leading.end():]})"
        if rule.bol:  # the whole rule waits for a line start (`^a|b` too)
            source = f"^(?:{source})"
        parts.append(f"(?P<_{index}>{source})")
    try:
        combined = re.compile("|".join(parts), flags)
    except re.error:
        return None
    if combined.groups != len(rules) + sum(rule.pattern.groups for rule in rules):
        return None
    rule_at: list[_Rule | None] = [None] * (combined.groups + 1)
    for index, rule in enumerate(rules):
        rule_at[combined.groupindex[f"_{index}"]] = rule
    return combined.match, rule_at


def words(names: list[str] | str, suffix: str = "") -> str:
    """Rouge's `/(?:#{list.join('|')})/` keyword alternations (names are regex source, as in Rouge)."""
    return "(?:" + "|".join(names.split() if isinstance(names, str) else names) + ")" + suffix


def groups(*tokens: _TokenType | None) -> Callable[[Context, re.Match[str]], None]:
    """Rouge's `groups`: each regex group as its own token (None skips a group)."""

    def action(ctx: Context, m: re.Match[str]) -> None:
        for i, tok in enumerate(tokens, 1):
            if tok is not None:
                ctx.token(tok, m.group(i) or "")

    return action


class Context:
    """One lexing run: the state stack, the output, and per-lexer variables (Rouge's instance variables)."""

    def __init__(self, lexer: RougeLexer) -> None:
        self.lexer = lexer
        self.stack: list[State] = ["root"]
        self.vars: dict[str, Any] = {}
        self.out: list[Token] = []
        self.match: re.Match[str] | None = None

    def token(self, tok: _TokenType, value: str | None = None) -> None:
        if value is None:
            assert self.match is not None
            value = self.match.group(0)
        if value:
            self.out.append((tok, value))

    def push(self, state: State | None = None) -> None:
        self.stack.append(state or self.stack[-1])

    def push_rules(self, rules: list[Any]) -> None:
        """Rouge's `push do ... end`: an anonymous state built for this match (e.g. Ruby's `%q(...)` strings)."""
        self.stack.append(AnonState(self.lexer, rules))

    def pop(self, times: int = 1) -> None:
        del self.stack[len(self.stack) - times :]

    def reset_stack(self) -> None:
        """Rouge's `reset_stack`: back to `root` alone."""
        self.stack[:] = ["root"]

    def goto(self, state: State) -> None:
        self.stack[-1] = state

    def in_state(self, state: str) -> bool:
        return state in self.stack

    def delegate(self, lexer: RougeLexer | type[RougeLexer], text: str | None = None) -> None:
        """Rouge's `delegate`: lex `text` (default: the match) with another lexer, fresh state each time."""
        if text is None:
            assert self.match is not None
            text = self.match.group(0)
        if isinstance(lexer, type):
            self.out.extend(lexer().lex(text))
        else:  # an instance keeps its stack from one delegation to the next
            self.out.extend(lexer.continue_lex(text))

    def recurse(self, text: str | None = None) -> None:
        """Rouge's `recurse`: lex `text` with a fresh lexer of this lexer's class."""
        self.delegate(type(self.lexer), text)

    def apply(self, next_state: Any) -> None:
        if next_state is None:
            return
        for step in next_state if isinstance(next_state, tuple) else (next_state,):
            if step == "#pop":
                self.pop()
            elif step.startswith("#goto:"):  # Rouge's `goto :state`
                self.goto(step[6:])
            elif step == "#push":
                self.push()
            else:
                self.push(step)


class RougeLexer:
    """Base of the ported lexers: subclasses set `tokens` (state name -> rules) and may override `start`."""

    tokens: ClassVar[dict[str, list[Any]]] = {}
    flags: ClassVar[int] = FLAGS
    _states: ClassVar[dict[str, list[_Rule]]]
    _alternations: ClassVar[dict[str, Alternation | None]]
    _resume_points: ClassVar[dict[str, list[int | None]]]

    def __init__(self) -> None:
        self.ctx = Context(self)
        self._last: tuple[State, _Rule]  # the state a step began in and the rule it applied (`_resume`)
        self.start(self.ctx)

    def start(self, ctx: Context) -> None:
        """Rouge's `start { ... }` blocks: set up a fresh run."""

    def reset(self) -> None:
        self.ctx = Context(self)
        self.start(self.ctx)

    @classmethod
    def _own(cls, name: str) -> dict[str, Any]:
        """A cache of this very class (a subclass's states are not its base's)."""
        cached = cls.__dict__.get(name)
        if cached is None:
            cached = {}
            setattr(cls, name, cached)
        return cached

    @classmethod
    def alternation(cls, state: str) -> Alternation | None:
        cached = cls._own("_alternations")
        if state not in cached:
            cached[state] = Alternation.of(cls.rules(state), cls.flags)
        return cached[state]

    @classmethod
    def rules(cls, state: str) -> list[_Rule]:
        states = cls._own("_states")
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

    @classmethod
    def resume_points(cls, state: str) -> list[int | None]:
        """For each of a state's rules (mixins spread out, as `rules` lists them), where Rouge goes on when that
        rule fails after too many empty steps: the rule after the innermost mixin holding it, or None (no rule)
        for the state's own rules."""
        cached = cls._own("_resume_points")
        if state not in cached:
            points: list[int | None] = []

            def walk(name: str, after: int | None, seen: set[str]) -> None:
                seen = seen | {name}
                for rule in cls.tokens[name]:
                    if not isinstance(rule, include):
                        points.append(after)
                    elif rule not in seen:
                        walk(rule, len(points) + len(cls._compile(rule, seen)), seen)

            walk(state, None, set())
            cached[state] = points
        return cached[state]

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
                if null_steps <= MAX_NULL_SCANS:
                    continue
                step = self._resume(ctx, text, pos)
                if step is None:
                    ctx.out.append((Error, text[pos]))
                    pos += 1
                    continue
            null_steps = 0
            pos = step
        return ctx.out

    def _resume(self, ctx: Context, text: str, pos: int) -> int | None:
        """Rouge's `step` once empty steps pass its limit: the rule that just ran (its action done) fails, and
        the rules after its innermost mixin are tried in turn, each failing too if it matches nothing; None when
        no rule takes a character (an `Error` then, as when no rule matches)."""
        state, rule = self._last
        rules = state.rules if isinstance(state, AnonState) else self.rules(state)
        resume = [None] * len(rules) if isinstance(state, AnonState) else self.resume_points(state)
        index = resume[next(i for i, candidate in enumerate(rules) if candidate is rule)]
        at_bol = pos == 0 or text[pos - 1] == "\n"
        while index is not None and index < len(rules):
            rule = rules[index]
            m = None if rule.bol and not at_bol else rule.match(text, pos)
            if m is None:
                index += 1
                continue
            end = self._apply(ctx, rule, m)
            if end > pos:
                return end
            index = resume[index]
        return None

    def _step(self, ctx: Context, text: str, pos: int) -> int | None:
        top = ctx.stack[-1] if ctx.stack else "root"
        alternation = self.alternation(top) if isinstance(top, str) else None
        if alternation is None:
            return self._step_rule_by_rule(ctx, text, pos, top)
        for match, found in alternation.segments:
            if isinstance(found, _Rule):  # tried alone, as in the loop
                if found.bol and not (pos == 0 or text[pos - 1] == "\n"):
                    continue
                if (m := match(text, pos)) is not None:
                    self._last = (top, found)
                    return self._apply(ctx, found, m)
            elif (m := match(text, pos)) is not None:
                rule = found[m.lastindex]  # type: ignore[index]
                assert rule is not None
                if callable(rule.action) and not isinstance(rule.action, _TokenType):
                    m = rule.match(text, pos)  # its own groups, numbered from 1
                self._last = (top, rule)
                return self._apply(ctx, rule, m)  # type: ignore[arg-type]
        return None

    def _step_rule_by_rule(self, ctx: Context, text: str, pos: int, top: State) -> int | None:
        at_bol = pos == 0 or text[pos - 1] == "\n"
        for rule in self.rules(top) if isinstance(top, str) else top.rules:
            if rule.bol and not at_bol:
                continue
            m = rule.match(text, pos)
            if m is not None:
                self._last = (top, rule)
                return self._apply(ctx, rule, m)
        return None

    @staticmethod
    def _apply(ctx: Context, rule: _Rule, m: re.Match[str]) -> int:
        ctx.match = m
        if isinstance(rule.action, _TokenType):
            ctx.token(rule.action)
        elif rule.action is not None:  # None: a rule that only moves on the stack
            rule.action(ctx, m)
        ctx.apply(rule.next_state)
        return m.end()


class PlainTextLexer:
    """Rouge's `PlainText`: the whole text as one token (`Text` unless told otherwise)."""

    def __init__(self, token: _TokenType = Text) -> None:
        self.token_type = token

    def reset(self) -> None:
        """Nothing to reset: plain text has no state."""

    def lex(self, text: str) -> list[Token]:
        return [(self.token_type, text)] if text else []

    continue_lex = lex


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


def starts_block(ctx: Context, state: str) -> None:
    """Rouge's `Indentation#starts_block`: lines indented deeper than the current one go to `state`."""
    ctx.vars["block_state"] = state
    ctx.vars["block_indentation"] = ctx.vars.get("last_indentation") or ""


def indentation(ctx: Context, indent: str) -> None:
    """Rouge's `Indentation#indentation`: a line's leading blanks push the pending block's state while the line
    is indented deeper than the line that started the block, and `content` (ending the block) otherwise."""
    ctx.vars["last_indentation"] = indent
    block = ctx.vars.get("block_indentation")
    if ctx.vars.get("block_state") and indent.startswith(block) and indent != block:
        ctx.push(ctx.vars["block_state"])
    else:
        ctx.vars["block_state"] = ctx.vars["block_indentation"] = None
        ctx.push("content")
