"""YAML as Jekyll reads it: Psych's safe_load with Date and Time, aliases allowed.

PyYAML (YAML 1.1, like Psych) already types booleans, numbers, dates and timestamps. Psych details
that change output and are reproduced here: a timestamp without a zone is read as UTC and shown in the local
zone (Psych's `Time.at`), a timestamp with a zone keeps its offset, and mappings, lists and merge keys (`<<`)
are built the way Psych's ToRuby visitor builds them (see `_construct_as_psych`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import deque
from collections.abc import Callable
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


class _AnchorsRedefinedLoader(yaml.SafeLoader):
    """The pure-Python loader for the rare file that defines an anchor name twice: Psych lets the later
    definition replace the earlier one for the aliases after it, where libyaml's composer refuses the file."""

    def compose_node(self, parent: Node | None, index: Any) -> Node:
        if not self.check_event(yaml.AliasEvent):
            self.anchors.pop(self.peek_event().anchor, None)
        return super().compose_node(parent, index)


# -- plain scalars typed as Psych's ScalarScanner types them -----------------------------------------------
# YAML 1.1 as Psych reads it, where PyYAML differs: commas in numbers (`1,000`, `0,120,223,0.2`), no `_`
# before the end or doubled (`1_` and `1__0` are text), base 60 with one or two `:` parts weighted as if the
# value were h:m:s (`10:30` is 37800, `0:30` 1800), `+.5`, and case-insensitive booleans, null and infinity.
_INT = r"[-+]?0b[0-1_,]+|[-+]?0[0-7_,]+|[-+]?(?:0|[1-9](?:[0-9]|,[0-9]|_[0-9])*)|[-+]?0x[0-9a-fA-F_,]+"
_BASE_60 = r"[-+]?[0-9][0-9_]*(?::[0-5]?[0-9]){1,2}"
_FLOAT = r"(?![-+]?\.\Z)[-+]?(?:[0-9][0-9_,]*)?\.[0-9]*(?:[eE][-+][0-9]+)?"
_PSYCH_SCALARS = {  # tag: (pattern, the first characters PyYAML looks it up by)
    "int": (rf"(?:{_BASE_60}|{_INT})\Z", "-+0123456789"),
    "float": (rf"(?:{_BASE_60}\.[0-9_]*|{_FLOAT}|\+?\.(?i:inf)|-\.(?i:inf)|\.(?i:nan))\Z", "-+0123456789."),
    "bool": (r"(?i:yes|true|on|no|false|off)\Z", "yYnNtTfFoO"),
    "null": (r"(?:~|(?i:null)|)\Z", ("~", "n", "N", "")),
}
_RUBY_TO_I = re.compile(r"[-+]?\d+(?:_\d+)*")
_RUBY_TO_F = re.compile(r"[-+]?\d+(?:_\d+)*(?:\.\d+(?:_\d+)*)?")


def _base_60(text: str, number: Callable[[str], float]) -> float:
    """Psych's sum: part i of n weighs 60 ** |i - 2|, so a two-part value counts as hours and minutes."""
    return sum(number(part) * 60 ** abs(index - 2) for index, part in enumerate(text.split(":")))


def _ruby_integer(text: str) -> int:
    """Ruby's `Integer()` of the digits: a leading 0 is octal."""
    digits = re.sub(r"[,_]", "", text)
    unsigned = digits.lstrip("+-")
    if unsigned[:2] in ("0b", "0x"):
        return int(digits, 0)
    return int(digits, 8) if unsigned.startswith("0") else int(digits)


def _psych_int(loader: Any, node: yaml.ScalarNode) -> Any:
    text = loader.construct_scalar(node)
    if ":" in text:
        return _base_60(text, lambda part: int(_RUBY_TO_I.match(part).group().replace("_", "")))  # type: ignore[union-attr]
    try:
        return _ruby_integer(text)
    except ValueError:  # `0b_`: Ruby's Integer() raises; the text is kept
        return text


def _psych_float(loader: Any, node: yaml.ScalarNode) -> Any:
    text = loader.construct_scalar(node)
    lowered = text.lower()
    if lowered.endswith((".inf", ".nan")):
        return float(lowered.lstrip("+").replace(".", ""))
    if ":" in text:
        return _base_60(text, lambda part: float(_RUBY_TO_F.match(part).group().replace("_", "")))  # type: ignore[union-attr]
    return float(re.sub(r"[,_]|\.([Ee]|$)", r"\1", text))


_SYMBOL = "tag:ruby.org,2002:symbol"


