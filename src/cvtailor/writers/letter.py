"""A cover letter out: `cover_letter.md` always, and HTML, PDF and DOCX when the CV is written
in those formats (same theme, one column of paragraphs under the person's name)."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from cvtailor.models import Letter, StructuredCV
from cvtailor.storage.private import private_dir, write_private

LETTER_FORMATS = {"md": "cover_letter.md", "html": "cover_letter.html",
                  "pdf": "cover_letter.pdf", "docx": "cover_letter.docx"}


def render_letter_html(letter: Letter, cv: StructuredCV) -> str:
    """The letter as an HTML page, with the CV's name and contact lines as its letterhead."""
    from cvtailor.writers.html import html_environment
    from cvtailor.writers.inline import plain

    return html_environment().get_template("cover_letter.html.j2").render(
        name=plain(cv.name), contact=cv.contact, paragraphs=letter.paragraphs,
        title=f"{plain(cv.name)} — cover letter" if cv.name else "Cover letter")


def render_letter_docx(letter: Letter, cv: StructuredCV) -> bytes:
    """The letter as .docx bytes: the name as Title, contact lines, one paragraph each."""
    import docx

    from cvtailor.writers.inline import plain

    document = docx.Document()
    document.core_properties.title = "Cover letter"
    document.core_properties.author = plain(cv.name)
    if cv.name:
        document.add_paragraph(plain(cv.name), style="Title")
    for line in cv.contact:
        document.add_paragraph(plain(line))
    for paragraph in letter.paragraphs:
        document.add_paragraph(paragraph)
    buffer = BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def render_letter(letter: Letter, cv: StructuredCV, fmt: str) -> str | bytes:
    """The letter in one format (md, html, pdf, docx)."""
    if fmt == "html":
        return render_letter_html(letter, cv)
    if fmt == "pdf":
        from cvtailor.writers.pdf import html_to_pdf

        return html_to_pdf(render_letter_html(letter, cv))
    if fmt == "docx":
        return render_letter_docx(letter, cv)
    return letter.text


def write_letter(letter: Letter, cv: StructuredCV, out_dir: str | Path,
                 formats: list[str]) -> dict[str, str]:
    """Write the letter in the CV's formats that a letter has (md always; not JSON Resume)."""
    out = private_dir(out_dir)
    written = {}
    for fmt in ["md", *(f for f in formats if f in LETTER_FORMATS and f != "md")]:
        path = write_private(out / LETTER_FORMATS[fmt], render_letter(letter, cv, fmt))
        written[LETTER_FORMATS[fmt]] = str(path)
    return written
