"""Briefings before service or a shift, said in other words.

An ad's duty to brief the team before work starts ("lead the pre-service briefing", "run
pre-service briefings for the banquet team", "hold the morning briefing") is shown by a CV line
in which the person gathers the team, or walks them through the day's work, before it begins:
"Gather the room team ten minutes before doors open to go over the day's specials, the wines by
the glass and who is coming in", "Walk the other servers through the menu, the running order
and the table numbers half an hour before the doors open".

Read narrowly: the line opens on the person's own act (gather, brief, walk ... through, go
over or through ... with, talk ... through) and names those briefed (the team, the other
servers, the crew, the staff) and says it happens before the work (before the doors open,
before service, before the shift, at the start of each shift). A safety talk before work is a
toolbox talk (`upkeep`). The day's plan told the evening before is a briefing too: "Tell the
climbers in the mess tent each night what the route looks like tomorrow and what time we
leave". The term written is the ad's own (`briefing_term`).

The safety talk given to the guests of an activity ("Give the safety talk to every group
before it goes on the water", "Deliver safety briefings to clients before each climb") is
shown by a line in which the person talks the guests through how to do it safely before it
starts: "Talk each group through how to sit, paddle, hold the T-grip and float feet first
before we put in", "Tell every party before they climb up to keep their hands inside", "Go
through the signals and what to do if someone is swept off before every group gets in the
water", "Spend half an hour with every family before they set off, showing them how to lead
their donkey" (`guest_briefing_term`); the ad may name the briefing it says they are given
("Give every group of walkers their handover briefing"). Never the crew's toolbox talk, nor a
talk after it.
"""

from __future__ import annotations

import re

from cvtailor.models import Requirement
from cvtailor.text.duties.acts import act_term, ad_term, own_act

_AD_BRIEFINGS = re.compile(
    r"\b(?:(?:pre-?service|pre-?shift|pre-?opening|morning|daily|team|shift|service|start-of-"
    r"shift)\s+)?briefings?\b|\bline-?ups?\b", re.IGNORECASE)
_SAFETY_BRIEFING = re.compile(r"\b(?:safety|toolbox|tool-box|tailgate|HSE|H&S)\b", re.IGNORECASE)
_BRIEFING = own_act(
    r"gather|gathers|gathered|brief|briefs|briefed|"
    r"(?:walk|walks|walked|talk|talks|talked|take|takes|took)\s+(?:the|my|our|each|all)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:through|over)|"
    r"(?:go|goes|went)\s+(?:over|through)(?=[^.;]{1,80}?\bwith\s+(?:the|my|our)\s+)")
_THOSE_BRIEFED = re.compile(
    r"\b(?:team|teams|crew|crews|staff|servers|waiters|waiting\s+staff|others|shift|brigade|"
    r"cooks|stewards|guides|drivers|operators|everyone|everybody)\b", re.IGNORECASE)
_BEFORE_WORK = re.compile(
    r"\bbefore\s+(?:the\s+)?(?:doors?\s+opens?|we\s+open|opening|service|each\s+service|every\s+"
    r"service|the\s+shift|each\s+shift|every\s+shift|the\s+first\s+guests?|guests\s+arrive|"
    r"lunch|dinner)\b|\bat\s+the\s+start\s+of\s+(?:each|every|the)\s+(?:shift|service|day)\b",
    re.IGNORECASE)


# The next day's plan told each evening: "Tell the climbers in the mess tent each night what the
# route looks like tomorrow and what time we leave".
_TELLING_THE_PLAN = own_act(
    r"(?:tell|tells|told)\s+(?:the|my|our|each|all\s+the)\s+"
    # (those who do it, never whom it is reported to: "Tell the office each evening ...")
    r"(?!(?:[\w-]+\s+)?(?:office|manager|boss|owner|head|supervisor|director)s?\b)"
    r"[^,.;]{1,60}?\b(?:each|every)\s+(?:night|evening)\s+what\b"
    r"(?=[^.;]{0,80}?\b(?:tomorrow|the\s+next\s+day)\b)")


def briefing_term(req: Requirement, line: str) -> str | None:
    """The ad's term for the briefing a line shows the person giving the team before work
    (see the module doc), or the next day's plan told each evening; or None."""
    text = line.strip()
    if _TELLING_THE_PLAN.match(text):
        return ad_term(req, _AD_BRIEFINGS, unless=_SAFETY_BRIEFING)
    if not (_BRIEFING.match(text) and _THOSE_BRIEFED.search(text) and _BEFORE_WORK.search(text)):
        return None
    # (a safety briefing is a toolbox talk: what is gone over must be safety)
    return ad_term(req, _AD_BRIEFINGS, unless=_SAFETY_BRIEFING)


