"""Merge keys (`<<`), anchors and aliases are built as Jekyll's Psych builds them.

tests/yaml_merge_keys/*.yml are read by real Ruby (Psych's safe_load with Date and Time, aliases allowed,
as Jekyll reads YAML); tests/yaml_merge_keys/expected.json is what it made of them, regenerated with
`ruby tests/yaml_merge_keys/regenerate.rb`. A document Psych builds with a cycle is refused here.
"""

from __future__ import annotations

import datetime as dt
import inspect
import json
import math
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from jekyll_py import safe_yaml
from jekyll_py.errors import DataFileError

FIXTURES = Path(__file__).parent / "yaml_merge_keys"
EXPECTED = json.loads((FIXTURES / "expected.json").read_text(encoding="utf-8"))["documents"]


def load(text: str) -> Any:
    return safe_yaml.load(text, file="x.yml", error=DataFileError)


def read(name: str) -> str:
    return (FIXTURES / name).read_bytes().decode("utf-8")  # as written: CRLF stays


def encode(value: Any) -> Any:
    """regenerate.rb's encoding: order kept, every type spelled out (1, 1.0 and true differ)."""
    if isinstance(value, dict):
        return {"map": [[encode(key), encode(item)] for key, item in value.items()]}
    if isinstance(value, list):
        return [encode(item) for item in value]
    if isinstance(value, bytes):
        return {"binary": value.hex()}
    if isinstance(value, float):
        if math.isfinite(value):
            return {"float": value}
        return {"float": "nan" if math.isnan(value) else "inf" if value > 0 else "-inf"}
    if isinstance(value, dt.datetime):
        return {"time": value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")}
    if isinstance(value, dt.date):
        return {"date": value.isoformat()}
    assert value is None or isinstance(value, str | int), repr(value)  # bool is an int
    return value


def test_the_corpus_is_complete() -> None:
    assert sorted(EXPECTED) == sorted(path.name for path in FIXTURES.glob("*.yml"))
    assert len(EXPECTED) >= 20


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_same_as_psych(name: str) -> None:
    expected = EXPECTED[name]
    if expected.get("cycle"):
        with pytest.raises(DataFileError, match="refers to itself"):
            load(read(name))
    else:
        assert encode(load(read(name))) == expected["value"]


def test_the_ui_text_fork_loads_and_shares_what_psych_shares() -> None:
    data = load(read("07-ui-text-in-progress-ancestor.yml"))["zh"]
    assert list(data["zh-CN"]) == ["page", "loading_label"]
    assert data["zh-HK"]["zh-CN"] is data["zh-CN"]  # merge! copies entries, not the values in them


def test_a_merged_anchor_is_not_changed_by_the_merge() -> None:
    data = load("base: &b {x: 1}\npost: {<<: *b, x: 2, y: 3}\n")
    assert data["base"] == {"x": 1}
    assert data["post"] == {"x": 2, "y": 3}


def test_a_byte_order_mark_does_not_shift_the_str_tag_check() -> None:
    data = load("\ufeffbase: &b {x: 1}\na: {!!str <<: *b}\nb: {<<: *b}\n")
    assert data == {"base": {"x": 1}, "a": {"<<": {"x": 1}}, "b": {"x": 1}}


def test_timestamps_reached_through_a_merge_are_zoned() -> None:
    data = load("base: &b {t: 2024-01-02 10:00:00 +02:00, n: 2024-01-02 10:00:00}\ncopy: {<<: *b}\n")
    assert data["copy"]["t"].utcoffset() == dt.timedelta(hours=2)
    assert data["copy"]["n"].tzinfo is not None


def test_pyyaml_errors_stay() -> None:
    with pytest.raises(DataFileError, match="found unhashable key") as caught:
        load("base: &b {x: 1}\nm: {<<: *b}\n[a, b]: list as a key\n")
    assert caught.value.line == 1  # the context mark: the mapping holding the key, as before
    with pytest.raises(DataFileError, match="could not determine a constructor for the tag '!foo'"):
        load("base: &b {x: 1}\nm: {<<: *b, y: !foo z}\n")
    with pytest.raises(ValueError):  # as PyYAML: `!!float` of a word is its ValueError
        load("base: &b {x: 1}\nm: {<<: *b, y: !!float z}\n")


def test_tagged_values_keep_pyyaml_types() -> None:
    data = load("base: &b {s: !!set {a, b}, o: !!omap [{k: 1}], bin: !!binary aGk=}\nm: {<<: *b}\n")
    assert data["m"] == {"s": {"a", "b"}, "o": [("k", 1)], "bin": b"hi"}


def test_deep_nesting_is_an_error_not_a_traceback() -> None:
    document = "base: &b {x: 1}\nm: {<<: *b}\nd: " + "{a: " * 600 + "1" + "}" * 600 + "\n"
    assert load(document)["m"] == {"x": 1}
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(len(inspect.stack()) + 200)
    try:
        with pytest.raises(DataFileError, match="nested too deeply"):
            load(document)
    finally:
        sys.setrecursionlimit(limit)


def test_merges_cannot_copy_without_bound() -> None:
    lines = ["base: &b {" + ", ".join(f"k{index}: {index}" for index in range(1000)) + "}", "copies:"]
    lines += ["  - <<: *b"] * 1500
    started = time.perf_counter()
    with pytest.raises(DataFileError, match="aliases expand to more than"):
        load("\n".join(lines) + "\n")
    assert time.perf_counter() - started < 5


def test_plain_documents_keep_the_quick_construction(monkeypatch: pytest.MonkeyPatch) -> None:
    def never(*_: Any) -> Any:
        raise AssertionError("a plain document left the quick construction")

    monkeypatch.setattr(safe_yaml, "_construct_as_psych", never)
    assert load("title: x\ntags: [a, b]\nnested: {a: 1}\nwhen: 2024-01-02\n")["tags"] == ["a", "b"]

