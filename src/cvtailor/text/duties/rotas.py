"""Rotas and work schedules, said in other words.

An ad's duty to plan who works when ("Draw up the weekly staff rota", "Prepare the weekly
rosters for the scaling crew", "Draw up the monthly shift schedule") is shown by a CV line in
which the person decides who does which work or covers which shift: "Work out which of us covers
each night of the month", "Sort out who works which shift and which gate each week", "Decide
each morning who stands at which belt and find cover when someone is off sick", "On Friday I
chalk up on the board who salts, who washes and who hangs the next week", "Chalk up on the board
each morning which knives go to the grinders, the assemblers and the polisher", "Put each
operator of my shift on the crusher, separation or loading post", "Put the three operators of my
shift on the furnaces, the washer and the straightening press", "Pin up the weekly sheet every
Thursday saying who feeds, who dives and who covers Saturday and Sunday", or draws up the shift
plan itself ("Draw up the fortnightly shift plan for 18 casual lifeguards"), or splits the work
among people, matches people to the work or writes up their job board ("Split the chairs between
the techs at the start of each shift", "Match techs to rooms each morning on the OR board",
"Write up the morning job board for 14 crew members", "Hand out the day's jobs to the three
fitters each morning", "Pin up the week's sessions and put each guide with the groups that suit
them"; never "Split the logs between the two kilns", "Hand out the leaflets to
the visitors").

Read narrowly: the line opens on the person's own planning (work out, sort out, decide, draw up,
chalk up, plan, share out, hand out, arrange or organise who or which, put together, pin up a
sheet saying, sort ... and tell or decide, go through ... and decide, sit down with someone to
decide, write on the board, tell the
others on the shift or each of a counted crew which ... and who ..., put each of the people on) and
says who is put where (which people go where, or which work goes to which people, or which work each
of us is on, or which line each one is on, or which of the people does what: "decide which of the
three of us weaves what that week", "which party fishes which stretch on which day"; not "which
pallets go out first"); the turns may be agreed with the crew ("Agree with the other two stokers
each spring who takes the morning, day and evening cruises"); those told are the crew,
never the office. Taking one's own turn on a rota, or swapping a shift with a colleague, is no rota
drawn up, nor is an ad that asks only to work on it ("Willingness to work three shifts, including
weekends on the rota"). An on-call rota is a turn taken: an ad that asks only to take one's turn on
it is never read, and the on-call rota is never the term written ("Draw up the duty roster and the
on-call rota" gives "duty roster"). The term written is the ad's own (`rota_term`): its rota,
schedule, staffing, staff planning, work allocation, the tasks it asks allocated ("Allocate tasks to
the operators on your shift") or the assignments it names ("slide assignments"), a schedule it says
is the crew's own ("plan the crew's assembly schedule", "plan your team's weekly visit schedule"),
or the deployment of a team or a workload it asks shared out ("Plan the deployment of your shift
team", "Plan the daily deployment of your crew and vehicles", "plan the toolroom workload across
both shifts"), or the team's work it asks planned by its period or as a schedule where no
keyword names it ("Plan the operating team's weekly work" gives "weekly work", "Plan the weekly
shoot schedule for the team" gives "shoot schedule"; never "weekly work" of "the crew's weekly
work programme"); with the period the ad gives it where the keyword dropped it and the line plans
for that period ("weekly schedule" of "Draw up the crew's weekly schedule" for "Sort out on
Friday who goes up to which slope the next week"). Shifts filled in for the crew so each one
gets the same share ("Fill in next month's nights and weekends on the sheet, so each of the five of
us gets the same share"; never one's own
turns), and the ad's shift or duty lists, count too. Cover rung round for someone off sick ("Ring
round for cover when someone on our crew calls in sick", "Ring round the crew when someone calls in
sick and find who can come in") shows only the staffing of an ad that asks absences covered; it
draws up no rota. The planning may be done in another's place ("On the shift leader's days off,
decide ...", "Stand in at the depot desk ..., matching each morning's coaches and drivers to the
day's work"), told to each one or a counted crew after ringing round ("Phone round the evening
before and tell each of the lads which site ... they are on", "Tell each person which belt or
machine they are on", "Tell the other four on nights which machine each one runs") or posted where
the crew reads it ("Post in the guides' WhatsApp group each evening who takes which boat"). An ad
that asks work allocated among people names it by the work ("Allocate referrals to the family
support workers" gives "referrals"); never work allocated among things ("Allocate budgets to the
departments").

The workshop's own work shared out among its people piece by piece is its production planning:
an ad that asks production planned ("Take charge of production planning for the workshop", "plan
the workshop's weekly production", `planning.production_term`) is shown by "say who glues, who
strings and who polishes that week" or "decide which of us cuts, sews or embroiders which pair";
never by who works or covers which shift.

An ad that asks the rota planned in a tool ("plan your team's rotas in Skello, our scheduling
tool", "in our rostering software") is left to be asked: the line does not show the tool used.
"""

