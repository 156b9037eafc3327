"""Leading a team, said in other words.

An ad's duty to lead a team ("Lead a field crew", "Lead our scaffolding gangs", "You'll lead a
stage management team of ASMs and casual crew") names the team by its trade; a CV line shows
it by the team the person ran, named by its size: "Run a backstage team of 2 assistants and 4
casual crew, setting the preset checks", "Chargehand on a crew of 4, setting out each day's
work", "Stood in for the party chief 2 days a week, planning the day's work and running the
2-person crew".

Read narrowly: the ad's duty opens on leading (lead, supervise, run, manage, head, take charge
of) a team, crew, gang or squad; the line is the person's own leading (it opens on run, lead,
supervise, head, manage, "in charge of", "take charge of", on the chargehand's or foreman's
post, or on standing in for the one who leads, and then runs the team), and names a team of
the person's own by its size ("a crew of 4", "the 2-person crew", "a team of 2 assistants and
4 casual crew") or counts its people ("Run the site with our two labourers and the rig
driver"). Working in a crew is no crew led ("Worked in a crew of 4"). The term written is the
ad's own name for the team (`team_term`).
"""

from __future__ import annotations

import re

from cvtailor.models import Requirement
from cvtailor.text.duties.acts import AD_LEAD, own_act
from cvtailor.text.jd_terms import person_noun
from cvtailor.text.vocabulary import COUNT_WORDS

# What a team is called.
_TEAM = r"teams?|crews?|gangs?|squads?"
# The ad's duty to lead one: "Lead a field crew", "Lead our scaffolding gangs".
_AD_LEADS = re.compile(
    rf"^{AD_LEAD}(?:lead|leading|supervise|supervising|run|running|manage|managing|head|"
    r"heading|take\s+charge\s+of|be\s+in\s+charge\s+of)\s+(?:a|an|the|our|your|its)\s+"
    rf"(?:[\w-]+\s+){{0,3}}?(?:{_TEAM})\b",
    re.IGNORECASE)
_AD_TEAM = re.compile(rf"\b(?:{_TEAM})$", re.IGNORECASE)
# The line's own leading, at its head; or standing in for the one who leads, then running it.
_LEADING = own_act(
    r"run|runs|ran|lead|leads|led|supervise|supervises|supervised|head|heads|headed|manage|"
    r"manages|managed|(?:am|was)\s+in\s+charge\s+of|in\s+charge\s+of|"
    r"(?:take|takes|took)\s+charge\s+of|"
    r"(?:chargehand|charge\s+hand|foreman|forewoman|leading\s+hand|gaffer|ganger)\s+(?:on|of)|"
    r"(?:stand|stands|stood)\s+in\s+for\b[^.;]*?\b(?:running|leading|supervising|in\s+charge\s+of)")
_COUNT = rf"\d+|{COUNT_WORDS}"
# A team named by its size: "a crew of 4", "the 2-person crew", "a team of 2 assistants".
_SIZED_TEAM = re.compile(
    rf"\b(?:{_TEAM})\s+of\s+(?:{_COUNT})\b|"
    rf"\b(?:{_COUNT})[\s-](?:person|man|men|woman|strong)\s+(?:[\w-]+\s+)?(?:{_TEAM})\b",
    re.IGNORECASE)


# ... or by the people of it counted: "Run the site with our two labourers and the rig
# driver", "Take charge of the unit and the 3 helpers on the night tour".
_COUNTED_PEOPLE = re.compile(rf"\b(?:the|our|my)\s+(?:{_COUNT})\s+([\w-]+)(?:\s+([\w-]+))?",
                             re.IGNORECASE)


def _sized(text: str) -> bool:
    """The line names a team of the person's own by its size (`_SIZED_TEAM`), or counts its
    people ("our two labourers")."""
    return _SIZED_TEAM.search(text) is not None or any(
        person_noun(m.group(1)) or (m.group(2) is not None and person_noun(m.group(2)))
        for m in _COUNTED_PEOPLE.finditer(text))  # "our two labourers", "the 3 deck hands"


