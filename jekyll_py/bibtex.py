"""BibTeX entries → academicpages publication documents (`_publications/*.md`).

academicpages users keep their papers in a .bib file and used to turn it into one Markdown file per paper
with a notebook (academicpages#197). This module does that conversion: parsing with bibtexparser (LaTeX
accents and braces decoded to Unicode through pylatexenc), then the front matter academicpages' templates
read (title, collection, category, date, venue, paperurl, citation, excerpt) and a short body. Writing the
files, and not clobbering hand edits, is jekyll_py/commands/import_bib.py's job.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime
import html
import json
import logging
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import bibtexparser
from bibtexparser import middlewares
from bibtexparser.model import DuplicateBlockKeyBlock
from pylatexenc.latex2text import LatexNodes2Text

from jekyll_py.errors import JekyllPyError

# academicpages' `publication_category` keys, by BibTeX entry type; anything else is a manuscript.
CATEGORY_BY_TYPE = {
    "article": "manuscripts",
    "inproceedings": "conferences",
    "conference": "conferences",
    "proceedings": "conferences",
    "book": "books",
    "inbook": "books",
    "incollection": "books",
    "booklet": "books",
}
VENUE_FIELDS = ("journal", "booktitle", "school", "institution", "publisher", "howpublished")
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
EXCERPT_LIMIT = 300
LATEX_TO_TEXT = LatexNodes2Text()


class BibtexError(JekyllPyError):
    kind = "BibTeX Error"


@dataclass
class Author:
    first: list[str]
    von: list[str]
    last: list[str]
    jr: list[str]

    def initials(self) -> list[str]:
        """`Jean-Paul Marie` → [`J.-P.`, `M.`], as citation styles abbreviate given names."""
        return ["-".join(part[:1] + "." for part in name.split("-") if part) for name in self.first]

    def surname(self) -> str:
        return " ".join(self.von + self.last)


@dataclass
class Publication:
    key: str
    entry_type: str
    title: str
    date: datetime.date
    authors: list[Author] = field(default_factory=list)
    venue: str = ""
    url: str = ""
    abstract: str = ""
    category: str = "manuscripts"
    line: int = 0


@dataclass
class ParseResult:
    publications: list[Publication]
    warnings: list[str]


def parse_library(text: str, source: str) -> ParseResult:
    """Parse a .bib text; entries that cannot become publications are reported, not fatal."""
    with quiet_logger("bibtexparser"):  # its messages duplicate the warnings returned here
        library = bibtexparser.parse_string(
            text,
            append_middleware=[
                # names are split before LaTeX is decoded, so `{The Team}` stays one name
                middlewares.SeparateCoAuthors(),
                middlewares.SplitNameParts(),
                middlewares.LatexDecodingMiddleware(),
            ],
        )
    warnings = [failed_block_warning(block, source) for block in library.failed_blocks]
    publications = []
    for entry in library.entries:
        try:
            publications.append(to_publication(entry))
        except BibtexError as exc:
            warnings.append(f"{source}:{entry.start_line + 1}: {exc.message}; entry '{entry.key}' skipped")
    return ParseResult(publications, warnings)


@contextlib.contextmanager
def quiet_logger(name: str) -> Iterator[None]:
    logger = logging.getLogger(name)
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


def failed_block_warning(block: object, source: str) -> str:
    line = getattr(block, "start_line", 0) + 1
    if isinstance(block, DuplicateBlockKeyBlock):
        return f"{source}:{line}: duplicate key '{block.key}' ignored; the first entry with that key is used"
    return f"{source}:{line}: could not parse this entry (unbalanced braces or quotes?); skipped"


def field_text(fields: dict, name: str) -> str:
    """A field's decoded value (grouping braces are gone, `\\{` is a brace), whitespace collapsed ("" if absent)."""
    item = fields.get(name)
    if item is None or not isinstance(item.value, str):
        return ""
    return " ".join(item.value.split())


