"""A store manager's résumé to a district manager ad pasted from Indeed as plain lines: the
employer "Academy Sports + Outdoors" over "Columbus, OH", a duty ending "... own the district
P&L" over the next ("Recruit, develop and retain store managers"), and a résumé in the past
tense of irregular verbs ("grew sales", "Cut shrink")."""

from __future__ import annotations

from cvtailor.engines.offline.cv_parser import parse_cv_text
from cvtailor.engines.offline.jd_parser import parse_jd_text
from cvtailor.research.evidence import find_evidence
from cvtailor.text.vocabulary import default_vocabulary
from cvtailor.text.wordforms import inflection, phrase_near, stem

VOCAB = default_vocabulary()

AD = """District Manager
Academy Sports + Outdoors
Columbus, OH
Full job description
As District Manager you'll lead 8-10 stores across central Ohio.

What you'll do:
Drive district sales and profitability; own the district P&L
Recruit, develop and retain store managers and build a bench of future leaders

What you'll need:
Proven track record of growing sales and reducing shrink
"""


def test_the_employer_its_place_and_each_duty_line() -> None:
    job = parse_jd_text(AD, VOCAB)
    assert (job.title, job.company, job.location) == (
        "District Manager", "Academy Sports + Outdoors", "Columbus, OH")
    texts = [r.text for r in job.requirements]
    assert "Own the district P&L" in texts and not any(t.endswith("P&L Recruit") for t in texts)
    managers = next(r for r in job.requirements if "store managers" in r.text)
    # three verbs lead the duty: its term is whom they act on, not the last verb and them
    assert "retain store managers" not in managers.keywords


def test_the_past_of_an_irregular_verb_is_a_form_of_it() -> None:
    assert stem("grew") == stem("growing") and inflection("built") == inflection("building")
    assert phrase_near("growing sales", "Own the store's P&L; grew sales 11% in 2024")
    assert stem("led") != stem("lead")  # "lead generation" is no past of leading
    cv = parse_cv_text("# K\n\n## Experience\n\n### Store Manager — Dick's Sporting Goods\n"
                       "2020 – Present\n\n- Own the store's P&L; grew sales 11% in 2024\n"
                       "- Cut shrink from 2.1% to 1.2% by fixing the receiving process\n")
    job = parse_jd_text(AD, VOCAB)
    terms = {e.term for rows in find_evidence(cv, job, VOCAB).values() for e in rows
             if e.via != "semantic"}
    assert {"growing sales", "reducing shrink"} <= terms
