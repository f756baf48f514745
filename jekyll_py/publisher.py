"""Whether a page or document is built at all (Jekyll::Publisher): `published:`, `--unpublished`, `--future`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jekyll_py.site import Site


class Publisher:
    def __init__(self, site: Site) -> None:
        self.site = site

    def publish(self, thing: Any) -> bool:
        return self.can_be_published(thing) and not self.hidden_in_the_future(thing)

    def can_be_published(self, thing: Any) -> bool:
        # `data.fetch("published", true)`: a key present but empty (nil) also hides the thing
        value = thing.data.get("published", True)
        return (value is not None and value is not False) or bool(self.site.config.get("unpublished"))

    def hidden_in_the_future(self, thing: Any) -> bool:
        """Only things with a date (documents) can be in the future; compared to the second, like Time#to_i."""
        date = getattr(thing, "date", None)
        if date is None or self.site.config.get("future"):
            return False
        return int(date.timestamp()) > int(self.site.time.timestamp())
