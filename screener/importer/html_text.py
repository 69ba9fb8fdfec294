"""The text of a careers page saved from a browser (.html / .htm), laid out as the importer reads.

Parsed with the standard library's `html.parser`: it is maintained with CPython itself, is
built to read real-world (broken) markup without raising, decodes every named and numeric
entity, and adds no dependency to a desktop app whose only job here is to get the words of one
page. Scripts, styles and other non-text elements are dropped; links keep their text; block
elements become line breaks and list items become "- " bullets, which is what the section
finder expects.
"""

from __future__ import annotations

from html.parser import HTMLParser

# Elements whose content is never text a reader sees.
_HIDDEN = frozenset(
    {"script", "style", "noscript", "template", "svg", "math", "head", "iframe", "object", "canvas"}
)
_BLOCKS = frozenset(
    {
        "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hr", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "thead", "tfoot",
        "tr", "ul", "body", "html", "title",
    }
)  # fmt: skip
_VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "wbr", "col", "area", "source"})


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            if tag not in _VOID:
                self.hidden_depth += 1
            return
        if self.hidden_depth:
            return
        if tag == "br":
            self.parts.append("\n")
        elif tag == "li":
            self.parts.append("\n- ")
        elif tag in ("td", "th"):
            self.parts.append("  ")
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br" and not self.hidden_depth:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden_depth = max(0, self.hidden_depth - 1)
            return
        if not self.hidden_depth and (tag in _BLOCKS or tag == "li"):
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden_depth:
            # Inside a paragraph, source line breaks are only layout of the HTML file.
            # Spaces around inline markup ("<b>good</b> knowledge") still separate words.
            text = " ".join(data.split())
            before = " " if data[:1].isspace() else ""
            after = " " if data[-1:].isspace() and text else ""
            self.parts.append(f"{before}{text}{after}")


def html_to_text(markup: str) -> str:
    """The visible text of an HTML page, one block per line, list items as '- ' bullets."""
    collector = _TextCollector()
    collector.feed(markup)
    collector.close()
    lines = [" ".join(line.split()) for line in "".join(collector.parts).split("\n")]
    out: list[str] = []
    for line in lines:
        if line in ("", "-"):
            if out and out[-1]:
                out.append("")
            continue
        out.append(line)
    return "\n".join(out).strip() + "\n"


def looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in text)
