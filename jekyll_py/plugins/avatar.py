"""jekyll-avatar 0.8: `{% avatar user [size=N] [lazy=true] [user=var] %}` → a GitHub avatar `<img>`."""

from __future__ import annotations

import os
import re
import zlib
from typing import TYPE_CHECKING
from urllib.parse import urljoin

from jekyll_py.plugins.liquid_tag import lookup, render_markup

if TYPE_CHECKING:
    from liquid import RenderContext

    from jekyll_py.plugins.registry import Registry

SERVERS = 4
DEFAULT_SIZE = "40"
API_VERSION = "3"
SCALES = (1, 2, 3, 4)
BASE_ATTRIBUTES = ("class", "alt", "width", "height", "data-proofer-ignore", "src")


class Avatar:
    """One rendering of the tag, after its markup went through Liquid."""

    def __init__(self, context: RenderContext, text: str, raw: str) -> None:
        size = re.search(r"\bsize=(\d+)\b", raw, re.I)
        self.size = size[1] if size else DEFAULT_SIZE
        self.lazy = "lazy=true" in text
        self.username = self._username(context, text, re.search(r"\buser=([\w.]+)\b", raw))
        host = os.environ.get("PAGES_AVATARS_URL", "")
        self.custom_host = host

    @staticmethod
    def _username(context: RenderContext, text: str, variable: re.Match[str] | None) -> str:
        if variable is not None:
            value = lookup(context, variable[1])
            return str(value) if value is not None else variable[1]
        name = text.split(" ")[0] if " " in text else text
        return name.replace("@", "", 1) if name.startswith("@") else name

    def path(self, scale: int = 1) -> str:
        size = self.size if scale == 1 else str(int(self.size) * scale)
        return f"{self.username}?v={API_VERSION}&s={size}"

    def url(self, scale: int = 1) -> str:
        if self.custom_host:
            base = self.custom_host if self.custom_host.endswith("/") else self.custom_host + "/"
            return urljoin(base, self.path(scale))
        server = zlib.crc32(self.path().encode("utf-8")) % SERVERS
        return f"https://avatars{server}.githubusercontent.com/{self.path(scale)}"

    def srcset(self) -> str:
        return ", ".join(f"{self.url(scale)} {scale}x" for scale in SCALES)

    def html(self) -> str:
        attributes = {
            "class": "avatar avatar-small" if int(self.size) < 48 else "avatar",
            "alt": self.username, "width": self.size, "height": self.size, "data-proofer-ignore": "true",
        }
        if self.lazy:
            attributes.update({"src": "", "data-src": self.url(), "data-srcset": self.srcset()})
        else:
            attributes.update({"src": self.url(), "srcset": self.srcset()})
        return "<img " + " ".join(f'{key}="{value}"' for key, value in attributes.items()) + " />"


def render_avatar(context: RenderContext, markup: str) -> str:
    raw = markup.strip()
    return Avatar(context, render_markup(context, raw), raw).html()


def setup(plugin: Registry) -> None:
    plugin.simple_tag("avatar")(render_avatar)
