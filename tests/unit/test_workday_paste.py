"""What trying the tool as a job seeker found, on an ad outside every labelled set: a
maintenance planner ad copied whole from a Workday page (the site's menu, title, "Apply",
labelled details, then the ad with its lists under "What you will do:" and a blank line, and
"Similar Jobs" after it), for a Fort McMurray millwright and acting planner whose CV writes
work orders "in SAP". Each test failed on the code before the fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from cvtailor.text.vocabulary import default_vocabulary
from tests.conftest import pasted_job

VOCAB = default_vocabulary()

CV = """\
MARC-ANDRÉ TREMBLAY
Millwright | Red Seal | Fort McMurray, AB
780-555-0187 | ma.tremblay@example.com

PROFILE
Interprovincial Red Seal millwright with 9 years on oil sands crushers, conveyors and pumps. For the last two years I have planned the work for our mechanical crew.

WORK EXPERIENCE

Lead Millwright / Acting Planner	2019 – Present
Athabasca Mining Services, Fort McMurray, AB
• Turn notifications into work orders in SAP and lay out the week's jobs for a 12-person mechanical crew
• Put together the parts, tooling, safe work permits and procedures for each job before it goes to the field
• Sit down with the shift supervisors and the operations lead every Thursday to lock the next week's schedule
• Keep the backlog list and the percentage of scheduled work completed, and send both to the maintenance superintendent every Monday
• Sat in on the spring shutdown planning meetings for the primary crusher

Millwright	2015 – 2019
Keyano Industrial, Fort McMurray, AB
• Rebuilt slurry pumps, gearboxes and conveyor pulleys
• Laser-aligned motors and pumps and did vibration checks

EDUCATION AND TICKETS
Interprovincial Red Seal – Industrial Mechanic (Millwright), 2015
H2S Alive (Energy Safety Canada), 2024
Standard First Aid with CPR-C, 2023
"""

WORKDAY_PAGE = """\
Skip to main content
Northfield Energy Careers
Search for Jobs
Sign In
Maintenance Planner
Apply
locations
Fort McMurray, AB
time type
Full time
posted on
Posted 5 Days Ago
job requisition id
R-104233

Northfield Energy operates two oil sands extraction sites north of Fort McMurray. Our maintenance team keeps 400+ pieces of fixed and mobile equipment running safely, 24/7.

What you will do:

Plan and schedule preventive and corrective maintenance work orders in SAP PM
Build job packages with parts, tools, permits and procedures before work is released
Run the weekly schedule meeting with supervisors and operations
Track backlog and schedule compliance and report them to the maintenance superintendent
Work with reliability engineers to update PM task lists after failures

What you bring:

Journeyperson Millwright or Heavy Duty Equipment Technician ticket (Red Seal preferred)
3+ years of maintenance planning experience in heavy industry
Working knowledge of SAP PM
H2S Alive and Standard First Aid
Turnaround planning experience is an asset

This is a rotational position: 7 days on, 7 days off, with flights from Edmonton or Calgary.

Northfield Energy is an equal opportunity employer.

Similar Jobs (3)
Reliability Engineer
Fort McMurray, AB
Posted 2 Days Ago
Maintenance Supervisor - Mobile Equipment
Fort McMurray, AB
Posted 30+ Days Ago
Follow Us
About Northfield Energy
"""


def test_an_ad_copied_from_a_workday_page_is_read_without_the_page(tmp_path: Path) -> None:
    """The title was "Skip to main content", the company "Northfield Energy Careers", and the
    similar jobs ("Reliability Engineer", "Posted 2 Days Ago", "Follow Us") requirements."""
    text, job = pasted_job(tmp_path, WORKDAY_PAGE)
    assert text.startswith("# Maintenance Planner\n")
    assert "Similar Jobs" not in text and "R-104233" not in text
    assert (job.title, job.company, job.location) == (
        "Maintenance Planner", "Northfield Energy", "Fort McMurray, AB")
    texts = [r.text for r in job.requirements]
    assert not any("Posted" in t or "Follow" in t or t == "Reliability Engineer" for t in texts)


def test_a_list_after_a_blank_line_under_its_heading_is_one_item_a_line(
        tmp_path: Path) -> None:
    """"What you will do:", a blank line, then the duties one a line: the five duties were
    one requirement ("... in SAP PM Build job packages ... released Run the weekly ...")."""
    _, job = pasted_job(tmp_path, WORKDAY_PAGE)
    texts = [r.text for r in job.requirements]
    assert texts[:5] == [
        "Plan and schedule preventive and corrective maintenance work orders in SAP PM",
        "Build job packages with parts, tools, permits and procedures before work is released",
        "Run the weekly schedule meeting with supervisors and operations",
        "Track backlog and schedule compliance and report them to the maintenance "
        "superintendent",
        "Work with reliability engineers to update PM task lists after failures"]
    assert "3+ years of maintenance planning experience in heavy industry" in texts
    assert "Working knowledge of SAP PM" in texts


def test_an_item_that_says_it_is_an_asset_is_no_heading(tmp_path: Path) -> None:
    """"Turnaround planning experience is an asset", unbulleted, was read as the heading of
    a nice-to-have list with nothing under it: the requirement was lost."""
    _, job = pasted_job(tmp_path, WORKDAY_PAGE)
    nice = [r for r in job.requirements if r.text.startswith("Turnaround planning")]
    assert [(r.text, r.priority) for r in nice] == [
        ("Turnaround planning experience is an asset", "nice_to_have")]


def test_the_broader_thing_a_named_part_belongs_to_is_no_sibling() -> None:
    """"work orders in SAP" was a near-miss for "SAP PM", as RabbitMQ is for Kafka, so the
    line was quoted for nothing of its requirement."""
    from cvtailor.research.evidence import near_miss

    line = "Turn notifications into work orders in SAP and lay out the week's jobs"
    assert near_miss(["SAP PM", "maintenance work orders"], line, VOCAB) is None
    assert near_miss(["Kafka"], "Ran RabbitMQ queues for 40 services", VOCAB) is not None


@pytest.mark.semantic
def test_a_line_naming_the_broader_thing_is_asked_about_and_a_yes_narrows_it(
        tmp_path: Path) -> None:
    """"Working knowledge of SAP PM" said "Your CV does not mention SAP PM" to a CV that turns
    notifications into work orders in SAP. Now the SAP line is quoted, and a yes writes the
    part where the line names the whole ("work orders in SAP PM"), not a lead-in."""
    from cvtailor import Session

    (tmp_path / "cv.txt").write_text(CV, encoding="utf-8")
    (tmp_path / "jd.txt").write_text(WORKDAY_PAGE, encoding="utf-8")
    session = Session.start(tmp_path / "cv.txt", tmp_path / "jd.txt",
                            store=tmp_path / "s.sqlite", interview=True)
    asked = []
    for _ in range(5):
        if session.status != "awaiting_answers" or not session.pending \
                or session.pending.get("type") != "gap_questions":
            break
        questions = list(session.pending.get("questions") or [])
        asked += questions
        session.answer({q["id"]: "yes" if q["term"] == "SAP PM" else "no" for q in questions})
    session.accept_all()
    sap = [q for q in asked if q["term"] == "SAP PM"]
    assert len(sap) == 1 and sap[0]["kind"] == "confirm"
    assert any("work orders in SAP and" in e["text"] for e in sap[0]["evidence"])
    markdown = session.result().markdown
    assert "- Turn notifications into work orders in SAP PM and lay out the week's jobs for a " \
           "12-person mechanical crew\n" in markdown
    assert "SAP PM:" not in markdown
