"""Which source entries are read: Jekyll 4's include-beats-exclude and special-name rules."""

from __future__ import annotations

from pathlib import Path

from jekyll_py.entry_filter import EntryFilter


def make(tmp_path: Path, include: list[str], exclude: list[str]) -> EntryFilter:
    (tmp_path / "_pages").mkdir()
    (tmp_path / "node_modules").mkdir()
    return EntryFilter(tmp_path, include, exclude)


def test_special_names_skipped_unless_included(tmp_path: Path) -> None:
    entries = make(tmp_path, [".htaccess", "_pages"], [])
    assert entries.keep("", ".htaccess")
    assert entries.keep("", "_pages")
    assert not entries.keep("", "_drafts")
    assert not entries.keep("", ".git")
    assert not entries.keep("", "#notes")
    assert not entries.keep("", "page.md~")


def test_exclude_globs_and_prefixes(tmp_path: Path) -> None:
    entries = make(tmp_path, [], ["*.py", "node_modules", "docs/private"])
    assert not entries.keep("", "setup.py")
    assert not entries.keep("sub", "tool.py")
    assert not entries.keep("", "node_modules")
    assert not entries.keep("docs", "private")
    assert entries.keep("docs", "public.md")


def test_include_beats_exclude(tmp_path: Path) -> None:
    entries = make(tmp_path, ["keep.py"], ["*.py"])
    assert entries.keep("", "keep.py")
    assert not entries.keep("", "other.py")
