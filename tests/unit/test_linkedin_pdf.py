"""What trying the tool as a job seeker found, on a CV outside every labelled set: a
Hyderabad QC analyst's LinkedIn profile saved as a PDF ("Save to PDF"), which many people send
as their CV. Its sidebar (Contact, Top Skills, Languages, Certifications) is read first; the
main column has the name, a headline and a location, then each role as the company over the
title and a "Month YYYY - Present (1 year 8 months)" line, two roles sharing one company line
over the whole stay ("4 years 3 months"). Each test failed on the code before the fix, but
for the guard."""

from __future__ import annotations

from cvtailor.engines.offline.cv_parser import parse_cv_text
from cvtailor.models import SectionKind, StructuredCV
from cvtailor.readers.textlayout import lines_to_markdown

# (text, font size, x) of each visual line, in the order the PDF reader gives them (the
# sidebar's column first, then the main column; the page footers already gone)
LINKEDIN = [
    ("Contact", 13.0, 36.0),
    ("www.linkedin.com/in/priya-raman-", 10.5, 36.0),
    ("qa (LinkedIn)", 10.5, 36.0),
    ("priya.raman@example.com", 10.5, 36.0),
    ("Top Skills", 13.0, 36.0),
    ("Quality Control", 10.5, 36.0),
    ("HPLC", 10.5, 36.0),
    ("Good Manufacturing Practice (GMP)", 10.5, 36.0),
    ("Languages", 13.0, 36.0),
    ("English (Full Professional)", 10.5, 36.0),
    ("Tamil (Native or Bilingual)", 10.5, 36.0),
    ("Certifications", 13.0, 36.0),
    ("Six Sigma Yellow Belt", 10.5, 36.0),
    ("Priya Raman", 26.0, 220.0),
    ("QC Analyst at Meridian Generics | HPLC, dissolution, stability", 12.0, 220.0),
    ("Hyderabad, Telangana, India", 10.5, 220.0),
    ("Summary", 15.75, 220.0),
    ("Analytical chemist with 6 years in pharmaceutical quality control. I run HPLC and GC", 10.5, 220.0),
    ("assays on finished products, write up out-of-specification investigations and train new", 10.5, 220.0),
    ("analysts on the lab's SOPs.", 10.5, 220.0),
    ("Experience", 15.75, 220.0),
    ("Meridian Generics Pvt Ltd", 12.0, 220.0),
    ("4 years 3 months", 10.5, 220.0),
    ("Senior QC Analyst", 11.5, 220.0),
    ("April 2023 - Present (1 year 8 months)", 10.5, 220.0),
    ("Hyderabad, Telangana, India", 10.5, 220.0),
    ("Run assay, related substances and dissolution tests on Waters HPLC systems running", 10.5, 220.0),
    ("Empower 3 for 40+ batches a month.", 10.5, 220.0),
    ("Lead out-of-specification investigations and write the root cause and CAPA for each.", 10.5, 220.0),
    ("Review other analysts' raw data and chromatograms before release.", 10.5, 220.0),
    ("QC Analyst", 11.5, 220.0),
    ("September 2020 - March 2023 (2 years 7 months)", 10.5, 220.0),
    ("Hyderabad, Telangana, India", 10.5, 220.0),
    ("Ran stability samples at 25°C/60% RH and 40°C/75% RH and kept the stability", 10.5, 220.0),
    ("calendar for 120 studies.", 10.5, 220.0),
    ("Calibrated pH meters, balances and KF titrators every week.", 10.5, 220.0),
    ("Aurobindo Labs", 12.0, 220.0),
    ("Trainee Chemist", 11.5, 220.0),
    ("June 2018 - August 2020 (2 years 3 months)", 10.5, 220.0),
    ("Hyderabad Area, India", 10.5, 220.0),
    ("Prepared reagents and standards and ran wet chemistry tests on raw materials.", 10.5, 220.0),
    ("Education", 15.75, 220.0),
    ("Osmania University", 12.0, 220.0),
    ("Master of Science - MSc, Analytical Chemistry · (2016 - 2018)", 10.5, 220.0),
    ("Osmania University", 12.0, 220.0),
    ("Bachelor of Science - BSc, Chemistry · (2013 - 2016)", 10.5, 220.0),
]


def _cv() -> StructuredCV:
    return parse_cv_text(lines_to_markdown(LINKEDIN))


def test_each_role_is_an_entry_with_its_title_company_and_dates() -> None:
    """The company was the entry's heading with the title, the dates and the stay as lines
    under it, and the second role at the same company an entry with no company."""
    experience = next(s for s in _cv().sections if s.kind is SectionKind.EXPERIENCE)
    assert [(e.title, e.organization, e.dates) for e in experience.entries] == [
        ("Senior QC Analyst", "Meridian Generics Pvt Ltd", "April 2023 – Present"),
        ("QC Analyst", "Meridian Generics Pvt Ltd", "September 2020 – March 2023"),
        ("Trainee Chemist", "Aurobindo Labs", "June 2018 – August 2020")]
    first = experience.entries[0]
    assert first.items[0].text.startswith("Run assay, related substances and dissolution")
    assert not any("4 years 3 months" in i.text or "(1 year" in i.text
                   for e in experience.entries for i in e.items)


def test_each_degree_is_an_entry_with_its_school_and_years() -> None:
    education = next(s for s in _cv().sections if s.kind is SectionKind.EDUCATION)
    assert [(e.title, e.organization, e.dates) for e in education.entries] == [
        ("Master of Science - MSc, Analytical Chemistry", "Osmania University", "2016 – 2018"),
        ("Bachelor of Science - BSc, Chemistry", "Osmania University", "2013 – 2016")]


def test_the_sidebar_is_skills_and_contact_not_a_certification() -> None:
    """The top skills were contact lines, and the headline and location were read as a
    certification ("Six Sigma Yellow Belt QC Analyst at Meridian Generics ...")."""
    cv = _cv()
    assert cv.name == "Priya Raman"
    contact = " ".join(cv.contact)
    assert "priya.raman@example.com" in contact
    assert "www.linkedin.com/in/priya-raman-qa" in contact
    assert "Good Manufacturing Practice" not in contact and "Top Skills" not in contact
    skills = next(s for s in cv.sections if s.kind is SectionKind.SKILLS)
    assert "HPLC" in " ".join(i.text for e in skills.entries for i in e.items)
    certificates = next(s for s in cv.sections if s.kind is SectionKind.CERTIFICATIONS)
    assert [i.text for e in certificates.entries for i in e.items] == ["Six Sigma Yellow Belt"]


def test_any_other_pdf_is_left_as_it_is() -> None:
    """Guard: a CV that links a LinkedIn profile is not one saved from LinkedIn."""
    from cvtailor.readers.linkedin_pdf import linkedin_profile

    lines = [("Priya Raman", 20.0, 50.0),
             ("priya@example.com · www.linkedin.com/in/priya (LinkedIn)", 10.0, 50.0),
             ("Skills", 14.0, 50.0), ("HPLC, GC", 10.0, 50.0)]
    assert linkedin_profile(lines) is lines
