"""Ruby Liquid's lax parser for variables, which Jekyll's default `warn` mode falls back to.

When the strict parse of `{{ ... }}` or of an `assign` value fails, Ruby warns and re-reads the
markup with regexes: the first quoted fragment is the value, each `|`-separated chunk's first
word is a filter, and `:`/`,`-introduced fragments are its arguments; everything else is
silently ignored. That is how `{{ x | upcase junk }}` and `assign a = (x | downcase)` render.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from liquid import Mode
from liquid.builtin.expressions import FilteredExpression, tokenize
from liquid.exceptions import FilterArgumentError, LiquidSyntaxError
from liquid.expression import Expression
from liquid.stream import TokenStream

if TYPE_CHECKING:
    from liquid import RenderContext
    from liquid.token import Token

QUOTED_STRING = r"\"[^\"]*\"|'[^']*'"
QUOTED_FRAGMENT = rf"(?:{QUOTED_STRING}|(?:[^\s,\|'\"]|{QUOTED_STRING})+)"
MARKUP_WITH_QUOTED_FRAGMENT = re.compile(rf"({QUOTED_FRAGMENT})(.*)", re.DOTALL)
FILTER_MARKUP = re.compile(r"\|\s*(.*)", re.DOTALL)
FILTER_PARSER = re.compile(rf"(?:\s+|{QUOTED_FRAGMENT}|,)+")
FILTER_ARGS = re.compile(rf"(?::|,)\s*((?:\w+\s*:\s*)?{QUOTED_FRAGMENT})")
TAG_ATTRIBUTE = re.compile(rf"\A(\w[\w-]*)\s*:\s*({QUOTED_FRAGMENT})\Z")
VARIABLE_PARSER = re.compile(r"\[[^\]]+\]|[\w-]+\??")
INTEGER = re.compile(r"\A(-?\d+)\Z")
FLOAT = re.compile(r"\A(-?\d[\d.]+)\Z")
RANGE = re.compile(r"\A\(\s*(\S+)\s*\.\.\s*(\S+)\s*\)\Z")
LITERALS: dict[str, Any] = {"nil": None, "null": None, "": None, "true": True, "false": False,
                            "blank": "", "empty": ""}


class Constant(Expression):
    __slots__ = ("value",)

    def __init__(self, token: Token, value: Any) -> None:
        super().__init__(token)
        self.value = value

    def evaluate(self, context: RenderContext) -> Any:
        return self.value

    def children(self) -> Iterable[Expression]:
        return []


class Lookup(Expression):
    """Ruby's VariableLookup: a name (or `[expr]`) followed by `.key` and `[expr]` steps."""

    __slots__ = ("steps",)

    def __init__(self, token: Token, steps: list[Expression | str]) -> None:
        super().__init__(token)
        self.steps = steps

    def evaluate(self, context: RenderContext) -> Any:
        path = [step if isinstance(step, str) else step.evaluate(context) for step in self.steps]
        return context.get(path, token=self.token)

    def children(self) -> Iterable[Expression]:
        return [step for step in self.steps if isinstance(step, Expression)]


class RangeExpression(Expression):
    __slots__ = ("start", "stop")

    def __init__(self, token: Token, start: Expression, stop: Expression) -> None:
        super().__init__(token)
        self.start, self.stop = start, stop

    def evaluate(self, context: RenderContext) -> range:
        from jekyll_py.liquid.values import to_number

        return range(int(to_number(self.start.evaluate(context))),
                     int(to_number(self.stop.evaluate(context))) + 1)

    def children(self) -> Iterable[Expression]:
        return [self.start, self.stop]


