"""Training the people a workplace takes on, said in other words.

An ad's duty to train newcomers ("Train and supervise apprentices", "Induct and coach new
starters on the gate", "Mentor newly hired cashiers in their first weeks") is shown by a CV
line in which the person teaches the people their workplace took on, however it says so:
"Show the two trainees in their second and third year how to file and fit a hinge pin",
"Take new people out to the gate with me for their first fortnight and check their
measurements", "Teach the women who join us each season how to hold the sieve". No
similarity of sentences finds these: the line names the work taught, the ad the people.

Read narrowly, as a recruiter reads it, so that no line is taken for more than it says:

- the ad's duty leads with training (train, coach, mentor, induct, onboard, teach, instruct,
  precept, orient, guide, or "the mentoring of") and is done to people a workplace takes on
  (apprentices, trainees, interns, new, junior, novice, graduate or volunteer staff of any
  kind, whatever the words between: "new medical assistants", "newly recruited technicians",
  "novice strippers", "new coachmen"; new recruits or starters, seasonal workers; a trade's
  trainees, "trainee guides", are new to it too);
- the line is the person's own act of teaching (it opens on the verb: "Show ...", "Taught ...",
  "Take ... with me", "Have ... with me ... under my eye", "Spend ... with ..., showing them",
  "Take ... and start them on ...", "Work alongside ... until they can ...", "Buddy up with
  ...", "Explain to ... how ...", "Let ... under my eye"; not "Was shown ...", "Helped the
  trainer ...", "Watched ...") and names
  people new to the workplace ("newcomers", "new installers", "each new helper", "the campaign
  temps", "school leavers we took on", "students on placement", "who join the line", "for their
  first week", "the extra hands taken on for the December rush", "the first-season guides",
  the year of their training, "the first-year lads", "in their second year" (never a school's
  pupils: "Taught first-year students algebra"), or the country's own word for its
  apprentices: "our two Lehrlinge", "the Azubis", "the Lernende"); students who help or join
  the workplace ("the students who help us in the summer holidays") and a season's trainees
  ("the summer trainees") are learners and new staff both; the assistant a line names ("Take
  our assistant along to weddings as second shooter") is the ad's junior, never its apprentice;
- never the people the work serves ("Show new patients how to use the CPAP mask", "Taught
  first-year students algebra"), never a line of something received ("Trained as an
  apprentice", "Trained in first aid").

The term written is the ad's own words for the training and whom it is for (`taught_term`),
never a topic of the duty the line may not show ("safe working practices" of "Train new
workers in safe working practices"); where the ad names two groups, the one the line's people
are ("seasonal workers" for the students who come for the summer harvest, "junior colleagues"
for the young lads from the pool team); where no keyword names them nor the training, the ad's
own words for them ("new coachmen" of "Train and supervise new coachmen"). A school's pupils
sent on placement ("the two pupils the secondary school sends us each spring") are learners.
"""

from __future__ import annotations

import re

from cvtailor.models import Requirement
from cvtailor.text.duties.acts import AD_LEAD, own_act
from cvtailor.text.jd_terms import person_noun

# The verbs of training people.
_TRAINING_VERBS = "train|coach|mentor|induct|onboard|teach|instruct|precept|orient"
# The ad's training verbs, at the head of a duty ("Train and supervise ...", "You will also
# mentor ...", "Lead the induction of ...", "take care of the onboarding of ...").
_AD_TRAINING = re.compile(
    # (after what the sentence opens on: "Off the line, you will run the induction of ...")
    rf"^(?:[\w'’ -]{{1,40}},\s+(?=you\b))?{AD_LEAD}"
    # ("Introduce new employees to the mill": whom it introduces must be newcomers)
    rf"(?:(?:\w+\s+and\s+)?(?:{_TRAINING_VERBS}|guide|introduce)\b|"
    r"(?:lead|run|carry\s+out|take\s+(?:care|charge)\s+of|organise|organize|coordinate|"
    r"handle|manage)\s+(?:the\s+)?(?:induction|onboarding)\b|"
    r"(?:give|provide|deliver|offer)\s+(?:[\w-]+\s+)?training\s+(?:to|for)\b|"
    rf"(?:\w+\s+)?(?:and|,)\s+(?:{_TRAINING_VERBS})(?:ing)?\b|"
    # "Supervise, train and support junior staff" (not "Recruit, onboard and train ...": the
    # recruiting is the ad's too)
    rf"(?:supervise|support|lead|manage|guide),\s+(?:{_TRAINING_VERBS})(?:ing)?\b|"
    # "the mentoring of new technicians", "Onboarding and coaching of new colleagues"
    r"(?:the\s+)?(?:mentoring|coaching|training|induction|onboarding)\s+(?:of|and)\b)",
    re.IGNORECASE)
