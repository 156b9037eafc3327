"""Safety and hygiene rules enforced on a shift, said in other words.

An ad's duty to enforce the rules ("Enforce occupational safety rules and the wearing of PPE
on the shift", "Make sure hygiene and food safety rules are followed in every room") is shown
by a CV line in which the person makes others keep them: "Make sure nobody goes near the
kettle without face shield, aluminised jacket and safety boots", "See that everyone wears
clean whites, hairnets and boots", "Make sure nobody reaches into the press infeed without
isolating the drive and hanging their own padlock on it", "Hang my own padlock and tag on the
isolator before anyone reaches into the cutting system, and check that the others do the
same".

Read narrowly: the ad's duty is enforcing (enforce, ensure, make sure, see that, uphold, police,
drive, look after ("look after health and safety on site"), "you will make sure" after what the
sentence opens on, rules "are followed", or being responsible for them: "Be responsible for
occupational safety"); the line is the person's own act of making others keep a rule (it opens on
"make sure", "see that", "ensure", "check that", "check each morning that", "insist that", "make
everyone (in the bay) wear", "stop anyone who", or on the person's own keeping "and make sure the
others do the same", or a safeguard kept "and make sure the extractor is on whenever anyone ...")
and names who (nobody, everyone, the crew) and what keeps them safe or clean (protective wear, a
lock on the drive, a guard, a clean floor); or it sends home anyone who breaks a rule, or lets
nobody in without what keeps them safe ("Send nobody into the arena without a hard hat and boots").
Wearing one's own protective gear is no rule enforced. Fire safety is also seen to on a walk round
that makes sure the exits are free and the extinguishers in date (or in their place), or by others
made to put out cigarettes or switch off engines where the line also keeps the extinguishers in
date; lockout, by the person's own lock and tag before another's work ("Padlock the isolator and
hang my own tag before anyone opens a pump"), whatever the ad's verb for it ("Apply
lock-out/tag-out before any intervention"); safe working in confined spaces, by a rule kept for
going into one. The term written is the ad's own (`safety_term`): of its rules, the one the line's
own words echo ("dust extraction" for a line that keeps the extractor on), else its first.

Emergency drills (`drill_term`) are shown by the staff taken through what to do when the alarm
goes off, or the evacuation or the emergency itself practised with them ("Practise fire fighting
and man-overboard recovery with the captain and the deckhands every month"); never a drill taken
part in, nor guests told.
The weather followed for the people out in it (`weather_term`: "Follow wind forecasts during
events") is shown by the weather watched by its means and acted on ("Keep an eye on the weather
app and the anemometer on windy evenings and tell the organiser when the guests must come out").
"""

from __future__ import annotations

import re

from cvtailor.models import Requirement
from cvtailor.text.duties.acts import AD_LEAD, act_term, ad_term, own_act

_AD_ENFORCING = re.compile(
    rf"^{AD_LEAD}(?:enforce|ensure|make\s+sure|drive|lead|"
    r"see\s+(?:that|to)|uphold|police|promote|monitor\s+(?:compliance|adherence)|"
    r"look\s+after)\b|"
    # "Carry out rig maintenance and look after health and safety on site"
    r"\band\s+(?:enforce|ensure|make\s+sure|see\s+to|look\s+after)\s+(?=(?:the\s+)?"
    r"(?:[\w-]+\s+)?(?:safety|health\s+and\s+safety|hygiene)\b)|"
    # "All year round you will make sure the crew follows ..."
    r"\byou(?:['’]ll|\s+will)\s+(?:also\s+)?(?:enforce|ensure|make\s+sure|see\s+(?:that|to))\b|"
    r"\b(?:are|is)\s+(?:followed|observed|respected|kept)\b|"
    # "Be responsible for occupational safety in the workshop"
    r"^(?:(?:you(?:['’]ll|\s+will)\s+)?be\s+|you\s+are\s+)?(?:responsible|accountable)\s+for\b",
    re.IGNORECASE)
_AD_RULES = re.compile(
    r"\b(?:(?:occupational|workplace|site|food|fire|work|health\s+and|laboratory|lab|chemical|"
    r"workshop|machine|electrical|dive|diving|radiation|yard|shop|kitchen)\s+safety|"
    r"hazardous\s+(?:substances|chemicals)|safe\s+handling|biosecurity(?:\s+rules)?|HSE|"
    r"safety\s+(?:rules|regulations|procedures)|safe\s+work(?:ing)?\s+practices|PPE|ESD|"
    # "enforce safe working at height in every tower"
    r"(?:safe\s+)?work(?:ing)?\s+at\s+heights?|"
    r"(?:personal\s+)?protective\s+(?:equipment|clothing|gear|wear)|hygiene|lock[\s-]?out|"
    r"(?:dust|fume)\s+extraction|"
    r"lockout[\s/-]tagout|LOTO|"
    r"lock[\s-]?out[\s/-]tag[\s-]?out)\b",
    re.IGNORECASE)