from __future__ import annotations

import re

from cvtailor.models import Requirement
from cvtailor.text.duties.acts import (
    AD_LEAD,
    IN_A_TOOL,
    RINGING,
    SIT_DOWN_TO_DECIDE,
    ad_term,
    own_act,
)
from cvtailor.text.duties.planning import production_term
from cvtailor.text.jd_terms import person_noun

# The ad's names for a plan of who works when.
_AD_ROTA = re.compile(
    r"\b(?:rotas?|rosters?|staffing|(?:staff|crew|labour|labor)\s+deployment|"
    r"(?:shift|work|duty|staff|staffing|daily|weekly|monthly|workshop|production|crew|team|"
    r"deployment|session)\s+(?:schedules?|plans?|timetables?)|"
    r"(?:work|task|job|duty|staff|crew|driver|guide|shift)\s+allocations?|"
    # "Draw up the shift lists for the team"
    r"(?:shift|duty|staff|crew)\s+lists?|"
    r"(?:crew|staff|work|shift|job|task|room|patient|slide|case|bay|station|route|zone|"
    r"section|area|line|machine)\s+assignments?|"
    r"(?:staff|staffing|crew|shift|personnel|workforce|manpower|deployment)\s+planning|"
    # "Allocate tasks to the operators on your shift"
    r"allocat(?:e|es|ing)\s+(?:the\s+)?(?:tasks|work|jobs|duties|staff|people|crews?))\b",
    re.IGNORECASE)
# Work shared out among people, by a name that alone need not say so: "Plan the deployment
# of your shift team", "plan the toolroom workload across both shifts".
_AD_SHARES = re.compile(
    r"\bdeployment\s+of\s+(?:your|the|our)\s+(?:[\w-]+\s+){0,2}?(?:team|teams|crew|crews|"
    r"staff|operators|people|workers|employees)\b|\b(?:plan|planning|allocate|allocating|"
    r"share\s+out|sharing\s+out|distribute|distributing)\s+(?:the\s+|our\s+|your\s+)?"
    r"(?:[\w-]+(?:['’]s)?\s+)?workloads?\b",
    re.IGNORECASE)
_SHARED_NAMES = re.compile(
    r"^(?:(?:daily|weekly|monthly)\s+)?deployment$|^(?:[\w-]+\s+)?workloads?$", re.IGNORECASE)
# A schedule the ad says is the crew's own: "plan the crew's assembly schedule".
_PEOPLES_SCHEDULE = re.compile(
    r"\b(?:crew|crews|team|teams|staff)['’]s?\s+((?:[\w-]+\s+){1,2})?(?:schedules?|plans?)\b",
    re.IGNORECASE)
# An ad that asks only to work on the rota, not to draw it up.
_TAKES_A_TURN = re.compile(r"^(?:(?:a\s+)?willing(?:ness)?|ready|able|prepared|happy|available)\s+"
                           r"to\s+work\b", re.IGNORECASE)
_ON_CALL = re.compile(r"\bon[\s-]call\b|\bcall[\s-]out\b", re.IGNORECASE)
# The ad's duty is to draw the rota up, not to take a turn on it.
_AD_PLANS = re.compile(
    rf"^{AD_LEAD}(?:draw|drawing|plan|planning|prepare|preparing|organi[sz]e|organi[sz]ing|"
    r"compile|compiling|put\s+together|putting\s+together|manage|managing|set|setting)\b",
    re.IGNORECASE)

