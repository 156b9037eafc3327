"""Quotations and cost estimates prepared, said in other words.

An ad's duty to prepare the price of a job ("Prepare quotations for the managing director",
"Prepare job costing for repairs and custom orders", "Prepare material take-offs for the
owner's quotations") is shown by a CV line in which the person works out what a job will take
so that it can be priced: "Work out the hours and the booklets of leaf each job needs so that
the owner can give the customer a price", "Work out the hours and parts a repair will take and
write the price on the repair slip", "Price the parts and the hours for a new bell motor so
that the office can send the mayor a fixed price".

Read narrowly: the line is the person's own act of working it out (work out, price, calculate,
estimate, tell whoever prices how much a job takes), names what the job takes (its hours,
parts, materials, metres or kilos) and that it is for a price (a price, a quote, what it will
cost). Working out the materials alone is no estimate ("work out how many bundles the job will
take"), unless the ad asks only for the materials: "Calculate material quantities from
drawings" is shown by "Work out from the floor plan how many tonnes of sand and bags of cement
a job needs". A job measured, counted or opened up for whoever prices it shows it too ("Count
the panes, measure the heights and note the access on new jobs so the owner can price them",
"Go out to look at tanks, measure them and tell the boss which lining and fittings each job
needs"), also for an ad that asks the survey itself ("Inspect tanks and take measurements for
quotations"). The term written is the ad's own (`estimate_term`).

A site visit or home assessment before the job ("Carry out site visits before larger events") is
shown by the person going out to the place before the work to measure or look at it ("Go out with
the owner before big weddings to measure the lawn and look at the slope"); the term written is
the ad's own (`survey_term`); the final measurements taken on site ("Go out before the order is
placed to check the openings with a laser and a tape") are such a visit.
"""

from __future__ import annotations

import re

from cvtailor.models import Requirement
from cvtailor.text.duties.acts import AD_LEAD, act_term, ad_term, own_act

# The ad's names for a job's price prepared.
_AD_ESTIMATES = re.compile(
    r"\b(?:(?:written\s+)?quotations?|quotes|(?:cost|time|job|material)\s+estimates?|estimates|"
    r"(?:cost|price)\s+calculations?|"
    r"(?:job\s+)?costings?|material\s+take-?offs?)\b", re.IGNORECASE)
# ... prepared by the person: "Prepare quotations", "you will also prepare cost estimates for
# the owner's quotations", "Do your own material take-offs".
_AD_PREPARES = re.compile(
    # ("Help the owner prepare quotations for new wells")
    rf"^{AD_LEAD}(?:(?:help|helping)\s+(?:the|our)\s+[\w-]+\s+(?:to\s+)?)?"
    r"(?:prepare|preparing|draw\s+up|drawing\s+up|write|writing|produce|producing|do|doing|"
    r"make|making|price|pricing|calculate|calculating|work\s+out)\b", re.IGNORECASE)
_WORKING_OUT = own_act(
    r"(?:work|works|worked)\s+out|price|prices|priced|calculate|calculates|calculated|"
    r"estimate|estimates|estimated|(?:tell|tells|told)\s+(?:the|our)\s+(?:office|owner|boss|"
    r"manager|estimator)\s+how\s+(?:many|much|long)")
# What the job takes: its hours, parts, materials and amounts.
_WHAT_IT_TAKES = re.compile(
    r"\b(?:hours|minutes|days|time|parts|materials?|metres|meters|square\s+metres|kilos|"
    r"tonnes|sheets|lengths|leather|timber|how\s+(?:many|much|long))\b", re.IGNORECASE)
# ... for a price.
_FOR_A_PRICE = re.compile(
    r"\bpric(?:e|es|ed|ing)\b|\bquot(?:e|es|ed|ation|ations)\b|\bwhat\s+it\s+will\s+cost\b|"
    r"\bcosts?\b", re.IGNORECASE)


# The materials a job needs, worked out from its drawings ("Calculate material quantities from
# drawings and measurements", "Do your own material take-offs"): no price asked.
_AD_QUANTITIES = re.compile(r"\b(?:materials?\s+quantities|quantities\s+of\s+(?:the\s+)?"
                            r"materials?|(?:material|quantity)\s+take-?offs?)\b", re.IGNORECASE)
# ... how much of it a job needs: "how many tonnes of sand and bags of cement a job needs".
_HOW_MUCH_A_JOB_NEEDS = re.compile(
    r"\bhow\s+(?:many|much)\b[^.;]{1,80}?\b(?:a|the|each|every)\s+(?:job|floor|room|site|"
    r"order|roof|wall)\s+(?:needs|takes|will\s+(?:need|take))\b", re.IGNORECASE)


# A job surveyed for whoever prices it: "Count the panes, measure the heights and note the
# access on new jobs so the owner can price them", "Open up instruments brought in for repair,
# list what needs doing and work out the hours and parts so the owner can give the player a
# price", "Go out to look at tanks, measure them and tell the boss which lining and fittings
# each job needs".
_SURVEYING = own_act(
    r"count|counts|counted|measure|measures|measured|(?:open|opens|opened)\s+up|"
    r"(?:go|goes|went)\s+out\s+to\s+(?:look\s+at|measure)|(?:look|looks|looked)\s+at|"
    r"inspect|inspects|inspected")
