"""A support team lead's résumé to a customer success ad copied from LinkedIn: an ad's second
ask after "and with" is read once ("Comfortable with a CRM and with data in spreadsheets"),
a tool the résumé marks as barely used ("Salesforce (view only)") shows no CRM, and an answer
"At Fieldwise I ..." goes under the current role at "Fieldwise (field service scheduling
software)", not the earlier one at "Fieldwise"."""

from __future__ import annotations

from cvtailor.engines.offline.cv_parser import parse_cv_text
from cvtailor.engines.offline.jd_parser import parse_jd_text
from cvtailor.models import Answer, Question
from cvtailor.research.evidence import find_evidence
from cvtailor.research.interview import apply_answers
from cvtailor.text.vocabulary import default_vocabulary

VOCAB = default_vocabulary()

CV = """# Tomás Reyes

## Experience

### Support Team Lead — Fieldwise (field service scheduling software), Austin, TX
March 2023 – Present
- Own escalations for our 40 largest accounts

### Customer Support Specialist — Fieldwise, Austin, TX
June 2020 – February 2023
- Wrote and updated 80 help center articles

## Skills
Zendesk, Intercom, Salesforce (view only), Google Sheets
"""

JD = """# Customer Success Manager

## What you'll do
Build success plans with each customer

## What you'll bring
Comfortable with a CRM (we use HubSpot) and with data in spreadsheets
"""


def test_a_second_ask_takes_its_lead_once() -> None:
    texts = [r.text for r in parse_jd_text(JD, VOCAB).requirements]
    assert "Comfortable with data in spreadsheets" in texts


def test_a_tool_marked_as_barely_used_shows_nothing_it_implies() -> None:
    cv, job = parse_cv_text(CV), parse_jd_text(JD, VOCAB)
    crm = next(r for r in job.requirements if "CRM" in r.keywords)
    assert not any(e.term == "CRM" for e in find_evidence(cv, job, VOCAB).get(crm.id, []))


def test_an_answer_naming_the_employer_goes_under_its_current_role() -> None:
    cv, job = parse_cv_text(CV), parse_jd_text(JD, VOCAB)
    plans = next(r for r in job.requirements if "success plans" in r.keywords)
    q = Question(id=f"q-{plans.id}", requirement_id=plans.id, text="?", term="success plans")
    out = apply_answers(cv, job, [q], [Answer(
        question_id=q.id, text="At Fieldwise I build a 30-day success plan with each new "
                               "customer's admin.")])
    assert out.cv.locate(out.described[0])[1].title == "Support Team Lead"
