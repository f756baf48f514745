"""Ruby-like stringification, inspection and coercion of template values.

Jekyll renders with Ruby, so every value that reaches the page is printed as Ruby prints it:
`nil` is empty, floats look like `1.0` and `1.0e+20`, a hash prints as `{"a"=>1}`, a Time as
`2024-01-05 10:00:00 +0000`. Filters and tags share these helpers so they agree with each other.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from liquid.undefined import Undefined

from jekyll_py.utils import ruby_sort as ruby_sort  # Array#sort, shared with the reader

# Types that are neither Undefined nor Mapping: checked by identity first, since isinstance against
# those ABCs is a slow path and these helpers run for every filter argument.
_PLAIN_TYPES = frozenset({str, int, float, bool, list, tuple, dict, dt.datetime, dt.date, Decimal})


# Types seen not to be Undefined (drops, ranges...), so each costs one ABC instance check per build.
_DEFINED_TYPES: set[type] = set(_PLAIN_TYPES) | {type(None)}


def is_undefined(value: object) -> bool:
    """True for python-liquid's Undefined (a Mapping subclass, so isinstance takes the ABC's slow path)."""
    kind = type(value)
    if kind in _DEFINED_TYPES:
        return False
    if isinstance(value, Undefined):
        return True
    _DEFINED_TYPES.add(kind)
    return False


def is_nil(value: object) -> bool:
    """True for Python None and python-liquid's Undefined, which both stand for Ruby's nil."""
    return value is None or is_undefined(value)


# Whether each type seen is a Ruby Hash to Liquid: a type's answer never changes, and the ABC checks are slow.
_HASH_TYPES: dict[type, bool] = {dict: True}


def is_hash(value: object) -> bool:
    """True for anything Liquid treats as a Ruby Hash (any Mapping, lazy drops included)."""
    kind = type(value)
    known = _HASH_TYPES.get(kind)
    if known is None:
        known = _HASH_TYPES[kind] = (kind not in _PLAIN_TYPES and isinstance(value, Mapping)
                                     and not isinstance(value, Undefined))
    return known


def is_array(value: object) -> bool:
    """True for the Python types that stand for a Ruby Array."""
    return isinstance(value, (list, tuple))


def float_to_s(value: float) -> str:
    """Ruby's Float#to_s: shortest round-trip digits, scientific outside 1e-4 <= |x| < 1e15."""
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "Infinity" if value > 0 else "-Infinity"
    if value == 0:
        return "-0.0" if math.copysign(1, value) < 0 else "0.0"
    digits, exponent = _float_digits(abs(value))
    sign = "-" if value < 0 else ""
    decimal_exponent = exponent + len(digits)  # value = 0.DIGITS * 10**decimal_exponent
    if -4 < decimal_exponent < 16:
        if decimal_exponent <= 0:
            return f"{sign}0.{'0' * -decimal_exponent}{digits}"
        if decimal_exponent >= len(digits):
            return f"{sign}{digits}{'0' * (decimal_exponent - len(digits))}.0"
        return f"{sign}{digits[:decimal_exponent]}.{digits[decimal_exponent:]}"
    mantissa = digits[0] + "." + (digits[1:] or "0")
    exp = decimal_exponent - 1
    return f"{sign}{mantissa}e{'+' if exp >= 0 else '-'}{abs(exp):02d}"


def _float_digits(value: float) -> tuple[str, int]:
    """The shortest significant digits of a positive float and their power-of-ten exponent."""
    sign, digits, exponent = Decimal(repr(value)).as_tuple()
    text = "".join(str(d) for d in digits).rstrip("0")
    exponent = int(exponent) + (len(digits) - len(text))
    return text or "0", exponent


def time_to_s(value: dt.datetime) -> str:
    """Ruby's Time#to_s: `2024-01-05 10:00:00 +0000`; naive times are taken as local time."""
    if value.tzinfo is None:
        value = value.astimezone()
    return value.strftime("%Y-%m-%d %H:%M:%S %z")


def render_s(value: Any) -> str:
    """How Liquid outputs a value: arrays are joined (Ruby's Array#join), the rest is `to_s`."""
    if isinstance(value, (list, tuple)):
        return "".join(render_s(item) for item in value)
    return to_s(value)


def to_s(value: Any) -> str:
    """Ruby's `to_s`, which filters apply to their input (an array's to_s is its inspect form)."""
    if isinstance(value, str):
        return value
    if is_nil(value):
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return float_to_s(value)
    if isinstance(value, dt.datetime):
        return time_to_s(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    liquid_str = getattr(value, "to_liquid_string", None)
    if liquid_str is not None:  # a drop with its own to_s (a document prints its output)
        return liquid_str()
    if isinstance(value, (list, tuple, Mapping)):
        return inspect(value)
    if isinstance(value, range):
        return f"{value.start}..{value.stop - 1}"
    if isinstance(value, Decimal):
        return float_to_s(float(value))
    return str(value)


_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r", "\f": "\\f",
            "\v": "\\v", "\b": "\\b", "\a": "\\a", "\x1b": "\\e"}
_NEEDS_ESCAPE = re.compile(r'["\\\x00-\x1f\x7f]|#[{$@]')


def _escape_char(match: re.Match[str]) -> str:
    text = match.group(0)
    if text.startswith("#"):
        return "\\" + text
    return _ESCAPES.get(text, f"\\u{ord(text):04X}")


def string_inspect(value: str) -> str:
    """Ruby's String#inspect for UTF-8 strings: double quotes, backslash escapes, `\\#{`."""
    return '"' + _NEEDS_ESCAPE.sub(_escape_char, value) + '"'


