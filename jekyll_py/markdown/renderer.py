"""kramdown's HTML converter: the element tree back to HTML with kramdown's exact indentation,
attribute quoting, entity output, footnote section and table of contents."""

from __future__ import annotations

import re
from typing import Any

from .element import Element
from .entities import render_entity
from .options import Options
from .typography import QUOTE_CHARS, TYPO_CHARS, TYPO_ENTITIES

_TEXT_ESCAPE = re.compile(r"<|>|&(?!(?:[a-zA-Z][a-zA-Z0-9]*|#\d+|#x[0-9a-fA-F]+);)")
_ATTR_ESCAPE = re.compile(r"<|>|\"|&(?!(?:[a-zA-Z][a-zA-Z0-9]*|#\d+|#x[0-9a-fA-F]+);)")
_ALL_ESCAPE = re.compile(r"[<>&]")
_ESC = {"<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;"}
_VOID = frozenset("area base br col command embed hr img input keygen link meta param source track wbr".split())
_BACKLINK = '{}<a href="#fnref:{}" class="reversefootnote" role="doc-backlink">{}</a>'


def escape_text(text: str) -> str:
    return _TEXT_ESCAPE.sub(lambda m: _ESC[m.group()[0]], text)


def escape_all(text: str) -> str:
    return _ALL_ESCAPE.sub(lambda m: _ESC[m.group()], text)


def escape_attr(text: str) -> str:
    return _ATTR_ESCAPE.sub(lambda m: _ESC[m.group()[0]], text)


def html_attributes(attr: dict[str, Any]) -> str:
    return "".join(
        f' {k}="{escape_attr(str(v))}"'
        for k, v in attr.items()
        if v is not None and not (k == "id" and not str(v).strip())
    )


TOC_PLACEHOLDER = "\u200b\u200b"  # kramdown's mark for where the table of contents goes