# The safety talk an activity's guests are given before it starts, or the ad's own briefing
# it says they are given ("Give every group of walkers their handover briefing").
_GUEST_WORDS = (r"(?:groups?|guests?|clients?|customers?|passengers?|visitors?|participants?|"
                r"climbers?|riders?|divers?|paddlers?|skiers?|children|kids|pupils|party|"
                r"parties|famil(?:y|ies)|walkers?|hikers?|tourists?|swimmers?|anglers?|"
                r"campers?)")
_AD_GUEST_TALK = re.compile(
    r"\bsafety\s+(?:talks?|briefings?|instructions|demonstrations?)\b|"
    rf"\b(?:give|gives|deliver|run|hold)\s+(?:each|every|all|the)\s+(?:[\w-]+\s+){{0,3}}?"
    rf"{_GUEST_WORDS}\s+(?:of\s+[\w-]+\s+)?(?:their|a|the)\s+(?:[\w-]+\s+)?briefings?\b",
    re.IGNORECASE)
_GUEST_BRIEFING = re.compile(r"(?i)^(?:[\w-]+\s+)?briefings?$")
_GUESTS = (r"(?:each|every|the|our|my)\s+(?:[\w-]+\s+)?" + _GUEST_WORDS)
_TALKING_GUESTS_THROUGH = own_act(
    rf"(?:talk|talks|talked|walk|walks|walked|take|takes|took)\s+{_GUESTS}\s+through|"
    rf"(?:show|shows|showed|teach|teaches|taught|brief|briefs|briefed)\s+{_GUESTS}\b|"
    # "Tell every party before they climb up to keep their hands inside": what they are to do
    rf"(?:tell|tells|told)\s+{_GUESTS}\b(?=[^.;]{{0,60}}?\bto\s+(?:keep|stay|wait|hold|sit|"
    r"wear|lean|put|stand|follow|leave|listen)\b)|"
    # "Go through the signals ... before every group gets in the water"
    rf"(?:go|goes|went)\s+(?:through|over)\b(?=[^;]{{1,120}}?\bbefore\s+{_GUESTS}\b)|"
    # "Spend half an hour with every family before they set off, showing them how to lead ..."
    rf"(?:spend|spends|spent)\s+[^,.;]{{1,30}}?\bwith\s+{_GUESTS}\b(?=[^.;]{{1,80}}?"
    r"\b(?:showing|teaching|telling)\s+them\b)")
_HOW_TO = re.compile(r"\bhow\s+to\b|\bwhat\s+to\s+do\b|\bthe\s+(?:rules|signals)\b|"
                     r"\bto\s+(?:keep|stay|wait|hold|sit|wear|lean|follow|listen)\b",
                     re.IGNORECASE)
_BEFORE_IT_STARTS = re.compile(
    r"\bbefore\s+(?:we|they|it|each\s+[\w-]+|every\s+[\w-]+|the\s+[\w-]+)\s+"
    r"(?:[\w-]+\s+)?(?:put\s+in|set\s+off|"
    r"go(?:es)?\s+(?:on|out|up|in|down)|start|starts|climb|climbs|ride|rides|dive|dives|"
    r"take\s+off|leave|leaves|launch|launches|get\s+on|gets\s+on|board|boards|"
    r"push(?:es)?\s+off|cast(?:s)?\s+off|gets?\s+in(?:to)?|head(?:s)?\s+(?:off|out)|"
    r"set(?:s)?\s+out|paddle|paddles|swim|swims|jump|jumps|mount|mounts)\b",
    re.IGNORECASE)


def guest_briefing_term(req: Requirement, line: str) -> str | None:
    """The ad's term for the safety talk a line shows given to an activity's guests before it
    starts (see the module doc), or None."""
    shown = [_HOW_TO, _BEFORE_IT_STARTS]
    # (or the briefing the ad says they are given, by its keyword: "handover briefing")
    return act_term(req, line, _TALKING_GUESTS_THROUGH, _AD_GUEST_TALK, shown) \
        or act_term(req, line, _TALKING_GUESTS_THROUGH, _GUEST_BRIEFING, shown,
                    asked=_AD_GUEST_TALK)
