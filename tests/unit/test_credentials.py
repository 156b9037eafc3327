"""Credentials are held or not: a credential the CV only works towards never becomes the
credential, in the guard (any draft, any engine) or in the offline plan."""

from __future__ import annotations

from pathlib import Path

import pytest

from cvtailor.checks.fabrication import check_draft, credential_held, unheld_credentials
from cvtailor.engines.offline import OfflineEngine
from cvtailor.models import Draft
from cvtailor.text.vocabulary import default_vocabulary

VOCAB = default_vocabulary()

# (what the CV says, the credential a draft must not claim from it)
NOT_HELD = {
    "cpa_sections": ("CPA exam: passed 2 of 4 sections (FAR, Nov 2023; REG, Mar 2024). AUD and "
                     "TCP scheduled for 2025.", "CPA"),
    "cpa_passed_of": ("Passed 2 of 4 CPA exam sections while working full time.", "CPA"),
    "cpa_candidate": ("Senior FP&A analyst with 8 years in corporate finance. CPA candidate.",
                      "CPA"),
    "cpa_spelled_out": ("Certified Public Accountant candidate, exam scheduled for May.",
                        "Certified Public Accountant"),
    "pmp_studying": ("Led 4 ERP rollouts on time; studying for the PMP.", "PMP"),
    "pmp_in_progress": ("PMP certification in progress (exam booked).", "PMP"),
    "cpp_candidate": ("Security supervisor for a 40-guard site; CPP candidate.", "CPP"),
    "degree_expected": ("B.Sc. in Computer Science — Lakeside University, expected May 2026",
                        "Bachelor's degree"),
    "degree_pursuing": ("Pursuing a Master of Science in Nursing, part time.", "Master's degree"),
    "cpa_sitting": ("Sitting the CPA exam in 2027.", "CPA"),
    "pmp_expired": ("PMP (expired 2021).", "PMP"),
    "pmp_due": ("PMP, due to complete in March 2027.", "PMP"),
    "degree_year_of": ("Bachelor of Arts in Business Studies, Open University, year 2 of 4",
                       "Bachelor's degree"),
    "degree_remaining": ("Associate degree in Logistics (1 semester remaining)",
                         "Associate degree"),
}
HELD = {
    "cpa_licensed": ("Licensed CPA (Wisconsin, 2019); passed the exam on the first attempt.",
                     "CPA"),
    "pmp_certified": ("PMP certified since 2020; led 4 ERP rollouts.", "PMP"),
    "cpp": ("CPP, ASIS International, 2021.", "CPP"),
    "degree": ("B.Sc. in Computer Science — Lakeside University, 2016 – 2020",
               "Bachelor's degree"),
}


def errors(text: str, evidence: str) -> set[str]:
    result = check_draft(Draft(item_id="x", text=text, original=""), [evidence], VOCAB)
    return {i.code for i in result.issues if i.severity == "error"}


@pytest.mark.parametrize("case", sorted(NOT_HELD))
def test_a_credential_worked_towards_is_not_held(case: str) -> None:
    evidence, credential = NOT_HELD[case]
    assert unheld_credentials(credential, evidence, VOCAB) == [credential]
    assert not credential_held(credential, evidence, VOCAB)
    assert "unheld_credential" in errors(credential, evidence)
    # ... also inside a sentence a draft writes, not only as a bare key qualification.
    assert "unheld_credential" in errors(f"Accountant and {credential} with 8 years.", evidence)


@pytest.mark.parametrize("case", sorted(HELD))
def test_a_held_credential_passes(case: str) -> None:
    evidence, credential = HELD[case]
    assert credential_held(credential, evidence, VOCAB)
    assert "unheld_credential" not in errors(credential, evidence)


@pytest.mark.parametrize("case", sorted(NOT_HELD))
def test_repeating_the_not_held_wording_is_fine(case: str) -> None:
    evidence, _ = NOT_HELD[case]
    assert "unheld_credential" not in errors(evidence, evidence)


def test_an_acronym_the_cv_never_calls_a_credential_is_not_this_checks_concern() -> None:
    evidence = "Wrote SQL to forecast expected demand for 40 stores."
    assert credential_held("SQL", evidence, VOCAB)


CV = """# Dana Whitfield

dana@example.com

## Experience

### Staff Accountant — Halvorsen Supply
Aug 2021 – Present

- Prepare and review 45 balance sheet reconciliations each month in BlackLine.
- Post recurring and adjusting journal entries for accruals and prepaids.
- Built an Excel flux-analysis template with pivot tables for the monthly variance review.

## Education

B.Sc. in Accounting — Lakeland State University, expected May 2026

## Certifications

- CPA exam: passed 2 of 4 sections; AUD and TCP scheduled for 2025.
- Studying for the PMP.
- CPP candidate.
"""
JD = """# Senior Accountant

## Requirements

- Active CPA license required
- PMP certification
- CPP certification
- Bachelor's degree in accounting
- Balance sheet reconciliations and journal entries
- Advanced Excel (pivot tables)
"""


def test_the_offline_plan_never_turns_progress_into_the_credential() -> None:
    engine = OfflineEngine()
    cv, job = engine.parse_cv(CV, "markdown"), engine.parse_jd(JD)
    from cvtailor.research.evidence import find_evidence

    report = engine.analyze_gaps(cv, job, find_evidence(cv, job, VOCAB))
    plan = engine.plan(cv, job, report)
    claimed = {"CPA", "PMP", "CPP", "Bachelor's degree", "B.Sc."}
    assert not claimed & {k for k in plan.keywords}
    assert not claimed & set(plan.key_qualifications)
    for item in plan.items:
        assert not claimed & set(item.keywords), item


