"""What trying the tool as a job seeker found, on a CV and an ad outside every labelled set:
a Perth site engineer's plain-text CV (career objective, employment history, licences,
"REFEREES / Available on request") to a civil site engineer ad copied whole from a SEEK page
(the board's menu, rating, classification, work type and pay over the ad; "What's on offer";
the employer's screening questions and the scam warning after it). Each test failed on the
code before the fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from cvtailor.engines.offline.cv_parser import parse_cv_text
from cvtailor.engines.offline.jd_parser import parse_jd_text
from cvtailor.text.vocabulary import default_vocabulary
from tests.conftest import pasted_job

VOCAB = default_vocabulary()

SEEK_PAGE = """\
Skip to content
SEEK
Job search
Profile
Career advice
Company reviews
Employer site

Site Engineer – Civil Infrastructure
Harbourline Civil
4.1
 · 212 reviews
View all jobs
Bunbury, Bunbury & South West WA
Construction (Civil Engineering)
Full time
$115,000 – $135,000 per year + super + vehicle
Posted 4d ago
Apply
Quick apply
Save

About Harbourline Civil
Harbourline Civil is a tier-2 civil contractor delivering roads, bridges and drainage for Main Roads WA and local government across the South West.

About the role
We are looking for a Site Engineer to join the Bussell Highway duplication project, a $90M road upgrade with two bridge structures. Reporting to the Project Engineer, you will set out and control the quality of earthworks, drainage and pavement works, and keep the project's records up to date.

Key responsibilities
• Set out works from design drawings using GPS and total station
• Prepare and close out ITPs and lot records for earthworks, drainage and pavements
• Coordinate subcontractors and plant on a daily basis
• Raise and track RFIs with the design team
• Measure quantities for progress claims
• Run toolbox talks and contribute to safety inspections
• Manage environmental controls, including erosion and sediment control

About you
• Degree in Civil Engineering
• 3+ years' site engineering experience on road or civil infrastructure projects
• Experience with 12d Model is highly regarded
• Knowledge of Main Roads WA specifications would be an advantage
• Current WA driver's licence and construction White Card

What's on offer
• Vehicle, phone and laptop
• 9-day fortnight
• Career progression within a growing contractor

If this sounds like you, click Apply now.

Employer questions
Your application will include the following questions:
Which of the following statements best describes your right to work in Australia?
How many years' experience do you have as a site engineer?
Do you have a current Australian driver's licence?
Do you hold a White Card (construction induction)?

Report this job advert
Be careful
Don't provide your bank or credit card details when applying for jobs.
Learn how to protect yourself
Job seeker
Job search
Profile
Recommended jobs
Saved searches
"""

CV = """\
DANIEL OKAFOR
Site Engineer | Perth WA | 0412 555 019 | d.okafor@example.com

CAREER OBJECTIVE
Civil site engineer with four years on road and drainage projects, looking to move into a larger highway project in the South West.

EMPLOYMENT HISTORY

Graduate / Site Engineer
Wallace & Reid Contracting, Perth WA
February 2021 – Present
- Set out kerbs, culverts and subgrade levels from the design model with a Trimble GPS rover and a Leica total station
- Put together inspection and test plans and lot files for 14 km of pavement and stormwater works and closed them out with the superintendent
- Ran the daily plan with three subcontractors and up to 20 items of plant
- Sent design queries to the consultant and kept the register until every one was answered
- Measured monthly quantities for the contract's progress payments
- Delivered the morning pre-start and joined weekly safety walks
- Installed and maintained silt fences and sediment basins to the project's ESCP

Vacation Student
City of Rockingham, Rockingham WA
December 2019 – February 2020
- Helped the asset team survey footpath defects and update the GIS layer

EDUCATION
Bachelor of Engineering (Civil) – Curtin University, 2020
Master of Engineering Management (part-time, 2 of 4 units completed) – Curtin University

SOFTWARE
AutoCAD Civil 3D, Excel, Trimble Business Center

LICENCES
WA C class driver's licence
Construction induction card (White Card)

