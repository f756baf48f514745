"""Jekyll's hooks (`Jekyll::Hooks.register :site, :post_read`): callbacks per owner and event.

Owners are `site`, `pages`, `posts`, `documents` and `clean`; events are Jekyll's names
(`after_init`, `after_reset`, `post_read`, `pre_render`, `post_convert`, `post_render`, `post_write`,
`on_obsolete`). Built-in plugins and `_plugins/*.py` register through the same registry.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from typing import Any

Hook = Callable[..., Any]
NOT_DOCUMENT_OWNERS = frozenset({"site", "pages", "clean", "documents"})


class Hooks:
    def __init__(self) -> None:
        self._registry: dict[tuple[str, str], list[Hook]] = defaultdict(list)

    def register(self, owner: str, event: str, hook: Hook) -> Hook:
        self._registry[(owner, event)].append(hook)
        return hook

    def callbacks(self) -> list[Hook]:
        """Every registered hook (the parallel renderer looks at where they come from)."""
        return [hook for hooks in self._registry.values() for hook in hooks]

    def trigger(self, owner: str, event: str, *args: Any) -> None:
        for hook in self._registry.get((owner, event), ()):
            hook(*args)
        if owner not in NOT_DOCUMENT_OWNERS:
            # Document#trigger_hooks: a document fires its collection's hooks, then the :documents ones.
            for hook in self._registry.get(("documents", event), ()):
                hook(*args)
