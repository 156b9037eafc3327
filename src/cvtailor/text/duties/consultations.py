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
mind or agree what is made. The term written is the ad's own (`consultation_term`). An ad's
client consultations are also held by the clients met to go over the work ("Meet each couple
over coffee a month before the day"), which the contact reader reads among its own ways
(`consultations_held`, called by `liaison.liaison_term`).
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


# The client consultations an ad asks held ("Hold client consultations before every wedding"),
# held by meeting the clients themselves: "Meet each couple over coffee a month before the day"
# (never a piece gone over "before it is boxed for the customer"). Read where the line agrees
# or goes over something with them (`liaison.liaison_term` calls it after its own checks).
_AD_CONSULTATIONS = re.compile(r"\b(?P<name>(?:client|customer)\s+consultations?)\b",
                               re.IGNORECASE)
_MEETING_CLIENTS = own_act(
    r"(?:meet|meets|met|(?:sit|sits|sat)\s+down\s+with|(?:talk|talks|talked)\s+(?:with|to))\s+"
    r"(?:each|every|the|our)\s+(?:new\s+)?(?:couples?|clients?|customers?|brides?)\b")


def consultations_held(ad: str, text: str) -> str | None:
    """The ad's client consultations (`_AD_CONSULTATIONS`, as it writes them) where the CV
    line opens on meeting the clients themselves (`_MEETING_CLIENTS`), or None."""
    held = _AD_CONSULTATIONS.search(ad)
    return held.group("name") if held and _MEETING_CLIENTS.match(text) else None


def consultation_term(req: Requirement, line: str) -> str | None:
    """The ad's term for the advice or own orders a line shows worked out with customers (see
    the module doc), or None."""
    text = line.strip()
    sitting = _SITTING_WITH.match(text)
    if sitting is None or not _WORKED_OUT.search(text):
        return None
    whom = re.split(r"[,.;]", text[sitting.end():], maxsplit=1)[0]  # "couples and families ..."
    return None if _OWN_PEOPLE.search(whom) else ad_term(req, _AD_ADVICE)