class HtmlRenderer:
    """Converts one parsed document; holds footnote numbering and the collected ToC."""

    def __init__(self, options: Options, toc: list[tuple[int, str, Element]]) -> None:
        self.opts = options
        self.toc = toc
        self.footnotes: list[list[Any]] = []
        self.footnotes_by_name: dict[str, list[Any]] = {}
        self.footnote_counter = options.footnote_nr
        self.stack: list[Element] = []
        self.toc_list: Element | None = None

    # -- driver -------------------------------------------------------------------------------------

    def render(self, root: Element) -> str:
        result = self.inner(root, 0) + self.footnote_section()
        if self.toc_list is not None:  # kramdown converts the ToC last, unindented, where its list was
            tree = self.toc_tree(self.toc_list)
            result = result.replace(TOC_PLACEHOLDER, self.convert(tree, 0) if tree.children else "", 1)
        return result

    def inner(self, el: Element, indent: int) -> str:
        self.stack.append(el)
        try:
            return "".join(self.convert(child, indent) for child in el.children)
        finally:
            self.stack.pop()

    def convert(self, el: Element, indent: int) -> str:
        method = _CONVERTERS.get(el.type)
        if method is None:
            return self.inner(el, indent)
        return method(self, el, indent)

    def _block(self, el: Element, indent: int, tag: str | None = None) -> str:
        tag = tag or el.type
        body = self.inner(el, indent + 2)
        sp = " " * indent
        return f"{sp}<{tag}{html_attributes(el.attr)}>\n{body}{sp}</{tag}>\n"

    # -- blocks -------------------------------------------------------------------------------------

    def convert_blank(self, el: Element, indent: int) -> str:
        return "\n"

    def convert_eob(self, el: Element, indent: int) -> str:
        return ""

    def convert_p(self, el: Element, indent: int) -> str:
        if el.options.get("transparent"):
            return self.inner(el, indent)
        return f"{' ' * indent}<p{html_attributes(el.attr)}>{self.inner(el, indent)}</p>\n"

    def convert_header(self, el: Element, indent: int) -> str:
        tag = f"h{el.options['level']}"
        return f"{' ' * indent}<{tag}{html_attributes(el.attr)}>{self.inner(el, indent)}</{tag}>\n"

    def convert_hr(self, el: Element, indent: int) -> str:
        return f"{' ' * indent}<hr{html_attributes(el.attr)} />\n"

    def convert_blockquote(self, el: Element, indent: int) -> str:
        return self._block(el, indent)

    def convert_ul(self, el: Element, indent: int) -> str:
        if self.toc_list is None and "toc" in el.options.get("refs", ()) and self.toc is not None:
            self.toc_list = el
            return TOC_PLACEHOLDER
        return self._block(el, indent)

    convert_ol = convert_ul

    def convert_dl(self, el: Element, indent: int) -> str:
        return self._block(el, indent)

    def convert_li(self, el: Element, indent: int) -> str:
        sp = " " * indent
        out = f"{sp}<{el.type}{html_attributes(el.attr)}>"
        res = self.inner(el, indent + 2)
        first = el.children[0] if el.children else None
        if first is None or (first.type == "p" and first.options.get("transparent")):
            out += res + (sp if res.endswith("\n") else "")
        else:
            out += "\n" + res + sp
        return out + f"</{el.type}>\n"

    convert_dd = convert_li

    def convert_dt(self, el: Element, indent: int) -> str:
        return f"{' ' * indent}<dt{html_attributes(el.attr)}>{self.inner(el, indent)}</dt>\n"

    def convert_codeblock(self, el: Element, indent: int) -> str:
        attr = dict(el.attr)
        lang = el.options.get("lang")
        cls = attr.get("class", "")
        m = re.search(r"\blanguage-(\S+)", cls)
        if m:
            lang = lang or m.group(1)
            cls = (cls[: m.start()] + cls[m.end() :]).strip()
            attr["class"] = cls
            if not cls:
                del attr["class"]
        sp = " " * indent
        name = lang or (self.opts.default_lang or "plaintext")
        from jekyll_py.highlight import highlight_inner  # lazy: highlight imports this package's data

        highlighted = highlight_inner(el.value, name) if self.opts.highlights else None
        if highlighted is not None:
            classes = f"language-{name} highlighter-rouge"
            attr["class"] = f"{classes} {attr['class']}".strip() if attr.get("class") else classes
            attr = {"class": attr.pop("class"), **attr}
            return f"{sp}<div{html_attributes(attr)}>{highlighted}{sp}</div>\n"
        code_attr = {"class": f"language-{lang}"} if lang else {}
        text = escape_all(el.value).removesuffix("\n")
        return f"{sp}<pre{html_attributes(attr)}><code{html_attributes(code_attr)}>{text}\n</code></pre>\n"

    def convert_math(self, el: Element, indent: int) -> str:
        """kramdown's MathJax engine: a block is written unindented, in a `div` only when it has attributes."""
        value = escape_text(el.value)
        if el.options.get("category") == "block":
            if not el.attr:
                return f"\\[{value}\\]\n"
            return f"{' ' * indent}<div{html_attributes(el.attr)}>\\[{value}\\]\n</div>\n"
        if el.attr:
            return f"<span{html_attributes(el.attr)}>${el.value}$</span>"
        return f"\\({value}\\)"

    def convert_table(self, el: Element, indent: int) -> str:
        self.alignment = el.options.get("alignment", [])
        return self._block(el, indent)

    def convert_thead(self, el: Element, indent: int) -> str:
        return self._block(el, indent)

    convert_tbody = convert_thead
    convert_tfoot = convert_thead

    def convert_tr(self, el: Element, indent: int) -> str:
        return self._block(el, indent)

    def convert_td(self, el: Element, indent: int) -> str:
        tag = "th" if any(s.type == "thead" for s in self.stack) else "td"
        attr = dict(el.attr)
        row = self.stack[-1]
        idx = next(i for i, c in enumerate(row.children) if c is el)
        align = self.alignment[idx] if idx < len(self.alignment) else "default"
        if align != "default":
            attr["style"] = (attr.get("style", "") + f"text-align: {align}").strip()
        res = self.inner(el, indent)
        return f"{' ' * indent}<{tag}{html_attributes(attr)}>{res or chr(160)}</{tag}>\n"

    def convert_comment(self, el: Element, indent: int) -> str:
        value = el.value.removesuffix("\n")
        if el.options.get("category") == "block":
            return f"{' ' * indent}<!-- {value} -->\n"
        return f"<!-- {value} -->"

    def convert_nomarkdown(self, el: Element, indent: int) -> str:
        return el.value

    def convert_xml_comment(self, el: Element, indent: int) -> str:
        if el.options.get("category") == "block" and not self._in_raw_html():
            return f"{' ' * indent}{el.value}\n"
        return el.value

    convert_xml_pi = convert_xml_comment

    def _in_raw_html(self) -> bool:
        parent = self.stack[-1] if self.stack else None
        return parent is not None and parent.type == "html_element" and parent.options.get("content_model") == "raw"

    def convert_html_element(self, el: Element, indent: int) -> str:
        name = el.value
        res = self.inner(el, indent + 2)  # kramdown indents children one step, whatever the content model
        attrs = html_attributes(el.attr)
        if el.options.get("category") == "span":
            if not res and name in _VOID:
                return f"<{name}{attrs} />"
            return f"<{name}{attrs}>{res}</{name}>"
        raw_parent = self._in_raw_html()
        out = "" if raw_parent else " " * indent
        out += f"<{name}{attrs}"
        model = el.options.get("content_model")
        if el.options.get("is_closed") and model == "raw":
            out += " />"
        elif res and model != "block":
            out += f">{res}</{name}>"
        elif res:
            out += f">\n{res.removesuffix(chr(10))}\n{' ' * indent}</{name}>"
        elif name in _VOID:
            out += " />"
        else:
            out += f"></{name}>"
        return out if raw_parent else out + "\n"

    # -- spans --------------------------------------------------------------------------------------

    def convert_text(self, el: Element, indent: int) -> str:
        return escape_text(el.value)

    def convert_raw(self, el: Element, indent: int) -> str:
        return el.value

    def convert_em(self, el: Element, indent: int) -> str:
        return f"<{el.type}{html_attributes(el.attr)}>{self.inner(el, indent)}</{el.type}>"

    convert_strong = convert_em

    def convert_a(self, el: Element, indent: int) -> str:
        return f"<a{html_attributes(el.attr)}>{self.inner(el, indent)}</a>"

    def convert_img(self, el: Element, indent: int) -> str:
        return f"<img{html_attributes(el.attr)} />"

    def convert_codespan(self, el: Element, indent: int) -> str:
        attr = dict(el.attr)
        cls = attr.get("class", "")
        m = re.search(r"\blanguage-(\S+)", cls)
        lang = m.group(1) if m else None
        if not self.opts.highlights:
            return f"<code{html_attributes(attr)}>{escape_all(el.value)}</code>"
        if lang is None:
            attr["class"] = ("language-plaintext highlighter-rouge " + cls).strip()
            return f"<code{html_attributes(attr)}>{escape_all(el.value)}</code>"
        from jekyll_py.highlight import format_tokens, rouge_knows

        if not rouge_knows(lang):
            return f"<code{html_attributes(attr)}>{escape_all(el.value)}</code>"
        attr["class"] = (cls + " highlighter-rouge").strip()
        return f"<code{html_attributes(attr)}>{format_tokens(el.value, lang)}</code>"

    def convert_br(self, el: Element, indent: int) -> str:
        return "<br />"

    def convert_smart_quote(self, el: Element, indent: int) -> str:
        idx = ("lsquo", "rsquo", "ldquo", "rdquo").index(el.value)
        name = self.opts.smart_quotes[idx]
        return self._named_char(name, QUOTE_CHARS)

    def _named_char(self, name: str, table: dict[str, str]) -> str:
        from .entities import lookup_named

        if name.startswith("#"):
            digits = name[1:]
            num = int(digits[1:], 16) if digits[:1] in "xX" and digits[:1] else int(digits)
            char = chr(num)
        else:
            char = table.get(name) or lookup_named(name) or name
        return render_entity(f"&{name};", char, self.opts.entity_output)

    def convert_typographic_sym(self, el: Element, indent: int) -> str:
        custom = self.opts.typographic_symbols.get(el.value)
        if custom is not None:
            return escape_text(custom)
        if self.opts.entity_output in ("as_char", "as_input"):
            return TYPO_CHARS[el.value]
        text = TYPO_ENTITIES[el.value]
        return text

    def convert_entity(self, el: Element, indent: int) -> str:
        source, char = el.value
        return render_entity(source, char, self.opts.entity_output)

    def convert_abbreviation(self, el: Element, indent: int) -> str:
        title = el.options.get("title")
        attr = dict(el.attr)  # the definition's IAL, then the title (kramdown's order)
        if title:
            attr["title"] = title
        return f"<abbr{html_attributes(attr)}>{escape_text(el.value)}</abbr>"

    # -- footnotes ----------------------------------------------------------------------------------

    def convert_footnote(self, el: Element, indent: int) -> str:
        name = el.options["name"]
        repeat = ""
        known = self.footnotes_by_name.get(name)
        if known is not None:
            number = known[2]
            known[3] += 1
            repeat = f":{known[3]}"
        else:
            number = self.footnote_counter
            self.footnote_counter += 1
            entry = [name, el.value, number, 0]
            self.footnotes.append(entry)
            self.footnotes_by_name[name] = entry
        return (
            f'<sup id="fnref:{name}{repeat}" role="doc-noteref">'
            f'<a href="#fn:{name}" class="footnote" rel="footnote">{number}</a></sup>'
        )

    def footnote_section(self) -> str:
        import copy

        items: list[str] = []
        backlink = escape_text(self.opts.footnote_backlink)
        i = 0
        while i < len(self.footnotes):
            name, data, _number, repeat = self.footnotes[i]
            li = Element("li", attr={"id": f"fn:{name}", "role": "doc-endnote"})
            li.children = copy.deepcopy(data.children)
            para, insert_space = None, False
            if (li.children and li.children[-1].type == "p") or self.opts.footnote_backlink_inline:
                parent = li
                while parent.children and parent.children[-1].type not in ("p", "header"):
                    parent = parent.children[-1]
                para = parent.children[-1] if parent.children else None
                insert_space = para is not None
            if para is None:
                para = Element("p")
                li.children.append(para)
            if self.opts.footnote_backlink:
                para.children.append(Element("raw", _BACKLINK.format("\u00a0" if insert_space else "", name, backlink)))
                for idx in range(1, repeat + 1):
                    para.children.append(
                        Element("raw", _BACKLINK.format("\u00a0", f"{name}:{idx}", f"{backlink}<sup>{idx + 1}</sup>"))
                    )
            items.append(self.convert(li, 4))
            i += 1
        if not items:
            return ""
        start = f' start="{self.opts.footnote_nr}"' if self.opts.footnote_nr != 1 else ""
        return (
            '<div class="footnotes" role="doc-endnotes">\n'
            f"  <ol{start}>\n{''.join(items)}  </ol>\n</div>\n"
        )

    # -- table of contents --------------------------------------------------------------------------

    def toc_tree(self, placeholder: Element) -> Element:
        import copy

        sections = Element(placeholder.type, attr=dict(placeholder.attr))
        sections.attr.setdefault("id", "markdown-toc")
        stack: list[Element] = []
        for level, hid, header in self.toc:
            li = Element("li", options={"level": level})
            para = Element("p", options={"transparent": True})
            a = Element("a", attr={"href": f"#{hid}", "id": f"{sections.attr['id']}-{hid}"})
            a.children = _toc_entry(copy.deepcopy(header.children))
            para.children.append(a)
            li.children.extend([para, Element(placeholder.type)])
            while True:
                if not stack:
                    sections.children.append(li)
                    stack.append(li)
                    break
                if stack[-1].options["level"] < level:
                    stack[-1].children[-1].children.append(li)
                    stack.append(li)
                    break
                item = stack.pop()
                if not item.children[-1].children:
                    item.children.pop()
        while stack:
            item = stack.pop()
            if not item.children[-1].children:
                item.children.pop()
        return sections


def _toc_entry(children: list[Element]) -> list[Element]:
    """Header content for a ToC link: footnote markers dropped and links unwrapped, as kramdown does."""
    out: list[Element] = []
    for child in children:
        if child.type == "footnote":
            continue
        if child.type == "a":
            out.extend(_toc_entry(child.children))
            continue
        child.children = _toc_entry(child.children)
        out.append(child)
    return out


# Element type -> its `convert_*` method, looked up once instead of by name for every element.
_CONVERTERS = {name.removeprefix("convert_"): method for name, method in vars(HtmlRenderer).items()
               if name.startswith("convert_")}