def test_a_credential_named_after_its_practice_is_asked_for_whole(tmp_path: Path) -> None:
    """"Bonus if you hold a backflow prevention tester certificate" asks for the certificate:
    a plumber who installed backflow preventers does not hold it, so the tailored CV claims
    neither the certificate nor "backflow prevention" (a key qualification of that name, next
    to the real credentials, reads as the certificate). The same words asked as a practice
    are still found in the line."""
    from cvtailor import tailor
    from cvtailor.engines.offline.jd_parser import parse_jd_text

    job = parse_jd_text("# Plumbing Foreman\n\n## Requirements\n\n"
                        "- Bonus if you hold a backflow prevention tester certificate\n", VOCAB)
    assert job.requirements[0].keywords == ["backflow prevention tester certificate"]
    cv = tmp_path / "cv.md"
    cv.write_text("# Sam Doe\n\n## Experience\n\n### Plumber — Northway Mechanical\n"
                  "2018 – Present\n\n- Installed 12 backflow preventers on the domestic water "
                  "services at a care home.\n- Ran copper and PEX supply lines for 40 suites.\n",
                  encoding="utf-8")
    jd = tmp_path / "jd.md"
    jd.write_text("# Plumbing Foreman\n\nNorthway Mechanical\n\n## Requirements\n\n"
                  "- 5 years of ICI plumbing\n- Bonus if you hold a backflow prevention tester "
                  "certificate\n", encoding="utf-8")
    assert "backflow prevention" not in tailor(cv, jd).markdown.lower()
    jd.write_text("# Plumbing Foreman\n\nNorthway Mechanical\n\n## Requirements\n\n"
                  "- Experience with backflow prevention\n", encoding="utf-8")
    assert "backflow prevention" in tailor(cv, jd).markdown.lower()


def test_a_listed_certificate_is_no_experience_of_what_it_teaches(tmp_path: Path) -> None:
    """"A Six Sigma Green Belt or other proven experience in process improvement": a Yellow
    Belt listed among the certifications is a course taken, not process improvement done, so
    the tailored CV names neither. Asked only as knowledge, the certificate still shows it."""
    from cvtailor import tailor

    cv = tmp_path / "cv.md"
    cv.write_text("# Ana Ruiz\n\n## Experience\n\n### Lab Technician — Clinica Norte\n"
                  "2017 – Present\n\n- Run the daily quality control samples on the analysers."
                  "\n\n## Certifications\n\n- Lean Six Sigma Yellow Belt, 2022\n",
                  encoding="utf-8")
    jd = tmp_path / "jd.md"
    jd.write_text("# Senior Lab Technician\n\nClinica Sur\n\n## Requirements\n\n"
                  "- Run the daily quality control samples\n"
                  "- A Six Sigma Green Belt or other proven experience in process improvement\n",
                  encoding="utf-8")
    assert "process improvement" not in tailor(cv, jd).markdown.lower()
    jd.write_text("# Senior Lab Technician\n\nClinica Sur\n\n## Requirements\n\n"
                  "- Run the daily quality control samples\n"
                  "- Knowledge of process improvement\n", encoding="utf-8")
    assert "process improvement" in tailor(cv, jd).markdown.lower()


# (the CV's education line, the requirement the JD makes of it)
UNFINISHED = {
    "modules": ("CIPS Level 4 Diploma in Procurement and Supply, 4 of 6 modules passed",
                "CIPS Level 4 Diploma"),
    "sitting": ("Sitting the CPA exam in 2027", "CPA"),
    "year_of": ("BA in Business Studies, Open University, year 2 of 4",
                "Bachelor's degree in business"),
    "due": ("Diploma in Supply Chain Management, due to complete June 2027",
            "Diploma in supply chain management"),
    "remaining": ("Associate degree in Logistics (1 semester remaining)",
                  "Associate degree in logistics"),
    "expired": ("AWS Certified Solutions Architect – Associate (expired 2021)",
                "Current AWS Certified Solutions Architect certification"),
}
BUYER_CV = """# Sam Reyes

sam@example.com

## Experience

### Purchasing Assistant — Ridgeway County Council
Jan 2022 – Present

- Raised 40 purchase orders a week and chased late deliveries with suppliers.

## Education and training

- {line}
"""
BUYER_JD = """# Procurement Officer

## Requirements

- {requirement}
- Raise purchase orders and chase late deliveries
"""


@pytest.mark.parametrize("case", sorted(UNFINISHED))
def test_an_unfinished_course_never_meets_the_requirement_for_it(case: str) -> None:
    line, requirement = UNFINISHED[case]
    engine = OfflineEngine()
    from cvtailor.research.evidence import find_evidence

    cv = engine.parse_cv(BUYER_CV.format(line=line), "markdown")
    job = engine.parse_jd(BUYER_JD.format(requirement=requirement))
    report = engine.analyze_gaps(cv, job, find_evidence(cv, job, engine.vocab))
    req = next(r for r in job.requirements if r.text == requirement)
    assert report.by_requirement()[req.id].status != "matched"
    plan = engine.plan(cv, job, report)
    assert not any(word in q for q in plan.key_qualifications
                   for word in ("degree", "Diploma", "CPA", "CIPS", "AWS"))
