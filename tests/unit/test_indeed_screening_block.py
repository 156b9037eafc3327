"""What trying the tool as a job seeker found, on a CV and an ad outside every labelled set: a
Memphis medical billing specialist to a billing supervisor (an Indeed ad ending in its
"Experience:" and "License/Certification:" screening lines). Each test failed on the code
before its fix."""

from __future__ import annotations

from pathlib import Path

import cvtailor
from cvtailor.engines.offline.jd_parser import parse_jd_text
from cvtailor.session import analyze
from cvtailor.text.vocabulary import default_vocabulary

VOCAB = default_vocabulary()

AD = """Billing Supervisor
Methodist Le Bonheur Healthcare
Memphis, TN 38104

Full job description
The supervisor ensures timely and accurate billing in compliance with payer guidelines and
monitors key performance indicators such as days in AR and denial rate.

Duties:
- Reduce aged accounts receivable
- Monitor claim edits, rejections and denials

Requirements:
- Knowledge of CPT, ICD-10 and HCPCS coding
- Experience with Epic or athenaOne

Experience:
- medical billing: 5 years (Required)
- supervisory: 2 years (Preferred)

License/Certification:
- CPC (Preferred)

Benefits:
- Dental insurance
"""

CV = """# Latoya Jenkins

## Experience

### Medical Billing Specialist — Mid-South Family Physicians, Memphis, TN
*Aug 2019 – Present*
- Submit 600+ professional claims a week in athenaOne and work the rejections the same day
- Took over the 120+ day AR bucket in 2022 and brought it from 18% to 9% of total AR

## Certifications
- Certified Professional Coder (CPC), AAPC, 2016
"""


def _reqs() -> dict[str, tuple[str, list[str]]]:
    return {r.text: (r.priority, r.keywords) for r in parse_jd_text(AD, VOCAB).requirements}


def test_the_screening_lines_are_requirements_with_their_own_priority() -> None:
    reqs = _reqs()
    assert reqs["supervisory: 2 years (Preferred)"][0] == "nice_to_have"
    assert reqs["medical billing: 5 years (Required)"][0] == "critical"
    assert reqs["CPC (Preferred)"] == ("nice_to_have", ["CPC"])
    assert not any("Dental" in t for t in reqs)


def test_a_list_of_short_forms_shares_the_head_noun() -> None:
    assert "CPT coding" in _reqs()["Knowledge of CPT, ICD-10 and HCPCS coding"][1]


def test_one_named_alternative_and_the_ads_own_short_form_are_evidence(tmp_path: Path) -> None:
    report = analyze(CV, AD, semantic=False)
    status = {r["text"]: r["status"] for r in report["requirements"]}
    # athenaOne is one of the ad's alternatives: nothing to ask about Epic
    assert status["Experience with Epic or athenaOne"] == "matched"
    # "days in AR": the ad writes the short form, so the CV's "AR bucket" is its receivables
    assert status["Reduce aged accounts receivable"] == "matched"
    (tmp_path / "cv.md").write_text(CV, encoding="utf-8")
    (tmp_path / "jd.txt").write_text(AD, encoding="utf-8")
    text = cvtailor.tailor(tmp_path / "cv.md", tmp_path / "jd.txt").markdown
    assert "120+ day accounts receivable (AR) bucket" in text
