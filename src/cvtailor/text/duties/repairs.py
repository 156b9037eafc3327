"""Work orders raised, said in other words.

An ad's duty to raise the repairs with those who do them ("Raise work orders for the
maintenance department", "Log maintenance requests for the fitters") is shown by a CV line in
which the person writes up or reports faults for whoever mends them: "Write up leaks, noisy
bearings and worn grate bars on the repair board for the fitters' morning meeting", "Put
every broken guard and leaking valve in the maintenance book for the day fitter".

Read narrowly: the line is the person's own act of writing or reporting (it opens on the
verb), names faults (a leak, a noise, something worn, broken, loose, cracked or not working)
and whom or where they go to for mending (the fitters, maintenance, the engineers; the repair
board or book). An ad that names the system the orders go in ("Create maintenance
notifications in SAP PM") is left to be asked. A fault mended by the person is no work order
raised (text/duties/causes reads it). The term written is the ad's own name for the order
(`repair_term`).

An ad's duty to report faults to, or coordinate repairs with, its maintenance people ("Report
breakdowns to the maintenance department") is shown by the person calling them in to a fault
and telling them what they need: "Call out the plant fitters when a door seal, fan or burner
fails and tell them which furnace can wait" (`maintenance_term`, the ad's name for them).

An ad's small repairs ("Carry out small repairs on the building and its equipment") are shown
by the person's own fixing ("Fixed dripping taps, re-hung the dormitory doors and oiled the
shutters"), of the building's own parts where the ad asks them on the building
(`small_repairs_term`).

An ad's first-line (or first-level) maintenance, troubleshooting or repairs are shown by worn,
broken or leaking parts changed or tightened (or jams freed) by the person's own hand, the rest
left to the maintenance people (`first_line_term`).
"""

from __future__ import annotations

import re

from cvtailor.models import Requirement
from cvtailor.text.duties.acts import A_SYSTEM, act_term, ad_term, own_act

# The ad's names for a repair raised with those who do it.
_AD_ORDERS = re.compile(
    r"\b(?:work\s+orders?|maintenance\s+(?:requests?|orders?|tickets?|notifications?)|"
    r"repair\s+(?:requests?|orders?|tickets?)|job\s+(?:cards?|requests?)|defect\s+reports?|"
    r"fault\s+reports?)\b", re.IGNORECASE)
# ... raised: "Raise work orders", "log maintenance requests" (not "complete work orders").
_AD_RAISES = re.compile(
    r"\b(?:raise|raising|create|creating|issue|issuing|log|logging|submit|submitting|open|"
    r"opening|write|writing|report|reporting)\s+(?:the\s+|all\s+|any\s+)?(?:[\w-]+\s+)?"
    r"(?:work\s+orders?|maintenance|repair|job|defect|fault)\b", re.IGNORECASE)
_REPORTING = own_act(
    r"(?:write|writes|wrote)(?:\s+(?:up|down))?|log|logs|logged|report|reports|reported|note|"
    r"notes|noted|put|puts|(?:chalk|chalks|chalked)\s+up|flag|flags|flagged|tag|tags|tagged|"
    r"raise|raises|raised|(?:fill|fills|filled)\s+in")
_FAULTS = re.compile(
    r"\b(?:leaks?|leaking|noisy|noises?|worn|broken|faults?|faulty|defects?|defective|damaged|"
    r"cracked|loose|jammed|jamming|not\s+working|failing|knocking|overheating|"
    r"vibrat\w+)\b", re.IGNORECASE)
_FOR_MENDING = re.compile(
    r"\b(?:for|to|with)\s+(?:the\s+|our\s+)?(?:[\w'’-]+\s+)?(?:fitters?|maintenance|engineers?|"
    r"electricians?|mechanics?|technicians?|workshop)\b|"
    r"\b(?:repair|maintenance|defect|fault|job)\s+(?:board|book|log|sheet|list)\b|"
    r"\bfitters['’]", re.IGNORECASE)


def repair_term(req: Requirement, line: str) -> str | None:
    """The ad's term for work orders a line shows the person raising (see the module doc),
    or None."""
    text = line.strip()
    if not (_AD_RAISES.search(req.text) and _REPORTING.match(text) and _FAULTS.search(text)
            and _FOR_MENDING.search(text)) or A_SYSTEM.search(req.text):
        return None
    lowered = req.text.lower()
    for keyword in req.keywords:
        named = _AD_ORDERS.search(keyword)
        if named and keyword.lower() in lowered:
            return named.group(0)  # "work orders" of "Raise work orders"
    return None


# The ad's duty to bring its maintenance people in: "Report breakdowns to the maintenance
# department", "Coordinate repairs with the maintenance department".
_MAINTENANCE = r"maintenance\s+(?:department|team|crew|staff|fitters|engineers|technicians)"
_AD_CALLS_MAINTENANCE = re.compile(
    r"\b(?:report|reporting|coordinate|coordinating|liaise|liaising|work|working|agree|"
    r"agreeing|call|calling|contact|contacting|inform|informing)\b[^.;]{0,60}?\b(?:the\s+|our\s+)?"
    rf"{_MAINTENANCE}\b", re.IGNORECASE)
_AD_MAINTENANCE = re.compile(rf"\b{_MAINTENANCE}\s*$", re.IGNORECASE)
# ... shown by the person calling them in to a fault: "Call out the plant fitters when a door
# seal, fan or burner fails and tell them which furnace can wait".
_CALLING_IN = own_act(
    r"(?:call|calls|called|ring|rings|rang|phone|phones|phoned|fetch|fetches|fetched|get|gets|"
    r"got|bring|brings|brought|radio|radios|radioed|alert|alerts|alerted|page|pages|paged)"
    r"(?:\s+(?:out|in))?\s+(?:the|our|a|an)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:fitters?|mechanics?|electricians?|engineers?|maintenance|millwrights?|technicians?)")
