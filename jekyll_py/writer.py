"""Writing the built site: destination checks, cleaning obsolete files (Jekyll::Cleaner), atomic writes.

Everything is rendered before this module touches the destination, so a failed build leaves the
previous `_site` as it was. Cleaning only ever deletes inside the destination and never follows a
symlink out of it.

A file that exists is replaced through a temporary file in its folder and a rename, so a reader (the
dev server, a browser) sees the old file or the new one, never half of one. A file in a folder this
write phase created itself is written in place instead (`O_EXCL`, so nothing is overwritten): no
page a reader knew of lives there, and creating, filling and renaming a temporary file cost a third
more system time, for the thousands of new folders of a first build. Only a request for such a new
address made while its file is being written could see it incomplete — as with any file Jekyll writes.
"""

from __future__ import annotations

import os
import shutil
import stat
from collections.abc import Callable
from pathlib import Path

from jekyll_py.errors import DestinationError

STATE_FILES = (".jekyll-metadata",)


def check_destination(source: Path, dest: Path) -> None:
    """Refuse a destination whose cleaning would delete the site or worse (Site#ensure_not_in_dest)."""
    source, dest = source.resolve(), dest.resolve()
    if dest == source or dest in source.parents:
        raise DestinationError(
            "Destination directory cannot be or contain the Source directory.",
            file=str(dest),
            hint="build into a folder inside the site, such as the default _site",
        )
    if dest == Path(dest.anchor) or dest == Path.home().resolve():
        raise DestinationError(
            f"Refusing to use {dest} as the destination: cleaning it would delete files outside the site.",
            hint="choose an empty folder or the default _site",
        )


def _is_inside(path: Path, root: Path) -> bool:
    return path == root or root in path.parents


def existing_files(dest: Path, keep_files: list[str]) -> set[str]:
    """Files and folders already in the destination, minus those `keep_files` protects."""
    found: set[str] = set()
    if not dest.is_dir():
        return found
    keep = tuple(k.strip("/") for k in keep_files if k)
    for root, dirs, files in os.walk(dest, followlinks=False):
        rel_root = os.path.relpath(root, dest)
        rel_root = "" if rel_root == "." else rel_root
        for name in dirs + files:
            rel = f"{rel_root}/{name}" if rel_root else name
            if keep and rel.startswith(keep):
                continue
            found.add(rel)
    return found


def _parents(rel: str) -> set[str]:
    parts = rel.split("/")[:-1]
    return {"/".join(parts[: i + 1]) for i in range(len(parts))}


def clean(dest: Path, outputs: set[str], keep_files: list[str]) -> list[str]:
    """Delete what the new build will not write; return what was deleted (deepest first)."""
    needed = set(outputs)
    for rel in outputs:
        needed |= _parents(rel)
    obsolete = sorted(existing_files(dest, keep_files) - needed, key=lambda r: r.count("/"), reverse=True)
    removed = []
    real_dest = dest.resolve()
    for rel in obsolete:
        path = dest / rel
        if not _is_inside(path.parent.resolve(), real_dest):
            continue  # never follow a symlinked folder out of the destination
        if path.is_symlink() or path.is_file():
            path.unlink()
        elif path.is_dir():
            shutil.rmtree(path)
        else:
            continue
        removed.append(rel)
    return removed


class Folders:
    """The folders one write phase has made sure of: each is checked or created once, not once per file.

    Creating a folder costs a system call per level, and a site of thousands of pages in folders of
    their own spent more time there than in writing: a folder is made with one `mkdir` when its parent
    is there (the usual case), and parents only when that fails. The folders it created are `fresh`.
    """

    def __init__(self) -> None:
        self.ready: set[str] = set()
        self.fresh: set[str] = set()

    def prepare_parent(self, path: Path) -> bool:
        """Make the folder for `path`, replacing a file that stands where a folder must go; True when
        this write phase created it (so no file in it existed before this phase)."""
        folder = os.path.dirname(path)
        if folder not in self.ready:
            self._make(folder)
        return folder in self.fresh

    def _make(self, folder: str, *, parent_made: bool = False) -> None:
        try:
            os.mkdir(folder)
        except FileNotFoundError:
            if parent_made:
                raise
            self._make(os.path.dirname(folder))
            self._make(folder, parent_made=True)  # the other write process may have made it meanwhile
            return
        except FileExistsError:
            if not os.path.isdir(folder):  # a file (or a dangling link) is in the way
                _clear_the_way(Path(folder))
        except NotADirectoryError:  # a file is in the way further up
            _clear_the_way(Path(folder))
        else:
            self.fresh.add(folder)
        self.ready.add(folder)

    def forget(self, path: Path) -> None:
        """`path` (a folder) was removed: it and what was inside it must be made again."""
        removed, inside = str(path), str(path) + os.sep
        self.ready = {folder for folder in self.ready if folder != removed and not folder.startswith(inside)}
        self.fresh = {folder for folder in self.fresh if folder != removed and not folder.startswith(inside)}


