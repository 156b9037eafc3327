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


# (text, font size, x) of the visual lines of a PDF person specification with a "How
# assessed" column, as the PDF reader gives them: a row's cells run together on each line.
PDF_SPEC = [
    ("Person Specification", 12.0, 62.7),
    ("Criteria Essential Desirable How assessed", 9.5, 66.4),
    ("Qualifications BSc (Hons) Physiotherapy or | Post-graduate training in Application", 9.5,
     66.4),
    ("equivalent | falls prevention or vestibular form,", 9.5, 138.0),
    ("HCPC registration | rehabilitation | certificates", 9.5, 138.0),
    ("Experience Post-registration experience | Experience of running group Application", 9.5,
     66.4),
    ("across rotations including | exercise classes | form, interview", 9.5, 138.0),
    ("community or older people", 9.5, 138.0),
    ("Skills Able to manage own caseload | Experience with SystmOne Interview", 9.5, 66.4),
    ("Other Full UK driving licence and access | Application", 9.5, 66.4),
    ("to a car for work | form", 9.5, 138.0),
    ("Ridgeway Community Health NHS Trust | Page 1 of 1", 8.0, 56.7),
]


def test_a_pdf_person_specification_keeps_essential_and_desirable_apart() -> None:
    """The rows came out as run-together lines ("Experience Post-registration experience |
    Experience of running group Application"), each a requirement of mixed essential and
    desirable words, every one "important"."""
    from cvtailor.readers.textlayout import lines_to_markdown

    job = parse_jd_text(lines_to_markdown(PDF_SPEC), default_vocabulary())
    assert [(r.text, r.priority) for r in job.requirements] == [
        ("BSc (Hons) Physiotherapy or equivalent", "critical"),
        ("HCPC registration", "critical"),
        ("Post-registration experience across rotations including community or older people",
         "critical"),
        ("Able to manage own caseload", "critical"),
        ("Full UK driving licence and access to a car for work", "critical"),
        ("Post-graduate training in falls prevention or vestibular rehabilitation",
         "nice_to_have"),
        ("Experience of running group exercise classes", "nice_to_have"),
        ("Experience with SystmOne", "nice_to_have")]
