"""Sass compilations kept in the disk cache (jekyll_py/sass_cache.py): a rebuild takes them while every file
libsass read, and every folder where a new file could take an import's place, is as it was."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from jekyll_py import parallel
from jekyll_py.commands._common import load_site
from jekyll_py.sass import SassCompiler


def make_site(root: Path, config: str = "") -> Path:
    source = root / "site"
    (source / "_sass" / "theme").mkdir(parents=True)
    (source / "_sass" / "theme" / "_colors.scss").write_text("$color: #123456;\n")
    (source / "assets").mkdir()
    (source / "assets" / "main.scss").write_text('---\n---\n@import "theme/colors";\nbody { color: $color; }\n')
    (source / "_config.yml").write_text(config)
    return source


class Compilations:
    """How many pages libsass compiled, in this process or a forked worker (counted in a file)."""

    def __init__(self, log: Path) -> None:
        self.log = log

    def __len__(self) -> int:
        return len(self.log.read_text().splitlines()) if self.log.exists() else 0


@pytest.fixture
def compiled(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Compilations:
    counter = Compilations(tmp_path / "compilations.log")
    original = SassCompiler._compile_with_map

    def spy(compiler: SassCompiler, text: str, page: object) -> tuple[str, str]:
        with counter.log.open("a") as log:
            log.write(f"{page.relative_path}\n")  # type: ignore[attr-defined]
        return original(compiler, text, page)

    monkeypatch.setattr(SassCompiler, "_compile_with_map", spy)
    return counter


def build(source: Path, jobs: int, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv(parallel.JOBS_ENV, str(jobs))
    load_site({"source": str(source), "quiet": True}, compile_sass_early=jobs > 1).process()
    return (source / "_site" / "assets" / "main.css").read_text()


@pytest.mark.parametrize("jobs", [1, 2], ids=["sequential", "early worker"])
def test_a_rebuild_takes_the_css_from_the_disk_cache(jobs: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                     compiled: Compilations) -> None:
    source = make_site(tmp_path)
    first = build(source, 1, monkeypatch)
    assert len(compiled) == 1 and "#123456" in first
    assert build(source, jobs, monkeypatch) == first  # _site and .jekyll-cache, made meanwhile, do not count
    assert len(compiled) == 1
    assert (source / "_site" / "assets" / "main.css.map").is_file()


def test_a_changed_partial_compiles_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          compiled: Compilations) -> None:
    source = make_site(tmp_path)
    build(source, 1, monkeypatch)
    (source / "_sass" / "theme" / "_colors.scss").write_text("$color: #654321;\n")
    assert "#654321" in build(source, 1, monkeypatch)
    assert len(compiled) == 2


def test_a_new_file_taking_an_imports_place_compiles_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                           compiled: Compilations) -> None:
    """libsass searches the site's folder before `_sass`: a `theme/_colors.scss` there wins from now on."""
    source = make_site(tmp_path)
    build(source, 1, monkeypatch)
    (source / "theme").mkdir()
    (source / "theme" / "_colors.scss").write_text("$color: #abcdef;\n")
    assert "#abcdef" in build(source, 1, monkeypatch)
    assert len(compiled) == 2


def test_new_posts_and_pages_keep_the_entry(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            compiled: Compilations) -> None:
    """Only Sass and CSS files and folders (which may hold an index file) count in a searched folder."""
    source = make_site(tmp_path)
    (source / "_posts").mkdir()
    build(source, 1, monkeypatch)
    (source / "_posts" / "2024-01-01-new.md").write_text("---\n---\nNew post\n")
    (source / "about.md").write_text("---\n---\nAbout\n")
    build(source, 1, monkeypatch)
    assert len(compiled) == 1


@pytest.mark.parametrize("jobs", [1, 2], ids=["sequential", "early worker"])
def test_libsass_warnings_are_printed_again_with_a_kept_compilation(
        jobs: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, compiled: Compilations,
        capfd: pytest.CaptureFixture[str]) -> None:
    source = make_site(tmp_path)
    (source / "assets" / "main.scss").write_text('---\n---\n@import "theme/colors";\n@warn "mind the gap";\n')
    build(source, 1, monkeypatch)
    build(source, jobs, monkeypatch)
    assert len(compiled) == 1
    assert capfd.readouterr().err.count("mind the gap") == 2


@pytest.mark.parametrize("config", ["safe: true\n", "disable_disk_cache: true\n", "sass:\n  sourcemap: never\n"])
def test_nothing_is_kept_without_a_disk_cache_or_a_source_map(config: str, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    source = make_site(tmp_path, config)
    build(source, 1, monkeypatch)
    kept = source / ".jekyll-cache" / "jekyll_py" / "sass.json"
    assert not kept.exists() or json.loads(kept.read_text())["entries"] == {}


def test_a_lot_of_libsass_output_reaches_a_pipe_whole(tmp_path: Path) -> None:
    """Printed again from the early worker's result and from the disk cache: more than a pipe holds."""
    source = make_site(tmp_path)
    warnings = "".join(f'@warn "gap number {i}, mind it";\n' for i in range(1500))
    (source / "assets" / "main.scss").write_text(f'---\n---\n@import "theme/colors";\n{warnings}')
    command = [sys.executable, "-m", "jekyll_py", "build", "-s", str(source)]
    for _ in ("early worker", "disk cache"):
        run = subprocess.run(command, capture_output=True, text=True, check=True,
                             env={**os.environ, parallel.JOBS_ENV: "2"})
        assert run.stderr.count("mind it") == 1500
        assert "gap number 1499," in run.stderr