def to_publication(entry: object) -> Publication:
    fields = {name.lower(): item for name, item in entry.fields_dict.items()}
    title = field_text(fields, "title")
    if not title:
        raise BibtexError("no title")
    entry_type = entry.entry_type.lower()
    return Publication(
        key=entry.key,
        entry_type=entry_type,
        title=title,
        date=entry_date(fields),
        authors=entry_authors(fields),
        venue=entry_venue(fields),
        url=entry_url(fields),
        abstract=field_text(fields, "abstract"),
        category=field_text(fields, "category") or CATEGORY_BY_TYPE.get(entry_type, "manuscripts"),
        line=entry.start_line + 1,
    )


def entry_authors(fields: dict) -> list[Author]:
    item = fields.get("author") or fields.get("editor")
    if item is None or isinstance(item.value, str):
        return []
    return [map_name_parts(name, decode_latex) for name in item.value]


NAME_PARTS = ("first", "von", "last", "jr")


def map_name_parts(name: object, function: Callable[[str], str]) -> Author:
    """An Author from anything with the four BibTeX name parts, `function` applied to every word."""
    return Author(*([function(word) for word in getattr(name, part)] for part in NAME_PARTS))


def decode_latex(text: str) -> str:
    """One name word from LaTeX to Unicode (`M{\\"u}ller` → `Müller`), braces dropped."""
    return LATEX_TO_TEXT.latex_to_text(text).replace("{", "").replace("}", "")


def entry_date(fields: dict) -> datetime.date:
    """year (required), month (`jun`, `June`, `6`) and day, each defaulting to the first."""
    year_text = field_text(fields, "year")
    if not re.fullmatch(r"\d{4}", year_text):
        raise BibtexError("no four-digit year" if not year_text else f"year '{year_text}' is not a four-digit year")
    month = parse_month(field_text(fields, "month"))
    day_text = field_text(fields, "day")
    day = int(day_text) if day_text.isdigit() else 1
    try:
        return datetime.date(int(year_text), month, day)
    except ValueError:
        return datetime.date(int(year_text), month, 1)


def parse_month(text: str) -> int:
    text = text.strip().lower()
    if text.isdigit() and 1 <= int(text) <= 12:
        return int(text)
    return MONTHS.index(text[:3]) + 1 if text[:3] in MONTHS else 1


def entry_venue(fields: dict) -> str:
    for name in VENUE_FIELDS:
        if value := field_text(fields, name):
            return value
    eprint = field_text(fields, "eprint")
    if eprint and field_text(fields, "archiveprefix").lower() == "arxiv":
        return f"arXiv preprint arXiv:{eprint}"
    return ""


def entry_url(fields: dict) -> str:
    """The paper's link: `url`, else the DOI resolver, else the arXiv abstract page."""
    if url := field_text(fields, "url"):
        return url
    if doi := field_text(fields, "doi"):
        return "https://doi.org/" + re.sub(r"^(https?://(dx\.)?doi\.org/|doi:)", "", doi, flags=re.IGNORECASE)
    eprint = field_text(fields, "eprint")
    if eprint and field_text(fields, "archiveprefix").lower() == "arxiv":
        return f"https://arxiv.org/abs/{eprint}"
    return ""


# --- citations -------------------------------------------------------------------------------------------


def join_names(names: list[str], conjunction: str, serial_comma: bool) -> str:
    if len(names) <= 1:
        return "".join(names)
    if len(names) == 2 and not serial_comma:
        return f"{names[0]} {conjunction} {names[1]}"
    return ", ".join(names[:-1]) + f", {conjunction} {names[-1]}"


def apa_name(author: Author) -> str:
    """`Müller, J.` (a name with no given part, like a consortium, stays whole)."""
    initials = " ".join(author.initials())
    name = f"{author.surname()}, {initials}" if initials else author.surname()
    return f"{name}, {' '.join(author.jr)}" if author.jr else name