# People a workplace takes on, as an ad names them.
_AD_NEW = re.compile(
    r"\b(?:apprentices?|trainees?|interns?|learners|recruits|starters|"
    r"(?:new(?:ly[\s-]hired|ly\s+(?:registered|recruited|qualified|appointed)|er)?|"
    r"recently\s+(?:hired|recruited|qualified|appointed))\s+(?:[\w-]+\s+){0,2}?(?P<new>[\w-]+)|"
    r"junior\s+(?:[\w-]+\s+){0,2}?(?P<junior>[\w-]+)|"
    # "novice strippers", "graduate geologists", "volunteer presenters": people taken on
    r"(?:novice|graduate|volunteer)\s+(?:[\w-]+\s+){0,2}?(?P<novice>[\w-]+)|novices|"
    r"(?:seasonal|summer|holiday|harvest)\s+(?P<seasonal>[\w-]+)|"
    r"students?\s+(?:on\s+placement|on\s+rotation|in\s+training)|"
    r"(?:[\w-]+\s+)?students)\b",
    re.IGNORECASE)
# The people work serves, never the ones it trains.
_SERVED = frozenset((
    "patients patient customers customer clients client guests guest visitors residents "
    "members parents families children kids tenants passengers users buyers growers farmers "
    "shoppers diners callers subscribers donors audiences"
).split())
# Words for people any workplace takes on that `person_noun` does not know.
_TAKEN_ON = frozenset((
    "people staff hands helpers men women starters hires recruits lads ones colleagues team "
    "crew graduates temps part-timers operatives joiners cooks chefs guides guards aides clerks"
).split())
# A trade's people named by "-man" ("new coachmen", "the junior linesmen"), never a thing that
# ends like one ("new specimens").
_TRADESMEN = re.compile(r"(?i)[a-z]{3,}(?:man|men)")
_NOT_TRADESMEN = frozenset("specimen specimens abdomen regimen regimens acumen stamen german "
                           "germans".split())

# The line's own act of teaching, at its head.
_CV_TEACHING = own_act(
    r"show|shows|showed|shown|teach|teaches|taught|train|trains|trained|coach|coaches|"
    r"coached|mentor|mentors|mentored|induct|inducts|inducted|guide|guides|guided|"
    r"instruct|instructs|instructed|"
    r"take|takes|took|bring|brings|brought|sit|sits|sat|stand|stands|stood|stay|stays|stayed|"
    r"keep|keeps|kept|(?:pair|pairs|paired)\s+with|have|has|had|spend|spends|spent|"
    # "Work alongside the new starters until they can run the press alone", "Buddy up with ..."
    r"(?:work|works|worked)\s+(?:alongside|beside|next\s+to|with)|"
    r"(?:buddy|buddies|buddied)\s+(?:up\s+)?with|"
    # "Explain to the new starters how the press is set", "Let the trainees ... under my eye"
    r"(?:explain|explains|explained)\s+to|let|lets|"
    r"walk|walks|walked|ride|rides|rode|host|hosts|hosted|look\s+after|looked\s+after|"
    r"looks\s+after")
