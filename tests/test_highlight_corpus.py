"""Byte equality with Rouge 3.30 (through Jekyll's kramdown and `{% highlight %}` tag) on tests/highlight/cases."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jekyll_py.highlight import highlight_block, highlight_tag

HERE = Path(__file__).parent / "highlight"
EXPECTED: dict[str, dict[str, str]] = json.loads((HERE / "expected.json").read_text())


def _case(name: str) -> tuple[str, str]:
    return (HERE / "cases" / name).read_text(), name.rsplit(".", 2)[1]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fenced_block_matches_kramdown(name: str) -> None:
    code, lang = _case(name)
    assert highlight_block(code if code.endswith("\n") else code + "\n", lang) == EXPECTED[name]["block"]


@pytest.mark.parametrize("name", sorted(name for name, want in EXPECTED.items() if "tag" in want))
def test_highlight_tag_matches_jekyll(name: str) -> None:
    code, lang = _case(name)
    # the tag's parser downcases the language, as Jekyll's HighlightBlock does
    assert highlight_tag("\n" + code, lang.lower()) == EXPECTED[name]["tag"]
