"""The entry filter's compiled patterns keep Jekyll's glob_include? semantics, and a walk reports folders."""

from __future__ import annotations

from pathlib import Path

from jekyll_py.collection import filtered_files, walk
from jekyll_py.entry_filter import EntryFilter


def test_a_trailing_slash_pattern_excludes_the_folder_only(tmp_path: Path) -> None:
    (tmp_path / "vendor" / "bundle").mkdir(parents=True)
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "bundle").write_text("a file, not a folder")
    entries = EntryFilter(tmp_path, [], ["vendor/bundle/", "other/bundle/"])
    assert not entries.keep("vendor", "bundle")
    assert entries.keep("other", "bundle")


def test_several_globs_and_prefixes(tmp_path: Path) -> None:
    entries = EntryFilter(tmp_path, ["_keep*", "*.inc"], ["*.log", "build", "docs/draft?.md"])
    assert not entries.keep("", "debug.log")
    assert not entries.keep("", "build")
    assert not entries.keep("build", "index.html")  # a path prefix
    assert not entries.keep("docs", "draft1.md")
    assert entries.keep("docs", "draft10.md")
    assert entries.keep("", "_keep_me")  # include beats the special name
    assert entries.keep("lib", ".x.inc")  # include matches the entry's own name
    assert not entries.keep("", "_other")


def test_walk_reports_folders_and_filtered_files_drops_them(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "c.md").write_text("")
    (tmp_path / "a.md").write_text("")
    (tmp_path / "_skip.md").write_text("")
    (tmp_path / "link").symlink_to(tmp_path / "b")
    assert list(walk(str(tmp_path))) == [("_skip.md", False), ("a.md", False), ("b", True), ("b/c.md", False),
                                         ("link", True)]
    assert filtered_files(EntryFilter(tmp_path, [], []), tmp_path, "") == ["a.md", "b/c.md"]
