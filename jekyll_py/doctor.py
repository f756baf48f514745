"""`jekyll-py doctor`'s checks: what in a site will differ from Jekyll's output or break on GitHub Pages.

Jekyll's own doctor (lib/jekyll/commands/doctor.rb) reads and generates the site, then looks for URL
conflicts, URLs that differ only by case, a missing or relative `url` and `_posts` outside
`collections_dir`. jekyll-py keeps those checks and adds the ones a Python build needs: Ruby plugins and
themes it cannot load, settings that break links, and the Jekyll 3 → 4 change in `{% link %}` and
`{% post_url %}`, which prepend `baseurl` since Jekyll 4.0 (GitHub Pages' classic build is Jekyll 3.10).

Each check is a small function returning `Finding`s; a finding says what is wrong and what to do.
Findings at level "problem" make the command exit 1, as Jekyll's doctor aborts; "note"s only inform.
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from jekyll_py.config import plugin_dirs
from jekyll_py.errors import JekyllPyError

if TYPE_CHECKING:
    from jekyll_py.site import Site

PROBLEM = "problem"
NOTE = "note"

# `{{ site.baseurl }}{% link x %}`: Jekyll 4's tag already returns relative_url(x), so baseurl doubles.
BASEURL_BEFORE_TAG = re.compile(
    r"\{\{-?\s*site\.baseurl\s*-?\}\}\s*\{%-?\s*(link|post_url)\s+([^%]*?)\s*-?%\}"
)
BARE_TAG = re.compile(r"\{%-?\s*(link|post_url)\s+([^%]*?)\s*-?%\}")
# Files whose text Jekyll renders with Liquid and which may hold these tags.
TEMPLATE_EXTENSIONS = {".html", ".htm", ".md", ".markdown", ".mkd", ".mkdn", ".mkdown", ".liquid", ".xml", ".txt"}
SKIPPED_DIRS = {".git", "node_modules", "vendor", ".jekyll-cache", ".sass-cache", "_site", ".bundle"}
MAX_SCANNED_BYTES = 2_000_000


@dataclass(frozen=True)
class Finding:
    """One thing the doctor found: `check` names the check, `advice` says what to do about it."""

    check: str
    message: str
    advice: str
    level: str = PROBLEM
    file: str | None = None

    def lines(self) -> list[str]:
        where = f" ({self.file})" if self.file else ""
        return [f"{self.message}{where}", f"→ {self.advice}"]


# -- configuration ---------------------------------------------------------------------------------

def listed_gems(config: dict[str, Any]) -> list[str]:
    """`plugins:` then the old `gems:`, each name once (what Jekyll requires)."""
    names: list[str] = []
    for key in ("plugins", "gems"):
        listed = config.get(key) or []
        for gem in listed if isinstance(listed, list) else [listed]:
            if str(gem) not in names:
                names.append(str(gem))
    return names


def provided_plugins() -> set[str]:
    """Gem names jekyll-py can load: built-ins whose module exists, and installed entry points."""
    from jekyll_py.plugins import BUILTIN, installed_entry_points

    builtin = {gem for gem, module in BUILTIN.items() if importlib.util.find_spec(module) is not None}
    return builtin | set(installed_entry_points())


def check_plugins(config: dict[str, Any]) -> list[Finding]:
    """Every listed gem jekyll-py cannot load is output Jekyll would have and we will not."""
    from jekyll_py.plugins import unknown_plugin_message

    provided = provided_plugins()
    return [
        Finding(
            "plugins",
            unknown_plugin_message(gem),
            f"remove {gem} from `plugins:` in _config.yml, or write a Python plugin that does its job "
            "(see the plugin API in jekyll_py/plugins/registry.py)",
        )
        for gem in listed_gems(config)
        if gem not in provided and gem != "jekyll-remote-theme"  # remote themes have their own check
    ]


def check_gems_key(config: dict[str, Any]) -> list[Finding]:
    """Jekyll 4 reads only `plugins:`; the Jekyll 3 name `gems:` is silently ignored there (not on Pages' 3.10)."""
    if not config.get("gems"):
        return []
    return [Finding(
        "gems-key",
        "`gems:` is the Jekyll 3 name of `plugins:`; Jekyll 4 ignores it, so its plugins (feed, sitemap, "
        "redirects...) run on GitHub Pages' classic build but not in a Jekyll 4 build",
        "rename `gems:` to `plugins:` in _config.yml (merge the lists if both are there)",
    )]


def check_ruby_plugins(source: Path, config: dict[str, Any]) -> list[Finding]:
    """`_plugins/*.rb` never runs here, and GitHub Pages' classic build (safe mode) skips it too."""
    findings = []
    for directory in plugin_dirs(source, config):
        for path in sorted(directory.rglob("*.rb")) if directory.is_dir() else []:
            findings.append(Finding(
                "ruby-plugin",
                "This Ruby plugin is not run by jekyll-py (nor by GitHub Pages' classic build)",
                "port it to Python as _plugins/" + path.stem + ".py with a setup(plugin) function, "
                "or delete it if the site does not need what it adds",
                file=str(path.relative_to(source)),
            ))
    return findings


def check_themes(config: dict[str, Any]) -> list[Finding]:
    """A gem theme or a remote theme supplies layouts we cannot fetch or unpack."""
    findings = []
    remote = config.get("remote_theme")
    if remote:
        findings.append(Finding(
            "remote-theme",
            f"remote_theme: {remote} is downloaded from GitHub at build time (jekyll-remote-theme); "
            "jekyll-py builds offline and does not fetch it",
            "copy the theme's _layouts, _includes, _sass and assets into the site and remove `remote_theme`",
        ))
    theme = config.get("theme")
    if theme:
        findings.append(Finding(
            "theme",
            f"theme: {theme} is a Ruby gem; jekyll-py cannot load gem themes",
            "copy the gem's _layouts, _includes, _sass and assets into the site (`bundle info --path "
            f"{theme}` shows where they are) and remove `theme`",
        ))
    return findings


def check_baseurl(config: dict[str, Any]) -> list[Finding]:
    """`baseurl` is a path: "/name", no trailing slash, no host; anything else breaks links."""
    baseurl = config.get("baseurl")
    if baseurl in (None, ""):
        return []
    value = str(baseurl)
    parts = urlsplit(value)
    if parts.scheme or value.startswith("//"):
        return [Finding(
            "baseurl",
            f"baseurl is a full URL ({value!r}); it must be the path part only",
            f"set `url: {parts.scheme or 'https'}://{parts.netloc}` and `baseurl: \"{parts.path.rstrip('/')}\"`",
        )]
    findings = []
    if not value.startswith("/"):
        findings.append(Finding(
            "baseurl",
            f"baseurl {value!r} has no leading slash, so `{{{{ site.baseurl }}}}/x` gives a relative link",
            f"write `baseurl: \"/{value.strip('/')}\"`",
        ))
    if value.endswith("/"):
        fixed = "/" + value.strip("/") if value.strip("/") else ""
        findings.append(Finding(
            "baseurl",
            f"baseurl {value!r} ends with a slash, so `{{{{ site.baseurl }}}}/x` gives `{value}/x` "
            "(a double slash; `//x` even points at another host)",
            f"write `baseurl: \"{fixed}\"`",
        ))
    return findings


def check_url(config: dict[str, Any]) -> list[Finding]:
    """Jekyll's `proper_site_url?` (url set, absolute) plus the mistakes that double slashes."""
    url = config.get("url")
    if url in (None, ""):
        return [Finding(
            "url",
            "You didn't set an URL in the config file, you may encounter problems with some plugins "
            "(feed, sitemap and SEO tags print relative links)",
            "set `url: https://USER.github.io` (scheme and host, no path) in _config.yml",
        )]
    value = str(url)
    parts = urlsplit(value)
    if not parts.scheme or not parts.netloc:
        return [Finding(
            "url",
            f"Your site URL {value!r} does not seem to be absolute",
            f"write it with its scheme: `url: https://{value.lstrip('/')}`",
        )]
    findings = []
    if value.endswith("/"):
        findings.append(Finding(
            "url",
            f"url {value!r} ends with a slash, so absolute_url and the feed print `//` after the host",
            f"write `url: {value.rstrip('/')}`",
        ))
    path = parts.path.strip("/")
    if path and not config.get("baseurl"):
        findings.append(Finding(
            "url",
            f"url {value!r} has a path but baseurl is empty, so relative_url links miss /{path}",
            f"write `url: {parts.scheme}://{parts.netloc}` and `baseurl: \"/{path}\"`",
        ))
    return findings


def check_relative_permalinks(config: dict[str, Any]) -> list[Finding]:
    if not config.get("relative_permalinks"):
        return []
    return [Finding(
        "relative-permalinks",
        "Your site still uses relative permalinks, which was removed in Jekyll v3.0.0",
        "remove `relative_permalinks` from _config.yml and give permalinks from the site root",
    )]


def check_posts_dir(source: Path, config: dict[str, Any]) -> list[Finding]:
    """Jekyll's `properly_gathered_posts?`: with a collections_dir, a root `_posts` is never read."""
    collections_dir = str(config.get("collections_dir") or "")
    if not collections_dir or not (source / "_posts").is_dir():
        return []
    return [Finding(
        "posts-dir",
        "Detected '_posts' directory outside custom `collections_dir`!",
        f"move '{source / '_posts'}' into '{source / collections_dir}'",
    )]


# -- templates -------------------------------------------------------------------------------------

def template_files(source: Path, config: dict[str, Any]) -> Iterator[Path]:
    """Text files Jekyll may render, outside the destination and dependency folders."""
    destination = Path(str(config.get("destination") or "_site"))
    skipped = SKIPPED_DIRS | {destination.name}
    for path in sorted(source.rglob("*")):
        rel = path.relative_to(source)
        if set(rel.parts[:-1]) & skipped or path.suffix.lower() not in TEMPLATE_EXTENSIONS:
            continue
        if path.is_file() and path.stat().st_size <= MAX_SCANNED_BYTES:
            yield path


def line_of(text: str, index: int) -> int:
    return text.count("\n", 0, index) + 1


def check_link_tags(source: Path, config: dict[str, Any], files: Iterable[Path] | None = None) -> list[Finding]:
    """Jekyll 4's `{% link %}` and `{% post_url %}` prepend baseurl; Jekyll 3 (GitHub Pages classic) did not.

    With a baseurl, `{{ site.baseurl }}{% link x %}` doubles it on Jekyll 4 (and jekyll-py), while a bare
    `{% link x %}` loses it on GitHub Pages' classic build: the first is a problem, the second a note.
    """
    if not str(config.get("baseurl") or "").strip("/"):
        return []
    findings: list[Finding] = []
    bare_files: list[str] = []
    for path in files if files is not None else template_files(source, config):
        text = path.read_text(encoding="utf-8", errors="replace")
        if "link" not in text and "post_url" not in text:
            continue
        rel = str(path.relative_to(source))
        doubled = list(BASEURL_BEFORE_TAG.finditer(text))
        for match in doubled:
            findings.append(Finding(
                "link-baseurl",
                f"`{match.group(0)}` puts baseurl twice in the URL on Jekyll 4 (the tag adds it already)",
                f"write `{{% {match.group(1)} {match.group(2)} %}}` without `{{{{ site.baseurl }}}}`",
                file=f"{rel}:{line_of(text, match.start())}",
            ))
        if len(list(BARE_TAG.finditer(text))) > len(doubled):
            bare_files.append(rel)
    if bare_files:
        findings.append(Finding(
            "link-jekyll3",
            f"{{% link %}}/{{% post_url %}} without site.baseurl in {len(bare_files)} file(s), e.g. {bare_files[0]}: "
            "right on Jekyll 4 and jekyll-py, but GitHub Pages' classic build (Jekyll 3.10) leaves baseurl out",
            "publish with a GitHub Actions workflow running Jekyll 4 (or jekyll-py), not the classic Pages build",
            level=NOTE,
        ))
    return findings


# -- the read site ---------------------------------------------------------------------------------

def is_redirect(item: Any) -> bool:
    """jekyll-redirect-from's pages may share a destination on purpose (Jekyll's allow_used_permalink?)."""
    from jekyll_py.page import PageWithoutAFile

    return isinstance(item, PageWithoutAFile) and "redirect" in (item.data or {})


def destinations(site: Site) -> dict[str, list[str]]:
    """Destination path → source paths of everything written there (Jekyll's destination_map)."""
    result: dict[str, list[str]] = {}
    for item in site.each_site_file():
        if is_redirect(item):
            continue
        result.setdefault(item.destination(), []).append(source_name(site, item))
    return result


def source_name(site: Site, item: Any) -> str:
    path = getattr(item, "path", None)
    if isinstance(path, Path):
        try:
            return str(path.relative_to(site.source))
        except ValueError:
            return str(path)
    return f"(generated) {item.destination()}"


def check_conflicts(site: Site) -> list[Finding]:
    return [
        Finding(
            "url-conflict",
            f"The destination {dest} is shared by multiple files: {', '.join(paths)}; the written file may end up "
            "with unexpected contents",
            "give one of them another `permalink:` in its front matter, or rename it",
        )
        for dest, paths in destinations(site).items()
        if len(paths) > 1
    ]


def check_case_collisions(site: Site) -> list[Finding]:
    """Destinations equal but for case overwrite each other on macOS and Windows file systems."""
    by_folded: dict[str, set[str]] = {}
    for dest in destinations(site):
        by_folded.setdefault(dest.casefold(), set()).add(dest)
    return [
        Finding(
            "url-case",
            "The following URLs only differ by case. On a case-insensitive file system one of the URLs will be "
            f"overwritten by the other: {', '.join(sorted(dests))}",
            "rename one of them, or give it a `permalink:` that differs by more than case",
        )
        for dests in by_folded.values()
        if len(dests) > 1
    ]


def read_site(config: dict[str, Any]) -> Site:
    """Read and generate, as Jekyll's doctor does: enough to know every destination, nothing rendered."""
    from jekyll_py.site import Site

    site = Site(config)
    site.reset()
    site.read()
    site.generate()
    return site


def check_site(config: dict[str, Any]) -> list[Finding]:
    try:
        site = read_site(config)
    except JekyllPyError as exc:
        return [Finding("read", f"The site could not be read: {exc}", "fix this first; `jekyll-py build` says more")]
    return check_conflicts(site) + check_case_collisions(site)


def diagnose(config: dict[str, Any]) -> list[Finding]:
    """Every check, configuration first, then the templates, then the read site."""
    source = Path(config["source"])
    return [
        *check_plugins(config),
        *check_gems_key(config),
        *check_ruby_plugins(source, config),
        *check_themes(config),
        *check_url(config),
        *check_baseurl(config),
        *check_relative_permalinks(config),
        *check_posts_dir(source, config),
        *check_link_tags(source, config),
        *check_site(config),
    ]
