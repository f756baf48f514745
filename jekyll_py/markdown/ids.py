"""Header ids: kramdown-parser-gfm's GitHub-style ids, and kramdown's own algorithm for headers it
leaves to the converter (those inside HTML elements, or with `input: kramdown`)."""

from __future__ import annotations

import re

from jekyll_py.onigmo_words import P_WORD

# kramdown-parser-gfm's NON_WORD_RE, /[^\p{Word}\- \t]/: Onigmo's \p{Word}, not Python's \w (which keeps ① and ½)
_GFM_NON_WORD = re.compile(rf"[^{P_WORD}\- \t]")


class IdGenerator:
    """Tracks used ids per document so duplicates get `-1`, `-2`, ... like kramdown."""

    def __init__(self, prefix: str = "") -> None:
        self.prefix = prefix
        self.gfm_counts: dict[str, int] = {}
        self.used: dict[str, int] = {}

    def gfm(self, text: str) -> str:
        """kramdown-parser-gfm: lowercase, drop non-word characters except `-`/space, spaces to `-`."""
        result = _GFM_NON_WORD.sub("", text.lower()).replace(" ", "-").replace("\t", "-")
        count = self.gfm_counts.get(result, 0) + 1
        self.gfm_counts[result] = count
        if count > 1:
            result += f"-{count - 1}"
        return self.prefix + result

    def kramdown(self, text: str) -> str:
        """kramdown's basic id: leading non-letters dropped, only [a-z0-9 -] kept, 'section' if empty."""
        gen = re.sub(r"^[^a-zA-Z]+", "", text, flags=re.M)
        gen = re.sub(r"[^a-zA-Z0-9 -]", "", gen).replace(" ", "-").lower() or "section"
        if gen in self.used:
            self.used[gen] += 1
            gen += f"-{self.used[gen]}"
        else:
            self.used[gen] = 0
        return self.prefix + gen
