"""Production planned, said in other words.

An ad's duty to plan what the workshop or the plant makes, and in what order ("be in charge of
production planning for the workshop", "plan the workshop's weekly production") is shown by a
CV line in which the person decides which work goes through which machine or to which bench,
and when: "Decide each Monday which flights go through the machines first so the fitters have
what they need", "Chalk up on the board every Monday which pair goes to which bench".

Read narrowly: the line opens on the person's own deciding (decide, work out, sort out, plan,
chalk up, write up, draw up) and says which work goes through, to or on which machine, bench,
line or station, or in what order the work is done, or which of it the crew takes on first
("Decide each morning with the engineer which stretch of road the crew tackles first"), or
which thing goes where ("Work out each Sunday which flock goes onto which slope" for "grazing
plans", the plan of a trade's own work), or how much of each is made on which day or for when
("decide how many batches of plain, almond and cocoa halva we cook the next morning", "work out
how many hearts of each size we need for Advent"; never what a job takes: "how many bags of
cement we need"), or which work each starts on ("tell each of the 5 people at our bench which
model and how many pieces to start on"). The deciding may follow the orders looked through
("Look through the shop orders every afternoon and decide ...") or a sit-down with the owner. Which
people go where is a rota (`rotas`), never this; the work shared out among them piece by piece is
the rotas' reading of the ad's production planning. The term written is the ad's own
(`planning_term`, `production_term`): its planning or schedule's name, or the production it names
by its period ("weekly production").
"""

from __future__ import annotations

import re

from cvtailor.models import Requirement
from cvtailor.text.duties.acts import AD_LEAD, SIT_DOWN_TO_DECIDE, ad_term, own_act
from cvtailor.text.jd_terms import person_noun

_AD_PLANNING = re.compile(
    r"\b(?:production|work|job|workshop|shop\s+floor)\s+(?:planning|plans?|programmes?|"
    r"schedul(?:e|es|ing)|sequencing)\b|"
    # the plan of a trade's own work, which work goes where and when: "the weekly grazing
    # plans", "the crop plan and the sowing calendar", "the baking schedule" (never a plan of
    # how the work is done: a cutting plan, a firing schedule, a spraying programme)
    r"\b(?:grazing|crop|cropping|planting|sowing|harvest|harvesting|picking|felling|baking|"
    r"brewing|bottling|packing|loading|burn|burning)\s+"
    r"(?:plans?|planning|schedules?|calendars?|programmes?)\b", re.IGNORECASE)
# The ad's verbs of planning, at the head of a duty.
_PLAN_VERB = r"plan|planning|schedule|scheduling|organi[sz]e|organi[sz]ing"
# ... or the production the ad asks planned, by its period: "plan the workshop's weekly
# production".
_AD_PLANS_PRODUCTION = re.compile(
    rf"^{AD_LEAD}(?:{_PLAN_VERB})\s+"
    r"(?:the\s+|our\s+|your\s+)?(?:[\w'’-]+['’]s?\s+)?(?P<term>(?:weekly|daily|monthly)\s+"
    r"production)\b", re.IGNORECASE)

# ... or the work's load the ad asks planned (or prioritised): "Plan the laboratory's testing
# workload against project deadlines".
_AD_PLANS_WORK = re.compile(rf"^{AD_LEAD}(?:{_PLAN_VERB}|prioriti[sz]e|prioriti[sz]ing)\b",
                            re.IGNORECASE)
_WORKLOAD = re.compile(r"\bworkloads?\b", re.IGNORECASE)

_DECIDING = own_act(
    r"decide|decides|decided|(?:work|works|worked|sort|sorts|sorted)\s+out|plan|plans|planned|"
    # "Sort the incoming samples each morning by due date and agree ... which jobs go first"
    r"(?:sort|sorts|sorted)\b(?=[^.;]{1,60}?\bby\s+(?:due\s+date|deadline|priority))|"
    r"(?:chalk|chalks|chalked|write|writes|wrote|draw|draws|drew)\s+up|"
    # "Write on the board each Monday how many batches ...", "agree with the office which
    # houses we press first" (after going through the orders)
    r"(?:write|writes|wrote)\s+on\s+the\s+(?:white)?board|"
    r"(?:go|goes|went)\s+through\s+[^.;]{1,60}?\band\s+(?:agree|agrees|agreed)\s+with\b|"
    # "Look through the shop orders every afternoon and decide ...", "Look at the orders due
    # each morning and tell each of the 5 people ...", "Sit down with the owner to work out ..."
    r"(?:look|looks|looked|go|goes|went)\s+(?:at|through|over)\s+[^.;]{1,60}?\band\s+(?:decide|"
    rf"tell|work\s+out|sort\s+out)\b|{SIT_DOWN_TO_DECIDE}")
