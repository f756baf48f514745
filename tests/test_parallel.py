"""Rendering on two cores gives exactly the sequential build: files, warnings, errors, profile.

The threshold is lowered so that small fixture sites fork too; `applied` counts the worker runs whose
results were taken, so each test also says whether the parallel path was really used.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from jekyll_py import config as config_module
from jekyll_py import log, parallel
from jekyll_py.document import Document
from jekyll_py.errors import JekyllPyError
from jekyll_py.sass import SassCompiler
from jekyll_py.site import Site
from tests.golden import SITES, build_fixture, golden_site_names, tree

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from synthetic import generate  # noqa: E402


@pytest.fixture
def applied(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Fork for any site with two documents (or files to write) or more; record each worker run of
    documents that was taken (its length)."""
    monkeypatch.setattr(parallel, "MIN_DOCUMENTS", 2)
    monkeypatch.setattr(parallel, "MIN_FILES", 2)
    taken: list[int] = []
    original = parallel.apply

    def apply(result: parallel.Result, site: Site, rest: list) -> None:
        if rest and isinstance(rest[0], Document):
            taken.append(len(rest))
        else:
            pages_taken.append(len(rest))
        original(result, site, rest)

    monkeypatch.setattr(parallel, "apply", apply)
    pages_taken.clear()
    return taken


pages_taken: list[int] = []  # the same for pages, filled by the `applied` fixture


def build(source: Path, dest: Path, jobs: int, monkeypatch: pytest.MonkeyPatch, **overrides: object) -> Site:
    monkeypatch.setenv(parallel.JOBS_ENV, str(jobs))
    config = config_module.load(source, None, {"destination": str(dest), "quiet": True, **overrides})
    site = Site(config, environment="production")
    site.process()
    return site


def both_builds(source: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, **overrides: object) -> tuple:
    """Sequential then parallel build of `source`: (files, warnings) of each."""
    log.take_warnings()
    build(source, tmp_path / "one", 1, monkeypatch, **overrides)
    sequential = tree(tmp_path / "one"), log.take_warnings()
    build(source, tmp_path / "two", 2, monkeypatch, **overrides)
    return sequential, (tree(tmp_path / "two"), log.take_warnings())


@pytest.mark.parametrize("name", golden_site_names())
def test_fixture_sites_build_the_same_on_two_cores(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, applied: list[int]
) -> None:
    log.take_warnings()
    monkeypatch.setenv(parallel.JOBS_ENV, "1")
    build_fixture(name, tmp_path / "one")
    sequential = tree(tmp_path / "one"), log.take_warnings()
    monkeypatch.setenv(parallel.JOBS_ENV, "2")
    build_fixture(name, tmp_path / "two")
    assert (tree(tmp_path / "two"), log.take_warnings()) == sequential


def test_synthetic_site_takes_the_workers_results(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                  applied: list[int]) -> None:
    source = generate(tmp_path / "site", 60)
    sequential, on_two_cores = both_builds(source, tmp_path, monkeypatch)
    assert on_two_cores == sequential
    assert len(sequential[0]) == 63
    assert applied and applied[0] > 0


def test_reading_an_earlier_posts_content_falls_back_to_sequential(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, applied: list[int]
) -> None:
    """`page.previous.content` is HTML once the previous post rendered: the worker cannot know it."""
    source = generate(tmp_path / "site", 40)
    post = source / "_layouts" / "post.html"
    aside = "<aside>{{ page.previous.content }}</aside>"
    post.write_text(post.read_text().replace("{{ content }}", "{{ content }}" + aside))
    sequential, on_two_cores = both_builds(source, tmp_path, monkeypatch)
    assert on_two_cores == sequential
    assert applied == []
    asides = [html.decode().split("<aside>")[1][:3] for html in sequential[0].values() if b"<aside>" in html]
    assert asides.count("<p>") == 39  # the previous post's rendered HTML, not its Markdown