_TO_A_FAULT = re.compile(
    r"\b(?:when|whenever|as\s+soon\s+as)\b[^.;]{0,60}?\b(?:fails?|failed|breaks?|broke|"
    r"plays?\s+up|stops?|leaks?|jams?|"
    r"goes|trips?|seizes?)\b|\b(?:agree|agrees|agreed)\s+with\s+them\b|"
    r"\b(?:tell|tells|told)\s+them\s+(?:what|which|where|how|when)\b", re.IGNORECASE)


def maintenance_term(req: Requirement, line: str) -> str | None:
    """The ad's name for its maintenance people, where it asks faults reported or repairs
    coordinated with them and the line shows the person calling them in to a fault ("Call the
    mechanics when a jet's pump plays up and tell them what the jet was doing"); or None."""
    text = line.strip()
    if not (_AD_CALLS_MAINTENANCE.search(req.text) and _CALLING_IN.match(text)
            and _TO_A_FAULT.search(text)) or A_SYSTEM.search(req.text):
        return None
    return ad_term(req, _AD_MAINTENANCE)


# First-line maintenance: the small repairs the person makes on their own machines, the rest
# left to the maintenance people ("Change worn cups, knives and belts on the breakers myself
# and call the technical service only for electrical faults").
_AD_FIRST_LINE = re.compile(r"\b(?:first[\s-](?:line|level)|operator|autonomous|basic|"
                            r"level[\s-]1)\s+maintenance\b|"
                            # "Carry out first-line troubleshooting when the line stops"
                            r"\bfirst[\s-](?:line|level)\s+(?:troubleshooting|fault[\s-]finding|"
                            r"repairs?)\b", re.IGNORECASE)
_MENDING_MYSELF = own_act(r"change|changes|changed|replace|replaces|replaced|fit|fits|fitted|"
                          # "Free jammed jars from the capper, change its worn chucks ..."
                          r"free|frees|freed|"
                          r"swap|swaps|swapped|adjust|adjusts|adjusted|tighten|tightens|"
                          r"tightened|mend|mends|mended|fix|fixes|fixed")
_WORN_PARTS = re.compile(r"\b(?:worn|broken|cracked|blunt|torn|loose|leaking|leaky)\s+[\w-]+",
                         re.IGNORECASE)
# ... and the rest left to them: "myself and call the technical service only for ...",
# "leaving only the electrical faults to the fitters".
_THE_REST_TO_THEM = re.compile(
    r"\bmyself\b|\b(?:call|calls|called|ring|rings|rang|leave|leaves|left|leaving)\b[^.;]{0,60}?"
    r"\bonly\s+(?:for|when|with|the)\b|\bonly\s+call\b", re.IGNORECASE)


def first_line_term(req: Requirement, line: str) -> str | None:
    """The ad's term for first-line maintenance a line shows the person doing: worn or
    broken parts of their machines changed by their own hand, with what is more left to the
    maintenance people; or None."""
    return act_term(req, line, _MENDING_MYSELF, _AD_FIRST_LINE, [_WORN_PARTS, _THE_REST_TO_THEM])


# Small repairs: the person's own fixing of what breaks ("Fixed dripping taps, re-hung the
# dormitory doors and oiled the shutters before the autumn", "Change dripping taps, broken door
# handles and bulbs in the cabins"; never "Change the beds").
_AD_SMALL_REPAIRS = re.compile(r"\b(?:small|minor|basic|simple|day-to-day|routine)\s+repairs\b",
                               re.IGNORECASE)
_FIXING = own_act(r"fix|fixes|fixed|mend|mends|mended|repair|repairs|repaired|patch|patches|"
                  r"patched|re-?hang|re-?hangs|re-?hung|unblock|unblocks|unblocked|glue|glues|"
                  r"glued|"
                  # "Change dripping taps, broken door handles and bulbs in the cabins"
                  r"(?:change|changes|changed|replace|replaces|replaced)\b(?=\s+(?:the\s+|any\s+)?"
                  r"(?:dripping|broken|blown|leaking|leaky|cracked|loose|worn|faulty)\b)")
# ... on the building, where the ad asks them there: its own parts named.
_ON_THE_BUILDING = re.compile(r"\b(?:building|buildings|premises|property|house|hut|site|"
                              r"facilities|rooms|cabins|chalets|cottages|flats)\b",
                              re.IGNORECASE)
_BUILDING_PARTS = re.compile(
    r"\b(?:taps?|doors?|windows?|shutters?|locks?|hinges?|lights?|bulbs?|roofs?|gutters?|"
    r"fences?|gates?|floors?|walls?|pipes?|drains?|toilets?|sinks?|shelves|shelf|steps?|stairs|"
    r"handles?|radiators?|sockets?|switches|tiles?|boards?|paths?|benches|beds|bunks)\b",
    re.IGNORECASE)


def small_repairs_term(req: Requirement, line: str) -> str | None:
    """The ad's term for small repairs a line shows the person making: its own act of fixing,
    of the building's parts where the ad asks them on the building; or None."""
    parts = [_BUILDING_PARTS] if _ON_THE_BUILDING.search(req.text) else []
    return act_term(req, line, _FIXING, _AD_SMALL_REPAIRS, parts)
