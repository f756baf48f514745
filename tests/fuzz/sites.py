"""Hypothesis strategies for hostile site inputs, and a bounded in-process build, shared by the property
tests (tests/test_fuzz_properties.py) and the long fuzz target (tests/fuzz/fuzz_build.py).

The property every input must keep: the build ends with output or a `JekyllPyError`, never another
exception and never a hang (each build runs under an alarm).
"""

from __future__ import annotations

import shutil
import signal
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from hypothesis import strategies as st

from jekyll_py import config as config_module
from jekyll_py.site import Site

BUILD_SECONDS = 10

YAML_PIECES = [
    "a", "b", "title", "layout", "date", "permalink", "tags", "categories", "published", "-", ": ", ":", "\n",
    "\n  ", "  ", "[", "]", "{", "}", ",", "'", '"', "&x", "*x", "!!str", "!!binary", "!ruby/object", "|", ">",
    "#", "---", "...", "2024-01-02", "2024-13-45", "12:30", "~", "null", "true", "no", "0x1f", "1e9", "é",
    "\t", "%YAML 1.1", "? ", "<<: *x", "\\", "\x00", "\ufeff",
]
yamlish = st.lists(st.sampled_from(YAML_PIECES) | st.text(max_size=4), max_size=30).map("".join)

LIQUID_PIECES = [
    "{{", "}}", "{%", "%}", "{%-", "-%}", " ", "x", "page.title", "site.data", "'s'", '"s"', "1", "0", "-1",
    "(1..3)", "(1..100000000)", "|", ": ", ",", "upcase", "split", "join", "size", "first", "date", "where",
    "sort", "map", "divided_by", "modulo", "slice", "truncate", "default", "jsonify", "xml_escape", "absolute_url",
    "relative_url", "markdownify", "if", "elsif", "else", "endif", "unless", "endunless", "for", "in", "endfor",
    "case", "when", "endcase", "assign", "capture", "endcapture", "raw", "endraw", "comment", "endcomment",
    "include", "include_relative", "a.html", "self.html", "../x", "/etc/passwd", "highlight", "endhighlight",
    "link", "post_url", "cycle", "increment", "break", "continue", "liquid", "echo", "=", "==", "!=", "<", ">",
    "and", "or", "contains", "limit:", "offset:", "reversed", "\n", "é",
]
liquidish = st.lists(st.sampled_from(LIQUID_PIECES), max_size=40).map("".join)

MARKDOWN_PIECES = ["# ", "> ", "- ", "1. ", "*", "_", "`", "```", "[", "](", ")", "\n", "\n\n", "    ", "|", "{: .c}",
                   "<div>", "</div>", "x", "&", "$$", "---", "[^1]", "~~~"]
markdownish = st.lists(st.sampled_from(MARKDOWN_PIECES) | st.text(max_size=3), max_size=30).map("".join)

FILE_NAMES = ["index.md", "about.html", "_posts/2024-01-02-a.md", "_posts/2024-13-45-b.md", "_layouts/default.html",
              "_layouts/post.html", "_includes/a.html", "_includes/self.html", "_data/d.yml", "_data/d.json",
              "_data/d.csv", "assets/s.scss", "_sass/x.scss", "_drafts/d.md", "feed.xml", "_c/x.md"]


@st.composite
def page_texts(draw: st.DrawFn) -> str:
    """A file: maybe front matter, then Liquid and Markdown soup."""
    body = draw(st.lists(liquidish | markdownish, max_size=3).map("\n".join))
    if draw(st.booleans()):
        return f"---\n{draw(yamlish)}\n---\n{body}"
    return body


tiny_sites = st.fixed_dictionaries(
    {"_config.yml": st.sampled_from(["title: x\n", "safe: true\nmarkdown: kramdown\n", ""]) | yamlish},
    optional={name: page_texts() for name in FILE_NAMES},
)


class BuildTimeout(Exception):
    """The build ran past BUILD_SECONDS: a hang, as far as the property is concerned."""


@contextmanager
def time_limit(seconds: int) -> Iterator[None]:
    """Raise BuildTimeout in the main thread after `seconds` (SIGALRM; POSIX only)."""
    def expire(signum: int, frame: object) -> None:
        raise BuildTimeout(f"build took more than {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def build_site(files: dict[str, str], *, safe: bool = False) -> Path | None:
    """Build `files` as a site on one core; the destination on success. Raises whatever the build raises."""
    root = Path(tempfile.mkdtemp(prefix="jekyll-py-fuzz-"))
    try:
        source = root / "site"
        source.mkdir()
        for name, text in files.items():
            path = source / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8", errors="surrogatepass")
        overrides = {"destination": str(root / "out"), "quiet": True, "safe": safe}
        with time_limit(BUILD_SECONDS):
            config = config_module.load(source, None, overrides)
            config["jobs"] = 1  # no forked render worker under the alarm
            Site(config).process()
        return root / "out"
    finally:
        shutil.rmtree(root, ignore_errors=True)
