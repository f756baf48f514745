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


@pytest.fixture
def temporary_files(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The folders in which the writer made a temporary file (to rename over the target)."""
    import tempfile

    made: list[str] = []
    original = tempfile.mkstemp

    def mkstemp(**kwargs: object) -> tuple[int, str]:
        made.append(os.path.basename(str(kwargs["dir"])))
        return original(**kwargs)

    monkeypatch.setattr(tempfile, "mkstemp", mkstemp)
    return made


def test_new_folders_get_files_in_place_and_existing_files_are_replaced(
    tmp_path: Path, temporary_files: list[str]
) -> None:
    """A folder this write phase made held nothing a reader could have open: no temporary file there."""
    (tmp_path / "old").mkdir()
    (tmp_path / "old" / "page.html").write_text("before")
    folders = writer.Folders()
    for rel in ("new/a.html", "new/deeper/b.html", "old/page.html", "old/other.html"):
        assert writer.write_bytes(tmp_path / rel, rel.encode(), folders)
    assert temporary_files == ["old", "old"]
    for rel in ("new/a.html", "new/deeper/b.html", "old/page.html", "old/other.html"):
        assert (tmp_path / rel).read_bytes() == rel.encode()
        assert (tmp_path / rel).stat().st_mode & 0o777 == 0o644


def test_a_file_where_a_folder_must_go_is_replaced(tmp_path: Path) -> None:
    (tmp_path / "blog").write_text("a file")
    os.symlink(tmp_path / "nowhere", tmp_path / "dangling")
    folders = writer.Folders()
    assert writer.write_bytes(tmp_path / "blog" / "index.html", b"x", folders)
    assert writer.write_bytes(tmp_path / "dangling" / "deep" / "index.html", b"y", folders)
    assert (tmp_path / "blog" / "index.html").read_bytes() == b"x"
    assert (tmp_path / "dangling" / "deep" / "index.html").read_bytes() == b"y"


def test_a_failed_copy_leaves_no_file_behind(tmp_path: Path) -> None:
    not_a_file = tmp_path / "folder.png"
    not_a_file.mkdir()
    (tmp_path / "existing").mkdir()
    for target in (tmp_path / "new" / "pic.png", tmp_path / "existing" / "pic.png"):  # in place; renamed
        with pytest.raises(OSError):
            writer.copy_file(not_a_file, target, writer.Folders())
        assert os.listdir(target.parent) == []
