"""Array filters with Ruby's semantics: Liquid 5.4's and Jekyll's (push, pop, sort with nils, ...).

Liquid's InputIterator flattens arrays and wraps a hash or scalar in a one-element array before
most array filters; Jekyll's own filters (`sort`, `where`, `push`) work on the value as given.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from liquid.undefined import Undefined

from jekyll_py.liquid.errors import JekyllTagError
from jekyll_py.liquid.filters.text import argument_error, liquid_int
from jekyll_py.liquid.values import (
    comparison_failed,
    is_array,
    is_hash,
    is_nil,
    ruby_compare,
    ruby_sort,
    to_s,
)
from jekyll_py.liquid.values import inspect as ruby_inspect


def flatten(items: Any) -> list[Any]:
    """Ruby's Array#flatten."""
    flat: list[Any] = []
    for item in items:
        if is_array(item):
            flat.extend(flatten(item))
        else:
            flat.append(item)
    return flat


def input_iterator(value: Any) -> list[Any]:
    """Liquid's InputIterator: flattened arrays, a hash as [hash], nil as [], a scalar as [x]."""
    if is_array(value):
        return flatten(value)
    if is_nil(value):
        return []
    if is_hash(value):
        return [value]
    if isinstance(value, range):
        return list(value)
    return [value]


def property_of(item: Any, name: Any) -> Any:
    """`item[property]` as Ruby evaluates it for hashes and drops; nil for anything else."""
    if is_hash(item):
        return item.get(name) if hasattr(item, "get") else None
    return None


def join(value: Any, glue: Any = " ") -> str:
    items = input_iterator(value)
    return to_s(glue).join(to_s(item) for item in items)


def first(value: Any) -> Any:
    if is_array(value):
        return value[0] if value else None
    if is_hash(value):
        return next(([k, v] for k, v in value.items()), None)
    return None


def last(value: Any) -> Any:
    if is_array(value):
        return value[-1] if value else None
    return None


def _nil_safe_compare(left: Any, right: Any) -> int:
    result = ruby_compare(left, right)
    if result is not None:
        return result
    if is_nil(left):
        return 1
    if is_nil(right):
        return -1
    raise argument_error("cannot sort values of incompatible types")


def _casecmp(left: Any, right: Any) -> int:
    if not is_nil(left) and not is_nil(right):
        a, b = to_s(left).lower().encode(), to_s(right).lower().encode()
        return (a > b) - (a < b)
    return 1 if is_nil(left) else -1


def sort_natural(value: Any, prop: Any = None) -> list[Any]:
    items = input_iterator(value)
    if prop is None or isinstance(prop, Undefined):
        return ruby_sort(items, _casecmp)
    return ruby_sort(items, lambda a, b: _casecmp(property_of(a, prop), property_of(b, prop)))


def sort(value: Any, prop: Any = None, nils: Any = "first") -> list[Any]:
    """Jekyll's sort: plain Ruby sort, or by property with nils first or last."""
    if is_nil(value):
        raise JekyllTagError("Cannot sort a null object.", ruby_class="ArgumentError")
    # Ruby's Hash#sort and Hash#map see [key, value] pairs
    items = [[key, item] for key, item in value.items()] if is_hash(value) else list(value) if is_array(value) \
        else [value]
    if is_nil(prop):
        if _uniform(items):  # nothing can fail: Python's stable sort gives the same order, faster
            return sorted(items, key=_sort_key)
        return ruby_sort(items, _strict_compare)
    if nils not in ("first", "last"):
        raise JekyllTagError(f"Invalid nils order: '{to_s(nils)}' is not a valid nils order. "
                             "It must be 'first' or 'last'.", ruby_class="ArgumentError")
    order = -1 if nils == "first" else 1
    keyed = [(item_property(item, prop), item) for item in items]
    if _uniform([key for key, _ in keyed]):
        return [item for _, item in sorted(keyed, key=lambda pair: _sort_key(pair[0]))]
    keyed = ruby_sort(keyed, lambda a, b: _property_compare(a[0], b[0], order))
    return [item for _, item in keyed]


def _uniform(values: list[Any]) -> bool:
    """All plain strings or all plain numbers: Ruby's `<=>` is then Python's order (strings by bytes)."""
    kinds = {str if type(v) is str else float if type(v) in (int, float) else None for v in values}
    return len(kinds) <= 1 and None not in kinds and not any(v != v for v in values if type(v) is float)


def _sort_key(value: Any) -> Any:
    return value.encode() if type(value) is str else value


def _strict_compare(left: Any, right: Any) -> int:
    """Ruby's Array#sort: `comparison of String with 2 failed` for incomparable pairs."""
    result = ruby_compare(left, right)
    if result is None:
        raise JekyllTagError(comparison_failed(left, right), ruby_class="Liquid::ArgumentError")
    return result


def _property_compare(left: Any, right: Any, order: int) -> int:
    if not is_nil(left) and is_nil(right):
        return -order
    if is_nil(left) and not is_nil(right):
        return order
    result = ruby_compare(left, right)
    if result is None:
        a, b = to_s(left).encode(), to_s(right).encode()
        return (a > b) - (a < b)
    return result


