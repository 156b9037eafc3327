"""DOCX -> Markdown-ish text: paragraph styles, lists and tables, in document order.

Title / Heading 1..3 styles become `#`, `##`, `###`; list paragraphs (List styles or numbering)
become `- ` bullets; a table row of single-line cells becomes one line joined with ` | `, other
tables are read cell by cell. Header paragraphs (where a name often sits) come first.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from io import BytesIO
from typing import Any

from cvtailor.errors import InputError
from cvtailor.text.cvtext import tidy_markdown

_HEADING = re.compile(r"^(?:heading|überschrift|titre|título|titolo|kop)\s*(\d)", re.I)


def _runs_markdown(p: Any) -> str:
    """The paragraph's text with bold/italic runs as **...** / *...* (the CV parser reads them)."""
    pieces: list[tuple[str, bool, bool]] = []
    for run in p.runs:
        text = run.text
        if not text:
            continue
        bold, italic = bool(run.bold), bool(run.italic)
        if pieces and pieces[-1][1:] == (bold, italic):
            pieces[-1] = (pieces[-1][0] + text, bold, italic)
        else:
            pieces.append((text, bold, italic))
    if not pieces or "".join(t for t, _, _ in pieces) != p.text:
        return str(p.text)  # hyperlinks or fields: plain text is safer
    out = []
    for text, bold, italic in pieces:
        core = text.strip()
        if core and (bold or italic):
            mark = "**" if bold else "*"
            lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()):]
            out.append(f"{lead}{mark}{core}{mark}{trail}")
        else:
            out.append(text)
    return "".join(out)


def _paragraph_markdown(p: Any) -> str:
    text = re.sub(r"[ \t\u00a0]+", " ", _runs_markdown(p).replace("\t", " | ")).strip(" |")
    if not text:
        return ""
    style = (p.style.name if p.style is not None else "") or ""
    m = _HEADING.match(style)
    if style.lower() == "title":
        return f"# {text}"
    if m:
        level = min(int(m.group(1)) + 1, 4)  # Heading 1 = a section (##), Heading 2 = an entry
        return f"{'#' * level} {text}"
    ppr = p._p.pPr
    numbered = ppr is not None and ppr.numPr is not None
    if "list" in style.lower() or numbered:
        return f"- {text}"
    return text


def _blocks(parent: Any) -> Iterator[Any]:
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    body = parent.element.body if hasattr(parent, "element") and hasattr(
        parent.element, "body") else parent._element
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            yield Paragraph(child, parent)
        elif tag == "tbl":
            yield Table(child, parent)


def _table_lines(table: Any) -> list[str]:
    lines: list[str] = []
    for row in table.rows:
        cells: list[Any] = []
        for cell in row.cells:
            if not cells or cell._tc is not cells[-1]._tc:  # merged cells repeat
                cells.append(cell)
        texts = [[_paragraph_markdown(p) for p in c.paragraphs] for c in cells]
        texts = [[t for t in ts if t] for ts in texts]
        if all(len(ts) <= 1 for ts in texts) and not any(
                ts and ts[0].startswith(("#", "- ")) for ts in texts):
            line = " | ".join(ts[0] for ts in texts if ts)
            if line:
                lines.append(line)
            continue
        for cell, ts in zip(cells, texts, strict=True):
            lines += ts
            for inner in cell.tables:
                lines += _table_lines(inner)
    return lines


def docx_to_markdown(data: bytes, *, name: str = "", kind: str = "CV") -> str:
    """A DOCX file -> Markdown-ish text; InputError when damaged or without readable text."""
    try:
        import docx
    except ImportError:  # pragma: no cover - a runtime dependency
        raise InputError('reading DOCX needs python-docx: pip install python-docx') from None
    try:
        document = docx.Document(BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise InputError(f"{kind} file {name} is a damaged or unsupported DOCX ({exc})") from None
    lines = [*_header_lines(document), *_body_lines(document)]
    out = tidy_markdown("\n".join(lines))
    if len(out.split()) < 5:
        raise InputError(f"{kind} DOCX {name} has no readable text (text boxes and images are "
                         "not read); move the text into the document body")
    return out


def _header_lines(document: Any) -> list[str]:
    """The page headers' paragraphs (each once) and tables: where a name often sits."""
    lines: list[str] = []
    seen: set[str] = set()
    for section in document.sections:
        for p in section.header.paragraphs:
            text = _paragraph_markdown(p)
            if text and text not in seen:
                seen.add(text)
                lines.append(text)
        for table in section.header.tables:
            lines += _table_lines(table)
    return lines


def _body_lines(document: Any) -> list[str]:
    """The body's paragraphs and tables in document order; headings start after a blank line."""
    lines: list[str] = []
    for block in _blocks(document):
        if block.__class__.__name__ == "Table":
            lines += ["", *_table_lines(block), ""]
            continue
        text = _paragraph_markdown(block)
        if text.startswith("#"):
            lines += ["", text]
        elif text:
            lines.append(text)
        else:
            lines.append("")
    return lines
