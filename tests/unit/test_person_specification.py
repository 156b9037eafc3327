"""What trying the tool as a job seeker found, on an ad outside every labelled set: an NHS
community physiotherapist job description as a DOCX, whose person specification is a table
(Criteria | Essential | Desirable, a line per item in each cell). The test failed on the code
before the fix."""

from __future__ import annotations

import io

from docx import Document

from cvtailor.engines.offline.jd_parser import parse_jd_text
from cvtailor.readers import from_bytes
from cvtailor.text.vocabulary import default_vocabulary

ROWS = [("Criteria", "Essential", "Desirable", "How assessed"),
        ("Qualifications", "BSc (Hons) Physiotherapy or equivalent\nHCPC registration",
         "Post-graduate training in falls prevention", "Application"),
        ("Experience", "Experience of supervising junior staff or students",
         "Experience of running group exercise classes", "Interview"),
        ("Skills", "Able to manage own caseload", "Experience with SystmOne", "Interview")]


def _spec() -> bytes:
    document = Document()
    document.add_heading("Community Physiotherapist — Band 6", 1)
    document.add_heading("Person Specification", 2)
    table = document.add_table(rows=len(ROWS), cols=len(ROWS[0]))
    for row, texts in zip(table.rows, ROWS, strict=True):
        for cell, text in zip(row.cells, texts, strict=True):
            first, *more = text.split("\n")
            cell.text = first
            for line in more:
                cell.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_person_specification_keeps_essential_and_desirable_apart() -> None:
    """The cells came out one line each, essential and desirable mixed under "Criteria |
    Essential | Desirable", every item "important", and two desirable items were lost."""
    text = from_bytes(_spec(), name="jd.docx", kind="JD").text
    assert "Essential:\n- BSc (Hons) Physiotherapy or equivalent\n- HCPC registration\n" in text
    assert "How assessed" not in text and "Interview" not in text
    job = parse_jd_text(text, default_vocabulary())
    assert [(r.text, r.priority) for r in job.requirements] == [
        ("BSc (Hons) Physiotherapy or equivalent", "critical"),
        ("HCPC registration", "critical"),
        ("Experience of supervising junior staff or students", "critical"),
        ("Able to manage own caseload", "critical"),
        ("Post-graduate training in falls prevention", "nice_to_have"),
        ("Experience of running group exercise classes", "nice_to_have"),
        ("Experience with SystmOne", "nice_to_have")]