REFEREES
Available on request
"""


def test_an_ad_copied_from_a_seek_page_is_read_without_the_page(tmp_path: Path) -> None:
    """The title was "Skip to content" and the company "SEEK"; the employer's screening
    questions ("How many years' experience do you have as a site engineer?") were
    requirements."""
    text, job = pasted_job(tmp_path, SEEK_PAGE)
    assert text.startswith("# Site Engineer – Civil Infrastructure\n")
    assert "Quick apply" not in text and "Employer questions" not in text
    assert "bank or credit card" not in text and "212 reviews" not in text
    assert (job.title, job.company, job.location) == (
        "Site Engineer – Civil Infrastructure", "Harbourline Civil",
        "Bunbury, Bunbury & South West WA")
    texts = [r.text for r in job.requirements]
    assert not any(t.endswith("?") for t in texts)
    assert "Raise and track RFIs with the design team" in texts
    assert "Current WA driver's licence and construction White Card" in texts


def test_what_is_on_offer_is_no_requirement(tmp_path: Path) -> None:
    """"What's on offer" (Australian and New Zealand ads) lists the benefits: "Vehicle, phone
    and laptop" and "9-day fortnight" were asked about as gaps ("Have you done vehicle?")."""
    _, job = pasted_job(tmp_path, SEEK_PAGE)
    texts = " ".join(r.text for r in job.requirements)
    assert "laptop" not in texts and "fortnight" not in texts and "progression" not in texts


def test_whose_it_is_and_how_often_are_no_terms() -> None:
    """"Keep the project's records up to date" gave the term "project's" (the noun after a
    possessive was read as a verb), and "on a daily basis" the term "daily basis"."""
    job = parse_jd_text("Responsibilities\n- Keep the project's records up to date\n"
                        "- Coordinate subcontractors and plant on a daily basis\n", VOCAB)
    assert [r.keywords for r in job.requirements] == [["records"], ["subcontractors"]]


def test_referees_available_on_request_is_a_line_of_its_own_section() -> None:
    """"REFEREES" was no heading, so it and "Available on request" were two more licences."""
    cv = parse_cv_text(CV)
    licences = next(s for s in cv.sections if s.heading == "LICENCES")
    assert [i.text for e in licences.entries for i in e.items] == [
        "WA C class driver's licence", "Construction induction card (White Card)"]
    referees = next(s for s in cv.sections if s.heading == "REFEREES")
    assert [(e.heading, [i.text for i in e.items]) for e in referees.entries] == [
        ("", ["Available on request"])]


def test_a_named_referee_stays_an_entry_and_on_request_is_no_name() -> None:
    """A referee's name heads its details; "Available upon request." under it was read as the
    next referee's name."""
    cv = parse_cv_text("# Jane Doe\n\n## Experience\n\n### Nurse, Acme Hospital\n2019 - 2021\n"
                       "- Cared for patients\n\n## References\n\nDr Tom Reed\n"
                       "Ward Manager, Acme Hospital\n\nAvailable upon request.\n")
    refs = next(s for s in cv.sections if s.heading == "References")
    assert [e.heading for e in refs.entries if e.heading] == ["Dr Tom Reed"]
    assert [i.text for e in refs.entries for i in e.items] == ["Available upon request."]


# The person's answers, by the term each question asks about.
ANSWERS = {
    "ITPs": "yes",
    "progress claims": "yes",
    "RFIs": "At Wallace & Reid Contracting I sent the design queries to the consultant as RFIs "
            "and tracked them in the register until each was closed.",
    "toolbox talks": "At Wallace & Reid Contracting I ran the morning pre-start, which was our "
                     "toolbox talk, and joined the weekly safety walks.",
}


