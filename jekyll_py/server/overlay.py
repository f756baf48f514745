"""How a build error looks in the browser: a full-window panel over the last good page.

The server puts it into every HTML page it serves while the last build failed; the live reload client
draws the same panel (same id and style) the moment a build fails, and the next good build reloads.
"""

from __future__ import annotations

import html

OVERLAY_ID = "jekyll-py-error"
OVERLAY_STYLE = (
    "position:fixed;inset:0;z-index:2147483647;margin:0;padding:2em;overflow:auto;"
    "background:rgba(20,20,20,.94);color:#ffb3b3;font:14px/1.5 ui-monospace,Menlo,Consolas,monospace;"
    "white-space:pre-wrap"
)
TITLE = "jekyll-py: the site could not be built"


def overlay_html(message: str) -> str:
    """The panel as HTML, for pages served while the error lasts."""
    return (f'<pre id="{OVERLAY_ID}" style="{OVERLAY_STYLE}"><b>{TITLE}</b>\n\n'
            f"{html.escape(message)}\n\n(fix the file and save: the page reloads by itself)</pre>")
