"""Rebuild tests/compress_html/expected.json: what real Jekyll's `compress` layout makes of our inputs.

jekyll-compress-html's layout is not part of this repository (it belongs to its author and to the sites that
copy it). Give the script the layout files of the versions jekyll_py runs natively, e.g. from any
academicpages checkout (3.0.2) and a minimal-mistakes one (3.1.0); their digests are checked against
jekyll_py.compress_html.VERSIONS:

    python tests/compress_html/regenerate.py path/to/3.0.2/compress.html path/to/3.1.0/compress.html

For every version, setting and environment below it builds a scratch site with Debian's Jekyll 4.3.1: one
page per input, in that layout. The inputs are ours: a few written by hand and seeded random tag soup.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent.parent))

from jekyll_py import compress_html, frontmatter  # noqa: E402

SETTINGS: list[tuple[dict | None, list[str]]] = [
    ({"clippings": "all", "ignore": {"envs": "development"}}, ["production", "development"]),
    ({"clippings": "all", "endings": "all", "ignore": {"envs": ["development", "test"]}}, ["production"]),
    ({"clippings": ["p", "div", "col", "colgroup", "header", "head", "li", "link"], "endings": ["p", "li"],
      "startings": ["html", "head", "body"]}, ["production"]),
    ({"clippings": ["li", "li", "a b", ""]}, ["production"]),
    ({"clippings": "all", "ignore": {"envs": "all"}}, ["production"]),
    (None, ["production"]),
]

HANDWRITTEN = [
    "",
    "<!doctype html>\n<html>\n  <head>\n    <title> A  page </title>\n  </head>\n  <body>\n"
    "    <header> <nav> <ul>\n      <li> <a href=\"/\">Home</a> </li>\n"
    "      <li>Talks</li>\n    </ul> </nav> </header>\n"
    "    <main>\n      <p>Some   text,\ttabs\nand a\u00a0no-break space.</p>\n"
    "      <pre class=\"highlight\"><code>  <span>indented</span>\n\n    <div>kept</div>  </code></pre>\n"
    "      <table>\n        <colgroup> <col> </colgroup>\n        <thead> <tr> <th> A </th> </tr> </thead>\n"
    "        <tbody> <tr> <td> 1 </td> </tr> </tbody>\n      </table>\n    </main>\n  </body>\n</html>\n",
    "<pre>one</pre> <pre>two</pre>\n<pre>\n  <p>  spaced  </p>\n</pre>",
    "before</pre>after <pre",
    "  <colgroup>  <header>  <link>   <thead>  </li>  </li>   <pre> <p>\n  <colgroup>  </pre>",
    "<p>\u2003em\u2003space \x1c and \u3000 ideographic</p>  <div>\u00e9\u00e8 \U0001f600 </div>",
]
PIECES = [" ", "  ", "   ", "\t", "\n", " \n ", "\u00a0", "\u2003", "word", "e", "<", ">", "</", "<pre>", "</pre>",
          "<pre class=x>", "<!-- c -->", ";", "\u00e9"]
NAMES = [*compress_html.ALL_CLIPPINGS, "span", "pre", "a", "param", "DIV", "colgroup", "header", "link", "x"]


def random_content(rng: random.Random) -> str:
    def piece() -> str:
        if rng.random() < 0.45:
            name = rng.choice(NAMES)
            return rng.choice([f"<{name}>", f"</{name}>", f"<{name} a=1>", f"<{name}"])
        return rng.choice(PIECES)

    return "".join(piece() for _ in range(rng.randint(1, 80)))


def page_text(content: str) -> str:
    return f"---\nlayout: compress\n---\n{content}"


def version_of(layout: Path) -> tuple[str, str, str]:
    """The version name and the text around its core (what the layout prints outside its tags)."""
    body = frontmatter.parse(layout.read_text(encoding="utf-8"), str(layout)).content
    core = body.strip()
    version = compress_html.VERSIONS.get(hashlib.sha256(core.encode()).hexdigest())
    if version is None:
        sys.exit(f"{layout}: not a layout jekyll_py.compress_html knows")
    start = body.index(core)
    return version.name, body[:start], body[start + len(core):]


def build(layout: Path, settings: dict | None, environment: str, contents: list[str]) -> list[str]:
    with tempfile.TemporaryDirectory() as scratch:
        site = Path(scratch, "site")
        (site / "_layouts").mkdir(parents=True)
        (site / "_layouts" / "compress.html").write_bytes(layout.read_bytes())
        config = {"title": "compress"} if settings is None else {"compress_html": settings}
        (site / "_config.yml").write_text(json.dumps(config), encoding="utf-8")
        for index, content in enumerate(contents):
            (site / f"p{index}.html").write_text(page_text(content), encoding="utf-8")
        out = Path(scratch, "out")
        subprocess.run(["jekyll", "build", "--quiet", "-s", str(site), "-d", str(out)], check=True,
                       env={**os.environ, "JEKYLL_ENV": environment})
        return [(out / f"p{index}.html").read_text(encoding="utf-8") for index in range(len(contents))]


def main(layouts: list[str]) -> None:
    rng = random.Random(2026)
    # as the page's body reaches the layout (a blank line right after front matter is part of it)
    contents = [frontmatter.parse(page_text(content), "page").content
                for content in HANDWRITTEN + [random_content(rng) for _ in range(60)]]
    versions, runs = {}, []
    for path in map(Path, layouts):
        name, lead, trail = version_of(path)
        versions[name] = {"lead": lead, "trail": trail}
        for settings, environments in SETTINGS:
            for environment in environments:
                runs.append({"version": name, "settings": settings, "environment": environment,
                             "outputs": build(path, settings, environment, contents)})
    expected = {"versions": versions, "contents": contents, "runs": runs}
    (HERE / "expected.json").write_text(json.dumps(expected, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1:])
