"""The disk cache: entries survive between builds, only for the same code, and never outgrow the site."""

from __future__ import annotations

import json
from pathlib import Path

from jekyll_py.disk_cache import FOLDER, DiskCache, cache_key, code_fingerprint


def test_an_entry_put_in_one_build_is_found_by_the_next(tmp_path: Path) -> None:
    first = DiskCache(tmp_path, "markdown")
    assert first.get("k") is None
    first.put("k", "<p>x</p>")
    first.save()
    assert DiskCache(tmp_path, "markdown").get("k") == "<p>x</p>"


def test_entries_a_build_did_not_use_are_dropped(tmp_path: Path) -> None:
    first = DiskCache(tmp_path, "sass")
    first.put("old", ["a", None])
    first.put("kept", ["b", "map"])
    first.save()
    second = DiskCache(tmp_path, "sass")
    assert second.get("kept") == ["b", "map"]
    second.save()
    third = DiskCache(tmp_path, "sass")
    assert third.get("old") is None
    assert third.get("kept") == ["b", "map"]


def test_nothing_is_written_when_the_build_changed_nothing(tmp_path: Path) -> None:
    first = DiskCache(tmp_path, "markdown")
    first.put("k", "v")
    first.save()
    path = tmp_path / FOLDER / "markdown.json"
    path.write_text(path.read_text().replace('"v"', '"w"'))  # a marker the next save would overwrite
    second = DiskCache(tmp_path, "markdown")
    assert second.get("k") == "w"
    second.save()
    assert '"w"' in path.read_text()


def test_a_cache_written_by_other_code_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / FOLDER / "markdown.json"
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"code": "another version", "entries": {"k": "stale"}}))
    assert DiskCache(tmp_path, "markdown").get("k") is None
    path.write_text(json.dumps({"code": code_fingerprint(), "entries": {"k": "fresh"}}))
    assert DiskCache(tmp_path, "markdown").get("k") == "fresh"


def test_a_damaged_cache_file_is_ignored_and_replaced(tmp_path: Path) -> None:
    path = tmp_path / FOLDER / "markdown.json"
    path.parent.mkdir(parents=True)
    path.write_text('{"code": ')
    cache = DiskCache(tmp_path, "markdown")
    assert cache.get("k") is None
    cache.put("k", "v")
    cache.save()
    assert json.loads(path.read_text())["entries"] == {"k": "v"}


def test_a_disabled_cache_remembers_within_the_build_and_writes_nothing(tmp_path: Path) -> None:
    cache = DiskCache(None, "markdown")
    cache.put("k", "v")
    assert cache.get("k") == "v"
    cache.save()
    assert list(tmp_path.iterdir()) == []


def test_a_worker_s_entries_are_kept_with_this_process_s(tmp_path: Path) -> None:
    cache = DiskCache(tmp_path, "markdown")
    cache.put("here", "1")
    cache.merge({"there": "2"})
    cache.save()
    again = DiskCache(tmp_path, "markdown")
    assert (again.get("here"), again.get("there")) == ("1", "2")


def test_keys_do_not_collide_when_parts_shift() -> None:
    assert cache_key("ab", "c") != cache_key("a", "bc")
    assert cache_key("x") == cache_key("x")