@pytest.mark.parametrize("reads_content", [False, True])
def test_pages_render_on_two_cores_unless_they_read_each_others_content(
    reads_content: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, applied: list[int]
) -> None:
    """`site.pages[i].content` is HTML once page i rendered; titles and URLs never change."""
    source = generate(tmp_path / "site", 4)
    size = "{{ p.content | size }}" if reads_content else ""
    listing = "{% for p in site.pages %}<li>{{ p.title }} {{ p.url }}" + size + "</li>"
    for i in range(40):
        (source / f"page-{i}.md").write_text(f"---\ntitle: Page {i}\n---\n*Page* {i}\n\n{listing}{{% endfor %}}\n")
    sequential, on_two_cores = both_builds(source, tmp_path, monkeypatch)
    assert on_two_cores == sequential
    assert bool(pages_taken and pages_taken[-1]) is not reads_content


@pytest.mark.parametrize("which", [0, -1], ids=["in this process's share", "in the worker's share"])
def test_an_error_is_reported_as_in_a_sequential_build(
    which: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, applied: list[int]
) -> None:
    source = generate(tmp_path / "site", 30)
    posts = sorted((source / "_posts").iterdir(), key=lambda p: (p.name[:10], int(p.stem.split("-")[-1])))
    last = posts[which]
    last.write_text(last.read_text() + "\n{{ 1 | divided_by: 0 }}\n")
    errors = both_errors(source, tmp_path, monkeypatch)
    assert errors[0] == errors[1]
    assert errors[0][2].endswith(last.name)


def both_errors(source: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[tuple]:
    """The error of a sequential, then a parallel build of `source`; neither may write anything."""
    errors = []
    for jobs in (1, 2):
        dest = tmp_path / f"out{jobs}"
        with pytest.raises(JekyllPyError) as caught:
            build(source, dest, jobs, monkeypatch)
        errors.append((type(caught.value), str(caught.value), caught.value.file, caught.value.line))
        assert not dest.exists()  # nothing written when a render failed
    return errors


def test_profile_counts_every_render_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          applied: list[int]) -> None:
    source = generate(tmp_path / "site", 40)
    counts = []
    for jobs in (1, 2):
        site = build(source, tmp_path / f"out{jobs}", jobs, monkeypatch, profile=True)
        counts.append({path: (stats.count, stats.bytes) for path, stats in site.profiler.templates.items()})
    assert counts[0] == counts[1]
    assert counts[0]["_layouts/post.html"] == (40, counts[0]["_layouts/post.html"][1])
    assert applied


def site_with_sass(tmp_path: Path, scss: str, posts: int = 30) -> Path:
    source = generate(tmp_path / "site", posts)
    (source / "_sass").mkdir()
    (source / "_sass" / "_base.scss").write_text("$color: #123456;\nbody { color: $color; }\n")
    (source / "assets").mkdir()
    (source / "assets" / "main.scss").write_text("---\n---\n@import \"base\";\n" + scss)
    return source


@pytest.fixture
def found_ahead(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Per Sass page compiled in this process: was the Sass worker's compilation taken?"""
    found: list[bool] = []
    original = SassCompiler.compiled_ahead

    def spy(compiler: SassCompiler, key: tuple[str, str, str]) -> tuple | None:
        ready = original(compiler, key)
        found.append(ready is not None)
        return ready

    monkeypatch.setattr(SassCompiler, "compiled_ahead", spy)
    return found


@pytest.mark.parametrize(("scss", "css", "taken"), [
    ("h1 { margin: {{ 2 | plus: 1 }}px; }\n", b"margin: 3px", True),
    # Before documents render the Sass worker sees a post's Markdown, the page's render its HTML.
    ("/* {{ site.posts.first.content | truncate: 12 }} */\n", b"/* <p>", False),
], ids=["taken", "compiled again"])
def test_sass_is_compiled_ahead_by_a_worker(scss: str, css: bytes, taken: bool, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch, applied: list[int],
                                            found_ahead: list[bool]) -> None:
    source = site_with_sass(tmp_path, scss)
    sequential, on_two_cores = both_builds(source, tmp_path, monkeypatch)
    assert on_two_cores == sequential
    assert css in sequential[0]["assets/main.css"]
    assert "assets/main.css.map" in sequential[0]
    assert found_ahead == [False, taken]  # the sequential build compiled it; the parallel one took it if exact


def test_a_sass_error_is_reported_as_in_a_sequential_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                           applied: list[int]) -> None:
    source = site_with_sass(tmp_path, "h1 { margin: $undefined; }\n")
    errors = both_errors(source, tmp_path, monkeypatch)
    assert errors[0] == errors[1]
    assert errors[0][2] == "assets/main.scss"


