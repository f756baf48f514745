"""The LiquidEngine interface the builder relies on: parse cache, includes, located errors.

Also home of FakeSite, the stand-in for the builder's Site that every Liquid test uses.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from jekyll_py import log
from jekyll_py.errors import LiquidError
from jekyll_py.liquid import LiquidEngine

SITE_DIR = Path(__file__).parent / "liquid" / "site"


@dataclass
class FakeDocument:
    relative_path: str
    url: str

    @property
    def basename_without_ext(self) -> str:
        return Path(self.relative_path).stem


class FakeMarkdown:
    """Converts only what the tests feed it: paragraphs, so markdownify can be checked."""

    def convert(self, text: str) -> str:
        return "".join(f"<p>{para.strip()}</p>\n" for para in text.split("\n\n") if para.strip())


@dataclass
class FakeSite:
    source: Path = SITE_DIR
    config: dict[str, Any] = field(default_factory=lambda: {
        "baseurl": "/blog", "url": "https://example.org", "safe": False,
        "liquid": {"error_mode": "warn", "strict_filters": False, "strict_variables": False},
    })
    includes_load_paths: list[Path] = field(default_factory=lambda: [SITE_DIR / "_includes"])
    markdown: Any = field(default_factory=FakeMarkdown)
    posts: list[FakeDocument] = field(default_factory=lambda: [
        FakeDocument("_posts/2010-07-21-name.md", "/2010/07/21/name.html"),
        FakeDocument("_posts/2011-01-02-other.md", "/2011/01/02/other.html"),
        FakeDocument("news/_posts/2012-03-04-nested.md", "/news/2012/03/04/nested.html"),
    ])
    time: dt.datetime = dt.datetime(2024, 1, 5, 10, 0, tzinfo=dt.UTC)

    def documents_by_relative_path(self) -> dict[str, FakeDocument]:
        docs = [FakeDocument("about.md", "/about.html"), FakeDocument("assets/x.png", "/assets/x.png"),
                *self.posts]
        return {doc.relative_path: doc for doc in docs}


@pytest.fixture
def engine() -> LiquidEngine:
    return LiquidEngine(FakeSite())


def render(engine: LiquidEngine, source: str, payload: dict | None = None, path: str = "page.md") -> str:
    return engine.render(engine.parse(source, path=path), payload or {})


def test_parse_is_cached_per_path_and_source(engine: LiquidEngine) -> None:
    first = engine.parse("{{ a }}", path="_layouts/a.html")
    assert engine.parse("{{ a }}", path="_layouts/a.html") is first
    assert engine.parse("{{ a }}", path="_layouts/b.html") is not first


def test_include_with_parameters_and_subdirectory(engine: LiquidEngine) -> None:
    out = render(engine, '{% include greet.html name="Ann" %}|{% include nested/nav.html items=page.items %}',
                 {"page": {"items": ["a", "b"]}})
    assert out == "Hello Ann!|<nav>a, b</nav>"


def test_include_path_from_variable(engine: LiquidEngine) -> None:
    assert render(engine, "{% include {{ page.x }}.html %}", {"page": {"x": "greet"}}) == "Hello nobody!"


def test_ruby_values_print_as_ruby(engine: LiquidEngine) -> None:
    page = {"h": {"a": 1, "b": None}, "d": dt.date(2024, 1, 5),
            "t": dt.datetime(2024, 1, 5, 10, 0, tzinfo=dt.UTC), "f": 1e20, "n": None, "b": True}
    out = render(engine, "{{ page.h }}|{{ page.d }}|{{ page.t }}|{{ page.f }}|{{ page.n }}|{{ page.b }}",
                 {"page": page})
    assert out == '{"a"=>1, "b"=>nil}|2024-01-05|2024-01-05 10:00:00 +0000|1.0e+20||true'


def test_error_in_include_is_located_and_chained(engine: LiquidEngine) -> None:
    template = engine.parse("line1\n{% include outer.html %}", path="_layouts/x.html", line_offset=2)
    with pytest.raises(LiquidError) as info:
        engine.render(template, {})
    err = info.value
    assert (err.message, err.file, err.line) == ("divided by 0", "_includes/broken.html", 1)
    assert err.chain == ["included from _includes/outer.html line 1", "included from _layouts/x.html line 4"]


def test_missing_include_uses_jekylls_message(engine: LiquidEngine) -> None:
    with pytest.raises(LiquidError, match="Could not locate the included file 'nope.html' in any of"):
        render(engine, "{% include nope.html %}")


def test_invalid_include_path_is_refused(engine: LiquidEngine) -> None:
    with pytest.raises(LiquidError, match="Invalid syntax for include tag. File contains invalid"):
        render(engine, "{% include ../secret.html %}")


def test_warn_mode_logs_liquid_warning_with_file_and_line(engine: LiquidEngine) -> None:
    log.take_warnings()
    engine.parse("a\n{{ 'a' 'b' }}", path="about.md", line_offset=3)
    warnings = log.take_warnings()
    assert len(warnings) == 1
    assert "Liquid Warning:" in warnings[0] and "(line 5)" in warnings[0] and warnings[0].endswith("in about.md")


def test_tag_without_markup_raises_in_warn_mode_as_in_ruby(engine: LiquidEngine) -> None:
    with pytest.raises(LiquidError) as info:
        engine.parse("a\n{% if %}{% endif %}", path="about.md", line_offset=3)
    assert info.value.message == "Syntax Error in tag 'if' - Valid syntax: if [expression]"
    assert info.value.line == 5


def test_unclosed_block_and_unknown_tag_use_ruby_words(engine: LiquidEngine) -> None:
    with pytest.raises(LiquidError, match="'for' tag was never closed"):
        engine.parse("{% for a in b %}\nx\n", path="p.html")
    with pytest.raises(LiquidError, match="Unknown tag 'frobnicate'"):
        engine.parse("{% frobnicate %}", path="p.html")


def test_strict_mode_raises_syntax_errors() -> None:
    site = FakeSite()
    site.config["liquid"] = {"error_mode": "strict"}
    with pytest.raises(LiquidError) as info:
        LiquidEngine(site).parse("\n{% if %}{% endif %}", path="x.html", line_offset=1)
    assert (info.value.file, info.value.line) == ("x.html", 3)


def test_markdownify_uses_the_site_converter(engine: LiquidEngine) -> None:
    assert render(engine, '{{ "hi" | markdownify }}') == "<p>hi</p>\n"


def test_lax_output_warns_and_renders_like_ruby(engine: LiquidEngine) -> None:
    log.take_warnings()
    out = render(engine, "{{ page.s | upcase junk }}|{% assign x = (page.s | downcase) %}{{ x }}",
                 {"page": {"s": "Hi"}}, path="_includes/x.html")
    assert out == "HI|hi"
    assert all(w.endswith("in _includes/x.html") for w in log.take_warnings())


def test_unknown_filters_pass_values_through(engine: LiquidEngine) -> None:
    assert render(engine, "{{ 'a' | no_such_filter | upcase }}") == "A"


def test_strict_filters_reject_unknown_filters() -> None:
    site = FakeSite()
    site.config["liquid"] = {"error_mode": "warn", "strict_filters": True}
    engine = LiquidEngine(site)
    with pytest.raises(LiquidError, match="no_such_filter"):
        engine.render(engine.parse("{{ 'a' | no_such_filter }}", path="p.md"), {})


def test_strict_variables_raise_for_undefined() -> None:
    site = FakeSite()
    site.config["liquid"] = {"strict_variables": True}
    engine = LiquidEngine(site)
    with pytest.raises(LiquidError, match="undefined variable nope"):
        engine.render(engine.parse("{{ nope }}", path="p.md"), {})


def test_includes_are_parsed_once(engine: LiquidEngine) -> None:
    render(engine, "{% include greet.html %}{% include greet.html %}")
    assert len(engine.env.inclusions) == 1  # type: ignore[attr-defined]



def test_include_renders_are_profiled_per_file() -> None:
    """`--profile` lists include files as Jekyll does: one row per file, with count and bytes
    (the inner include, given no parameters, sees the outer `include.name`, as in Jekyll)."""
    from jekyll_py.profiler import Profiler

    site = FakeSite()
    site.profiler = Profiler()  # type: ignore[attr-defined]
    engine = LiquidEngine(site)
    template = engine.parse("{% include greet.html name='a' %}{% include outerparams.html name='b' %}")
    assert engine.render(template, {}) == "Hello a![bHello b!b]"
    rows = site.profiler.templates  # type: ignore[attr-defined]
    assert set(rows) == {"_includes/greet.html", "_includes/outerparams.html"}
    assert (rows["_includes/greet.html"].count, rows["_includes/greet.html"].bytes) == (2, 16)
    assert (rows["_includes/outerparams.html"].count, rows["_includes/outerparams.html"].bytes) == (1, 12)
    assert rows["_includes/outerparams.html"].seconds >= 0


def test_includes_render_without_a_profiler() -> None:
    """Profiling off (the default): nothing is recorded and the output is the same."""
    site = FakeSite()
    assert getattr(site, "profiler", None) is None
    engine = LiquidEngine(site)
    assert engine.render(engine.parse("{% include outerparams.html name='b' %}"), {}) == "[bHello b!b]"


class PrintableDrop(dict):
    """A drop that is also a hash, printing its own text the way Jekyll's DocumentDrop prints output."""

    def to_liquid_string(self) -> str:
        return "<p>rendered</p>"


def test_a_drop_prints_its_own_text_not_a_hash(engine: LiquidEngine) -> None:
    drop = PrintableDrop(title="T")
    assert render(engine, "{{ post }}|{{ post.title }}", {"post": drop}) == "<p>rendered</p>|T"
