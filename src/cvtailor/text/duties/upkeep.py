"""Preventive maintenance and toolbox talks, said in other words.

Two duties a trade's supervisor is asked for, which a CV says by what was done:

- preventive maintenance ("Plan preventive maintenance of crushers, malaxers and pumps") is
  upkeep done on a schedule, before anything fails: "Grease the elevator bearings and tighten
  the belts every Saturday before the week's run", "Swap worn hammers and screens ... on the
  dates in the fitters' book" (a schedule of days, weeks, fortnights, months ...). Not a repair
  when something breaks ("Change the blades when they go blunt"), nor cleaning. Greasing among
  the hand's other upkeep is routine by nature ("True the wheels, change the belts and grease
  the spindles of our six lathes, and call the fitter when a motor goes"): nothing is greased
  because it broke, also after cleaning ("Clean the nozzles on the filler every Friday and
  grease the chains"). Where the ad asks it arranged, calling in whoever does it on a schedule
  shows it too: "Call the service engineer every six months to change the filters". The
  machines stripped to be greased are upkeep too ("Take the cookers' paddles apart every
  Saturday to clean and grease them"), and an ad that names the upkeep by the machines' kind
  ("machinery maintenance", "equipment maintenance", "rig maintenance") asks the same.
- a toolbox talk ("Lead toolbox talks at the start of every shift") is a short safety talk to
  the crew before work: "Give a 10-minute safety briefing at the van every Monday on falls and
  manual handling", "Go over the day's hazards with the crew at the van before we start", "Walk
  the crew round the shoring ... at the start of every new trench and tell them what can go
  wrong before anyone climbs down", or the rules of where the crew works gone through with
  them before the first vehicle goes out ("Go through the track rules ... with the drivers ...,
  before the first car rolls out").

Each is read only as the person's own act (the line opens on its verb), and gives the ad's own
term for the duty (`upkeep_term`, `toolbox_term`).
"""

from __future__ import annotations

import re

from cvtailor.models import Requirement
from cvtailor.text.duties.acts import WEEKDAY, ad_term, own_act

# The ad's names for upkeep on a schedule.
_AD_UPKEEP = re.compile(r"\b(?:preventive|preventative|planned|scheduled|routine|"
                        # the upkeep of the machines the ad names by their kind: "Organise
                        # machinery maintenance for our tractors and implements"
                        r"machinery|machine|equipment|vehicle|fleet|"
                        # "Carry out rig maintenance": the one machine the crew works
                        r"rig|boat|engine)\s+"
                        r"maintenance\b", re.IGNORECASE)
# Greasing, and the other upkeep a hand does to a machine.
_GREASE = r"grease|greases|greased|lubricate|lubricates|lubricated|oil|oils|oiled"
_BY_HAND = (rf"{_GREASE}|tighten|tightens|tightened|change|changes|changed|swap|swaps|swapped|"
            r"replace|replaces|replaced|re-?pack|re-?packs|re-?packed|true|trues|trued|dress|"
            r"dresses|dressed")
# Upkeep done by hand, at the line's head (a line may name several acts: "Grease ..., check
# ... and change worn rollers").
_UPKEEP_ACT = own_act(rf"{_BY_HAND}|service|services|serviced|"
                      # "Clean the nozzles on the filler every Friday and grease the chains"
                      rf"(?:clean|cleans|cleaned)\b(?=[^.;]{{1,80}}?\band\s+(?:{_GREASE})\b)|"
                      # "Take the cookers' paddles and gears apart every Saturday to clean and
                      # grease them": stripped down to be greased
                      # ("Strip down the elevators ... and grease every chain")
                      r"(?:take|takes|took|strip|strips|stripped)\s+(?:[^.;]{1,60}?\b)?(?:apart|"
                      rf"down)\b(?=[^.;]{{1,120}}?\b(?:{_GREASE})\b)")
# Upkeep that is routine by nature: greasing, with another of the hand's upkeep acts ("True the
# wheels, change the belts and grease the spindles of our six lathes, and call the fitter when
# a motor goes"): nothing is greased because it broke.
_GREASING = re.compile(rf"\b(?:{_GREASE})\b", re.IGNORECASE)
_HAND_UPKEEP = re.compile(
    rf"\b(?:{_BY_HAND}|clean|cleans|cleaned|adjust|adjusts|adjusted)\s+"
    r"(?:the|our|all|its|their|worn|each|every)\b",
    re.IGNORECASE)
# What shows the upkeep is planned: a schedule, a checklist, or before anything fails.
_ON_SCHEDULE = re.compile(
    r"\b(?:(?:every|each)\s+(?:(?:\d+|two|three|four|five|six|eight|ten|twelve)\s+)?"
    r"(?:day|week|fortnight|month|shift|year|hours|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|"
    r"sunday|morning|evening|season)s?|weekly|monthly|"
    r"daily|fortnightly|quarterly|yearly|annual|"
    rf"on\s+(?:the\s+)?{WEEKDAY}s?|"
    r"during\s+the\s+(?:[\w-]+\s+)?(?:stop|shutdown|stoppage)|on\s+(?:a|the)\s+(?:fixed\s+)?"
    r"(?:[\w-]+\s+)?schedule|by\s+the\s+hours|on\s+the\s+dates|(?:to|following|from)\s+"
    r"(?:a|the)\s+(?:[\w-]+\s+){0,3}?checklist|before\s+(?:they|it|anything)\s+(?:start\s+to\s+)?"
    r"(?:leak|leaks|snap|snaps|fail|fails|break|breaks|wear|wears|jam|jams)|between\s+jobs|"
    r"before\s+(?:and\s+halfway\s+through|the\s+(?:week|season|campaign|run))|"
    # "in the quiet weeks of June", "in the off-season": the time kept for it each year
    r"(?:in|during|over)\s+the\s+(?:quiet|slack|dead)\s+(?:weeks|months|season)|"
    r"(?:in|during)\s+the\s+off[\s-]season|"
    r"so\s+(?:the|that)\s+[\w\s]{0,30}(?:does|do)\s+not\s+(?:stop|break|fail))\b",
    re.IGNORECASE)

