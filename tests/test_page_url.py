"""Page URLs: `:path/:basename:output_ext` templates, front-matter permalinks, index pages, escaping."""

from __future__ import annotations

from pathlib import Path

import pytest

from jekyll_py import config
from jekyll_py.page import Page
from jekyll_py.permalink import destination_path, escape_path, generate_url
from jekyll_py.site import Site


def make_site(tmp_path: Path, config_text: str = "") -> Site:
    (tmp_path / "_config.yml").write_text(config_text)
    return Site(config.load(tmp_path, None, {"quiet": True}))


@pytest.mark.parametrize(
    ("style", "rel_dir", "name", "front", "url"),
    [
        ("date", "", "about.md", "", "/about.html"),
        ("date", "/docs", "index.html", "", "/docs/"),
        ("pretty", "/_pages", "cv.md", "", "/_pages/cv/"),
        ("/:categories/:title/", "", "cv.md", "", "/cv/"),
        ("date", "/_pages", "about.md", "permalink: /\n", "/"),
        ("date", "", "feed.xml", "", "/feed.xml"),
        ("date", "", "a.md", "permalink: /x/:basename:output_ext\n", "/x/a.html"),
        ("weekdate", "", "a.md", "", "/a"),
    ],
)
def test_page_url(tmp_path: Path, style: str, rel_dir: str, name: str, front: str, url: str) -> None:
    site = make_site(tmp_path, f"permalink: {style}\n")
    folder = tmp_path / rel_dir.lstrip("/")
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(f"---\n{front}---\nbody\n")
    assert Page(site, rel_dir, name).url == url


def test_destination_of_directory_urls() -> None:
    assert destination_path("/", ".html") == "index.html"
    assert destination_path("/about/", ".html") == "about/index.html"
    assert destination_path("/a%20b.html", ".html") == "a b.html"
    assert destination_path("/resume", ".html") == "resume.html"


def test_escape_and_sanitize() -> None:
    assert escape_path("simple/path-1.html") == "simple/path-1.html"
    assert escape_path("a b#c") == "a%20b%23c"
    assert escape_path("résumé") == "r%C3%A9sum%C3%A9"
    assert generate_url("/:path/../x", {"path": "a"}) == "/a/x"
