"""Ruby Liquid 5.4's conditions (`if`, `unless`, `case`/`when`, Jekyll's `where_exp`).

python-liquid's boolean expressions differ from Ruby's in what they accept and in what they
compute: Ruby reads the markup with its own lexer (strict), and in warn/lax mode falls back to
regexes that keep the first `a op b` of each `and`/`or` part and ignore trailing junk; `blank`
and `empty` are method calls (`x.empty?`) only on the right of `==`/`!=`; and `<`/`>` raise
`comparison of String with 10 failed` where Ruby's `Comparable` does. This module reproduces
that, producing `Condition` chains that evaluate exactly as `Liquid::Condition#evaluate`.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from liquid import Mode
from liquid.exceptions import LiquidSyntaxError
from liquid.expression import Expression

from jekyll_py.liquid.errors import JekyllTagError, RubySyntaxError
from jekyll_py.liquid.lax import QUOTED_FRAGMENT, Constant, parse_expression
from jekyll_py.liquid.ruby_parser import RubyParser
from jekyll_py.liquid.values import (
    comparison_failed,
    is_array,
    is_comparable,
    is_hash,
    is_undefined,
    ruby_compare,
    ruby_equal,
    to_s,
)

if TYPE_CHECKING:
    from liquid import Environment, RenderContext
    from liquid.token import Token

# If::Syntax and If::ExpressionsAndOperators, the lax parser's regexes.
LAX_SYNTAX = re.compile(rf"({QUOTED_FRAGMENT})\s*([=!<>a-z_]+)?\s*({QUOTED_FRAGMENT})?")
EXPRESSIONS_AND_OPERATORS = re.compile(
    rf"(?:\b(?:\s?and\s?|\s?or\s?)\b|(?:\s*(?!\b(?:\s?and\s?|\s?or\s?)\b)(?:{QUOTED_FRAGMENT}|\S+)\s*)+)")

IF_SYNTAX_ERROR = "Syntax Error in tag 'if' - Valid syntax: if [expression]"


class MethodLiteral(Expression):
    """`blank` / `empty` in a condition: Ruby calls `x.blank?` / `x.empty?` on the other side."""

    __slots__ = ("method",)

    def __init__(self, token: Token, method: str) -> None:
        super().__init__(token)
        self.method = method

    def evaluate(self, context: RenderContext) -> MethodLiteral:
        return self

    def children(self) -> Iterable[Expression]:
        return []

    def call(self, value: Any) -> bool | None:
        """Plain Ruby has `empty?` on strings, arrays and hashes, and no `blank?` at all."""
        if self.method == "empty" and (isinstance(value, str) or is_array(value) or is_hash(value)):
            return len(value) == 0
        return None


def condition_operand(markup: str, token: Token) -> Expression:
    """Condition.parse_expression: `blank`/`empty` are method literals, the rest Expression.parse."""
    if markup in ("blank", "empty"):
        return MethodLiteral(token, markup)
    return parse_expression(markup, token)


def truthy(value: Any) -> bool:
    """Ruby truthiness: only nil and false are false (Undefined stands for nil)."""
    return not (value is None or value is False or is_undefined(value))


def _equal(left: Any, right: Any) -> bool | None:
    """Condition#equal_variables."""
    if isinstance(left, MethodLiteral):
        return left.call(right)
    if isinstance(right, MethodLiteral):
        return right.call(left)
    return ruby_equal(left, right)


def _not_equal(left: Any, right: Any) -> bool:
    return not _equal(left, right)


def _contains(left: Any, right: Any) -> bool:
    """Ruby: `left.include?(right)` when both are truthy and left has include?."""
    if not truthy(left) or not truthy(right):
        return False
    if isinstance(left, str):
        return to_s(right) in left
    if is_array(left):
        return any(ruby_equal(item, right) for item in left)
    if is_hash(left):
        return right in left
    if isinstance(left, range):
        return right in left if isinstance(right, (int, float)) and not isinstance(right, bool) else False
    return False


def _ordering(compare: Callable[[int, int], bool]) -> Callable[[Any, Any], bool | None]:
    def apply(left: Any, right: Any) -> bool | None:
        if not (is_comparable(left) and is_comparable(right)):
            return None
        result = ruby_compare(left, right)
        if result is None:
            raise JekyllTagError(comparison_failed(left, right), ruby_class="Liquid::ArgumentError")
        return compare(result, 0)
    return apply


OPERATORS: dict[str, Callable[[Any, Any], Any]] = {
    "==": _equal, "!=": _not_equal, "<>": _not_equal, "contains": _contains,
    "<": _ordering(operator.lt), ">": _ordering(operator.gt),
    "<=": _ordering(operator.le), ">=": _ordering(operator.ge),
}