# What makes a verb of going along ("Take", "Sit", "Keep") an act of teaching.
_TEACHING_HOW = re.compile(
    r"\b(?:show|shows|showed|showing|teach|teaches|taught|teaching|train|trained|training|"
    r"coach\w*|mentor\w*|instruct\w*|how\s+to|learn|with\s+me|beside|next\s+to|under\s+my\s+wing|"
    r"^(?:explain|explains|explained)\s+to\b[^.;]{1,60}?\bhow\b|"
    r"alongside\s+me|s(?:it|its|at|tand|tands|tood)\s+with|until\s+they\s+can|"
    r"under\s+my\s+eye)\b|"
    # "Take the first-season guides down in an empty raft and make them swim every rapid":
    # going with them and having them do it
    r"^(?:take|takes|took)\b.*\b(?:make|made|let|have|had)\s+them\s+[a-z]+|"
    # "Take the new lads on the truck for their first months, start them on the hind feet":
    # going with them and setting them to the work a piece at a time
    r"^(?:take|takes|took)\b.*\b(?:start|starts|started|put|puts)\s+them\s+on\b|"
    # "Walk each person who joins through the egg room", "Rode along with 3 new officers",
    # "Take recently hired colleagues along on my round": going with them as they learn
    # "Take the summer temps through start-up and the alarms", "Take the inspectors who have
    # just joined onto my lane for their first month"
    r"^(?:walk|walks|walked|take|takes|took)\b.*\bthrough\b|"
    r"^(?:ride|rides|rode|take|takes|took)\b.*\b(?:along|(?:onto|on\s+to|into)\s+my)\b",
    re.IGNORECASE)
# A received or watched training, not given: "Trained as an apprentice", "Trained in first
# aid", "Trained at the vocational school".
_RECEIVED = re.compile(
    r"^(?:trained|taught|shown|coached|mentored|instructed)\s+(?:as|in|at|on\s+(?:a|an|the)\s+"
    r"course|by|with|under|for)\b|"
    r"\b(?:was|were|been|being|got)\s+(?:shown|taught|trained|coached|instructed)\b",
    re.IGNORECASE)
# People new to the workplace, as a CV says it: learners (on a scheme or a placement), new
# staff, or words for either ("school leavers", "youngsters", "the young lads").
_CV_LEARNERS = re.compile(
    r"\b(?:trainees?|apprentices?|learners?|interns?|"
    r"(?:students?|pupils?)\s+(?:on\s+(?:work\s+)?(?:placement|rotation)|from)|"
    r"(?:placement|work[\s-]study|learning\s+contracts?|learner\s+scheme|on\s+placement|"
    r"on\s+rotation)|"
    # the country's own word for its apprentices: "our two Lehrlinge", "the Azubis"
    r"lehrlinge?n?|azubis?|auszubildenden?|lernenden?|apprentis|leerlingen|"
    r"l[æä]rling(?:e|er|ar)?|"
    # "the first-year lads", "the Lernende in their second year": a year of their training
    r"(?:first|second|third|fourth)[\s-]year\s+(?P<year>[\w-]+)|"
    r"in\s+(?:their|her|his)\s+(?:first|second|third|fourth)\s+year|"
    r"apprendisti|aprendices|"
    # "the two pupils the secondary school sends us each spring": a school's pupils on placement
    r"(?:students?|pupils?)\s+(?:(?:that|whom)\s+)?(?:the|our|a)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:school|college)\s+(?:sends?|sent)\s+(?:us|me)|"
    # "the newcomers from the vocational school", "from the art school"
    r"from\s+the\s+(?:[\w-]+\s+){1,2}?(?:school|college|academy|institute|polytechnic))\b",
    re.IGNORECASE)
