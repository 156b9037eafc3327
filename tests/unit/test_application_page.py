"""What trying the tool as a job seeker found, on a CV and an ad outside every labelled set:
a Denver account manager's Markdown CV ("### Title — Employer (City, ST)" headings) to a senior
customer success manager ad copied whole from a Greenhouse page (title, location and "Apply"
over the ad, its list items pasted without their bullets, and the application form and
self-identification survey after it). Each test failed on the code before the fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from cvtailor.engines.offline.cv_parser import entry_heading_facts, parse_cv_text
from cvtailor.text.vocabulary import default_vocabulary
from tests.conftest import pasted_job

VOCAB = default_vocabulary()

GREENHOUSE_PAGE = """\
Back to jobs
Senior Customer Success Manager
Denver, Colorado, United States
Apply

Fieldnote builds scheduling and compliance software for home health agencies. Over 900 agencies use Fieldnote to schedule visits, capture notes at the bedside and bill Medicare.

About the role
As a Senior Customer Success Manager you will own a book of 40-60 mid-market agencies from onboarding through renewal. You'll be their advocate inside Fieldnote and the person who makes sure they get value from the product.

What you'll do
Own renewals and expansion for a book of business worth about $4M in ARR
Run quarterly business reviews with agency administrators and directors of nursing
Build success plans and track adoption through health scores in Gainsight
Spot churn risk early and lead save plans with Sales and Support
Turn customer feedback into clear requests for the product team

What you'll bring
5+ years in customer success or account management for a B2B SaaS product
A track record of hitting gross and net revenue retention targets
Experience with Gainsight or a similar CS platform
Comfort presenting to executives
Healthcare or home health experience is a plus

Compensation
The base salary range for this role is $95,000–$120,000 plus variable compensation. Fieldnote offers medical, dental and vision coverage, a 401(k) match and unlimited PTO.

Fieldnote is an equal opportunity employer. We do not discriminate on the basis of race, religion, color, national origin, gender, sexual orientation, age, marital status, veteran status, or disability status.

Apply for this job
* indicates a required field

First Name *
Last Name *
Email *
Phone *
Resume/CV *
Attach
Dropbox
Google Drive
Enter manually
Accepted file types: pdf, doc, docx, txt, rtf
LinkedIn Profile
Are you legally authorized to work in the United States? *
Select...
Will you now or in the future require sponsorship for employment visa status? *
Select...
How many years of customer success experience do you have? *
Why do you want to work at Fieldnote? *

Voluntary Self-Identification
For government reporting purposes, we ask candidates to respond to the below self-identification survey.
Gender
Select...
Are you Hispanic/Latino?
Select...
Veteran Status
Select...
Disability Status
Select...
Submit application
Powered by Greenhouse
Read our Privacy Policy
"""

CV = """\
# Priya Raman
Denver, CO · priya.raman@example.com · (303) 555-0142 · linkedin.com/in/priyaraman

## Summary
Account manager for SaaS products sold to clinics and care providers. Six years keeping customers, growing accounts and getting them live.

## Experience

### Account Manager — CareRoute (Boulder, CO)
*March 2021 – Present*
- Manage 55 accounts worth $3.2M a year; renewed 94% of revenue in 2023 and grew the book 112% net of churn
- Hold a business review every quarter with each clinic's practice manager and medical director
- Write a 90-day plan for every new account and watch usage in Totango to catch accounts going quiet
- Bring in Support and the account executive when an account looks likely to leave, and run the plan to keep it
- Pass customers' feature requests to product managers with the use case and the revenue at stake

### Customer Onboarding Specialist — MedLedger (Denver, CO)
*June 2018 – February 2021*
- Took 70 physical therapy practices live on billing software, each in under 30 days
- Trained front-desk and billing staff over video calls

## Education
B.S. Business Administration — University of Colorado Denver, 2018

