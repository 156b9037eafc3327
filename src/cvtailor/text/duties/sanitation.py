"""The plant's cleaning and the till's reconciliation, said in other words.

- An ad's duty to clean the production equipment ("Organise the sanitation of the lines at the
  end of the shift", "Carry out line cleaning between products", "Keep to the cleaning
  schedule of the filling room") is shown by a CV line in which the person cleans the
  machines themselves at set times or signs for it: "Strip down, wash and foam the belts and
  the peeler at the end of each night and sign the cleaning sheet", "Take the slicer apart and
  scrub every blade between batches". Not the floors and work areas (housekeeping, in
  text/duties/safety), nor what is shared between patients (text/duties/infection).
- An ad's reconciliation of the day's money ("Do the daily cash reconciliation at closing",
  "Cash up at the end of the day") is shown by a line in which the person counts or checks the
  till, the cash or the card terminal and makes it agree with what was sold: "Count the till
  and the card terminal totals at closing and make them agree with the day's bookings".

Each is read only as the person's own act (the line opens on its verb), and gives the ad's own
term (`sanitation_term`, `till_term`).
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
    r"nozzles?|presses|press|extruders?|grinders?|cutters?|kettles?|vessels?|heads?)\b",
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


_AD_TILL = re.compile(
    r"\b(?:(?:cash|till|daily|end[\s-]of[\s-](?:the\s+)?(?:day|shift))\s+reconciliations?|"
    r"cashing[\s-]up|cash[\s-]ups?|till\s+balancing|balancing\s+(?:the\s+)?tills?)\b",
    re.IGNORECASE)
_COUNTING = own_act(
    r"count|counts|counted|balance|balances|balanced|(?:cash|cashes|cashed)\s+up|reconcile|"
    r"reconciles|reconciled|check|checks|checked|(?:do|does|did)\s+the\s+(?:till|cash)")
_MONEY = re.compile(r"\b(?:tills?|cash|takings|card\s+(?:terminal|machine|reader)s?|floats?|"
                    r"cash\s+drawers?)\b", re.IGNORECASE)
_AGREES = re.compile(r"\b(?:agree|agrees|agreed|match|matches|matched|tally|tallies|tallied|"
                     r"square|squares|balance|balances|add\s+up|adds\s+up)\b|\bagainst\s+the\b",
                     re.IGNORECASE)


def till_term(req: Requirement, line: str) -> str | None:
    """The ad's term for the day's money reconciled a line shows the person doing: the till
    counted and made to agree with what was sold (see the module doc), or None."""
    return act_term(req, line, _COUNTING, _AD_TILL, [_MONEY, _AGREES])