_CV_NEW_STAFF = re.compile(
    r"\b(?:newcomers?|new\s+starters?|new\s+hires?|"
    r"new(?:ly[\s-]hired|er|est)?\s+(?:[\w-]+\s+){0,2}?(?P<new>[\w-]+)|"
    r"recently\s+hired|(?:latest|newest|recent)\s+recruits?|recruits|"
    r"(?:seasonal|summer|holiday|campaign|harvest)\s+(?:[\w-]+\s+)?(?:staff|workers|hands|"
    r"helpers|temps|pickers)|"
    r"(?:who|that)\s+(?:joins?|joined|(?:have|has)\s+just\s+joined|come\s+(?:for|to|each|"
    r"every))|"
    r"(?:we|I)\s+(?:take|took|hire|hired|taken)\s+on|"
    # "the extra hands taken on for the December rush", "the first-season guides"
    r"(?:taken|brought|hired)\s+on\s+for\b|first[\s-]season\s+(?P<season>[\w-]+)|"
    r"hired\s+for\s+(?:each|the|every)\s+(?:season|campaign|summer|harvest)|"
    r"(?:their|his|her)\s+first\s+(?:(?:two|three|four|few|\d+)\s+)?(?:day|days|week|weeks|"
    r"fortnight|month|months|shift|shifts|night|nights|expedition|ships?|tours?|rounds?|"
    r"jobs?))\b",
    re.IGNORECASE)
_CV_EITHER = re.compile(
    r"\b(?:school[\s-]?leavers?|youngsters|lads?|boys|juniors?|"
    # "the students who help us in the summer holidays", "the summer trainees": learners the
    # workplace takes on for its season (the summer's students are a school's learners)
    r"(?:students|pupils)\s+(?:who|that)\s+(?:help|helps|join|joins|work|works)\s+"
    r"(?:us|with\s+us|for\s+us)|"
    r"(?:summer|holiday|seasonal)\s+(?:trainees|apprentices|interns|students)|"
    r"young\s+(?:[\w-]+\s+){0,2}?(?P<young>[\w-]+))\b",
    re.IGNORECASE)

LEARNERS, NEW_STAFF, JUNIORS = "learners", "new staff", "juniors"
# "trainee guides", "trainee drivers": a trade's people in training.
_TRAINEE_TRADE = re.compile(r"(?i)trainee\s+(?!(?:scheme|programme|program|course|contract)s?\b)"
                            r"[a-z][\w-]+")
# The assistant a line names, a junior of the trade: "our assistant", "my two assistants".
_CV_ASSISTANT = re.compile(r"(?i)\b(?:our|my|the)\s+(?:(?:two|three|new|young)\s+)?"
                           r"assistants?\b")


def _ad_kinds(text: str) -> set[str]:
    """Whom an ad's words say are trained: learners ("apprentices", "students on
    placement"), new staff ("new starters", "newly hired cashiers"), or either ("junior
    assayers")."""
    kinds: set[str] = set()
    for m in _AD_NEW.finditer(text):
        if not _people(m, "new", "junior", "novice", "seasonal"):
            continue
        if m.group("junior") is not None:
            # (a junior is also the assistant a line names: "Take our assistant along to
            # weddings as second shooter")
            kinds |= {LEARNERS, NEW_STAFF, JUNIORS}
        elif m.group("novice") is not None or m.group(0).lower() == "novices" \
                or _TRAINEE_TRADE.match(m.string, m.start()):
            # ("trainee guides": people new to the trade they are trained in)
            kinds |= {LEARNERS, NEW_STAFF}
        elif re.match(r"(?i)apprentice|trainee|intern|learner|student|[\w-]+\s+students",
                      m.group(0)):
            kinds.add(LEARNERS)
        else:
            kinds.add(NEW_STAFF)
    return kinds


def _line_kinds(text: str) -> set[str]:
    """Whom a CV line says the person taught (as `_ad_kinds`)."""
    kinds: set[str] = set()
    if any(_people(m, "year") and not _school_year(m) for m in _CV_LEARNERS.finditer(text)):
        kinds.add(LEARNERS)
    if any(_people(m, "new", "season") and not _served_first(m)
           for m in _CV_NEW_STAFF.finditer(text)):
        kinds.add(NEW_STAFF)
    if any(_people(m, "young") for m in _CV_EITHER.finditer(text)):
        kinds |= {LEARNERS, NEW_STAFF}
    if _CV_ASSISTANT.search(text):
        kinds.add(JUNIORS)
    return kinds


