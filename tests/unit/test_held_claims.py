"""The benchmark's check of held things (tests/benchmarks/quality.py `held_claims`): a degree,
credential, licence or record the tailored CV names that neither the CV nor the person's answers
hold counts, whatever the labels say; it caught 'CIEH-accredited degree' written for a person
who holds the Higher Certificate in Food Control."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1] / "benchmarks"))

from quality import held_claims

CV = ("Food safety officer, 6 years\n- Hold the Higher Certificate in Food Control (CIEH), 2020\n"
      "- B.S. Environmental Science, 2016\n")


def test_a_held_thing_neither_the_cv_nor_the_answers_hold_counts() -> None:
    tailored = CV + "- CIEH-accredited degree: hold the Higher Certificate in Food Control\n"
    assert held_claims(["CIEH-accredited degree"], CV, tailored) == ["CIEH-accredited degree"]
    # the person said it, or said yes to it: theirs
    assert held_claims(["CIEH-accredited degree"], CV, tailored,
                       answers="I have a CIEH-accredited degree from Ulster") == []
    assert held_claims(["CIEH-accredited degree"], CV, tailored,
                       yes_terms={"cieh-accredited degree"}) == []


def test_a_level_or_a_name_the_cv_has_is_no_claim() -> None:
    tailored = CV + "- Bachelor's degree\n- Higher Certificate in Food Control\n"
    assert held_claims(["Bachelor's degree", "Higher Certificate in Food Control"], CV,
                       tailored) == []
    # a practice is no held thing, however new to the CV
    assert held_claims(["food sampling"], CV, CV + "- food sampling\n") == []
