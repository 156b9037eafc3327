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