# The pupils a school year is of: "first-year students" are taught as the job's own work.
_PUPILS = frozenset("students student pupil pupils undergraduates children kids class classes"
                    .split())


def _school_year(m: re.Match[str]) -> bool:
    """A year of training said of a school's pupils, not of a workplace's learners: "Taught
    first-year students algebra", "Show the students in their second year ..."."""
    if "year" not in m.group(0).lower():
        return False
    near = re.findall(r"[\w-]+", m.string[:m.start()])[-3:] + re.findall(r"[\w-]+", m.group(0))
    return any(w.lower() in _PUPILS for w in near)


def _served_first(m: re.Match[str]) -> bool:
    """A "their first week" whose people the line named before as those the work serves:
    "Show new customers around the shop in their first week"."""
    return m.group(0).lower().startswith(("their", "his", "her")) and any(
        w.lower() in _SERVED for w in re.findall(r"[\w-]+", m.string[:m.start()]))


def trains_newcomers(req: Requirement) -> bool:
    """The ad's duty is training people a workplace takes on (see the module doc)."""
    return _AD_TRAINING.search(req.text.strip()) is not None and bool(_ad_kinds(req.text))


def teaches_newcomers(line: str) -> bool:
    """The CV line is the person teaching people new to their workplace (see the module
    doc)."""
    text = line.strip()
    return _CV_TEACHING.match(text) is not None and not _RECEIVED.search(text) \
        and _TEACHING_HOW.search(text) is not None and bool(_line_kinds(text))


def _people(m: re.Match[str], *groups: str) -> bool:
    """A match of newcomers that names people and not the people the work serves ("new
    patients"), nor a new thing ("new equipment")."""
    before = re.findall(r"[\w-]+", m.string[:m.start()])[-3:]  # "customers who join"
    if any(w.lower() in _SERVED for w in before):
        return False
    for group in groups:
        word = m.group(group)
        if word is None:
            continue
        # the noun the words after "new" run up to: "new operators", "new medical
        # assistants", "newly hired desk adjusters", "new farm workers"
        words = [word]
        for after in re.findall(r"[\w-]+", m.string[m.end(group):])[:2]:
            if after.lower() in _PHRASE_ENDS:
                break
            words.append(after)
        # people after "new" ("new operators", "junior team members"; "each new helper"), or
        # the head the words run up to past the served naming their work: "technicians" of
        # "new patient care technicians", never "patients" of "new patients how to ..."
        heads = [w for w in words if w.lower() in _SERVED or any(
            person_noun(x) or x.lower() in _TAKEN_ON
            or (_TRADESMEN.fullmatch(x) is not None and x.lower() not in _NOT_TRADESMEN)
            for x in (w, w if w.lower().endswith("s") else w + "s"))]
        return bool(heads) and ((heads[0] == word and word.lower() not in _SERVED)
                                or heads[-1].lower() not in _SERVED)
    return not any(w.lower() in _SERVED for w in re.findall(r"[\w-]+", m.group(0)))


# Words that end a noun phrase: "new equipment for operators" names no people.
_PHRASE_ENDS = frozenset("and or of for to in on at with from by the a an who that".split())


_TRAINING_WORD = re.compile(rf"\b(?:{_TRAINING_VERBS}|guid|introduc)\w*\b", re.IGNORECASE)
# The training's own name, after the verb that gives it: "Give on-the-job training".
_TRAINING_NAME = re.compile(
    r"(?:(?:give|gives|giving|provide|providing|deliver|delivering|offer|offering)\s+)?"
    r"((?:on[\s-]the[\s-]job|hands[\s-]on|practical|in[\s-]house)\s+training)",
    re.IGNORECASE)


