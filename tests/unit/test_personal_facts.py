"""A fact only a line of personal data holds (a date of birth) leaves the tailored CV by
default, and the report says so: the quality benchmark counts it apart, never as kept and
never as lost unseen."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1] / "benchmarks"))

from quality import _left_out_lines

CV = """KAGISO DITSHEGO
Professional Guide

PERSONAL DETAILS
Nationality: Motswana
Date of birth: 14 March 1992

EXPERIENCE
Senior Guide, Okavango Camps, 2014 - present
"""


def test_the_lines_left_out_are_those_with_personal_data_when_the_report_says_so() -> None:
    report = {"privacy": [{"type": "date_of_birth", "where": "contact", "action": "left out"}]}
    assert _left_out_lines(CV, report) == ["Date of birth: 14 March 1992"]


def test_nothing_counts_as_left_out_when_the_report_left_nothing_out() -> None:
    assert _left_out_lines(CV, {"privacy": []}) == []
    kept = {"privacy": [{"type": "date_of_birth", "where": "contact", "action": "kept"}]}
    assert _left_out_lines(CV, kept) == []
