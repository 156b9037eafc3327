"""Customers' orders worked out with them, said in other words.

An ad's duty to advise customers or take their own orders ("Provide customer advice in our
showroom", "Give customers a consultation on embroidery patterns", "Handle custom orders from
dance groups and designers", "Handle bespoke commissions with customers") is shown by a CV line
in which the person sits down with the customers and works out with them what they want: "Sit
with couples and families at the counter, sketch the piece they have in mind and agree the
weight and the day it will be ready", "Sit with the musicians who come to try a dulcimer and
help them choose the size and the tuning", "Sit with the leaders of folk ensembles over their
grandmothers' old skirts and work out which of our blocks come closest to the pattern".

Read narrowly: the line opens on the person's own sitting or meeting with people from outside
the workshop (never its own: "Sit with the apprentices and help them choose a first piece" is
teaching), and goes on to help them choose, work out which or what, sketch what they have in
mind or agree what is made. The term written is the ad's own (`consultation_term`).
"""

from __future__ import annotations

import re

from cvtailor.models import Requirement
from cvtailor.text.duties.acts import ad_term, own_act

_AD_ADVICE = re.compile(
    r"\b(?:(?:custom|bespoke|special|made[\s-]to[\s-](?:order|measure))\s+(?:orders?|"
    r"commissions?|pieces|work)|(?:customer|client)\s+advice|(?:customer|client)\s+"
    r"consultations?|consultations?)\b", re.IGNORECASE)
# ... shown by sitting down with them: "Sit with couples and families at the counter".
_SITTING_WITH = own_act(r"(?:sit|sits|sat)\s+(?:down\s+)?with|(?:meet|meets|met)")
# ... none of the workshop's own people
_OWN_PEOPLE = re.compile(
    r"\b(?:apprentices?|trainees?|students?|crew|team|staff|colleagues?|boss|owner|manager|"
    r"foreman|supervisor|others|makers?|helpers?|workers?)\b", re.IGNORECASE)
# ... and working out with them what they want.
_WORKED_OUT = re.compile(
    r"\b(?:help|helps|helped)\s+them\s+(?:to\s+)?(?:choose|pick|decide)\b|"
    r"\b(?:work|works|worked)\s+out\s+(?:with\s+them\s+)?(?:which|what|how)\b|"
    r"\b(?:sketch|sketches|sketched|draw|draws|drew)\s+(?:the\s+[\w-]+\s+|what\s+)"
    r"(?:they|he|she)\s+(?:have|has|had|want|wants|wanted)\b|"
    r"\bagree\s+(?:the|on\s+the)\s+[\w-]+\s+and\s+the\s+(?:day|date|price)\b", re.IGNORECASE)


def consultation_term(req: Requirement, line: str) -> str | None:
    """The ad's term for the advice or own orders a line shows worked out with customers (see
    the module doc), or None."""
    text = line.strip()
    sitting = _SITTING_WITH.match(text)
    if sitting is None or not _WORKED_OUT.search(text):
        return None
    whom = re.split(r"[,.;]", text[sitting.end():], maxsplit=1)[0]  # "couples and families ..."
    return None if _OWN_PEOPLE.search(whom) else ad_term(req, _AD_ADVICE)