def taught_term(req: Requirement, line: str) -> str | None:
    """The ad's term a line of teaching newcomers shows, or None when the line does not
    teach whom the duty trains ("Train new employees" is not shown by teaching students on
    placement): the first keyword that names whom the line taught ("apprentices", "coaching
    new starters"), else one that names only the training ("mentor", "induction"). Never a
    topic the duty names beside ("safe working practices" of "Train new workers in safe
    working practices")."""
    if not trains_newcomers(req) or not teaches_newcomers(line):
        return None
    taught = _line_kinds(line)
    if not _ad_kinds(req.text) & taught:
        return None
    text = req.text.lower()
    named = [k for k in req.keywords if _ad_kinds(k) or _named_after(k, req.text)]
    # whom the line taught, when the ad names them among others: the summer's students are its
    # "seasonal workers", the young lads its "junior colleagues" (not "new operators", not
    # "trainees")
    named.sort(key=lambda k: not any(ad.search(k) and cv.search(line)
                                     for ad, cv in _NAMED_ALIKE))
    for keyword in named:
        if (_ad_kinds(keyword) or _named_after(keyword, req.text)) & taught and all(
                w in text for w in re.findall(r"[a-z][\w-]*", keyword.lower())
                if not _TRAINING_WORD.fullmatch(w)):
            return keyword
    # the ad's words for whom it trains are not whom the line taught: only the training's own
    # name ("Give on-the-job training to new operators and apprentices")
    for keyword in req.keywords:
        if ((_TRAINING_WORD.fullmatch(keyword.strip())
             and not _TRADESMEN.fullmatch(keyword.strip())) or re.fullmatch(
                r"(?i)(?:induction|onboarding)(?:\s+of\s+[\w\s-]+)?", keyword.strip())):
            return keyword
        training = _TRAINING_NAME.fullmatch(keyword.strip())
        if training:
            return training.group(1)
    # no keyword names them nor the training: the ad's own words for them ("new coachmen" of
    # "Train and supervise new coachmen")
    for m in _AD_NEW.finditer(req.text):
        if _people(m, "new", "junior", "novice", "seasonal") and _ad_kinds(m.group(0)) & taught:
            return m.group(0)
    return None


# An ad's word for some of the people it trains, and a line's word for the same people.
_NAMED_ALIKE = (
    (re.compile(r"(?i)\b(?:seasonal|summer|holiday|harvest)\b"),
     re.compile(r"(?i)\b(?:seasonal|season|summer|holidays?|harvest|campaign|spring|autumn|"
                r"(?:July|August|December)|taken\s+on\s+for)\b")),
    (re.compile(r"(?i)\bjunior\b"), re.compile(r"(?i)\b(?:young|youngsters|juniors?)\b")),
)


def _named_after(keyword: str, text: str) -> set[str]:
    """Whom the ad names by `keyword` in brackets after its own word for them: "the trainees
    (Azubis)" gives learners for "Azubis"."""
    kinds: set[str] = set()
    for m in _AD_NEW.finditer(text):
        if re.match(rf"\s*\(\s*{re.escape(keyword.strip())}\s*\)", text[m.end():],
                    re.IGNORECASE):
            kinds |= _ad_kinds(m.group(0))
    return kinds


def trained_people(term: str, line: str) -> bool:
    """`term` names people a workplace takes on ("apprentices", "new starters") and `line`
    teaches such people: the term is written as training them ("training apprentices"), not
    as people worked with."""
    return bool(_ad_kinds(term) & _line_kinds(line)) and teaches_newcomers(line)


def trained_as(term: str, line: str) -> str | None:
    """`term` as a line that teaches such people says it (`trained_people`): "training
    apprentices" for "Apprentices" (the capital is the ad's sentence's, not a name's); None
    where the line teaches none of them. The writer leads or ends the line with it, and the
    fabrication check takes it as attested with the term (nodes/qa_item)."""
    if not trained_people(term, line):
        return None
    return f"training {term[:1].lower() + term[1:] if term[1:2].islower() else term}"
