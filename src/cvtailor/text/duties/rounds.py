"""Safety rounds and risk assessments, said in other words.

An ad's duty to look for what could hurt people ("Lead monthly safety rounds on the fibre
line", "Carry out risk assessments for the shed") is shown by a CV line in which the person
goes round the workplace looking for hazards: "Walk the digester house once a month with our
safety representative, looking for loose gratings, leaking flanges and blocked eyewash
stations"; and a risk assessment, only where the line also writes down what could hurt
someone and what will be done about it: "Go round the shed with the quarry manager every
month and write down whatever could hurt someone and what we will do about it".

Read narrowly: the line opens on the person's own round (walk, go round, tour, inspect; not
"Joined the manager on ...", "Took part in ..."), and says what it looks for: hazards, or
things loose, leaking, blocked, broken or missing, or whatever could hurt someone. A round of
the machines for their output is no safety round. The term written is the ad's own
(`round_term`).
"""

from __future__ import annotations

import re

from cvtailor.models import Requirement
from cvtailor.text.duties.acts import act_term, own_act

_AD_ROUNDS = re.compile(
    r"\b(?:safety|hazard|housekeeping)\s+(?:rounds?|walks?|walk-?rounds?|tours?|"
    r"inspections?)\b|\bworkplace\s+inspections?\b",
    re.IGNORECASE)
_AD_RISK = re.compile(r"\brisk\s+assessments?\b", re.IGNORECASE)
_ROUND = own_act(
    r"walk|walks|walked|(?:go|goes|went|get|gets|got)\s+(?:round|around)|tour|tours|toured|"
    r"inspect|inspects|inspected")
# What the round looks for: hazards, things loose, leaking, blocked, or what could hurt.
_HAZARDS = re.compile(
    r"\b(?:looking|look|looked|checking|check|checked)\s+(?:out\s+)?for\b[^.;]{0,60}?"
    r"\b(?:loose|leak\w*|blocked|broken|missing|frayed|slippery|trip\w*|hazards?|dangers?|"
    r"damaged|unguarded|exposed)\b|"
    r"\b(?:whatever|anything|what)\s+(?:that\s+)?(?:could|might|can)\s+(?:hurt|harm|injure)\b|"
    r"\bhazards?\b",
    re.IGNORECASE)
# ... and, for a risk assessment, written down with what will be done about it.
_WRITTEN = re.compile(r"\b(?:write|writes|wrote|written|note|notes|noted|record|records|"
                      r"recorded|list|lists|listed)\b", re.IGNORECASE)
_WHAT_DONE = re.compile(
    r"\bwhat\s+(?:we|I|they)\s+(?:will|would|should|must|are\s+going\s+to)\s+do\b|"
    r"\bhow\s+(?:we|to)\s+(?:will\s+)?(?:stop|prevent|avoid|guard\s+against)\b",
    re.IGNORECASE)


def round_term(req: Requirement, line: str) -> str | None:
    """The ad's term for a safety round or a risk assessment a line shows the person making
    (see the module doc), or None."""
    return act_term(req, line, _ROUND, _AD_RISK, [_HAZARDS, _WRITTEN, _WHAT_DONE]) \
        or act_term(req, line, _ROUND, _AD_ROUNDS, [_HAZARDS])
