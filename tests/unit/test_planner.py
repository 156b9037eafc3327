"""The offline plan, phase by phase: carriers, key qualifications, summary."""

from __future__ import annotations

import re

from cvtailor.engines.offline import OfflineEngine
from cvtailor.engines.offline.writer import write
from cvtailor.models import Plan, SectionKind, StructuredCV, WriteTask
from cvtailor.research.evidence import find_evidence
from tests.conftest import CV_MD, JD_MD


def plan_for(cv_text: str, jd_text: str) -> tuple[Plan, OfflineEngine, StructuredCV]:
    engine = OfflineEngine()
    cv, job = engine.parse_cv(cv_text, "markdown"), engine.parse_jd(jd_text)
    report = engine.analyze_gaps(cv, job, find_evidence(cv, job, engine.vocab))
    return engine.plan(cv, job, report), engine, cv


def without_summary(text: str) -> str:
    return re.sub(r"## Summary\n\n.*?\n\n", "", text, flags=re.S)


def test_a_missing_summary_is_one_sentence_from_the_cvs_own_facts() -> None:
    plan, engine, cv = plan_for(without_summary(CV_MD.read_text()), JD_MD.read_text())
    item_plan = plan.for_item("summary-1-1")
    assert item_plan is not None and item_plan.role_title == "Senior Data Engineer"
    item = plan.added_to(cv).item_map()["summary-1-1"]
    task = WriteTask(item=item, section=SectionKind.SUMMARY, plan=item_plan)
    text = write(task, engine.vocab).text
    assert re.fullmatch(r"Senior Data Engineer working with [\w/ ,.]+ and [\w/ .]+\.", text)
    assert "experience in" not in text


CV_NO_TOOLS = """# Dana Whitfield

dana@example.com

## Experience

### Staff Accountant — Halvorsen Supply
Aug 2021 – Present

- Prepare and review 45 balance sheet reconciliations each month.
- Post recurring and adjusting journal entries for accruals and prepaids.

## Education

Bachelor of Science in Accounting — Lakeland State University, 2014 – 2018
"""
JD_ACCOUNTANT = """# Senior Accountant

## Requirements

- Bachelor's degree in accounting
- Balance sheet reconciliations
- Journal entries for accruals
- Month-end close
"""


def test_no_summary_when_no_good_sentence_can_be_built() -> None:
    plan, _, _ = plan_for(CV_NO_TOOLS, JD_ACCOUNTANT)
    assert plan.for_item("summary-1-1") is None
    assert not any(s.kind == SectionKind.SUMMARY for s in plan.additions)


def test_a_degree_is_a_key_qualification_only_as_the_cv_holds_it() -> None:
    # the JD's phrase with the CV's own field (text/degrees.py), never the bare vocabulary term
    plan, _, _ = plan_for(CV_NO_TOOLS, JD_ACCOUNTANT)
    degrees = [q for q in plan.key_qualifications if "degree" in q.lower()
               or "bachelor" in q.lower()]
    assert degrees == ["Bachelor's degree, Accounting"]
    # a wrong field or a degree still in progress is no key qualification
    for cv in (CV_NO_TOOLS.replace("in Accounting", "in History"),
               CV_NO_TOOLS.replace("2014 – 2018", "expected May 2027")):
        plan, _, _ = plan_for(cv, JD_ACCOUNTANT)
        assert not any("degree" in q.lower() or "bachelor" in q.lower()
                       for q in plan.key_qualifications), plan.key_qualifications


def test_a_cv_that_already_says_every_term_gets_an_empty_plan() -> None:
    cv = CV_NO_TOOLS.replace("Bachelor of Science", "Bachelor's degree (Bachelor of Science)")
    plan, _, _ = plan_for(cv, JD_ACCOUNTANT.replace("- Month-end close\n", ""))
    assert plan.keywords and plan.items == [] and plan.additions == []


def test_a_degree_is_never_crowded_out_by_the_limit() -> None:
    """A degree the JD asks for is a screening criterion: with room for one key qualification,
    it is that one."""
    from cvtailor.engines.offline.planner import make_plan

    engine = OfflineEngine()
    degree_last = JD_ACCOUNTANT.replace("- Bachelor's degree in accounting\n", "") + \
        "- Bachelor's degree in accounting\n"
    cv, job = engine.parse_cv(CV_NO_TOOLS, "markdown"), engine.parse_jd(degree_last)
    report = engine.analyze_gaps(cv, job, find_evidence(cv, job, engine.vocab))
    assert len(make_plan(cv, job, report, engine.vocab).key_qualifications) > 1
    plan = make_plan(cv, job, report, engine.vocab, key_qualifications=1)
    assert plan.key_qualifications == ["Bachelor's degree, Accounting"]


def test_a_confirmed_term_a_summary_cannot_take_goes_to_a_confirmed_bullet() -> None:
    """The person confirmed a bullet and the summary for a second term: the summary, a
    paragraph with no noun the term refines, cannot take it, so the bullet (already leading
    with another confirmed term) carries it rather than nobody."""
    from cvtailor.engines.offline.planner import _attested_carriers

    cv = OfflineEngine().parse_cv(
        "# Sam Reyes\n\n## Summary\nLicensed journeyman electrician with 12 years in the "
        "trade. I'd rather fix the cause than reset the breaker twice.\n\n## Experience\n"
        "### Electrician — Polar Cold Storage\n2021 – present\n- Work through 25 scheduled "
        "service tasks a week on dock doors, levelers and switchgear.\n", "markdown")
    items = {i.id: i for i in cv.items()}
    bullet = next(i for i, it in items.items() if "dock doors" in it.text)
    summary = next(i for i, it in items.items() if "journeyman" in it.text)
    per_item: dict[str, list[str]] = {}
    _attested_carriers(per_item, cv, {"preventive maintenance": [bullet],
                                      "electrical maintenance": [summary, bullet]}, "")
    assert per_item == {bullet: ["preventive maintenance", "electrical maintenance"]}


def test_a_confirmed_term_planned_only_for_a_skills_line_still_goes_to_the_bullet() -> None:
    """A term the person confirmed for a bullet, which the skills line was also given (it
    lists the tool that implies it), is written into that bullet too: a skills row that
    cannot take it must not swallow the person's yes."""
    from cvtailor.engines.offline.planner import _attested_carriers

    cv = OfflineEngine().parse_cv(
        "# Ana Roe\n\n## Experience\n### Engineer — Kitehaus Media\n2019 – present\n"
        "- Set up Datadog APM, dashboards and SLO-based alerts for 12 services.\n\n"
        "## Skills\n- Cloud & Ops: AWS, Docker, Datadog\n", "markdown")
    items = {i.id: i for i in cv.items()}
    bullet = next(i for i, it in items.items() if "Datadog APM" in it.text)
    skills = next(i for i, it in items.items() if it.text.startswith("Cloud"))
    per_item: dict[str, list[str]] = {skills: ["observability"]}
    _attested_carriers(per_item, cv, {"observability": [bullet, skills]}, "")
    assert per_item == {skills: ["observability"], bullet: ["observability"]}
