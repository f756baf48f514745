"""The typed errors every module raises; the CLI turns them into one readable message.

A user mistake must never surface as a Python traceback: each error knows where it happened
(file, line, column when known), the chain of includes/layouts it came through, and a hint.
"""

from __future__ import annotations


class JekyllPyError(Exception):
    """Base for every error caused by the site being built (not by a bug in jekyll_py)."""

    kind = "Error"

    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        line: int | None = None,
        column: int | None = None,
        hint: str | None = None,
        chain: list[str] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.file = file
        self.line = line
        self.column = column
        self.hint = hint
        self.chain = list(chain or [])

    def location(self) -> str:
        """`file:line:column`, as much of it as is known."""
        if not self.file:
            return ""
        loc = self.file
        if self.line is not None:
            loc += f":{self.line}"
            if self.column is not None:
                loc += f":{self.column}"
        return loc

    def __str__(self) -> str:
        text = f"{self.kind}: {self.message}"
        loc = self.location()
        if loc:
            text += f" (in {loc})"
        for link, times in collapse_repeats(self.chain):
            text += f"\n  {link}" + (f" ({times} times)" if times > 1 else "")
        if self.hint:
            text += f"\n  Hint: {self.hint}"
        return text


def collapse_repeats(chain: list[str]) -> list[tuple[str, int]]:
    """Runs of one link, counted: an include that includes itself 98 times is one line, not 98."""
    runs: list[tuple[str, int]] = []
    for link in chain:
        if runs and runs[-1][0] == link:
            runs[-1] = (link, runs[-1][1] + 1)
        else:
            runs.append((link, 1))
    return runs


class ConfigError(JekyllPyError):
    kind = "Configuration Error"


class FrontMatterError(JekyllPyError):
    kind = "Front Matter Error"


class DataFileError(JekyllPyError):
    kind = "Data File Error"


class LiquidError(JekyllPyError):
    kind = "Liquid Exception"


class ConversionError(JekyllPyError):
    """Markdown or Sass could not be converted."""

    kind = "Conversion Error"


class LayoutError(JekyllPyError):
    kind = "Build Warning"


class DestinationError(JekyllPyError):
    kind = "Destination Error"


class EncodingError(JekyllPyError):
    kind = "Encoding Error"


class UnreadableFileError(JekyllPyError):
    """A source file the operating system will not let us read (permissions, a dangling link)."""

    kind = "Read Error"
