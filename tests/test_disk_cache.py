"""The disk cache: entries survive between builds, only for the same code, and never outgrow the site."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from jekyll_py import config as config_module
from jekyll_py import parallel
from jekyll_py.disk_cache import FOLDER, DiskCache, DiskCaches, cache_key, code_fingerprint
from jekyll_py.site import Site

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from synthetic import generate  # noqa: E402


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


def test_a_build_that_converted_nothing_keeps_the_cache_as_it_was(tmp_path: Path) -> None:
    first = DiskCache(tmp_path, "markdown")
    first.put("k", "v")
    first.save()
    DiskCache(tmp_path, "markdown").save()  # never consulted, as in a build without Markdown
    assert DiskCache(tmp_path, "markdown").get("k") == "v"


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


def test_a_worker_s_lookups_and_entries_are_kept_with_this_process_s(tmp_path: Path) -> None:
    first = DiskCache(tmp_path, "markdown")
    first.put("read by the worker", "0")
    first.put("unused", "9")
    first.save()
    here, worker = DiskCache(tmp_path, "markdown"), DiskCache(tmp_path, "markdown")
    here.put("here", "1")
    worker.get("read by the worker")
    worker.put("there", "2")
    report = worker.report()
    assert report == {"read by the worker": None, "there": "2"}  # what it read is sent by key alone
    here.merge(report)
    here.save()
    again = DiskCache(tmp_path, "markdown")
    assert [again.get(k) for k in ("here", "there", "read by the worker", "unused")] == ["1", "2", "0", None]


def test_keys_do_not_collide_when_parts_shift() -> None:
    assert cache_key("ab", "c") != cache_key("a", "bc")
    assert cache_key("x") == cache_key("x")


# -- in a build ---------------------------------------------------------------------------------------
def make_site(root: Path, posts: int = 1, **config: str) -> Path:
    (root / "_posts").mkdir(parents=True)
    (root / "_config.yml").write_text("".join(f"{key}: {value}\n" for key, value in config.items()))
    for i in range(posts):
        (root / "_posts" / f"2024-01-{i + 1:02d}-post-{i}.md").write_text(f"---\ntitle: P{i}\n---\nPost *{i}* body.\n")
    return root


def build(source: Path, monkeypatch: pytest.MonkeyPatch, jobs: int = 1) -> Site:
    monkeypatch.setenv(parallel.JOBS_ENV, str(jobs))
    config = config_module.load(source, None, {"destination": str(source / "_site"), "quiet": True})
    site = Site(config)
    site.process()
    return site


def stored(source: Path) -> dict[str, str]:
    return json.loads((source / ".jekyll-cache" / FOLDER / "markdown.json").read_text())["entries"]


def test_a_rebuild_takes_markdown_from_the_disk_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = make_site(tmp_path / "site")
    build(source, monkeypatch)
    page = source / "_site" / "2024" / "01" / "01" / "post-0.html"
    assert "<em>0</em>" in page.read_text()
    path = source / ".jekyll-cache" / FOLDER / "markdown.json"
    path.write_text(path.read_text().replace("<em>0</em>", "<em>from the cache</em>"))
    build(source, monkeypatch)
    assert "<em>from the cache</em>" in page.read_text()


def test_the_render_worker_s_conversions_are_saved_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "MIN_DOCUMENTS", 2)
    reports: list[dict] = []
    original = DiskCaches.merge
    monkeypatch.setattr(DiskCaches, "merge", lambda self, report: (reports.append(report), original(self, report)))
    source = generate(tmp_path / "site", 60)  # posts with layouts and includes: the worker gets its share
    build(source, monkeypatch, jobs=2)
    worker_conversions = {key for report in reports for key in report.get("markdown", {})}
    assert worker_conversions  # the worker converted some posts
    assert worker_conversions <= set(stored(source))
    assert len([html for html in stored(source).values() if "<h2" in html]) == 60  # every post's body


@pytest.mark.parametrize("setting", [{"safe": "true"}, {"disable_disk_cache": "true"}])
def test_safe_mode_and_disable_disk_cache_write_no_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, setting: dict[str, str]
) -> None:
    source = make_site(tmp_path / "site", **setting)
    build(source, monkeypatch)
    assert (source / "_site" / "2024" / "01" / "01" / "post-0.html").exists()
    assert not (source / ".jekyll-cache").exists()


def test_the_disable_disk_cache_flag_writes_no_cache(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from jekyll_py.cli import main

    source = make_site(tmp_path / "site")
    result = CliRunner().invoke(main, ["build", "-s", str(source), "--disable-disk-cache"])
    assert result.exit_code == 0, result.output
    assert (source / "_site" / "2024" / "01" / "01" / "post-0.html").exists()
    assert not (source / ".jekyll-cache").exists()


def test_a_cache_dir_pointing_outside_the_site_stays_inside_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    outside = tmp_path / "outside"
    source = make_site(tmp_path / "site", cache_dir=str(outside))
    build(source, monkeypatch)
    assert not outside.exists()
    assert (source / str(outside).lstrip("/") / FOLDER / "markdown.json").exists()


def test_the_code_stamps_cover_every_source_file_below_the_package(tmp_path: Path) -> None:
    """A changed source file anywhere in the package changes the fingerprint (its size and time are in it);
    bytecode and other files do not count."""
    from jekyll_py.disk_cache import _stamp_sources

    (tmp_path / "sub" / "__pycache__").mkdir(parents=True)
    (tmp_path / "a.py").write_text("x = 1\n")
    (tmp_path / "sub" / "b.py").write_text("y = 2\n")
    (tmp_path / "sub" / "__pycache__" / "b.cpython-311.pyc").write_bytes(b"\0")
    (tmp_path / "sub" / "data.txt").write_text("not code")
    stamps: list[str] = []
    _stamp_sources(str(tmp_path), "", stamps)
    assert [stamp.split(":")[0] for stamp in stamps] == ["a.py", "sub/b.py"]
    (tmp_path / "sub" / "b.py").write_text("y = 22\n")
    again: list[str] = []
    _stamp_sources(str(tmp_path), "", again)
    assert again[0] == stamps[0] and again[1] != stamps[1]
