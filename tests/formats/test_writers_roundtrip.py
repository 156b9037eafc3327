"""Every writer's output, re-read by the matching reader, equals the input."""

from __future__ import annotations

import json
from io import BytesIO
from pathlib import Path

import pytest

from cvtailor.engines.offline.cv_parser import parse_cv_text
from cvtailor.models import StructuredCV
from cvtailor.readers import from_bytes, from_text, parse_structured, read_document
from cvtailor.readers.jsonresume import json_resume_to_cv
from cvtailor.text.cvtext import clean_inline
from cvtailor.writers import FORMATS, check_formats, parse_formats, write_outputs
from cvtailor.writers.docx import render_docx
from cvtailor.writers.html import render_html
from cvtailor.writers.jsonresume import iso_date, split_dates, to_json_resume, validate
from cvtailor.writers.markdown import render_markdown
from tests.conftest import CV_JSON
from tests.formats.conftest import (
    DATES,
    EMPLOYERS,
    TITLES,
    bullets,
    needs_weasyprint,
    signature,
)


def reread(data: bytes | str, name: str) -> StructuredCV:
    doc = from_bytes(data if isinstance(data, bytes) else data.encode(), name=name)
    return parse_structured(doc.text, doc.format) or parse_cv_text(doc.text, doc.format)


def test_markdown_roundtrip(cv: StructuredCV) -> None:
    assert signature(reread(render_markdown(cv), "cv.md")) == signature(cv)


def test_html_roundtrip_and_escaping(cv: StructuredCV) -> None:
    html = render_html(cv)
    assert signature(reread(html, "cv.html")) == signature(cv)
    assert "<ul>" in html and "@media print" in html
    evil = cv.model_copy(deep=True)
    evil.items()[1].text = "Shipped <script>alert(1)</script> & **bold** work"
    out = render_html(evil)
    assert "<script>alert" not in out and "&lt;script&gt;" in out
    assert "<strong>bold</strong>" in out


def test_docx_roundtrip_uses_real_styles(cv: StructuredCV) -> None:
    import docx

    data = render_docx(cv)
    document = docx.Document(BytesIO(data))
    styles = {p.style.name for p in document.paragraphs}
    assert {"Title", "Heading 1", "Heading 2", "List Bullet"} <= styles
    assert not document.tables
    assert signature(reread(data, "cv.docx")) == signature(cv)


@needs_weasyprint
def test_pdf_text_layer_has_every_bullet_and_roundtrips(cv: StructuredCV) -> None:
    from pypdf import PdfReader

    from cvtailor.writers.pdf import render_pdf

    data = render_pdf(cv)
    layer = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(BytesIO(data)).pages)
    for text in bullets(cv):
        assert " ".join(text.split()) in layer, text
    again = reread(data, "cv.pdf")
    assert signature(again) == signature(cv)


def test_json_resume_roundtrip_is_exact_and_valid() -> None:
    original = parse_structured(*_json_example())
    assert original is not None
    data = to_json_resume(original)
    assert validate(data) == []
    again = json_resume_to_cv(json.loads(json.dumps(data)))
    assert again.model_dump() == original.model_dump()


def _json_example() -> tuple[str, str]:
    doc = read_document(CV_JSON)
    return doc.text, doc.format


def test_json_resume_from_markdown_keeps_every_fact(cv: StructuredCV) -> None:
    data = to_json_resume(cv)
    assert validate(data) == []
    assert [w["name"] for w in data["work"]] == EMPLOYERS
    assert [w["position"] for w in data["work"]] == TITLES
    assert data["work"][0]["startDate"] == "2022-02" and "endDate" not in data["work"][0]
    assert data["work"][1]["endDate"] == "2022-01"
    again = json_resume_to_cv(data)
    assert bullets(again) == bullets(cv)
    assert [e.organization for e in again.sections[1].entries] == EMPLOYERS
    # the same content comes back from a second write: a fixed point
    assert to_json_resume(again) == to_json_resume(json_resume_to_cv(to_json_resume(again)))


def test_json_resume_keeps_sections_it_has_no_place_for(cv: StructuredCV) -> None:
    md = render_markdown(cv) + "\n## Key Qualifications\n\n- Kubernetes\n- Terraform\n"
    with_kq = parse_cv_text(md)
    data = to_json_resume(with_kq)
    assert validate(data) == []
    again = json_resume_to_cv(data)
    kq = next(s for s in again.sections if s.kind.value == "key_qualifications")
    assert [i.text for i in kq.entries[0].items] == ["Kubernetes", "Terraform"]


