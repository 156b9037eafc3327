"""What trying the tool as a job seeker found, on a CV and an ad outside every labelled set: a
US Army supply sergeant (a federal-style plain-text résumé: citizenship, veterans' preference
and clearance on one header line; hours per week and supervisor under each role) to a GS-11
logistics management specialist announcement copied whole from USAJOBS. Each test failed on
the code before the fix."""

from __future__ import annotations

from pathlib import Path

from cvtailor.engines.offline.cv_parser import parse_cv_text
from cvtailor.engines.offline.jd_parser import parse_jd_text
from cvtailor.readers import read_document
from cvtailor.text.vocabulary import default_vocabulary

VOCAB = default_vocabulary()

ANNOUNCEMENT = """Logistics Management Specialist
Department of the Army
Army Contracting Command
Overview
Accepting applications
Open & closing dates
11/20/2026 to 12/04/2026
Salary
$79,363 - $103,176 per year
Pay scale & grade
GS 11
Location
1 vacancy in the following location:
Fort Cavazos, TX
Announcement number
LOG-26-1187

This job is open to
The public

Duties
Plans and coordinates the life cycle logistics support of assigned weapon systems.
Analyzes supply, maintenance and transportation data to identify readiness problems.
Reviews property accountability records for discrepancies.

Requirements
Conditions of Employment
Must be a U.S. Citizen.

Qualifications
Specialized Experience: One year of specialized experience which includes: managing property \
accountability records. This definition of specialized experience is typical of work performed \
at the next lower grade/level position in the federal service (GS-09).

Education
There is no substitution of education for specialized experience at this grade level.

How You Will Be Evaluated
You will be evaluated for this job based on how well you meet the qualifications above.

Required documents
Your resume, transcripts if applicable, and DD-214 if claiming veterans' preference.
"""


def test_a_usajobs_announcement_is_read_as_its_duties_and_qualifications(
        tmp_path: Path) -> None:
    """The overview's label lines were the header, the location was lost, the duties
    written in the third person ("Analyzes ...", "Reviews ...") were dropped, and how
    applicants are rated and what they send were requirements."""
    path = tmp_path / "jd.txt"
    path.write_text(ANNOUNCEMENT, encoding="utf-8")
    job = parse_jd_text(read_document(path, kind="JD").text, VOCAB)
    assert (job.title, job.company, job.location) == (
        "Logistics Management Specialist", "Department of the Army", "Fort Cavazos, TX")
    texts = [r.text for r in job.requirements]
    assert texts == [
        "Plans and coordinates the life cycle logistics support of assigned weapon systems",
        "Analyzes supply, maintenance and transportation data to identify readiness problems",
        "Reviews property accountability records for discrepancies",
        "One year of specialized experience which includes: managing property accountability "
        "records"]
    assert "life cycle logistics" in job.requirements[0].keywords


def test_a_duty_in_the_third_person_is_a_duty_and_a_reporting_line_is_not() -> None:
    job = parse_jd_text("Duties\nAnalyzes transportation data.\nReviews contracts for risk.\n"
                        "Reports directly to the Director of Logistics.\n"
                        "Reports go to the director daily.\n", VOCAB)
    assert [r.text for r in job.requirements] == [
        "Analyzes transportation data", "Reviews contracts for risk"]


FEDERAL_RESUME = """DARNELL J. WASHINGTON
Killeen, TX 76542 | (254) 555-0148 | darnell.washington@example.com
U.S. Citizen | Veterans' Preference: 10-point (CPS) | Security Clearance: Secret (active)

WORK EXPERIENCE

Supply Sergeant (Sergeant First Class, E-7)
U.S. Army, 3rd Armored Brigade Combat Team, Fort Cavazos, TX
10/2019 - 09/2025
Hours per week: 50
Supervisor: CPT Maria Alvarez, (254) 555-0199, may contact
- Managed the property book for a 600-soldier battalion: 4,200 line items valued at $38 million
"""


def test_a_federal_resumes_header_and_role_fields_stay_where_they_are() -> None:
    """The citizenship and clearance line became a Summary section, and "Hours per week: 50"
    and the supervisor were the role's first two achievements."""
    cv = parse_cv_text(FEDERAL_RESUME)
    assert cv.contact[-1].startswith("U.S. Citizen | Veterans' Preference")
    assert [s.kind for s in cv.sections] == ["experience"]
    role = cv.sections[0].entries[0]
    assert role.details[-2:] == ["Hours per week: 50",
                                 "Supervisor: CPT Maria Alvarez, (254) 555-0199, may contact"]
    assert [i.text for i in role.items] == [
        "Managed the property book for a 600-soldier battalion: 4,200 line items valued at $38 "
        "million"]


def test_which_ones_the_ad_means_is_no_part_of_the_term() -> None:
    """"assigned weapon systems" was the term, and the person was asked whether "Issued and
    tracked equipment ..." shows assigned weapon systems."""
    from cvtailor.text.jd_terms import key_phrases

    terms = key_phrases("Plans and coordinates the life cycle logistics support of assigned "
                        "weapon systems", duty=True)
    assert "weapon systems" in terms and not any("assigned" in t for t in terms)