@pytest.mark.semantic
def test_confirmed_and_described_terms_read_as_the_person_would_write_them(
        tmp_path: Path) -> None:
    """A yes to "Does 'Put together inspection and test plans ...' show ITPs?" gave the lead-in
    "ITPs: put together inspection and test plans ...": the line now spells them out. Answers
    that told a line again ("... sent the design queries to the consultant as RFIs and tracked
    them in the register"; "... ran the morning pre-start, which was our toolbox talk, and
    joined the weekly safety walks") were new bullets beside the line they retold, each said
    twice: now the line is the answer, which names the term and loses nothing."""
    from cvtailor import Session

    (tmp_path / "cv.txt").write_text(CV, encoding="utf-8")
    (tmp_path / "jd.txt").write_text(SEEK_PAGE, encoding="utf-8")
    session = Session.start(tmp_path / "cv.txt", tmp_path / "jd.txt",
                            store=tmp_path / "s.sqlite", interview=True)
    asked: list[str] = []
    for _ in range(5):  # rounds
        if session.status != "awaiting_answers" or not session.pending \
                or session.pending.get("type") != "gap_questions":
            break
        assert not session.pending.get("error")
        questions = list(session.pending.get("questions") or [])
        asked += [q["term"] for q in questions]
        session.answer({q["id"]: ANSWERS.get(q["term"], "no") for q in questions})
    session.accept_all()
    assert {"ITPs", "RFIs", "toolbox talks", "progress claims"} <= set(asked)
    markdown = session.result().markdown
    assert "- Put together inspection and test plans (ITPs) and lot files for 14 km" in markdown
    assert ("- Sent the design queries to the consultant as RFIs and tracked them in the "
            "register until each was closed\n") in markdown
    assert ("- Ran the morning pre-start, which was our toolbox talk, and joined the weekly "
            "safety walks\n") in markdown
    assert "Sent design queries" not in markdown and "Delivered the morning" not in markdown
    assert not any(f"{label}:" in markdown for label in ("ITPs", "RFIs", "Toolbox talks"))


def test_after_a_past_verb_a_base_form_is_no_next_duty() -> None:
    """"Looked after the erosion and sediment control: silt fences and sediment basins" was
    cut at "and sediment" (a verb too), so the answer seemed to add work and became a second
    bullet beside "Installed and maintained silt fences and sediment basins ..."."""
    from cvtailor.research.interview import restated_lines

    cv = parse_cv_text(CV)
    entry = next(s for s in cv.sections if s.heading == "EMPLOYMENT HISTORY").entries[0]
    line = restated_lines(entry, "Looked after the erosion and sediment control: silt fences "
                                 "and sediment basins to the ESCP.", "environmental controls")
    assert line is not None and line.text.startswith("Installed and maintained silt fences")


def test_an_answer_that_keeps_not_a_number_of_its_line_leaves_the_line_as_written() -> None:
    """The person's retelling replaces the line only when every number and name of the line
    is in it: "14 km" and "superintendent" lost would be facts of the CV lost."""
    from cvtailor.engines.offline.writer import _retold
    from cvtailor.models import CVItem, ItemType

    base = ("Put together inspection and test plans and lot files for 14 km of pavement and "
            "stormwater works and closed them out with the superintendent")
    item = CVItem(id="experience-1-2", type=ItemType.BULLET, text=base, original=base,
                  metadata={"answers": [{"line": "Wrote ITPs and lot records for the pavement "
                                                 "works and closed them out.", "term": "ITPs"}]})
    assert _retold(item, base, ["ITPs"]) is None
    item.metadata["answers"][0]["line"] = ("Wrote ITPs and lot files for 14 km of pavement and "
                                           "stormwater works, closed out with the "
                                           "superintendent.")
    assert _retold(item, base, ["ITPs"]) == (item.metadata["answers"][0]["line"].rstrip("."),
                                             ["ITPs"])


def test_a_retelling_keeps_the_name_that_leads_the_line() -> None:
    """A line that opens on a name ("Harbourline's Bussell Highway job ...") is the person's
    retelling only when the retelling names it too."""
    from cvtailor.engines.offline.writer import _retold
    from cvtailor.models import CVItem, ItemType

    base = "Harbourline's night works: sent design queries to the consultant"
    item = CVItem(id="experience-1-4", type=ItemType.BULLET, text=base, original=base,
                  metadata={"answers": [{"line": "Sent the design queries to the consultant as "
                                                 "RFIs.", "term": "RFIs"}]})
    assert _retold(item, base, ["RFIs"]) is None
