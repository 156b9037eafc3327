"""What trying the tool as a job seeker found, on an ad outside every labelled set: a water
reclamation operator posting copied whole from a GovernmentJobs (NEOGOV) page, where most US
cities and counties post their jobs (the site's menu, the employer and title over "Apply",
labelled details, the Description / Benefits / Questions tabs, the ad, then the agency's
address card). Each test failed on the code before the fix, but for the guard."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import pasted_job

NEOGOV_PAGE = """\
Skip to Main Content
Sign In
Job Alerts
Jobs
City of Fort Collins
Water Reclamation Operator II
Apply
Save this job
Salary
$27.85 - $36.21 Hourly
Location
Fort Collins, CO
Job Type
Full Time
Job Number
202600412
Department
Utilities
Division
Water Reclamation
Opening Date
11/18/2026
Closing Date
12/9/2026 11:59 PM Mountain
Description
Benefits
Questions
Description
The City of Fort Collins Utilities is looking for a Water Reclamation Operator II to join the team at the Drake Water Reclamation Facility, a 23 MGD activated sludge plant.

Examples of Duties
Operate and monitor the activated sludge process, clarifiers, UV disinfection and anaerobic digesters from the SCADA system.
Collect process samples and perform laboratory tests for pH, dissolved oxygen, TSS and settleability.
Adjust process controls to meet discharge permit limits and record readings in the plant log.
Perform routine preventive maintenance on pumps, blowers and chemical feed equipment.
Work rotating 12-hour shifts, including nights, weekends and holidays.

Minimum Qualifications
High school diploma or GED.
Colorado Class B Wastewater Treatment Operator certification, or the ability to obtain it within 12 months of hire.
Two years of experience in the operation of a wastewater treatment plant.
Valid driver's license.

Preferred Qualifications
Colorado Class A Wastewater Treatment Operator certification.
Experience with biosolids handling and dewatering centrifuges.

Supplemental Information
The City of Fort Collins is an equal opportunity employer. Candidates must pass a background check.
Agency
City of Fort Collins
Address
300 LaPorte Ave
Fort Collins, Colorado, 80521
Phone
970-221-6535
Website
https://www.fcgov.com/jobs
"""


def test_a_posting_copied_from_governmentjobs_is_read_without_the_page(
        tmp_path: Path) -> None:
    """The title was "Skip to Main Content", the company "Sign In", and "Supplemental
    Information" a requirement."""
    text, job = pasted_job(tmp_path, NEOGOV_PAGE)
    assert (job.title, job.company, job.location) == (
        "Water Reclamation Operator II", "City of Fort Collins", "Fort Collins, CO")
    said = [r.text for r in job.requirements]
    assert "Supplemental Information" not in said
    assert not any("LaPorte" in t or "970-221" in t or "202600412" in t for t in said)
    assert "300 LaPorte Ave" not in text


def test_its_duties_and_qualifications_are_the_requirements(tmp_path: Path) -> None:
    """Guard: taken out of the page, the ad's own lists are read as before."""
    _, job = pasted_job(tmp_path, NEOGOV_PAGE)
    wanted = {r.text: r.priority for r in job.requirements}
    assert wanted["Two years of experience in the operation of a wastewater treatment "
                  "plant"] == "critical"
    assert wanted["Experience with biosolids handling and dewatering centrifuges"] \
        == "nice_to_have"
    assert any(t.startswith("Operate and monitor the activated sludge process") for t in wanted)


def test_the_jobs_own_town_is_no_part_of_a_term() -> None:
    """"you'll run the Dayton shop floor" for a job in Dayton, OH asked "Does ... show
    Dayton shop floor?": where the work is, no skill."""
    from cvtailor.engines.offline.jd_parser import parse_jd_text
    from cvtailor.text.vocabulary import default_vocabulary

    job = parse_jd_text("# Fleet Maintenance Supervisor\n\n**Acme Freight** · Dayton, OH\n\n"
                        "## What you'll do\n\n- Run the Dayton shop floor on the night shift\n",
                        default_vocabulary())
    assert job.location == "Dayton, OH"
    [req] = job.requirements
    assert "shop floor" in req.keywords and not any("Dayton" in k for k in req.keywords)


def test_the_jobs_own_town_without_its_article_is_no_term() -> None:
    """"Makes sure that every watch leaves Le Locle on time" for a job in Le Locle asked
    "Does ... show Locle?": the town, with its article or without, is no skill."""
    from cvtailor.engines.offline.jd_parser import parse_jd_text
    from cvtailor.text.vocabulary import default_vocabulary

    job = parse_jd_text("# Team Leader\n\n**Vuilleumier Horlogerie SA** · Le Locle, canton of "
                        "Neuchâtel\n\n## Your role\n\n- Makes sure that every watch leaves "
                        "Le Locle on time\n- Service watches from our La Chaux-de-Fonds "
                        "boutique\n", default_vocabulary())
    assert job.location == "Le Locle, canton of Neuchâtel"
    assert not any("Locle" in k for req in job.requirements for k in req.keywords)
    # an article is a word of its own: Leeds is no "eds"
    from cvtailor.engines.offline.jd_parser import _without_place

    assert _without_place(["eds", "shop floor"], "Leeds, UK") == ["eds", "shop floor"]
