"""Visitors shown the work, said in other words.

An ad's duty to show the trade to visitors ("Give demonstrations for visitors and tour groups",
"give guided tours for school classes and visitors", "Give live demonstrations to visitors in
the shop") is shown by a CV line in which the person takes visitors round the workplace, tells
them how the work is done, or works in front of them: "Show coach parties and school classes
round the dye house and let the children print a handkerchief of their own", "Tell the children
from the village schools and the hikers passing by how a beech log turns into charcoal", "Work
at the bench in the shop window while tour groups watch, and answer their questions".

Read narrowly: the line opens on the person's own showing, telling or working, and names the
visitors (coach parties, school classes, tour groups, tourists, hikers, visitors); customers
served, the workplace's own people taught, or an inspector shown round are never visitors. The
term written is the ad's own (`visitor_term`).
"""

from __future__ import annotations

import re

from cvtailor.models import Requirement
from cvtailor.text.duties.acts import ad_term, own_act

_AD_SHOWING = re.compile(
    r"\b(?:(?:live\s+)?demonstrations?|guided\s+tours?|(?:workshop|site|farm|factory|"
    r"studio)\s+tours?|tours)\b", re.IGNORECASE)
# Visitors, as a CV names them.
_VISITORS = (r"coach\s+parties|(?:school\s+)?(?:classes|parties)|school\s+(?:groups|children)|"
             r"tour\s+groups|visitors|tourists|sightseers|day[\s-]trippers|hikers|walkers|"
             r"cruise\s+passengers|(?:the\s+)?children\s+from\s+(?:the\s+)?(?:[\w-]+\s+)?schools?")
# Taken round: "Show coach parties and school classes round the dye house".
_SHOWING_ROUND = own_act(
    rf"(?:show|shows|showed|take|takes|took|walk|walks|walked|guide|guides|guided)\s+"
    rf"(?:the\s+|our\s+)?(?:{_VISITORS})\b(?=[^.;]{{0,60}}?\b(?:round|around|through)\b)")
# Told how the work is done: "Tell the children from the village schools and the hikers passing
# by how a beech log turns into charcoal".
_TELLING_HOW = own_act(
    rf"(?:tell|tells|told|explain\s+to|explains\s+to|explained\s+to|show|shows|showed)\s+"
    rf"(?:the\s+|our\s+)?(?:{_VISITORS})\b(?=[^.;]{{0,80}}?\bhow\b)")
# Worked in front of: "Work at the bench in the shop window while tour groups watch".
_WATCHED = re.compile(rf"\bwhile\s+(?:the\s+)?(?:{_VISITORS})\s+(?:watch|look\s+on)\b",
                      re.IGNORECASE)
_WORKING = own_act(r"work|works|worked|sit|sits|sat|stand|stands|stood|make|makes|made|"
                   r"carve|carves|carved|weave|weaves|wove|spin|spins|spun")


def visitor_term(req: Requirement, line: str) -> str | None:
    """The ad's term for the visitors a line shows the person showing the work to (see the
    module doc), or None."""
    text = line.strip()
    if _SHOWING_ROUND.match(text) or _TELLING_HOW.match(text) or (
            _WORKING.match(text) and _WATCHED.search(text)):
        return ad_term(req, _AD_SHOWING)
    return None
