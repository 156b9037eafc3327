"""Safety rounds and risk assessments, said in other words.

An ad's duty to look for what could hurt people ("Lead monthly safety rounds on the fibre
line", "Carry out HSE rounds", "Lead the weekly hygiene rounds", "Carry out risk assessments
for the shed") is shown by a CV line in which the person
goes round the workplace looking for hazards: "Walk the digester house once a month with our
safety representative, looking for loose gratings, leaking flanges and blocked eyewash
stations"; and a risk assessment, only where the line also writes down what could hurt
someone and what will be done about it: "Go round the shed with the quarry manager every
month and write down whatever could hurt someone and what we will do about it".

Read narrowly: the line opens on the person's own round (walk, go round, tour, inspect; not "Joined
the manager on ...", "Took part in ..."), and says what it looks for: hazards, or things loose,
leaking, blocked, broken or missing, or whatever could hurt someone. A round of the machines for
their output is no safety round. A risk analysis made on the spot ("last minute risk analysis", "job
safety analysis", "safe job analysis") is shown by what could go wrong gone over before the job:
"Before the fitters open anything on the cells, go over on the spot with them what could go wrong",
"Sit down with the crew before any unusual job ... and go step by step through what can go wrong". A
risk assessment is also shown written where no round is made: the hazards written up with their
controls ("Wrote up the hazards and controls for our new obstacle course before its first session"),
or each way a thing could fail scored by severity and likelihood; and a site walked before the work
starts, what could hurt the crew looked for or pointed out ("Walk each parcel before we start, look
for dead branches, power lines and steep banks", "Walk round each new job before we start and
note where the ladder can stand, where to clip on and where people walk underneath", "Walk every
pool before the season opens, mark where the wading is deep, the stones are slippery or the bank
is undercut"). The term
written is the ad's own (`round_term`).
"""

from __future__ import annotations

import re

from cvtailor.models import Requirement
from cvtailor.text.duties.acts import act_term, own_act

_AD_ROUNDS = re.compile(
    r"\b(?:safety|hazard|housekeeping|hygiene|HSE|HSEQ|EHS|SHE|H&S|HS&E)\s+(?:rounds?|walks?|"
    r"walk-?rounds?|tours?|"
    r"inspections?)\b|\bworkplace\s+inspections?\b",
    re.IGNORECASE)
_AD_RISK = re.compile(r"\brisk\s+assessments?\b", re.IGNORECASE)
_ROUND = own_act(
    r"walk|walks|walked|(?:go|goes|went|get|gets|got)\s+(?:round|around)|tour|tours|toured|"
    r"inspect|inspects|inspected")
# What the round looks for: hazards, things loose, leaking, blocked, or what could hurt.
_HAZARDS = re.compile(
    r"\b(?:looking|look|looked|checking|check|checked)\s+(?:out\s+)?for\b[^.;]{0,60}?"
    r"\b(?:loose|leak\w*|blocked|broken|missing|frayed|slippery|trip\w*|hazards?|dangers?|"
    r"damaged|unguarded|exposed)\b|"
    r"\b(?:whatever|anything|what)\s+(?:that\s+)?(?:could|might|can)\s+(?:hurt|harm|injure)\b|"
    r"\bhazards?\b",
    re.IGNORECASE)
# ... and, for a risk assessment, written down with what will be done about it.
_WRITTEN = re.compile(r"\b(?:write|writes|wrote|written|note|notes|noted|record|records|"
                      r"recorded|list|lists|listed)\b", re.IGNORECASE)
_WHAT_DONE = re.compile(
    r"\bwhat\s+(?:we|I|they)\s+(?:will|would|should|must|are\s+going\s+to)\s+do\b|"
    r"\bhow\s+(?:we|to)\s+(?:will\s+)?(?:stop|prevent|avoid|guard\s+against)\b",
    re.IGNORECASE)


# A risk analysis made on the spot before a job: "Before the fitters open anything on the
# cells, go over on the spot with them what could go wrong, and stop the job if it does not
# add up".
_AD_JOB_RISK = re.compile(
    r"\b(?:last[\s-]minute\s+risk\s+analys[ie]s|LMRA|job\s+safety\s+analys[ie]s|JSA|"
    r"(?:point[\s-]of[\s-]work|dynamic|task|pre-?task|pre-?job)\s+risk\s+(?:assessments?|"
    r"analys[ie]s)|risk\s+analys[ie]s|safe\s+job\s+analys[ie]s|job\s+hazard\s+analys[ie]s|"
    r"JHA|SJA)\b", re.IGNORECASE)
_GOING_OVER = own_act(
    r"(?:go|goes|went|talk|talks|talked|run|runs|ran|walk|walks|walked)\s+(?:over|through)|"
    r"check|checks|checked|look|looks|looked|stop|stops|stopped|"
    # "Sit down with the crew before any unusual job ... and go step by step through what can
    # go wrong"
    r"(?:sit|sits|sat)\s+down\s+with\b(?=[^.;]{0,80}?\b(?:go|goes|went|talk|talks|talked)\s+"
    r"(?:step\s+by\s+step\s+)?(?:over|through)\b)",
    before=r"before\s+[^,]{1,80},")