_MAKING_SURE = own_act(r"(?:make|makes|made)\s+sure|(?:see|sees|saw)\s+(?:to\s+it\s+)?that|"
                       r"ensure|ensures|ensured|"
                       r"(?:check|checks|checked)\s+(?:(?:each|every)\s+\w+\s+)?that|"
                       r"(?:insist|insists|insisted)\s+(?:that|on)|remind|reminds|reminded|"
                       # "Hang my own padlock and tag on the isolator before anyone reaches in,
                       # and check that the others do the same": the lock kept, and kept by all
                       r"(?:hang|hangs|hung|put|puts|fit|fits|fitted)\s+my\s+own\s+(?:pad)?lock\b"
                       r"(?=[^.;]*\b(?:check|checks|checked|make\s+sure|see)\s+(?:that\s+)?"
                       r"(?:the\s+)?others\b)|"
                       r"(?:make|makes|made|get|gets|got)\s+(?:everyone|everybody|the\s+"
                       r"(?:whole\s+)?(?:crew|team|lads|gang|shift))\s+"
                       # "Make everyone in the bay wear safety shoes and glasses"
                       r"(?:(?:in|on|at)\s+the\s+[\w-]+\s+)?(?:to\s+)?(?:wear|"
                       r"change\s+into|put\s+on)|"
                       # "Stop anyone who reaches into the card before the line is locked off"
                       r"(?:stop|stops|stopped)\s+(?:anyone|anybody)\s+(?:who|from)\b|"
                       # "Keep the knives sheathed and the guard down, and make sure the
                       # students do the same": the person's own keeping, kept by all
                       # ("... empty the dust bags and see that everyone at the machines wears
                       # ear defenders")
                       r"(?:keep|keeps|kept|check|checks|checked)\b(?=[^.;]*\band\s+(?:(?:see|"
                       r"sees|saw)\s+that\s+(?:nobody|no\s+one|everyone|everybody)\b|(?:make|makes|"
                       r"made)\s+(?:sure\s+(?:that\s+)?(?:nobody|no\s+one|everyone|everybody|"
                       r"the\s+[\w-]+\s+(?:do|does)\s+the\s+same)|everyone|everybody)\b)"
                       # "Keep the solvent tins in the fire cabinet and make sure the extractor
                       # is on whenever anyone stiffens a hat": a safeguard kept for others' work
                       r"|[^.;]*\band\s+(?:make|makes|made)\s+sure\s+(?:that\s+)?(?:the\s+)?"
                       r"[\w-]+\s+(?:is|are)\s+[\w-]+\s+(?:whenever|before|while|when)\s+"
                       r"(?:anyone|anybody|someone)\b)")
# Sending home who breaks a rule is the rule kept, whatever it is: "Send anyone home who comes
# to the shed in nylon clothes"; and so is letting nobody in without what keeps them safe:
# "Send nobody into the arena without a hard hat and boots".
_SENDS_HOME = own_act(r"(?:send|sends|sent)\s+(?:anyone|anybody)\s+home")
_LETS_NOBODY = own_act(r"(?:send|sends|sent|let|lets|allow|allows|allowed)\s+(?:nobody|no\s+one|"
                       r"no-one)\s+(?:[\w-]+\s+)?(?:in|into|on|onto|near|up)\b"
                       r"(?=[^.;]{0,60}?\bwithout\b)|"
                       # "Check the scaffolding ... every morning and keep everyone off a wet roof
                       # without a harness and a rope"
                       r"(?:[^.;]{1,80}?\band\s+)?(?:keep|keeps|kept)\s+(?:everyone|everybody|"
                       r"anyone|people)\s+(?:off|out\s+of|away\s+from)\b(?=[^.;]{0,60}?\bwithout\b)")
_OTHERS = re.compile(r"\b(?:nobody|no\s+one|no-one|everyone|everybody|every\s+one|all\s+of\s+us|"
                     r"the\s+(?:whole\s+)?(?:crew|team|shift|lads|staff|gang|students|apprentices|"
                     r"trainees|others)|each\s+of\s+(?:us|"
                     r"them)|anyone|people)\b", re.IGNORECASE)
