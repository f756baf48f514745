"""The quick look for installed entry points agrees with importlib.metadata wherever it answers "none"."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import entry_points
from pathlib import Path

import pytest

from jekyll_py.plugins import ENTRY_POINT_GROUP, group_may_be_declared, installed_entry_points


def add_distribution(folder: Path, name: str, entry_points_text: str | None) -> None:
    dist = folder / f"{name}-1.0.dist-info"
    dist.mkdir(parents=True)
    (dist / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 1.0\n")
    if entry_points_text is not None:
        (dist / "entry_points.txt").write_text(entry_points_text)


def only_path(monkeypatch: pytest.MonkeyPatch, *folders: Path) -> None:
    monkeypatch.setattr(sys, "path", [str(folder) for folder in folders])


def test_none_declared_matches_importlib_metadata(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    add_distribution(tmp_path, "other_tool", "[console_scripts]\nother = other_tool:main\n")
    add_distribution(tmp_path, "bare", None)
    only_path(monkeypatch, tmp_path, tmp_path / "missing")
    assert not group_may_be_declared()
    assert installed_entry_points() == {}
    assert list(entry_points(group=ENTRY_POINT_GROUP)) == []


def test_a_declared_entry_point_is_found(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    add_distribution(tmp_path / "a", "other_tool", "[console_scripts]\nother = other_tool:main\n")
    add_distribution(tmp_path / "b", "jekyll_thing", f"[{ENTRY_POINT_GROUP}]\njekyll-thing = thing:setup\n")
    only_path(monkeypatch, tmp_path / "a", tmp_path / "b")
    assert group_may_be_declared()
    assert installed_entry_points()["jekyll-thing"].value == "thing:setup"


def test_an_archive_on_the_path_counts_as_a_maybe(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    archive = tmp_path / "plugins.zip"
    archive.write_bytes(b"")
    only_path(monkeypatch, archive)
    assert group_may_be_declared()


def test_a_build_without_entry_points_does_not_import_importlib_metadata(tmp_path: Path) -> None:
    (tmp_path / "_config.yml").write_text("plugins: [jekyll-sitemap]\nurl: https://example.org\n")
    (tmp_path / "index.md").write_text("---\n---\nhello\n")
    script = (
        "import sys; from jekyll_py.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print('importlib.metadata' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, "build", "--quiet", "-s", str(tmp_path), "-d", str(tmp_path / "_site")],
        capture_output=True, text=True, check=True,
    )
    assert (tmp_path / "_site" / "sitemap.xml").exists()
    assert result.stdout.strip() == ("True" if group_may_be_declared() else "False")
