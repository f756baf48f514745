"""jemoji 0.13: `:emoji:` in a rendered HTML page's body becomes GitHub's emoji `<img>`.

html-pipeline's EmojiFilter after rendering, outside `pre`, `code` and `tt`: `:+1:` becomes
`<img class="emoji" title=":+1:" alt=":+1:" src="SRC/emoji/unicode/1f44d.png" height="20" width="20">`
where SRC is https://github.githubassets.com/images/icons/ (`emoji: src:` in the config, or
`ASSET_HOST_URL`, changes the host). The names and code points come from the `emoji` package: its
GitHub aliases plus its CLDR names, which gemoji also has as aliases. gemoji's image file is `unicode/`
+ the code points in hex without FE0F/200D. Like gemoji 4.1, `:octocat:` and GitHub's other
non-Unicode emoji stay text.
"""

from __future__ import annotations

import os
import re
from functools import cache
from typing import TYPE_CHECKING, Any

from jekyll_py.plugins.html_pipeline import html_page, pipeline_document

if TYPE_CHECKING:
    from jekyll_py.plugins.registry import Registry

GITHUB_ASSET_HOST = "https://github.githubassets.com"
ASSET_PATH = "/images/icons/"
IGNORED_ANCESTORS = frozenset(("pre", "code", "tt"))
GEMOJI_NAME = re.compile(r"[a-z0-9_+\-]+")  # gemoji's aliases are lower case: never `:Albania:`
SKIN_TONE = re.compile("[\U0001f3fb-\U0001f3ff]")  # gemoji has no aliases for skin-tone variants


def image_filename(raw: str) -> str:
    """gemoji's Character#image_filename for a Unicode emoji."""
    hex_name = "-".join(f"{ord(char):04x}" for char in raw)
    return "unicode/" + re.sub(r"-(fe0f|200d)\b", "", hex_name) + ".png"


@cache
def github_emoji() -> dict[str, str]:
    """Alias → image file; an emoji's alias wins over another emoji's CLDR name (`:dog:` is 1f436).

    Checked against gemoji 4.1's db/emoji.json: every gemoji alias is here with gemoji's file, except
    `:egg:` and `:beetle:`, for which the package keeps gemoji 3's choice (fried egg, lady beetle); about
    a thousand CLDR names gemoji lacks (`:thumbs_up:`) are images here and text on GitHub.
    """
    import emoji

    by_alias: dict[str, str] = {}
    by_name: dict[str, str] = {}
    for raw, data in emoji.EMOJI_DATA.items():
        if SKIN_TONE.search(raw):
            continue
        for alias in data.get("alias") or []:
            by_alias.setdefault(alias.strip(":"), image_filename(raw))
        name = data["en"].strip(":")
        if GEMOJI_NAME.fullmatch(name):
            by_name.setdefault(name, image_filename(raw))
    return {**by_name, **by_alias}


@cache
def emoji_pattern() -> re.Pattern[str]:
    """html-pipeline's EmojiFilter.emoji_pattern: every alias, sorted, between colons."""
    names = sorted(github_emoji())
    return re.compile(":(" + "|".join(re.escape(name) for name in names) + "):")


def emoji_src(config: dict[str, Any]) -> str:
    setting = config.get("emoji")
    if isinstance(setting, dict) and "src" in setting:
        return str(setting["src"])
    host = os.environ.get("ASSET_HOST_URL", "")
    return (host.removesuffix("/") if host else GITHUB_ASSET_HOST) + ASSET_PATH


def file_join(root: str, path: str) -> str:
    """Ruby's File.join of two parts: exactly one slash between them."""
    return root.rstrip("/") + "/" + path.lstrip("/")


def emoji_images(text: str, src: str) -> str:
    """EmojiFilter#emoji_image_filter with jemoji's `align: nil`, printed as Nokogiri prints the tag."""
    files = github_emoji()

    def image(match: re.Match[str]) -> str:
        name = match.group(1)
        url = file_join(src, "emoji/" + files[name])
        return f'<img class="emoji" title=":{name}:" alt=":{name}:" src="{url}" height="20" width="20">'

    return emoji_pattern().sub(image, text)


def emojiable(doc: Any) -> bool:
    """jemoji's emojiable?, whose `a && b || c` makes any page with a `/` permalink qualify."""
    return html_page(doc) or str(doc.permalink or "").endswith("/")


def emojify(doc: Any) -> None:
    """The gem's post_render hook for one page or document."""
    if not emojiable(doc) or not doc.output or not emoji_pattern().search(doc.output):
        return
    src = emoji_src(doc.site.config)
    doc.output = pipeline_document(doc.output, lambda text: emoji_images(text, src), IGNORED_ANCESTORS)


def setup(plugin: Registry) -> None:
    plugin.hook("pages", "post_render")(emojify)
    plugin.hook("documents", "post_render")(emojify)