class _RubySymbol(yaml.constructor.ConstructorError):
    """Psych reads a plain `:name` as a Ruby Symbol, a class Jekyll's safe_load does not permit (Jekyll 3's
    safe_yaml gem, which GitHub Pages' classic build uses, read it as text: `style: :compressed`)."""

    def __init__(self, node: yaml.ScalarNode) -> None:
        super().__init__(None, None, f"{node.value} is a Ruby symbol to Jekyll 4's YAML reader, which refuses it "
                                     "(Tried to load unspecified class: Symbol)", node.start_mark)
        self.hint = f"write it without the leading ':' ({node.value[1:]}), or quote it if the ':' belongs to it"


def _refuse_symbol(loader: Any, node: yaml.ScalarNode) -> Any:
    raise _RubySymbol(node)


def _type_scalars_as_psych(loader_class: Any) -> None:
    replaced = {f"tag:yaml.org,2002:{name}" for name in _PSYCH_SCALARS}
    loader_class.yaml_implicit_resolvers = {
        first: [(tag, pattern) for tag, pattern in resolvers if tag not in replaced]
        for first, resolvers in loader_class.yaml_implicit_resolvers.items()
    }
    for name, (pattern, firsts) in _PSYCH_SCALARS.items():
        loader_class.add_implicit_resolver(f"tag:yaml.org,2002:{name}", re.compile(pattern), list(firsts))
    loader_class.add_constructor("tag:yaml.org,2002:int", _psych_int)
    loader_class.add_constructor("tag:yaml.org,2002:float", _psych_float)
    loader_class.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_or_text)
    loader_class.add_implicit_resolver(_SYMBOL, re.compile(r":."), [":"])
    loader_class.add_constructor(_SYMBOL, _refuse_symbol)


for _loader in (_JekyllLoader, _AnchorsRedefinedLoader):
    _type_scalars_as_psych(_loader)


def _redefines_an_anchor(exc: yaml.YAMLError) -> bool:
    return isinstance(exc, yaml.composer.ComposerError) and "duplicate anchor" in str(exc.context)


def load(text: str, *, file: str, error: type[JekyllPyError], line_offset: int = 0) -> Any:
    """Parse YAML, raising `error` with the file and line on a syntax error."""
    try:
        return _load_with(_JekyllLoader, text, file, error, line_offset)
    except error as exc:
        if not _redefines_an_anchor(exc.__context__):  # type: ignore[arg-type]
            raise
    return _load_with(_AnchorsRedefinedLoader, text, file, error, line_offset)


