"""Found trying the tool on a Canberra policy officer's CV and an Australian Public Service
Executive Level 1 ad, written before running anything. Each test failed on the code before
the fix."""

from __future__ import annotations

from cvtailor.engines.offline.jd_parser import parse_jd_text
from cvtailor.text.vocabulary import default_vocabulary

JD = """Assistant Director, Payments Policy
Department of Employment and Workplace Relations
Canberra, ACT

The role
The successful candidate will:
• manage the team's work program, priorities and performance
• identify and manage risks

Eligibility
To be eligible you must be an Australian citizen. The successful candidate must be able to
obtain and maintain a Baseline security clearance.
"""


def test_a_work_program_is_one_term() -> None:
    job = parse_jd_text(JD, default_vocabulary())
    kw = {r.text: r.keywords for r in job.requirements}
    assert kw["manage the team's work program, priorities and performance"] == ["work program"]


def test_citizenship_is_the_laws_condition_not_a_requirement() -> None:
    job = parse_jd_text(JD, default_vocabulary())
    assert not any("citizen" in r.text for r in job.requirements)
    assert any("Baseline security clearance" in r.keywords for r in job.requirements)
