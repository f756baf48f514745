"""Synthetic Jekyll sites for benchmarks: N posts with layouts, nested includes, tags, data files,
front-matter defaults and a listing page — the shape of a blog or an academicpages site, at scale."""

from __future__ import annotations

import random
from pathlib import Path

WORDS = [
    "model", "data", "training", "results", "method", "analysis", "network", "learning", "language", "vision",
    "graph", "transformer", "sparse", "efficient", "scaling", "benchmark", "evaluation", "theory", "proof",
]

CONFIG = """title: Synthetic site
url: https://example.org
baseurl: ""
permalink: /:categories/:year/:month/:day/:title/
timezone: UTC
defaults:
  - scope: {path: "", type: posts}
    values: {layout: post, author: Benchmark Author, show_tags: true}
  - scope: {path: ""}
    values: {layout: default}
"""

LAYOUT_DEFAULT = """<!doctype html>
<html>
{% include head.html %}
<body>
{% include nav.html %}
<main>{{ content }}</main>
{% include footer.html %}
</body>
</html>
"""

LAYOUT_POST = """---
layout: default
---
<article>
  <h1>{{ page.title | escape }}</h1>
  <p class="meta">{{ page.date | date: "%B %-d, %Y" }} by {{ page.author }}</p>
  {{ content }}
  {% if page.show_tags %}{% include tags.html tags=page.tags %}{% endif %}
  {% if page.previous %}<a href="{{ page.previous.url | relative_url }}">Previous</a>{% endif %}
  {% if page.next %}<a href="{{ page.next.url | relative_url }}">Next</a>{% endif %}
</article>
"""

INCLUDES = {
    "head.html": '<head><meta charset="utf-8"><title>{{ page.title | default: site.title }}</title>'
    '<link rel="stylesheet" href="{{ "/style.css" | relative_url }}"></head>\n',
    "nav.html": "<nav><ul>{% for item in site.data.nav %}{% include nav-item.html item=item %}{% endfor %}"
    "</ul></nav>\n",
    "nav-item.html": '<li><a href="{{ include.item.url | relative_url }}">{{ include.item.title }}</a></li>\n',
    "footer.html": "<footer>&copy; {{ site.time | date: '%Y' }} {{ site.title }}</footer>\n",
    "tags.html": "<ul class=\"tags\">{% for tag in include.tags %}<li>{{ tag | slugify }}</li>{% endfor %}</ul>\n",
}

NAV = "".join(f"- title: Section {i}\n  url: /section-{i}/\n" for i in range(8))

INDEX = """---
title: Home
---
<ul class="posts">
{% for post in site.posts limit: 50 %}
  <li><a href="{{ post.url | relative_url }}">{{ post.title }}</a> {{ post.date | date_to_string }}
  <div>{{ post.excerpt | strip_html | truncatewords: 20 }}</div></li>
{% endfor %}
</ul>
"""

ARCHIVE = """---
title: Archive
permalink: /archive/
---
{% assign by_year = site.posts | group_by_exp: "post", "post.date | date: '%Y'" %}
{% for year in by_year %}<h2>{{ year.name }}</h2>
<ul>{% for post in year.items %}<li>{{ post.title }}</li>{% endfor %}</ul>
{% endfor %}
"""


def sentence(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def post_body(rng: random.Random) -> str:
    link = f"[link](https://example.org/{rng.randint(1, 99)})"
    parts = [
        sentence(rng, 25), f"## {sentence(rng, 4)[:-1]}", sentence(rng, 40), "- " + sentence(rng, 6),
        "- " + sentence(rng, 6), f"Some *emphasis*, **strong** text and a {link}.", "```python\nprint('hello')\n```",
    ]
    return "\n\n".join(parts) + "\n"


def generate(root: Path, posts: int, seed: int = 1) -> Path:
    """Write a site with `posts` posts under `root` (replacing nothing else there) and return it."""
    rng = random.Random(seed)
    (root / "_layouts").mkdir(parents=True, exist_ok=True)
    (root / "_includes").mkdir(exist_ok=True)
    (root / "_data").mkdir(exist_ok=True)
    (root / "_posts").mkdir(exist_ok=True)
    (root / "_config.yml").write_text(CONFIG)
    (root / "_layouts" / "default.html").write_text(LAYOUT_DEFAULT)
    (root / "_layouts" / "post.html").write_text(LAYOUT_POST)
    for name, text in INCLUDES.items():
        (root / "_includes" / name).write_text(text)
    (root / "_data" / "nav.yml").write_text(NAV)
    (root / "index.html").write_text(INDEX)
    (root / "archive.html").write_text(ARCHIVE)
    (root / "style.css").write_text("body { font-family: sans-serif; }\n")
    for i in range(posts):
        year = 2000 + i % 25
        month, day = 1 + i % 12, 1 + i % 28
        tags = sorted({rng.choice(WORDS) for _ in range(3)})
        title = f"{sentence(rng, 5)[:-1]} {i}"
        front = f"---\ntitle: \"{title}\"\ntags: [{', '.join(tags)}]\ncategories: [{rng.choice(WORDS)}]\n---\n"
        (root / "_posts" / f"{year}-{month:02d}-{day:02d}-post-{i}.md").write_text(front + post_body(rng))
    return root
