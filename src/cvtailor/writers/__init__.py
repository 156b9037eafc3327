"""Formats out: the final StructuredCV rendered through Jinja2 templates, and the run report.

`write_outputs` writes the requested formats (`cv.md`, `cv.html`, `cv.pdf`, `cv.docx`,
`cv.json` = JSON Resume) plus the pages a person reads (`review.html`, `gap_report.html`,
`gap_report.md`) into one directory.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from cvtailor.errors import CVTailorError, InputError
from cvtailor.models import StructuredCV
from cvtailor.storage.private import private_dir, write_private

FORMATS: dict[str, str] = {"md": "cv.md", "html": "cv.html", "pdf": "cv.pdf", "docx": "cv.docx",
                           "json": "cv.json"}
ALIASES = {"markdown": "md", "htm": "html", "word": "docx", "jsonresume": "json"}
PDF_EXTRA = 'PDF output needs WeasyPrint: pip install "cvtailor[pdf]"'


class MissingDependencyError(CVTailorError):
    """An optional output format whose library is not installed."""


def parse_formats(value: str | list[str] | tuple[str, ...] | None) -> list[str]:
    """'md,html,pdf' -> ['md', 'html', 'pdf'] (md always first); unknown names are an error."""
    parts = value.split(",") if isinstance(value, str) else list(value or [])
    out = ["md"]
    for part in parts:
        name = ALIASES.get(part.strip().lower(), part.strip().lower())
        if not name:
            continue
        if name not in FORMATS:
            raise InputError(f"unknown output format {part.strip()!r}; choose from "
                             f"{', '.join(FORMATS)}")
        if name not in out:
            out.append(name)
    return out


def check_formats(value: str | list[str] | None) -> list[str]:
    """parse_formats, and fail now (not after the run) when a format's library is missing."""
    formats = parse_formats(value)
    if "pdf" in formats:
        from cvtailor.writers.pdf import weasyprint_available

        if not weasyprint_available():
            raise MissingDependencyError(PDF_EXTRA)
    return formats


def render(cv: StructuredCV, fmt: str) -> str | bytes:
    """The CV in one output format: text, or bytes for PDF and DOCX."""
    if fmt == "md":
        from cvtailor.writers.markdown import render_markdown

        return render_markdown(cv)
    if fmt == "html":
        from cvtailor.writers.html import render_html

        return render_html(cv)
    if fmt == "pdf":
        from cvtailor.writers.pdf import render_pdf

        return render_pdf(cv)
    if fmt == "docx":
        from cvtailor.writers.docx import render_docx

        return render_docx(cv)
    if fmt == "json":
        import json

        from cvtailor.writers.jsonresume import to_json_resume

        return json.dumps(to_json_resume(cv), indent=2, ensure_ascii=False) + "\n"
    raise InputError(f"unknown output format {fmt!r}")


def write_outputs(cv: StructuredCV, out_dir: str | Path, formats: str | list[str] | None = "md",
                  report: dict[str, Any] | None = None) -> dict[str, str]:
    """Write each format (and, given a report, the review and gap report pages)."""
    out = private_dir(out_dir)
    written: dict[str, str] = {}
    for fmt in check_formats(formats):
        name = FORMATS[fmt]
        data = render(cv, fmt)
        path = out / name
        write_private(path, data)
        written[name] = str(path)
    if report is not None:
        from cvtailor.writers.review import (
            render_gap_report_html,
            render_gap_report_md,
            render_review_html,
        )

        pages = {"review.html": render_review_html(report),
                 "gap_report.html": render_gap_report_html(report),
                 "gap_report.md": render_gap_report_md(report)}
        for name, text in pages.items():
            write_private(out / name, text)
            written[name] = str(out / name)
    return written


__all__ = ["FORMATS", "MissingDependencyError", "check_formats", "parse_formats", "render",
           "write_outputs"]