# When the person plans in another's place: "When the canteen leader is away,", "On the shift
# leader's days off,".
_STANDING_IN = r"when\s+[^,]{1,60},|on\s+[^,]{1,40}?\bdays?\s+off,"
# A count of people: "the 5 helpers", "the three operators".
_COUNT = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten)"
# Whom a line puts on a post: "each operator", "the three operators", "our pickers".
_PUT_WHOM = rf"(?:put|puts)\s+(?:each|every|the|my|our)\s+(?:{_COUNT}\s+)?"

_PLANNING = own_act(
    r"(?:work|works|worked|sort|sorts|sorted|set|sets)\s+out|decide|decides|decided|"
    r"(?:draw|draws|drew|chalk|chalks|chalked)\s+up|plan|plans|planned|share\s+out|"
    # "Arrange each week who covers which gate"
    r"(?:arrange|arranges|arranged|organi[sz]e|organi[sz]es|organi[sz]ed)\b(?=\s+(?:[^.;,]{0,30}?\s+)?"
    r"(?:who|which)\b)|"
    r"shares\s+out|shared\s+out|(?:hand|hands|handed)\s+out|"
    # "Pin the order cards on the board every Monday and decide which of us cuts ...", "Pin
    # up on Friday who lights the kilns ..."
    r"(?:every\s+\w+\s+)?pin\s+(?:up\s+)?[^,]{1,60}?\s+(?:and\s+(?:decide|say|put)|saying|showing)|"
    r"pin\s+up\s+(?:on\s+\w+\s+)?(?=who\b|which\b)|"
    # "Ring round the crew on Sunday evening to say which site we meet at and who starts on ..."
    rf"(?:{RINGING})\s+round\s+(?:the|my|our)\s+(?:crew|team|gang|lads|others)\b[^.;,]{{0,40}}?\s+"
    r"to\s+(?:say|tell\s+them)\s+(?=who\b|which\b)|"
    r"(?:put|puts)\s+together|(?:sort|sorts|sorted)\s+[^,]{1,80}?\s+and\s+(?:tell|give|"
    r"decide)|(?:go|goes|went)\s+through\s+[^,]{1,80}?\s+and\s+decide|"
    rf"{SIT_DOWN_TO_DECIDE}|"
    # "Agree with the other two stokers each spring who takes the morning, day and evening
    # cruises": the turns settled with the crew
    r"(?:agree|agrees|agreed)\s+with\s+[^,]{1,60}?\s+(?=who\b|which\b)|"
    # "Fill in next month's nights and weekends on the sheet ..., so each of the five of us
    # gets the same share": the shifts filled in for the crew
    # (never one's own: "Fill in the weekends I can work", "my hours")
    r"(?:fill|fills|filled)\s+in\s+(?![^.;,]{0,40}?\b(?:I|my|me)\b)"
    r"(?=[^.;,]{0,40}?\b(?:nights|shifts|weekends|turns|lates|earlies)\b)|"
    # ("Write on the workshop board every Friday who goes to which house next week")
    r"(?:write|writes|wrote)\s+(?:up\s+)?(?:[^,]{1,40}?\s+)?on\s+the\s+(?:[\w-]+\s+)?"
    r"(?:white)?board|"
    # "Post in the guides' WhatsApp group each evening who takes which boat"
    r"(?:post|posts|posted)\s+(?:in|on|to)\s+[^,]{1,60}?\s+(?=who\b|which\b)|"
    # "Write up the morning job board for 14 crew members"
    r"(?:write|writes|wrote|put|puts)\s+up\s+the\s+(?:[\w'’-]+\s+){0,2}?(?:job|work|duty)\s+"
    r"board|"
    r"(?:go|goes|went)\s+through\s+[^.;]{1,120}?\band\s+write\s+(?:up\s+)?on\s+the\s+"
    r"(?:white)?board|"
    rf"(?={_PUT_WHOM}[\w-]+\s+(?:of\s+[^,]{{1,30}}?\s+)?on\s+the\b)(?:put|puts)\s+",
    before=_STANDING_IN)
# Doing a piece of the work, or a shift: "works", "covers", "goes", "drives", "runs".
_PUT = (r"works?|covers?|stands?|opens?|closes?|goes|rides?|cuts?|sets?|takes?|does|do|"
        r"finishes|stitches|stays?|feeds?|drives?|runs?|minds?|starts?|handles?|sits?")