_WHAT_COULD_GO_WRONG = re.compile(
    r"\bwhat\s+(?:could|might|can)\s+(?:go\s+wrong|hurt|harm|happen)\b|\bhazards?\b|"
    r"\bdangers?\b|\brisks?\b", re.IGNORECASE)
_BEFORE_THE_JOB = re.compile(
    r"\bbefore\s+(?:we|they|I|anyone|the\s+(?:[\w-]+\s+)?(?:fitters?|crew|job|work|team|"
    r"electricians?|contractors?))\s+(?:\w+\s+)?(?:opens?|starts?|begins?|touch(?:es)?|"
    r"works?|goes|go|lifts?|climbs?|enters?)\b|\bbefore\s+(?:each|every|any|the)\s+"
    r"(?:[\w-]+\s+)?job\b|"
    # "Walk every pool before the season opens"
    r"\bbefore\s+the\s+season\s+(?:opens|starts|begins)\b",
    re.IGNORECASE)


# A risk assessment written, where no round is made: "Wrote up the hazards and controls for our
# new inflatable obstacle course before its first session", "Scored each way a new vial filling
# line could fail by severity, likelihood and detection".
_ASSESSING = own_act(r"(?:write|writes|wrote)(?:\s+(?:up|down))?|(?:draw|draws|drew)\s+up|"
                     r"list|lists|listed|score|scores|scored|rate|rates|rated|"
                     r"(?:work|works|worked)\s+out")
_THE_RISKS = re.compile(r"\bhazards?\b|\brisks?\b|\bwhat\s+(?:could|might|can)\s+(?:go\s+wrong|"
                        r"hurt|harm|fail)\b|\bcould\s+(?:fail|go\s+wrong|hurt)\b",
                        re.IGNORECASE)
_AND_CONTROLS = re.compile(r"\bcontrols?\b|\bcontrol\s+measures\b|\bseverity\b|"
                           r"\blikelihood\b|\bprecautions\b", re.IGNORECASE)


# A site walked before the work starts for what could hurt the crew: "Walk each hedge before
# we start and point out overhead wires, badger setts and rotten gateposts to the others",
# "Walk each parcel before we start, look for dead branches, power lines and steep banks".
_LOOKED_FOR = re.compile(
    r"\b(?:point|points|pointed)\s+out\b|\b(?:look|looks|looked|check|checks|checked)\s+"
    r"(?:out\s+)?for\b|\b(?:mark|marks|marked|flag|flags|flagged|note|notes|noted)\b",
    re.IGNORECASE)
_SITE_HAZARDS = re.compile(
    r"\b(?:(?:overhead|power|electric\w*|buried)\s+(?:wires|lines|cables)|cables|pipes|"
    r"dead\s+(?:branches|wood|trees)|hung[\s-]up\s+trees|steep\s+(?:banks?|slopes?|ground)|"
    r"drops?|holes?|open\s+(?:bores|trenches|edges)|traffic|asbestos|wasps?['’]?\s+nests?|"
    r"soft\s+ground|rotten\s+[\w-]+|unstable\s+[\w-]+|loose\s+[\w-]+|hazards?|"
    # the dangers of work at height: "where to clip on and where people walk underneath"
    r"where\s+to\s+clip\s+on|anchor\s+points?|(?:people|the\s+public|passers-by|pedestrians)"
    r"\s+(?:walk|walks|pass|passes)\s+(?:under|underneath|below)|"
    # "mark where the wading is deep, the stones are slippery or the bank is undercut"
    r"where\s+(?:the\s+)?[\w-]+\s+(?:is|are)\s+(?:too\s+)?(?:deep|slippery|undercut|unstable|"
    r"icy|rotten|loose))\b",
    re.IGNORECASE)


def round_term(req: Requirement, line: str) -> str | None:
    """The ad's term for a safety round or a risk assessment a line shows the person making
    (see the module doc), or None."""
    return act_term(req, line, _ROUND, _AD_RISK, [_HAZARDS, _WRITTEN, _WHAT_DONE]) \
        or act_term(req, line, _ROUND, _AD_ROUNDS, [_HAZARDS]) \
        or act_term(req, line, _ASSESSING, _AD_RISK, [_THE_RISKS, _AND_CONTROLS]) \
        or act_term(req, line, _GOING_OVER, _AD_JOB_RISK, [_WHAT_COULD_GO_WRONG,
                                                           _BEFORE_THE_JOB]) \
        or act_term(req, line, _ROUND, _AD_RISK, [_BEFORE_THE_JOB, _LOOKED_FOR, _SITE_HAZARDS])
