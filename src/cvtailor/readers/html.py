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


class _Converter(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.current = ""
        self.prefix = ""
        self.skip = 0

    def _flush(self) -> None:
        text = re.sub(r"\s+", " ", self.current).strip()
        if text:
            self.lines.append(self.prefix + text)
        self.current, self.prefix = "", ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
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
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
            return
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6", "li") or tag in _BLOCK:
            self._flush()
            if tag in ("h1", "h2", "ul", "ol", "p"):
                self.lines.append("")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.current += data


def html_to_markdown(text: str) -> str:
    """An HTML CV -> Markdown-ish text."""
    conv = _Converter()
    conv.feed(text)
    conv.close()
    conv._flush()
    return tidy_markdown("\n".join(conv.lines))
