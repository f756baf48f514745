"""Jekyll's selection and grouping filters: where, where_exp, find, find_exp, group_by, group_by_exp.

Jekyll compares a property with the target as strings (`Array(property).any? { to_s == target }`),
so `where: "year", 2020` matches the string "2020" and an array property matches any element.
"""

from __future__ import annotations

from typing import Any

from jekyll_py.liquid.filters.array import item_property
from jekyll_py.liquid.values import is_array, is_hash, is_nil, to_s


def _matches(prop: Any, target: Any) -> bool:
    """Jekyll's compare_property_vs_target."""
    if is_nil(target):
        return is_nil(prop)
    target_text = to_s(target)
    if isinstance(prop, str):
        return prop == target_text
    items = prop if is_array(prop) else [] if is_nil(prop) else [prop]
    return any(to_s(item) == target_text for item in items)


def _items(value: Any) -> list[Any] | None:
    if is_hash(value):
        return list(value.values())
    if is_array(value):
        return list(value)
    return None


def where(value: Any, prop: Any = None, target: Any = None) -> Any:
    items = _items(value)
    if is_nil(prop) or prop is False or is_array(target) or is_hash(target) or items is None:
        return value
    return [item for item in items if _matches(item_property(item, prop), target)]


def find(value: Any, prop: Any = None, target: Any = None) -> Any:
    items = _items(value)
    if is_nil(prop) or prop is False or is_array(target) or is_hash(target) or items is None:
        return value
    return next((item for item in items if _matches(item_property(item, prop), target)), None)


def group_by(value: Any, prop: Any) -> list[dict[str, Any]]:
    """Groups in first-seen order, each `{"name", "items", "size"}`; names are strings."""
    groups: dict[str, list[Any]] = {}
    for item in _items(value) or []:
        key = item_property_raw(item, prop)
        groups.setdefault(to_s(key), []).append(item)
    return [{"name": name, "items": items, "size": len(items)} for name, items in groups.items()]


def item_property_raw(item: Any, prop: Any) -> Any:
    value: Any = item
    for key in to_s(prop).split("."):
        value = value.get(key) if is_hash(value) else None
    return value


FILTERS = {"where": where, "find": find, "group_by": group_by}
