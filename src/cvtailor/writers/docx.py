"""StructuredCV -> DOCX with python-docx: real Title / Heading / List Bullet styles, one column,
no text boxes or tables, so ATS parsers and `readers.docx` read it back exactly."""

from __future__ import annotations

from io import BytesIO
from typing import Any

from cvtailor.models import CVSection, SectionKind, StructuredCV
from cvtailor.writers.inline import runs

ACCENT = (0x1F, 0x4E, 0x79)


def _add_runs(paragraph: Any, text: str, *, italic: bool = False) -> None:
    for piece, bold, ital in runs(text):
        run = paragraph.add_run(piece)
        if bold:
            run.bold = True
        if ital or italic:
            run.italic = True if ital else None


def _styles(document: Any) -> None:
    from docx.shared import Pt, RGBColor

    normal = document.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)
    normal.paragraph_format.space_after = Pt(2)
    title = document.styles["Title"]
    title.font.size = Pt(24)
    title.font.color.rgb = RGBColor(0x1D, 0x1D, 0x1F)
    for name, size in (("Heading 1", 12.5), ("Heading 2", 11)):
        style = document.styles[name]
        style.font.size = Pt(size)
        style.font.name = "Calibri"
        style.font.color.rgb = RGBColor(*ACCENT) if name == "Heading 1" else RGBColor(0x1D, 0x1D,
                                                                                         0x1F)
        style.paragraph_format.space_before = Pt(10 if name == "Heading 1" else 6)
        style.paragraph_format.space_after = Pt(2)
    document.styles["List Bullet"].paragraph_format.space_after = Pt(1)


def render_docx(cv: StructuredCV) -> bytes:
    """The CV as a .docx file's bytes: Title, Heading 1 per section, Heading 2 per entry,
    List Bullet items (summary items are plain paragraphs)."""
    import docx
    from docx.shared import Cm, RGBColor

    document = docx.Document()
    for page in document.sections:
        page.top_margin = page.bottom_margin = Cm(1.7)
        page.left_margin = page.right_margin = Cm(1.9)
    _styles(document)
    core = document.core_properties
    core.title = f"{cv.name} — CV" if cv.name else "CV"
    core.author = cv.name
    if cv.name:
        _add_runs(document.add_paragraph(style="Title"), cv.name)
    for line in cv.contact:
        p = document.add_paragraph()
        _add_runs(p, line)
        for run in p.runs:
            run.font.color.rgb = RGBColor(0x44, 0x44, 0x44)
    for section in cv.sections:
        _add_section(document, section)
    buffer = BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _add_section(document: Any, section: CVSection) -> None:
    """A section heading, then each entry's heading, grey details lines and items."""
    from docx.shared import Pt, RGBColor

    _add_runs(document.add_heading(level=1), section.heading)
    for entry in section.entries:
        if entry.heading:
            _add_runs(document.add_heading(level=2), entry.heading)
        for line in entry.details:
            p = document.add_paragraph()
            _add_runs(p, line)
            for run in p.runs:
                run.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
                run.font.size = Pt(10)
        for item in entry.items:
            style = None if section.kind == SectionKind.SUMMARY else "List Bullet"
            _add_runs(document.add_paragraph(style=style), item.text)
