"""StructuredCV -> PDF, rendered from the HTML theme by WeasyPrint (optional extra `pdf`).

Without WeasyPrint, `--format pdf` fails up front with `pip install "cvtailor[pdf]"`; the
documented alternative is to print `cv.html` to PDF from any browser (the theme has print CSS).
"""

from __future__ import annotations

import logging
from importlib.util import find_spec

from cvtailor.models import StructuredCV
from cvtailor.writers.html import render_html


def weasyprint_available() -> bool:
    """Whether WeasyPrint, and the pango library it loads, can be imported."""
    if find_spec("weasyprint") is None:
        return False
    try:
        import weasyprint  # noqa: F401  (needs pango at import time)
    except (ImportError, OSError):
        return False
    return True


def html_to_pdf(html: str) -> bytes:
    """An HTML page as PDF bytes, by WeasyPrint; MissingDependencyError without it."""
    from cvtailor.writers import PDF_EXTRA, MissingDependencyError

    if not weasyprint_available():
        raise MissingDependencyError(PDF_EXTRA)
    import weasyprint

    for name in ("weasyprint", "fontTools"):
        logging.getLogger(name).setLevel(logging.ERROR)
    data = weasyprint.HTML(string=html).write_pdf()
    assert data is not None
    return bytes(data)


def render_pdf(cv: StructuredCV) -> bytes:
    """The CV as PDF bytes: the HTML theme rendered by WeasyPrint."""
    return html_to_pdf(render_html(cv))
