"""The day's till reconciled, said in other words.

An ad's reconciliation of the day's money ("Do the daily cash reconciliation at closing", "Cash
up at the end of the day") is shown by a line in which the person counts or checks the till,
the cash or the card terminal and makes it agree with what was sold: "Count the till and the
card terminal totals at closing and make them agree with the day's bookings". Never a count
that is checked against nothing ("Count the cash float every morning"), nor one of goods.

Read only as the person's own act (the line opens on its verb); the term written is the ad's
own (`till_term`). An ad's cash handling is shown by the till or the takings counted, cashed
up, handed in or banked by the person, as the ad writes it.
"""

from __future__ import annotations

import re

from cvtailor.models import Requirement
from cvtailor.text.duties.acts import act_term, own_act

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


# The cash the ad asks handled, whatever is done with it: "Take charge of cash handling at the
# ticket office".
_AD_HANDLING = re.compile(r"\bcash\s+handling\b|\bhandl(?:e|ing)\s+(?:the\s+)?cash\b",
                          re.IGNORECASE)
# ... shown by the till or the takings counted, cashed up, handed in or banked by the person
# ("Sell tickets at the hut on rainy weekdays, count the till at closing time and hand the
# takings to the owner").
_SELLING = own_act(r"sell|sells|sold|take|takes|took|run|runs|ran|count|counts|counted|"
                   r"(?:cash|cashes|cashed)\s+up|work|works|worked|serve|serves|served")
_MONEY_HANDLED = re.compile(r"\b(?:count|counts|counted|(?:cash|cashes|cashed)\s+up|hand|hands|"
                            r"handed|bank|banks|banked)\s+(?:in\s+)?(?:the\s+)?(?:day['’]s\s+)?"
                            r"(?:till|tills|takings|cash|float)\b", re.IGNORECASE)


def till_term(req: Requirement, line: str) -> str | None:
    """The ad's term for the day's money reconciled a line shows the person doing: the till
    counted and made to agree with what was sold (see the module doc); or the cash handling
    the ad asks for, shown by the till or the takings counted or handed in; or None."""
    term = act_term(req, line, _COUNTING, _AD_TILL, [_MONEY, _AGREES])
    if term is None and _SELLING.match(line.strip()) and _MONEY_HANDLED.search(line):
        handling = _AD_HANDLING.search(req.text)
        term = handling.group(0) if handling else None
    return term
