"""Permits to work, said in other words.

An ad's duty to issue permits to work ("Issue work permits to our own mechanics and to
contractors", "Sign off hot work permits") is shown by a CV line in which the person signs the
papers that let someone work on the plant, after checking it is safe: "Sign the contractors'
papers before they open a line or go into a tank, after checking that the valves are closed,
drained and padlocked".

Read narrowly: the line opens on the person's own act of signing or writing out the papers
(sign, issue, write out, fill in; not "Worked under a permit", "Got my permit signed"), or on
making the plant safe by the person's own hand and then signing them ("Drain, flush and lock
out pumps and lines myself and sign the papers that let the fitters open them"), says
they let others work (before they open, enter, start, weld or cut) and what was made safe first
(valves closed, drained, isolated, locked or padlocked, gas tested). The term written is the
ad's own (`permit_term`).

The gas test before anyone goes into a tank or a pit ("Carry out gas-free measurements before
anyone enters a tank") is shown by the air checked with a meter before anyone goes in ("Check
the air in the tank with the Ex meter before anyone climbs in"; `gas_test_term`).
"""

from __future__ import annotations

import re

from cvtailor.models import Requirement
from cvtailor.text.duties.acts import act_term, own_act

_AD_PERMITS = re.compile(
    r"\b(?:(?:work|hot[\s-]work|confined[\s-]space|safe[\s-]work)\s+permits?|"
    r"permits?[\s-]to[\s-]work)\b",
    re.IGNORECASE)
_SIGNING = own_act(
    r"sign|signs|signed|issue|issues|issued|(?:write|writes|wrote|make|makes|made)\s+out|"
    r"(?:fill|fills|filled)\s+(?:in|out)|"
    # the plant made safe by the person's own hand, then the papers signed: "Drain, flush and
    # lock out pumps and lines myself and sign the papers that let the fitters open them"
    r"(?:drain|drains|drained|isolate|isolates|isolated|lock|locks|locked|close|closes|closed)"
    r"\b(?=[^.;]{1,80}?\band\s+(?:sign|signs|signed|issue|issues|issued)\s+the\b)")
# ... the papers that let others work: "before they open a line or go into a tank".
_LETS_WORK = re.compile(
    r"\bbefore\s+(?:they|anyone|the\s+[\w-]+|a\s+[\w-]+|any\s+[\w-]+)\s+(?:can\s+)?(?:open|opens|"
    r"enter|enters|go|goes|start|starts|weld|welds|cut|cuts|break|breaks|work|works|climb|"
    r"climbs)\b|"
    # "the papers that let the fitters open them"
    r"\bthat\s+(?:let|lets|allow|allows)\s+(?:the\s+)?[\w-]+\s+(?:to\s+)?(?:open|enter|start|"
    r"weld|cut|break|work)\b",
    re.IGNORECASE)
# ... after making the plant safe.
_MADE_SAFE = re.compile(
    r"\b(?:closed|drained|isolated|locked(?:\s+off|\s+out)?|padlocked|gas[\s-]tested|"
    r"(?:drain|isolate|lock\s+out|lock\s+off)(?=[^.;]{1,80}?\bsign)|"
    r"vented|purged|blanked|earthed)\b",
    re.IGNORECASE)


def permit_term(req: Requirement, line: str) -> str | None:
    """The ad's term for permits to work a line shows the person issuing (see the module doc),
    or None."""
    return act_term(req, line, _SIGNING, _AD_PERMITS, [_LETS_WORK, _MADE_SAFE])


# The air of a tank or a pit tested before anyone goes in, as the ad names it: "Carry out
# gas-free measurements before anyone enters a tank", "gas testing before confined space entry".
_AD_GAS_TEST = re.compile(r"\b(?:gas(?:-free)?\s+(?:measurements?|tests?|testing|checks?)|"
                          r"atmospher(?:e|ic)\s+(?:tests?|testing|monitoring|checks?))\b",
                          re.IGNORECASE)
# ... shown by the person checking the air with a meter before anyone climbs in: "Check the air
# in the tank with the Ex meter before anyone climbs in".
_TESTING_THE_AIR = own_act(r"(?:check|checks|checked|test|tests|tested|measure|measures|"
                           r"measured)\s+the\s+(?:air|atmosphere|gas(?:es)?)")
_WITH_A_METER = re.compile(r"\bwith\s+(?:the|a|an|our|my)\s+(?:[\w-]+\s+)?(?:meter|detector|"
                           r"monitor|analy[sz]er|tester|sniffer)\b", re.IGNORECASE)
_BEFORE_ENTRY = re.compile(r"\bbefore\s+(?:anyone|anybody|we|they|the\s+[\w-]+)\s+(?:climbs?|"
                           r"goes|go|enters?|gets?|steps?)\s+(?:in|into|down)\b", re.IGNORECASE)


def gas_test_term(req: Requirement, line: str) -> str | None:
    """The ad's term for the gas test a line shows the person making: the air of the space
    checked with a meter before anyone goes in, or None."""
    return act_term(req, line, _TESTING_THE_AIR, _AD_GAS_TEST, [_WITH_A_METER, _BEFORE_ENTRY])