## Skills
Totango, Salesforce, Zendesk, Excel, customer onboarding
"""


def test_an_ad_copied_from_an_application_page_is_read_without_its_form(
        tmp_path: Path) -> None:
    """The title was "Back to jobs" and the location empty."""
    text, job = pasted_job(tmp_path, GREENHOUSE_PAGE)
    assert text.startswith("# Senior Customer Success Manager\n")
    assert "First Name" not in text and "Voluntary Self-Identification" not in text
    assert (job.title, job.company, job.location) == (
        "Senior Customer Success Manager", "Fieldnote", "Denver, Colorado, United States")


def test_a_list_pasted_without_its_bullets_is_one_item_a_line(tmp_path: Path) -> None:
    """Its lines are as long as one another, so they were read as a text wrapped at that
    width: "Build success plans ... in Gainsight Spot churn risk early" and "5+ years in
    customer success ... for a B2B SaaS product A track record of ..." were one requirement
    each."""
    _, job = pasted_job(tmp_path, GREENHOUSE_PAGE)
    texts = [r.text for r in job.requirements]
    assert "Build success plans and track adoption through health scores in Gainsight" in texts
    assert "Spot churn risk early and lead save plans with Sales and Support" in texts
    assert "Turn customer feedback into clear requests for the product team" in texts
    assert "5+ years in customer success or account management for a B2B SaaS product" in texts
    assert "A track record of hitting gross and net revenue retention targets" in texts


def test_who_the_person_is_is_no_term(tmp_path: Path) -> None:
    """"the person who makes sure they get value from the product" gave the term "person"."""
    _, job = pasted_job(tmp_path, GREENHOUSE_PAGE)
    assert not any("person" in k.lower() for r in job.requirements for k in r.keywords)


def test_a_title_employer_and_place_in_brackets_are_three_facts() -> None:
    """"Account Manager — CareRoute (Boulder, CO)" had the title "Account Manager —
    CareRoute" and no employer, so an answer "At CareRoute I ..." went to an Additional
    Experience section as "At CareRoute, write a 90-day success plan ..."."""
    assert entry_heading_facts("Account Manager — CareRoute (Boulder, CO)") == (
        "Account Manager", "CareRoute", "Boulder, CO", "")
    assert entry_heading_facts("Front Range Engineers (Denver, CO)") == (
        "Front Range Engineers", "", "Denver, CO", "")
    roles = [e for s in parse_cv_text(CV).sections for e in s.entries if e.organization]
    assert [e.organization for e in roles][:2] == ["CareRoute", "MedLedger"]


@pytest.mark.semantic
def test_answers_naming_the_employer_go_under_its_role(tmp_path: Path) -> None:
    """... and "Totango, a customer success platform" took "CS platform" as "a customer success
    CS platform"."""
    from cvtailor import Session

    (tmp_path / "cv.md").write_text(CV, encoding="utf-8")
    (tmp_path / "jd.txt").write_text(GREENHOUSE_PAGE, encoding="utf-8")
    session = Session.start(tmp_path / "cv.md", tmp_path / "jd.txt",
                            store=tmp_path / "s.sqlite", interview=True)
    told = {"success plans": "At CareRoute I write a 90-day success plan for every new account "
                             "and track adoption in Totango.",
            "CS platform": "At CareRoute I use Totango, a customer success platform, to track "
                           "account health."}
    asked: list[str] = []
    for _ in range(5):
        if session.status != "awaiting_answers" or not session.pending \
                or session.pending.get("type") != "gap_questions":
            break
        questions = list(session.pending.get("questions") or [])
        asked += [q["term"] for q in questions]
        session.answer({q["id"]: told.get(q["term"], "no") for q in questions})
    session.accept_all()
    assert {"success plans", "CS platform"} <= set(asked)
    markdown = session.result().markdown
    role = markdown.split("### Account Manager — CareRoute (Boulder, CO)")[1].split("### ")[0]
    assert "- Write a 90-day success plan for every new account and track adoption in " \
           "Totango." in role
    assert "- Use Totango, a customer success platform, to track account health." in role
    assert "Additional Experience" not in markdown and "At CareRoute" not in markdown
