"""jekyll-mentions 1.6: `@user` in a rendered HTML page's body becomes a link to the user's profile.

html-pipeline's MentionFilter on every page and written document after rendering: not inside `pre`,
`code`, `a`, `style` or `script`, and `@mention`/`@mentions`/... stay text. The base URL comes from
`jekyll-mentions:` (a string, or `base_url:` in a mapping) in the config or the page's front matter;
`jekyll-mentions: false` in front matter leaves the page alone.
"""

from __future__ import annotations

import os
import re
from typing import TYPE_CHECKING, Any

from jekyll_py.errors import ConfigError
from jekyll_py.plugins.html_pipeline import html_page, pipeline_document

if TYPE_CHECKING:
    from jekyll_py.plugins.registry import Registry

GITHUB_DOT_COM = "https://github.com"
IGNORE_PARENTS = frozenset(("pre", "code", "a", "style", "script"))
MENTION_LOGINS = frozenset(("mention", "mentions", "mentioned", "mentioning"))
# html-pipeline's MentionPatterns[/[\w][\w-]*/] (Ruby's ^ and $ match at every line, \w is ASCII)
MENTION = re.compile(
    r"(?:^|\W)@((?>\w[\w-]*))(?!/)(?=\.+[ \t\W]|\.+$|[^0-9a-zA-Z_.]|$)", re.I | re.M | re.A
)


def mention_base(config: dict[str, Any]) -> str:
    """`jekyll-mentions:` as a URL or `{base_url: URL}`; GitHub (or GITHUB_HOSTNAME) otherwise."""
    setting = config.get("jekyll-mentions")
    if setting is None:
        return default_base()
    if isinstance(setting, str):
        return setting
    if isinstance(setting, dict):
        return str(setting.get("base_url", default_base()))
    raise ConfigError(
        "Your jekyll-mentions config has to either be a string or a hash. "
        f"It's a {ruby_class_name(setting)} right now."
    )


def ruby_class_name(value: Any) -> str:
    names = {bool: "TrueClass" if value else "FalseClass", int: "Integer", float: "Float", list: "Array"}
    return names.get(type(value), type(value).__name__)


def default_base() -> str:
    ssl, host = os.environ.get("SSL", ""), os.environ.get("GITHUB_HOSTNAME", "")
    if ssl and host:
        return ("https://" if ssl == "true" else "http://") + host.removesuffix("/")
    return GITHUB_DOT_COM


def link_mentions(text: str, base_url: str) -> str:
    """MentionFilter#mention_link_filter, printed as Nokogiri prints the link it inserts."""
    url = base_url if base_url.endswith(("/", "~")) else base_url + "/"

    def link(match: re.Match[str]) -> str:
        login = match.group(1)
        if login.lower() in MENTION_LOGINS:  # no :info_url, so these stay text
            return match.group()
        anchor = f'<a href="{url}{login}" class="user-mention">@{login}</a>'
        return match.group().replace(f"@{login}", anchor, 1)

    return MENTION.sub(link, text)


def mentionify(doc: Any) -> None:
    """The gem's post_render hook for one page or document."""
    if not html_page(doc) or doc.data.get("jekyll-mentions") is False or "@" not in (doc.output or ""):
        return
    config = doc.site.config
    if "jekyll-mentions" in doc.data:
        config = {**config, **doc.data}
    base = mention_base(config)
    doc.output = pipeline_document(doc.output, lambda text: link_mentions(text, base), IGNORE_PARENTS, MENTION)


def setup(plugin: Registry) -> None:
    plugin.hook("pages", "post_render")(mentionify)
    plugin.hook("documents", "post_render")(mentionify)
