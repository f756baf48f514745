"""Jekyll's selection and grouping filters: where, where_exp, find, find_exp, group_by, group_by_exp.

Jekyll compares a property with the target as strings (`Array(property).any? { to_s == target }`),
so `where: "year", 2020` matches the string "2020" and an array property matches any element.
The `_exp` forms evaluate a Liquid condition or expression with the item bound to a variable.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Any

from liquid.builtin.expressions import FilteredExpression, tokenize
from liquid.filter import with_context
from liquid.stream import TokenStream
from liquid.token import Token

from jekyll_py.liquid.condition import TruthyCondition, strict_parse
from jekyll_py.liquid.filters.array import item_property
from jekyll_py.liquid.lax import parse_expression
from jekyll_py.liquid.values import is_array, is_hash, is_nil, to_s

EXPRESSION_TOKEN = Token("expression", "", 0, "")


def _matcher(target: Any) -> Callable[[Any], bool]:
    """Jekyll's compare_property_vs_target, for one target and many properties."""
    if is_nil(target):
        return is_nil
    target_text = to_s(target)

    def matches(prop: Any) -> bool:
        if isinstance(prop, str):
            return prop == target_text
        items = prop if is_array(prop) else [] if is_nil(prop) else [prop]
        return any(to_s(item) == target_text for item in items)

    return matches


def _items(value: Any) -> list[Any] | None:
    """Jekyll selects from arrays and from a hash's values; anything else passes through."""
    if is_hash(value):
        return list(value.values())
    if is_array(value):
        return list(value)
    return None


def _ignored(value: Any, prop: Any, target: Any) -> bool:
    return is_nil(prop) or prop is False or is_array(target) or is_hash(target) or _items(value) is None


def where(value: Any, prop: Any, target: Any) -> Any:
    if _ignored(value, prop, target):
        return value
    matches = _matcher(target)
    return [item for item in _items(value) or [] if matches(item_property(item, prop))]


def find(value: Any, prop: Any, target: Any) -> Any:
    if _ignored(value, prop, target):
        return value
    matches = _matcher(target)
    return next((item for item in _items(value) or [] if matches(item_property(item, prop))), None)


@lru_cache(maxsize=512)
def _condition(env: Any, expression: str) -> TruthyCondition:
    """Jekyll's parse_condition: Liquid's strict parser, operands read by Expression.parse."""
    return TruthyCondition(strict_parse(expression, EXPRESSION_TOKEN, parse_expression))


@lru_cache(maxsize=512)
def _expression(env: Any, expression: str) -> FilteredExpression:
    return FilteredExpression.parse(env, TokenStream(tokenize(expression, EXPRESSION_TOKEN)))


def _bound(context: Any, variable: Any, items: list[Any], expr: Any) -> Iterator[tuple[Any, Any]]:
    """Evaluate `expr` once per item, with the item bound to `variable` as Jekyll's stack does."""
    name = to_s(variable)
    for item in items:
        with context.extend({name: item}):
            yield item, expr.evaluate(context)


@with_context
def where_exp(value: Any, variable: Any, expression: Any, *, context: Any) -> Any:
    items = _items(value)
    if items is None:
        return value
    condition = _condition(context.env, to_s(expression))
    return [item for item, ok in _bound(context, variable, items, condition) if ok]


@with_context
def find_exp(value: Any, variable: Any, expression: Any, *, context: Any) -> Any:
    items = _items(value)
    if items is None:
        return value
    condition = _condition(context.env, to_s(expression))
    return next((item for item, ok in _bound(context, variable, items, condition) if ok), None)


def _grouped(pairs: Iterator[tuple[Any, Any]]) -> list[dict[str, Any]]:
    """Groups in first-seen order, each `{"name", "items", "size"}`."""
    groups: dict[Any, tuple[Any, list[Any]]] = {}
    for item, key in pairs:
        marker = (type(key).__name__, to_s(key))
        groups.setdefault(marker, (key, []))[1].append(item)
    return [{"name": key, "items": items, "size": len(items)} for key, items in groups.values()]


def group_by(value: Any, prop: Any) -> Any:
    items = _items(value) if is_array(value) else None
    if items is None:
        return value
    return _grouped((item, to_s(item_property(item, prop))) for item in items)


@with_context
def group_by_exp(value: Any, variable: Any, expression: Any, *, context: Any) -> Any:
    items = _items(value) if is_array(value) else None
    if items is None:
        return value
    return _grouped(_bound(context, variable, items, _expression(context.env, to_s(expression))))


FILTERS = {"where": where, "find": find, "where_exp": where_exp, "find_exp": find_exp,
           "group_by": group_by, "group_by_exp": group_by_exp}
