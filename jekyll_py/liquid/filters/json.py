"""`jsonify`: Ruby's `to_json` of the Liquid value (compact, UTF-8 kept, Ruby float and time forms)."""

from __future__ import annotations

import datetime as dt
import json as pyjson
from decimal import Decimal
from typing import Any

from jekyll_py.liquid.values import float_to_s, is_array, is_hash, is_nil, to_s


def to_json(value: Any, depth: int = 0) -> str:
    """Ruby's JSON generator: no spaces, non-ASCII as is, times as their to_s strings.

    `depth` is the generator state's nesting depth, which Jekyll's drops read in
    `hash_for_json(state)` (a document two levels down drops its next/previous documents).
    """
    for_json = getattr(value, "hash_for_json", None)
    if for_json is not None:
        return to_json(dict(for_json(depth)), depth)
    if is_nil(value):
        return "null"
    if value is True or value is False:
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, (float, Decimal)):
        return float_to_s(float(value))
    if isinstance(value, str):
        return pyjson.dumps(value, ensure_ascii=False)
    if is_array(value):
        return "[" + ",".join(to_json(item, depth + 1) for item in value) + "]"
    if is_hash(value):
        return "{" + ",".join(f"{pyjson.dumps(to_s(k), ensure_ascii=False)}:{to_json(v, depth + 1)}"
                              for k, v in value.items()) + "}"
    if isinstance(value, (dt.date, dt.datetime)):
        return pyjson.dumps(to_s(value), ensure_ascii=False)
    return pyjson.dumps(to_s(value), ensure_ascii=False)


def jsonify(value: Any) -> str:
    return to_json(value)


FILTERS = {"jsonify": jsonify}
