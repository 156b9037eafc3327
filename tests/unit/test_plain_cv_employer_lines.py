"""A plain-text CV's 'Title' over 'Employer, Town' over its dates, where neither the employer's
name ends in an employer word nor the town is one the place list knows ('Taff Valley Vets,
Pontypridd'), and its last heading 'OTHER'. On the code before this test the first role had no
employer, and 'OTHER' with the licence and language lines under it were details of the last
qualification."""

from cvtailor.engines.offline.cv_parser import parse_cv_text
from cvtailor.models import SectionKind

CV = """HANNAH PRICE RVN
Cardiff | hannah.price@example.co.uk

EMPLOYMENT

Registered Veterinary Nurse
Taff Valley Vets, Pontypridd
Sept 2019 - present
* Monitor anaesthesia for routine and emergency surgery

Animal Care Assistant
Paws Rescue Centre, Caerphilly
June 2017 - Aug 2019
* Cleaned kennels and helped at vaccination clinics

EDUCATION AND QUALIFICATIONS
Level 3 Diploma in Veterinary Nursing (Small Animal), Cardiff and Vale College, 2019
A levels: Biology, Chemistry, English

OTHER
Full UK driving licence. Welsh speaker.
"""


def test_an_employer_and_a_town_under_a_role() -> None:
    cv = parse_cv_text(CV, "text")
    jobs = next(s for s in cv.sections if s.kind == SectionKind.EXPERIENCE).entries
    assert [(e.title, e.organization) for e in jobs] == [
        ("Registered Veterinary Nurse", "Taff Valley Vets"),
        ("Animal Care Assistant", "Paws Rescue Centre")]
    assert jobs[0].location == "Pontypridd"


def test_other_is_a_heading() -> None:
    cv = parse_cv_text(CV, "text")
    education = next(s for s in cv.sections if s.kind == SectionKind.EDUCATION)
    assert not any("licence" in d or d == "OTHER" for e in education.entries for d in e.details)
    other = next(s for s in cv.sections if s.heading == "OTHER")
    assert other.kind == SectionKind.OTHER
    assert "Full UK driving licence" in other.entries[0].heading


def test_a_line_that_is_no_role_keeps_no_employer() -> None:
    cv = parse_cv_text("JO BLOGGS\n\nEMPLOYMENT\n\nSaturday Tuck Shop Work\nSaturday Club, Neath\n"
                       "2018 - 2019\n* Ran the tuck shop\n", "text")
    jobs = next(s for s in cv.sections if s.kind == SectionKind.EXPERIENCE).entries
    assert all(e.organization != "Saturday Club" for e in jobs)