@pytest.mark.parametrize(("lists_pages", "maps_expected"), [(False, True), (True, True), (True, False)])
def test_pages_after_a_sass_page_render_in_a_worker_meanwhile(
    lists_pages: bool, maps_expected: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, applied: list[int],
    found_ahead: list[bool]
) -> None:
    """The render worker starts after the Sass page, which this process renders with the Sass worker's
    CSS. Pages listing `site.pages` see the Sass page's map there: the worker's results are taken only
    when the lists it saw were those (here it is also made to expect no map: then they are not)."""
    if not maps_expected:
        monkeypatch.setattr(parallel, "expected_source_maps", lambda site, earlier: [])
    source = site_with_sass(tmp_path, "h1 { margin: 1px; }\n", posts=4)
    listing = "{% for p in site.pages %}<li>{{ p.url }}</li>{% endfor %}" if lists_pages else ""
    for i in range(30):
        (source / f"page-{i}.md").write_text(f"---\ntitle: Page {i}\n---\n*Page* {i}\n{listing}\n")
    sequential, on_two_cores = both_builds(source, tmp_path, monkeypatch)
    assert on_two_cores == sequential
    assert (b"main.css.map" in sequential[0]["page-29/index.html"]) is lists_pages
    assert bool(pages_taken and pages_taken[-1]) is maps_expected
    assert found_ahead == [False, True]


def test_a_few_pages_after_a_sass_page_still_compiling_render_in_a_worker(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, applied: list[int], found_ahead: list[bool]
) -> None:
    """Too few pages to pay for a worker on their own, but this process would only wait for the Sass
    worker: a pages worker renders those after the Sass page meanwhile."""
    source = site_with_sass(tmp_path, "h1 { margin: 1px; }\n", posts=2)
    for i in range(4):
        (source / f"page-{i}.md").write_text(f"---\ntitle: Page {i}\n---\n*Page* {i}\n")
    monkeypatch.setattr(parallel, "MIN_DOCUMENTS", 100)
    monkeypatch.setattr(parallel, "sass_busy", lambda site: True)
    sequential, on_two_cores = both_builds(source, tmp_path, monkeypatch)
    assert on_two_cores == sequential
    assert applied == [] and pages_taken and pages_taken[-1] >= 1


def test_jobs_come_from_the_environment_or_the_configuration(monkeypatch: pytest.MonkeyPatch) -> None:
    site = Site(config_module.load(SITES / "content-posts", None, {"jobs": 3, "quiet": True}))
    monkeypatch.delenv(parallel.JOBS_ENV, raising=False)
    assert parallel.job_count(site.config) == 3
    monkeypatch.setenv(parallel.JOBS_ENV, "1")
    assert parallel.job_count(site.config) == 1
    monkeypatch.setenv(parallel.JOBS_ENV, "many")
    with pytest.raises(JekyllPyError):
        parallel.job_count(site.config)


def test_urls_computed_by_the_worker_are_not_computed_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                            applied: list[int]) -> None:
    import os

    from jekyll_py import document

    here, computed = os.getpid(), []
    original = document.generate_url

    def counting(*args: object, **kwargs: object) -> str:
        if os.getpid() == here:
            computed.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(document, "generate_url", counting)
    source = generate(tmp_path / "site", 60)
    build(source, tmp_path / "one", 1, monkeypatch)
    sequential, computed[:] = len(computed), []
    build(source, tmp_path / "two", 2, monkeypatch)
    # This process's own posts, and the next one that its last post links to
    assert applied and len(computed) == sequential - applied[0] + 1