def _clear_the_way(folder: Path) -> None:
    for parent in [*reversed(folder.parents), folder]:
        if parent.is_file() or parent.is_symlink() and not parent.is_dir():
            parent.unlink()
    folder.mkdir(parents=True, exist_ok=True)


def _lstat(path: Path) -> os.stat_result | None:
    try:
        return os.lstat(path)
    except OSError:
        return None


def _same_bytes(path: Path, found: os.stat_result | None, data: bytes) -> bool:
    if found is None or not stat.S_ISREG(found.st_mode) or found.st_size != len(data):
        return False
    try:
        return path.read_bytes() == data
    except OSError:
        return False


def _same_copy(source_stat: os.stat_result, path: Path) -> bool:
    try:
        found = path.stat()
    except OSError:
        return False
    same_stat = found.st_size == source_stat.st_size and int(found.st_mtime) == int(source_stat.st_mtime)
    return same_stat and not path.is_symlink()


NEW_FILE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)


def _write(path: Path, fill: Callable[[int, str], None], folders: Folders | None,
           found: os.stat_result | None) -> None:
    """Write `path` in place when it is new in a fresh folder, else through a temporary file.

    `fill` gets the open file's descriptor and path; `found` is what `path` was (lstat), if anything.
    """
    folders = folders or Folders()
    fresh = folders.prepare_parent(path)
    if found is not None and stat.S_ISDIR(found.st_mode):
        shutil.rmtree(path)
        folders.forget(path)
    if fresh and found is None:
        try:
            fd = os.open(path, NEW_FILE, 0o644)
        except FileExistsError:  # someone else made it meanwhile: replace it as any other
            pass
        else:
            _fill_and_close(fd, str(path), fill)
            return
    import tempfile  # only here: it imports `random`, which a build into a fresh folder never needs

    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".jekyll-py-")
    _fill_and_close(fd, tmp, fill)
    try:
        os.replace(tmp, path)
    except BaseException:
        _remove(tmp)
        raise


def _fill_and_close(fd: int, name: str, fill: Callable[[int, str], None]) -> None:
    """Fill the new file `name` (open as `fd`) readable by all; on any error remove it again."""
    try:
        try:
            fill(fd, name)
            os.fchmod(fd, 0o644)
        finally:
            os.close(fd)
    except BaseException:
        _remove(name)
        raise


def _remove(name: str) -> None:
    if os.path.exists(name):
        os.unlink(name)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def write_bytes(path: Path, data: bytes, folders: Folders | None = None) -> bool:
    """Write `data` to `path` unless it already holds exactly that; True when written."""
    found = _lstat(path)
    if _same_bytes(path, found, data):
        return False
    _write(path, lambda fd, name: _write_all(fd, data), folders, found)
    return True


def copy_file(source: Path, path: Path, folders: Folders | None = None) -> bool:
    """Copy a static file keeping its modification time, unless an identical copy is there."""
    source_stat = source.stat()
    if _same_copy(source_stat, path):
        return False

    def fill(fd: int, name: str) -> None:
        shutil.copyfile(source, name)
        os.utime(name, (source_stat.st_atime, source_stat.st_mtime))

    _write(path, fill, folders, _lstat(path))
    return True


def remove_tree(path: Path) -> bool:
    """Remove a file or folder without following symlinks out of it; False when nothing was there."""
    if path.is_symlink() or path.is_file():
        path.unlink()
        return True
    if path.is_dir():
        shutil.rmtree(path)
        return True
    return False
