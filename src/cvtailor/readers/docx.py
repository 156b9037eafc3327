"""DOCX -> Markdown-ish text: paragraph styles, lists and tables, in document order.

Title / Heading 1..3 styles become `#`, `##`, `###`; list paragraphs (List styles or numbering)
become `- ` bullets; a table row of single-line cells becomes one line joined with ` | `, other
tables are read cell by cell. Header paragraphs (where a name often sits) come first.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from collections.abc import Iterator
from io import BytesIO
from typing import Any

from cvtailor.errors import InputError
from cvtailor.readers.hidden import masked
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


# A person specification's column heads: "Essential" and "Desirable" (UK), "Required" and
# "Preferred"; a column such as "How assessed" says nothing the candidate brings.
_CRITERIA_HEAD = re.compile(r"^(?:essential|desirable|required|preferred)(?: criteria| "
                            r"requirements| qualifications)?:?$", re.IGNORECASE)


def _cells(row: Any) -> list[Any]:
    """A table row's cells, each once: python-docx repeats a merged cell for every column it
    spans."""
    cells: list[Any] = []
    for cell in row.cells:
        if not cells or cell._tc is not cells[-1]._tc:
            cells.append(cell)
    return cells


def _criteria_lines(table: Any) -> list[str] | None:
    """A person specification table ("Criteria | Essential | Desirable", a row per criterion,
    a line per item in a cell) as a list under each column's head ("Essential:" then its items,
    row by row), so each item keeps the column that says how much it is wanted. None for any
    other table."""
    rows = [_cells(row) for row in table.rows]
    if len(rows) < 2:
        return None
    heads = [cell.text.strip() for cell in rows[0]]
    columns = [n for n, head in enumerate(heads) if n and _CRITERIA_HEAD.match(head)]
    if not columns:
        return None
    lines: list[str] = []
    for n in columns:
        items = [text for row in rows[1:] if n < len(row)
                 for text in (_paragraph_markdown(p) for p in row[n].paragraphs) if text]
        if items:
            lines += [f"{heads[n].rstrip(':')}:",
                      *(item if item.startswith("- ") else f"- {item}" for item in items), ""]
    return lines


def _table_lines(table: Any) -> list[str]:
    criteria = _criteria_lines(table)
    if criteria is not None:
        return criteria
    lines: list[str] = []
    for row in table.rows:
        cells = _cells(row)
        texts = [[line for p in c.paragraphs for line in (*_text_boxes(p), _paragraph_markdown(p))]
                 for c in cells]
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


MAX_UNPACKED = 40 * 1024 * 1024  # all parts, decompressed; a long CV's DOCX is < 2 MB
MAX_RATIO = 200  # decompressed / compressed size of one part (text XML compresses ~10x)
MAX_PARTS = 2_000
MAX_PARAGRAPHS = 20_000  # a 10-page CV has a few hundred
MAX_CELLS = 5_000  # table cells: python-docx reads a table's rows in quadratic time
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def check_archive(data: bytes, name: str = "", kind: str = "CV") -> None:
    """Refuse a DOCX before unpacking it when its parts would inflate beyond the bounds (a zip
    bomb) or it holds more paragraphs than any CV: sizes from the ZIP directory, then a count
    of paragraph tags read in bounded chunks."""
    what = f"{kind} DOCX {name}".rstrip()
    try:
        archive = zipfile.ZipFile(BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise InputError(f"{what} is a damaged DOCX ({exc})") from None
    if len(infos) > MAX_PARTS:
        raise InputError(f"{what} has {len(infos)} parts; the limit is {MAX_PARTS}")
    total = sum(i.file_size for i in infos)
    if total > MAX_UNPACKED:
        raise InputError(f"{what} unpacks to {total // 1024 // 1024} MB; the limit is "
                         f"{MAX_UNPACKED // 1024 // 1024} MB (is it a zip bomb?)")
    for info in infos:
        if info.file_size > 1_000_000 and info.file_size > MAX_RATIO * max(1, info.compress_size):
            raise InputError(f"{what}: part {info.filename} inflates {info.file_size // max(1, info.compress_size)}x"
                             " (a zip bomb?)")
    try:
        body = archive.open("word/document.xml")
    except KeyError:
        raise InputError(f"{what} has no word/document.xml") from None
    count, cells, read, tail = 0, 0, 0, b""

    def tags(data: bytes, tag: bytes) -> int:
        return data.count(tag + b">") + data.count(tag + b" ")

    with body:
        while chunk := body.read(1 << 20):
            read += len(chunk)
            if read > MAX_UNPACKED:  # the directory lied about the size
                raise InputError(f"{what} unpacks to more than {MAX_UNPACKED // 1024 // 1024} MB")
            window = tail + chunk
            count += tags(window, b"<w:p") - tags(tail, b"<w:p")
            cells += tags(window, b"<w:tc") - tags(tail, b"<w:tc")
            tail = window[-6:]
    if count > MAX_PARAGRAPHS:
        raise InputError(f"{what} has {count} paragraphs; the limit is {MAX_PARAGRAPHS}")
    if cells > MAX_CELLS:
        raise InputError(f"{what} has {cells} table cells; the limit is {MAX_CELLS}")


def docx_to_markdown_checked(data: bytes, *, name: str = "",
                             kind: str = "CV") -> tuple[str, list[str]]:
    """The archive checked for size bounds, then read; hidden runs (`w:vanish`, white text)
    left out and returned as masked warnings."""
    from lxml import etree

    what = f"{kind} DOCX {name}".rstrip()
    hidden: list[str] = []
    try:
        check_archive(data, name, kind)
        text = docx_to_markdown(data, name=name, kind=kind, hidden=hidden)
    except InputError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError,
            OSError) as exc:
        raise InputError(f"{what} is a damaged ZIP archive ({_detail(exc)}); save it again "
                         "as DOCX") from None
    except etree.XMLSyntaxError as exc:
        raise InputError(f"{what} is damaged: its XML is not well-formed ({_detail(exc)}); "
                         "save it again as DOCX") from None
    except (etree.LxmlError, KeyError, ValueError, AttributeError, TypeError,
            IndexError) as exc:
        raise InputError(f"{what} is damaged or not a Word document: a part is missing or "
                         f"malformed ({_detail(exc)}); save it again as DOCX") from None
    return text, hidden


def _detail(exc: BaseException) -> str:
    text = re.sub(r"\s+", " ", str(exc)).strip()[:100]
    return text if text and text.lower() != "unknown error" else "no detail"


def docx_to_markdown(data: bytes, *, name: str = "", kind: str = "CV",
                     hidden: list[str] | None = None) -> str:
    """A DOCX file -> Markdown-ish text; InputError when damaged or without readable text."""
    try:
        import docx
    except ImportError:  # pragma: no cover - a runtime dependency
        raise InputError('reading DOCX needs python-docx: pip install python-docx') from None
    try:
        document = docx.Document(BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise InputError(f"{kind} file {name} is a damaged or unsupported DOCX ({exc})") from None
    found = _remove_hidden_runs(document)
    if hidden is not None:
        hidden += [f"Left out hidden text (DOCX {why} run): {masked(t)}" for why, t in found]
    lines = [*_header_lines(document), *_body_lines(document)]
    out = tidy_markdown("\n".join(lines))
    if len(out.split()) < 5:
        raise InputError(f"{kind} DOCX {name} has no readable text (text in images is not "
                         "read); save it as a PDF or paste the text into a .txt file")
    return out


def _hidden_why(rpr: Any) -> str:
    """Why a run is invisible ('vanish', 'white', 'tiny'), or ''."""
    if rpr is None:
        return ""
    vanish = rpr.find(f"{_W}vanish")
    if vanish is not None and vanish.get(f"{_W}val", "true") not in ("0", "false", "off"):
        return "vanish"
    color = rpr.find(f"{_W}color")
    val = (color.get(f"{_W}val") or "").lower() if color is not None else ""
    if re.fullmatch(r"[0-9a-f]{6}", val) and min(int(val[i:i + 2], 16) for i in (0, 2, 4)) >= 0xF0:
        highlight = rpr.find(f"{_W}shd")
        if highlight is None:
            return "white"
    size = rpr.find(f"{_W}sz")
    try:
        half_points = int(size.get(f"{_W}val")) if size is not None else 0
    except (TypeError, ValueError):
        half_points = 0
    if 0 < half_points < 8:  # under 4 pt
        return "tiny"
    return ""


def _remove_hidden_runs(document: Any) -> list[tuple[str, str]]:
    """Remove every invisible run from the document tree (body, tables, headers); return
    (why, text) for each that held text."""
    found: list[tuple[str, str]] = []
    roots = [document.element.body]
    for section in document.sections:
        roots.append(section.header._element)
    for root in roots:
        for run in list(root.iter(f"{_W}r")):
            why = _hidden_why(run.find(f"{_W}rPr"))
            if not why:
                continue
            text = "".join(t.text or "" for t in run.iter(f"{_W}t"))
            parent = run.getparent()
            if parent is not None:
                parent.remove(run)
            if text.strip():
                found.append((why, text))
    return found


def _header_lines(document: Any) -> list[str]:
    """The page headers' paragraphs (each once) and tables: where a name often sits."""
    lines: list[str] = []
    seen: set[str] = set()
    for section in document.sections:
        for p in section.header.paragraphs:
            for text in [*_text_boxes(p), _paragraph_markdown(p)]:
                if text and text not in seen:
                    seen.add(text)
                    lines.append(text)
        for table in section.header.tables:
            lines += _table_lines(table)
    return lines