# Who is put where: "who works which shift", "which of us covers each night", "which guide
# takes which group", "share out the visits among the 5 helpers", or the plan itself.
_WHO_WHERE = re.compile(
    rf"\bwho\s+(?:of\s+(?:us|the\s+\w+\s+of\s+us)\s+)?(?:\w+\s+){{0,3}}?(?:{_PUT}|go|is\s+on)\b|"
    # "who salts, who washes and who hangs", "who lights the kilns at four and who comes in":
    # a list of who does which work
    r"\bwho\s+[\w-]+\b[^.;]{0,60}?(?:,|\s+and)\s+who\s+[\w-]+|"
    rf"\bwhich\s+(?:of\s+(?:us|the\s+(?:\d+\s+|\w+\s+)?[\w-]+(?:\s+[\w-]+){{0,3}})|[\w-]+)\s+"
    rf"(?:\w+\s+){{0,3}}?(?:{_PUT}|gets?)\b|"
    rf"\b(?:among|between)\s+(?:the\s+)?{_COUNT}\s+[\w-]+|"
    # "which sets, chanters and repairs each of us is on"
    r"\bwhich\s+[^.;]{1,60}?\b(?:each|every\s+one)\s+of\s+(?:us|them|the\s+[\w-]+)\s+"
    r"(?:is|are)\s+on\b|"
    r"\b(?:shift\s+(?:plan|calendar|pattern)|timetable)\s+for\b|"
    # "which line he is on", "which hatch and which side of the ship each one works"
    r"\bwhich\s+[\w-]+(?:\s+or\s+[\w-]+)?\s+(?:he|she|they)\s+(?:is|are)\s+on\b|"
    rf"\bwhich\s+[^.;]{{1,40}}?\beach\s+(?:one|of\s+(?:us|them))\s+(?:{_PUT})\b|"
    # "so each of the five of us gets the same share": the turns shared out among people
    rf"\beach\s+of\s+(?:us|them|the\s+(?:{_COUNT}\s+)?(?:of\s+us|[\w-]+))\s+gets?\s+"
    r"(?:the\s+same|an\s+equal|a\s+fair)\s+(?:share|number)\b|"
    # "which churches we go to the next week"
    r"\bwhich\s+[\w-]+\s+we\s+(?:go|drive|travel)\s+to\b",
    re.IGNORECASE)
# "Put each operator of my shift on the crusher, separation or loading post"
_PUT_ON = re.compile(rf"^(?:\w+\s+){{0,3}}?{_PUT_WHOM}([\w-]+)\b", re.IGNORECASE)


# Work handed to each of the people: "give each painter the panels that suit their hand".
_GIVE_EACH = re.compile(r"\b(?:give|gives|gave|hand|hands|handed)\s+(?:each|every)\s+([\w-]+)\s+"
                        r"(?:the|a|an|their|his|her)\b", re.IGNORECASE)
# Cover found for who is off: "Ring round for cover when someone on our crew calls in sick",
# "Cover sick calls by ringing round the team".
_FINDS_COVER = own_act(
    rf"(?:{RINGING})\s+round\s+for\s+cover|"
    r"(?:find|finds|found|arrange|arranges|arranged|organi[sz]e|organi[sz]es|organi[sz]ed)\s+"
    r"cover\b|cover\s+(?:sick\s+calls|absences?)\s+by\b|"
    # "Ring round the crew when someone calls in sick and find who can come in"
    rf"(?:{RINGING})\s+round\b(?=[^.;]{{0,80}}?\b"
    r"(?:find|finds|found)\s+(?:out\s+)?(?:who|someone|somebody|anyone)\s+(?:who\s+)?(?:can|could|"
    r"to)\s+(?:come\s+in|cover|step\s+in|fill\s+in|stand\s+in))")
# ... shows the staffing of an ad that asks for absences covered.
_AD_COVER = re.compile(r"\b(?:cover|absences?|sickness|sick\s+calls)\b", re.IGNORECASE)
_STAFFING = re.compile(r"\bstaffing\b", re.IGNORECASE)

