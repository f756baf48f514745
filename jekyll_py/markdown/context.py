"""Document-wide state the parsers share: options, link/footnote/abbreviation definitions, ALDs."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from jekyll_py.errors import ConversionError

from .attributes import Ial
from .element import Element
from .options import Options
from .patterns import RUBY_WHITESPACE

MAX_DEPTH = 120  # nesting beyond this is refused instead of risking Python's recursion limit


@dataclass
class Context:
    """What one conversion has learned so far; block and span parsers read and extend it."""

    options: Options
    link_defs: dict[str, tuple[str, str | None, Element]] = field(default_factory=dict)  # url, title, marker
    footnote_defs: dict[str, Element] = field(default_factory=dict)
    abbrevs: dict[str, str] = field(default_factory=dict)
    abbrev_markers: dict[str, Element] = field(default_factory=dict)  # their definitions, holding their IALs
    alds: dict[str, Ial] = field(default_factory=dict)
    depth: int = 0

    def enter(self) -> None:
        """Count one more level of nesting; refuse absurd depths with a typed error."""
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise ConversionError(f"Markdown nested more than {MAX_DEPTH} levels deep")

    def leave(self) -> None:
        self.depth -= 1


def normalize_link_id(text: str) -> str:
    """kramdown matches reference ids case-insensitively with runs of whitespace collapsed."""
    return " ".join(re.split(r"[ \t\n\v\f\r]+", text.strip(RUBY_WHITESPACE))).lower()