_KEPT_SAFE = re.compile(
    r"\b(?:face\s+shields?|visors?|helmets?|hard\s+hats?|gloves|goggles|glasses|boots|"
    r"hi-vis|high-vis\w*|harness\w*|ear\s+defenders|ear\s+plugs|masks?|respirators?|aprons?|"
    r"jackets?|overalls|whites|hairnets?|hair\s+nets?|beard\s+(?:nets?|snoods?)|padlocks?|"
    r"locks?|lock[\s-]?out|isolat\w+|guards?|PPE|safety\s+\w+|scrubbed|washed\s+(?:their\s+)?"
    r"hands|hand\s*wash\w*|wrist\s+straps?|finger\s+cots|(?:stay|keep)\s+(?:well\s+)?clear|"
    r"overshoes|shoe\s+covers|coveralls|(?:clean|lab)\s+coats|extractors?|clipped\s+on)\b",
    re.IGNORECASE)


# Confined spaces, where the line's rule is for going into one: "Make sure nobody climbs into a
# silo or a steep without a harness, a gas detector and someone standing at the hatch".
_AD_CONFINED = re.compile(r"\bconfined\s+spaces?(?:\s+entry)?\b", re.IGNORECASE)
_GOING_IN = re.compile(r"\b(?:climbs?|climbing|goes|go|going|gets?|enters?|entering|crawls?)\s+"
                       r"(?:into|inside|down\s+(?:into|the))\b", re.IGNORECASE)


# Fire safety seen to on a walk round: "Walk the church and the hall before every concert to
# make sure the emergency exits are free and the extinguishers are in date", or its means kept
# at hand: "Keep the lids, the fire blanket and the powder extinguisher beside every tank".
_AD_FIRE = re.compile(r"\bfire\s+(?:safety|precautions|prevention|protection)\b", re.IGNORECASE)
_FIRE_ROUND = own_act(r"walk|walks|walked|(?:go|goes|went)\s+round|check|checks|checked|"
                      # "Make drivers switch off their engines and put out cigarettes at the
                      # pumps, and check the dates on the extinguishers every Monday"
                      r"(?:make|makes|made)\s+(?:the\s+|every\s+|each\s+)?[\w-]+\s+(?:switch|turn|"
                      r"put)\s+(?:off|out)\b(?=[^.;]*\b(?:cigarettes?|smoking|engines?|flames?)\b)|"
                      r"keep|keeps|kept|"
                      r"test|tests|tested|(?:make|makes|made)\s+sure|(?:see|sees|saw)\s+that")
_FIRE_MEANS = re.compile(
    r"\b(?:(?:emergency|fire)\s+(?:exits?|doors?|escapes?|alarms?|blankets?)|"
    r"extinguishers?|escape\s+routes?|smoke\s+(?:alarms?|detectors?))\b", re.IGNORECASE)
_KEPT_READY = re.compile(r"\b(?:free|clear|unblocked|in\s+date|charged|working|tested|"
                         # "check the dates on the extinguishers every Monday"
                         r"dates?\s+on\s+the\s+(?:[\w-]+\s+)?extinguishers|"
                         r"unlocked|at\s+hand|within\s+reach|in\s+(?:its|their)\s+place)\b|"
                         # "Keep ... the powder extinguisher beside every tank"
                         r"\b(?:beside|next\s+to|by)\s+(?:every|each)\b", re.IGNORECASE)

# ... or by the fire of the work put out and seen to be out before the place is left: "Damp
# down the embers and check that no sparks have reached the roof before I lock up".
_FIRE_OUT = own_act(r"(?:damp|damps|damped|put|puts|rake|rakes|raked)\s+(?:down|out)\s+(?:the\s+)?"
                    r"(?:[\w-]+\s+)?(?:embers|fires?|ashes|coals|hearths?)")
_NO_SPARKS = re.compile(r"\b(?:check|checks|checked|make\s+sure|see)\s+(?:that\s+)?(?:no|nothing)\s+"
                        r"(?:sparks?|embers?|ash)\b|\bstill\s+(?:smoulder|glow)\w*", re.IGNORECASE)

# Lockout kept for others' work: "Padlock the isolator and hang my own tag before anyone opens
# a pump" (the person's own lock, before another's work; not "Helped lock out ...").
_AD_LOCKOUT = re.compile(r"\block[\s-]?out|lockout[\s/-]tagout|LOTO\b", re.IGNORECASE)
_LOCKING = own_act(r"padlock|padlocks|padlocked|lock|locks|locked|isolate|isolates|isolated|"
                   r"(?:hang|hangs|hung|put|puts|fit|fits|fitted)\s+my\s+own\s+"
                   r"(?:pad)?(?:lock|tag)")
