"""YAML as Jekyll reads it: Psych's safe_load with Date and Time, aliases allowed.

PyYAML (YAML 1.1, like Psych) already types booleans, numbers, dates and timestamps. Two Psych details
change output and are reproduced here: a timestamp without a zone is read as UTC and shown in the local
zone (Psych's `Time.at`), and a timestamp with a zone keeps its offset.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import yaml

from jekyll_py.errors import JekyllPyError

try:
    _Loader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _Loader = yaml.SafeLoader


class _JekyllLoader(_Loader):  # type: ignore[misc, valid-type]
    """The safe loader, with Psych's leniency for dates that do not exist."""


def _timestamp_or_text(loader: Any, node: yaml.ScalarNode) -> Any:
    """Psych keeps `2024-13-45` or `2024-01-02 25:00:00` as a string; PyYAML raised ValueError."""
    try:
        return loader.construct_yaml_timestamp(node)
    except ValueError:
        return loader.construct_scalar(node)


_JekyllLoader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_or_text)


def load(text: str, *, file: str, error: type[JekyllPyError], line_offset: int = 0) -> Any:
    """Parse YAML, raising `error` with the file and line on a syntax error."""
    try:
        data = yaml.load(text, Loader=_JekyllLoader)  # noqa: S506 - a safe loader
    except yaml.YAMLError as exc:
        # Psych, like PyYAML's context mark, points at where the broken construct starts
        mark = getattr(exc, "context_mark", None) or getattr(exc, "problem_mark", None)
        line = mark.line + 1 + line_offset if mark is not None else None
        column = mark.column + 1 if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc)
        raise error(
            f"invalid YAML: {problem}",
            file=file,
            line=line,
            column=column,
            hint="check the indentation and quote values that contain ':' or start with a special character",
        ) from None
    return _type_times(data)


def _type_times(value: Any) -> Any:
    """Give every timestamp a zone the way Psych does (naive means UTC, shown in local time)."""
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC).astimezone()
        return value
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, dt.datetime | dict | list):
                value[key] = _type_times(item)
        return value
    if isinstance(value, list):
        return [_type_times(item) for item in value]
    return value