def _load_with(loader_class: type, text: str, file: str, error: type[JekyllPyError], line_offset: int) -> Any:
    loader = loader_class(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        try:
            return _construct_plain(loader, node, file, error)
        except _NotPlain:
            data = _construct_as_psych(loader, node, text, file, error)
    except RecursionError:
        raise error("YAML nested too deeply", file=file, hint="flatten the structure") from None
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
            hint=exc.hint if isinstance(exc, _RubySymbol) else
            "check the indentation and quote values that contain ':' or start with a special character",
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
# recursive node, a merge key, another tag, deep nesting) goes to `_construct_as_psych` and `_settle`.

_YAML_TAG = "tag:yaml.org,2002:"
_STR, _SEQ, _MAP = f"{_YAML_TAG}str", f"{_YAML_TAG}seq", f"{_YAML_TAG}map"
_PLAIN_SCALARS = frozenset({*(f"{_YAML_TAG}{name}" for name in ("null", "bool", "int", "float", "timestamp")), _SYMBOL})
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
                if key == "<<":
                    raise _NotPlain  # `"<<"` (quoted) is a merge key to Psych, `!!str <<` is not
                container[key] = value_of(value_node, depth)
        count += len(container)
        if count > MAX_EXPANDED_VALUES:
            raise _too_many_values(file, error)
    return data


# -- the construction of everything else, as Psych does it ------------------------------------------------
# PyYAML flattens merge keys at the node level before building anything, so `zh: &Z {zh-CN: {<<: *Z}}`
# becomes a dict that contains itself. Psych (ToRuby) builds depth first, in document order: a mapping or
# list is registered under its anchor before it is filled, an alias returns that object as it is (maybe
# still partial), and `<<` merges the value's entries as they are at that moment (`hash.merge!`), so zh-CN
# gets the keys zh has before it and nothing cyclic. Scalars and other tags stay PyYAML's (its typing, its
# errors); only mappings tagged !!map and lists tagged !!seq are built here.

_MERGE, _VALUE = f"{_YAML_TAG}merge", f"{_YAML_TAG}value"
_AS_TEXT = frozenset((_STR, _MERGE, _VALUE))  # Psych reads a lone `<<` or `=` as text wherever it is
_BLANK = " \t\r\n"


def _construct_as_psych(loader: Any, root: Node, text: str, file: str, error: type[JekyllPyError]) -> Any:
    """The document's value as Psych builds it, with PyYAML's scalars (`_settle` still zones and checks it).

    A broken document raises PyYAML's own error: which of several broken values is reported first follows
    PyYAML's construction order, as the quick construction does.
    """
    try:
        return _PsychBuilder(loader, text, file, error).build(root)
    except (JekyllPyError, RecursionError):
        raise
    except Exception as mine:
        # a constructor that failed halfway leaves its node marked as under construction: start afresh
        loader.constructed_objects, loader.recursive_objects, loader.state_generators = {}, {}, []
        loader.deep_construct = False
        try:
            loader.construct_document(root)
        except Exception as theirs:
            raise theirs from None
        raise mine from None


class _PsychBuilder:
    """Psych's `visit_Psych_Nodes_Mapping`/`revive_hash`, `register_empty` and `visit_Psych_Nodes_Alias`."""

    def __init__(self, loader: Any, text: str, file: str, error: type[JekyllPyError]) -> None:
        self.loader = loader
        self.constructors = loader.yaml_constructors
        self.text = text
        self.bom = 1 if text.startswith("\ufeff") else 0  # libyaml's marks do not count the BOM
        self.file, self.error = file, error
        self.built: dict[int, Any] = {}  # the composer gives an alias the anchor's own node
        self.count = 0  # values stored, merged copies included: a merge copies, it does not share

    def build(self, node: Node) -> Any:
        """One frame per level of nesting, like `_settle`, so both meet the recursion limit at one depth."""
        known = self.built.get(id(node), self)
        if known is not self:
            return known  # an alias: the object as it is now, maybe still being filled
        kind, tag = type(node), node.tag
        if kind is ScalarNode:
            if tag in _AS_TEXT:
                return node.value
            if tag in _PLAIN_SCALARS:
                return self.constructors[tag](self.loader, node)
        elif kind is MappingNode and tag == _MAP:
            mapping: dict[Any, Any] = {}
            self.built[id(node)] = mapping
            for key_node, value_node in node.value:
                key = self.build(key_node)
                is_alias = id(value_node) in self.built
                value = self.build(value_node)
                if key == "<<" and isinstance(key, str) and self.is_merge_key(key_node):
                    self.merge(mapping, value_node, value, is_alias)
                    continue
                try:
                    mapping[key] = value
                except TypeError:
                    raise yaml.constructor.ConstructorError(
                        "while constructing a mapping", node.start_mark, "found unhashable key", key_node.start_mark
                    ) from None
            self.counted(len(node.value))
            return mapping
        elif kind is SequenceNode and tag == _SEQ:
            items: list[Any] = []
            self.built[id(node)] = items
            for child in node.value:
                items.append(self.build(child))
            self.counted(len(items))
            return items
        value = self.loader.construct_object(node, deep=True)  # binary, !!set, !!omap, an unknown tag's error
        self.built[id(node)] = value
        return value

    def merge(self, mapping: dict[Any, Any], value_node: Node, value: Any, is_alias: bool) -> None:
        """`hash.merge!(val)`; for a written list, its mappings with the first winning; else a `<<` key."""
        if type(value_node) is SequenceNode and not is_alias and all(isinstance(item, dict) for item in value):
            merged: dict[Any, Any] = {}
            for item in reversed(value):
                merged.update(item)
                self.counted(len(item))
            value = merged
        if isinstance(value, dict):
            mapping.update(value)
            self.counted(len(value))
        else:
            mapping["<<"] = value  # Psych's TypeError fallback: a list alias, a scalar, a list with a scalar

    def is_merge_key(self, key_node: Node) -> bool:
        """A `<<` key merges unless its tag is written and is a str tag (`!!str <<`); `"<<"` merges too."""
        if key_node.tag != _STR:
            return True
        text, index = self.text, key_node.start_mark.index + self.bom
        while index < len(text) and text[index] in "&!":  # the node's properties: anchor and tag
            end = index
            while end < len(text) and text[end] not in _BLANK:
                end += 1
            if text[index] == "!":
                return text[index:end] == "!"  # a bare `!` is no tag to Psych
            index = end
            while index < len(text) and text[index] in _BLANK:
                index += 1
        return True

    def counted(self, values: int) -> None:
        self.count += values
        if self.count > MAX_EXPANDED_VALUES:
            raise _too_many_values(self.file, self.error)
