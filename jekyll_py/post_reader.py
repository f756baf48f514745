"""Posts and drafts (Jekyll::PostReader): `<dir>/_posts` and, with `show_drafts`, `<dir>/_drafts`.

Every folder of the site may hold a `_posts` folder; the folders above it become the posts' categories.
A post needs a dated file name (`YYYY-MM-DD-slug.ext`); drafts need only an extension. Posts that may
not be published (`published: false`, a future date) are dropped here, with Jekyll's warning.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from jekyll_py import log
from jekyll_py.collection import filtered_files
from jekyll_py.document import DATE_FILENAME_RE, DATELESS_FILENAME_RE, Document

if TYPE_CHECKING:
    from jekyll_py.entry_filter import EntryFilter
    from jekyll_py.site import Site


class PostReader:
    def __init__(self, site: Site, entry_filter: EntryFilter) -> None:
        self.site = site
        self.filter = entry_filter

    def read_posts(self, rel_dir: str) -> list[Document]:
        return self.read_publishable(rel_dir, "_posts", DATE_FILENAME_RE)

    def read_drafts(self, rel_dir: str) -> list[Document]:
        return self.read_publishable(rel_dir, "_drafts", DATELESS_FILENAME_RE)

    def read_publishable(self, rel_dir: str, magic_dir: str, matcher: re.Pattern[str]) -> list[Document]:
        docs = self.read_content(rel_dir, magic_dir, matcher)
        for doc in docs:
            doc.read()
        return [doc for doc in docs if self.publishable(doc)]

    def read_content(self, rel_dir: str, magic_dir: str, matcher: re.Pattern[str]) -> list[Document]:
        """A document for every file of `rel_dir/magic_dir` whose name the matcher accepts."""
        folder = f"{rel_dir}/{magic_dir}" if rel_dir else magic_dir
        base = self.site.source / folder
        if not base.is_dir():
            return []
        posts = self.site.collections["posts"]
        # Dir["**/*"] leaves out dot files, which the filter would drop anyway
        return [
            Document(self.site, base / entry, posts)
            for entry in filtered_files(self.filter, base, folder)
            if matcher.match(entry)
        ]

    def publishable(self, doc: Document) -> bool:
        publisher = self.site.publisher
        will_publish = publisher.publish(doc)
        if not will_publish and publisher.hidden_in_the_future(doc):
            log.warn("Skipping:", f"{doc.relative_path} has a future date")
        return will_publish
