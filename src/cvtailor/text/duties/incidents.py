"""Incident reports, said in other words.

An ad's duty to report incidents ("Complete incident reports for every accident and near
miss", "Write incident reports and follow up corrective actions") is shown by a CV line in
which the person writes down what went wrong: "Write up anything that went wrong or nearly
went wrong on the jetty before the end of the shift", "Write down what happened, with times,
witnesses and photos, whenever a passenger falls", "Write up every infiltration, clotted
circuit and patient fall in the clinic's event log".

Read narrowly: the line opens on the person's own writing (write up, write down, log,
record; or tells someone "and writes it in the safety book", "so that it goes in the book")
and says what went wrong (an accident, a fall, a slip, an injury, a near miss, what happened,
what went wrong; not an area that "falls behind"). Telling someone else, who writes it, is no
report written. Deviations an ad asks reported are what went wrong written up too, and so
is a mix-up or a mistake ("Write up every mix-up, lost tube or thawed box in the incident
log"). The term
written is the ad's own (`incident_term`).
"""

from __future__ import annotations

import re

from cvtailor.models import Requirement
from cvtailor.text.duties.acts import act_term, own_act

_AD_INCIDENTS = re.compile(r"\b(?:incident|accident|near[\s-]miss|adverse\s+event|"
                           r"occurrence)\s*(?:reports?|reporting|forms?|logs?)?\b|"
                           r"\bnear[\s-]misses\b|\bdeviations?(?:\s+reports?)?\b",
                           re.IGNORECASE)
# (or a line that does something else first: "Kept the tug's deck log and wrote up 3 near
# misses")
_WRITING = own_act(r"(?:write|writes|wrote|written)\s+(?:up|down)|log|logs|logged|record|"
                   r"records|recorded|(?:\w+\s+){0,8}?(?:and\s+)?wrote\s+up|"
                   # "Tell the shift engineer straight away about anything that nearly hurt
                   # someone ..., and write it in the safety book"
                   r"(?:tell|tells|told|report|reports|reported)\b(?=[^.;]*\b(?:(?:and\s+)?"
                   r"(?:write|writes|wrote)\s+(?:it|them)\s+(?:in|into|down)|so\s+(?:that\s+)?"
                   r"(?:it|they)\s+(?:goes|go)\s+in(?:to)?\s+the\s+(?:[\w-]+\s+)?(?:book|log))\b)")
_WENT_WRONG = re.compile(
    r"\b(?:what\s+happened|(?:went|go|goes|nearly\s+went)\s+wrong|accidents?|"
    r"falls?(?!\s+(?:behind|short|due|back))|slips?|"
    r"trips?|injur(?:y|ies)|near[\s-]miss(?:es)?|nearly\s+(?:hurt|happened)|spills?|"
    r"collisions?|bumps?|cuts?\s+and\s+burns|"
    # a deviation of a lab or a process: "every mix-up, lost tube or thawed box"
    r"mix-?ups?|mistakes?|mislabell?ed|errors?)\b",
    re.IGNORECASE)


def incident_term(req: Requirement, line: str) -> str | None:
    """The ad's term for incident reporting a line shows written by the person (see the
    module doc), or None."""
    return act_term(req, line, _WRITING, _AD_INCIDENTS, [_WENT_WRONG])
