"""The plant's cleaning, said in other words.

An ad's duty to clean the production equipment ("Organise the sanitation of the lines at the
end of the shift", "Carry out line cleaning between products", "Keep to the cleaning schedule of
the filling room") is shown by a CV line in which the person cleans the machines themselves at
set times or signs for it: "Strip down, wash and foam the belts and the peeler at the end of
each night and sign the cleaning sheet", "Take the slicer apart and scrub every blade between
batches", "Scrub out the cauldrons and paddles ... at the end of each day". Not the floors and work
areas (housekeeping, in text/duties/safety), nor what is
shared between patients (text/duties/infection).

Read only as the person's own act (the line opens on its verb); the term written is the ad's
own (`sanitation_term`).
"""

from __future__ import annotations

import re

from cvtailor.models import Requirement
from cvtailor.text.duties.acts import act_term, own_act

_AD_SANITATION = re.compile(
    r"\b(?:sanitation|sanitisation|sanitization|(?:line|equipment|machine|plant|production|"
    r"hygiene|deep)\s+clean(?:ing|s)?|cleaning\s+(?:and\s+disinfection|schedules?|plans?|"
    r"programmes?|programs?)|clean-?in-?place|CIP)\b", re.IGNORECASE)
_CLEANING = own_act(
    r"(?:strip|strips|stripped|take|takes|took)\s+(?:down|apart)|strip\s+down|wash|washes|washed|"
    r"foam|foams|foamed|scrub|scrubs|scrubbed|clean|cleans|cleaned|sanitise|sanitises|"
    r"sanitised|sanitize|sanitizes|sanitized|disinfect|disinfects|disinfected|"
    r"(?:hose|hoses|hosed)\s+down|(?:take|takes|took)\s+(?:the\s+)?[\w-]+\s+apart")
# ... the machines of the plant ...
_MACHINES = re.compile(
    r"\b(?:belts?|lines?|conveyors?|machines?|fillers?|slicers?|mixers?|tanks?|vats?|peelers?|"
    r"ovens?|moulds?|molds?|hoppers?|pipework|pipes?|equipment|blades?|rollers?|drums?|"
    r"nozzles?|presses|press|extruders?|grinders?|cutters?|kettles?|vessels?|heads?|"
    # the pans food is cooked in: "Scrub out the cauldrons and paddles"
    r"cauldrons?|coppers|pans|paddles?)\b",
    re.IGNORECASE)
# ... at set times, or signed for.
_AT_SET_TIMES = re.compile(
    r"\bat\s+the\s+end\s+of\s+(?:each|every|the)\s+(?:shift|night|day|run|batch|week|production)\b|"
    r"\b(?:every|each)\s+(?:night|shift|day|evening)\b|\bbetween\s+(?:batches|runs|products|"
    r"recipes|flavours|flavors)\b|\bafter\s+(?:each|every)\s+(?:run|batch|shift)\b|"
    r"\b(?:cleaning|hygiene|sanitation)\s+(?:sheets?|logs?|records?|schedules?|checklists?)\b",
    re.IGNORECASE)


def sanitation_term(req: Requirement, line: str) -> str | None:
    """The ad's term for the cleaning of the production equipment a line shows the person
    doing at set times (see the module doc), or None."""
    return act_term(req, line, _CLEANING, _AD_SANITATION, [_MACHINES, _AT_SET_TIMES])
