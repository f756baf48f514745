"""The quick construction of plain YAML gives exactly what PyYAML's construction and `_settle` give:
the same values of the same types, and the same error for the same broken document."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

import pytest

from jekyll_py import safe_yaml
from jekyll_py.errors import FrontMatterError

DOCUMENTS = [
    "title: Hello\ntags: [a, b, c]\ncategories: x y\n",
    "n: 12\nf: 1.5\nhex: 0x1F\noct: 0o17\nsexa: 1:30\ninf: .inf\nnan_text: .NaN\nunderscored: 1_000\n",
    "yes: yes\nno: No\non: ON\noff: off\ntrue: true\nnull_word: null\ntilde: ~\nempty:\n",
    "date: 2024-01-02\ntime: 2024-01-02 10:00:00\nzoned: 2024-01-02T10:00:00+02:00\nbad: 2024-13-45\n",
    "2024-01-02: a date as a key\n2024-01-02 10:00:00: a time as a key\n1: int key\n~: null key\n",
    "nested:\n  deeper:\n    list:\n      - {a: 1, b: [2024-05-06 07:08:09, x]}\n      - - inner\n",
    "dup: 1\nother: 2\ndup: 3\n",
    "quoted: '123'\ndouble: \"true\"\nliteral: |\n  line one\n  line two\nfolded: >\n  a\n  b\n",
    "explicit_str: !!str 123\nexplicit_int: !!int '42'\nexplicit_float: !!float '1'\n",
    "binary: !!binary aGVsbG8=\n",
    "set: !!set {a, b}\nomap: !!omap [{a: 1}, {b: 2}]\n",
    "base: &b {layout: post, share: true}\npost:\n  <<: *b\n  title: Merged\n",
    "shared: &s [1, 2]\nagain: *s\n",
    "scalar_anchor: &t 2024-01-02 10:00:00\nreused: *t\n",
    "= : value key\n",
    "[a, b]: list as a key\n",
    "{a: 1}: map as a key\n",
    "custom: !ruby/object:Foo {a: 1}\n",
    "first: [!bad one]\nsecond: !worse two\n",
    "list: [!!int x]\nlater: !!float y\n",
    "- just\n- a\n- list\n",
    "just a scalar\n",
    "2024-01-02 10:00:00\n",
    "",
    "# only a comment\n",
    "a: &a [1, *a]\n",
    "deep: " + "[" * 150 + "]" * 150 + "\n",
]


def load(text: str) -> Any:
    return safe_yaml.load(text, file="page.md", error=FrontMatterError)


def never_plain(*_: Any) -> Any:
    raise safe_yaml._NotPlain


def assert_same_as_pyyaml(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    quick = outcome(load, text)
    with monkeypatch.context() as patch:
        patch.setattr(safe_yaml, "_construct_plain", never_plain)
        assert quick == outcome(load, text), text


def outcome(read: Any, text: str) -> tuple[str, str]:
    """A value with every type spelled out (1 and True and 1.0 differ), or the error and its message."""
    try:
        return "value", typed(read(text))
    except Exception as exc:  # PyYAML lets some ValueErrors through (`!!float y`): those must match too
        return type(exc).__name__, str(exc)


def typed(value: Any) -> str:
    if isinstance(value, dict):
        return "{" + ", ".join(f"{typed(k)}: {typed(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(typed(item) for item in value) + "]"
    if isinstance(value, dt.datetime):
        return f"datetime({value.isoformat()}, {value.tzinfo!r})"
    return f"{type(value).__name__}({value!r})"


@pytest.mark.parametrize("text", DOCUMENTS)
def test_same_as_pyyaml_construction(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert_same_as_pyyaml(text, monkeypatch)


def test_shared_nodes_stay_shared() -> None:
    data = load("shared: &s {a: [1]}\nagain: *s\n")
    assert data["shared"] is data["again"]


SCALARS = ["x", "Yes", "no", "12", "-3", "0x1A", "1e3", "1.5", ".inf", "~", "null", "", "2024-02-30",
           "2024-01-02", "2024-01-02 03:04:05", "2024-01-02T03:04:05Z", "'quoted'", "1:20", "+1", "0o7",
           "\"a: b\"", "!!str 5", "!!int 7", "é"]


def random_document(rng: random.Random, depth: int = 0) -> str:
    """A random block mapping of random scalars, flow lists and nested mappings."""
    lines = []
    for index in range(rng.randrange(1, 6)):
        key = rng.choice(["k", "title", "1", "2024-01-01", "yes", "date"]) + str(index)
        shape = rng.randrange(4 if depth < 3 else 2)
        if shape == 0:
            lines.append(f"{key}: {rng.choice(SCALARS)}")
        elif shape == 1:
            lines.append(f"{key}: [{', '.join(rng.choice(SCALARS[:-3]) for _ in range(rng.randrange(4)))}]")
        else:
            inner = random_document(rng, depth + 1)
            lines.append(f"{key}:\n" + "\n".join("  " + line for line in inner.splitlines()))
    return "\n".join(lines) + "\n"


def test_random_documents(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(2024)
    for _ in range(300):
        assert_same_as_pyyaml(random_document(rng), monkeypatch)