# "go" of people, or of work handed to people: "which pickers go to which field", "which of us
# go out", "which knives go to the grinders, the assemblers and the polisher" (not "which
# pallets go out first").
_WHICH_GO = re.compile(r"\bwhich\s+(?:(of\s+[^.;,]{1,40}?)|([\w-]+))\s+go\b([^.;]{0,60})",
                       re.IGNORECASE)


# Work split among people, people matched to work, or a job board for them: "Split the chairs
# between the techs", "Match techs to rooms", "the morning job board for 14 crew members".
_PEOPLE_GIVEN = re.compile(
    r"\b(?:between|among|amongst)\s+(?:the\s+|my\s+|our\s+)?((?:\w+\s+)?[\w-]+)|"
    r"^(?:\w+\s+)?(?:match|matches|matched)\s+(?:the\s+|my\s+|our\s+)?([\w-]+)\s+to\s+|"
    # "..., matching each morning's coaches and drivers to the day's work"
    r",\s+matching\s+(?:[\w'’-]+\s+){0,4}?([\w-]+)\s+to\s+|"
    r"\b(?:job|work|duty)\s+board\s+for\s+(?:the\s+|my\s+|our\s+)?((?:\w+\s+){0,2}[\w-]+)|"
    # "Hand out the day's jobs to the three fitters each morning"
    r"^(?:\w+\s+)?(?:hand|hands|handed|share|shares|shared|give|gives|gave)\s+out\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+)?(?:jobs|tasks|work|duties|rounds|routes|job\s+sheets|work\s+orders)\s+"
    r"(?:[^.;]{1,30}?\s+)?to\s+(?:the\s+|my\s+|our\s+|each\s+)?((?:\w+\s+)?[\w-]+)",
    re.IGNORECASE)
# ... the line's own act of splitting or matching: "Split the chairs ...", "Match techs ...".
_SPLITTING = own_act(r"split|splits|match|matches|matched")
# ... or standing in for the one who does it: "Stand in at the depot desk when the operations
# manager is on leave, matching each morning's coaches and drivers to the day's work".
_STANDS_IN = own_act(r"(?:stand|stands|stood)\s+in\b(?=[^.;]{0,80}?,\s+matching\b)")
# People words `person_noun` does not know, said short: "techs".
_SHORT_PEOPLE = frozenset("techs reps docs".split())


def _people_given(text: str) -> bool:
    """The line splits work among people, matches people to work, or writes their job board
    (`_PEOPLE_GIVEN`), its people named as people ("the techs", "14 crew members"; not "the
    two kilns")."""
    return any(_people(w) for m in _PEOPLE_GIVEN.finditer(text)
               for w in re.findall(r"[\w-]+", next(g for g in m.groups() if g)))


def _people(word: str) -> bool:
    """`word` names people: an agent noun, or a plain word for them ("men", "hands")."""
    lowered = word.lower()
    return person_noun(word) or lowered in _PEOPLE_WORDS or lowered in _CREW \
        or lowered in _SHORT_PEOPLE


# Which of the people does which work: "decide which of the three of us weaves what that week".
_WHICH_OF_DOES = re.compile(
    r"\bwhich\s+of\s+(us|them|the\s+(?:\d+\s+|\w+\s+)?([\w-]+)(?:\s+of\s+(?:us|them))?)\s+"
    r"[\w-]+s?\s+(?:what|which)\b", re.IGNORECASE)


def _who_where(text: str) -> bool:
    """The line says who is put where (`_WHO_WHERE`), or which people go where, or which work
    goes to which people."""
    if _WHO_WHERE.search(text):
        return True
    if _people_given(text):
        return True
    if any(m.group(2) is None or m.group(1).endswith((" us", " them")) or _people(m.group(2))
           for m in _WHICH_OF_DOES.finditer(text)):
        return True
    put = _PUT_ON.match(text)
    if put and person_noun(put.group(1).removesuffix("s") + "s"):
        return True
    # "... and put each guide with the groups that suit them"
    if any(_people(m.group(1).removesuffix("s") + "s") for m in _PUT_EACH.finditer(text)):
        return True
    # "give each painter the panels that suit their hand"
    for given in _GIVE_EACH.finditer(text):
        if person_noun(given.group(1).removesuffix("s") + "s"):
            return True
    # "which party fishes which stretch on which day": which of the people does which work
    if any(_people(m.group(1)) for m in _WHICH_DOES_WHICH.finditer(text)):
        return True
    for m in _WHICH_GO.finditer(text):
        after = re.match(r"\s+to\s+(.*)", m.group(3))
        if m.group(1) or person_noun(m.group(2)) or m.group(2).lower() in _PEOPLE_WORDS or (
                after is not None
                and any(person_noun(w) for w in re.findall(r"[\w-]+", after.group(1)))):
            return True
    return False


