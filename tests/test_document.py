"""Documents as Jekyll reads them: data order, dates, categories, tags, titles, excerpts, drops."""

from __future__ import annotations

import datetime as dt
import os
import time
from pathlib import Path

import pytest

from jekyll_py import config as config_module
from jekyll_py.dates import InvalidDate, parse_time_string, to_local_time
from jekyll_py.document import DATE_FILENAME_RE, ruby_dirname
from jekyll_py.errors import FrontMatterError
from jekyll_py.site import Site
from jekyll_py.utils import deep_merge, pluralized_array, slugify, titleize_slug


@pytest.fixture(autouse=True)
def utc() -> None:
    os.environ["TZ"] = "UTC"
    time.tzset()


def make_site(root: Path, files: dict[str, str], config: str = "") -> Site:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    (root / "_config.yml").write_text("time: 2026-01-01 12:00:00 +0000\n" + config, encoding="utf-8")
    site = Site(config_module.load(root, overrides={"quiet": True}))
    site.reset()
    site.read()
    return site


def post(site: Site, name: str):
    return next(doc for doc in site.posts if doc.path.name == name)


# -- pure helpers --------------------------------------------------------------------------------------

def test_slugify_modes_match_jekyll() -> None:
    assert slugify("Mixed Case & Ünïcode!") == "mixed-case-ünïcode"
    assert slugify("Mixed Case & Ünïcode!", mode="pretty", cased=True) == "Mixed-Case-&-Ünïcode!"
    assert slugify("Héllo wörld", mode="latin") == "hello-world"
    assert slugify("a  b", mode="raw") == "a-b"
    assert slugify("The _config.yml file", mode="ascii") == "the-config-yml-file"
    assert slugify("Keep As Is", mode="none") == "keep as is"
    assert slugify(None) is None


def test_titleize_slug_capitalizes_each_part_like_ruby() -> None:
    assert titleize_slug("hello-world") == "Hello World"
    assert titleize_slug("iOS-tips") == "Ios Tips"


def test_pluralized_array_prefers_singular_and_splits_plural_strings() -> None:
    assert pluralized_array({"category": "a b", "categories": "c d"}, "category", "categories") == ["a b"]
    assert pluralized_array({"tags": "x  y"}, "tag", "tags") == ["x", "y"]
    assert pluralized_array({"tags": ["x", None, ["y"]]}, "tag", "tags") == ["x", "y"]
    assert pluralized_array({}, "tag", "tags") == []


def test_deep_merge_keeps_old_value_when_new_is_nil() -> None:
    assert deep_merge({"layout": "single", "a": {"b": 1}}, {"layout": None, "a": {"c": 2}}) == {
        "layout": "single", "a": {"b": 1, "c": 2}
    }
    assert deep_merge({}, {"x": None}) == {"x": None}


def test_time_parse_forms_end_in_local_time() -> None:
    assert parse_time_string("2024-01-01 23:30:00 -0500") == dt.datetime(2024, 1, 2, 4, 30, tzinfo=dt.UTC)
    assert parse_time_string("2024-01-05 21:45 +05:30").hour == 16
    assert parse_time_string("2024-01-02T12:00:00Z") == dt.datetime(2024, 1, 2, 12, tzinfo=dt.UTC)
    assert to_local_time(dt.date(2024, 2, 1)) == dt.datetime(2024, 2, 1, tzinfo=dt.UTC)
    assert to_local_time(dt.datetime(2024, 1, 1, 1, 2, 3, 999, tzinfo=dt.UTC)).microsecond == 0
    with pytest.raises(InvalidDate):
        parse_time_string("yesterday")


def test_date_filename_matcher_only_looks_at_the_last_segment() -> None:
    assert DATE_FILENAME_RE.match("_posts/sub/2024-01-05-hello.md").groups() == ("2024-01-05", "hello", ".md")
    assert DATE_FILENAME_RE.match("_posts/hello.md") is None


def test_ruby_dirname_ignores_trailing_slash() -> None:
    assert ruby_dirname("/a/b/") == "/a"
    assert ruby_dirname("/a.html") == "/"


# -- documents read from a site ----------------------------------------------------------------------