def parse_expression(markup: str, token: Token) -> Expression:
    """Ruby's Expression.parse: literals, integers, ranges, floats, else a variable lookup."""
    markup = markup.strip()
    if len(markup) >= 2 and markup[0] == markup[-1] and markup[0] in "\"'":
        return Constant(token, markup[1:-1])
    if match := INTEGER.match(markup):
        return Constant(token, int(match.group(1)))
    if match := RANGE.match(markup):
        return RangeExpression(token, parse_expression(match.group(1), token),
                               parse_expression(match.group(2), token))
    if match := FLOAT.match(markup):
        return Constant(token, _ruby_to_f(match.group(1)))
    if markup in LITERALS:
        return Constant(token, LITERALS[markup])
    return parse_lookup(markup, token)


def _ruby_to_f(text: str) -> float:
    """String#to_f: the longest leading float (`1.2.3` is 1.2)."""
    match = re.match(r"-?\d+(\.\d+)?", text)
    return float(match.group(0)) if match else 0.0


def parse_lookup(markup: str, token: Token) -> Expression:
    steps: list[Expression | str] = []
    for part in VARIABLE_PARSER.findall(markup):
        if part.startswith("["):
            steps.append(parse_expression(part[1:-1], token))
        else:
            steps.append(part)
    if not steps:
        return Constant(token, None)
    return Lookup(token, steps)


class LaxFilter:
    __slots__ = ("name", "args", "kwargs", "token")

    def __init__(self, name: str, args: list[Expression], kwargs: dict[str, Expression],
                 token: Token) -> None:
        self.name, self.args, self.kwargs, self.token = name, args, kwargs, token

    def apply(self, value: Any, context: RenderContext) -> Any:
        func = context.filter(self.name, token=self.token)
        args = [arg.evaluate(context) for arg in self.args]
        kwargs = {key: arg.evaluate(context) for key, arg in self.kwargs.items()}
        try:
            return func(value, *args, **kwargs)
        except TypeError as err:
            raise FilterArgumentError(f"{self.name}: {err}", token=self.token) from err


class LaxFilteredExpression(Expression):
    __slots__ = ("left", "filters")

    def __init__(self, token: Token, left: Expression, filters: list[LaxFilter]) -> None:
        super().__init__(token)
        self.left, self.filters = left, filters

    def evaluate(self, context: RenderContext) -> Any:
        value = self.left.evaluate(context)
        for lax_filter in self.filters:
            value = lax_filter.apply(value, context)
        return value

    def children(self) -> Iterable[Expression]:
        return [self.left]


def _parse_filter(chunk: str, token: Token) -> LaxFilter | None:
    name = re.search(r"\w+", chunk)
    if not name:
        return None
    args: list[Expression] = []
    kwargs: dict[str, Expression] = {}
    for arg in FILTER_ARGS.findall(chunk):
        if attribute := TAG_ATTRIBUTE.match(arg):
            kwargs[attribute.group(1)] = parse_expression(attribute.group(2), token)
        else:
            args.append(parse_expression(arg, token))
    return LaxFilter(name.group(0), args, kwargs, token)


def parse_variable(markup: str, token: Token) -> Expression:
    """Ruby's Variable#lax_parse."""
    match = MARKUP_WITH_QUOTED_FRAGMENT.search(markup)
    if not match:
        return Constant(token, None)
    left = parse_expression(match.group(1), token)
    filters: list[LaxFilter] = []
    if filter_markup := FILTER_MARKUP.search(match.group(2)):
        for chunk in FILTER_PARSER.findall(filter_markup.group(1)):
            parsed = _parse_filter(chunk, token)
            if parsed is not None:
                filters.append(parsed)
    return LaxFilteredExpression(token, left, filters)


def parse_variable_markup(env: Any, markup: str, token: Token) -> Expression:
    """Ruby's Variable.new in warn/lax mode: the strict parse, else a warning and the lax parse."""
    try:
        return FilteredExpression.parse(env, TokenStream(tokenize(markup, token)))
    except LiquidSyntaxError as err:
        if env.mode == Mode.STRICT:
            raise
        if err.token is None or err.token.start_index < 0:
            err.token = token
        env.error(err)
        return parse_variable(markup, token)
