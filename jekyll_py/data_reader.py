"""`_data`: YAML, JSON, CSV and TSV files as `site.data`, nested folders as nested hashes (DataReader)."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jekyll_py import safe_yaml
from jekyll_py.errors import DataFileError
from jekyll_py.frontmatter import read_text

if TYPE_CHECKING:
    import csv

DATA_EXTS = (".yaml", ".yml", ".json", ".csv", ".tsv")
_UNSAFE_RE = re.compile(r"[^\w\s-]+")


def sanitize_filename(name: str) -> str:
    """DataReader#sanitize_filename: the key a data file gets in `site.data`."""
    return re.sub(r"\s+", "_", _UNSAFE_RE.sub("", name).strip())


def csv_message(exc: csv.Error, line: int) -> str:
    """Ruby's CSV::MalformedCSVError wording where it has one."""
    if "unexpected end of data" in str(exc):
        return f"Unclosed quoted field in line {line}."
    return f"Illegal quoting in line {line}: {exc}"


class DataReader:
    def __init__(self, source: Path, config: dict[str, Any]) -> None:
        self.source = source
        self.config = config

    def read(self, data_dir: str) -> dict[str, Any]:
        content: dict[str, Any] = {}
        self._read_into(self.source / data_dir, content)
        return content

    def _read_into(self, folder: Path, data: dict[str, Any]) -> None:
        if not folder.is_dir():
            return
        # Ruby's Dir globs come sorted; files first, then sub-folders
        files = sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in DATA_EXTS)
        folders = sorted(p for p in folder.iterdir() if p.is_dir())
        for path in files:
            data[sanitize_filename(path.stem)] = self.read_file(path)
        for path in folders:
            nested: dict[str, Any] = {}
            data[sanitize_filename(path.name)] = nested
            self._read_into(path, nested)

    def read_file(self, path: Path) -> Any:
        relative = str(path.relative_to(self.source))
        text = read_text(path, relative)
        suffix = path.suffix.lower()
        if suffix == ".csv":
            return self._read_table(text, "csv_reader", ",", relative)
        if suffix == ".tsv":
            return self._read_table(text, "tsv_reader", "\t", relative)
        if suffix == ".json":
            return self._read_json(text, relative)
        return safe_yaml.load(text, file=relative, error=DataFileError)

    @staticmethod
    def _read_json(text: str, relative: str) -> Any:
        """Jekyll reads JSON data with its YAML parser (so a trailing comma works); what YAML cannot read
        but JSON can (tabs for indentation) is read as JSON, and the error names JSON's position."""
        try:
            return safe_yaml.load(text, file=relative, error=DataFileError)
        except DataFileError:
            try:
                return json.loads(text)
            except json.JSONDecodeError as exc:
                message = f"invalid JSON: {exc.msg}"
                raise DataFileError(message, file=relative, line=exc.lineno, column=exc.colno) from None

    def _read_table(self, text: str, config_key: str, delimiter: str, relative: str) -> list[Any]:
        import csv  # here: few sites have a CSV or TSV data file

        options = self.config.get(config_key) or {}
        # Ruby's CSV is strict: an unclosed quote fails the build (CSV::MalformedCSVError).
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
        rows: list[list[str]] = []
        record_line = 1
        try:
            for row in reader:
                rows.append(row)
                record_line = reader.line_num + 1
        except csv.Error as exc:  # Ruby names the line the broken record starts on
            raise DataFileError(csv_message(exc, record_line), file=relative, line=record_line) from None
        if not options.get("headers", True):
            return rows
        if not rows:
            return []
        header, *body = rows
        return [{key: (row[i] if i < len(row) else None) for i, key in enumerate(header)} for row in body]
