"""Inspections of the workplace's equipment, said in other words.

An ad's duty to inspect a kind of equipment at set times ("Carry out weekly playground
inspections", "Carry out and record equipment inspections", "Carry out the monthly fire safety
checks") is shown by a CV line in which the person goes over the things of that kind at set
times and puts out of use what fails, notes it, or checks each is as it should be: "Go over the
swings, the climbing frame and the trampoline every Monday and tape off anything loose until it
is fixed", "Go through every helmet, vest and paddle at the end of each month, note the date in
the gear book and throw out anything cracked or faded", "Check every month that the
extinguishers are full, the exit signs are lit and nothing blocks the way out". No similarity of
sentences finds these: the line names the things, the ad the kind.

Read narrowly:

- the ad's keyword names inspections or checks of a kind this module knows (`_KINDS`: play
  equipment, fire safety, the gear people wear or work with, ladders, lifting gear, vehicles),
  never quality checks (text/duties/checks) nor checks of people ("background checks");
- the line opens on the person's own checking (go over, go through, look over, check,
  inspect, test, walk round or along), or ends the acts it opens on with it ("Hose down, hang
  up and look over every wetsuit");
- it names a thing of that kind ("the swings", "every helmet", "the extinguishers");
- at set times ("every Monday", "at the end of each month", "weekly", "before each trip",
  "before the first run");
- and says what becomes of what fails (taped off, thrown out, taken out of use, tagged,
  fixed, reported, noted) or the state each is checked for ("that the extinguishers are
  full", "knock on every boat for cracks").

The term written is the ad's own (`inspection_term`).
"""

from __future__ import annotations

import re

from cvtailor.models import Requirement
from cvtailor.text.duties.acts import WEEKDAY, ad_term, own_act

# The ad's inspections or checks of a kind of equipment: "playground inspections", "fire
# safety checks", "record equipment inspections".
_AD_INSPECTIONS = re.compile(r"^(?:[\w-]+\s+){1,3}?(?:inspections?|checks?)$", re.IGNORECASE)
# Each kind an ad names, and the things of that kind a line names.
_KINDS: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = tuple(
    (re.compile(kind, re.IGNORECASE), re.compile(things, re.IGNORECASE)) for kind, things in (
        (r"\b(?:playground|play\s+(?:equipment|area)s?)\b",
         r"\b(?:swings?|slides?|climbing\s+frames?|trampolines?|see-?saws?|sandpits?|"
         r"zip\s*wires?|play\s+equipment)\b"),
        (r"\bfire\b",
         r"\b(?:(?:fire\s+|powder\s+|foam\s+|CO2\s+)?extinguishers?|fire\s+blankets?|"
         r"(?:fire|smoke)\s+(?:alarms?|detectors?)|exit\s+signs?|emergency\s+lights?|"
         r"fire\s+doors?|sprinklers?|hose\s+reels?)\b"),
        (r"\b(?:equipment|gear|kit|PPE|harness(?:es)?|rescue|climbing|diving|lifejackets?)\b",
         r"\b(?:helmets?|harness(?:es)?|life\s*jackets?|buoyancy\s+aids?|(?:life\s+|buoyancy\s+)?"
         r"vests?|ropes?|carabiners?|paddles?|respirators?|lanyards?|throw\s+(?:bags?|lines?)|"
         r"wetsuits?|regulators?|ladders?|slings?)\b"),
        (r"\bladders?\b", r"\b(?:ladders?|step\s*ladders?)\b"),
        (r"\blifting\b", r"\b(?:slings?|shackles?|hooks?|hoists?|lifting\s+chains?|chain\s+blocks?)\b"),
        (r"\b(?:vehicles?|walk-?around|forklifts?|trucks?|plant|machines?)\b",
         r"\b(?:tyres?|tires?|brakes?|mirrors?|wipers?|horns?|forks?|oil(?:\s+levels?)?|hoses|"
         r"tracks|lights|doors|belts|coolant|hydraulics)\b"),
    ))
# (never the quality checks of text/duties/checks, nor checks of people)
_NOT_EQUIPMENT = re.compile(r"\b(?:quality|background|reference|credit|security|identity|ID|"
                            r"stock|cash|final|visual)\b", re.IGNORECASE)