def test_dates_to_iso() -> None:
    assert iso_date("Jun 2021") == "2021-06" and iso_date("September 2018") == "2018-09"
    assert iso_date("2019") == "2019" and iso_date("03/2020") == "2020-03"
    assert iso_date("Summer") is None
    assert split_dates("Feb 2022 – Present") == ("2022-02", None)
    assert split_dates("2016 - 2018") == ("2016", "2018")


def test_parse_formats_and_missing_weasyprint(monkeypatch: pytest.MonkeyPatch) -> None:
    assert parse_formats("html, pdf,docx,json") == ["md", "html", "pdf", "docx", "json"]
    assert parse_formats("") == ["md"]
    with pytest.raises(ValueError, match="unknown output format"):
        parse_formats("md,rtf")
    import cvtailor.writers.pdf as pdf

    monkeypatch.setattr(pdf, "weasyprint_available", lambda: False)
    with pytest.raises(Exception, match=r'pip install "cvtailor\[pdf\]"'):
        check_formats("md,pdf")


def test_write_outputs_writes_every_format_and_report_pages(
        cv: StructuredCV, tmp_path: Path) -> None:
    report = {
        "session": "s1", "status": "completed", "job": {"title": "Platform <Engineer>",
                                                        "company": "X"},
        "coverage": {"before": 0.2, "after": 0.6, "evidenced": 0.75},
        "requirements": [
            {"id": "req-1", "text": "Kubernetes in production", "category": "technical_skill",
             "priority": "critical", "keywords": ["Kubernetes"], "status": "matched",
             "evidence": [cv.items()[1].id]},
            {"id": "req-2", "text": "Kafka <streaming>", "category": "technical_skill",
             "priority": "important", "keywords": ["Kafka"], "status": "gap", "evidence": []},
            # evidence that is a degree or a role, not a line: the words it matched are shown
            {"id": "req-3", "text": "Bachelor's degree", "category": "education",
             "priority": "important", "keywords": ["Bachelor's degree"], "status": "matched",
             "evidence": ["education-9"], "evidence_detail": [
                 {"item_id": "education-9", "score": 0.95, "via": "alias",
                  "term": "Bachelor's degree", "matched": "B.Sc. in Computer Science"}]},
        ],
        "questions": [{"id": "q-req-2", "requirement_id": "req-2", "text": "Used Kafka?"}],
        "items": [{"id": i.id, "section": "Experience", "type": "bullet", "original": i.text,
                   "final": i.text.replace("Ran 6", "Ran six") if n == 1 else i.text,
                   "draft": None, "status": "user_accepted", "evidence": [i.id],
                   "keywords": ["Kubernetes"], "qa": {"passed": True, "score": 1.0, "issues": []}}
                  for n, i in enumerate(cv.items())],
        "warnings": [], "key_qualifications": [], "diff": {},
    }
    formats = "md,html,docx,json" + (",pdf" if "pdf" in _available() else "")
    written = write_outputs(cv, tmp_path, formats, report=report)
    for fmt in parse_formats(formats):
        assert (tmp_path / FORMATS[fmt]).stat().st_size > 0
    review = (tmp_path / "review.html").read_text()
    assert "<del>6</del>" in review and "<ins>six</ins>" in review
    assert "Platform &lt;Engineer&gt;" in review
    gap_html = (tmp_path / "gap_report.html").read_text()
    assert "Kafka &lt;streaming&gt;" in gap_html and "75%" in gap_html
    gap_md = (tmp_path / "gap_report.md").read_text()
    assert "## Gaps (1)" in gap_md and "20% before → 60% after" in gap_md
    assert "education-9: B.Sc. in Computer Science" in gap_md
    assert set(written) >= {"cv.md", "review.html", "gap_report.html", "gap_report.md"}
    assert json.loads((tmp_path / "cv.json").read_text())["basics"]["name"] == "Ana Ferreira"


def _available() -> list[str]:
    from cvtailor.writers.pdf import weasyprint_available

    return ["pdf"] if weasyprint_available() else []


def test_markdown_text_reads_as_markdown(cv: StructuredCV) -> None:
    doc = from_text(render_markdown(cv), name="cv")
    assert doc.format == "markdown"
    assert [clean_inline(e.heading) for e in parse_cv_text(doc.text).sections[1].entries] == [
        f"{t} — {e}" for t, e in zip(TITLES, EMPLOYERS, strict=True)]
    assert [e.dates for e in parse_cv_text(doc.text).sections[1].entries] == DATES