def team_term(req: Requirement, line: str) -> str | None:
    """The ad's name for the team a line shows the person leading (see the module doc), or
    None."""
    text = line.strip()
    led = _AD_LEADS.match(req.text.strip())
    if led is None or not (_LEADING.match(text) and _sized(text)):
        return None
    # the team the duty's verb names ("stage management team" of "lead a stage management
    # team of ASMs and casual crew", not its "casual crew")
    named = led.group(0).lower()
    return next((k for k in req.keywords if _AD_TEAM.search(k.strip())
                 and len(k.split()) > 1 and k.lower() in named), None)


# The people a workplace takes on for a season, as an ad names them: "seasonal workers", "the
# temporary workers we take on for the Christmas peak", "the seasonal dog handlers".
_SEASONAL = r"(?:seasonal|temporary|casual|summer|winter|harvest|agency)"
_AD_SEASONAL = re.compile(
    rf"\b{_SEASONAL}\s+(?:[\w-]+\s+)?"
    r"(?:workers|staff|pickers|hands|helpers|handlers|temps|labour|labor|crew)\b",
    re.IGNORECASE)
# ... whom the ad asks led: "lead and organise a team of up to 8 seasonal workers",
# "Coordinate the temporary workers we take on", "Supervise the seasonal dog handlers".
_AD_DIRECTS = re.compile(
    rf"^{AD_LEAD}(?:(?:lead|organi[sz]e|coordinate|supervise|manage|direct|run)"
    r"(?:\s+and\s+(?:lead|organi[sz]e|coordinate|supervise|manage|direct))?)\s+"
    r"(?:a\s+team\s+of\s+(?:up\s+to\s+)?(?:\d+\s+)?|the\s+|our\s+|your\s+)?(?:\w+\s+)?"
    rf"{_SEASONAL}\b", re.IGNORECASE)
# The line directs them: shows them their work, puts them on it, keeps them to it, checks it.
_DIRECTING = own_act(r"show|shows|showed|put|puts|keep|keeps|kept|tell|tells|told|direct|"
                     r"directs|directed|send|sends|sent|set|sets|supervise|supervises|"
                     r"supervised|organi[sz]e|organi[sz]es|organi[sz]ed")
# ... the people taken on for a season, as the line names them: "the summer pickers", "the
# extra people who join us from October to December", "the pickers who come for the winter".
_TAKEN_ON_FOR_A_SEASON = re.compile(
    r"\b(?:seasonal|summer|winter|harvest|christmas|extra|temporary|casual|agency)\s+"
    r"(?:[\w-]+\s+)?(?:pickers|people|hands|workers|staff|temps|helpers|handlers|crew|lads)\b|"
    r"\b(?:pickers|people|hands|workers|staff|temps|helpers|handlers)\s+who\s+(?:join|joins|"
    r"come|comes)\s+(?:us\s+)?(?:for|from|in|each|every)\s+(?:the\s+)?(?:winter|summer|season|"
    r"harvest|christmas|january|february|march|april|may|june|july|august|september|october|"
    r"november|december)\b",
    re.IGNORECASE)
# ... and what they are set to: which work, their rows, the jobs, or their work checked.
_SET_TO = re.compile(r"\bwhich\s+[\w-]+\b|\bon\s+the\s+(?:[\w-]+\s+)?jobs?\b|\bto\s+their\s+"
                     r"[\w-]+\b|\bcheck\s+their\b|\bkeep\s+an\s+eye\s+on\s+them\b",
                     re.IGNORECASE)


def seasonal_term(req: Requirement, line: str) -> str | None:
    """The ad's name for the people taken on for a season whom a line shows the person
    directing: "Show the summer pickers each morning which rows to pick and check their
    crates" for "lead and organise a team of up to 8 seasonal workers", "Put the extra people
    who join us from October to December on the jobs they can do safely" for "Coordinate the
    temporary workers we take on for the Christmas peak"; or None. Working beside them is no
    leading ("Picked alongside the summer pickers")."""
    text = line.strip()
    if not (_AD_DIRECTS.match(req.text.strip()) and _DIRECTING.match(text)
            and _TAKEN_ON_FOR_A_SEASON.search(text) and _SET_TO.search(text)):
        return None
    return next((k for k in req.keywords if _AD_SEASONAL.search(k)
                 and k.lower() in req.text.lower()), None)
