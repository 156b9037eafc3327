"""The contact for the people outside the team, said in other words.

An ad's duty to be the one the people outside the team deal with ("Be the main point of contact
for landholders on site", "You will be our link to main contractors on site", "liaise with
yacht captains on progress") is shown by a CV line in which the person agrees, settles or goes
over the work with those same people, named as the CV names them: "Talk with the farmer or
farm manager each morning about gates to leave shut", "Sit in on the builders' site meetings
on Tuesdays and agree when our pipe goes up", "Walk the skipper round the deck at the end of
each day and agree any change to the layout".

Read narrowly: the line opens on the person's own act of dealing with someone (agree, meet,
talk, ring, settle, sort out, sit in on or sit down with, walk ... round, explain to) and names
people of the same kind as the ad's (the owners of the land worked on, the main contractor, the
clients (a wedding's couple, house owners), a vessel's captain, a committee, the buyers, the
families, the parents, the tour operators (the drivers and guides of their coaches), a booked
group's leaders (its teachers, its scout leaders)), agreeing, settling or going over the work
with them, or ringing them to check or arrange it; a line about
other people ("the site manager" for "landholders") is no contact for them. The term written is
the ad's own: its role and whom it is for ("point of contact for landholders"; both its parties,
"first contact for landowners and alp farmers", where the line deals with people of the second's
kind too), the people it liaises, coordinates or arranges the work with ("yacht captains",
"Coordinate pick-ups with the tour operators" gives "tour operators"), its liaison's name
("client liaison"), the meetings it holds with them ("site meetings with architects") or its
consultations with its clients ("client consultations", shown by each couple met before the
day to go through it: `consultations.consultations_held`), as `liaison_term` gives it. The people a contract
is with ("the shop managers on our yearly contracts") are its customers.
"""

from __future__ import annotations

import re

from cvtailor.models import Requirement
from cvtailor.text.duties.acts import own_act
from cvtailor.text.duties.consultations import consultations_held

# Whom the ad names, up to three words: "landholders", "main contractors", "festival committees".
_PARTY = r"(?P<party>[\w'’-]+(?:\s+[\w'’-]+){0,2}?)"
# The ad's role and for whom: "main point of contact for landholders", "contact person on site
# for the main contractor", "link to main contractors", "point of reference for the festival
# committees".
_AD_ROLE = re.compile(
    r"\b(?P<role>(?:(?:first|main|single|key|daily)\s+)?point\s+of\s+(?:contact|call|reference)|"
    r"contact\s+(?:person|point)|(?:(?:first|main|single|key|daily)\s+)?contact|link)"
    r"(?:\s+on\s+site)?\s+(?P<prep>for|with|to)\s+"
    rf"(?:the\s+|our\s+|all\s+|its\s+)?{_PARTY}"
    r"(?=\s*(?:,|\band\b|\bon\s+site\b|\bduring\b|\bbefore\b|\bwhen\b|\bin\b|\bon\b|\bfrom\b|"
    r"\babout\b|$|\.))",
    re.IGNORECASE)
# ... or the people it liaises with: "liaise with yacht captains and our project managers",
# "Handle client liaison with the exporters' log buyers".
_AD_LIAISE = re.compile(
    r"\b(?:liaise|liaising|keep\s+in\s+(?:contact|touch)|"
    # "Coordinate pick-ups with the tour operators"
    r"(?:coordinate|coordinating|arrange|arranging)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?)"
    r"\s*with\s+(?:the\s+|our\s+)?"
    rf"{_PARTY}"
    r"(?=\s*(?:,|\band\b|\bon\b|\bbefore\b|\bwhen\b|\bin\b|\bto\b|$|\.))",
    re.IGNORECASE)
# ... or the meetings it holds with them: "represent us at site meetings with architects, site
# managers and the other trades".
_AD_MEETINGS = re.compile(r"\b(?P<name>(?:site|project|coordination|progress|planning)\s+"
                          r"meetings?)\s+with\s+(?:the\s+|our\s+)?(?P<party>[^.;]{3,80})",
                          re.IGNORECASE)
_AD_LIAISON = re.compile(r"\b(?P<name>[\w-]+\s+liaison)\s+with\s+(?:the\s+|our\s+)?"
                         r"(?P<party>[^,.;]{3,60})", re.IGNORECASE)

# A second party after the first: "... for landowners and alp farmers near the site".
_AND_PARTY = re.compile(r"\s+and\s+(?:the\s+|our\s+)?([\w'’-]+(?:\s+[\w'’-]+){0,2}?)"
                        r"(?=\s*(?:,|\bnear\b|\bon\b|\bin\b|\bat\b|\bduring\b|\bbefore\b|"
                        r"\bwhen\b|\bfrom\b|\babout\b|$|\.))", re.IGNORECASE)

# The line's own dealing with someone, at its head.
_DEALING = own_act(
    r"agree|agrees|agreed|meet|meets|met|talk|talks|talked|ring|rings|rang|call|calls|called|"
    r"phone|phones|phoned|settle|settles|settled|(?:sort|sorts|sorted)\s+out|"
    r"(?:sit|sits|sat)\s+in\s+on|walk|walks|walked|(?:go|goes|went)\s+over|"
    r"(?:deal|deals|dealt)\s+with|(?:keep|keeps|kept)\s+in\s+touch|"
    # "Sit down every Tuesday with the architect, the builder and the electrician ... to agree
    # where our pipes run", "Explain to homeowners what we found inside their tank"
    r"(?:sit|sits|sat)\s+down\b(?=[^.;]{0,30}?\bwith\b)|(?:explain|explains|explained)\s+to")