_PRICERS = r"owner|boss|office|manager|estimator|director"
_PRICER = rf"(?:the|our|my)\s+(?:{_PRICERS})"
_FOR_THE_PRICER = re.compile(
    rf"\bso\s+(?:that\s+)?{_PRICER}\s+can\s+(?:price|quote|cost|give\s+[^.;]{{0,40}}?\b"
    r"(?:price|quote))\b|"
    rf"\b(?:tell|tells|told)\s+{_PRICER}\s+(?:which|what|how\s+(?:many|much|long))\b"
    r"[^.;]{0,60}?\b(?:each|the|a)\s+job\s+(?:needs|takes)\b", re.IGNORECASE)
# What a job takes worked out for the one the ad says prices it: "Work out for the owner how
# many metres of casing and screen and how many rig days a new well will need", for "Help the
# owner prepare quotations for new wells".
_FOR_WHO_PRICES = re.compile(rf"^(?:I\s+)?(?:work|works|worked)\s+out\s+for\s+(?:the|our|my)\s+"
                             rf"(?P<who>{_PRICERS})\s+"
                             r"how\s+(?:many|much|long)\b", re.IGNORECASE)
# ... what a job will need: "a new well will need", "each job takes".
_A_JOB_NEEDS = re.compile(r"\b(?:a|the|each|every)\s+(?:new\s+)?[\w-]+\s+(?:will\s+)?"
                          r"(?:need|needs|take|takes)\b", re.IGNORECASE)


def _prices_it(req: Requirement, text: str) -> bool:
    """The line works out what a job takes for the one the ad names as pricing it."""
    m = _FOR_WHO_PRICES.match(text)
    return m is not None and _A_JOB_NEEDS.search(text) is not None and re.search(
        rf"\b(?:the|our)\s+{m.group('who')}\b", req.text,
        re.IGNORECASE) is not None


# ... asked by an ad as the survey itself: "Inspect tanks and take measurements for quotations".
_AD_SURVEYS = re.compile(
    rf"^{AD_LEAD}(?:inspect|survey|visit|measure|take\s+measurements)\b[^.;]{{0,60}}?\bfor\s+"
    r"(?:the\s+|our\s+)?(?:quotations?|quotes|estimates)\b", re.IGNORECASE)


def estimate_term(req: Requirement, line: str) -> str | None:
    """The ad's term for the quotations or cost estimates a line shows the person preparing
    (see the module doc), or the material quantities a line shows worked out for a job; or
    None."""
    text = line.strip()
    if _AD_PREPARES.match(req.text.strip()) and _WORKING_OUT.match(text) \
            and _HOW_MUCH_A_JOB_NEEDS.search(text) and (term := ad_term(req, _AD_QUANTITIES)):
        return term
    asked = _AD_PREPARES.match(req.text.strip()) or _AD_SURVEYS.match(req.text.strip())
    surveyed = _SURVEYING.match(text) and _FOR_THE_PRICER.search(text)
    if not (asked and (surveyed or _prices_it(req, text)
                       or (_WORKING_OUT.match(text) and _WHAT_IT_TAKES.search(text)
                           and _FOR_A_PRICE.search(text)))):
        return None
    # the one the ad's verb prepares first ("costings" of "Prepare costings for quotations")
    term = ad_term(req, _AD_ESTIMATES, first_written=True)
    # (without the ad's verb a keyword may hold: "quotations" of "owner prepare quotations")
    named = _AD_ESTIMATES.search(term) if term else None
    if named and re.search(r"(?i)\b(?:prepare|prepares|draw|write|produce|make|do)\b",
                           named.string[:named.start()]):
        return named.group(0)
    return term


# The site visited before the work, as the ad names it: "Carry out site visits before larger
# events", "carry out home assessments before stairlifts are installed", or the measurements
# taken there ("Take the final measurements on site before we order").
_AD_SURVEY = re.compile(r"\b(?:site|home|pre-?installation|pre-?event)\s+(?:visits?|surveys?|"
                        r"assessments?)\b|"
                        # "Take the final measurements on site before we order"
                        r"\b(?:final|site|on-?site)\s+measurements\b", re.IGNORECASE)
# ... shown by the person going out to the place before the job to measure or look at it: "Go
# out with the owner before big weddings to measure the lawn, look at the slope and find where
# the lorry can turn", "Go to the patient's house before a stairlift goes in to measure the
# stairs".
_GOING_OUT = own_act(r"(?:go|goes|went|drive|drives|drove)\s+(?:out\s+)?(?:to|with)|visit|visits|"
                     r"visited|"
                     # "Go out before the order is placed to check the openings"
                     r"(?:go|goes|went|drive|drives|drove)\s+out\b")
_BEFORE_THE_WORK = re.compile(
    r"\bbefore\s+(?:a|an|the|each|every|any|big|larger|new)\s+(?:[\w-]+\s+){0,2}?(?:[\w-]+)"
    r"(?:\s+(?:goes\s+in|is\s+(?:fitted|installed|built|laid)|starts?))?\b"
    r"[^.;]{0,20}?\bto\s+(?:measure|look\s+at|check)\b", re.IGNORECASE)


def survey_term(req: Requirement, line: str) -> str | None:
    """The ad's term for site visits or home assessments a line shows the person making: the
    place gone out to before the job, to measure or look at it (see `_GOING_OUT`), or None."""
    return act_term(req, line, _GOING_OUT, _AD_SURVEY, [_BEFORE_THE_WORK])