_OWN_LOCK = re.compile(r"\b(?:tag|tags|padlock|lock)\b", re.IGNORECASE)
_BEFORE_OTHERS_WORK = re.compile(
    r"\bbefore\s+(?:anyone|anybody|any\s+of\s+\w+|the\s+(?:[\w-]+\s+)?(?:fitters?|"
    r"electricians?|mechanics?|cleaners?|crew|contractors?))\s+(?:opens?|works?|reaches?|goes|"
    r"touches?|starts?|climbs?|enters?|cleans?)\b", re.IGNORECASE)


def safety_term(req: Requirement, line: str) -> str | None:
    """The ad's term for safety or hygiene rules a line shows the person making others keep
    (see the module doc), or None."""
    text = line.strip()
    # the person's own lock before another's work shows the lockout the ad asks applied,
    # whatever its verb ("Apply lock-out/tag-out before any intervention")
    if _LOCKING.match(text) and _OWN_LOCK.search(text) and _BEFORE_OTHERS_WORK.search(text) \
            and (term := ad_term(req, _AD_LOCKOUT)):
        return term
    if not _AD_ENFORCING.search(req.text.strip()):
        return None
    if (_MAKING_SURE.match(text) and _OTHERS.search(text) and _KEPT_SAFE.search(text)) \
            or _SENDS_HOME.match(text) or (_LETS_NOBODY.match(text) and _KEPT_SAFE.search(
                text[text.lower().find("without"):])):
        return _echoed(req, text) or ad_term(req, _AD_RULES) or (
            ad_term(req, _AD_CONFINED) if _GOING_IN.search(text) else None)
    if (_FIRE_ROUND.match(text) and _FIRE_MEANS.search(text) and _KEPT_READY.search(text)) \
            or (_FIRE_OUT.match(text) and _NO_SPARKS.search(text)):
        return ad_term(req, _AD_FIRE)
    return None


def _echoed(req: Requirement, text: str) -> str | None:
    """Of the ad's rules, the one the line's own words echo ("dust extraction" of "See to it
    that the dust extraction is running and that safe working practices are followed", for a
    line that keeps the extractor on): what the line shows, before the ad's first rule."""
    said = {w.lower()[:6] for w in re.findall(r"[A-Za-z]{6,}", text)}
    return next((k for k in req.keywords if _AD_RULES.search(k) and k.lower() in req.text.lower()
                 and any(w.lower()[:6] in said for w in re.findall(r"[A-Za-z]{6,}", k)
                         if w.lower() not in _RULE_WORDS)), None)


# Words of any rule's name, echoed by any line about rules.
_RULE_WORDS = frozenset("safety safe rules working practices procedures regulations".split())


# Housekeeping kept: the floors and the work areas kept clean and clear.
_AD_HOUSEKEEPING = re.compile(r"\bhousekeeping\b", re.IGNORECASE)
_KEEPING_CLEAN = own_act(
    r"(?:get|gets|got|have|has|had)\s+(?:the\s+|my\s+|our\s+)?(?:[\w-]+\s+)?(?:team|crew|"
    r"shift|lads|gang|staff|operators|helpers|cleaners|everyone|everybody)\s+to|"
    r"(?:make|makes|made)\s+sure|(?:see|sees|saw)\s+(?:to\s+it\s+)?that|sweep|sweeps|swept|"
    r"clean|cleans|cleaned|tidy|tidies|tidied|clear|clears|cleared|hose|hoses|hosed|mop|"
    r"mops|mopped|keep|keeps|kept")
_CLEANING = re.compile(r"\b(?:sweep|sweeps|swept|clean|cleaned|tidy|tidied|clear|cleared|hose|"
                       r"hosed|mop|mopped|wash(?:ed)?\s+down|pick\s+up|picked\s+up|"
                       r"vacuum(?:ed)?)\b", re.IGNORECASE)
_WORK_AREAS = re.compile(r"\b(?:floors?|walkways?|aisles?|gangways?|yard|work\s+areas?|areas?|"
                         r"platforms?|decks?|shop\s+floor|stairs|benches|workshop|dust|spills?|"
                         r"offcuts|swarf|debris|rubbish|waste)\b", re.IGNORECASE)


def housekeeping_term(req: Requirement, line: str) -> str | None:
    """The ad's term for the housekeeping a line shows the person keeping: the floors and
    work areas cleaned or kept clear by the person or the crew they get to ("Get the team to
    sweep up husk and bran dust every 2 hours so that the floors and motors stay clean"), or
    None. A machine cleaned is no housekeeping ("Clean the presses at the end of every
    shift")."""
    return act_term(req, line, _KEEPING_CLEAN, _AD_HOUSEKEEPING, [_CLEANING, _WORK_AREAS])


