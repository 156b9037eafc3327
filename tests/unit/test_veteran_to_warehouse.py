"""A US Army supply sergeant's résumé to a warehouse supervisor ad copied whole from an
Indeed page: the Army's words for the work ("cyclic inventories", "wrote their evaluations")
are the ad's in other words, the ad's list lines come without bullets, and its questions ask
about what the résumé does not already say."""

from __future__ import annotations

from pathlib import Path

import cvtailor
from cvtailor.engines.offline.cv_parser import parse_cv_text
from cvtailor.research.evidence import analyze_gaps, find_evidence
from cvtailor.text.cvtext import evidence_corpus
from cvtailor.text.vocabulary import default_vocabulary
from tests.conftest import pasted_job

VOCAB = default_vocabulary()

CV = """MARCUS J. DELGADO
San Antonio, TX 78245 | (210) 555-0148 | marcus.delgado@example.com

SUMMARY
Former U.S. Army Staff Sergeant with 10 years in unit supply and logistics, transitioning to a
civilian warehouse role.

EXPERIENCE
Unit Supply Sergeant (92Y), U.S. Army, Fort Cavazos, TX | Jun 2019 – Aug 2025
- Managed accountability of 2,300 line items worth $14M using GCSS-Army
- Conducted monthly cyclic inventories and annual 100% inventories with no unresolved discrepancies
- Supervised and trained 4 junior supply specialists; wrote their evaluations and counseling

EDUCATION
Associate of Applied Science, Logistics Management, Central Texas College, 2022
"""

PAGE = """Warehouse Supervisor
H-E-B Distribution
San Antonio, TX 78218
$62,000 - $70,000 a year - Full-time

Profile insights
Find out how your skills align with the job description

Full job description
H-E-B is one of the largest food retailers in the nation.

As a Warehouse Supervisor, you will:
Monitor KPIs such as pick rate, accuracy and on-time loading, and act on the results
Ensure inventory accuracy through cycle counts and root cause analysis of discrepancies
Conduct performance reviews and handle corrective action

Who you are:
2+ years of supervisory experience in a warehouse, distribution or military logistics setting
Experience with a warehouse management system (WMS)
Intermediate Microsoft Excel skills
Bilingual English/Spanish is a plus

Report job
"""


def test_the_pages_place_and_list_lines_are_read(tmp_path: Path) -> None:
    _, job = pasted_job(tmp_path, PAGE)
    assert (job.title, job.company, job.location) == (
        "Warehouse Supervisor", "H-E-B Distribution", "San Antonio, TX")
    texts = [r.text for r in job.requirements]
    # a list line that reads like a heading ("... skills") is one of the list
    assert "Intermediate Microsoft Excel skills" in texts
    # "A, B or C" names alternatives: one requirement, not one for A and one for B or C
    assert sum("supervisory experience" in t for t in texts) == 1
    # "and act on the results" names nothing to ask about
    assert not any(r.keywords == ["results"] for r in job.requirements)


def test_the_armys_words_show_the_ads_terms(tmp_path: Path) -> None:
    (tmp_path / "cv.txt").write_text(CV, encoding="utf-8")
    (tmp_path / "jd.txt").write_text(PAGE, encoding="utf-8")
    result = cvtailor.tailor(tmp_path / "cv.txt", tmp_path / "jd.txt")
    lines = result.markdown.splitlines()
    assert any("cyclic inventories" in line and "ycle counts" in line for line in lines)
    assert any("wrote their evaluations" in line and "erformance reviews" in line
               for line in lines)


def test_a_question_asks_what_the_cv_does_not_say(tmp_path: Path) -> None:
    _, job = pasted_job(tmp_path, PAGE)
    cv = parse_cv_text(CV)
    report = analyze_gaps(job, find_evidence(cv, job, VOCAB), 10, VOCAB, evidence_corpus(cv))
    by_req = {q.requirement: q for q in report.questions}
    # a CV written in English shows English: the other language is the question
    assert by_req["Bilingual English/Spanish is a plus"].term == "Spanish"
    # a degree shows no years of supervising
    years = next(q for r, q in by_req.items() if "supervisory experience" in r)
    assert not any("Associate of Applied Science" in e.text for e in years.evidence)