def _operand_value(expression: Expression, context: RenderContext) -> Any:
    value = expression.evaluate(context)
    if is_undefined(value):
        bool(value)  # strict_variables: Ruby raises at the lookup; StrictUndefined raises here
        return None
    return value


class Condition(Expression):
    """Liquid::Condition: `left op right`, chained to the next by `and`/`or` (right-associative)."""

    __slots__ = ("left", "op", "right", "relation", "child", "operation")

    def __init__(self, token: Token, left: Expression, op: str | None = None,
                 right: Expression | None = None) -> None:
        super().__init__(token)
        self.left, self.op, self.right = left, op, right
        self.operation = OPERATORS.get(op) if op is not None else None
        self.relation: str | None = None
        self.child: Condition | None = None

    def chain(self, relation: str, child: Condition) -> None:
        self.relation, self.child = relation, child

    def evaluate(self, context: RenderContext) -> Any:
        if self.child is None:  # most conditions: one comparison, nothing chained
            return self.interpret(context)
        condition: Condition | None = self
        result: Any = None
        while condition is not None:
            result = condition.interpret(context)
            if condition.relation == "or" and truthy(result):
                break
            if condition.relation == "and" and not truthy(result):
                break
            condition = condition.child
        return result

    def interpret(self, context: RenderContext) -> Any:
        left = _operand_value(self.left, context)
        if self.op is None:
            return left
        right = _operand_value(self.right, context) if self.right is not None else None
        operation = self.operation
        if operation is None:
            raise JekyllTagError(f"Unknown operator {self.op}", ruby_class="Liquid::ArgumentError",
                                 token=self.token)
        return operation(left, right)

    def children(self) -> Iterable[Expression]:
        parts: list[Expression] = [self.left]
        if self.right is not None:
            parts.append(self.right)
        if self.child is not None:
            parts.append(self.child)
        return parts


class TruthyCondition(Expression):
    """A condition as a python-liquid node reads it: a Python bool with Ruby's truthiness."""

    __slots__ = ("condition",)

    def __init__(self, condition: Expression) -> None:
        super().__init__(condition.token)
        self.condition = condition

    def evaluate(self, context: RenderContext) -> bool:
        return truthy(self.condition.evaluate(context))

    def children(self) -> Iterable[Expression]:
        return [self.condition]


def _comparison(parser: RubyParser, token: Token, operand: Callable[[str, Token], Expression]) -> Condition:
    left = operand(parser.expression(), token)
    op = parser.accept("comparison")
    if op is None:
        return Condition(token, left)
    return Condition(token, left, op, operand(parser.expression(), token))


def strict_parse(markup: str, token: Token,
                 operand: Callable[[str, Token], Expression] = condition_operand) -> Condition:
    """If#strict_parse (and Jekyll's parse_condition, which reads operands without literals)."""
    parser = RubyParser(markup)
    first = condition = _comparison(parser, token, operand)
    while (relation := "and" if parser.accept_id("and") else "or" if parser.accept_id("or") else None):
        child = _comparison(parser, token, operand)
        condition.chain(relation, child)
        condition = child
    parser.consume("end_of_string")
    return first


def _lax_comparison(markup: str, token: Token) -> Condition:
    match = LAX_SYNTAX.search(markup)
    if match is None:
        raise RubySyntaxError(IF_SYNTAX_ERROR, token=token)
    left, op, right = match.groups()
    return Condition(token, condition_operand(left, token), op,
                     condition_operand(right, token) if right is not None else Constant(token, None))


def lax_parse(markup: str, token: Token) -> Condition:
    """If#lax_parse: split on and/or, keep each part's first `a op b`, ignore the rest."""
    expressions = [m.group(0) for m in EXPRESSIONS_AND_OPERATORS.finditer(markup) if m.group(0)]
    if not expressions:
        raise RubySyntaxError(IF_SYNTAX_ERROR, token=token)
    condition = _lax_comparison(expressions.pop(), token)
    while expressions:
        relation = expressions.pop().strip()
        if not expressions:
            raise RubySyntaxError(IF_SYNTAX_ERROR, token=token)
        new_condition = _lax_comparison(expressions.pop(), token)
        if relation not in ("and", "or"):
            raise RubySyntaxError(IF_SYNTAX_ERROR, token=token)
        new_condition.chain(relation, condition)
        condition = new_condition
    return condition


def parse_condition(env: Environment, markup: str, token: Token) -> Condition:
    """Block#parse_with_selected_parser: strict, lax, or strict then (warning) lax."""
    if env.mode == Mode.LAX:
        return lax_parse(markup, token)
    try:
        return strict_parse(markup, token)
    except LiquidSyntaxError as err:
        err.token = token
        err.args = (f"{err.message} in \"{markup.strip()}\"",)
        env.error(err)  # raises in strict mode; warns in warn mode
    return lax_parse(markup, token)