# Emergency drills: the staff taken through what to do when the alarm goes off ("Walk the
# whole crew and the volunteers through what to do when the gas alarm goes off in the machine
# room, twice a season"), or the evacuation practised with them ("Practise the evacuation of
# the hall with the stewards before every season"). Never a drill taken part in ("Took part in
# the fire drill"), nor guests told where the exits are.
_AD_DRILLS = re.compile(r"\b(?:emergency|fire|evacuation|spill|rescue|ammonia|gas\s+leak)\s+"
                        r"(?:drills?|exercises?|practices?)\b|\b(?:evacuation|emergency)\s+"
                        r"(?:drills?|training)\b", re.IGNORECASE)
_DRILLING = own_act(
    r"(?:walk|walks|walked|take|takes|took|talk|talks|talked|run|runs|ran)\s+"
    r"(?:the|my|our|all\s+the|every)\s+(?:whole\s+)?[^.;]{1,60}?\bthrough\s+what\s+to\s+do\b|"
    r"(?:practise|practises|practised|practice|practices|practiced|rehearse|rehearses|"
    r"rehearsed)\s+(?:the\s+)?(?:evacuation|what\s+to\s+do)\b|"
    # "Practise fire fighting and man-overboard recovery with the captain and the deckhands at
    # the start of every month": the emergency itself practised with the crew
    r"(?:practise|practises|practised|practice|practices|practiced|rehearse|rehearses|"
    r"rehearsed)\s+(?:fire[\s-]?fighting|rescues?|[\w-]+\s+rescue|[\w-]+\s+recovery)\b"
    r"(?=[^.;]{0,60}?\bwith\s+(?:the|my|our|all)\b)|"
    r"(?:run|runs|ran|hold|holds|held)\s+(?:a|the)\s+(?:mock|practice|dummy)\s+(?:evacuation|"
    r"alarm|emergency|rescue)")
# ... with the staff, for an alarm, a leak, a fire or an evacuation.
_THE_EMERGENCY = re.compile(r"\b(?:alarms?|leaks?|fires?|evacuat\w+|spills?|emergenc\w+|"
                            r"gas|ammonia)\b", re.IGNORECASE)
# ... never guests told where the exits are.
_GUESTS = re.compile(r"\b(?:guests?|customers?|visitors?|passengers?|clients?|spectators?)\b",
                     re.IGNORECASE)


def drill_term(req: Requirement, line: str) -> str | None:
    """The ad's term for the emergency drills a line shows the person running with the staff
    (see `_AD_DRILLS`), or None."""
    return act_term(req, line, _DRILLING, _AD_DRILLS, [_THE_EMERGENCY], unless=[_GUESTS])


# The weather followed for the safety of the people out in it, as the ad names it: "Follow
# wind forecasts during events", "Monitor weather warnings on the hill".
_AD_WEATHER = re.compile(r"\b(?:wind|weather|storm)\s+(?:forecasts?|warnings?|conditions|"
                         r"reports?)\b", re.IGNORECASE)
# ... shown by the person watching the weather by its means and acting on it: "Keep an eye on
# the weather app and the anemometer on windy evenings and tell the organiser when the guests
# must come out".
_WATCHING = own_act(r"(?:keep|keeps|kept)\s+an\s+eye\s+on|watch|watches|watched|follow|"
                    r"follows|followed|check|checks|checked")
_WEATHER_MEANS = re.compile(r"\b(?:weather|wind|storm|rain)\s+(?:apps?|forecasts?|radar|maps?|"
                            r"warnings?|reports?)\b|\banemometers?\b|\bwind\s+(?:speeds?|gusts?)\b",
                            re.IGNORECASE)
_ACTED_ON = re.compile(
    r"\b(?:tell|tells|told|warn|warns|warned|call|calls|called)\b[^.;]{0,60}?\bwhen\b|"
    r"\b(?:stop|stops|stopped|call\s+off|calls\s+off|called\s+off|take\s+down|takes\s+down|"
    r"took\s+down|clear|clears|cleared|bring|brings|brought)\b[^.;]{0,40}?\b(?:if|when|before)\b",
    re.IGNORECASE)


def weather_term(req: Requirement, line: str) -> str | None:
    """The ad's term for the weather a line shows the person following for the people out in
    it: watched by its means (an app, a forecast, an anemometer) and acted on (the organiser
    told when the guests must come out, the work stopped when the wind rises), or None."""
    return act_term(req, line, _WATCHING, _AD_WEATHER, [_WEATHER_MEANS, _ACTED_ON])