_PUT_EACH = re.compile(r"\b(?:put|puts)\s+each\s+([\w-]+)\s+(?:on|with)\s+the\b",
                       re.IGNORECASE)
_WHICH_DOES_WHICH = re.compile(r"\bwhich\s+([\w-]+)\s+[\w-]+s\s+which\b", re.IGNORECASE)


# Work shared out by telling: "Tell the two others on my shift which acetator to draw off first
# and who covers the filter". Those told are the crew the work is shared among, never "the
# office" or "the buyer" (told of a plan, not put on it).
_TELLING = own_act(rf"(?:(?:{RINGING})\s+round\s+"
                   r"(?:[\w-]+\s+){0,4}?and\s+)?"
                   r"(?:tell|tells|told)\s+(?:the|my|our|each)\s+([^,]{1,60}?)\s+(?=which|who)",
                   before=_STANDING_IN)
_CREW = frozenset("others crew crews team teams shift lads gang".split())
# ... or each one of them: "Tell each person at the start of the night which belt ...".
_EACH_ONE = frozenset("person people".split())
# People a line names by a plain word no agent noun is: "which man goes to which parcel".
_PEOPLE_WORDS = frozenset("man men woman women person people lad lads hands party parties group "
                          "groups guides".split())


def _plans(text: str) -> bool:
    """The line opens on the person's own planning (`_PLANNING`), or on telling the crew
    which work each does (`_TELLING`)."""
    if _PLANNING.match(text) or ((_SPLITTING.match(text) or _STANDS_IN.match(text))
                                 and _people_given(text)):
        return True
    told = _TELLING.match(text)
    return told is not None and (any(
        person_noun(w) or w.lower() in _CREW or w.lower() in _EACH_ONE
        for w in re.findall(r"[\w-]+", told.group(1)))
        # "Tell each of the six on our stations which vehicles they start on": people counted
        or re.match(rf"of\s+(?:us|them|the\s+{_COUNT})\b", told.group(1), re.IGNORECASE)
        is not None
        # "Tell the other four on nights which machine each one runs"
        or re.match(rf"other\s+{_COUNT}\b", told.group(1), re.IGNORECASE) is not None)


def _peoples_schedule(req: Requirement) -> str | None:
    """The ad's term for a schedule it says is the crew's or the team's own ("plan the crew's
    assembly schedule" gives "assembly schedule"), as one of its keywords."""
    m = _PEOPLES_SCHEDULE.search(req.text)
    if m is None or m.group(1) is None:
        return None
    named = m.group(0).split(None, 1)[-1].lower()  # "assembly schedule" of "crew's assembly ..."
    # the ad's keyword for it, whole or its head alone ("schedule" of "weekly schedule")
    return next((k for k in req.keywords if k.lower() in (named, named.split()[-1])
                 or (len(k.split()) > 1 and named.endswith(" " + k.lower()))), None)


def rota_term(req: Requirement, line: str) -> str | None:
    """The ad's term for a rota or work schedule a line shows drawn up (see the module doc),
    or None."""
    text = line.strip()
    if _FINDS_COVER.match(text) and _AD_COVER.search(req.text):
        return ad_term(req, _STAFFING)
    if _TAKES_A_TURN.match(req.text.strip()):
        return None  # "Willingness to work three shifts, including weekends on the rota"
    if (_ON_CALL.search(req.text) and not _AD_PLANS.match(req.text.strip())) \
            or not (_plans(text) and _who_where(text)):
        return None
    if IN_A_TOOL.search(req.text):
        return None  # a rota planned in a tool the line does not show used: left to be asked
    # the first of its rotas that is not the on-call rota: "the duty roster and the on-call rota"
    term = ad_term(req, _AD_ROTA, unless=_ON_CALL) or _peoples_schedule(req) or (
        ad_term(req, _SHARED_NAMES) if _AD_SHARES.search(req.text) else None) \
        or _allocated(req) or _teams_work(req) \
        or (production_term(req) if _WORK_SHARED.search(text) else None)
    return _with_its_period(term, req.text, text) if term else None


