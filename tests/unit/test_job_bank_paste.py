"""A Job Bank (Government of Canada) posting copied whole, as a welder in Alberta would paste
it: the site's menu, the title over "Posted on ... by employer", the employer, its place and
pay, "Job details" and "Overview" labels, the duties under "Tasks", the asks under the site's
own labels, then "Who can apply to this job?". Each test failed on the code before the fix."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import pasted_job

PAGE = """\
Skip to main content
Government of Canada
Job Bank
Sign in
Job search
Welding supervisor
Job Bank
Verified
Posted on November 20, 2026 by employer
Northline Fabrication Ltd.
Edmonton, AB
$42.00 to $46.00 hourly (to be negotiated) / 40 hours per week
Job details
Location
Edmonton, AB T6E 5J4
Salary
$42.00 to $46.00 hourly (to be negotiated) / 40 hours per week
Terms of employment
Permanent employment
Full time
Day
Start date
Starts as soon as possible
vacancies
1 vacancy
Verified
Overview
Languages
English
Education
Secondary (high) school graduation certificate
Experience
5 years or more
Work setting
Manufacturing plant
Responsibilities
Tasks
Supervise, co-ordinate and schedule activities of workers who weld and cut metal
Establish methods to meet work schedules and co-ordinate work activities with other work units
Requisition materials and supplies
Resolve work problems and recommend measures to improve productivity and product quality
Train or arrange for training of workers
Ensure health and safety regulations are followed
Read blueprints and drawings and check welds for quality
Supervision
5-10 people
Certificates, licences, memberships, and courses
Welder Trade Certificate (Red Seal)
CWB certification
Experience and specialization
Equipment and machinery experience
MIG welding equipment
Flux-cored arc welding equipment
Additional information
Work conditions and physical capabilities
Fast-paced environment
Attention to detail
Personal suitability
Leadership
Organized
Reliability
Who can apply to this job?
Only apply to this job if:
You are a Canadian citizen, a permanent resident or a temporary resident of Canada.
You have a valid Canadian work permit.
How to apply
By email
careers@northlinefab.ca
Advertised until
2026-12-20
Report a problem or mistake on this page
"""


def test_the_title_employer_and_place_are_the_ads(tmp_path: Path) -> None:
    _, job = pasted_job(tmp_path, PAGE)
    assert (job.title, job.company, job.location) == (
        "Welding supervisor", "Northline Fabrication Ltd.", "Edmonton, AB")


def test_the_tasks_and_the_lists_it_asks_for_are_read_and_nothing_else(tmp_path: Path) -> None:
    _, job = pasted_job(tmp_path, PAGE)
    texts = [r.text for r in job.requirements]
    assert "Requisition materials and supplies" in texts
    assert {"Welder Trade Certificate (Red Seal)", "CWB certification", "MIG welding equipment",
            "Leadership"} <= set(texts)
    # the site's labels, work conditions and who may apply ask nothing of a welder
    assert not any(t.startswith(("Certificates, licences", "Work conditions", "You have a valid"))
                   for t in texts)
    # "training of workers" is an activity and whom it is for, never "of workers"
    assert not any(k.startswith("of ") for r in job.requirements for k in r.keywords)


CV = """# Darnell Okafor

## Experience

### Lead Hand Welder | Keystone Steel Works, Nisku, AB | 2022 – present
- Lead a crew of 6 welders and fitters on structural steel and skid packages
- Show apprentices how to set up for FCAW and run their first CWB test plates

## Certifications
- Interprovincial Red Seal – Welder, 2016
"""


def test_the_ads_name_for_the_cvs_short_form_reads_mid_sentence(tmp_path: Path) -> None:
    """"set up for FCAW" became "set up for Flux-cored arc welding": the capital was the ad's
    line's, not the practice's."""
    import cvtailor

    (tmp_path / "cv.md").write_text(CV, encoding="utf-8")
    (tmp_path / "jd.txt").write_text(PAGE, encoding="utf-8")
    markdown = cvtailor.tailor(tmp_path / "cv.md", tmp_path / "jd.txt").markdown
    assert "set up for flux-cored arc welding" in markdown


def test_a_credential_the_ad_names_two_ways_is_not_asked_about(tmp_path: Path) -> None:
    """"Welder Trade Certificate (Red Seal)" for a CV with a Red Seal: no question asks whether
    the person holds a Welder Trade Certificate."""
    from cvtailor.engines.offline.cv_parser import parse_cv_text
    from cvtailor.research.evidence import analyze_gaps, find_evidence
    from cvtailor.text.cvtext import evidence_corpus
    from cvtailor.text.vocabulary import default_vocabulary

    vocab = default_vocabulary()
    _, job = pasted_job(tmp_path, PAGE)
    cv = parse_cv_text(CV)
    report = analyze_gaps(job, find_evidence(cv, job, vocab), 10, vocab, evidence_corpus(cv))
    assert not any("Welder Trade Certificate" in q.term for q in report.questions)
    # a lead hand who leads a crew shows leadership
    assert not any(q.term == "Leadership" for q in report.questions)
