"""Exact incremental rebuilds: after any sequence of edits, the destination equals a clean full build.

Seeded random edit sequences (bounded, reproducible) over fixture sites that use listings, excerpts,
next/previous, categories and tags, data files, includes, layouts, collections and plugins.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from jekyll_py.server.rebuild import Rebuilder
from tests.test_serve_helpers import clean_build, copy_site, make_site, quiet_log, tree  # noqa: F401

pytestmark = pytest.mark.usefixtures("quiet_log")

WORDS = ["alpha", "beta", "gamma", "delta", "the", "model", "data", "{{ page.title }}", "{{ site.title }}",
         "**bold**", "*it*", "{{ site.posts.size }}", "{{ site.data.navigation.main[0].title }}"]
CONTENT_EXTS = (".md", ".html", ".markdown")


def text_files(source: Path, *, under: str | None = None) -> list[Path]:
    files = [p for p in sorted(source.rglob("*")) if p.is_file() and p.suffix in CONTENT_EXTS]
    if under is not None:
        files = [p for p in files if under in p.relative_to(source).parts]
    return files


def content_files(source: Path) -> list[Path]:
    """Pages and documents: text files with front matter outside _layouts and _includes."""
    return [p for p in text_files(source) if p.read_text().startswith("---")
            and not {"_layouts", "_includes"} & set(p.relative_to(source).parts)]


def sentence(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 6)))


def append_body(source: Path, rng: random.Random) -> str:
    path = rng.choice(content_files(source))
    path.write_text(path.read_text() + f"\n{sentence(rng)}\n\nNew paragraph {rng.randint(0, 99)}.\n")
    return f"append to {path.name}"


def retitle(source: Path, rng: random.Random) -> str:
    path = rng.choice(content_files(source))
    text = path.read_text()
    title = f"Title {rng.randint(0, 999)}"
    if re.search(r"^title:.*$", text, re.MULTILINE):
        text = re.sub(r"^title:.*$", f"title: {title}", text, count=1, flags=re.MULTILINE)
    else:
        text = text.replace("---\n", f"---\ntitle: {title}\n", 1)
    path.write_text(text)
    return f"retitle {path.name}"


def new_post(source: Path, rng: random.Random) -> str:
    posts = source / "_posts"
    posts.mkdir(exist_ok=True)
    name = f"20{rng.randint(10, 29)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}-new-{rng.randint(0, 999)}.md"
    tags = rng.sample(["intro", "news", "misc"], 2)
    (posts / name).write_text(f"---\ntitle: New {name[:10]}\ntags: [{', '.join(tags)}]\n---\n"
                              f"{sentence(rng)}\n\nSecond paragraph.\n")
    return f"new post {name}"


def new_page(source: Path, rng: random.Random) -> str:
    name = f"page-{rng.randint(0, 999)}.md"
    (source / name).write_text(f"---\ntitle: Page {name}\n---\n{sentence(rng)}\n")
    return f"new page {name}"


def delete_content(source: Path, rng: random.Random) -> str:
    candidates = [p for p in content_files(source) if p.stem != "index"]
    if not candidates:
        return "nothing to delete"
    path = rng.choice(candidates)
    path.unlink()
    return f"delete {path.name}"


def edit_template(source: Path, rng: random.Random) -> str:
    folder = rng.choice(["_layouts", "_includes"])
    files = sorted((source / folder).glob("*.html")) if (source / folder).is_dir() else []
    if not files:
        return f"no {folder}"
    path = rng.choice(files)
    path.write_text(path.read_text() + f"\n<!-- {rng.randint(0, 999)} -->{{{{ site.title }}}}\n")
    return f"edit {folder}/{path.name}"


def edit_data(source: Path, rng: random.Random) -> str:
    data = source / "_data"
    data.mkdir(exist_ok=True)
    path = data / rng.choice(["navigation.yml", "extra.yml"])
    if path.name == "navigation.yml" and path.exists() and "main:" in path.read_text():
        path.write_text(path.read_text() + f"  - title: Item {rng.randint(0, 99)}\n    url: /x/\n")
    else:
        path.write_text(f"value: {rng.randint(0, 99)}\n")
    return f"data {path.name}"


def edit_static(source: Path, rng: random.Random) -> str:
    path = source / "assets" / f"file-{rng.randint(0, 3)}.txt"
    path.parent.mkdir(exist_ok=True)
    path.write_text(f"static {rng.randint(0, 999)}\n")
    return f"static {path.name}"


EDITS = [append_body, append_body, retitle, new_post, new_page, delete_content, edit_template, edit_data,
         edit_static]


@pytest.mark.parametrize("name", ["content-posts", "content-collections", "plugin-feed", "plugin-sitemap",
                                  "bundled"])
@pytest.mark.parametrize("seed", [1, 2])
def test_random_edit_sequences_equal_clean_builds(tmp_path: Path, name: str, seed: int) -> None:
    rng = random.Random(f"{name}-{seed}")
    source = copy_site(name, tmp_path / "src")
    served, clean = tmp_path / "served", tmp_path / "clean"
    rebuilder = Rebuilder(make_site(source, served))
    rebuilder.build()
    history = []
    for _ in range(8):
        edit = rng.choice(EDITS)
        history.append(edit(source, rng))
        expected = clean_build(source, clean)
        try:
            rebuilder.build()
        except Exception as exc:  # noqa: BLE001
            assert expected == type(exc).__name__, history
            continue
        assert not isinstance(expected, str), (history, expected)
        got = tree(served)
        differing = sorted(k for k in got.keys() | expected.keys() if got.get(k) != expected.get(k))
        assert differing == [], history


def test_one_page_edit_renders_that_page_and_its_readers(tmp_path: Path) -> None:
    source = copy_site("content-posts", tmp_path / "src")
    rebuilder = Rebuilder(make_site(source, tmp_path / "out"))
    rebuilder.build()
    post = source / "_posts" / "2024-03-10-late-night.md"
    post.write_text(post.read_text() + "\nOne more line.\n")
    report = rebuilder.build([post])
    rendered = {path for _, path in report.rendered}
    assert "_posts/2024-03-10-late-night.md" in rendered
    assert "index.html" in rendered  # lists every post with its excerpt
    assert not report.full


def test_unchanged_site_renders_and_writes_nothing(tmp_path: Path) -> None:
    source = copy_site("content-collections", tmp_path / "src")
    rebuilder = Rebuilder(make_site(source, tmp_path / "out"))
    rebuilder.build()
    report = rebuilder.build()
    assert (report.rendered, report.written, report.removed) == ([], [], [])


def test_a_file_the_model_does_not_know_renders_everything(tmp_path: Path) -> None:
    source = copy_site("content-collections", tmp_path / "src")
    rebuilder = Rebuilder(make_site(source, tmp_path / "out"))
    first = rebuilder.build()
    sass = source / "_sass" / "x.scss"
    sass.parent.mkdir()
    sass.write_text("a { b: c }\n")
    report = rebuilder.build([sass])
    assert report.full and len(report.rendered) == len(first.rendered)
