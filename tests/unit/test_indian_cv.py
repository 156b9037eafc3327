"""What trying the tool as a job seeker found, on a CV outside every labelled set: a Pune QC
chemist's CV in the form many Indian CVs take (CURRICULUM VITAE over the name, a career
objective, each role as "Organization:", "Designation:" and "Duration: August 2021 to Till
Date" lines, an "EDUCATIONAL QUALIFICATION" table typed with pipes under its column heads,
personal details and a signed declaration). Each test failed on the code before the fix, but
for the guard."""

from __future__ import annotations

from pathlib import Path

from cvtailor.engines.offline.cv_parser import parse_cv_text
from cvtailor.models import SectionKind, StructuredCV
from cvtailor.readers import read_document

CV = """\
CURRICULUM VITAE

SNEHA KULKARNI
Mobile: +91 98220 45678
Email: sneha.kulkarni@example.com
Address: Flat 12, Shree Apartments, Hinjewadi, Pune - 411057

CAREER OBJECTIVE
To work in a quality control laboratory of a reputed pharmaceutical company where I can use my analytical skills and grow with the organisation.

PROFESSIONAL SUMMARY
• 5 years of experience in quality control of oral solid dosage forms in a USFDA and MHRA approved plant.
• Hands-on experience of HPLC (Waters Empower 3), GC, dissolution and KF titration.
• Good knowledge of cGMP, GDP and data integrity (ALCOA+).

WORK EXPERIENCE

Organization: Lupin Pharma Ltd, Pune
Designation: Officer - Quality Control
Duration: August 2021 to Till Date
Roles and Responsibilities:
• Analysis of finished products and stability samples by HPLC and GC as per STP.
• Preparation of analytical reports and entry of results in LIMS.
• Handling of OOS and OOT investigations with the section head.
• Calibration of HPLC, dissolution apparatus, KF titrator and analytical balances.
• Faced USFDA audit in 2023 and MHRA audit in 2024.

Organization: Emcure Pharmaceuticals Ltd, Pune
Designation: Trainee Chemist - QC
Duration: July 2019 to July 2021
Roles and Responsibilities:
• Analysis of raw materials as per IP, BP and USP monographs.
• Wet chemistry tests: assay by titration, LOD, sulphated ash and heavy metals.

EDUCATIONAL QUALIFICATION
Qualification | University/Board | Year of Passing | Percentage
M.Sc. (Analytical Chemistry) | Savitribai Phule Pune University | 2019 | 71.40%
B.Sc. (Chemistry) | Savitribai Phule Pune University | 2017 | 68.20%
HSC | Maharashtra State Board | 2014 | 74.00%
SSC | Maharashtra State Board | 2012 | 86.60%

TECHNICAL SKILLS
• Instruments: HPLC, GC, UV-Visible spectrophotometer, KF titrator, dissolution apparatus
• Software: Empower 3, LIMS, MS Office

PERSONAL DETAILS
Father's Name : Prakash Kulkarni
Date of Birth : 14/03/1997
Gender : Female
Marital Status : Unmarried
Languages Known : English, Hindi, Marathi
Nationality : Indian

DECLARATION
I hereby declare that the information furnished above is true to the best of my knowledge and belief.

Place: Pune
Date:                                                                 (SNEHA KULKARNI)
"""


def _cv(tmp_path: Path) -> StructuredCV:
    path = tmp_path / "cv.txt"
    path.write_text(CV, encoding="utf-8")
    return parse_cv_text(read_document(path, "CV").text)


def test_a_role_in_labelled_lines_is_an_entry_with_its_title_employer_and_dates(
        tmp_path: Path) -> None:
    """The role's title was "Organization: Lupin Pharma Ltd", its employer "Pune", its dates
    "August 2021" (a role held "to Till Date" read as one month)."""
    experience = next(s for s in _cv(tmp_path).sections if s.kind is SectionKind.EXPERIENCE)
    assert [(e.title, e.organization, e.dates) for e in experience.entries] == [
        ("Officer - Quality Control", "Lupin Pharma Ltd, Pune", "August 2021 to Till Date"),
        ("Trainee Chemist - QC", "Emcure Pharmaceuticals Ltd, Pune", "July 2019 to July 2021")]
    assert experience.entries[0].items[0].text.startswith("Analysis of finished products")


def test_an_educational_qualification_table_is_the_education(tmp_path: Path) -> None:
    """"EDUCATIONAL QUALIFICATION" was no section name: the degrees were an entry of the
    work experience, and the table's column heads a degree of their own."""
    cv = _cv(tmp_path)
    education = next(s for s in cv.sections if s.kind is SectionKind.EDUCATION)
    assert [e.title for e in education.entries] == [
        "M.Sc. (Analytical Chemistry)", "B.Sc. (Chemistry)", "HSC", "SSC"]
    assert "71.40%" in education.entries[0].heading
    assert not any("Year of Passing" in e.heading for s in cv.sections for e in s.entries)


def test_a_role_held_till_date_is_open_in_a_json_resume() -> None:
    from cvtailor.writers.jsonresume import split_dates

    assert split_dates("August 2021 to Till Date") == ("2021-08", None)
    assert split_dates("Aug 2021 till date") == ("2021-08", None)
    assert split_dates("July 2019 to July 2021") == ("2019-07", "2021-07")


def test_labelled_lines_that_are_no_role_stay_as_they_are() -> None:
    """Guard: a label without a title and an employer or dates is a line like any other."""
    text = ("# Asha Rao\n\n## Projects\n\nRole: Team lead for a 4-person LIMS rollout\n"
            "- Wrote the user requirement specification\n")
    cv = parse_cv_text(text)
    lines = [i.text for s in cv.sections for e in s.entries
             for i in e.items] + [e.heading for s in cv.sections for e in s.entries]
    assert any("Role: Team lead for a 4-person LIMS rollout" in line for line in lines)


def test_a_duties_second_verb_is_no_part_of_its_objects_name() -> None:
    """"Review analytical data in Empower 3 and report results in LIMS" gave the term "report
    results", and a yes to it wrote "entry of report results in LIMS" into the CV's "entry of
    results in LIMS"."""
    from cvtailor.engines.offline.jd_parser import duty_keywords

    keywords = duty_keywords("Review analytical data in Empower 3 and report results in LIMS")
    # ("results" alone is too vague to be a term: the tool is the duty's)
    assert "report results" not in keywords and "LIMS" in keywords
    # guard: two things listed stay a name ("support tickets")
    assert "support tickets" in duty_keywords("Write test plans and support tickets")
