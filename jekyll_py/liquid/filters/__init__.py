"""Jekyll's filters, grouped as Jekyll groups them; each module exports a FILTERS table."""

from __future__ import annotations

from typing import TYPE_CHECKING

from jekyll_py.liquid.filters import array, date, grouping, json, numbers, text, url

if TYPE_CHECKING:
    from liquid import Environment

MODULES = (text, numbers, array, date, url, grouping, json)


def register(env: Environment) -> None:
    """Install every filter, replacing python-liquid's where Ruby's behaviour differs."""
    for module in MODULES:
        for name, func in module.FILTERS.items():
            env.add_filter(name, func)