def inspect(value: Any) -> str:
    """Ruby's #inspect, as the `inspect` filter and Hash#to_s print values."""
    if isinstance(value, str):
        return string_inspect(value)
    if is_nil(value):
        return "nil"
    if isinstance(value, (bool, int, float, Decimal)):
        return to_s(value)
    if isinstance(value, dt.datetime):
        return time_to_s(value)
    if isinstance(value, dt.date):
        return _date_inspect(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(inspect(item) for item in value) + "]"
    custom = getattr(value, "liquid_inspect", None)
    if custom is not None:
        return custom()
    if isinstance(value, Mapping):
        return "{" + ", ".join(f"{inspect(k)}=>{inspect(v)}" for k, v in value.items()) + "}"
    if isinstance(value, range):
        return f"{value.start}..{value.stop - 1}"
    return to_s(value)


def _date_inspect(value: dt.date) -> str:
    """Ruby's Date#inspect, which exposes the Julian day number."""
    jd = value.toordinal() + 1721425
    return f"#<Date: {value.isoformat()} (({jd}j,0s,0n),+0s,2299161j)>"


_DECIMAL_STRING = re.compile(r"-?\d+\.\d+")
_RUBY_TO_I = re.compile(r"\s*([-+]?\d+(?:_\d+)*)")


def ruby_to_i(text: str) -> int:
    """Ruby's String#to_i: the leading integer of the string, 0 when there is none."""
    match = _RUBY_TO_I.match(text)
    return int(match.group(1).replace("_", "")) if match else 0


def to_number(value: Any) -> int | Decimal:
    """Liquid's Utils.to_number: floats become BigDecimal (so 0.1 + 0.2 is 0.3), strings parse."""
    if isinstance(value, bool):
        return 0
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return Decimal(repr(value)) if math.isfinite(value) else Decimal(value)
    if isinstance(value, Decimal):
        return value
    if isinstance(value, str):
        stripped = value.strip()
        if _DECIMAL_STRING.fullmatch(stripped):
            return Decimal(stripped)
        return ruby_to_i(value)
    return 0


def number_result(value: int | Decimal) -> int | float:
    """Liquid turns a BigDecimal result back into a Float before output."""
    return float(value) if isinstance(value, Decimal) else value


_RUBY_INTEGER = re.compile(
    r"\s*[-+]?(0[xX][0-9a-fA-F]+(_[0-9a-fA-F]+)*|0[bB][01]+|0[oO]?[0-7]+(_[0-7]+)*|\d+(_\d+)*)\s*"
)


def to_integer(value: Any) -> int:
    """Liquid's Utils.to_integer (Ruby's Integer()), raising ValueError("invalid integer")."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    text = to_s(value) if not isinstance(value, float) else float_to_s(value)
    if not _RUBY_INTEGER.fullmatch(text):
        raise ValueError("invalid integer")
    return int(text.strip().replace("_", ""), 0) if not re.fullmatch(r"\s*[-+]?0\d+\s*", text) \
        else int(text.strip(), 8)


def _comparable_kind(value: Any) -> str | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float, Decimal)):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, dt.datetime):
        return "time"
    if isinstance(value, dt.date):
        return "date"
    if isinstance(value, (list, tuple)):
        return "array"
    return None


def ruby_compare(left: Any, right: Any) -> int | None:
    """Ruby's `<=>`: -1/0/1, or None when Ruby cannot compare the two values."""
    kind = _comparable_kind(left)
    if kind is None or kind != _comparable_kind(right):
        if left is right or (left is None and right is None):
            return 0
        return None
    if kind == "string":
        left, right = left.encode(), right.encode()
    if kind == "array":
        for a, b in zip(left, right, strict=False):
            result = ruby_compare(a, b)
            if result != 0:
                return result
        left, right = len(left), len(right)
    if kind == "time":
        left, right = _aware(left), _aware(right)
    return (left > right) - (left < right)


def _aware(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo else value.astimezone()


def ruby_class(value: Any) -> str:
    """The Ruby class name of a template value, for Ruby-worded error messages."""
    if is_nil(value):
        return "NilClass"
    if isinstance(value, bool):
        return "TrueClass" if value else "FalseClass"
    if isinstance(value, dt.datetime):
        return "Time"
    if isinstance(value, dt.date):
        return "Date"
    names = {int: "Integer", float: "Float", str: "String", list: "Array", tuple: "Array",
             Decimal: "BigDecimal", range: "Range"}
    return names.get(type(value), "Hash")


def comparison_failed(left: Any, right: Any) -> str:
    """Ruby's rb_cmperr text: the right side is inspected when it is nil, a boolean or a number."""
    special = is_nil(right) or isinstance(right, (bool, int, float))
    shown = inspect(right) if special else ruby_class(right)
    return f"comparison of {ruby_class(left)} with {shown} failed"


def is_comparable(value: Any) -> bool:
    """Whether the Ruby value responds to `<` (Comparable: strings, numbers, times, dates)."""
    return _comparable_kind(value) not in (None, "array")


def ruby_equal(left: Any, right: Any) -> bool:
    """Ruby's `==`: nil only equals nil, booleans only booleans, 1 == 1.0, arrays element-wise."""
    if is_nil(left) or is_nil(right):
        return is_nil(left) and is_nil(right)
    if isinstance(left, bool) or isinstance(right, bool):
        return left is right
    if isinstance(left, (list, tuple)) and isinstance(right, (list, tuple)):
        return len(left) == len(right) and all(ruby_equal(a, b) for a, b in zip(left, right, strict=True))
    if isinstance(left, str) != isinstance(right, str):
        return False
    try:
        return bool(left == right)
    except TypeError:
        return False