def test_nested_targets_are_written_by_one_process() -> None:
    assert parallel.nested_targets({"a/b/index.html": 1, "a/b": 2})
    assert not parallel.nested_targets({"a/b/index.html": 1, "a/c.html": 2, "a/bc": 3, "b": 4})


def pages_of(source: Path, count: int, body: Callable[[int], str]) -> Path:
    for i in range(count):
        (source / f"page-{i:02}.md").write_text(f"---\ntitle: Page {i}\n---\n*Page* {i}\n\n{body(i)}\n")
    return source


def test_the_worker_takes_more_pages_when_the_first_ones_cost_more(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, applied: list[int]
) -> None:
    """The two runs meet where their costs balance, not halfway by count."""
    heavy = "{% for i in (1..60000) %}{% endfor %}"
    source = pages_of(generate(tmp_path / "site", 4), 40, lambda i: heavy if i < 4 else "")
    site = build(source, tmp_path / "two", 2, monkeypatch)
    first_cheap = next(index for index, page in enumerate(site.pages) if page.relative_path == "page-04.md")
    assert pages_taken and pages_taken[-1] >= len(site.pages) - first_cheap - 2  # at most a page or two here
    sequential = build(source, tmp_path / "one", 1, monkeypatch)
    assert tree(tmp_path / "two") == tree(tmp_path / "one") and len(sequential.pages) == len(site.pages)


def test_a_page_reading_a_later_pages_content_is_rendered_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, applied: list[int]
) -> None:
    """Page 30 sees page 31's Markdown in a sequential build; the worker, which rendered page 31 first,
    would see its HTML. It gives page 30 back and sends the pages after it."""
    reads_next = "{% assign next = site.pages | where: 'title', 'Page 31' | first %}<aside>{{ next.content }}</aside>"
    source = pages_of(generate(tmp_path / "site", 4), 40, lambda i: reads_next if i == 30 else "")
    slow = "{% for i in (1..30000) %}{% endfor %}"  # so that the worker reaches page 30
    (source / "a-slow-page.md").write_text(f"---\ntitle: Slow\n---\n{slow}\n")
    sequential, on_two_cores = both_builds(source, tmp_path, monkeypatch)
    assert on_two_cores == sequential
    assert b"<aside>*Page* 31" in sequential[0]["page-30/index.html"]
    assert pages_taken == [9]  # pages 31 to 39


def test_a_post_reading_the_next_posts_content_stops_the_worker(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, applied: list[int]
) -> None:
    """`page.next.content` is Markdown in a sequential build: the next post has not rendered yet. The worker
    renders the newest post first (it has no next one), then gives up at the post before it."""
    source = generate(tmp_path / "site", 40)
    post = source / "_layouts" / "post.html"
    post.write_text(post.read_text().replace("{{ content }}", "{{ content }}<aside>{{ page.next.content }}</aside>"))
    sequential, on_two_cores = both_builds(source, tmp_path, monkeypatch)
    assert on_two_cores == sequential
    assert applied == [1]
    assert all(b"<aside><p>" not in html for html in sequential[0].values())


@pytest.mark.parametrize("shared", [True, False], ids=["in a layout every page uses", "in each page"])
def test_liquid_warnings_in_the_workers_run_are_printed_once_in_order(
    shared: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, applied: list[int]
) -> None:
    """A warning this process printed too (a layout's) is a sequential build's; one only the worker's
    pages printed (in reverse order) means this process renders them again, printing them in order."""
    source = generate(tmp_path / "site", 4)
    bad = "{{ 'a' 'b' }}"
    if shared:
        layout = source / "_layouts" / "default.html"
        layout.write_text(layout.read_text().replace("<main>", f"<main>{bad}"))
    pages_of(source, 40, lambda i: "" if shared else bad)
    sequential, on_two_cores = both_builds(source, tmp_path, monkeypatch)
    assert on_two_cores == sequential
    assert len(sequential[1]) == (1 if shared else 40)
    assert bool(pages_taken) is shared
