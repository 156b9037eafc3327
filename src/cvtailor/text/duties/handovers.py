"""Handing over a shift, said in other words.

An ad's duty to hand the shift over ("Lead shift handovers on the jetty", "Run a clear shift
handover to the next supervisor", "At the end of the day you will give clear handovers to the
night team") is shown by a CV line in which the person, at the end of their own shift, tells
the people who take over what they need to know: "Walk the next crew through what is open on
the jetty before I go off", "Tell the morning crew at six what is running, what broke and
what is waiting", "Write up what was made ... in the notebook for the afternoon team". No
similarity of sentences finds these: the line names what was passed on, the ad the handover.

Read narrowly:

- the ad's duty names a handover between shifts (a "handover" or "hand over" with a shift,
  a crew, a team, the next or incoming one): not a job handed over to a client ("final
  inspections before handover to the client");
- the line is the person's own act of passing on (it opens on telling, walking through,
  going through, writing up, briefing, handing over) to those who take over from them (the
  next, incoming, relieving, morning or night crew, team, operator or nurse; "the late-shift
  operator"; "the operator coming on", "the operator who takes over my machine"; "whoever comes
  in next");
  not taking over from someone ("Take over from the night crew at six"); "the shift leader
  coming on" is the one who takes over.

The term written is the ad's own word for the handover (`handover_term`).

A finished job handed over to the client ("Lead the handover to the customer at the end of each
job", "Carry out the hand-over of finished structures to the client") is shown by the person
going over the finished work with whoever takes it: the owners shown how it works and their
signature got ("Show the owners how the handles and the tilt position work ... and get them to
sign the completion sheet"), or the finished work walked with the client's engineer and what
they mark put right ("Walk every finished row with the engineer at the end of the season and
put right whatever he marks") (`client_handover_term`). Not the work done alone, nor a shift
handed over.

The place closed down at the end of the day ("carry out end-of-day closing procedures") is
shown by the person going round after the day's last run and closing it down: switched off,
locked up, the keys handed back (`closing_term`).
"""

from __future__ import annotations

import re

from cvtailor.models import Requirement
from cvtailor.text.duties.acts import act_term, own_act

# A handover between shifts, as an ad names it.
_AD_HANDOVER = re.compile(r"\b(?:hand-?overs?|hand(?:ing)?\s+over)\b", re.IGNORECASE)
_AD_SHIFT = re.compile(
    r"\b(?:shifts?|crews?|teams?|next|incoming|outgoing|oncoming|relief|follows?\s+you|"
    r"(?:day|night|morning|afternoon|evening|late|early)\s+(?:shift|team|crew))\b",
    re.IGNORECASE)
_AD_CLIENT = re.compile(r"\b(?:clients?|customers?|owners?|site\s+managers?|the\s+user)\b",
                        re.IGNORECASE)

# Whom the line passes the shift on to: those who take over from the person.
_TAKING_OVER = re.compile(
    r"\b(?:(?:next|incoming|oncoming|relief|relieving|following|night|morning|day|afternoon|"
    r"evening|early|late)[\s-](?:[\w-]+\s+)?(?:crew|crews|shift|team|operators?|man|men|nurses?|"
    r"chief|"
    r"supervisors?|leaders?|lead|person|people|staff|fitter|driver|watch)|"
    r"(?:operators?|crew|shift|man|men|team|nurses?|relief|leaders?|supervisors?|lead|chief|"
    r"fitters?|drivers?|person|people|staff)\s+(?:coming|who\s+comes?)\s+on|"
    r"(?:comes?|come)\s+on\s+(?:shift|duty)|"
    # "go through it with the operator who takes over my machine"
    r"(?:who|that)\s+takes?\s+over\s+(?:my|from\s+me)\b|"
    # "talk it through with whoever comes in next", "whoever relieves me"
    r"whoever\s+(?:comes?\s+(?:in|on)\s+next(?!\s+(?:week|month|year|time))|relieves\s+me)|"
    r"before\s+the\s+next\s+(?:[\w-]+\s+)?comes?\s+on)\b",
    re.IGNORECASE)
# The person's own passing on, at the line's head.
_PASSING_ON = own_act(
    r"tell|tells|told|walk|walks|walked|go\s+through|goes\s+through|went\s+through|"
    r"write|writes|wrote|brief|briefs|briefed|hand|hands|handed|pass|passes|passed|leave|"
    r"leaves|left|fill|fills|filled|talk|talks|talked|show|shows|showed",
    before=r"at\s+the\s+end\s+of\s+(?:the|my|each|every)\s+\w+,?|before\s+I\s+(?:go|leave)[\w\s]*,")
# Taking over from someone, not handing over to them.
_TAKES_OVER = re.compile(r"\b(?:take|takes|took|taking)\s+over\s+from\b(?!\s+me\b)|\bfrom\s+the\s+"
                         r"(?:outgoing|previous|night|day)\b", re.IGNORECASE)

_WRITTEN = re.compile(r"\b(?:shift|handover|hand-over)\s+(?:reports?|logs?|notes?|books?)\b",
                      re.IGNORECASE)