# The workshop's own work shared out among its people, piece by piece: "say who glues, who
# strings and who polishes that week", "decide which of us cuts, sews or embroiders which pair".
# This is the ad's production planning; who works or covers which shift is no production
# planned.
_WORK_SHARED = re.compile(
    r"\bwho\s+(?!(?:works|covers|takes|is|does|goes|comes|stays)\b)[\w-]+s\b[^.;]{0,40}?"
    r"(?:,|\s+and)\s+who\s+[\w-]+s\b|"
    r"\bwhich\s+of\s+(?:us|them)\s+[\w-]+s(?:,\s+[\w-]+s)*(?:\s+or\s+[\w-]+s)?\s+which\b",
    re.IGNORECASE)


# How often the ad says the plan is drawn up, and the line's words for the same period.
_PERIODS = (("weekly", re.compile(r"(?i)\b(?:week|weeks|weekly)\b")),
            ("daily", re.compile(r"(?i)\b(?:day|days|daily|morning|mornings|evening)\b")),
            ("monthly", re.compile(r"(?i)\b(?:month|months|monthly)\b")))


def _with_its_period(term: str, ad: str, line: str) -> str:
    """The ad's term with the period the ad gives it, where the keyword dropped it and the
    line plans for the same period: "weekly schedule" of "Draw up the crew's weekly schedule"
    for "Sort out on Friday who goes up to which slope the next week"; the keyword alone
    otherwise."""
    if " " in term.strip():
        return term
    for period, said in _PERIODS:
        if re.search(rf"(?i)\b{period}\s+{re.escape(term)}\b", ad) and said.search(line):
            return f"{period} {term}"
    return term


# The team's work the ad asks planned, named by its period or as a schedule: "Plan the operating
# team's weekly work", "plan the daily work of your rig crew", "Plan the weekly shoot schedule
# for the team".
_AD_TEAMS_WORK = re.compile(
    rf"^{AD_LEAD}(?:plan|planning|organi[sz]e|organi[sz]ing|draw\s+up|drawing\s+up|schedule|"
    r"scheduling)\s+(?:the\s+|your\s+|our\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"((?:daily|weekly|monthly)\s+(?:work|jobs|tasks)|[\w-]+\s+schedule)"
    # (the whole name: not "weekly work" of "the crew's weekly work programme")
    r"(?=\s*$|\s*[.,;]|\s+(?:of|for|and|with|across|in|on|at)\b)", re.IGNORECASE)


def _teams_work(req: Requirement) -> str | None:
    """The ad's words for the team's work it asks planned (`_AD_TEAMS_WORK`), as it writes
    them, when no keyword names it ("weekly work", "shoot schedule"), or None."""
    m = _AD_TEAMS_WORK.match(req.text.strip())
    return m.group(1) if m else None


# Work the ad asks shared out among people: "Allocate referrals to the family support
# workers", "Allocate files across the formalities team".
_AD_ALLOCATES = re.compile(
    rf"^{AD_LEAD}(?:allocate|allocating|assign|assigning|distribute|distributing)\s+"
    r"(?:the\s+|your\s+|our\s+|new\s+)?((?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:to|across|among|"
    r"between)\s+(?:the|your|our|each)\s+((?:[\w-]+\s+){0,3}[\w-]+)", re.IGNORECASE)


def _allocated(req: Requirement) -> str | None:
    """The ad's keyword for the work it asks shared out among people (`_AD_ALLOCATES`): the
    work itself ("referrals"), or written with its verb ("allocating files"), or None."""
    m = _AD_ALLOCATES.match(req.text.strip())
    if m is None or not any(_people(w) for w in m.group(2).split()):
        return None  # (among people: not "Allocate budgets to the departments")
    head = m.group(1).split()[-1].lower()
    # (its verb as the parser writes it: "allocating files" of "Allocate files ...")
    return next((k for k in req.keywords if k.split()[-1].lower() == head and (
        k.lower() in req.text.lower() or re.fullmatch(r"(?i)allocating\s+[\w-]+", k))), None)
