"""What trying the tool as a job seeker found, on a CV and an ad outside every labelled set: an
Albuquerque pharmacy technician (a plain-text CV) to a lead pharmacy technician (a US job-board
ad with Required and Preferred lists). Each test failed on the code before its fix."""

from __future__ import annotations

from pathlib import Path

import pytest

import cvtailor

CV = """DANIELA REYES
Pharmacy Technician | Albuquerque, NM | daniela.reyes@example.com

EXPERIENCE

Pharmacy Technician II
Lovelace Outpatient Pharmacy, Albuquerque, NM
March 2021 - Present
- Fill 250-300 prescriptions a shift using Parata Max automation
- Run prior authorizations with insurers through CoverMyMeds
- Compound non-sterile preparations (suspensions, creams) following USP <795> and master formulation records
- Order from McKesson each night and return short-dated stock through the reverse distributor

CERTIFICATIONS
Certified Pharmacy Technician (CPhT), PTCB, 2018
"""

JD = """Lead Pharmacy Technician
Presbyterian Healthcare Services - Albuquerque, NM

Responsibilities:
- Prepares non-sterile compounds according to USP 795
- Resolves third-party billing rejections and processes prior authorizations

Qualifications:
Required:
- PTCB national certification

Preferred:
- Sterile compounding experience (USP 797)
"""


@pytest.mark.semantic  # the similarity that decided it needs the embedding model
def test_non_sterile_compounding_is_no_sterile_compounding(tmp_path: Path) -> None:
    """Unattended, the Key Qualifications read "Sterile compounding": the cosine of
    "Compound non-sterile preparations ..." with the term is high for every word it shares,
    and the one word that says which kind is negated. Asked, never claimed."""
    (tmp_path / "cv.txt").write_text(CV, encoding="utf-8")
    (tmp_path / "jd.txt").write_text(JD, encoding="utf-8")
    text = cvtailor.tailor(tmp_path / "cv.txt", tmp_path / "jd.txt").markdown
    assert "sterile compounding" not in text.lower().replace("non-sterile", "")


def test_a_negated_word_of_the_term_is_another_kind() -> None:
    from cvtailor.research.similarity import another_kind

    assert another_kind("sterile compounding", "Compound non-sterile preparations (creams)")
    assert another_kind("licensed premises", "Ran the bar of an unlicensed venue")
    # both kinds said: the term is there
    assert not another_kind("sterile compounding", "Sterile and non-sterile compounding")
    # a word that only starts like a negation is none ("union" is no "un-ion")
    assert not another_kind("union negotiations", "Led the union negotiations for 40 staff")
