"""Collections: reading, sorting (date, sort_by, order), output, static files, site.* views."""

from __future__ import annotations

from pathlib import Path

from jekyll_py.collection import glob_entries, ruby_compare
from tests.test_document import make_site, utc  # noqa: F401 - the fixture applies here too

CONFIG = """collections:
  talks:
    output: true
    permalink: /:collection/:path/
    sort_by: venue
  recipes:
    order: [soup.md, bread.md]
  notes:
    output: false
"""

FILES = {
    "_talks/b.md": "---\nvenue: Zurich\n---\nx\n",
    "_talks/a.md": "---\nvenue: Amsterdam\n---\nx\n",
    "_talks/c.md": "---\n---\nx\n",
    "_talks/files/slides.pdf": "%PDF\n",
    "_recipes/bread.md": "---\n---\nx\n",
    "_recipes/cake.md": "---\n---\nx\n",
    "_recipes/soup.md": "---\n---\nx\n",
    "_notes/n.md": "---\n---\nx\n",
}


def test_sort_by_puts_missing_values_last(tmp_path: Path) -> None:
    site = make_site(tmp_path, FILES, CONFIG)
    assert [doc.path.name for doc in site.collections["talks"].docs] == ["a.md", "b.md", "c.md"]


def test_order_lists_named_files_first(tmp_path: Path) -> None:
    site = make_site(tmp_path, FILES, CONFIG)
    assert [doc.path.name for doc in site.collections["recipes"].docs] == ["soup.md", "bread.md", "cake.md"]


def test_output_false_documents_are_read_but_not_written(tmp_path: Path) -> None:
    site = make_site(tmp_path, FILES, CONFIG)
    note = site.collections["notes"].docs[0]
    assert note.url == "/notes/n.html"
    assert not note.write()
    assert site.collections["talks"].docs[0].write()


def test_collection_static_files_join_site_static_files(tmp_path: Path) -> None:
    site = make_site(tmp_path, FILES, CONFIG)
    static = site.collections["talks"].files[0]
    assert static.relative_path == "_talks/files/slides.pdf"
    assert static.url == "/talks/files/slides.pdf"
    assert static in site.static_files


def test_site_drop_exposes_collections_by_label(tmp_path: Path) -> None:
    site = make_site(tmp_path, FILES, CONFIG)
    drop = site.base_payload()["site"]
    assert [doc["url"] for doc in drop["talks"]] == ["/talks/a/", "/talks/b/", "/talks/c/"]
    labels = [c["label"] for c in drop["collections"]]
    assert labels == sorted(labels) and "posts" in labels
    assert drop["collections"][labels.index("talks")]["permalink"] == "/:collection/:path/"
    assert len(drop["documents"]) == 8  # seven documents and one collection static file


def test_glob_entries_walks_like_ruby_dir_glob(tmp_path: Path) -> None:
    for rel in ("b/c.md", "b.md", "a.md", ".h/x.md"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("")
    assert list(glob_entries(tmp_path)) == [".h", ".h/x.md", "a.md", "b", "b/c.md", "b.md"]


def test_ruby_compare_refuses_mixed_types() -> None:
    assert ruby_compare(1, 2.5) == -1
    assert ruby_compare("b", "a") == 1
    assert ruby_compare("1", 1) is None
    assert ruby_compare([1, 2], [1, 3]) == -1


def test_a_page_and_a_document_on_one_url_get_the_conflict_warning(tmp_path: Path) -> None:
    from jekyll_py import log

    site = make_site(tmp_path, {
        "_talks/a.md": "---\nvenue: X\n---\nx\n",
        "talks/a/index.html": "---\n---\npage\n",
    }, CONFIG)
    log.take_warnings()
    files = site.files_to_write()
    warnings = "\n".join(log.take_warnings())
    assert "The following destination is shared by multiple files." in warnings
    assert "talks/a/index.html" in warnings and str(tmp_path / "_talks/a.md") in warnings
    assert files["talks/a/index.html"] is site.collections["talks"].docs[0]  # documents are written last
