"""What trying the tool as a job seeker found, on a CV and an ad outside every labelled set: a
Leicester credit controller (a plain-text CV exported from Word, dates after tabs) to a credit
control team leader. Unattended, it claimed two things her CV does not say. Each test failed
on the code before the fix."""

from __future__ import annotations

from pathlib import Path

import pytest

import cvtailor

CV = """Priya Raman
Leicester | priya.raman@example.co.uk | 07700 900123

PROFESSIONAL EXPERIENCE

Senior Credit Controller\t\t\t\t\tMar 2021 – Present
Hallam Foods Ltd, Leicester
•\tManage a ledger of 420 trade accounts worth £6.2m
•\tCut debtor days from 52 to 38 in 18 months

Credit Controller\t\t\t\t\t\tJun 2017 – Feb 2021
Brightline Logistics, Nottingham
•\tChased overdue invoices by phone and email for 250 accounts

EDUCATION

AAT Level 3 Diploma in Accounting\t\t\t\t2017
Loughborough College
"""

JD = """# Credit Control Team Leader

**Castlegate Foods**

## What you will do
- Lead a team of 3 credit controllers
- Reduce debtor days and bad debt
- Manage a ledger of key accounts

## What you need
- AAT qualified
- Experience with Sage 200
"""


def _tailored(tmp_path: Path) -> str:
    (tmp_path / "cv.txt").write_text(CV, encoding="utf-8")
    (tmp_path / "jd.md").write_text(JD, encoding="utf-8")
    return cvtailor.tailor(tmp_path / "cv.txt", tmp_path / "jd.md").markdown


@pytest.mark.semantic  # the similarity that decided both needs the embedding model
def test_what_the_cv_does_not_say_is_not_written(tmp_path: Path) -> None:
    """"Bad debt: cut debtor days from 52 to 38 ..." and "Ledger of key accounts: manage a
    ledger of 420 trade accounts ...", both Key Qualifications: the first line owes its cosine
    to "debtor days", listed with bad debt in the ad, the second says another kind of
    accounts."""
    text = _tailored(tmp_path)
    assert "bad debt" not in text.lower() and "key accounts" not in text.lower()
    assert "- Cut debtor days from 52 to 38 in 18 months" in text


def test_another_kind_of_the_same_thing_is_no_evidence() -> None:
    from cvtailor.research.similarity import another_kind

    assert another_kind("acute care experience", "4 years of critical care experience")
    # another kind with more than one word of the term unsaid (the forty-second blind set's
    # first-run claim: ready-made stockings are no flat-knit garments)
    assert another_kind("flat-knit compression garments",
                        "Measure customers for off-the-shelf compression stockings in the shop.")
    assert not another_kind("supplier performance management",
                            "Built a quarterly scorecard for all 42 suppliers")
