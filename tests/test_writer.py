"""Writing: destination guards, cleaning that keeps `keep_files` and never leaves the destination."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from jekyll_py import writer
from jekyll_py.errors import DestinationError


def test_refuses_source_and_its_parents(tmp_path: Path) -> None:
    source = tmp_path / "site"
    source.mkdir()
    for dest in (source, tmp_path, Path("/")):
        with pytest.raises(DestinationError):
            writer.check_destination(source, dest)
    writer.check_destination(source, source / "_site")


def test_clean_removes_obsolete_and_keeps_keep_files(tmp_path: Path) -> None:
    dest = tmp_path / "_site"
    (dest / "old").mkdir(parents=True)
    (dest / "old" / "page.html").write_text("x")
    (dest / ".git").mkdir()
    (dest / ".git" / "HEAD").write_text("ref")
    (dest / "index.html").write_text("keep me")
    removed = writer.clean(dest, {"index.html"}, [".git"])
    assert set(removed) == {"old/page.html", "old"}
    assert (dest / ".git" / "HEAD").exists() and (dest / "index.html").exists()


def test_clean_never_follows_symlinks_out(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "precious.txt").write_text("do not delete")
    dest = tmp_path / "_site"
    dest.mkdir()
    os.symlink(outside, dest / "link")
    writer.clean(dest, set(), [])
    assert (outside / "precious.txt").read_text() == "do not delete"
    assert not (dest / "link").exists()


def test_write_bytes_skips_identical_content(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b.html"
    assert writer.write_bytes(target, b"hello")
    assert not writer.write_bytes(target, b"hello")
    assert writer.write_bytes(target, b"changed")
    assert target.read_bytes() == b"changed"
    assert not [p for p in target.parent.iterdir() if p.name.startswith(".jekyll-py-")]


def test_copy_file_keeps_mtime(tmp_path: Path) -> None:
    source = tmp_path / "pic.png"
    source.write_bytes(b"\x89PNG")
    os.utime(source, (1_000_000_000, 1_000_000_000))
    target = tmp_path / "_site" / "pic.png"
    assert writer.copy_file(source, target)
    assert target.read_bytes() == b"\x89PNG" and int(target.stat().st_mtime) == 1_000_000_000
    assert not writer.copy_file(source, target)
