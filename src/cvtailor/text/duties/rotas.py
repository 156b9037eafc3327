"""Rotas and work schedules, said in other words.

An ad's duty to plan who works when ("Draw up the weekly staff rota", "Prepare the weekly
rosters for the scaling crew", "Draw up the monthly shift schedule") is shown by a CV line in
which the person decides who does which work or covers which shift: "Work out which of us
covers each night of the month", "Sort out who works which shift and which gate each week",
"Decide each morning who stands at which belt and find cover when someone is off sick", or
draws up the shift plan itself ("Draw up the fortnightly shift plan for 18 casual
lifeguards").

Read narrowly: the line opens on the person's own planning (work out, sort out, decide, draw
up, plan, share out) and says who is put where; taking one's own turn on a rota, or swapping
a shift with a colleague, is no rota drawn up. An on-call rota is a turn taken, never read
here. The term written is the ad's own (`rota_term`).
"""

from __future__ import annotations

import re

from cvtailor.models import Requirement
from cvtailor.text.duties.acts import ad_term, own_act

# The ad's names for a plan of who works when.
_AD_ROTA = re.compile(
    r"\b(?:rotas?|rosters?|(?:shift|work|duty|staff|staffing|daily|weekly|monthly|workshop|"
    r"production|crew|team)\s+(?:schedules?|plans?))\b",
    re.IGNORECASE)
_ON_CALL = re.compile(r"\bon[\s-]call\b|\bcall[\s-]out\b", re.IGNORECASE)

_PLANNING = own_act(
    r"(?:work|works|worked|sort|sorts|sorted|set|sets)\s+out|decide|decides|decided|"
    r"draw\s+up|draws\s+up|drew\s+up|plan|plans|planned|share\s+out|shares\s+out|"
    r"shared\s+out|go\s+through\s+[^,]{1,60}?\s+and\s+decide|"
    r"(?:every\s+\w+\s+)?pin\s+up\s+[^,]{1,60}?\s+and\s+decide",
    before=r"when\s+[^,]{1,60},")
# Who is put where: "who works which shift", "which of us covers each night", "which guide
# takes which group", "share out the visits among the 5 helpers", or the plan itself.
_WHO_WHERE = re.compile(
    r"\bwho\s+(?:\w+\s+){0,2}?(?:works?|covers?|stands?|opens?|closes?|goes|go|rides?|cuts?|"
    r"sets?|takes?|does|do|finishes|stitches|stays?|is\s+on|feeds?|drives?)\b|"
    r"\bwhich\s+(?:of\s+(?:us|the\s+(?:\d+\s+|\w+\s+)?[\w-]+(?:\s+[\w-]+){0,3})|[\w-]+)\s+"
    r"(?:\w+\s+){0,3}?(?:works?|covers?|takes?|feeds?|goes|does|stands?|gets?)\b|"
    r"\b(?:among|between)\s+(?:the\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"[\w-]+|"
    r"\b(?:shift\s+(?:plan|calendar|pattern)|timetable)\s+for\b",
    re.IGNORECASE)


def rota_term(req: Requirement, line: str) -> str | None:
    """The ad's term for a rota or work schedule a line shows drawn up (see the module doc),
    or None."""
    text = line.strip()
    if _ON_CALL.search(req.text) or not (_PLANNING.match(text) and _WHO_WHERE.search(text)):
        return None
    term = ad_term(req, _AD_ROTA)
    return term if term is None or not _ON_CALL.search(term) else None
