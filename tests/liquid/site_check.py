"""Compare our Liquid with Jekyll 4.3.1's on every layout and include of a real site.

Usage: .venv/bin/python -m tests.liquid.site_check SITE_DIR [--show-output]

Each `_layouts`/`_includes` file is parsed by both engines in warn mode (warnings and errors
compared); then each layout is rendered by both with the same payload (the site read by each
builder, a sample page, `content`) and the outputs compared. The site itself is only read,
never copied; this tool exists to find differences that are ours, which then become cases.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)^(?:---|\.\.\.)\s*$\n?", re.DOTALL | re.MULTILINE)
FIXED_TIME = "2024-01-02 03:04:05 +0000"
SAMPLE_PAGE = {"title": "Sample page", "url": "/sample/", "path": "sample.md", "excerpt": "Sample",
               "date": None, "collection": None, "tags": ["a"], "categories": ["b"]}
SAMPLE_CONTENT = "<p>Sample body</p>\n"

RUBY = r"""
require "jekyll"
require "json"
Jekyll.logger.log_level = :error
src, dest, files_json = ARGV
overrides = {"source" => src, "destination" => dest, "quiet" => true, "time" => "%TIME%"}
conf = Jekyll.configuration(overrides)
conf["plugins"] = Array(conf["plugins"]).select { |p| Gem::Specification.find_all_by_name(p).any? }
site = Jekyll::Site.new(conf)
site.reset
site.read
site.generate
payload = site.site_payload
out = {}
JSON.parse(File.read(files_json)).each do |f|
  entry = {}
  begin
    t = Liquid::Template.parse(f["source"], line_numbers: true, error_mode: :warn)
    entry["warnings"] = t.warnings.map(&:to_s)
    if f["render"]
      page = %PAGE%
      data = payload.to_h.merge("page" => page, "content" => "%CONTENT%", "layout" => f["layout"])
      entry["output"] = t.render!(data, registers: {site: site, page: page})
    end
  rescue => e
    entry["error"] = "#{e.class}: #{e.message}"
  end
  out[f["path"]] = entry
end
puts JSON.generate(out)
"""


def template_files(site_dir: Path) -> list[dict[str, Any]]:
    """Every layout and include: its site-relative path, Liquid source and front matter."""
    import yaml

    files = []
    for folder in ("_layouts", "_includes"):
        for path in sorted((site_dir / folder).rglob("*")):
            if not path.is_file():
                continue
            text = path.read_text(encoding="utf-8", errors="replace")
            match = FRONT_MATTER.match(text) if folder == "_layouts" else None
            front = (yaml.safe_load(match.group(1)) or {}) if match else {}
            files.append({"path": str(path.relative_to(site_dir)),
                          "source": text[match.end():] if match else text,
                          "line_offset": text[:match.end()].count("\n") if match else 0,
                          "layout": front if isinstance(front, dict) else {},
                          "render": folder == "_layouts"})
    return files


def run_ruby(site_dir: Path, files: list[dict[str, Any]]) -> dict[str, Any]:
    script = (RUBY.replace("%TIME%", FIXED_TIME).replace("%PAGE%", ruby_literal(SAMPLE_PAGE))
              .replace("%CONTENT%", SAMPLE_CONTENT.replace("\n", "\\n")))
    with tempfile.TemporaryDirectory() as tmp:
        listing = Path(tmp) / "files.json"
        listing.write_text(json.dumps(files))
        done = subprocess.run(["ruby", "-e", script, str(site_dir), str(Path(tmp) / "dest"), str(listing)],
                              capture_output=True, text=True, check=False, env={"TZ": "UTC", "PATH": "/usr/bin:/bin"})
    if done.returncode != 0:
        sys.exit(f"ruby failed:\n{done.stderr}")
    return json.loads(done.stdout)


def ruby_literal(value: Any) -> str:
    """A Ruby literal for JSON-like data (JSON.parse of its JSON text)."""
    return f"JSON.parse({json.dumps(json.dumps(value))})"


def run_ours(site_dir: Path, files: list[dict[str, Any]]) -> dict[str, Any]:
    import os
    import time

    from jekyll_py import config as site_config
    from jekyll_py.site import Site

    os.environ["TZ"] = "UTC"
    time.tzset()
    with tempfile.TemporaryDirectory() as tmp:
        config = site_config.load(site_dir, None, {"destination": str(Path(tmp) / "dest"), "time": FIXED_TIME})
        site = Site(config)
        site.read()
        site.generate()
        engine = site.liquid
        out: dict[str, Any] = {}
        for f in files:
            out[f["path"]] = render_ours(site, engine, f)
    return out


def render_ours(site: Any, engine: Any, f: dict[str, Any]) -> dict[str, Any]:
    from jekyll_py.errors import LiquidError

    entry: dict[str, Any] = {}
    warnings = engine.env.parse_warnings
    start = len(warnings)
    try:
        template = engine.parse(f["source"], path=f["path"], line_offset=f["line_offset"])
        entry["warnings"] = warnings[start:]
        if f["render"]:
            payload = {**site.base_payload(), "page": dict(SAMPLE_PAGE), "content": SAMPLE_CONTENT,
                       "layout": f["layout"], "paginator": None}
            entry["output"] = engine.render(template, payload)
    except LiquidError as err:
        entry["error"] = str(err)
    return entry


def compare(ruby: dict[str, Any], ours: dict[str, Any], show_output: bool) -> int:
    """Print one line per file; return how many files differ."""
    differing = 0
    for path, theirs in ruby.items():
        mine = ours.get(path, {})
        problems = []
        if ("error" in theirs) != ("error" in mine):
            problems.append(f"error: ruby={theirs.get('error')!r} ours={mine.get('error')!r}")
        if len(theirs.get("warnings", [])) != len(mine.get("warnings", [])):
            problems.append(f"warnings: ruby={theirs.get('warnings')} ours={mine.get('warnings')}")
        if "output" in theirs and theirs["output"] != mine.get("output"):
            problems.append("output differs")
            if show_output:
                problems.append(_first_difference(theirs["output"], mine.get("output") or ""))
        status = "ok" if not problems else "DIFF"
        differing += bool(problems)
        print(f"{status:4} {path}" + "".join(f"\n     {p}" for p in problems))
    return differing


def _first_difference(expected: str, actual: str) -> str:
    index = next((i for i, (a, b) in enumerate(zip(expected, actual, strict=False)) if a != b),
                 min(len(expected), len(actual)))
    window = slice(max(0, index - 80), index + 80)
    return f"at {index}: ruby={expected[window]!r}\n     ours={actual[window]!r}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("site", type=Path)
    parser.add_argument("--show-output", action="store_true")
    args = parser.parse_args()
    site_dir = args.site.resolve()
    files = template_files(site_dir)
    ruby = run_ruby(site_dir, files)
    ours = run_ours(site_dir, files)
    differing = compare(ruby, ours, args.show_output)
    print(f"{len(files) - differing}/{len(files)} files agree")
    sys.exit(1 if differing else 0)


if __name__ == "__main__":
    main()
