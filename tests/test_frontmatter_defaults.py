"""Front-matter defaults: path and glob scopes, types (pages, posts, collection labels), precedence."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from jekyll_py.frontmatter_defaults import FrontmatterDefaults


def defaults(tmp_path: Path, sets: list[dict], **config) -> FrontmatterDefaults:
    return FrontmatterDefaults(tmp_path, {"defaults": sets, **config})


def test_longer_path_wins_then_a_typed_scope_then_the_later_set(tmp_path: Path) -> None:
    found = defaults(tmp_path, [
        {"scope": {"path": ""}, "values": {"a": "all", "c": "all"}},
        {"scope": {"path": "", "type": "pages"}, "values": {"c": "typed"}},
        {"scope": {"path": "docs"}, "values": {"a": "path"}},
        {"scope": {"path": ""}, "values": {"c": "later untyped"}},
    ]).all("docs/x.md", "pages")
    assert found == {"a": "path", "c": "typed"}


def test_sets_are_only_compared_with_the_last_winner(tmp_path: Path) -> None:
    # Jekyll compares each set with the scope that last won, so a typed set that comes after a longer
    # path never beats the untyped set it would have beaten on its own
    found = defaults(tmp_path, [
        {"scope": {"path": "docs"}, "values": {"a": "path"}},
        {"scope": {"path": ""}, "values": {"c": "all"}},
        {"scope": {"path": "", "type": "pages"}, "values": {"c": "typed"}},
    ]).all("docs/x.md", "pages")
    assert found == {"a": "path", "c": "all"}


def test_type_scope_matches_a_collection_label_and_old_singular_names(tmp_path: Path) -> None:
    found = defaults(tmp_path, [
        {"scope": {"type": "publications"}, "values": {"layout": "single"}},
        {"scope": {"type": "post"}, "values": {"comments": True}},
    ])
    assert found.all("_publications/p.md", "publications") == {"layout": "single"}
    assert found.all("_posts/2024-01-01-x.md", "posts") == {"comments": True}
    assert found.all("about.md", "pages") == {}


def test_glob_scope_matches_the_globbed_folders_only(tmp_path: Path) -> None:
    for rel in ("section/a/special.html", "section/b/special.html", "section/b/other.html"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("")
    found = defaults(tmp_path, [{"scope": {"path": "section/*/special.html"}, "values": {"badge": 1}}])
    assert found.all("section/a/special.html", "pages") == {"badge": 1}
    assert found.all("section/b/other.html", "pages") == {}


def test_scope_paths_inside_collections_dir_lose_that_prefix(tmp_path: Path) -> None:
    found = defaults(tmp_path, [{"scope": {"path": "stuff/_projects"}, "values": {"x": 1}}], collections_dir="stuff")
    assert found.all("_projects/alpha.md", "projects") == {"x": 1}


def test_a_default_date_is_a_local_time(tmp_path: Path) -> None:
    found = defaults(tmp_path, [{"scope": {"path": ""}, "values": {"date": "2024-01-02 03:04:05 +0000"}}])
    assert found.all("x.md", "pages")["date"] == dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
