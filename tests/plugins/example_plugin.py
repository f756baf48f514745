"""A test plugin using every registration of the plugin API; loaded by each loading path in the tests."""

from __future__ import annotations

from jekyll_py.converters import Converter
from jekyll_py.page import PageWithoutAFile


class UpcaseConverter(Converter):
    """`.upcase` files become upper-cased HTML."""

    def matches(self, ext: str) -> bool:
        return ext == ".upcase"

    def output_ext(self, ext: str) -> str:
        return ".html"

    def convert(self, content: str) -> str:
        return content.upper()


def setup(plugin):
    @plugin.generator
    def add_page(site):
        site.pages.append(PageWithoutAFile(site, "", "generated.html", content="made by {{ site.example.name }}",
                                           data={"layout": None}))

    plugin.converter(UpcaseConverter)

    @plugin.filter()
    def shout(value):
        return f"{value}!"

    @plugin.simple_tag("hello")
    def hello(context, markup):
        return f"hello {markup or 'world'}"

    @plugin.hook("pages", "post_render")
    def stamp(page):
        if page.output is not None and page.output_ext == ".html":
            page.output += "<!-- stamped -->"

    @plugin.hook("site", "after_init")
    def remember(site):
        site.config["example_initialised"] = True

    plugin.payload(lambda site: {"example": {"name": plugin.name}})
