"""HTML CV -> Markdown-ish text (h1 -> `#`, h2 -> `##`, h3 -> `###`, li -> `- `, blocks -> lines).

Reads cvtailor's own HTML output back (the round trip), and simple single-page HTML CVs.
Scripts, styles and the document head are skipped.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from cvtailor.text.cvtext import tidy_markdown

_BLOCK = {"p", "div", "section", "article", "header", "footer", "address", "tr", "br", "ul",
          "ol", "table", "dl", "dt", "dd", "blockquote", "main", "body"}
_SKIP = {"script", "style", "head", "title", "noscript", "template", "svg"}


class TextConverter(HTMLParser):
    """HTML -> Markdown-ish lines (headings, bullets, paragraphs), hidden text kept apart; the
    JD reader (`readers.html_jd`) extends it to leave a job page's site chrome out."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.current = ""
        self.prefix = ""
        self.skip = 0
        self.hidden: list[str] = []  # comments and invisible elements' text, left out
        self.hiding: list[str] = []  # open tags of an invisible element (and inside it)
        self.leaving: list[str] = []  # open tags of an element `leaves_out` drops (and inside)

    def leaves_out(self, tag: str, attrs: list[tuple[str, str | None]]) -> bool:
        """An element whose text is not the document's and is dropped whole (none here; the
        JD reader drops a job page's site chrome)."""
        return False

    def _flush(self) -> None:
        text = re.sub(r"\s+", " ", self.current).strip()
        if text:
            self.lines.append(self.prefix + text)
        self.current, self.prefix = "", ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """An opening tag: a new line, heading or bullet; an invisible element is set apart."""
        if self.leaving or self.leaves_out(tag, attrs):
            if tag not in VOID_TAGS:
                self.leaving.append(tag)
            return
        if tag in VOID_TAGS:
            if tag == "br" and not self.hiding:
                self._flush()
            return
        if self.hiding or _invisible(attrs):
            self.hiding.append(tag)
            return
        if tag in _SKIP:
            self.skip += 1
            return
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self._flush()
            self.lines.append("")
            self.prefix = "#" * min(int(tag[1]), 4) + " "
        elif tag == "li":
            self._flush()
            self.prefix = "- "
        elif tag in ("td", "th") and self.current.strip():
            self.current += " | "
        elif tag in _BLOCK:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        """A closing tag ends its line (and a hidden or dropped element)."""
        for stack in (self.leaving, self.hiding):
            if stack:
                if tag in stack:
                    while stack and stack.pop() != tag:
                        pass
                return
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
            return
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6", "li") or tag in _BLOCK:
            self._flush()
            if tag in ("h1", "h2", "ul", "ol", "p"):
                self.lines.append("")

    def handle_data(self, data: str) -> None:
        """Text: onto the current line, or to the hidden text (a dropped element's: nowhere)."""
        if self.leaving:
            return
        if self.hiding:
            if data.strip():
                self.hidden.append(data)
        elif not self.skip:
            self.current += data

    def handle_comment(self, data: str) -> None:
        """A comment is hidden text, never CV or JD text."""
        if data.strip():
            self.hidden.append(data)


# Elements with no end tag.
VOID_TAGS = {"br", "img", "hr", "meta", "link", "input", "wbr", "col", "area", "base", "source"}
_INVISIBLE_STYLE = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?:\.\d+)?(?:px|pt|em)?\s*(?:;|$)|"
    r"(?<![-\w])color\s*:\s*(?:#fff(?:fff)?\b|white\b|rgb\(\s*255\s*,\s*255\s*,\s*255\s*\))|"
    r"opacity\s*:\s*0(?:\.0+)?\s*(?:;|$)", re.I)


def _invisible(attrs: list[tuple[str, str | None]]) -> bool:
    """An element no browser shows: `hidden`, aria-hidden text, or an inline style that hides
    it (display:none, visibility:hidden, font-size:0, white text, opacity:0)."""
    for key, value in attrs:
        if key == "hidden" or (key == "aria-hidden" and (value or "").lower() == "true"):
            return True
        if key == "style" and value and _INVISIBLE_STYLE.search(value):
            return True
    return False


def html_to_markdown(text: str) -> str:
    """An HTML CV -> Markdown-ish text."""
    return html_to_markdown_hidden(text)[0]


def html_to_markdown_hidden(text: str) -> tuple[str, list[str]]:
    """An HTML CV -> (Markdown-ish text, warnings for the comments and invisible text left
    out, masked)."""
    from cvtailor.readers.hidden import masked

    conv = TextConverter()
    conv.feed(text)
    conv.close()
    conv._flush()
    notes = [f"Left out hidden text (HTML comment or invisible element): {masked(h)}"
             for h in conv.hidden[:50]]
    return tidy_markdown("\n".join(conv.lines)), notes
