"""jekyll-gist 1.5: `{% gist [user/]id [file] %}` → the gist's `<script>` embed.

The Ruby plugin also fetches the code for a `<noscript>` fallback; jekyll-py never uses the network
while building, so it does what the plugin does offline: warn, leave the fallback out, and print the
logger's return value in its place (`gist: {noscript: false}` turns the fallback and warning off).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from jekyll_py import log
from jekyll_py.errors import LiquidError
from jekyll_py.plugins.liquid_tag import lookup, site_of

if TYPE_CHECKING:
    from liquid import RenderContext

    from jekyll_py.plugins.registry import Registry

ARGUMENTS = re.compile(r"\A(\S+|.*(?=/).+)\s?(\S*)\Z")
SYNTAX_HELP = """  Syntax error in tag 'gist' while parsing the following markup:

  {markup}

  Valid syntax:
    {{% gist user/1234567 %}}
    {{% gist user/1234567 foo.js %}}
    {{% gist 28949e1d5ee2273f9fd3 %}}
    {{% gist 28949e1d5ee2273f9fd3 best.md %}}
"""


def script_tag(gist_id: str, filename: str) -> str:
    url = f"https://gist.github.com/{gist_id}.js"
    if filename:
        url += f"?file={filename}"
    return f'<script src="{url}"> </script>'


def warn_no_fallback(gist_id: str) -> None:
    """The warning jekyll-gist prints when it cannot fetch the gist's code."""
    log.warn("Warning:", f"The <noscript> tag for your gist {gist_id} ")
    log.warn("", "could not be generated. This will affect users who do ")
    log.warn("", "not have JavaScript enabled in their browsers.")


def render_gist(context: RenderContext, markup: str) -> str:
    matched = ARGUMENTS.match(markup.strip())
    if matched is None:
        raise LiquidError(SYNTAX_HELP.format(markup=markup))
    gist_id, filename = matched[1].strip(), matched[2].strip()
    # A name the context knows is replaced by its value (`{% gist page.gist_id %}`).
    gist_id = _value_or_self(context, gist_id)
    filename = _value_or_self(context, filename) if filename else filename
    config = site_of(context).config
    settings: Any = config.get("gist")
    if isinstance(settings, dict) and settings.get("noscript") is False:
        return script_tag(gist_id, filename)
    warn_no_fallback(gist_id)
    # The Ruby tag outputs what its last `Jekyll.logger.warn` returned: true, or false when quiet.
    return ("false" if config.get("quiet") else "true") + script_tag(gist_id, filename)


def _value_or_self(context: RenderContext, name: str) -> str:
    value = lookup(context, name)
    return name if value is None else str(value)


def setup(plugin: Registry) -> None:
    plugin.simple_tag("gist")(render_gist)
