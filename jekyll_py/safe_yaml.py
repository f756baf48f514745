"""YAML as Jekyll reads it: Psych's safe_load with Date and Time, aliases allowed.

PyYAML (YAML 1.1, like Psych) already types booleans, numbers, dates and timestamps. Two Psych details
change output and are reproduced here: a timestamp without a zone is read as UTC and shown in the local
zone (Psych's `Time.at`), and a timestamp with a zone keeps its offset.
"""

from __future__ import annotations

import datetime as dt
from collections import deque
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

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
    loader = _JekyllLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        try:
            return _construct_plain(loader, node, file, error)
        except _NotPlain:
            data = loader.construct_document(node)
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
    finally:
        loader.dispose()
    try:
        return _settle(data, file, error)
    except RecursionError:
        raise error("YAML nested too deeply", file=file, hint="flatten the structure") from None


# Aliases may repeat a node any number of times ("billion laughs"); an expansion past this many values is
# refused, so a hostile or broken file cannot exhaust memory when the data is merged, copied or printed.
MAX_EXPANDED_VALUES = 1_000_000
_IN_PROGRESS = -1


def _too_many_values(file: str, error: type[JekyllPyError]) -> JekyllPyError:
    return error(f"YAML aliases expand to more than {MAX_EXPANDED_VALUES:,} values", file=file,
                 hint="an anchor (&name) repeated through other anchors multiplies; expand less")


def _zoned(value: dt.datetime) -> dt.datetime:
    """Psych's reading of a timestamp: naive means UTC, shown in local time; a written zone is kept."""
    return value.replace(tzinfo=dt.UTC).astimezone() if value.tzinfo is None else value


def _settle(data: Any, file: str, error: type[JekyllPyError]) -> Any:
    """Zone every timestamp, visiting each shared (aliased) node once, and refuse alias bombs and cycles."""
    sizes: dict[int, int] = {}

    def expanded_size(value: Any) -> int:
        if not isinstance(value, dict | list):
            return 1
        key = id(value)
        known = sizes.get(key)
        if known == _IN_PROGRESS:
            raise error("YAML alias refers to itself", file=file, hint="an anchor (&name) cannot contain *name")
        if known is not None:
            return known
        sizes[key] = _IN_PROGRESS
        slots = value.items() if isinstance(value, dict) else enumerate(value)
        total = 1
        for slot, item in list(slots):
            if isinstance(item, dt.datetime):
                value[slot] = _zoned(item)
            total += expanded_size(item)
        if total > MAX_EXPANDED_VALUES:
            raise _too_many_values(file, error)
        sizes[key] = total
        return total

    if isinstance(data, dt.datetime):
        return _zoned(data)
    expanded_size(data)
    return data


# -- the quick construction ---------------------------------------------------------------------------
# Front matter is nearly always mappings, lists and plain scalars. For such a document the values are
# built here without PyYAML's per-node bookkeeping (about three times faster), in PyYAML's own order,
# breadth first, so a value that fails to construct fails as it would there. Anything else (a shared or
# recursive node, a merge key, another tag, deep nesting) goes to PyYAML's construction and `_settle`.

_YAML_TAG = "tag:yaml.org,2002:"
_STR, _SEQ, _MAP = f"{_YAML_TAG}str", f"{_YAML_TAG}seq", f"{_YAML_TAG}map"
_PLAIN_SCALARS = frozenset(f"{_YAML_TAG}{name}" for name in ("null", "bool", "int", "float", "timestamp"))
_PLAIN_KEYS = _PLAIN_SCALARS | {_STR}
_MAX_PLAIN_DEPTH = 100  # well under the recursion limit `_settle` would meet


class _NotPlain(Exception):
    """The document needs PyYAML's construction."""


def _construct_plain(loader: Any, root: Node, file: str, error: type[JekyllPyError]) -> Any:
    """The document's value as PyYAML and `_settle` would make it, or `_NotPlain`."""
    seen: set[int] = set()
    pending: deque[tuple[Any, Node, int]] = deque()
    constructors = loader.yaml_constructors

    def value_of(node: Node, depth: int) -> Any:
        kind, tag = type(node), node.tag
        if kind is ScalarNode:
            if tag == _STR:
                return node.value
            if tag not in _PLAIN_SCALARS:
                raise _NotPlain
            value = constructors[tag](loader, node)
            return _zoned(value) if isinstance(value, dt.datetime) else value
        if depth > _MAX_PLAIN_DEPTH or id(node) in seen:
            raise _NotPlain
        seen.add(id(node))
        container: list[Any] | dict[Any, Any]
        if kind is SequenceNode and tag == _SEQ:
            container = []
        elif kind is MappingNode and tag == _MAP:
            container = {}
        else:
            raise _NotPlain
        pending.append((container, node, depth + 1))
        return container

    data = value_of(root, 0)
    count = 1
    while pending:
        container, node, depth = pending.popleft()
        if isinstance(container, list):
            container.extend(value_of(child, depth) for child in node.value)
        else:
            for key_node, value_node in node.value:
                if type(key_node) is not ScalarNode or key_node.tag not in _PLAIN_KEYS:
                    raise _NotPlain
                key = key_node.value if key_node.tag == _STR else constructors[key_node.tag](loader, key_node)
                container[key] = value_of(value_node, depth)
        count += len(container)
        if count > MAX_EXPANDED_VALUES:
            raise _too_many_values(file, error)
    return data

