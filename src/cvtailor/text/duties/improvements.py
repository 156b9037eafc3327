"""Continuous improvement, said in other words.

An ad's duty to improve the work ("Drive continuous improvement on your shift", "Drive
process improvements across the cycle") is shown by a CV line in which the person came up
with a change and says what it bettered: "Came up with moving the reject chute at the
trimmer, which cut the time lost to jams by about a third", "Proposed cleaning the steel belt
scrapers at every product change, which cut unplanned press stops", "Suggested a tray system
that keeps each watch's parts together ..., now used across the service centre".

Read narrowly: the line opens on the person's own idea (came up with, suggested, proposed,
devised, thought up; not "introduced", which is as often people introduced) and says what it
changed (it cut, saved, reduced, halved, or is now used, or the works put it in). A method the ad names by its school or credential
("Lean Six Sigma", "a Green Belt") is no idea of a shift's, never read here. The term written
is the ad's own (`improvement_term`).
"""

from __future__ import annotations

import re

from cvtailor.models import Requirement
from cvtailor.text.duties.acts import act_term, own_act

_AD_IMPROVEMENT = re.compile(r"\b(?:continuous|process|continual)\s+improvements?\b|"
                             r"\bkaizen\b", re.IGNORECASE)
_METHOD_NAMED = re.compile(r"\b(?:six\s+sigma|green\s+belt|black\s+belt|yellow\s+belt|lean)\b",
                           re.IGNORECASE)
_IDEA = own_act(r"(?:came|come|comes)\s+up\s+with|(?:thought|think|thinks)\s+up|suggest|"
                r"suggests|suggested|propose|proposes|proposed|devise|devises|devised")
_BETTERED = re.compile(
    r"\b(?:cut|cuts|reduced|reduces|saved|saves|halved|halves|shortened|shortens|sped\s+up|"
    r"speeds\s+up|doubled|raised|lowered|ended|stopped|removed|prevents?|prevented)\b|"
    r"\bnow\s+(?:used|in\s+use|standard)\b|\b(?:all|every|each)\s+[\w-]+\s+now\s+(?:have|has|"
    r"use|uses)\b|\b(?:the\s+works|the\s+company|management|the\s+plant)\s+(?:put|adopted|"
    r"took\s+up)\b",
    re.IGNORECASE)


def improvement_term(req: Requirement, line: str) -> str | None:
    """The ad's term for continuous improvement a line shows the person bringing about (see
    the module doc), or None."""
    if _METHOD_NAMED.search(req.text):
        return None
    return act_term(req, line, _IDEA, _AD_IMPROVEMENT, [_BETTERED])