def test_post_data_from_file_name_folders_and_front_matter(tmp_path: Path) -> None:
    site = make_site(tmp_path, {
        "news/_posts/2024-07-04-fire-works.md": "---\ncategories: [holidays, news]\ntags: a b\n---\nBody\n",
    })
    doc = site.posts[0]
    assert doc.data["categories"] == ["news", "holidays"]
    assert doc.data["tags"] == ["a", "b"]
    assert doc.data["title"] == "Fire Works"
    assert doc.data["slug"] == "fire-works"
    assert doc.date == dt.datetime(2024, 7, 4, tzinfo=dt.UTC)
    assert doc.url == "/news/holidays/2024/07/04/fire-works.html"
    assert doc.id == "/news/holidays/2024/07/04/fire-works"
    assert list(doc.data)[:2] == ["draft", "categories"]


def test_front_matter_date_in_another_zone_moves_the_url(tmp_path: Path) -> None:
    site = make_site(tmp_path, {"_posts/2024-03-10-late.md": "---\ndate: 2024-03-10 23:30:00 -0800\n---\nx\n"})
    assert site.posts[0].url == "/2024/03/11/late.html"


def test_invalid_front_matter_date_names_the_document(tmp_path: Path) -> None:
    with pytest.raises(FrontMatterError, match="does not have a valid date in the YAML front matter"):
        make_site(tmp_path, {"_posts/2024-03-10-bad.md": "---\ndate: not a date\n---\nx\n"})


def test_unpublished_and_future_posts_are_dropped(tmp_path: Path) -> None:
    site = make_site(tmp_path, {
        "_posts/2024-01-01-kept.md": "---\n---\nx\n",
        "_posts/2024-01-02-hidden.md": "---\npublished: false\n---\nx\n",
        "_posts/2030-01-01-future.md": "---\n---\nx\n",
    })
    assert [doc.path.name for doc in site.posts] == ["2024-01-01-kept.md"]


def test_drafts_and_limit_posts(tmp_path: Path) -> None:
    files = {f"_posts/2024-01-0{i}-p{i}.md": "---\n---\nx\n" for i in range(1, 5)}
    files["_drafts/idea.md"] = "---\ndate: 2024-02-01\n---\nx\n"
    site = make_site(tmp_path, files, "show_drafts: true\nlimit_posts: 2\n")
    assert [doc.path.name for doc in site.posts] == ["2024-01-04-p4.md", "idea.md"]
    assert site.posts[-1].data["draft"] is True


def test_excerpt_is_cut_at_the_separator_with_link_definitions(tmp_path: Path) -> None:
    site = make_site(tmp_path, {
        "_posts/2024-01-01-x.md": "---\n---\nSee [a][1].\n\nMore.\n\n[1]: https://example.com\n",
        "_posts/2024-01-02-y.md": "---\nexcerpt: Given\n---\nBody\n",
    })
    assert post(site, "2024-01-01-x.md").data["excerpt"].content == "See [a][1].\n\n[1]: https://example.com"
    assert post(site, "2024-01-02-y.md").data["excerpt"] == "Given"


def test_document_drop_is_live_and_ordered_like_jekyll(tmp_path: Path) -> None:
    site = make_site(tmp_path, {
        "_posts/2024-01-01-a.md": "---\n---\nA\n",
        "_posts/2024-01-02-b.md": "---\ncustom: 1\n---\nB\n",
    })
    first, second = site.posts
    drop = second.to_liquid()
    assert list(drop)[:4] == ["name", "id", "relative_path", "excerpt"]
    assert list(drop)[len(drop.KEYS):] == ["draft", "custom", "slug", "ext"]
    assert drop["previous"]["url"] == first.url and drop["next"] is None
    assert drop["path"] == "_posts/2024-01-02-b.md" and drop["collection"] == "posts"
    second.content = "changed"
    assert drop["content"] == "changed"


def test_negative_limit_posts_is_refused(tmp_path: Path) -> None:
    from jekyll_py.errors import ConfigError

    with pytest.raises(ConfigError, match="limit_posts must be a non-negative number"):
        make_site(tmp_path, {"_posts/2024-01-01-a.md": "---\n---\nx\n"}, "limit_posts: -1\n")