# ... agreeing or settling something with them, or going over the work.
_AGREEING = re.compile(r"\b(?:agree|agrees|agreed|settle|settles|settled|sort\s+out|sorts\s+out|"
                       r"about|through|over|plan|decide|choose|tell\s+them|"
                       # "Ring the teachers ... the week before to check swimming ability"
                       r"to\s+(?:check|confirm|arrange)|where\s+and\s+when|"
                       # what was found, explained to them
                       r"what\s+(?:we|I)\s+(?:found|saw|did|changed))\b", re.IGNORECASE)

# Kinds of people outside the team: the ad's words for them, and the CV's.
_KINDS = (
    # the owners of the land worked on
    (re.compile(r"\b(?:land\s*owners?|land\s*holders?|property\s+owners?|forest\s+owners?|"
                r"estate\s+owners?|farmers?)\b", re.IGNORECASE),
     re.compile(r"\b(?:farmers?|farm\s+managers?|land\s*owners?|land\s*holders?|estate\s+owners?|"
                r"forest\s+owners?|owners?\s+of\s+(?:each|the|every)\s+(?:estate|farm|land|forest|"
                r"wood|parcel|property))\b", re.IGNORECASE)),
    # the main contractor on a building site
    (re.compile(r"\b(?:(?:main|general|principal)\s+contractors?|builders?)\b", re.IGNORECASE),
     re.compile(r"\b(?:(?:main|general|principal)\s+contractor['’]?s?|builder['’]?s?|"
                r"Bauleiter|site\s+agents?)\b", re.IGNORECASE)),
    # the clients or customers served
    (re.compile(r"\b(?:clients?|customers?|homeowners?)\b", re.IGNORECASE),
     re.compile(r"\b(?:clients?|customers?|home\s*owners?|house\s*owners?|"
                # a wedding's couple: "Meet each couple over coffee a month before the day"
                r"(?:each|every|the)\s+couples?|couples|(?:haulage|transport)\s+(?:firms|"
                r"companies)|transport\s+managers)\b|"
                # the people a contract is with: "shop managers ... on our yearly contracts"
                r"\b(?:on|under)\s+(?:our|the)\s+(?:[\w-]+\s+)?contracts\b", re.IGNORECASE)),
    # the architects of a building site
    (re.compile(r"\barchitects?\b", re.IGNORECASE),
     re.compile(r"\barchitect(?:s|['’]s?)?\b", re.IGNORECASE)),
    # a vessel's captain
    (re.compile(r"\b(?:captains?|skippers?|masters?)\b", re.IGNORECASE),
     re.compile(r"\b(?:captains?|skippers?)\b", re.IGNORECASE)),
    # the tour operators who bring groups, and their coaches' drivers and guides
    (re.compile(r"\b(?:tour\s+operators?|coach\s+(?:groups?|companies|operators?|firms?)|"
                r"travel\s+agen(?:ts?|cies))\b", re.IGNORECASE),
     re.compile(r"\b(?:tour\s+(?:operators?|guides?|leaders?)|coach\s+(?:companies|firms|"
                r"operators?|drivers?)|travel\s+agen(?:ts?|cies))\b", re.IGNORECASE)),
    # the leaders of the groups booked: a school's teachers, a troop's scout leaders
    (re.compile(r"\bgroup\s+leaders?\b", re.IGNORECASE),
     re.compile(r"\b(?:group\s+leaders?|scout\s+leaders?|youth\s+leaders?|teachers)\b",
                re.IGNORECASE)),
    (re.compile(r"\bcommittees?\b", re.IGNORECASE), re.compile(r"\bcommittees?\b", re.IGNORECASE)),
    (re.compile(r"\bbuyers?\b", re.IGNORECASE), re.compile(r"\bbuyers['’]?\b", re.IGNORECASE)),
    # the parents of the children taught or cared for
    (re.compile(r"\bparents\b", re.IGNORECASE),
     re.compile(r"\b(?:parents|mums\s+and\s+dads|mothers\s+and\s+fathers)\b", re.IGNORECASE)),
    (re.compile(r"\b(?:relatives|families|next\s+of\s+kin)\b", re.IGNORECASE),
     re.compile(r"\b(?:relatives|famil(?:y|ies)|next\s+of\s+kin)\b", re.IGNORECASE)),
)


def _same_kind(party: str, text: str) -> bool:
    """The line names people of the kind the ad's party is."""
    return any(ad.search(party) and cv.search(text) for ad, cv in _KINDS)


def liaison_term(req: Requirement, line: str) -> str | None:
    """The ad's term for the contact a line shows the person being for the people outside
    the team (see the module doc), or None."""
    text = line.strip()
    if not (_DEALING.match(text) and _AGREEING.search(text)):
        return None
    ad = req.text.strip()
    role = _AD_ROLE.search(ad)
    if role and _same_kind(role.group("party"), text):
        term = f"{role.group('role')} {role.group('prep')} {role.group('party')}"
        # "first contact for landowners and alp farmers": the second party too, where the line
        # deals with people of its kind as well ("the farmers whose meadows we cross and ...
        # the alp owners")
        also = _AND_PARTY.match(ad, role.end())
        return f"{term} and {also.group(1)}" if also and _same_kind(also.group(1), text) \
            else term
    liaison = _AD_LIAISON.search(ad)
    if liaison and _same_kind(liaison.group("party"), text):
        return liaison.group("name")
    meetings = _AD_MEETINGS.search(ad)
    if meetings and _same_kind(meetings.group("party"), text):
        return meetings.group("name")
    # ... or the consultations it holds with the clients it meets (text/duties/consultations)
    held = consultations_held(ad, text)
    if held:
        return held
    liaise = _AD_LIAISE.search(ad)
    if liaise and _same_kind(liaise.group("party"), text):
        return liaise.group("party")
    return None