# Which work goes through which machine or to which bench: "which flights go through the
# machines first", "which pair goes to which bench"; or the order of the work ("in which order
# the batches run").
_WHICH_WORK = re.compile(
    r"\bwhich\s+(?P<what>(?:[\w-]+\s+){0,2}?)(?:goes|go|runs|run|comes|come)\s+(?:through\s+"
    r"(?:the\s+|which\s+|each\s+)?[\w-]+|(?:to|on|onto|into)\s+(?:the\s+|which\s+|each\s+)?"
    r"(?:[\w-]+\s+)?(?:machines?|benches|bench|lines?|press(?:es)?|kilns?|ovens?|stations?|"
    r"looms?|saws?|cells?|mills?|tables?|vats?))\b|"
    r"\bin\s+(?:what|which)\s+order\s+(?:the\s+)?(?:jobs|orders|batches|pieces|runs)\b|"
    # "agree with the engineers which jobs go first"
    r"\bwhich\s+(?:jobs|orders|batches|samples|runs|lots|loads)\s+(?:go|goes|come|comes|run|runs)\s+"
    r"first\b|"
    # the work taken first: "which stretch of road the crew tackles first"
    r"\bwhich\s+(?P<first>[\w-]+(?:\s+of\s+[\w-]+)?)\s+(?:the\s+(?:crew|team|gang|shift)|we)\s+"
    r"(?:starts?\s+on|works?\s+on|takes?\s+on|[a-z]+)\s+(?:first|next)\b|"
    # which thing goes where: "which flock goes onto which dry slope", "which vegetables go in
    # which beds"
    r"\bwhich\s+(?P<where>(?:[\w-]+\s+){0,2}?)(?:goes|go)\s+(?:to|on|onto|into|in)\s+which\b|"
    # how much of each is made on which day: "how many batches of each kind we cook on which day"
    r"\bhow\s+many\s+(?:batches|loads|runs|trays|pieces|units|bakes|pallets)\s+(?:of\s+each\s+"
    r"[\w-]+\s+)?(?:we|the\s+(?:crew|team|shift))\s+[\w-]+\s+(?:on\s+)?(?:which|each)\s+day\b|"
    # how much of each is made, or for when: "how many batches of plain, almond and cocoa halva
    # we cook the next morning", "how many hearts of each size we need for Advent" (not "how
    # many bags of cement we need": what a job takes, text/duties/estimates)
    r"\bhow\s+many\s+[\w-]+\s+(?:of\s+each\s+[\w-]+\s+(?:we|the\s+(?:crew|team|shift))\s+"
    r"(?:need|make|cook|bake|produce)|(?:of\s+[^.;]{1,50}?\s+)?(?:we|the\s+(?:crew|team|shift))\s+"
    r"(?:cook|make|bake|run|produce|brew|fire|press|pack)\b)|"
    # the work each is to start on: "tell each of the 5 people at our bench which model and how
    # many pieces to start on"
    r"\bwhich\s+[\w-]+\s+and\s+how\s+many\s+[\w-]+\s+to\s+(?:start\s+on|make|run|cut|work\s+on)\b",
    re.IGNORECASE)


def planning_term(req: Requirement, line: str) -> str | None:
    """The ad's term for the production planning a line shows the person doing (see the
    module doc), or None."""
    text = line.strip()
    which = _WHICH_WORK.search(text)
    if not _DECIDING.match(text) or which is None or any(
            person_noun(w) or w.lower() in ("us", "them")
            for w in (which.group("what") or which.group("first") or which.group("where")
                      or "").split()):
        return None
    return production_term(req) or (
        ad_term(req, _WORKLOAD) if _AD_PLANS_WORK.match(req.text.strip()) else None)


def production_term(req: Requirement) -> str | None:
    """The ad's term for the production it asks planned: its planning or schedule's name
    (`_AD_PLANNING`), or the production by its period ("weekly production"), or None."""
    planned = _AD_PLANS_PRODUCTION.match(req.text.strip())
    return ad_term(req, _AD_PLANNING) or (planned.group("term") if planned else None)
