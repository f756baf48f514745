"""Parse and render a mid-size layout (3 includes, a 20-item loop, common filters) with our Liquid
and with Ruby Liquid 5.4 (Jekyll's environment), each in one process; prints ms per parse/render.

Usage: .venv/bin/python bench/liquid_render.py [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

INCLUDES = {
    "head.html": '<head><title>{{ page.title | default: site.title | escape }}</title>'
                 '<link rel="stylesheet" href="{{ "/assets/main.css" | relative_url }}"></head>\n',
    "card.html": '<article class="card{% if include.post.featured %} featured{% endif %}">'
                 '<h2><a href="{{ include.post.url | relative_url }}">{{ include.post.title | escape }}</a></h2>'
                 '<p>{{ include.post.excerpt | strip_html | truncatewords: 12 }}</p>'
                 '{% for tag in include.post.tags %}<span>{{ tag | downcase }}</span>{% endfor %}</article>\n',
    "footer.html": '<footer>{% assign year = site.time | date: "%Y" %}&copy; {{ year }} {{ site.author.name }}'
                   '{% if site.social %}{% for s in site.social %} <a href="{{ s.url }}">{{ s.name | upcase }}</a>'
                   '{% endfor %}{% endif %}</footer>\n',
}
LAYOUT = """<!doctype html>
<html lang="{{ site.lang | default: "en" }}">
{% include head.html %}
<body>
  <h1>{{ page.title }}</h1>
  {% assign posts = site.posts | sort: "date" | reverse %}
  {% for post in posts limit: 20 %}
    {% include card.html post=post %}
    {% if forloop.last %}<hr>{% endif %}
  {% endfor %}
  {% unless page.hide_count %}
  <p>{{ posts | size }} posts, {{ posts | map: "title" | join: ", " | truncate: 40 }}</p>
  {% endunless %}
  {{ content }}
  {% include footer.html %}
</body>
</html>
"""


def payload() -> dict[str, Any]:
    posts = [{"title": f"Post number {i}", "url": f"/{2020 + i % 4}/post-{i}/", "date": f"2024-01-{i % 28 + 1:02d}",
              "excerpt": f"<p>The excerpt of post {i} has <em>some</em> words in it and goes on a bit.</p>",
              "tags": ["Alpha", "Beta"][: i % 3], "featured": i % 5 == 0} for i in range(25)]
    site = {"title": "Site", "lang": "en", "baseurl": "/blog", "url": "https://example.org", "posts": posts,
            "author": {"name": "A. Author"}, "time": "2024-05-06 07:08:09",
            "social": [{"name": "gh", "url": "https://github.com/x"}, {"name": "tw", "url": "https://x.com/x"}]}
    return {"site": site, "page": {"title": "Home", "path": "index.html"}, "content": "<p>Body</p>\n"}


RUBY = r"""
require "jekyll"
require "json"
require "benchmark"
Jekyll.logger.log_level = :error
src, n = ARGV[0], ARGV[1].to_i
conf = Jekyll.configuration("source" => src, "destination" => File.join(src, "_site"), "quiet" => true)
site = Jekyll::Site.new(conf)
data = JSON.parse(File.read(File.join(src, "payload.json")))
layout = File.read(File.join(src, "layout.html"))
t = nil
n.times { t = Liquid::Template.parse(layout, line_numbers: true) }
parse = Benchmark.realtime { n.times { Liquid::Template.parse(layout, line_numbers: true) } }
out = nil
n.times { out = t.render!(data, registers: {site: site, page: data["page"]}) }
render = Benchmark.realtime { n.times { out = t.render!(data, registers: {site: site, page: data["page"]}) } }
puts JSON.generate({"parse_ms" => parse * 1000 / n, "render_ms" => render * 1000 / n, "output" => out})
"""


def write_site(root: Path) -> None:
    (root / "_includes").mkdir(parents=True)
    for name, text in INCLUDES.items():
        (root / "_includes" / name).write_text(text)
    (root / "layout.html").write_text(LAYOUT)
    (root / "payload.json").write_text(json.dumps(payload()))
    (root / "_config.yml").write_text("baseurl: /blog\nurl: https://example.org\n")


def ours(root: Path, runs: int, profile: bool) -> dict[str, Any]:
    from jekyll_py.liquid import LiquidEngine

    site = SimpleNamespace(source=root, config={"baseurl": "/blog", "url": "https://example.org"},
                           includes_load_paths=[root / "_includes"], profiler=None)
    engine = LiquidEngine(site)
    data = json.loads((root / "payload.json").read_text())
    started = time.perf_counter()
    for _ in range(runs):
        template = engine.env.parse_template(LAYOUT, "layout.html")
    parse = (time.perf_counter() - started) * 1000 / runs
    for _ in range(runs):
        output = engine.render(template, data)
    if profile:
        profiler = cProfile.Profile()
        profiler.enable()
    started = time.perf_counter()
    for _ in range(runs):
        output = engine.render(template, data)
    render = (time.perf_counter() - started) * 1000 / runs
    if profile:
        profiler.disable()
        pstats.Stats(profiler).sort_stats("tottime").print_stats(25)
    return {"parse_ms": parse, "render_ms": render, "output": output}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=300)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        write_site(root)
        mine = ours(root, args.runs, args.profile)
        done = subprocess.run(["ruby", "-e", RUBY, str(root), str(args.runs)], capture_output=True, text=True,
                              check=True, env={"TZ": "UTC", "PATH": "/usr/bin:/bin"})
        ruby = json.loads(done.stdout)
    print(f"parse:  ours {mine['parse_ms']:.3f} ms   ruby {ruby['parse_ms']:.3f} ms")
    print(f"render: ours {mine['render_ms']:.3f} ms   ruby {ruby['render_ms']:.3f} ms")
    print("same output" if mine["output"] == ruby["output"] else "OUTPUT DIFFERS")
    sys.exit(0 if mine["output"] == ruby["output"] else 1)


if __name__ == "__main__":
    main()
