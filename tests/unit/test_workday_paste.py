"""What trying the tool as a job seeker found, on an ad outside every labelled set: a
maintenance planner ad copied whole from a Workday page (the site's menu, title, "Apply",
labelled details, then the ad with its lists under "What you will do:" and a blank line, and
"Similar Jobs" after it). Each test failed on the code before the fix."""

from __future__ import annotations

from pathlib import Path

from cvtailor.engines.offline.jd_parser import parse_jd_text
from cvtailor.models import JobPosting
from cvtailor.readers import read_document
from cvtailor.text.vocabulary import default_vocabulary

VOCAB = default_vocabulary()

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


def _job(tmp_path: Path, text: str = WORKDAY_PAGE) -> tuple[str, JobPosting]:
    path = tmp_path / "jd.txt"
    path.write_text(text, encoding="utf-8")
    read = read_document(path, kind="JD").text
    return read, parse_jd_text(read, VOCAB)


def test_an_ad_copied_from_a_workday_page_is_read_without_the_page(tmp_path: Path) -> None:
    """The title was "Skip to main content", the company "Northfield Energy Careers", and the
    similar jobs ("Reliability Engineer", "Posted 2 Days Ago", "Follow Us") requirements."""
    text, job = _job(tmp_path)
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
    _, job = _job(tmp_path)
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
    _, job = _job(tmp_path)
    nice = [r for r in job.requirements if r.text.startswith("Turnaround planning")]
    assert [(r.text, r.priority) for r in nice] == [
        ("Turnaround planning experience is an asset", "nice_to_have")]
