"""Traceability kept, said in other words.

An ad's duty to keep lots traceable ("Keep traceability of every lot from grower to tank",
"Maintain batch records for traceability of every plantlet lot") is shown by a CV line in
which the person marks or records each lot so that it can be followed back to where it came
from: "Write each grower's lot number on the tank card so that every tank can be followed
back to the trailers it came from", "Write the grower's name and intake number on every sack
so any bag can be followed back to the garden it came from", "Give each jar and bag a lot
number ..., so that any bag can be followed back to the field".

Read narrowly: the line is the person's own act of marking or writing down (it opens on the verb)
and says what it is for, that a thing can be followed or traced back, or where each lot went
("Write the delivery numbers of the butter and sugar against each day's batches, so we can tell
which shops got which cauldron"); following a lot back oneself,
once, is no traceability kept. Every step of the work written down for each bed, plot or lot in the
book kept for it shows it too ("Write down every sowing, planting, treatment and harvest by bed in
the farm's notebook for the yearly organic inspection"). The term written is the ad's own
(`traceability_term`).
"""

from __future__ import annotations

import re

from cvtailor.models import Requirement
from cvtailor.text.duties.acts import act_term, own_act
from cvtailor.text.duties.logs import THE_BOOK

_AD_TRACEABILITY = re.compile(r"\btraceability\b", re.IGNORECASE)
_MARKING = own_act(r"write|writes|wrote|mark|marks|marked|label|labels|labelled|labeled|tag|"
                   r"tags|tagged|record|records|recorded|log|logs|logged|note|notes|noted|"
                   r"number|numbers|numbered|stamp|stamps|stamped|keep|keeps|kept|chalk|chalks|"
                   r"chalked|fill|fills|filled|give|gives|gave")
# What the marking is for: "so that every tank can be followed back to the trailers".
_FOLLOWED_BACK = re.compile(
    r"\bso\s+(?:that\s+)?[^.;]{0,80}?\b(?:can|could)\s+(?:always\s+)?be\s+"
    r"(?:followed|traced|tracked)\s+back\b|"
    # "so we can tell which shops got which cauldron": where each lot went, or came from
    r"\bso\s+(?:that\s+)?(?:we|I|anyone)\s+(?:can|could)\s+(?:always\s+)?(?:tell|see|find|trace|"
    r"say)\s+which\s+[\w-]+\s+(?:got|received|went\s+to|came\s+from)\s+which\b",
    re.IGNORECASE)


# ... or every step of the work written down for each bed, plot or lot, in the book kept for
# it: "Write down every sowing, planting, treatment and harvest by bed in the farm's notebook
# for the yearly organic inspection".
_EVERY_STEP_BY_UNIT = re.compile(
    r"\b(?:every|each|all\s+the)\s+[\w-]+(?:,\s+[\w-]+)+,?\s+and\s+[\w-]+\s+(?:by|for\s+each|per|"
    r"of\s+each)\s+(?:bed|plot|field|lot|batch|parcel|block|tank|animal|hive|pen)\b",
    re.IGNORECASE)


def traceability_term(req: Requirement, line: str) -> str | None:
    """The ad's term for the traceability a line shows kept by the person (see the module
    doc), or None."""
    return act_term(req, line, _MARKING, _AD_TRACEABILITY, [_FOLLOWED_BACK]) \
        or act_term(req, line, _MARKING, _AD_TRACEABILITY, [_EVERY_STEP_BY_UNIT, THE_BOOK])
