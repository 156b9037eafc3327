"""What trying the tool as a job seeker found, on a CV outside every labelled set: a
Manchester store manager's skills-based CV (achievements under skill headings, a bare list of
roles, then "IOSH Managing Safely, 2021", "Fire Marshal training, 2023" and a degree, one a
line without bullets). Each test failed on the code before the fix, but for the guard."""

from __future__ import annotations

from cvtailor.engines.offline.cv_parser import parse_cv_text
from cvtailor.models import SectionKind

CV = """\
# Daniel Okafor

Manchester · 07700 900789 · daniel.okafor@example.co.uk

## Profile

Former retail store manager moving into facilities coordination, with eight years of keeping busy sites safe, staffed and running.

## Key skills and achievements

### Health and safety
- Carried out monthly fire alarm tests and quarterly evacuation drills for a 3-floor store
- Kept the store's COSHH register and risk assessments up to date; passed 4 audits in a row

### Contractor management
- Booked and supervised contractors for HVAC, lift and electrical repairs, signing off permits to work
- Cut reactive maintenance spend by 18% by moving 6 suppliers onto planned service contracts

### Team leadership
- Managed a team of 22, including rotas, training and absence

## Employment history

Store Manager, Northway Home Stores, Manchester — 2018 to present
Assistant Store Manager, Northway Home Stores, Stockport — 2015 to 2018
Sales Assistant, Bridge Street Books, Manchester — 2013 to 2015

## Education and training

IOSH Managing Safely, 2021
Fire Marshal training, 2023
BA (Hons) Business Studies, Manchester Metropolitan University, 2013
"""


def test_each_dated_qualification_line_is_its_own_entry() -> None:
    """The three were one entry: "IOSH Managing Safely, 2021" with the fire marshal training
    and the degree as its details."""
    cv = parse_cv_text(CV)
    education = next(s for s in cv.sections if s.kind is SectionKind.EDUCATION)
    assert [(e.title, e.organization, e.dates) for e in education.entries] == [
        ("IOSH Managing Safely", "", "2021"), ("Fire Marshal training", "", "2023"),
        ("BA (Hons) Business Studies", "Manchester Metropolitan University", "2013")]


def test_a_schools_dated_line_under_its_degree_stays_its_detail() -> None:
    """Guard: "University of Leeds — First Class Honours, 2019" under "BSc Computer Science"
    is where and when that degree was taken."""
    cv = parse_cv_text("# Ann Lee\n\n## Education\n\nBSc Computer Science, 2019\n"
                       "University of Leeds — First Class Honours, 2019\n")
    education = next(s for s in cv.sections if s.kind is SectionKind.EDUCATION)
    assert len(education.entries) == 1


def test_skill_groups_keep_their_headings() -> None:
    """"### Health and safety" over its achievements was one more bullet of the skills list
    ("- Health and safety", then "- Carried out monthly fire alarm tests ..."): the tailored CV
    lost the person's layout."""
    from cvtailor.writers.markdown import render_markdown

    cv = parse_cv_text(CV)
    skills = next(s for s in cv.sections if s.kind is SectionKind.SKILLS)
    assert [e.heading for e in skills.entries] == [
        "Health and safety", "Contractor management", "Team leadership"]
    assert all(i.text != "Health and safety" for e in skills.entries for i in e.items)
    markdown = render_markdown(cv)
    assert "### Health and safety\n\n- Carried out monthly fire alarm tests" in markdown
