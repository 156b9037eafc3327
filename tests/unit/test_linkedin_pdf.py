"""What trying the tool as a job seeker found, on a CV outside every labelled set: a
Hyderabad QC analyst's LinkedIn profile saved as a PDF ("Save to PDF"), which many people send
as their CV. Its sidebar (Contact, Top Skills, Languages, Certifications) is read first; the
main column has the name, a headline and a location, then each role as the company over the
title and a "Month YYYY - Present (1 year 8 months)" line, two roles sharing one company line
over the whole stay ("4 years 3 months"). Each test failed on the code before the fix, but
for the guard."""

from __future__ import annotations

from pathlib import Path

import pytest

from cvtailor.engines.offline.cv_parser import parse_cv_text
from cvtailor.models import SectionKind, StructuredCV
from cvtailor.readers.textlayout import lines_to_markdown

PROFILE_HTML = """<html><head><style>
@page { size: A4; margin: 0; }
body { margin: 0; font-family: sans-serif; }
.side { position: absolute; left: 0; top: 0; width: 190px; height: 1120px; background: #eef3f8; padding: 30px 20px; }
.main { position: absolute; left: 260px; top: 30px; width: 500px; }
.side h3 { font-size: 13pt; margin: 14px 0 4px; }
.side p { font-size: 10.5pt; margin: 2px 0; }
h1 { font-size: 26pt; margin: 0; }
.head { font-size: 12pt; margin: 4px 0; }
.loc { font-size: 10.5pt; color: #666; margin: 2px 0 10px; }
h2 { font-size: 15.75pt; margin: 14px 0 6px; }
.co { font-size: 12pt; margin: 8px 0 0; }
.ti { font-size: 11.5pt; margin: 2px 0; }
.d { font-size: 10.5pt; color: #666; margin: 1px 0; }
.t { font-size: 10.5pt; margin: 4px 0; }
</style></head><body>
<div class="side">
<h3>Contact</h3>
<p>www.linkedin.com/in/priya-raman-qa (LinkedIn)</p>
<p>priya.raman@example.com</p>
<h3>Top Skills</h3>
<p>Quality Control</p><p>HPLC</p><p>Good Manufacturing Practice (GMP)</p>
<h3>Languages</h3>
<p>English (Full Professional)</p><p>Tamil (Native or Bilingual)</p>
<h3>Certifications</h3>
<p>Six Sigma Yellow Belt</p>
</div>
<div class="main">
<h1>Priya Raman</h1>
<p class="head">QC Analyst at Meridian Generics | HPLC, dissolution, stability</p>
<p class="loc">Hyderabad, Telangana, India</p>
<h2>Summary</h2>
<p class="t">Analytical chemist with 6 years in pharmaceutical quality control. I run HPLC and GC assays on finished products, write up out-of-specification investigations and train new analysts on the lab's SOPs.</p>
<h2>Experience</h2>
<p class="co">Meridian Generics Pvt Ltd</p>
<p class="d">4 years 3 months</p>
<p class="ti">Senior QC Analyst</p>
<p class="d">April 2023 - Present (1 year 8 months)</p>
<p class="d">Hyderabad, Telangana, India</p>
<p class="t">Run assay, related substances and dissolution tests on Waters HPLC systems running Empower 3 for 40+ batches a month.</p>
<p class="t">Lead out-of-specification investigations and write the root cause and CAPA for each.</p>
<p class="ti">QC Analyst</p>
<p class="d">September 2020 - March 2023 (2 years 7 months)</p>
<p class="d">Hyderabad, Telangana, India</p>
<p class="t">Ran stability samples and kept the stability calendar for 120 studies.</p>
<p class="co">Aurobindo Labs</p>
<p class="ti">Trainee Chemist</p>
<p class="d">June 2018 - August 2020 (2 years 3 months)</p>
<p class="d">Hyderabad Area, India</p>
<p class="t">Prepared reagents and standards and ran wet chemistry tests on raw materials.</p>
<h2>Education</h2>
<p class="co">Osmania University</p>
<p class="d">Master of Science - MSc, Analytical Chemistry · (2016 - 2018)</p>
<p class="co">Osmania University</p>
<p class="d">Bachelor of Science - BSc, Chemistry · (2013 - 2016)</p>
</div>
</body></html>
"""

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


def test_a_profile_pdf_reads_end_to_end(tmp_path: Path) -> None:
    """The PDF itself, through the PDF reader: its sidebar is read first, its main column
    after it; the profile's "Degree · (2016 - 2018)" line came out of the text layer as
    "Degree Â· (2016 - 2018)" (a character UTF-8 encoded and read back a byte at a time)."""
    weasyprint = pytest.importorskip("weasyprint")
    from cvtailor.readers import read_document

    path = tmp_path / "Profile.pdf"
    weasyprint.HTML(string=PROFILE_HTML).write_pdf(str(path))
    text = read_document(path, "CV").text
    assert "Â" not in text
    cv = parse_cv_text(text)
    assert cv.name == "Priya Raman"
    experience = next(s for s in cv.sections if s.kind is SectionKind.EXPERIENCE)
    assert [(e.title, e.organization) for e in experience.entries] == [
        ("Senior QC Analyst", "Meridian Generics Pvt Ltd"),
        ("QC Analyst", "Meridian Generics Pvt Ltd"), ("Trainee Chemist", "Aurobindo Labs")]
    education = next(s for s in cv.sections if s.kind is SectionKind.EDUCATION)
    assert education.entries[0].title == "Master of Science - MSc, Analytical Chemistry"
