"""The preview server: confinement to the destination, baseurl, indexes, 404 page, types, injection."""

from __future__ import annotations

import http.client
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from jekyll_py.server.http import SiteServer, content_type, decorator, request_segments
from jekyll_py.server.livereload import inject, snippet

TAG = snippet("127.0.0.1", 35729)


@pytest.fixture
def site_dir(tmp_path: Path) -> Path:
    dest = tmp_path / "_site"
    (dest / "about").mkdir(parents=True)
    (dest / "index.html").write_text("<!doctype html><html><head><title>Home</title></head><body>home</body></html>")
    (dest / "about" / "index.html").write_text("<p>about, no head</p>")
    (dest / "cv.html").write_text("<html><body>cv</body></html>")
    (dest / "404.html").write_text("<html><head></head><body>custom missing page</body></html>")
    (dest / "style.css").write_text("body{}")
    (dest / "feed.xml").write_text("<feed/>")
    (tmp_path / "secret.txt").write_text("outside the destination")
    os.symlink(tmp_path / "secret.txt", dest / "link.txt")
    return dest


def start(dest: Path, baseurl: str = "", error: str | None = None) -> SiteServer:
    server = SiteServer(lambda: (dest, baseurl), "127.0.0.1", 0, decorate=decorator(TAG, lambda: error))
    server.start()
    return server


@pytest.fixture
def server(site_dir: Path) -> Iterator[SiteServer]:
    server = start(site_dir)
    yield server
    server.stop()


def get(server: SiteServer, path: str) -> tuple[int, dict[str, str], str]:
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=5)
    connection.request("GET", path)  # http.client sends the path as given: no client-side normalising
    response = connection.getresponse()
    body = response.read().decode("utf-8", "replace")
    connection.close()
    return response.status, dict(response.getheaders()), body


@pytest.mark.parametrize("path", ["/../secret.txt", "/%2e%2e/secret.txt", "/about/%2E%2E/%2e%2e/secret.txt",
                                  "/..%2fsecret.txt", "/link.txt", "/%00", "/..\\secret.txt"])
def test_nothing_outside_the_destination_is_served(server: SiteServer, path: str) -> None:
    status, _, body = get(server, path)
    assert status == 404
    assert "outside the destination" not in body
    assert "custom missing page" in body


def test_index_pages_and_trailing_slash_redirects(server: SiteServer) -> None:
    status, headers, _ = get(server, "/about")
    assert status == 301 and headers["Location"] == "/about/"
    status, headers, body = get(server, "/about/")
    assert status == 200 and "about, no head" in body
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    assert get(server, "/cv")[0] == 200  # Jekyll's servlet tries name.html


def test_types_and_no_caching(server: SiteServer) -> None:
    _, headers, _ = get(server, "/style.css")
    assert headers["Content-Type"] == "text/css; charset=utf-8"
    assert "no-store" in headers["Cache-Control"]
    assert get(server, "/feed.xml")[1]["Content-Type"] == "application/xml; charset=utf-8"
    assert content_type(Path("x.png")) == "image/png"


def test_livereload_tag_in_every_html_page(server: SiteServer) -> None:
    for path in ("/", "/about/", "/cv.html", "/missing"):
        assert TAG in get(server, path)[2], path
    assert TAG not in get(server, "/style.css")[2]


def test_baseurl(site_dir: Path) -> None:
    server = start(site_dir, "/blog")
    try:
        assert get(server, "/blog/")[0] == 200
        assert get(server, "/blog/style.css")[0] == 200
        status, headers, _ = get(server, "/")
        assert status == 301 and headers["Location"] == "/blog/"
        assert get(server, "/style.css")[0] == 404
        assert get(server, "/blogx/style.css")[0] == 404
    finally:
        server.stop()


def test_error_overlay_while_the_build_is_broken(site_dir: Path) -> None:
    server = start(site_dir, error="Liquid Exception: boom in about.md")
    try:
        body = get(server, "/")[2]
        assert 'id="jekyll-py-error"' in body and "boom in about.md" in body
    finally:
        server.stop()


@pytest.mark.parametrize(("page", "expected"), [
    ("<html><head><title>t</title></head></html>", "<html><head>TAG<title>"),
    ("<html><header>x</header></html>", "<html>TAG<header>"),
    ("<!DOCTYPE html><p>bare</p>", "<!DOCTYPE html>TAG<p>"),
    ("<p>fragment</p>", "TAG<p>fragment"),
    ('<HEAD lang="en">x', '<HEAD lang="en">TAG'),
])
def test_inject_finds_a_place_in_any_page(page: str, expected: str) -> None:
    assert expected in inject(page, "TAG")


def test_request_segments_decode_once() -> None:
    assert request_segments("/a%20b/c.html?x=1", "") == ["a b", "c.html"]
    assert request_segments("/%252e%252e/x", "") == ["%2e%2e", "x"]  # decoded once: a literal name
    assert request_segments("/blog/a", "/blog") == ["a"]
    assert request_segments("/a", "/blog") is None