INTEGER_LIKE = re.compile(r"\A\s*-?\d+\s*\Z")
FLOAT_LIKE = re.compile(r"\A\s*-?(?:\d+\.?\d*|\.\d+)\s*\Z")
NUMERIC_START = frozenset("-.0123456789")


def item_property(item: Any, prop: Any) -> Any:
    """Jekyll's item_property: dotted paths, and numeric-looking values compared as numbers."""
    name = to_s(prop)
    value: Any = item
    for key in name.split(".") if "." in name else (name,):
        if is_array(value):  # Array#[] with a String key
            raise JekyllTagError("no implicit conversion of String into Integer", ruby_class="TypeError")
        value = property_of(value, key)
    text = to_s(value)
    if text[:1] in NUMERIC_START or text[:1].isspace():  # only such text can look like a number
        if INTEGER_LIKE.match(text):
            return int(text)
        if FLOAT_LIKE.match(text):
            return float(text)
    return value


def uniq(value: Any, prop: Any = None) -> list[Any]:
    items = input_iterator(value)
    seen: list[Any] = []
    result: list[Any] = []
    for item in items:
        key = item if is_nil(prop) else property_of(item, prop)
        marker = (type(key).__name__, ruby_inspect(key))
        if marker not in seen:
            seen.append(marker)
            result.append(item)
    return result


def reverse(value: Any) -> list[Any]:
    return list(reversed(input_iterator(value)))


def map_(value: Any, prop: Any) -> list[Any]:
    result = []
    for item in input_iterator(value):
        if prop == "to_liquid":
            result.append(item)
        elif is_hash(item):
            result.append(property_of(item, prop))
        elif isinstance(item, str):
            result.append(prop if isinstance(prop, str) and prop in item else None)
        elif isinstance(item, (int, float)) and not isinstance(item, bool):
            raise argument_error(f"cannot select the property '{to_s(prop)}'")
        else:
            result.append(None)
    return result


def compact(value: Any, prop: Any = None) -> list[Any]:
    items = input_iterator(value)
    if is_nil(prop):
        return [item for item in items if not is_nil(item)]
    return [item for item in items if not is_nil(property_of(item, prop))]


def concat(value: Any, other: Any) -> list[Any]:
    if not is_array(other):
        raise JekyllTagError("concat filter requires an array argument",
                             ruby_class="Liquid::ArgumentError")
    return input_iterator(value) + list(other)


def push(value: Any, item: Any) -> Any:
    return [*value, item] if is_array(value) else value


def unshift(value: Any, item: Any) -> Any:
    return [item, *value] if is_array(value) else value


def pop(value: Any, count: Any = 1) -> Any:
    if not is_array(value):
        return value
    n = liquid_int(count)
    return list(value[:-n]) if n > 0 else list(value)


def shift(value: Any, count: Any = 1) -> Any:
    if not is_array(value):
        return value
    return list(value[liquid_int(count):])


def sample(value: Any, count: Any = 1) -> Any:
    import random  # imported here: few sites use `sample`, and every build would pay for it

    if not is_array(value):
        return value
    try:
        n = liquid_int(count)
    except JekyllTagError:
        n = 1
    if n == 1:
        return random.choice(value) if value else None
    return random.sample(list(value), min(max(n, 0), len(value)))


def size(value: Any) -> int:
    """Ruby's `size`: length of strings, arrays and hashes; 8 for an Integer; 0 otherwise."""
    if isinstance(value, bool) or is_nil(value):
        return 0
    if isinstance(value, (str, list, tuple)) or is_hash(value):
        return len(value)
    if isinstance(value, int):
        return 8
    return 0


def default(value: Any, *args: Any, **keywords: Any) -> Any:
    """Liquid's default(input, default_value = '', options = {}): nil, false and empty values
    take the fallback. Ruby passes `key: value` arguments as one trailing hash, so
    `default: site:author` (a typo themes ship) makes the hash `{"site" => author}` the fallback."""
    positional = [*args, keywords] if keywords else list(args)
    if len(positional) > 2:
        raise argument_error(f"wrong number of arguments (given {len(positional) + 1}, expected 1..3)")
    fallback = positional[0] if positional else ""
    options = positional[1] if len(positional) > 1 and is_hash(positional[1]) else {}
    allow_false = options.get("allow_false") not in (None, False)
    if is_nil(value) or (value is False and not allow_false):
        return fallback
    if isinstance(value, (str, list, tuple, Mapping)) and len(value) == 0:
        return fallback
    return value


FILTERS = {
    "join": join, "first": first, "last": last, "sort": sort, "sort_natural": sort_natural,
    "uniq": uniq, "reverse": reverse, "map": map_, "compact": compact, "concat": concat,
    "push": push, "pop": pop, "shift": shift, "unshift": unshift, "sample": sample,
    "size": size, "default": default,
}
