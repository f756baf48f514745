"""What a render records as its inputs, and which renders a change brings back."""

from __future__ import annotations

from pathlib import Path

import pytest

from jekyll_py.server.dependencies import Recorder, RecordingData, Trace, canonical, item_key
from jekyll_py.server.rebuild import Rebuilder
from tests.test_serve_helpers import make_site, quiet_log, tree  # noqa: F401

pytestmark = pytest.mark.usefixtures("quiet_log")

CONFIG = """title: Deps
collections:
  talks:
    output: true
"""

FILES = {
    "_config.yml": CONFIG,
    "_layouts/default.html": "<html>{% include nav.html %}{{ content }}</html>\n",
    "_layouts/talk.html": "---\nlayout: default\n---\n{{ content }}"
                          "{% if page.next %}<a>{{ page.next.title }}</a>{% endif %}\n",
    "_includes/nav.html": "{% for l in site.data.nav %}<a href='{{ l.url }}'>{{ l.title }}</a>{% endfor %}\n",
    "_includes/unused.html": "never included\n",
    "_data/nav.yml": "- {title: Home, url: /}\n",
    "_data/other.yml": "value: 1\n",
    "index.html": "---\nlayout: default\n---\n{% for t in site.talks %}{{ t.title }};{% endfor %}\n",
    "plain.md": "---\nlayout: none\n---\nNo layout, no lists: {{ site.title }}\n",
    "_talks/a.md": "---\ntitle: A\nlayout: talk\n---\nTalk A\n",
    "_talks/c.md": "---\ntitle: C\nlayout: talk\n---\nTalk C\n",
}


def write_site(root: Path) -> Path:
    for name, text in FILES.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return root


def built(tmp_path: Path) -> tuple[Rebuilder, Path]:
    source = write_site(tmp_path / "src")
    rebuilder = Rebuilder(make_site(source, tmp_path / "out"))
    rebuilder.build()
    return rebuilder, source


def rendered_paths(report: object) -> set[str]:
    return {path for _, path in report.rendered}  # type: ignore[attr-defined]


def trace_of(rebuilder: Rebuilder, key: tuple[str, str]) -> Trace:
    assert rebuilder.state is not None
    return rebuilder.state.records[key].trace


def test_traces_name_what_the_render_read(tmp_path: Path) -> None:
    rebuilder, source = built(tmp_path)
    index = trace_of(rebuilder, ("pages", "index.html"))
    assert "talks" in index.site_keys and "data" not in index.site_keys
    assert index.data_keys == {"nav"}
    assert index.includes == {source / "_includes" / "nav.html"}
    talk = trace_of(rebuilder, ("talks", "_talks/a.md"))
    assert talk.relations == {(("talks", "_talks/a.md"), "next"): ("talks", "_talks/c.md")}
    plain = trace_of(rebuilder, ("pages", "plain.md"))
    assert plain.site_keys == {"title"} and not plain.includes and not plain.data_keys


def test_data_file_change_renders_only_its_readers(tmp_path: Path) -> None:
    rebuilder, source = built(tmp_path)
    (source / "_data/nav.yml").write_text("- {title: Home, url: /}\n- {title: Talks, url: /talks/}\n")
    report = rebuilder.build([source / "_data/nav.yml"])
    assert rendered_paths(report) == {"index.html", "_talks/a.md", "_talks/c.md"}
    (source / "_data/other.yml").write_text("value: 2\n")
    assert rendered_paths(rebuilder.build([source / "_data/other.yml"])) == set()


def test_include_change_renders_its_users_and_unused_include_nothing(tmp_path: Path) -> None:
    rebuilder, source = built(tmp_path)
    (source / "_includes/unused.html").write_text("still unused\n")
    assert rendered_paths(rebuilder.build([source / "_includes/unused.html"])) == set()
    (source / "_includes/nav.html").write_text("<nav></nav>\n")
    report = rebuilder.build([source / "_includes/nav.html"])
    assert rendered_paths(report) == {"index.html", "_talks/a.md", "_talks/c.md"}
    assert "<nav></nav>" in (tmp_path / "out/index.html").read_text()


def test_new_neighbour_renders_the_document_whose_next_it_becomes(tmp_path: Path) -> None:
    rebuilder, source = built(tmp_path)
    (source / "_talks/b.md").write_text("---\ntitle: B\nlayout: talk\n---\nTalk B\n")
    report = rebuilder.build([source / "_talks/b.md"])
    assert {"_talks/a.md", "_talks/b.md", "index.html"} <= rendered_paths(report)
    assert "<a>B</a>" in (tmp_path / "out/talks/a.html").read_text()
    assert "plain.md" not in rendered_paths(report)


def test_layout_change_renders_the_pages_in_its_chain(tmp_path: Path) -> None:
    rebuilder, source = built(tmp_path)
    (source / "_layouts/talk.html").write_text("---\nlayout: default\n---\nTALK {{ content }}\n")
    report = rebuilder.build([source / "_layouts/talk.html"])
    # index.html lists the talks, whose outputs changed; the page without layout stays as it was
    assert rendered_paths(report) == {"_talks/a.md", "_talks/c.md", "index.html"}
    assert "TALK" in (tmp_path / "out/talks/c.html").read_text()


def test_a_failed_build_keeps_the_last_good_state_and_recovers(tmp_path: Path) -> None:
    rebuilder, source = built(tmp_path)
    before = tree(tmp_path / "out")
    (source / "index.html").write_text("---\nlayout: default\n---\n{% nosuchtag %}\n")
    try:
        rebuilder.build([source / "index.html"])
    except Exception:  # noqa: BLE001
        pass
    else:
        raise AssertionError("a Liquid syntax error must fail the build")
    assert tree(tmp_path / "out") == before
    (source / "index.html").write_text("---\nlayout: default\n---\nfixed\n")
    rebuilder.build([source / "index.html"])
    assert "fixed" in (tmp_path / "out/index.html").read_text()


def test_recording_data_notes_each_sub_key_and_iteration() -> None:
    recorder, trace = Recorder(), Trace()
    data = RecordingData({"a": 1, "b": 2}, recorder)
    with recorder.recording(trace):
        assert data["a"] == 1 and "b" in data
    assert trace.data_keys == {"a", "b"}
    with recorder.recording(trace):
        assert list(data) == ["a", "b"]
    assert "*" in trace.data_keys


def test_canonical_keeps_apart_what_liquid_prints_differently() -> None:
    assert canonical(1) != canonical(True) != canonical(1.0)
    assert canonical({"a": [1, "x"]}) == canonical({"a": [1, "x"]})
    assert canonical({"a": 1, "b": 2}) != canonical({"b": 2, "a": 1})  # iteration order shows
    assert canonical(object()) != canonical(object())


def test_item_keys_survive_rereading(tmp_path: Path) -> None:
    rebuilder, _ = built(tmp_path)
    first = {item_key(item) for item in rebuilder.site.renderables()}
    rebuilder.build()
    assert {item_key(item) for item in rebuilder.site.renderables()} == first


def test_a_link_tag_user_renders_when_its_target_moves(tmp_path: Path) -> None:
    rebuilder, source = built(tmp_path)
    (source / "links.md").write_text("---\nlayout: none\n---\nSee {% link _talks/c.md %}\n")
    rebuilder.build([source / "links.md"])
    (source / "_talks/c.md").write_text("---\ntitle: C\nlayout: talk\npermalink: /moved/\n---\nTalk C\n")
    rebuilder.build([source / "_talks/c.md"])
    assert "See /moved/" in (tmp_path / "out/links.html").read_text()