def ieee_name(author: Author) -> str:
    """`J. Müller`."""
    name = " ".join([*author.initials(), author.surname()])
    return f"{name}, {' '.join(author.jr)}" if author.jr else name


def cite_apa(pub: Publication) -> str:
    authors = join_names([apa_name(a) for a in pub.authors], "&amp;", serial_comma=True)
    year = f"({pub.date.year})."
    parts = [f"{ensure_period(authors)} {year}" if authors else year, ensure_period(pub.title)]
    if pub.venue:
        parts.append(f"<i>{pub.venue}</i>.")
    return " ".join(parts)


def cite_ieee(pub: Publication) -> str:
    authors = join_names([ieee_name(a) for a in pub.authors], "and", serial_comma=len(pub.authors) > 2)
    title = f"&quot;{pub.title},&quot;"
    venue = f" <i>{pub.venue}</i>," if pub.venue else ""
    return f"{authors + ', ' if authors else ''}{title}{venue} {pub.date.year}."


def ensure_period(text: str) -> str:
    return text if text.endswith((".", "?", "!")) else text + "."


CITATION_STYLES = {"apa": cite_apa, "ieee": cite_ieee}


def citation(pub: Publication, style: str) -> str:
    """The citation as HTML: the text is escaped, then the style adds `<i>` and its own entities."""
    escaped = dataclasses.replace(
        pub,
        title=escape(pub.title),
        venue=escape(pub.venue),
        authors=[map_name_parts(author, escape) for author in pub.authors],
    )
    return CITATION_STYLES[style](escaped)


def escape(text: str) -> str:
    return html.escape(text, quote=False)


# --- the document ----------------------------------------------------------------------------------------


def excerpt(abstract: str) -> str:
    """The abstract's first sentence, cut at a word boundary when it is very long."""
    first = re.split(r"(?<=[.!?])\s+(?=[A-Z])", abstract, maxsplit=1)[0]
    if len(first) <= EXCERPT_LIMIT:
        return first
    return first[:EXCERPT_LIMIT].rsplit(" ", 1)[0] + "…"


def yaml_string(text: str) -> str:
    """A double-quoted YAML scalar (JSON's escaping is valid YAML and reads the same in Ruby's Psych)."""
    return json.dumps(text, ensure_ascii=False)


def front_matter_lines(pub: Publication, style: str) -> list[str]:
    values = [
        ("title", yaml_string(pub.title)),
        ("collection", "publications"),
        ("category", yaml_string(pub.category)),
        ("date", pub.date.isoformat()),  # unquoted, so Jekyll reads a Date as academicpages' files have
        ("venue", yaml_string(pub.venue) if pub.venue else None),
        ("paperurl", yaml_string(pub.url) if pub.url else None),
        ("citation", yaml_string(citation(pub, style))),
        ("excerpt", yaml_string(excerpt(pub.abstract)) if pub.abstract else None),
        ("bibtex_key", yaml_string(pub.key)),
    ]
    return [f"{name}: {value}" for name, value in values if value is not None]


def body(pub: Publication, style: str) -> str:
    """Abstract, download link and citation; wrapped in `raw` if the text would otherwise be read as Liquid."""
    paragraphs = []
    if pub.abstract:
        paragraphs.append(pub.abstract)
    if pub.url:
        paragraphs.append(f"[Download the paper]({pub.url})")
    paragraphs.append(f"Recommended citation: {citation(pub, style)}")
    text = "\n\n".join(paragraphs)
    if "{{" in text or "{%" in text:
        text = "{% raw %}\n" + text + "\n{% endraw %}"
    return text + "\n"


def document(pub: Publication, style: str = "apa") -> str:
    """The whole `_publications/*.md` file for one entry (without the import-bib hash line)."""
    return "---\n" + "\n".join(front_matter_lines(pub, style)) + "\n---\n\n" + body(pub, style)
