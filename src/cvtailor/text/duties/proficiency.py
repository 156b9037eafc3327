"""Proficiency testing, said in other words.

An ad's duty to take part in proficiency testing ("Take part in proficiency testing with the
other centres", "Organise our participation in interlaboratory comparisons") is shown by a CV
line in which the person tests the samples that go round every laboratory and compares the
results: "Assay the round-robin samples that BIS sends to every centre twice a year and
compare our results with theirs", "Test the same blind samples as the other labs in the
Ministry's yearly comparison and go over our results with the quality manager".

Read narrowly: the line opens on the person's own testing (test, assay, measure, analyse,
run, score), names the shared samples (round-robin samples or artefacts, blind samples, the
same samples as the other laboratories or centres) and compares the results. A comparison
among the workplace's own staff ("Score the same study as the other three technicians") is
no proficiency test of the laboratory. The term written is the ad's own
(`proficiency_term`).
"""

from __future__ import annotations

import re

from cvtailor.models import Requirement
from cvtailor.text.duties.acts import act_term, own_act

_AD_PROFICIENCY = re.compile(
    r"\b(?:proficiency\s+test(?:s|ing)?|inter-?laborator(?:y|ies)\s+(?:comparisons?|tests?|"
    r"trials?)|ring\s+(?:tests?|trials?)|round[\s-]robin\s+(?:tests?|trials?)|external\s+quality\s+"
    r"assessments?|EQA)\b", re.IGNORECASE)
_TESTING = own_act(r"test|tests|tested|assay|assays|assayed|measure|measures|measured|"
                   r"analy[sz]e|analy[sz]es|analy[sz]ed|run|runs|ran|score|scores|scored")
# The samples that go round every laboratory.
_LABS = r"(?:labs?|laborator(?:y|ies)|centres?|centers?)"
_SHARED_SAMPLES = re.compile(
    r"\bround[\s-]robin\b|\bblind\s+samples?\b|"
    rf"\bsame\s+(?:[\w-]+\s+)?samples?\s+as\s+(?:the\s+)?other\s+{_LABS}\b|"
    rf"\b(?:sends?|sent)\s+(?:round\s+)?(?:to|by)\s+(?:every|all|other)\s+{_LABS}\b",
    re.IGNORECASE)
# ... and the results compared.
_COMPARED = re.compile(r"\bcompar(?:e|es|ed|ing|ison)\b|\b(?:go|goes|went)\s+over\s+our\s+"
                       r"results\b|\bour\s+results\s+with\s+theirs\b", re.IGNORECASE)


def proficiency_term(req: Requirement, line: str) -> str | None:
    """The ad's term for proficiency testing a line shows the person doing: the samples that
    go round every laboratory tested and the results compared; or None."""
    return act_term(req, line, _TESTING, _AD_PROFICIENCY, [_SHARED_SAMPLES, _COMPARED])