_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _text_boxes(p: Any) -> list[str]:
    """The lines of the text boxes and shapes anchored in paragraph `p` (a template's sidebar:
    contact, skills, languages), each once: Word stores a box twice, as a shape and as the
    older VML picture that falls back for it, and a box inside another is read with it."""
    from docx.text.paragraph import Paragraph

    lines: list[str] = []
    for box in p._p.iter(f"{_W}txbxContent"):
        if any(a.tag in (_FALLBACK, f"{_W}txbxContent") for a in box.iterancestors()):
            continue
        for child in box.iterchildren():
            if child.tag == f"{_W}p":
                text = _paragraph_markdown(Paragraph(child, p._parent))
                lines.append(text)
            elif child.tag == f"{_W}tbl":
                from docx.table import Table

                lines += _table_lines(Table(child, p._parent))
        lines.append("")
    return lines


def _body_lines(document: Any) -> list[str]:
    """The body's paragraphs and tables in document order; headings start after a blank line.
    A text box's lines come where it is anchored, before its paragraph's own text."""
    lines: list[str] = []
    for block in _blocks(document):
        if block.__class__.__name__ == "Table":
            lines += ["", *_table_lines(block), ""]
            continue
        boxed = _text_boxes(block)
        if boxed:
            lines += ["", *boxed]
        text = _paragraph_markdown(block)
        if text.startswith("#"):
            lines += ["", text]
        elif text:
            lines.append(text)
        else:
            lines.append("")
    return lines