_CHECKING = own_act(
    r"(?:go|goes|went)\s+(?:over|through|round)|(?:look|looks|looked)\s+over|check|checks|"
    r"checked|inspect|inspects|inspected|test|tests|tested|"
    r"(?:walk|walks|walked)\s+(?:round|the|along|down)",
    # the checking last of the acts done to the things: "Hose down, hang up and look over every
    # wetsuit, helmet and buoyancy aid after each day"
    before=r"(?:[a-z]+(?:\s+(?:down|up|off|out))?,\s+){1,3}[a-z]+(?:\s+(?:down|up|off|out))?\s+"
           r"and")
# At set times.
_SET_TIMES = re.compile(
    rf"\b(?:every|each)\s+(?:day|morning|evening|week|fortnight|month|shift|season|trip|use|"
    rf"{WEEKDAY})\b|\b(?:daily|weekly|monthly|fortnightly)\b|"
    rf"\bbefore\s+(?:each|every)\s+[\w-]+|\bon\s+{WEEKDAY}s\b|"
    # before the thing is used: "before it leaves the depot", "before anyone fires it up",
    # "before the first group goes up"
    r"\bbefore\s+(?:it|they|anyone|the\s+first\s+[\w-]+)\s+(?:leaves?|goes|go|fires?|starts?|"
    r"opens?|moves?)\b|"
    # "before the first run"
    r"\bbefore\s+the\s+first\s+(?:run|trip|group|session|ride|lift|descent|dive|flight|"
    r"crossing|tour)\b",
    re.IGNORECASE)
# What becomes of what fails, or the state each is checked for.
_WHAT_FAILS = re.compile(
    r"\b(?:tape|tapes|taped)\s+(?:off|up)\b|\b(?:throw|throws|threw|take|takes|took|put|puts|"
    r"set|sets)\s+(?:out|aside|away)\b|\bout\s+of\s+(?:use|service)\b|\b(?:tag|tags|tagged|"
    r"bin|bins|binned|condemn|condemns|condemned|fix|fixes|fixed|replace|replaces|replaced|"
    r"report|reports|reported)\b|\b(?:note|notes|noted|write|writes|wrote|record|records|"
    r"recorded|log|logs|logged)\b|"
    # "knock on every boat for cracks": what each is checked for
    r"\bfor\s+(?:cracks|damage|leaks|holes|tears|wear|rot|rust)\b|"
    # "Check every month that the extinguishers are full"
    r"\bthat\s+(?:the\s+|every\s+|each\s+|all\s+)?[\w-]+\s+(?:are|is)\b",
    re.IGNORECASE)


# What the ad lists inspected: "the pre-opening inspection of lines, platforms and anchors".
_INSPECTED = re.compile(r"\b(?:inspections?|checks?)\s+(?:of|on)\s+(?:the\s+|all\s+)?([^.;]+)",
                        re.IGNORECASE)


def _things(req: Requirement, text: str) -> int:
    """How many things of the ad's kind of equipment the line names: of a kind `_KINDS`
    knows, or of those the ad lists inspected ("lines, platforms and anchors" for "checking
    cables, platform bolts and tree anchors")."""
    named = {m.group(0).lower() for kind, things in _KINDS if kind.search(req.text)
             for m in things.finditer(text)}
    listed = _INSPECTED.search(req.text)
    if listed:
        for word in re.findall(r"[a-z]{4,}", listed.group(1).lower()):
            if word not in ("each", "every", "morning", "with", "before", "after", "daily") \
                    and re.search(rf"\b{re.escape(word.removesuffix('s'))}s?\b", text,
                                  re.IGNORECASE):
                named.add(word)
    return len(named)


def inspection_term(req: Requirement, line: str) -> str | None:
    """The ad's term for the inspections of a kind of equipment a line shows the person
    making (see the module doc), or None."""
    text = line.strip()
    if not (_CHECKING.match(text) and _SET_TIMES.search(text)):
        return None
    things = _things(req, text)
    # what fails dealt with, or two things or more gone over ("tyres, lights, doors, brakes")
    if things == 0 or (things < 2 and not _WHAT_FAILS.search(text)):
        return None
    return ad_term(req, _AD_INSPECTIONS, unless=_NOT_EQUIPMENT)
