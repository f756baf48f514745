"""Front matter exactly as Jekyll detects and splits it.

A file is processed (a page or document) when its first line is `---` (Utils.has_yaml_header?); the YAML
runs to the next line that is `---` or `...` (Document::YAML_FRONT_MATTER_REGEXP).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jekyll_py import log, safe_yaml
from jekyll_py.errors import EncodingError, FrontMatterError, UnreadableFileError

HEADER_RE = re.compile(rb"\A---\s*\r?\n")
FRONT_MATTER_RE = re.compile(r"\A(---\s*\n.*?\n?)^((---|\.\.\.)\s*$\n?)", re.MULTILINE | re.DOTALL)


@dataclass
class FrontMatter:
    data: dict[str, Any]
    content: str
    body_line: int  # 1-based line of the file where `content` starts


def has_yaml_header(path: Path) -> bool:
    """True when the file starts with a `---` line, the test Jekyll uses to tell pages from static files."""
    try:
        with path.open("rb") as handle:
            return bool(HEADER_RE.match(handle.readline()))
    except OSError as exc:
        raise unreadable(path, exc) from None


def unreadable(path: Path, exc: OSError, relative: str | None = None) -> UnreadableFileError:
    """Jekyll stops on Errno::EACCES too; we name the file and the reason without a backtrace."""
    return UnreadableFileError(f"could not read the file: {exc.strerror or exc}", file=relative or str(path),
                               hint="check the file's permissions, or exclude it in _config.yml")


def read_text(path: Path, relative: str) -> str:
    """Read a source file as UTF-8 (Jekyll's default encoding), naming the file when it is not."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise unreadable(path, exc, relative) from None
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise EncodingError(
            f"invalid byte sequence in UTF-8 at byte {exc.start}",
            file=relative,
            line=line,
            hint="save the file as UTF-8, or set `encoding:` in _config.yml",
        ) from None


def parse(text: str, relative: str, *, strict: bool = False) -> FrontMatter:
    """Split `text` into YAML data and content, the way Convertible#read_yaml does.

    Jekyll only warns on bad front matter (the page keeps its content and gets no data) unless
    `strict_front_matter` is set; we do the same, but the warning names the line.
    """
    match = FRONT_MATTER_RE.match(text)
    if not match:
        return FrontMatter({}, text, 1)
    content = text[match.end():]
    body_line = text.count("\n", 0, match.end()) + 1
    try:
        data = safe_yaml.load(match.group(1), file=relative, error=FrontMatterError)
    except FrontMatterError as exc:
        if strict:
            raise
        log.warn("YAML Exception", f"reading {exc.location()}: {exc.message}")
        data = {}
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise FrontMatterError(
            "Invalid YAML front matter", file=relative, line=2,
            hint="front matter must be a mapping of `key: value` lines",
        )
    if data.get("permalink") == "":
        raise FrontMatterError("Invalid permalink", file=relative, hint="remove the empty `permalink:` line")
    return FrontMatter(data, content, body_line)