def hands_over_shifts(req: Requirement) -> bool:
    """The ad's duty is handing over between shifts (see the module doc)."""
    text = req.text
    return _AD_HANDOVER.search(text) is not None and _AD_SHIFT.search(text) is not None \
        and _AD_CLIENT.search(text) is None


def hands_over(line: str) -> bool:
    """The CV line is the person handing their shift over (see the module doc)."""
    text = line.strip()
    return _PASSING_ON.match(text) is not None and _TAKING_OVER.search(text) is not None \
        and _TAKES_OVER.search(text) is None


def handover_term(req: Requirement, line: str) -> str | None:
    """The ad's term for the handover a line shows ("shift handover", "clear handovers"), or
    a report of the shift it names beside ("shift report") when the line writes it; None when
    the line hands no shift over or the ad has no such term."""
    if not hands_over_shifts(req) or not hands_over(line):
        return None
    text = req.text.lower()
    for keyword in req.keywords:
        if _AD_HANDOVER.search(keyword) and keyword.lower() in text:
            return keyword
    writes = re.search(r"(?i)\b(?:write|writes|wrote|fill|fills|filled)\b", line)
    for keyword in req.keywords:
        if _WRITTEN.fullmatch(keyword.strip()) and writes:
            return keyword
    return None


# A job handed over to whoever takes it: "handover to the customer", "hand-over of finished
# structures to the client".
_AD_JOB_HANDOVER = re.compile(
    r"\b(?:hand-?overs?|hand(?:ing)?\s+over)\b(?=[^.;]{0,60}?\b(?:clients?|customers?|owners?|"
    r"householders?)\b)", re.IGNORECASE)
# The person going over the finished work with whoever takes it.
_GOING_OVER = own_act(r"show|shows|showed|walk|walks|walked|(?:go|goes|went)\s+(?:round|over|"
                      r"through)|take|takes|took")
_THE_TAKER = re.compile(r"\b(?:the|our)\s+(?:[\w'’-]+\s+)?(?:owners?|customers?|clients?|"
                        r"householders?|engineer|architect|site\s+manager)\b", re.IGNORECASE)
# ... and settling it with them: a signature got, how it works shown, what they mark put right.
_SETTLED = re.compile(
    r"\b(?:sign|signs|signed|signature)\b|\bput\s+right\s+(?:whatever|what|anything|"
    r"everything)\b|\bhow\s+(?:the\s+)?[\w\s,-]{1,60}?\bwork\b", re.IGNORECASE)
_FINISHED = re.compile(r"\b(?:finished|completed?|completion|handles?|at\s+the\s+end\s+of\s+"
                       r"(?:the|each|every)\s+(?:job|season|works?))\b", re.IGNORECASE)


def client_handover_term(req: Requirement, line: str) -> str | None:
    """The ad's term for a finished job handed over to the client a line shows (see the
    module doc), or None."""
    return act_term(req, line, _GOING_OVER, _AD_HANDOVER, [_THE_TAKER, _SETTLED, _FINISHED],
                    asked=_AD_JOB_HANDOVER)


# The place closed down at the end of the day, as the ad names it: "carry out end-of-day
# closing procedures", "Do the lock-up checks".
_AD_CLOSING = re.compile(
    r"\b(?:(?:end-of-day|end-of-shift|closing|close-?down|lock-?up)\s+(?:closing\s+)?"
    r"(?:procedures?|routines?|checks?|rounds?))\b", re.IGNORECASE)
# ... shown by the person going round after the last run of the day and closing it down:
# "Walk each ride after the last cycle, park the coaster trains in the station, switch off at
# the main panel and hand the keys back to security".
_CLOSING_ROUND = own_act(
    r"walk|walks|walked|(?:go|goes|went)\s+round|check|checks|checked|lock|locks|locked|"
    r"(?:switch|switches|switched|shut|shuts|turn|turns|turned)\s+(?:off|down)")
_AT_CLOSING = re.compile(
    r"\bafter\s+the\s+last\s+[\w-]+|\bat\s+the\s+end\s+of\s+(?:the|each|every)\s+(?:day|"
    r"evening|night)\b|\bat\s+closing(?:\s+time)?\b|\bwhen\s+we\s+close\b|\bbefore\s+(?:I|we)\s+"
    r"(?:go|leave)\s+home\b", re.IGNORECASE)
_CLOSED_DOWN = re.compile(
    r"\b(?:switch|switches|switched|turn|turns|turned|shut|shuts)\s+(?:everything\s+|it\s+|"
    r"them\s+)?(?:off|down)\b|\b(?:lock|locks|locked)\s+up\b|\b(?:hand|hands|handed)\s+"
    r"(?:the\s+)?keys\b|\b(?:set|sets)\s+the\s+alarm\b", re.IGNORECASE)


def closing_term(req: Requirement, line: str) -> str | None:
    """The ad's term for the closing procedures a line shows the person carrying out: the
    place gone round after the day's last run and closed down (switched off, locked up, the
    keys handed back), or None."""
    return act_term(req, line, _CLOSING_ROUND, _AD_CLOSING, [_AT_CLOSING, _CLOSED_DOWN])
