"""Turning python-liquid's exceptions into jekyll_py's located `LiquidError`.

python-liquid errors carry a token (an index into the template source); users need the
file, line and column in *their* file (front matter included) and the include chain.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import liquid.exceptions as engine_errors

from jekyll_py.errors import LiquidError

if TYPE_CHECKING:
    from liquid.token import Token


class JekyllTagError(engine_errors.LiquidError):
    """An error a Jekyll tag or filter raises, worded as Jekyll words it.

    `ruby_class` names the Ruby exception class Jekyll raises (IOError, ArgumentError, ...),
    so messages and tests can say `IOError: Could not locate the included file ...`.
    """

    def __init__(self, message: str, *, ruby_class: str = "Liquid::Error",
                 token: Token | None = None) -> None:
        super().__init__(message, token=token)
        self.ruby_class = ruby_class

    def __str__(self) -> str:
        return str(self.message)


class RubySyntaxError(engine_errors.LiquidSyntaxError):
    """A syntax error Ruby raises in every error mode (its lax parser's own failures), where
    python-liquid would only warn in warn/lax mode."""


def token_position(token: Token | None, line_offset: int = 0) -> tuple[int | None, int | None]:
    """1-based (line, column) of a token in its template, shifted by the front-matter lines."""
    if token is None or token.start_index < 0 or not token.source:
        return None, None
    index = token.start_index
    source = token.source
    line = source.count("\n", 0, index) + 1 + line_offset
    column = index - (source.rfind("\n", 0, index) + 1) + 1
    return line, column


# Ruby Liquid's text for a tag whose markup is missing; it raises these even in lax mode.
MISSING_MARKUP = {
    "if": "Syntax Error in tag 'if' - Valid syntax: if [expression]",
    "unless": "Syntax Error in tag 'if' - Valid syntax: if [expression]",
    "case": "Syntax Error in 'case' - Valid syntax: case [condition]",
    "for": "Syntax Error in 'for loop' - Valid syntax: for [item] in [collection]",
    "assign": "Syntax Error in 'assign' - Valid syntax: assign [var] = [source]",
    "capture": "Syntax Error in 'capture' - Valid syntax: capture [var]",
}
LOOP_LIMIT_TEXT = "10,000,000"  # JekyllEnvironment.loop_iteration_limit
UNEXPECTED_TAG = re.compile(r"^unexpected tag '([^']*)'")
NEVER_CLOSED = re.compile(r"^expected tag end(\w+), found end of expression")


def missing_markup(err: engine_errors.LiquidError) -> str | None:
    """Ruby's message when a block or assignment tag has no markup at all, else None."""
    token = err.token
    if str(err.message) == "missing expression" and token is not None and token.kind == "tag":
        return MISSING_MARKUP.get(str(token.value))
    return None


def plain_message(err: engine_errors.LiquidError) -> str:
    """The error's own message in Ruby Liquid's words, without python-liquid's source excerpt."""
    if isinstance(err, engine_errors.BlockNestingError | engine_errors.ContextDepthError):
        return "Nesting too deep"  # Ruby's Liquid::StackLevelError
    if isinstance(err, engine_errors.LoopIterationLimitError):
        return (f"for loops nested here would run more than {LOOP_LIMIT_TEXT} iterations, "
                "jekyll-py's limit (Jekyll has none and would take minutes or hours)")
    message = str(err.message if err.args else type(err).__name__)
    if (match := UNEXPECTED_TAG.match(message)) is not None:
        return f"Unknown tag '{match.group(1)}'"
    if (match := NEVER_CLOSED.match(message)) is not None:
        return f"'{match.group(1)}' tag was never closed"
    return missing_markup(err) or message


def to_jekyll_error(err: engine_errors.LiquidError, file: str | None,
                    line_offset: int = 0) -> LiquidError:
    """Locate a python-liquid error in `file`, as a jekyll_py LiquidError."""
    line, column = token_position(err.token, line_offset)
    located = LiquidError(plain_message(err), file=file, line=line, column=column)
    located.ruby_class = getattr(err, "ruby_class", ruby_class_of(err))  # type: ignore[attr-defined]
    return located


def ruby_class_of(err: engine_errors.LiquidError) -> str:
    """The Ruby Liquid class Ruby would raise for a python-liquid error of this kind."""
    if isinstance(err, engine_errors.LiquidSyntaxError):
        return "Liquid::SyntaxError"
    if isinstance(err, engine_errors.BlockNestingError | engine_errors.ContextDepthError):
        return "Liquid::StackLevelError"
    if isinstance(err, engine_errors.UndefinedError):
        return "Liquid::UndefinedVariable"
    if isinstance(err, engine_errors.UnknownFilterError):
        return "Liquid::UndefinedFilter"
    return "Liquid::ArgumentError"
