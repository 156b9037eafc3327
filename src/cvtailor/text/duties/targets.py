"""Production targets met or set, said in other words.

An ad's duty to meet or plan the output ("Meet the daily production targets of your line",
"Plan weekly production targets for each crop") is shown by a CV line in which the person
drives the work towards an amount set for a day, a shift or a week, or sets that amount:
"Keep count of bags filled each hour and push the line when we fall behind the day's
tonnage", "Keep the line fed and the stops short so we get through the bales the office plans
for each shift", "Work out with the lab manager every Monday how many jars of each line we
must cut that week".

Read narrowly: the line is the person's own act (it opens on the verb) and names the amount
as one aimed at, planned or fallen behind, never the output alone ("Ran the press at 40
sheets a minute" records a rate, not a target). An ad's duty to meet the targets is shown by
a line that works towards one; its duty to plan or set them, only by a line that sets how
much must be done; its production plan drawn up, by a line that works out how much to make
("Work out each evening how many trays of each flavour to make tomorrow"). The term written
is the ad's own (`target_term`).
"""

from __future__ import annotations

import re

from cvtailor.models import Requirement
from cvtailor.text.duties.acts import AD_LEAD, ad_term, own_act

_AD_TARGETS = re.compile(
    r"\b(?:(?:production|output|daily|weekly|shift|line|packing|throughput)\s+"
    r"(?:targets?|goals?|quotas?))\b",
    re.IGNORECASE)
# The ad's duty to plan or set the targets rather than meet them.
_AD_SETS = re.compile(
    rf"^{AD_LEAD}(?:plan|planning|set|setting|agree|agreeing|draw\s+up|drawing\s+up|define|"
    r"defining)\b",
    re.IGNORECASE)
_OWN_ACT = own_act(r"keep|keeps|kept|push|pushes|pushed|drive|drives|drove|run|runs|ran|"
                   r"tell|tells|told|work|works|worked|plan|plans|planned|decide|decides|"
                   r"decided|set|sets|agree|agrees|agreed|watch|watches|watched|chase|chases|"
                   r"chased|(?:chalk|chalks|chalked|write|writes|wrote|put|puts|pin|pins|"
                   r"pinned)\s+up")
# An amount worked towards: "reach the 115 m³ we aim for", "fall behind the day's tonnage",
# "get through the bales the office plans for each shift".
_WORKS_TOWARDS = re.compile(
    r"\b(?:we|I|they)\s+(?:aim|aimed|are\s+set|were\s+set)\s+for\b|"
    r"\bf(?:all|alls|ell|allen)\s+(?:behind|short)\b|"
    # "Keep an eye on tonnes per hour against the day's plan"
    r"\bagainst\s+the\s+(?:day|shift|week|night)['’]s\s+(?:plan|target|tonnage|output|quota)\b|"
    r"\b(?:plans?|planned|set)\s+for\s+(?:each|every|the|a)\s+(?:shift|day|week|turn|night)\b|"
    r"\bthe\s+(?:day|shift|week|night)['’]s\s+(?:tonnage|output|quota|count|figure|total)\b",
    re.IGNORECASE)
# An amount set: "how many jars of each line we must cut that week".
_SETS_AMOUNT = re.compile(
    r"\bhow\s+(?:many|much)\s+[^.;]{1,80}?\b(?:must|should|have\s+to|has\s+to|need\s+to|"
    r"needs\s+to)\s+(?:be\s+)?[\w-]+\b[^.;]{0,40}?\b(?:by|each|every|that|this|per|a)\s+"
    r"(?:lunch|noon|evening|night|day|shift|week|month|morning|afternoon|turn)\b",
    re.IGNORECASE)


# The ad's plan of what is made: "Draw up the daily production plan".
_AD_PLAN = re.compile(r"\bproduction\s+(?:plans?|schedules?|planning)\b", re.IGNORECASE)
# ... shown by how much to make worked out: "Work out each evening how many trays of each
# flavour to make tomorrow from what sold today".
_HOW_MUCH_TO_MAKE = re.compile(
    r"\bhow\s+(?:many|much)\s+[^.;]{1,60}?\bto\s+(?:make|bake|produce|cook|cut|pack|brew|"
    r"press|fill|mix|knit|weave|dye|roast|distil|smoke|cure)\b", re.IGNORECASE)


def target_term(req: Requirement, line: str) -> str | None:
    """The ad's term for the production targets a line shows worked towards or set by the
    person (see the module doc), or None."""
    text = line.strip()
    if not _OWN_ACT.match(text):
        return None
    sets = _AD_SETS.match(req.text.strip()) is not None
    if sets and _HOW_MUCH_TO_MAKE.search(text) and ad_term(req, _AD_TARGETS) is None:
        return ad_term(req, _AD_PLAN)
    if not (_SETS_AMOUNT.search(text) if sets else
            _WORKS_TOWARDS.search(text) or _SETS_AMOUNT.search(text)):
        return None
    return ad_term(req, _AD_TARGETS)