# The ad's names for a short safety talk before work.
_AD_TOOLBOX = re.compile(r"\b(?:toolbox|tool-box|tailgate|pre-?start|pre-?shift)\s+"
                         r"(?:talks?|meetings?|briefings?)\b|\bsafety\s+briefings?\b",
                         re.IGNORECASE)
_TALK_ACT = own_act(
    r"give|gives|gave|run|runs|ran|lead|leads|led|hold|holds|held|go\s+over|goes\s+over|"
    r"went\s+over|get|gets|got|gather|gathers|gathered|brief|briefs|briefed|talk|talks|"
    r"talked|remind|reminds|reminded|"
    # "Go through the day's risks with the lads at the container": gone through with the crew
    r"(?:go|goes|went)\s+through(?=[^.;]{1,100}?\bwith\s+(?:the|my|our)\s+(?:[\w-]+\s+)?"
    r"(?:lads|crew|crews|team|gang|others|shift|operatives|workers|drivers|riders|operators|"
    r"pickers|fitters|staff|guides|divers|climbers|marshals|loaders|drillers)\b)|"
    # "Walk the crew round the shoring, the ladders and the spoil heap ... and tell them what
    # can go wrong": the crew walked round what could hurt them
    r"(?:walk|walks|walked|take|takes|took)\s+(?:the|my|our)\s+(?:[\w-]+\s+)?(?:lads|crew|"
    r"crews|team|gang|operatives|workers)\s+(?:round|around|through)\b")
_SAFETY_TOPIC = re.compile(r"\bwhat\s+(?:can|could|might)\s+go\s+wrong\b|"
                           r"\b(?:safety|hazards?|risks?|dangers?|falls?|manual\s+handling|"
                           r"lifting|ladders?|hot\s+work|ppe|near\s+misses|harness(?:es)?|"
                           r"scaffold(?:s|ing)?|"
                           # "the track rules, the radio channels": the rules of where we work
                           r"(?:site|safety|track|yard|road|range|quarry|dock|pit|forest)\s+"
                           r"rules)\b", re.IGNORECASE)
_BEFORE_WORK = re.compile(
    r"\b(?:before\s+(?:we|anyone|the\s+crew|work)\s+(?:start|starts|begin|begins|picked|"
    r"picks|goes|go|climbs?\s+down|goes\s+down|goes\s+in)|"
    r"at\s+the\s+start\s+of\s+(?:each|every|the)\s+(?:new\s+)?(?:shift|day|job|trench|site)|"
    # "before the first car rolls out"
    r"before\s+the\s+first\s+[\w-]+\s+(?:rolls?|goes|sets|pulls|heads|drives|moves)\s+"
    r"(?:out|off)|"
    r"(?:every|each)\s+(?:monday|morning|shift|day)|(?:monday|daily)\s+morning)\b",
    re.IGNORECASE)


# The ad's duty to arrange the upkeep, which others may do: "Arrange preventive maintenance of
# autoclaves ...", "Organise preventive maintenance with our workshop".
_AD_ARRANGES = re.compile(r"^(?:arrange|organi[sz]e|plan|schedule|coordinate|book)\b",
                          re.IGNORECASE)
# ... shown by calling in whoever does it on a schedule: "Call the service engineer from
# Siliguri every six months to change the HEPA filters".
_CALLS_IN = own_act(
    r"(?:call|calls|called|book|books|booked|ring|rings|rang)\s+(?:in\s+)?(?:the|our|a)\s+"
    r"(?:[\w-]+\s+)?(?:engineers?|fitters?|technicians?|mechanics?)\b")


def upkeep_term(req: Requirement, line: str) -> str | None:
    """The ad's term for preventive maintenance a line shows done on a schedule or before
    anything fails, or called in on a schedule where the ad asks it arranged (see the module
    doc), or None."""
    text = line.strip()
    by_hand = _UPKEEP_ACT.match(text) is not None
    called_in = _CALLS_IN.match(text) is not None \
        and _AD_ARRANGES.match(req.text.strip()) is not None
    scheduled = (by_hand or called_in) and _ON_SCHEDULE.search(text) is not None
    if not (scheduled or (by_hand and _routine(text))):
        return None
    return ad_term(req, _AD_UPKEEP)


def _routine(text: str) -> bool:
    """The line's upkeep is routine by nature: the hand's own greasing among two or more of
    its upkeep acts ("True the wheels, change the belts and grease the spindles")."""
    acts = {m.group(0).split()[0].lower() for m in _HAND_UPKEEP.finditer(text)}
    return _GREASING.search(text) is not None and len(acts) >= 2


def toolbox_term(req: Requirement, line: str) -> str | None:
    """The ad's term for a toolbox talk a line shows given to the crew on safety before work
    (see the module doc), or None."""
    text = line.strip()
    if not (_TALK_ACT.match(text) and _SAFETY_TOPIC.search(text) and _BEFORE_WORK.search(text)):
        return None
    return ad_term(req, _AD_TOOLBOX)
