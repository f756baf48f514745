"""Math filters with Ruby's arithmetic: integer division floors, floats go through BigDecimal.

Liquid converts both operands with Utils.to_number (so `"5" | plus: 1` is 6 and
`0.1 | plus: 0.2` is 0.3) and raises Liquid::ZeroDivisionError on division by zero.
"""

from __future__ import annotations

import math
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal
from typing import Any

from jekyll_py.liquid.errors import JekyllTagError
from jekyll_py.liquid.values import number_result, ruby_to_i, to_number, to_s


def _zero_division() -> JekyllTagError:
    return JekyllTagError("divided by 0", ruby_class="Liquid::ZeroDivisionError")


def plus(value: Any, operand: Any) -> Any:
    return number_result(to_number(value) + to_number(operand))


def minus(value: Any, operand: Any) -> Any:
    return number_result(to_number(value) - to_number(operand))


def times(value: Any, operand: Any) -> Any:
    return number_result(to_number(value) * to_number(operand))


def divided_by(value: Any, operand: Any) -> Any:
    left, right = to_number(value), to_number(operand)
    if isinstance(left, int) and isinstance(right, int):
        if right == 0:
            raise _zero_division()
        return left // right
    if right == 0:
        if isinstance(left, int) and isinstance(right, int):
            raise _zero_division()
        return _float_division_by_zero(left)
    return number_result(Decimal(left) / Decimal(right))


def _float_division_by_zero(left: Any) -> float:
    """BigDecimal division by zero gives Infinity or NaN, as Ruby's floats do."""
    if left == 0:
        return math.nan
    return math.inf if left > 0 else -math.inf


def modulo(value: Any, operand: Any) -> Any:
    left, right = to_number(value), to_number(operand)
    if right == 0:
        raise _zero_division()
    if isinstance(left, int) and isinstance(right, int):
        return left % right
    left_d, right_d = Decimal(left), Decimal(right)
    result = left_d - right_d * (left_d / right_d).to_integral_value(rounding=ROUND_FLOOR)
    return number_result(result)


def abs_(value: Any) -> Any:
    return number_result(abs(to_number(value)))


def round_(value: Any, digits: Any = 0) -> Any:
    number = to_number(value)
    places = to_number(digits)
    places = int(places)
    if isinstance(number, int):
        if places >= 0:
            return number
        factor = 10 ** -places
        return int((Decimal(number) / factor).quantize(Decimal(1), rounding=ROUND_HALF_UP)) * factor
    result = number.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP) \
        if number.is_finite() else number
    return int(result) if places == 0 else float(result)


def ceil(value: Any) -> int:
    return math.ceil(to_number(value))


def floor(value: Any) -> int:
    return math.floor(to_number(value))


def at_least(value: Any, bound: Any) -> Any:
    low, number = to_number(bound), to_number(value)
    return number_result(low if low > number else number)


def at_most(value: Any, bound: Any) -> Any:
    high, number = to_number(bound), to_number(value)
    return number_result(high if high < number else number)


def to_integer(value: Any) -> Any:
    """Jekyll's to_integer: true is 1, false is 0, else Ruby's to_i."""
    if value is True:
        return 1
    if value is False:
        return 0
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value)
    if isinstance(value, str):
        return ruby_to_i(value)
    if value is None:
        return 0
    raise JekyllTagError(f"undefined method `to_i' for {to_s(value)}", ruby_class="NoMethodError")


FILTERS = {
    "plus": plus, "minus": minus, "times": times, "divided_by": divided_by, "modulo": modulo,
    "abs": abs_, "round": round_, "ceil": ceil, "floor": floor, "at_least": at_least,
    "at_most": at_most, "to_integer": to_integer,
}
