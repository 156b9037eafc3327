"""What trying the tool as a job seeker found, on a CV outside every labelled set: a Porto
maintenance technician's Europass CV as a PDF (a label column on the left, right-aligned:
section names, dates, "Mother tongue(s)"; inline bullet glyphs whose wrapped lines start at the
glyph; the language grid). Each test failed on the code before the fix."""

from __future__ import annotations

from cvtailor.engines.offline.cv_parser import parse_cv_text
from cvtailor.readers.textlayout import lines_to_markdown

# (text, font size, x) of each visual line, as the PDF reader gives them
EUROPASS = [
    ("PERSONAL INFORMATION | Rui Miguel Ferreira", 9.5, 69.5),
    ("Rua do Almada 214, 4050-032 Porto (Portugal)", 9.5, 200.3),
    ("rui.ferreira@example.pt", 9.5, 200.3),
    ("WORK EXPERIENCE", 9.5, 97.7),
    ("03/2019–Present", 9.5, 110.0),
    ("Maintenance Technician (Electromechanical)", 9.5, 200.3),
    ("Lusomed Devices S.A., Maia (Portugal)", 9.5, 200.3),
    ("▪ Repair and adjust 14 injection moulding machines (Engel, Arburg)", 9.5, 200.3),
    ("and 3 automated assembly lines for catheter components", 9.5, 200.3),
    ("▪ Write and follow the weekly planned maintenance routines in SAP", 9.5, 200.3),
    ("PM; close each work order with the parts used", 9.5, 200.3),
    ("▪ Support IQ/OQ protocols when new equipment is installed in the", 9.5, 200.3),
    ("ISO 7 cleanroom", 9.5, 200.3),
    ("09/2013–02/2019", 9.5, 106.1),
    ("Electromechanical Technician", 9.5, 200.3),
    ("Metalurgica Norte Lda., Vila Nova de Gaia (Portugal)", 9.5, 200.3),
    ("▪ Programmed and fault-found Siemens S7-300 PLCs with STEP 7", 9.5, 200.3),
    ("EDUCATION AND", 9.5, 110.0),
    ("TRAINING", 9.5, 144.1),
    ("2010–2013", 9.5, 136.7),
    ("Professional Course in Industrial Electromechanics (EQF", 9.5, 200.3),
    ("level 4)", 9.5, 200.3),
    ("Escola Profissional de Gaia, Vila Nova de Gaia (Portugal)", 9.5, 200.3),
    ("PERSONAL SKILLS", 9.5, 104.4),
    ("Mother tongue(s) Portuguese", 9.5, 107.5),
    ("Other language(s) UNDERSTANDING SPEAKING WRITING", 9.5, 103.2),
    ("Listening Reading Spoken interaction Spoken production", 9.5, 200.3),
    ("English B2 B2 B1 B1 B1", 9.5, 155.5),
    ("Levels: A1 and A2: Basic user - B1 and B2: Independent user - C1", 9.5, 200.3),
    ("and C2: Proficient user", 9.5, 200.3),
    ("Common European Framework of Reference for Languages", 9.5, 200.3),
    ("Digital skills SAP PM, Microsoft Excel, Siemens STEP 7, TIA Portal (basic)", 9.5, 132.7),
    ("Driving licence B", 9.5, 119.2),
]


def test_a_bullets_wrapped_line_starting_under_its_glyph_stays_in_the_bullet() -> None:
    """Each bullet's second line ("and 3 automated assembly lines ...", "ISO 7 cleanroom")
    was a role heading of its own."""
    cv = parse_cv_text(lines_to_markdown(EUROPASS))
    first = cv.sections[0].entries[0]
    assert [i.text for i in first.items] == [
        "Repair and adjust 14 injection moulding machines (Engel, Arburg) and 3 automated "
        "assembly lines for catheter components",
        "Write and follow the weekly planned maintenance routines in SAP PM; close each work "
        "order with the parts used",
        "Support IQ/OQ protocols when new equipment is installed in the ISO 7 cleanroom"]
    assert [e.heading for e in cv.sections[0].entries] == [
        "Maintenance Technician (Electromechanical)", "Electromechanical Technician"]


def test_the_employer_under_the_title_is_the_entrys_not_an_achievement() -> None:
    """The date cell came before the title, so the markdown read "### Title" / dates /
    "Lusomed Devices S.A., Maia (Portugal)", and the employer was the role's first bullet."""
    cv = parse_cv_text(lines_to_markdown(EUROPASS))
    first = cv.sections[0].entries[0]
    assert "Lusomed Devices S.A., Maia (Portugal)" in first.details
    assert "03/2019–Present" in first.details


def test_the_name_a_label_column_and_the_language_grid() -> None:
    """The name was "PERSONAL INFORMATION | Rui Miguel Ferreira"; "EDUCATION AND" /
    "TRAINING" were a role and a section; the grid's heads and legend were skills, and the
    course's school was joined onto its title."""
    text = lines_to_markdown(EUROPASS)
    cv = parse_cv_text(text)
    assert cv.name == "Rui Miguel Ferreira"
    assert [s.heading for s in cv.sections] == [
        "WORK EXPERIENCE", "EDUCATION AND TRAINING", "PERSONAL SKILLS"]
    education = cv.sections[1].entries[0]
    assert education.heading == "Professional Course in Industrial Electromechanics (EQF level 4)"
    skills = [i.text for e in cv.sections[2].entries for i in e.items]
    assert skills == ["Mother tongue(s) Portuguese", "English B2 B2 B1 B1 B1",
                      "Digital skills SAP PM, Microsoft Excel, Siemens STEP 7, TIA Portal (basic)",
                      "Driving licence B"]
    assert "Listening" not in text and "Common European Framework" not in text


def test_a_counted_plural_keeps_its_number() -> None:
    """The JD's "PLC" respelled "Siemens S7-300 PLCs" as "Siemens S7-300 PLC"; after a count
    the line's plural stays ("14 PLC" is no English)."""
    from cvtailor.engines.offline.writer import rewrite_sentence
    from cvtailor.text.vocabulary import default_vocabulary

    vocab = default_vocabulary()
    for line in ("Programmed and fault-found Siemens S7-300 PLCs with STEP 7",
                 "Programmed and fault-found 14 PLCs with STEP 7"):
        assert rewrite_sentence(line, ["PLC"], vocab)[0] == line


def test_a_heading_left_of_single_line_bullets_starts_the_next_entry() -> None:
    """Where no bullet wraps, a line further left than the bullets after a long one is the
    next role's heading, never the bullet's second line."""
    lines = [("Ana Roe", 18, 50), ("EXPERIENCE", 12, 50), ("Staff Nurse", 10, 50),
             ("• Ran the medication round for a 28-bed surgical ward every early shift and", 10,
              60), ("Charge Nurse", 10, 50), ("• Led a team of 6 nurses", 10, 60)]
    text = lines_to_markdown(lines)
    assert "### Charge Nurse" in text


def test_an_answer_naming_the_employer_shortly_goes_under_that_role() -> None:
    """"At Lusomed I work under GMP ..." went to Additional Experience as "At Lusomed, work
    under GMP ...": the employer stands in the details line under the title, not in the
    heading, so "Lusomed" named no role."""
    from cvtailor.research.interview import _entry_mentioned

    cv = parse_cv_text(lines_to_markdown(EUROPASS))
    entry = _entry_mentioned(cv, "At Lusomed I work under GMP in the ISO 7 cleanroom.")
    assert entry is not None and entry.heading == "Maintenance Technician (Electromechanical)"
