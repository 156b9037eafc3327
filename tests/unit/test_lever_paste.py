"""What trying the tool as a job seeker found, on an ad outside every labelled set: a field
service technician ad copied whole from a Lever page (the company, title, location, team and
commitment over "Apply for this job", a pay range line, "Jobs powered by Lever"), for a San
Antonio maintenance technician. Each test failed on the code before the fix."""

from __future__ import annotations

from pathlib import Path

from cvtailor.engines.offline.jd_parser import parse_jd_text
from cvtailor.engines.offline.writer import attest
from cvtailor.research.evidence import _sentence_about
from cvtailor.text.vocabulary import default_vocabulary
from tests.conftest import pasted_job

VOCAB = default_vocabulary()

LEVER_PAGE = """\
Kestrel Robotics
Field Service Technician
San Antonio, TX
Field Service /
Full-time /
On-site
Apply for this job
Kestrel Robotics builds autonomous palletizing cells for food and beverage plants. Our field team installs, services and upgrades 300+ cells across Texas and Oklahoma.

As a Field Service Technician you will be the face of Kestrel on the plant floor, keeping our customers' lines running.

What you'll do
Install and commission new robotic cells with the project engineer
Troubleshoot PLC, servo and vision faults on site and over remote support
Carry out preventive maintenance visits to a published schedule
Train plant technicians to clear common faults themselves
Log every visit and part used in ServiceMax

What we're looking for
2+ years servicing industrial automation or robotics equipment
Working knowledge of Allen-Bradley PLCs and Studio 5000
Able to read electrical schematics
Valid driver's license and a clean driving record
Willing to travel up to 60% of the time, including overnight stays
FANUC robot experience is a plus

$68,000 - $82,000 a year, plus overtime and a company truck.

Apply for this job
Jobs powered by Lever
"""


def test_an_ad_copied_from_a_lever_page_is_read_without_the_page(tmp_path: Path) -> None:
    """"Jobs powered by Lever" and "$68,000 - $82,000 a year, plus overtime and a company
    truck" were requirements ("Lever", "company truck")."""
    text, job = pasted_job(tmp_path, LEVER_PAGE)
    assert text.startswith("# Field Service Technician\n\n**Kestrel Robotics**\n")
    assert (job.title, job.company, job.location) == (
        "Field Service Technician", "Kestrel Robotics", "San Antonio, TX")
    texts = " ".join(r.text for r in job.requirements)
    assert "Lever" not in texts and "$68,000" not in texts and "Field Service /" not in texts
    assert any(r.text == "FANUC robot experience is a plus" for r in job.requirements)


def test_a_products_number_is_part_of_its_name() -> None:
    """"Working knowledge of Studio 5000" gave the term "Studio"; a count is still no part of
    a term ("Cover Texas 300 days a year")."""
    job = parse_jd_text("Requirements\n- Working knowledge of Studio 5000\n"
                        "- Cover Texas 300 days a year\n", VOCAB)
    assert [r.keywords for r in job.requirements] == [["Studio 5000"], ["Cover Texas"]]


def test_a_question_quotes_a_line_whole_past_an_abbreviation() -> None:
    """"Does 'Industrial Maintenance Technology, St.' show servicing industrial automation?":
    "St." of "St. Philip's College" was taken for a sentence's end."""
    line = "A.A.S. Industrial Maintenance Technology, St. Philip's College, 2019"
    assert _sentence_about(line, "servicing industrial automation",
                           "2+ years servicing industrial automation") == line
    assert _sentence_about("Led a team of 5. Cut scrap by 10%.", "scrap", "reduce scrap") \
        == "Cut scrap by 10%."


def test_a_line_that_shows_a_term_by_two_initials_spells_them_out() -> None:
    """"Preventive maintenance: do the monthly PM route ...": the line names it as "PM"."""
    assert attest("Do the monthly PM route on conveyors, fillers and the robot cells",
                  "preventive maintenance") == (
        "Do the monthly preventive maintenance (PM) route on conveyors, fillers and the robot "
        "cells")
