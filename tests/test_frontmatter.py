"""Front matter: detection and splitting exactly as Jekyll does it, YAML typed like Psych."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from jekyll_py import frontmatter, log
from jekyll_py.errors import EncodingError, FrontMatterError


def test_split_with_dashes_and_dots() -> None:
    parsed = frontmatter.parse("---\ntitle: Hi\n...\nbody\n", "a.md")
    assert parsed.data == {"title": "Hi"}
    assert parsed.content == "body\n"
    assert parsed.body_line == 4


def test_no_front_matter_keeps_everything() -> None:
    parsed = frontmatter.parse("no header\n---\n", "a.md")
    assert parsed.data == {} and parsed.content == "no header\n---\n"


def test_empty_front_matter() -> None:
    parsed = frontmatter.parse("---\n---\nx", "a.md")
    assert parsed.data == {} and parsed.content == "x"


def test_yaml_types_dates_and_booleans() -> None:
    data = frontmatter.parse(
        "---\nd: 2024-01-05\nt: 2024-01-05 10:00:00 +02:00\nflag: yes\nn: 010\n---\n", "a.md"
    ).data
    assert data["d"] == dt.date(2024, 1, 5)
    assert data["t"].utcoffset() == dt.timedelta(hours=2)
    assert data["flag"] is True
    assert data["n"] == 8


def test_bad_yaml_warns_with_line_and_keeps_content() -> None:
    log.take_warnings()
    parsed = frontmatter.parse("---\ntitle: ok\nbad: [x\n---\nbody", "page.md")
    assert parsed.data == {} and parsed.content == "body"
    warnings = log.take_warnings()
    assert len(warnings) == 1 and "page.md:" in warnings[0]


def test_bad_yaml_is_an_error_when_strict() -> None:
    with pytest.raises(FrontMatterError):
        frontmatter.parse("---\nbad: [x\n---\n", "page.md", strict=True)


def test_front_matter_must_be_a_mapping() -> None:
    with pytest.raises(FrontMatterError, match="Invalid YAML front matter"):
        frontmatter.parse("---\n- a\n- b\n---\n", "page.md")


def test_has_yaml_header(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("---  \r\nx: 1\n---\n")
    (tmp_path / "b.md").write_text("# title\n---\n")
    assert frontmatter.has_yaml_header(tmp_path / "a.md")
    assert not frontmatter.has_yaml_header(tmp_path / "b.md")


def test_invalid_utf8_names_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "bad.md").write_bytes(b"---\n---\nline\n\xff\n")
    with pytest.raises(EncodingError) as info:
        frontmatter.read_text(tmp_path / "bad.md", "bad.md")
    assert info.value.file == "bad.md" and info.value.line == 4
