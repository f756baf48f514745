"""YAML loading: Psych's timestamp zones, and no alias bomb or self-referring alias can exhaust the build."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from jekyll_py import safe_yaml
from jekyll_py.errors import ConfigError


def load(text: str):
    return safe_yaml.load(text, file="_config.yml", error=ConfigError)


def test_naive_timestamps_are_utc_and_shared_nodes_are_zoned_once() -> None:
    data = load("x: &x {t: 2024-01-01 10:00:00}\ny: *x\nl: [2024-01-01 10:00:00 +02:00]\n")
    assert data["x"] is data["y"]
    assert data["x"]["t"].utcoffset() == dt.timedelta(0)
    assert data["l"][0].utcoffset() == dt.timedelta(hours=2)


def test_billion_laughs_is_refused_quickly() -> None:
    lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
    for prev, name in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{name}: &{name} [{', '.join([f'*{prev}'] * 10)}]")
    started = time.perf_counter()
    with pytest.raises(ConfigError, match="aliases expand to more than"):
        load("\n".join(lines) + "\n")
    assert time.perf_counter() - started < 5


def test_an_alias_inside_its_own_anchor_is_refused() -> None:
    with pytest.raises(ConfigError, match="refers to itself"):
        load("a: &a [1, *a]\n")


def test_moderate_reuse_of_anchors_is_fine() -> None:
    data = load("base: &b {layout: single, share: true}\nposts: *b\npages: *b\n")
    assert data["posts"] == {"layout": "single", "share": True}


@pytest.mark.parametrize("text", ["x: :sym\n", "- a\n- :b\n", "? :key\n: v\n", "x: &s :sym\ny: *s\n"])
def test_a_plain_ruby_symbol_is_refused_as_jekyll_refuses_it(text: str) -> None:
    """Psych types `:name` as a Symbol, which Jekyll's safe_load does not permit: a data file or the
    configuration with one fails the build (front matter with one is reported and left unread)."""
    with pytest.raises(ConfigError, match="is a Ruby symbol.*Tried to load unspecified class: Symbol") as caught:
        load(text)
    assert caught.value.hint.startswith("write it without the leading ':'")


def test_a_quoted_colon_is_text() -> None:
    assert load("x: ':sym'\ny: \":b\"\nz: a:b\n") == {"x": ":sym", "y": ":b", "z": "a:b"}
