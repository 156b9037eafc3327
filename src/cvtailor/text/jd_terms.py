"""The terms a recruiter would search for in a requirement or duty, and duties cut apart.

General English, no list of any profession's words:

- `key_phrases`: runs of content words, cut at punctuation, function words (prepositions,
  determiners, pronouns, time and frequency words, common adverbs) and verbs. A verb is a word
  after a subject or a modal ("you'll *follow* lockout/tagout", "able to *read* drawings") or
  a duty verb leading a clause ("*Partnering* with subject matter experts"). English noun
  phrases end on their head, so a long run keeps its last words ("run executive business
  reviews" -> "executive business reviews"), and "<something> experience" stays whole
  ("purchasing experience"), the way ads and searches say it.
- `duty_cuts`: where a clause lists separate duties, each led by its own verb ("you'll own
  renewals end to end, work with account executives on expansion, and run executive business
  reviews"), so each duty becomes its own statement with its own terms.
"""

from __future__ import annotations

import re

from cvtailor.text.cvtext import clean_inline
from cvtailor.text.lexicon import (
    adjective,
    base_verb,
    common_word,
    only_adjective,
    only_verb_form,
    verb_form,
)
from cvtailor.text.places import NEW_PLACES, PLACE_SHORT_WORDS
from cvtailor.text.wordforms import ACRONYM, stem

__all__ = [
    "ACRONYM",
    "ACTION_ENDINGS",
    "BRINGING_ON",
    "DETERMINERS",
    "DUTY_VERBS",
    "FUNCTION_WORDS",
    "GENERIC_NOUNS",
    "LEAD_VERBS",
    "NOUN_VERBS",
    "NUMBER_WORDS",
    "OBJECT_OPENERS",
    "PARTICLES",
    "PREPOSITIONS",
    "QUALIFICATION_TERM",
    "ROLE_NOUNS",
    "TITLE_GRANTED",
    "TOOL_KINDS",
    "YOU_WILL",
    "asked_to_be",
    "bare_activity",
    "clause_part",
    "content_stems",
    "directed_people",
    "duty_cuts",
    "fragment",
    "generic",
    "is_duty_verb",
    "key_phrases",
    "lone_noun",
    "opens_on",
    "person_noun",
    "rank_terms",
    "role_named",
    "skill_verb",
    "top_level",
    "weak_term",
    "without_verb_pair",
]

# The kinds of tool an ad names a product or a practice's tool by ("Toniq dispensing
# software", "a stock control system"): a regular expression's alternatives.
TOOL_KINDS = r"software|systems?|platforms?|apps?|applications?|packages?|tools?"

# Prepositions, determiners, pronouns, conjunctions, auxiliaries, time/frequency words and
# common adverbs and adjectives of ads: never part of a term, always a break between terms.
FUNCTION_WORDS = frozenset((
    "about above across after against along among around at before behind below beneath "
    "beside besides between beyond by despite down during except for from inside into near "
    "off onto out outside over past since through throughout till toward towards under "
    "underneath until unto up upon versus via within without per amid alongside "
    # "allocating patients and staff according to acuity": "according to" is a preposition
    "according "
    "a an the this that these those each every either neither some any no none all both few "
    "many much most more less least several such own same other another "
    "i me my mine we us our ours you your yours he him his she her hers it its they them "
    "their theirs who whom whose which what where when why how whoever whatever "
    "and or but nor so yet if then than though although because while whereas unless whether "
    "not "
    "is am are was were be been being do does did done have has had having will would shall "
    "should can cannot could may might must ought let lets "
    "day days week weeks month months year years annually "
    # "the dock is clear for the morning": when, no term ("night shift" is one, and so are
    # "early mornings", hours a job asks for)
    "morning afternoon evening "
    "quarter today tomorrow often always usually sometimes never ever once twice "
    "again already still soon now just also too very really quite rather especially "
    "particularly ideally mostly mainly primarily closely directly regularly quickly early "
    "late end ends straight together alone even only well plus etc "
    # "(e.g. Doc Palmer, Marshall Institute)": what introduces examples is none of them
    "e.g. i.e. eg ie "
    "someone somebody anyone anybody everyone everybody something anything everything thing "
    "myself yourself yourselves ourselves themselves itself himself herself "
    "afterwards afterward beforehand meanwhile thereafter sure here there "
    "things way ways lot lots kind kinds part parts bit "
    "looking seeking want wants wanted love like likes need needs needed able ability "
    "comfortable confident eager happy keen willing current currently new existing "
    "strong solid proven excellent good great deep broad sound basic advanced relevant "
    "thorough substantial extensive considerable significant demonstrable demonstrated fluent "
    "related similar equivalent various multiple ideal preferred required particular specific "
    "certain middle position opportunity candidate candidates applicant applicants "
    "include includes including better long "
).split())

# Plain verbs of checking, cleaning, receiving and handing on: each starts a duty of its own
# ("..., verify assets and reserves", "..., draw single-line diagrams") and leads no term.
_PLAIN_VERBS = (
    "assign certify demolish disinfect dismantle draw enforce erect excavate greet hoist notify "
    "receive replace replenish sanitise sanitize tune unload verify wash witness wrap "
    # and of standing in, stocking and handing in ("You will represent validation during HPRA
    # and FDA inspections and train ...": two duties)
    "represent restock rotate submit undertake upload weigh")

# Verbs that lead a duty or a requirement ("Build ...", "you'll own ...", "Partnering with").
DUTY_VERBS = frozenset((
    "act administer advise advocate analyse analyze answer apply approve architect assess "
    "assist attend audit automate balance be book bring build buy champion check choose "
    "clean close coach code collaborate communicate complete conduct configure consult "
    "contribute control coordinate count create debug define deliver deploy design develop "
    "diagnose direct do document draft drive educate edit ensure escalate establish evaluate "
    "explain facilitate file find fix follow get give grow guide handle help hire hold "
    "identify implement improve inspect install integrate interpret investigate join keep "
    "lead learn lift load maintain make manage measure meet mentor migrate model monitor "
    "negotiate operate optimise optimize order organise organize oversee own partner "
    "participate perform photograph plan post prepare present prioritise prioritize process "
    "produce "
    "program provide publish read recommend reconcile record recruit refactor repair report "
    "research resolve respond retain review run scale schedule screen sell serve set ship shape "
    "solve source speak supervise support take teach test track train translate travel "
    "treat troubleshoot turn update use validate visit walk work write "
    # the trades' hands-on verbs ("Cut and bevel steel", "Fit up and tack assemblies")
    "assemble bake bend cut dig drill fabricate fit grind lay mix mow paint pour prune sweep "
    "weld "
    # verbs of handing on and sorting out ("..., and send rehearsal reports to the teams")
    "send arrange allocate calculate collect compile issue "
    # and of instructing and skilled care ("liaise with the AHJ", "triage calls")
    "calibrate delegate induct instruct irrigate liaise overhaul sterilise sterilize triage "
    "appraise introduce motivate onboard procure move "
    # and of standing in for a post ("Deputise for the Team Manager")
    "deputise deputize "
    + _PLAIN_VERBS
).split())

# The verbs a duty bullet's terms never start on ("Build home exercise programs"); a verb
# that names the skill itself ("Negotiate multi-year contracts", "Supervise analysts") is
# what a recruiter searches for, so it is not among them.
LEAD_VERBS = frozenset((
    "act advocate analyse analyze architect assist automate be bring build champion close "
    "collaborate communicate complete conduct contribute coordinate create define deliver "
    "deploy design develop do drive educate ensure establish evaluate facilitate find get grow "
    "guarantee safeguard uphold "
    "guide handle help identify implement improve inspect install integrate investigate keep "
    "launch lead maintain make manage measure migrate monitor operate optimise optimize "
    "organise organize own oversee participate perform plan prepare present provide report "
    "research resolve respond review run scale see serve set ship shape stay support take "
    "teach track train treat troubleshoot turn update work write adjust "
    # verbs that only say the work is done ("Answer plan-review comments", "Check roof
    # framing", "Attend site meetings")
    "answer attend carry check publish retain " + _PLAIN_VERBS
).split())
# Verbs a duty opens on that few names open on ("Record downtime", "Control head rice", "Read
# mechanical drawings"), and the places and things they do lead ("control room", "record
# card").
_DOING_FIRST = frozenset("record control file issue schedule read order chase book".split())
_DONE_AT = frozenset("room rooms panel panels card cards centre center tower system systems "
                     "plan plans chart charts".split())
# A word after one of these is a verb ("you'll follow", "able to read", "we use").
_SUBJECTS = frozenset((
    "you you'll you'd you've we we'll i i'll they will would shall should can could may "
    "might must to"
).split())
_NOT_ADVERBS = frozenset("supply apply reply comply multiply assembly family anomaly monopoly "
                         "italy rally ally".split())
_WORD = re.compile(r"[^\W_](?:[^\W_]|[+#&./'-])*")
_SPLIT = re.compile(r"[,;:()\[\]]|\s[-–—]\s")
MAX_WORDS = 3


def is_duty_verb(word: str) -> bool:
    """Whether a word is a duty verb in any of its forms (own, owns, owning, owned)."""
    w = word.lower().strip(",.")
    if w in DUTY_VERBS or _IRREGULAR.get(w, "") in DUTY_VERBS:
        return True
    for suffix, repl in (("ies", "y"), ("es", ""), ("s", ""), ("ing", ""), ("ing", "e"),
                         ("ed", ""), ("ed", "e"), ("d", "")):
        if w.endswith(suffix) and len(w) > len(suffix) + 2:
            base = w[: -len(suffix)] + repl
            if base in DUTY_VERBS:
                return True
            if suffix in ("ing", "ed") and len(base) > 3 and base[-1] == base[-2] \
                    and base[:-1] in DUTY_VERBS:  # planning, mapped
                return True
    return False


# -ly adverbs shorter than six letters (not "daily", "early", "tally", "dolly")
_SHORT_ADVERBS = frozenset("fully newly truly badly duly oddly".split())


def _adverb(word: str) -> bool:
    """"newly", "actually", "closely", "fully": an -ly adverb (not "supply", "assembly",
    "family")."""
    return (len(word) >= 6 and word.endswith("ly") and word not in _NOT_ADVERBS) \
        or word in _SHORT_ADVERBS


def _modifies(following: list[str]) -> bool:
    """An adverb followed by these words grades the adjective of a noun phrase ("critically
    ill patients", "statistically significant results"): the next word is a plain content
    word (no verb nor gerund: "closely with", "constantly improving processes") or a
    participle ("locally delivered antimicrobials"), and a content word follows it."""
    if len(following) < 2:
        return False
    adj, noun = following
    plain = [w for w in following if w not in FUNCTION_WORDS and not _adverb(w)
             and re.search(r"[a-z]", w)]
    if len(plain) < 2 or noun in NUMBER_WORDS:
        return False
    if adj.endswith("ed") or adj in _IRREGULAR:
        # "locally delivered antimicrobials", "newly signed customers", "a fully stocked van":
        # the participle is kept as the noun's modifier, and so is what says how it was done
        # ("delivered antimicrobials" is half a term)
        return noun.replace("-", "").isalpha() and not is_duty_verb(noun) \
            and not noun.endswith(("ed", "ing"))
    return not is_duty_verb(adj) and not adj.endswith("ing")


def _gerund(word: str) -> bool:
    return word.lower().endswith("ing") and is_duty_verb(word)


_VERB_PAIR = re.compile(r"\s*((?:[A-Za-z]+,\s+)*[A-Za-z]+),?\s+(?:and|or|&)\s+([A-Za-z]+)\s+")


def without_verb_pair(text: str) -> str:
    """A duty without the verbs that lead it: "Post and review journal entries" -> "journal
    entries", "Recruit, develop and retain store managers" -> "store managers"; any other
    text as it is."""
    paired = _VERB_PAIR.match(text)
    if paired and all(is_duty_verb(v) for v in re.split(r",\s+", paired.group(1))) \
            and is_duty_verb(paired.group(2)):
        return text[paired.end():]
    return text


# Compounds of "X to Y" that ads write with or without hyphens ("return to work interviews",
# "day to day running", "face to face training"): one word of a term, never "to" between two
_TO_COMPOUND = re.compile(r"\b(?:return|back|day|face|end|one|peer|door|person|point|"
                          r"business|cradle|nose|shoulder)\s+to\s+(?:work|day|face|end|one|"
                          r"peer|door|person|point|business|grave|tail|shoulder)\b"
                          # before what it describes: "Day to day you'll ..." is when
                          r"(?=\s+(?!(?:you|we|i|they|he|she|it|the|a|an|and|or|to|of|in|on|"
                          r"with|for|at|by|is|are|was|be|will)\b)[a-z])"
                          # English compounds of two nouns joined by "of" whose first noun says
                          # nothing alone ("the main point of contact", "chain of custody")
                          r"|\b(?:point\s+of\s+(?:contact|care|sale|entry)|chain\s+of\s+custody|"
                          r"scope\s+of\s+work|statement\s+of\s+work|programme\s+of\s+work|"
                          r"bill\s+of\s+lading|permits?\s+to\s+work)\b"
                          # a name of two capitalised words joined by "to", inside a sentence
                          # ("coordinate our Learn to Swim program")
                          r"|(?-i:(?<=[a-z,] )[A-Z][a-z]+\s+to\s+[A-Z][a-z]+)\b(?=\s+[a-z])",
                          re.IGNORECASE)


# A measure: what is counted per what ("moves per hour", "cost per mile", "sales per labor
# hour"), not a count ("1-2 critically ill patients per shift", `_counted`).
_MEASURE = re.compile(
    r"\b(?!(?:and|or|the|a|an|of|in|on|to|for|at|by|with|rate|paid|spent)\b)[a-z]{3,}\s+per\s+"
    r"(?:labou?r\s+)?(?:hour|shift|day|week|month|unit|mile|kilo|kg|tonne|ton|square\s+"
    r"met(?:re|er)|run|part|inch|hectare|acre|order|repair\s+order|(?:occupied\s+)?room|"
    r"patient|head|case|pallet|load|trip|visit|employee|batch|cover|seat|lift|vessel|call)\b",
    re.IGNORECASE)


def _counted(text: str, at: int) -> bool:
    """A number comes within the two words before `at` ("2-3 shifts per week", "1–2 critically
    ill patients per shift"): what follows is a count, no measure."""
    return re.search(r"\d\s+(?:[A-Za-z-]+\s+){0,2}$", text[:at]) is not None


# Read as one word: a grade's letter after its kind ("CPR Level C", "Class B"; not a roman
# numeral: "Level I & II"), and the set phrases below.
_SET_PHRASE = re.compile(r"\b(?:Level|Class|Grade|Category)\s+[A-H](?![\w-])|"
                         # a kitchen's French titles: "de" is no stop word in them
                         r"\bChef\s+de\s+(?:Partie|Cuisine|Rang)\b|"
                         # a cue word that is the practice's own noun: "proficiency testing",
                         # "knowledge transfer" (not "proficiency in", "knowledge of")
                         r"\b(?:[Pp]roficiency\s+(?:testing|tests?|schemes?)|"
                         r"[Kk]nowledge\s+(?:transfer|sharing|management|bases?)|"
                         # the stock a trade keeps, no "part" of anything
                         r"[Ss]pare\s+parts?|"
                         # sharing out the work, whose object alone is too general a word:
                         # "assign tasks", "allocate work"
                         r"(?:[Aa]ssign|[Aa]llocat|[Dd]istribut|[Dd]elegat)(?:e|es|ing)?\s+"
                         r"(?:tasks|jobs|duties|work(?=\s*(?:$|[,.;:]|\s(?:to|among|across|"
                         r"between|for|and|in|on|at|each|every)\b)))(?![\w-]))\b")
# "outside" naming a kind of work, not where or when it is done: "run outside broadcasts",
# "manage outside catering" ("outside office hours", "outside the UK" keep it a preposition:
# `_outside_kind`)
_OUTSIDE = re.compile(r"(?<![\w-])[Oo]utside\s+([a-z][a-z-]*)(?![\w'-])")


def _outside_kind(m: re.Match[str]) -> bool:
    """The "outside" of an `_OUTSIDE` match is part of the thing it names: not when a function
    word or a preposition follows it ("outside the UK"), nor hours within two words ("outside
    office hours", "outside peak hours")."""
    after = m.group(1)
    return after not in FUNCTION_WORDS | PREPOSITIONS \
        and re.match(r"\s+(?:[a-z-]+\s+)?hours?\b", m.string[m.end():]) is None


# How the person gets to the work: "access to a vehicle", "own transport", "reliable
# transportation" ("access" and "vehicle" apart are no terms).
_GETS_THERE = re.compile(r"\b(?:access to an?|own|reliable)\s+"
                         r"(?:(?:reliable|roadworthy|insured)\s+)?"
                         r"(?:vehicle|car|transport(?:ation)?)\b", re.IGNORECASE)


def key_phrases(text: str, stop: frozenset[str] | set[str] = frozenset(),
                limit: int = 3, duty: bool = False, gerunds: bool = True,
                occasions: bool = False) -> list[str]:
    """Salient term phrases of a requirement or duty, best first (see `_key_phrases`). An "X
    to Y" compound written without hyphens, or a measure ("moves per hour"), is read as one
    word and kept as the ad wrote it ("return to work interviews")."""
    found: list[re.Match[str]] = []
    for m in sorted((*_TO_COMPOUND.finditer(text), *_MEASURE.finditer(text),
                     *_GETS_THERE.finditer(text), *_SET_PHRASE.finditer(text),
                     *(m for m in _OUTSIDE.finditer(text) if _outside_kind(m))),
                    key=lambda m: m.start()):
        if "\n" not in m.group(0) and not (m.re is _MEASURE and _counted(text, m.start())) \
                and not (found and m.start() < found[-1].end()):  # one reading of each word
            found.append(m)
    spaced = {m.group(0).replace(" ", "-"): m.group(0) for m in found}
    if not spaced:
        return _key_phrases(text, stop, limit, duty, gerunds, occasions)
    joined = text
    for m in reversed(found):
        joined = joined[:m.start()] + m.group(0).replace(" ", "-") + joined[m.end():]
    out = []
    for phrase in _key_phrases(joined, stop, limit, duty, gerunds, occasions):
        for hyphened, written in spaced.items():
            phrase = re.sub(re.escape(hyphened), written, phrase, flags=re.IGNORECASE)
        out.append(phrase)
    return out


def _key_phrases(text: str, stop: frozenset[str] | set[str] = frozenset(),
                limit: int = 3, duty: bool = False, gerunds: bool = True,
                occasions: bool = False) -> list[str]:
    """Salient term phrases of a requirement or duty, best first (see the module doc and
    `rank_terms`). `stop` adds words that never belong to a term; a `duty` ("Build home
    exercise programs") never starts a term on its leading verbs; with `gerunds` off a leading
    gerund stays ("negotiating" is what is left of "negotiating commercial contracts" once the
    vocabulary named the contracts). The occasion of the work ("when a monitor goes dark")
    names no term of it, unless it is all the text says ("React on the day when a delivery
    window is missed": `occasions`, for a second reading)."""
    found: list[_Chunk] = []
    if duty:
        text = without_verb_pair(text)
    pieces = _SPLIT.split(_IDIOMS.sub(  # "make sure" stays a verb: what follows is a clause
        lambda m: ", ensure" if m.group(0)[:3].lower() == "mak" else ",",
        _KEEP_GOING.sub(r"\1,", clean_inline(text).replace("’", "'"))))
    aside: tuple[int, int] | None = None  # where a reason clause starts ("because ...")
    # an occasion ("when weather, maintenance or crew problems put the schedule at risk")
    # whose verb has not come yet goes on past its piece's comma
    occasion, occasion_verb = False, False
    # what a thing does ("the microcopy that guides people through sending money, scheduling
    # transfers and fixing a failed payment") goes on past a comma while its list of -ing
    # words does
    relative = False
    for n_piece, piece in enumerate(pieces):
        current: list[str] = []
        words = _WORD.findall(piece)
        lows = [w.lower() for w in words]
        first = next((w for w in lows if w not in ("and", "or")), "")
        relative = relative and first.endswith("ing")  # the list of what it does goes on
        prev, was_verb, excluded, opening = "", False, occasion or relative, True

        for i, raw in enumerate(words):
            w = raw.rstrip(".") if raw.count(".") == 1 else raw  # "U.S." keeps its dots
            low = w.lower()
            if low.endswith(("'", "’")) and low.rstrip("'’") in FUNCTION_WORDS:
                low = low.rstrip("'’")  # "5 years' experience": a time word
            short = len(w) < 3 and not (len(w) == 2 and (w.isupper() or w[0].isdigit())
                                        and w.isalnum()) \
                and not (w.isupper() and lows[i + 1:i + 2] in (["licence"], ["license"])) \
                and not (w in PLACE_SHORT_WORDS and words[i + 1:i + 2] != []
                         and words[i + 1][:1].isupper())
            # ML, BI, 3D; a licence's category ("a full D licence"); a place's "St" or "Mt"
            # ("a full St Helena driving licence")
            lead = not found and not current and n_piece == 0 and len(words) > i + 1 \
                and opening
            # "Sort and bag queen cells", "Fill and seal the drums": the word after a duty's
            # opening "verb and" shares its object, so both are verbs (not a noun of the
            # object's: "Research and development projects")
            shared_verb = duty and i == 2 and n_piece == 0 and prev == "and" \
                and (is_duty_verb(lows[0]) or base_verb(lows[0])) and base_verb(low) \
                and words[0][:1].isupper() and w.isalpha() and w.islower() \
                and i + 1 < len(lows) and lows[i + 1] not in PREPOSITIONS \
                and (lows[i + 1] not in FUNCTION_WORDS or lows[i + 1] in DETERMINERS) \
                and not _NOUN_SUFFIX.search(low) and not person_noun(low)
            if shared_verb:
                found = [c for c in found if (c.piece, c.start, c.end) != (n_piece, 0, 1)]
            verb = shared_verb or (duty and prev == "and" and third_person_again(lows, i)) or (
                prev in _SUBJECTS and is_duty_verb(low)) or (
                prev in _MODALS and re.fullmatch(r"[a-z]+", low) is not None) or (
                # "Interpret geophysics to generate drill targets": an infinitive's verb
                prev == "to" and i + 1 < len(lows) and only_verb(low)) or (
                prev in _BE and low.endswith("ing") and len(low) > 5) or (
                # "Finnish is used daily with planning": a passive's participle
                prev in _BE and low.endswith("ed") and len(low) > 3 and verb_form(low)) or (
                # "demonstrated success defining ...", "a record shipping ...": a verb
                prev in _GERUND_AFTER and _gerund(low)) or (
                prev in _PRONOUNS and low not in FUNCTION_WORDS) or (
                # "before it goes back to the customer": a thing's verb after "it" (not "IT")
                prev in ("it", "he", "she") and words[i - 1] in ("it", "he", "she")
                and low.endswith("s") and verb_form(low)) or (
                # "help the owner run our online shop": the verb the helped one does, before
                # its object's determiner
                i >= 3 and lows[i - 3] in ("help", "helps", "helping") and lows[i - 2] in DETERMINERS
                and base_verb(low) and i + 1 < len(lows) and lows[i + 1] in DETERMINERS) or (
                # "... it goes back": a verb's particle
                was_verb and low == "back") or (
                # "ready to gain one": an infinitive's verb before a pronoun object
                prev == "to" and i + 1 < len(lows) and lows[i + 1] in ("one", "it", "them")
                and base_verb(low)) or (
                # "we also cover adult safeguarding": how often or what else, between the
                # employer and what it does (what "you'll also" do is a duty, whose verb
                # may name the skill: "You'll also mediate neighbour disputes")
                prev in _BETWEEN_SUBJECT_AND_VERB and i >= 2 and lows[i - 2] in _EMPLOYER
                and low not in FUNCTION_WORDS and verb_form(low)) or (
                # ("build and update pre-incident plans": a verb after "verb and")
                was_verb and low in DUTY_VERBS and (low not in NOUN_VERBS or prev == "and")) or (
                # "train and coach", "help mentor": a verb after a verb
                lead and duty and low in LEAD_VERBS) or (
                # "..., and reduce water consumption in the beamhouse": a word the lexicon
                # knows only as a verb, in its base form, after "and" and before its object
                # (not before whom it is done to: "and allocate staff to workplaces", nor
                # before a lone noun: "and proofread documents written by others")
                duty and prev == "and" and i + 1 < len(lows) and only_verb(low)
                and not low.endswith(("ed", "en", "s", "ing"))
                and not person_noun(lows[i + 1]) and (words[i + 1][:1].isupper() or (
                    i + 2 < len(lows) and lows[i + 2].isalpha()
                    and lows[i + 2] not in FUNCTION_WORDS and lows[i + 2] not in PREPOSITIONS
                    and not lows[i + 2].endswith(("ed", "en"))))) or (
                # "... and follow up on any defects found", "... and order from the gold
                # beaters": a duty's later verb in its base form, before its particle and
                # what the particle leads, or a verb of getting before where from (not "and
                # follow-up calls", "and orders from customers")
                duty and prev == "and" and i + 2 < len(lows) and w.islower()
                and low in DUTY_VERBS and (
                    (lows[i + 1] in PARTICLES and (lows[i + 2] in FUNCTION_WORDS
                                                   or lows[i + 2] in PREPOSITIONS))
                    or (lows[i + 1] == "from" and low in _GETTING))) or (
                # "Observe trends causing issues": a duty's leading verb the lexicon knows
                # only as a verb, in its base form (not "written reports")
                lead and duty and not low.endswith(("ed", "en", "s")) and only_verb(low)) or (
                # "Give guests accurate information", "Walk customers through the plans": a
                # duty's first word the lexicon knows as a verb, done to the people after it
                # ("Coach advisors": a skill done to people is the term, `rank_terms`)
                lead and duty and i == 0 and is_duty_verb(low) and low not in NOUN_VERBS
                and low not in PEOPLE_VERBS and low not in LEAD_VERBS
                and person_noun(lows[i + 1])) or (
                # "Record downtime and its causes", "Control head rice", "File warranty
                # claims": a duty's first word that leads few names is its verb (not "Load
                # testing", "Record keeping", "Control room")
                lead and duty and i == 0 and low in _DOING_FIRST
                and not lows[i + 1].endswith("ing") and lows[i + 1] not in _DONE_AT
                and words[i + 1].islower()) or (
                gerunds and lead and i == 0 and _gerund(low)
                and words[i + 1].lower() != "experience") or (
                # "Stepping in at the front desk", "Helping out with stocktakes": a phrasal
                # verb's -ing form, its particle before a preposition
                lead and i == 0 and low.endswith("ing") and i + 2 < len(lows)
                and lows[i + 1] in PARTICLES and lows[i + 2] in PREPOSITIONS) or (
                # "Own the freight budget and report monthly variance": a duty's second verb,
                # before how often or its object's determiner (not "budget and report writing")
                duty and prev == "and" and n_piece == 0 and bool(lows) and is_duty_verb(lows[0])
                and low in NOUN_VERBS and i + 1 < len(lows) and lows[i + 1] in _CADENCE) or (
                # "a clear goal of getting DSO under 40 days": a generic verb's -ing form
                # after a preposition, before its object
                prev in PREPOSITIONS and bool(gerund_bases(low) & _LIGHT_VERBS)
                and i + 1 < len(lows)
                # not a name's first word ("under Making Tax Digital")
                and not (w[:1].isupper() and words[i + 1][:1].isupper()))
            modifier = _adverb(low) and not opening and prev not in _AUXILIARIES \
                and _modifies(lows[i + 1:i + 3])
            if _adverb(low) and opening:
                pass  # "Proactively source ...": a leading adverb leaves the verb leading
            elif low not in ("and", "or"):
                opening = False
            if aside is None and ((low in _ASIDE and prev not in _DECIDE) or (low == "so" and i > 0 and lows[i + 1:i + 2] and (
                    lows[i + 1] == "that" or lows[i + 1] in _ONE or lows[i + 1] in _PRONOUNS))):
                # "so that ...", "so every plan of care stays current": the purpose
                aside = (n_piece, i)
            what_it_does = low == "that" and bool(current) and i + 1 < len(lows) \
                and lows[i + 1] not in FUNCTION_WORDS and not _adjective(lows[i + 1]) \
                and prev not in FUNCTION_WORDS and prev not in _SAYS_THAT
            relative = relative or what_it_does
            if occasion and not occasion_verb and i > 0 and (
                    low in _COMMON_VERBS or third_person_verb(lows, i)
                    or (prev not in FUNCTION_WORDS and is_duty_verb(low))):
                occasion_verb = True
            if ((low in _WHEN and prev not in _DECIDE and not occasions) or what_it_does) \
                    and not excluded:
                # ("decide when an account goes to our collection agency": what is decided)
                # "... data pipelines that land source data": what the thing does, not a term
                # "tune query performance when a model gets slow", "When a monitor goes dark
                # in an ICU, ...": the occasion of the work, to the end of its clause
                _close(found, current, excluded, n_piece, i, words)
                excluded = True
                occasion, occasion_verb = low in _WHEN, False
            elif (third_person_verb(lows, i) and current and not _plural(current[-1])) or (
                    _linking(lows, i) and prev not in FUNCTION_WORDS) or (
                    current and _made_sure(lows, i)):
                # "every classroom follows Creative Curriculum", "the next engineer knows":
                # a subject and its verb; what follows is the verb's object
                _close(found, current, excluded, n_piece, i, words)
                prev, was_verb = low, True
                continue
            if low in _NOT_WANTED or (low == "rather" and lows[i + 1:i + 2] == ["than"]) or (
                    low == "instead" and lows[i + 1:i + 2] == ["of"]):
                # "without putting a launch at risk": what the job does not want
                _close(found, current, excluded, n_piece, i, words)
                excluded = True
            if (low in _STOP_NOUN_COMPOUNDS and lows[i + 1:i + 2]
                    and lows[i + 1] in _STOP_NOUN_COMPOUNDS[low]) or (
                    current and current[-1].lower() in _STOP_NOUN_COMPOUNDS
                    and low in _STOP_NOUN_COMPOUNDS[current[-1].lower()]) or (
                    current and low in _STOP_NOUN_ENDS
                    and current[-1].lower() in _STOP_NOUN_ENDS[low]):
                current.append(w)  # "work orders", "knowledge checks": not the verb "work",
                # nor the knowledge of something an ad asks for
            elif ((low in _NOUN_AFTER_NOUN and current) or low in _LEADS_A_COMPOUND
                    or (low == "open" and lows[i + 1:i + 2] and lows[i + 1] in _OPEN_COMPOUNDS)
                    or (low == "needs" and prev in _ONE)) \
                    and i + 1 < len(lows) and lows[i + 1] not in FUNCTION_WORDS \
                    and re.search(r"[a-z]", lows[i + 1]):
                current.append(w)  # "speech sound disorders", "early childhood education"
            elif w == "New" and " ".join(words[i:i + 3]).startswith(NEW_PLACES):
                current.append(w)  # "New Zealand Certificate in Pharmacy", "New South Wales
                # driver licence": the place's name, not the stop word "new"
            elif w.isdigit() and len(w) <= 2 and current and current[-1].lower() in _NUMBERED:
                current.append(w)  # "NVQ Level 3", "CISRS Part 1", "Grade 8": which one
            elif w.isdigit() and 3 <= len(w) <= 4 and current and current[-1][:1].isupper() \
                    and (len(current) > 1 or i > 1) and not re.fullmatch(r"(?:19|20)\d\d", w) \
                    and (i + 1 >= len(lows) or lows[i + 1] in _AFTER_A_NAME):
                current.append(w)  # "Studio 5000", "Dynamics 365": a product's number
            elif low == "experience" and current and all(
                    re.search(r"[a-z][A-Z]", x) or (x[:1].isupper() and n > 0)
                    or (ACRONYM.match(x) and len(x) >= 3)  # not a department: "HR experience"
                    for n, x in enumerate(current)):
                _close(found, current, excluded, n_piece, i, words)  # "ServiceTitan
                # experience", "CRRT experience": the name is the term, experience of it is
                # what is asked
            elif low == "experience" and current:
                current.append(w)  # "purchasing experience"
                _close(found, current, excluded, n_piece, i + 1, words)
            elif modifier:
                current.append(w)  # "critically ill patients": the adverb grades an adjective
            elif low in FUNCTION_WORDS or low in stop or short or verb or _adverb(low) \
                    or (low in ORDINALS and (prev in _OWNERS or prev.endswith(("'s", "’s")))) \
                    or (low in ("person", "man", "strong") and prev[:1].isdigit()) \
                    or re.fullmatch(r"\d+(?:[–-]\d+)?-(?:person|man|strong)", low) \
                    or low in NUMBER_WORDS or _CONTRACTION.match(low) or not re.search(r"[A-Za-z]", w) \
                    or (prev in _AUXILIARIES and _participle(low)) \
                    or (low in _TIME_UNITS and (prev in NUMBER_WORDS or prev[:1].isdigit()
                                                or (prev in _ONE_UNIT and not (
                                                    lows[i + 1:i + 2] and lows[i + 1] not in
                                                    FUNCTION_WORDS | PREPOSITIONS)))):
                # "within 15 minutes", "five minutes of arrival", "within a minute of
                # arrival": how long, never a term ("a day release course" is one)
                _close(found, current, excluded, n_piece, i, words)
                if verb and skill_verb(low) and not excluded:
                    found.append(_Chunk([w], n_piece, i, i + 1, words, activity=True))
            else:
                current.append(w)
            if low not in ("and", "or"):
                was_verb = bool(verb) or (was_verb and _adverb(low))
            prev = low
        _close(found, current, excluded, n_piece, len(words), words)
        occasion = occasion and not occasion_verb
    if aside is not None:  # the reason the ad gives is no term of what it asks
        found = [c for c in found if (c.piece, c.start) < aside]
    return rank_terms(_joined(found))[:limit]


# Endings of nouns, never of a base-form verb ("development", "inspection", "safety").
_NOUN_SUFFIX = re.compile(r"(?:ment|tion|sion|ness|ity|ance|ence|ship|ism|ery|ing|(?<=\w{4})al)$")


def _close(found: list[_Chunk], current: list[str], excluded: bool, piece: int, at: int,
           words: list[str]) -> None:
    """The run of content words ending before word `at` becomes a chunk (unless it is
    what the job does not want); the run starts again. An adjective that ends the run says
    how the thing should be, not which thing ("keep product data accurate", "collections
    automation next year"): English noun phrases end on their noun."""
    start, kept = at - len(current), list(current)
    while len(kept) > 1 and kept[-1].islower() and (only_adjective(kept[-1]) or (
            "-" in kept[-1] and kept[-1].endswith("ed"))  # "parts inventory right-sized"
            or kept[-1] in _LIGHT_VERBS):  # "pupils with SEND make strong progress"
        kept.pop()
    if kept and not excluded:
        found.append(_Chunk(kept, piece, start, start + len(kept), words))
    current.clear()


# What may follow a product's number ("Studio 5000 and ...", "Dynamics 365 experience"); a
# count goes on with what it counts ("Texas 300 days a year").
_AFTER_A_NAME = frozenset("and or with in on for to as experience skills knowledge".split())
_PRONOUNS = frozenset("you we i they you'll we'll i'll they'll you'd we'd".split())
# Words that stand between a pronoun and its verb ("we also cover", "we often run").
_BETWEEN_SUBJECT_AND_VERB = frozenset(
    "also often usually always sometimes regularly currently already still typically "
    "normally generally mostly occasionally".split())
_EMPLOYER = frozenset("we we'll they they'll".split())  # who "we also run night shifts" is
# Words a number after them says which one of ("Level 3", "Part 1", "Grade 8", "Stage 2").
_NUMBERED = frozenset("level part grade stage band tier module unit class category schedule"
                      .split())
# "Keep patient flow moving", "get regulated disclosures right", "keep the forklift charged":
# the thing kept going, got right or kept so is the term, not its going or being so ("get the
# right people" keeps its noun)
_KEEP_GOING = re.compile(r"\b((?:keep(?:s|ing)?|get(?:s|ting)?)\s+(?:[\w'-]+\s+){1,4}?)"
                         r"(?:moving|running|flowing|going|ticking\s+over|(?:right|[a-z]{3,}ed)(?=\s*(?:$|[,.;:)]|"
                         r"\s(?:and|together|with|for|the|every|first|on|in|at|from|so|before|by)"
                         r"\b)))\b", re.IGNORECASE)
# Idioms of ads that name no skill ("own the knowledge base from the ground up").
_IDIOMS = re.compile(r"\b(?:from the ground up|hit the ground running|on the ground|in real time|"
                     r"in plain English|at (?:the )?first point(?! of)|"
                     r"(?:from|on) day one|learn the ropes|track records?|"
                     r"wear (?:many|multiple|different|lots of) hats|"
                     r"(?:a|proven|strong|demonstrated) record of|the big picture|"
                     r"roll up (?:your|their) sleeves|mak(?:e|es|ing) sure|"
                     # UK: "must be in date" (not expired), "pass inspections first time"
                     r"in date|(?:right )?first time(?! buyers?)|"
                     # "be the person on site in charge of your team's night work", "take
                     # charge of stock management": what one answers for is the term
                     r"(?:in|take|takes|taking|took)\s+charge\s+of|"
                     # where, not what: "comfortable in front of a group" (not "front of
                     # house")
                     r"in\s+front\s+of(?!\s+house)|"
                     # "Good command of English and Mandarin": how well, not what
                     r"(?:good|strong|excellent|fluent|full|working)\s+command\s+of|"
                     # a temper, not a skill: "a calm head under pressure", "a cool head"
                     r"(?:an?\s+)?(?:calm|cool|clear|level)[\s-]head(?:ed)?|under pressure|"
                     r"(?:the\s+)?first point of contact|on the day|"
                     # who, not what: "the person who makes sure they get value"
                     r"(?:the|a)\s+(?:person|one|people)\s+(?:who|that)|"
                     # how often: "on a daily basis", "on an as-needed basis"
                     r"on an?\s+(?:[\w-]+\s+){1,2}basis|"
                     # how, not what: "handle specimens according to policy", "carry out
                     # preventive maintenance on schedule", "set the standard for service
                     # recovery" (the service recovery is the term)
                     r"(?:according to|in line with|in accordance with|as per)\s+(?:(?:our|the|"
                     r"company|hospital|local)\s+)?(?:polic(?:y|ies)|procedures?|protocols?)"
                     r"(?![\w-])|"
                     r"on (?:schedule|time|budget)(?![\w-])|"
                     # how it goes: "adjust staffing hour by hour", "step by step"
                     r"(?P<by>hour|day|week|shift|step|case|line|room|bed|site)\s+by\s+(?P=by)\b|"
                     # when: "liaise with external auditors at year-end" ("year-end close",
                     # "month-end reporting" keep their noun)
                     r"at (?:the )?(?:year|month|quarter|period)[- ]end(?=\s*(?:$|[,.;:)]|"
                     r"\s(?:and|or|with|for|to|in|on|so)\b))|"
                     r"set(?:s|ting)? the (?:standard|tone|pace|example) (?:for|on|in)|"
                     r"go(?:es|ing)? off the road)\b", re.IGNORECASE)
# Words that open a clause giving a reason or an aside about the work, not what is asked
# ("..., because our project managers price their own work", "Rippling, which we use for HR").
_ASIDE = frozenset(("because", "which"))
# Words that open the occasion of the work, not what it is ("when a monitor goes dark", "where
# the design calls for it").
_WHEN = frozenset(("when", "whenever", "where", "wherever"))
# Words of FUNCTION_WORDS that are nouns inside a compound ("speech sound disorders"), though
# adjectives elsewhere ("sound judgment").
_NOUN_AFTER_NOUN = frozenset(("sound",))
# ... and one that leads a compound before a noun ("early childhood education", "early
# intervention"), an adverb elsewhere ("identify sepsis early"); "needs" does after a
# determiner ("a needs assessment").
_LEADS_A_COMPOUND = frozenset(("early",))
# "open" leads these compounds ("open cut mining", "open pit"), where it is no verb or
# adjective of its own.
_OPEN_COMPOUNDS = frozenset("cut pit source water banking".split())
# Nouns "work" leads as a compound noun ("work orders", "a work permit", "daily work plans"),
# where it is no verb or stop word.
# Nouns an ad's stop words ("work", "knowledge") lead as the first word of a compound.
_STOP_NOUN_COMPOUNDS = {
    "work": frozenset("order orders instruction instructions permit permits package "
                      "packages schedule schedules assignment assignments allocation "
                      "allocations rota rotas roster rosters practice practices plan plans "
                      "area areas program programs programme programmes planning record "
                      "records request requests ticket tickets sheet sheets log logs pack packs "
                      # Australia's "high risk work licence" (HRWL): a licence for the work
                      "licence licences license licenses".split()),
    # "high risk work licence", "high voltage switching": a kind of work, not "high"
    "high": frozenset("risk voltage".split()),
    # "safe working practices", "working conditions": what the work is done under
    "working": frozenset("practice practices method methods condition conditions".split()),
    # "Report near misses": the safety term, not "misses" after a preposition
    "near": frozenset("miss misses".split()),
    "knowledge": frozenset("check checks base bases transfer article articles".split()),
    "field": frozenset("crew crews service sales work team teams engineer engineers technician "
                       "technicians operations staff notes data visits survey surveys trials "
                       "testing research supervisor workers".split()),
    # "Run background checks", "Manage direct reports", "well control": a word the ad's
    # phrases use otherwise ("a strong background in", "direct experience", "work well")
    # leads a compound of its own
    "background": frozenset("check checks screening screenings investigation investigations"
                            .split()),
    "direct": frozenset("report reports debit debits mail marketing".split()),
    "well": frozenset("control testing intervention interventions logging site sites pad pads "
                      "head heads".split()),
    # "Chase late payments", "reduce late deliveries" ("start late", "late shifts": when)
    "late": frozenset("payment payments delivery deliveries invoice invoices".split()),
}
# Stop words that end a compound after these nouns ("water use", "energy use"): the
# compound is the term, not the noun alone.
_STOP_NOUN_ENDS = {
    "use": frozenset("water energy land fuel power chemical pesticide antibiotic".split()),
}
# How often, or whose: what follows a duty's verb, not a noun's ("report *monthly* variance").
_CADENCE = frozenset("daily weekly monthly quarterly annual yearly the our your their all "
                     "every each".split())
_ONE = frozenset("a an the every each this that our your their its".split())  # before a subject
_ONE_THING = frozenset("a an every each this that".split())  # before a singular subject
# Words after which a verb's object does not come: a "monitors" before them is a noun
# ("patient monitors in the ICU").
_NO_OBJECT_AFTER = frozenset((
    "and or but nor in on at for to from by with of into across within under over through "
    "during via per as than"
).split())


def third_person_again(lows: list[str], i: int) -> bool:
    """A duty written in the third person ("Trains and orients new pharmacy technicians and
    documents competency assessments", "Monitors drug expiration dates and coordinates
    returns"): a word after "and" in the same -s form as its first verb, a duty verb's, before
    its object, is a verb too, not a noun of the object ("documents competency assessments")."""
    first, low = lows[0], lows[i]
    return len(first) > 3 and first.endswith("s") and not first.endswith("ss") \
        and is_duty_verb(first[:-1] if not first.endswith("es") or not is_duty_verb(first[:-2])
                         else first[:-2]) \
        and low.endswith("s") and not low.endswith("ss") and i + 1 < len(lows) \
        and lows[i + 1] not in FUNCTION_WORDS \
        and (is_duty_verb(low[:-1]) or (low.endswith("es") and is_duty_verb(low[:-2])))


def third_person_verb(lows: list[str], i: int) -> bool:
    """Whether word `i` is a verb in its -s form between a subject and what follows it
    ("classroom *follows* Creative Curriculum", "a model *gets* slow"): a duty verb that is
    not also a noun (not "reports", "checks", "controls"), or a common verb ("knows",
    "goes"), with a word after it that can start its object or complement."""
    low = lows[i]
    if i == 0 or not low.endswith("s"):
        return False
    # a subject after its determiner: "every classroom", "the next engineer"
    det = lows[i - 2] if i < 3 or lows[i - 2] in FUNCTION_WORDS else lows[i - 3]
    one = i >= 2 and det in _ONE
    if lows[i - 1] in FUNCTION_WORDS or not one:
        return False
    bases = {low[:-1], low[:-2]} if low.endswith("es") else {low[:-1]}
    if i + 1 >= len(lows):  # its object a name taken out before ("every course *meets* WCAG"),
        # after a subject one determiner says is one thing ("our two university partners":
        # a plural noun)
        return lows[i - 2] in _ONE_THING and (low in _COMMON_VERBS or only_verb(low) or any(
            b in DUTY_VERBS and b not in NOUN_VERBS for b in bases))
    if low in _COMMON_VERBS:  # "an account *goes* to our collection agency"
        return True
    if det in _ONE_THING and det != "that" and not low.endswith(("ss", "us", "is")) \
            and any(base_verb(b) for b in bases):
        # "every (cash) drawer *balances* at the end of the day": one thing's -s word is its
        # verb, for no plural heads "every", "a" or "this" (but "that" may open a clause:
        # "check that stock levels ...")
        return True
    if lows[i + 1] in _NO_OBJECT_AFTER:
        return False
    if only_verb(low):  # the lexicon: "change *protects* crew legality"
        return True
    # a determiner after it starts its object: "our team *runs* its sequences in Salesloft"
    return any(b in DUTY_VERBS and (b not in NOUN_VERBS or lows[i + 1] in _ONE) for b in bases)


# Verbs whose "that" opens what they make sure of or check, never what a thing does ("make
# sure that occupational safety rules are followed": the rules are the term).
_SAYS_THAT = frozenset("ensure ensures ensuring check checks checking verify verifies verifying "
                       "confirm confirms confirming".split())


# People named as one group, whose verb takes no -s after "make sure" ("staff wear").
_GROUPS = frozenset("staff crew crews team teams personnel people workers everyone".split())


def _made_sure(lows: list[str], i: int) -> bool:
    """Word `i` is the verb of what a duty makes sure of, after its plural subject ("make
    sure shipments *clear* customs", "ensure trucks *leave* on time", "ensure that delivery
    notes *match* every order") or two joined by "and"
    ("make sure live call-taking and dispatch *meet* our standards", its object's determiner
    after it; not "band saws and circular saw blades"): not a term's word ("shipments clear
    customs", "dispatch meet" are no nouns)."""
    if not 2 <= i < len(lows) or lows[i].endswith("s") or not base_verb(lows[i]):
        return False
    at = next((n for n in range(i - 2, max(-1, i - 7), -1)
               if lows[n] in ("ensure", "ensures", "ensuring")), None)
    if at is None:
        return False
    subject = lows[at + 1:i]
    while len(subject) > 1 and (subject[0] in DETERMINERS or subject[0] == "all"):
        subject = subject[1:]  # "make sure all staff *wear* the right PPE"
    if len(subject) == 1:
        return _plural(subject[0]) or subject[0] in _GROUPS
    if len(subject) <= 3 and _plural(subject[-1]) and all(
            w not in FUNCTION_WORDS and w not in PREPOSITIONS for w in subject) and (
            only_verb(lows[i]) or (lows[i + 1:i + 2] != [] and lows[i + 1] in DETERMINERS)):
        return True  # "ensure that delivery notes *match* every order" (not "spare parts
        # stock is kept": a word that is also a noun is the verb only before its object's
        # determiner)
    return "and" in subject[1:-1] and lows[i + 1:i + 2] != [] and lows[i + 1] in DETERMINERS \
        and all(w in ("and", "or") or (w not in FUNCTION_WORDS and w not in PREPOSITIONS)
                for w in subject)


def _linking(lows: list[str], i: int) -> bool:
    """Word `i` is a common verb in its -s form with an adjective or "here" after it: the
    verb of a clause saying how its subject is ("technician productivity *stays* high",
    "partnership working *matters* here"), not part of a term."""
    return 0 < i < len(lows) - 1 and lows[i] in _COMMON_VERBS and lows[i].endswith("s") \
        and (lows[i + 1] in ("here", "there") or (adjective(lows[i + 1])
                                                  and not only_verb(lows[i + 1])))


PARTICLES = frozenset("in up out over down back".split())  # "step in", "help out"
# Verbs of getting, whose "from" says where from: "order from suppliers".
_GETTING = frozenset("order buy source collect".split())
# Verbs that say little of the work themselves ("of getting DSO under 40 days", "for making
# sure"): their -ing form is no activity ("building management", "tracking" are).
_LIGHT_VERBS = frozenset("get make keep take bring give put ensure".split())
_MODALS = frozenset("will would shall should can cannot could may might must".split())  # + a verb
_GERUND_AFTER = frozenset(("success", "record", "history"))  # "success defining products"
_BE = frozenset("am is are was were be been being".split())  # "are moving to": a verb
# Words after which a phrase is what the job does not want ("rather than MRO or services").
_NOT_WANTED = frozenset(("without", "except", "excluding"))


def skill_verb(word: str) -> bool:
    """A verb that names the skill itself ("coach", "mentor", "negotiate", "supervise"): a
    duty verb no duty is ever searched without (LEAD_VERBS are the generic ones)."""
    return word in DUTY_VERBS and word not in LEAD_VERBS and len(word) >= 5


# Skill verbs whose skill is what they do to people ("Supervise a team of technicians",
# "Mentor our apprentices"): one may lead a duty and still be its term.
PEOPLE_VERBS = frozenset("supervise mentor coach hire recruit".split())
# A term that asks for a qualification of some kind ("third-level qualification", "Level 3
# qualification"): held, never shown by work in its field.
QUALIFICATION_TERM = re.compile(r"\S\s+qualifications?$", re.IGNORECASE)
# The verbs of bringing people on: with whom they are done to, one term ("Mentor apprentices
# and trainees", "Train and support new team members").
BRINGING_ON = (PEOPLE_VERBS - {"hire", "recruit"}) | frozenset(
    "train teach precept induct onboard".split())
# The ad's way into a duty ("You will agree ...", "You'll run ...", "Each week you will also
# ..."): what is left starts on the duty's verb.
YOU_WILL = re.compile(r"^(?:(?:each|every|in\s+a\s+typical)\s+\w+,?\s+)?"
                      r"(?:you(?:['’]ll|\s+will|\s+shall|\s+must)|will)\s+(?:also\s+)?",
                      re.IGNORECASE)
# An activity done for the people a job brings in ("training new medical assistants",
# "onboarding new starters", "Train new operators"): "new" is a stop word, but here it joins
# the activity to whom it is for, and either half alone is no term ("medical assistants" is
# the job, "training" too general).
NEWCOMERS = r"(?:new(?:ly[\s-]hired)?|incoming|junior)"
# People a supervisor directs that `person_noun`'s agent endings miss ("a crew of 6",
# "our apprentices", "12 cooks").
_PEOPLE_DIRECTED = frozenset((
    "crew crews apprentices apprentice trainees trainee interns intern hires volunteers "
    "employees persons journeypersons agents aides cooks nurses students juniors recruits"
).split())


class _Chunk:
    """A run of content words of one piece of text, with where it sits."""

    def __init__(self, words: list[str], piece: int, start: int, end: int,
                 context: list[str], activity: bool = False) -> None:
        self.words, self.piece, self.start, self.end = words, piece, start, end
        self.context = context
        self.activity = activity  # a verb naming the skill ("coach people leaders")

    @property
    def before(self) -> list[str]:
        """The words just before the chunk in its piece, lowercase (up to three)."""
        return [w.lower() for w in self.context[max(0, self.start - 3):self.start]]


# The words that join two nouns into one ("bill of materials", "voice of the customer",
# "certificate of good standing", "certificate of good conduct").
_OF_JOINS = (["of"], ["of", "the"], ["of", "good"])


def _joined(chunks: list[_Chunk]) -> list[_Chunk]:
    """"voice" + "of the" + "customer" -> "voice of the customer": two single nouns joined by
    "of" (an English compound: point of sale, bill of materials; `_OF_JOINS`, which also lets
    "good" stand between them: certificate of good standing) are one term."""
    out: list[_Chunk] = []
    for c in chunks:
        last = out[-1] if out else None
        if last is not None and not last.activity and not c.activity \
                and last.piece == c.piece and len(last.words) == 1 and len(c.words) <= 2 \
                and last.words[0].islower() and c.words[0].islower() \
                and last.words[0].lower() not in GENERIC_NOUNS \
                and not _gerund(last.words[0].lower()) \
                and not _taken(last) \
                and [w.lower() for w in c.context[last.end:c.start]] in _OF_JOINS:
            # ("training of workers" is an activity and whom it is for: not one noun)
            out[-1] = _Chunk([*last.words, *c.context[last.end:c.start], *c.words], c.piece,
                             last.start, c.end, c.context)
            continue
        if last is not None and not last.activity and not c.activity \
                and last.piece == c.piece and _named(last.words) and _named(c.words) \
                and not (last.start == 0 and common_word(last.words[0].lower())) \
                and last.words[0].lower() not in _NO_BODY_FIRST \
                and [w.lower() for w in c.context[last.end:c.start]] in _IN_A_NAME:
            # "College of Nurses of Ontario", "Institute of Chartered Accountants in Ireland":
            # one body's name, not "College"
            out[-1] = _Chunk([*last.words, *c.context[last.end:c.start], *c.words], c.piece,
                             last.start, c.end, c.context)
            continue
        out.append(c)
    return out


def _taken(c: _Chunk) -> bool:
    """"care" of "Take care of the onboarding", "charge" of "take charge of the stores": a
    verb's idiom, whose object is the term ("onboarding"), never one noun with it."""
    before = c.context[c.start - 1].lower() if c.start > 0 else ""
    return c.words[0].lower() in ("care", "charge") \
        and before in ("take", "takes", "taking", "took", "taken")


_IN_A_NAME = (["of"], ["of", "the"], ["for"], ["in"])
# Words that open a place's or a post's name, no body's: "State of Ohio", "Director of Rooms".
_NO_BODY_FIRST = frozenset("state province county city republic commonwealth director head "
                           "manager chief vice".split())


def _named(words: list[str]) -> bool:
    """Capitalised words of a name ("Chartered Accountants", "College of Nurses"), no acronym
    alone ("RN")."""
    return words[0][:1].isupper() and all(
        (w[:1].isupper() and (w[1:2].islower() or w[1:2].isdigit()))  # "G2 Supervisor"
        or w.lower() in ("of", "the", "for", "in") for w in words)


# Nouns too general to head a term: who the work is with or for, and words every ad uses
# ("the day-to-day contact", "newly signed customers", "people leaders").
GENERIC_NOUNS = frozenset((
    "contact contacts point people person customers customer clients client leaders leader "
    "associates "
    "members member team teams staff colleagues stakeholders partners folks others everyone "
    "thing things stuff job jobs role roles task tasks matters needs patterns questions "
    "hour hours shift shifts place places side sides way ways approach approaches everything "
    "main "
    # where in a stretch of time: "the start of the shift", "the end of each day"
    "start end beginning middle "
    # quantifier nouns: "a group of writers", "a range of clients", "the right amount" name no
    # skill
    "group groups range variety number mix host array handful amount amounts "
    # the busy times of a trade: "calm in the summer rush", "the lunch rush"
    "rush rushes"
).split())
# Nouns that name nothing on their own or with only empty modifiers ("clear reports",
# "end-to-end design"), though they head many terms ("design system", "financial reports").
VAGUE_NOUNS = GENERIC_NOUNS | frozenset((
    "requests work design reports report data models results outcomes issues problems projects "
    "project features products services decisions goals process processes tools systems "
    "system standards information details business department environment launch "
    "performance quality delivery support policies procedures training "
    "priorities priority overnight overnights responsibility responsibilities operation "
    "operations practice practices action actions "
    # what a thing is made to or where it is: "to each order's specification", "on your
    # section", "5 seasons of experience" ("design specification", "growing seasons" are terms)
    "specification specifications section sections season seasons "
    # the employer and the role's own standing: "a leader within the company", "an expert",
    # "demonstrated success", "(an expert) with respect to"
    "company companies organization organisation firm expert experts success respect "
    # how much of the candidate the ad gets, not what they do: "availability to work
    # afternoons", "exposure to the BFSI domain"
    "availability exposure "
    # "behind the scenes": where work is seen from, no thing of it
    "scenes"
).split())
_OWNERS = frozenset("my your our their his her its".split())
# Words that open what a verb acts on, never a compound's noun ("keeping the inventory").
OBJECT_OPENERS = frozenset("the a an our their your all every each new".split())
# The endings of nouns that name an action ("management", "testing", "inspections").
ACTION_ENDINGS = ("ment", "ments", "ing", "ings", "ion", "ions", "ance", "ence")
DETERMINERS = frozenset("a an the this that these those all every each some any".split()) \
    | _OWNERS
# "the shop's first maintenance budget", "your first year": which one of the person's own,
# no part of what the thing is ("first aid", "first reviewer" keep theirs)
ORDINALS = frozenset("first second third next".split())
# Counts, ordinals and place adverbs: a break between terms, never part of one.
NUMBER_WORDS = frozenset((
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
    "hundred dozen everywhere anywhere somewhere nowhere"
).split())
# Words that count one unit of time ("within a minute of arrival", "once an hour", "every
# day", "per week").
_ONE_UNIT = frozenset("a an one per every each".split())
# Units of time a number counts ("within 15 minutes"; "take minutes" of a meeting is a term).
_TIME_UNITS = frozenset("seconds minutes hours days weeks months years minute hour day week "
                        "month year".split())
# Adjectives of praise, scope or manner that lead a phrase without naming anything.
_EMPTY_MODIFIERS = frozenset((
    "clear clean concise accurate timely effective efficient high-quality top-notch "
    "end-to-end day-to-day long-term short-term full overall general key core main major "
    "important critical complex simple small large big whole entire daily weekly monthly "
    "quarterly yearly regular practical real actual true typical usual normal average "
    "proven demonstrated"
).split())
_PRAISE_PREFIXES = ("well-", "world-", "best-", "top-")  # "well-bounded", "world-class"


def is_empty_modifier(word: str) -> bool:
    """An adjective of praise, scope or manner that names nothing ("end-to-end", "daily",
    "world-class", "well-bounded")."""
    word = word.lower()
    return word in _EMPTY_MODIFIERS or word.startswith(_PRAISE_PREFIXES)


# Adjective endings, and nouns that share them ("executive", "manual", "initiative").
_ADJ_ENDINGS = ("ous", "ful", "ive", "able", "ible", "ical", "less", "ish", "est", "ant")
_NOT_ADJECTIVES = frozenset((
    "executive executives objective objectives initiative initiatives representative "
    "incentive incentives directive narrative alternative perspective detective automotive "
    "interest request contest test digest forest guest protest harvest manifest "
    "consultant assistant accountant applicant participant tenant restaurant merchant plant "
    "warrant servant lieutenant sergeant pageant variant descendant defendant "
    "table cable stable vegetable receivable payable deliverable deliverables "
    "ledger budget "
).split())
_ADJECTIVES = frozenset((
    "honest healthy safe ready busy happy clear sure aware able likely own available fine "
    "responsible accountable passive active essential desirable necessary mandatory "
    "beneficial advantageous fast low high hard tight lean short internal external "
    "hands-on based focused driven oriented related clean tidy"
).split())


def _adjective(word: str) -> bool:
    """Whether a word reads as an adjective ("honest", "passive", "reliable")."""
    w = word.lower()
    if w in _ADJECTIVES or ("-" in w and w.rsplit("-", 1)[1] in _ADJECTIVES
                            and w.rsplit("-", 1)[0] != "hands"):
        return True  # "audit-ready", "data-driven", "cloud-based"
    return word.islower() and w not in _NOT_ADJECTIVES and len(w) > 5 \
        and w.endswith(_ADJ_ENDINGS)  # "Spanish", "Agile": a name, not an adjective


_COMPOUND_ADJECTIVE = re.compile(r"(?:high|low|well|long|short|fast)-[a-z]")


# Endings of the adjectives that say how a thing should be ("accurate", "efficient",
# "fluent"), which no term ends on: the adjective endings above but the superlative and -ish,
# and the -ate, -ent, -al, -ic and -id ones ("desktop" and "mobile" the lexicon calls
# adjectives too).
_PREDICATE_ENDINGS = (*(e for e in _ADJ_ENDINGS if e not in ("ish", "est")),
                      "ate", "ent", "al", "ic", "id", "aid")


def fragment(phrase: str) -> bool:
    """A piece of a clause rather than a term: it ends on a preposition or function word, an
    adjective ("suppliers honest"), a participle ("improve courses based") or a verb's
    inflected form ("team grows"), or starts on a base-form duty verb ("ship models")."""
    words = phrase.split()
    if not words:
        return True
    first, last = words[0].lower(), words[-1].lower()
    if len(words) == 1 and (((last.endswith("ed") or last in _IRREGULAR) and _participle(last))
                            or (last in _COMMON_VERBS and last.endswith("s"))):
        return True  # "considered", "planned", "(everything that) happens"
    if last in FUNCTION_WORDS or _adjective(words[-1]) or (
            words[-1].islower() and only_adjective(last) and last.endswith(_PREDICATE_ENDINGS)
    ) or (len(words) > 1 and (
            _COMPOUND_ADJECTIVE.match(last)  # "caseload of high-severity"
            or (len(words) == 2 and first in GENERIC_NOUNS and last.endswith("s")
             and last[:-1] in DUTY_VERBS and only_verb(last[:-1]))  # "team grows", not
            # "staff schedules"
            or _participle(last))):
        return True
    if len(words) > 1 and first in LEAD_VERBS and first not in NOUN_VERBS \
            and not _bringing_on(words):  # "Train and support new team members" is a duty
        return True
    if len(words) > 2 and words[-2].lower() == "of" and last.endswith("ing") and len(last) > 5:
        return True  # "risk of falling" (behind): a gerund after "of" has more to come
    # a word the dictionary knows only as a verb ends no term ("the Manager owns", "the
    # representative asks"), and a verb's -s form starts none and is none alone ("writes",
    # "protects crew legality"); a duty's verb alone may be the term the ad asks for
    # ("supervise", "mentor"), and a participle may lead one ("written reports")
    # ("the Liquor Licensing Act" is a law's name: its capitalised "Act" is no verb)
    law = len(words) > 1 and words[-1] in ("Act", "Acts") and words[-2][:1].isupper()
    return (only_verb(last) and (len(words) > 1 or last.endswith("s")) and not law) or (
        len(words) > 1 and first.endswith("s") and only_verb(first))  # "protects crew legality"


def only_verb(word: str) -> bool:
    """The word is an English verb form and nothing else (lemminflect's lexicon): "writes",
    "extend", "validate"; not "schedule", "monitors", "deciding" (an -ing form names an
    activity: "budgeting", "forecasting") or a word the lexicon does not know
    (`text.lexicon`)."""
    word = word.lower()
    return not word.endswith("ing") and word.isalpha() and only_verb_form(word)


# Duty verbs that are also nouns leading a compound ("design system", "process improvement").
NOUN_VERBS = frozenset((
    "design plan report review test support process program model record control order "
    "schedule document research set turn work update track scale check count budget "
    "build run lead source travel code balance file post book load screen answer change "
    "measure project drill issue"
).split())


# How people are hired, which makes them a kind of staff an ad names ("Call in casual staff for
# large events", "Book agency staff to cover sickness"): a term, not staff in general.
_HIRED_AS = frozenset("casual agency temporary temp seasonal relief bank contract freelance "
                      "sessional locum part-time zero-hours".split())


def _hired_staff(words: list[str]) -> bool:
    """Lower-case words that end on staff named by how they are hired ("casual staff")."""
    return len(words) > 1 and words[-2] in _HIRED_AS and words[-1] in GENERIC_NOUNS


def generic(phrase: str) -> bool:
    """Too general to be a term: its head noun is generic ("day-to-day contact", "signed
    enterprise customers", "people leaders"), or it is a generic noun with only empty
    modifiers ("clear reports", "end-to-end design")."""
    words = [w.lower() for w in phrase.split()]
    if not words:
        return True
    if len(words) > 1 and words[0].endswith("ing") and is_duty_verb(words[0]):
        return False  # "managing teams", "training staff": the activity is the term
    if "per" in words[1:-1]:
        return False  # a measure ("moves per hour", "cost per mile") names what is counted
    if len(words) > 1 and (skill_verb(words[0]) or _bringing_on(words)):
        return False  # "coach people leaders": the skill leads, done to whoever it is done to
    if "of" in words[1:]:
        words = words[:words.index("of")]  # "voice of the customer" is headed by "voice"
    if words[-1] in GENERIC_NOUNS and not any(w.isupper() for w in phrase.split()) and not (
            words[-1] in ("team", "teams") and len(words) > 1
            and words[-2].endswith(("ary", "functional", "disciplinary", "professional"))) \
            and not _hired_staff(words):
        return True  # ("an interdisciplinary team", "cross-functional teams" are terms)
    rest = [w for w in words if w not in _EMPTY_MODIFIERS]
    # "day-to-day running": an empty modifier and a generic activity name no skill
    return len(rest) == 1 and (rest[0] in VAGUE_NOUNS
                               or (len(words) > 1 and bare_activity(rest[0])))


def weak_term(term: str) -> bool:
    """A term no question should be about: a fragment of a clause, too general, a bare
    generic activity ("building", "rebuilding", "designing": what is built?), a credential's
    kind without its subject ("Degree" of "Degree in paramedicine", "registration"), a time
    alone ("future" of "libraries for future use") or a time of the year the ad's plan
    happens in ("spring", "Dynamics next spring"), where work is done ("in-house"), or a verb
    alone that names no skill ("decide" of "use it to decide what to write next", not
    "supervise")."""
    word = term.strip().lower()
    return fragment(term) or generic(term) or bare_activity(term) \
        or word in _KIND_OF_CREDENTIAL or word in _WHEN_BEFORE or word in _WHERE_DONE \
        or word in _REGIONS or word in _HOW_IT_RUNS or bool(_WHEN_IN_THE_YEAR.search(word)) \
        or (" " not in word and only_verb(word) and not skill_verb(word)) \
        or _deciding(word)  # "decide", "deciding"


def _deciding(word: str) -> bool:
    """A lone -ing form of a verb any work has ("deciding" of "..., deciding on delays and
    aircraft routing changes"); not of one that names the work ("underwriting")."""
    return " " not in word and bool(gerund_bases(word) & _ANY_WORK)


# Verbs any work has: their -ing form alone names none.
_ANY_WORK = _LIGHT_VERBS | frozenset("decide choose try deal help".split())


# When the ad's plan happens, alone or ending a term ("spring" of "Launch our storefront in
# spring 2027", "Dynamics next spring" of "move our reporting to Syngo Dynamics next spring"):
# no thing a line can show.
_WHEN_IN_THE_YEAR = re.compile(r"(?:^|\s(?:next|this|last|coming|early|late)\s)"
                               r"(?:spring|summer|autumn|winter|year|quarter|month)$|"
                               r"^(?:spring|summer|autumn|winter)$")


# How the work runs, alone ("rotating" of "on rotating day and night shift"): no thing a
# line can show.
_HOW_IT_RUNS = frozenset("rotating rotational varying changing growing evolving ongoing "
                         "existing upcoming".split())
# A region alone ("EU" of "EU and domestic drivers' hours rules"): where rules apply, no
# thing a line can show.
_REGIONS = frozenset("eu uk us usa emea apac latam europe wa nsw vic qld tas".split())
# Where work is done, alone ("which repairs we do in-house and which go to outside vendors"):
# no thing a line can show, and a person who sends work out would be labelled with it.
_WHERE_DONE = frozenset("in-house inhouse on-site onsite off-site offsite in-person".split())


def clause_part(term: str) -> bool:
    """Words of a clause, not a thing a line can show: a verb and its object ("evolve
    clusters" of "Run and evolve our Kubernetes clusters", "explain results"), or words that
    end on a preposition ("releases alongside"). A participle may lead a term ("written
    reports"). The parser keeps such phrases, and a requirement's main term may be one
    ("adjust reserves"); a second-term question is never about one. Bringing people on
    ("induct new guides") is a duty, not a clause's part."""
    words = term.lower().split()
    verb_first = only_verb(words[0]) and not words[0].endswith(("ed", "en")) if words else False
    return len(words) > 1 and (verb_first or words[-1] in PREPOSITIONS) \
        and not _bringing_on(words)  # "induct new guides", "supervise junior staff": a duty


_KIND_OF_CREDENTIAL = frozenset((
    "degree degrees diploma qualification qualifications certification certifications "
    "certificate license licence registration credential credentials"
).split())


def bare_activity(term: str) -> bool:
    """One word: the -ing form of a verb that leads a duty without naming a skill
    (LEAD_VERBS: "building", "rebuilding", "designing", "maintaining"). An activity that
    names a skill ("onboarding", "budgeting", "negotiating", "coaching") is not one."""
    word = term.strip().lower()
    if " " in word or len(word) < 6:
        return False
    stems = gerund_bases(word)
    stems |= {s[2:] for s in stems if s.startswith("re") and len(s) > 4}
    return bool(stems & LEAD_VERBS)


def gerund_bases(word: str) -> set[str]:
    """The base forms an -ing word may be of ("building" -> build, "managing" -> manage,
    "running" -> run); empty for a word without -ing."""
    word = word.lower()
    if not word.endswith("ing"):
        return set()
    stem = word[:-3]
    return {stem, stem + "e", stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] else stem}


def _bringing_on(words: list[str]) -> bool:
    """The words are a verb of bringing people on and whom it names ("train new operators",
    "train and support new team members")."""
    return words[0].lower() in BRINGING_ON and len(words) > 1 and (
        directed_people(words[-1]) or re.fullmatch(NEWCOMERS, words[1], re.IGNORECASE) is not None)


def directed_people(word: str) -> bool:
    """A noun naming people a job directs or brings on: one `person_noun` knows, or one it
    misses ("crews", "hires", "juniors")."""
    return person_noun(word) or word.lower() in _PEOPLE_DIRECTED


def person_noun(word: str) -> bool:
    """A noun naming people ("hiring managers", "data scientists", "account executives"), not
    a thing that ends like one ("speech sound disorders", "patient monitors", "work orders")."""
    w = word.lower()
    return (w.endswith(("ers", "ors", "ists", "ants", "ians", "eers")) and w not in
            _NOT_ADJECTIVES and w.removesuffix("s") not in _AGENT_LIKE_THINGS) \
        or w in _PEOPLE_NOUNS


# Nouns naming people that end like no agent noun ("our ICU patients", "guests", "families").
_PEOPLE_NOUNS = frozenset((
    "experts athletes peers executives students patients clients residents guests agents "
    "children staff employees families parents pupils colleagues adults trainees "
    "apprentices surgeons clinicians nurses physicians midwives citizens patrons cadets "
    "veterans candidates applicants interns infants newborns analysts"
).split())


# Nouns for things that end like an agent noun (-er, -or, -ant: "the grants tracker").
_AGENT_LIKE_THINGS = frozenset((
    # what is handed or changed over ("shift handovers", "line changeovers")
    "handover changeover takeover turnover rollover crossover cover "
    "order disorder paper letter center centre computer number matter water printer folder "
    "filter container barrier corner border layer marker meter monitor server router register "
    "error factor sector vector motor sensor tractor elevator indicator calculator header "
    "trailer cluster parameter chapter quarter answer power tower fiber fibre timer scanner "
    "ventilator defibrillator generator transformer compressor conductor connector adapter "
    "binder planner tracker counter buffer list checklist playlist waitlist shortlist "
    "scaler polisher grinder mixer conveyor "
    "grant plant implant restaurant coolant lubricant sealant pollutant contaminant variant "
    "disinfectant warrant covenant"
).split())


# The nouns job titles end on ("Office Manager", "Finance Lead", "Charge Nurse").
ROLE_NOUNS = frozenset((
    "engineer engineers developer developers manager analyst designer specialist partner "
    "director coordinator nurse pharmacist executive counsel writer recruiter consultant "
    "architect scientist lead leader head officer administrator assistant associate technician "
    "representative advisor adviser accountant attorney lawyer paralegal teacher instructor "
    "supervisor intern president vp editor marketer strategist researcher programmer operator "
    "agent clerk planner buyer chef cook driver therapist physician surgeon technologist "
    "controller auditor owner mechanic electrician machinist welder cashier receptionist "
    "secretary fellow apprentice trainee tutor professor lecturer psychologist counselor "
    "counsellor worker handler inspector estimator underwriter broker dispatcher scheduler "
    "investigator economist statistician librarian producer artist illustrator photographer "
    "journalist copywriter translator hygienist dentist veterinarian paramedic caregiver aide "
    "generalist sre devops cto cfo coo ceo cio ciso painter plumber carpenter roofer laborer "
    "labourer landscaper installer "
    # the trades, crafts, care and service jobs a plain header line names ("Official Court
    # Reporter — Superior Court of Cobb County", "Head Sommelier")
    "adjuster appraiser arborist archivist assembler attendant audiologist baker barber barista "
    "barrister bartender beautician blacksmith boatswain brewer bricklayer butcher captain carer "
    "caretaker chaplain chauffeur chiropractor cleaner concierge conductor conservator courier "
    "curator custodian deckhand decorator dietician dietitian distiller diver doctor draftsman "
    "draughtsman embalmer fabricator farmer farmhand farrier firefighter fitter foreman forewoman "
    "forester gardener glazier groomer guard hairdresser handyman herdsman housekeeper "
    "interpreter janitor jeweler jeweller joiner lifeguard lineman linesman loader locksmith "
    "midwife mortician moulder nanny navigator notary operative optician optometrist packer "
    "phlebotomist physiotherapist picker pilot plasterer podiatrist porter psychiatrist purser "
    "radiographer ranger registrar reporter rigger roaster scaffolder shepherd skipper solicitor "
    "sommelier sonographer sorter stenographer steward stewardess stonemason stylist "
    "superintendent surveyor teller tiler trainer undertaker upholsterer valet valuer waiter "
    "waitress warden winemaker"
).split())


def role_named(term: str) -> bool:
    """The term names one person's role ("office manager", "finance lead"): a title, which an
    answer that does not say it never stands for ("Office manager: map 3-5 contacts per
    target account" made the person one). Not the people the work is with ("external
    auditors": "External auditors: prepared 60+ PBC schedules ..." reads as what it is)."""
    words = term.lower().split()
    return bool(words) and words[-1] in ROLE_NOUNS and not words[-1].endswith("s") \
        and not is_duty_verb(words[0])


def asked_to_be(term: str, requirement: str) -> bool:
    """The requirement asks the person to be `term` ("As Area Manager you'll lead ...", "be a
    charge nurse", "Experience as a shift supervisor"), not to work with or for one."""
    return re.search(rf"\b(?:as|be|become)\s+(?:an?\s+|the\s+|our\s+)?{re.escape(term)}\b",
                     requirement, re.IGNORECASE) is not None


def lone_noun(phrase: str) -> bool:
    """A single common noun the vocabulary does not know ("orders", "accounts", "courses"):
    it names too little to be searched for, and any CV that says it would match. An acronym,
    a name, a compound ("step-down", "e-learning") or an activity ("onboarding") is a term."""
    return " " not in phrase and phrase.islower() and not re.search(r"[-/&+#.]", phrase) \
        and not phrase.endswith("ing")


# The words a body grants a title with ("Certified Payroll Professional", "Registered Nurse",
# "Chartered Engineer"): such a name is a credential.
TITLE_GRANTED = r"Certified|Registered|Chartered|Licen[cs]ed|Accredited"
_TITLED = re.compile(TITLE_GRANTED)


def _name_cut(cut: list[str], keep: int, start: int) -> int:
    """How many last words of `cut` to keep so as not to cut a capitalised name in two
    ("Zealand driving licence" of "full New Zealand driving licence"): `keep`, or more. Only
    where `rank_terms` does not read the name itself (a name opening the chunk inside a
    sentence: "Rain Bird irrigation system"), and never a sentence's capitalised first word,
    unless it is a place's "St" or "Mt" ("St Helena driving licence")."""
    first = len(cut) - keep
    if first <= 0 or not (cut[first - 1][:1].isupper() and cut[first][:1].isupper()):
        return keep
    while first > 0 and cut[first - 1][:1].isupper():
        first -= 1
    if first > 0 or (start == 0 and cut[0] in PLACE_SHORT_WORDS):
        return max(keep, min(len(cut) - first, MAX_WORDS + 2))
    return keep


# Compounds written as two words whose second word names nothing alone: a term cut to its
# last words never starts halfway through one ("chain risk management").
TWO_WORD_COMPOUNDS = frozenset((
    "life cycle", "supply chain", "real estate", "health care", "end user", "front end",
    "back end", "general ledger", "accounts payable", "accounts receivable", "data center",
    "data centre", "high school", "customer service", "cost centre", "cost center",
    "human resources", "work order", "purchase order", "first aid", "fire safety",
    "quality control", "quality assurance", "risk management", "change management"))


def rank_terms(chunks: list[_Chunk]) -> list[str]:
    """Candidate terms, best first: noun phrases (longer first, then in order; a verb naming
    the skill, "coach" people leaders, "mentor" staff accountants, counts as one of two words);
    then the people a skill verb is done to and those the work is done with ("with the data
    scientists"); then generic phrases ("day-to-day contact") and lone common nouns. Fragments
    of a clause are no terms at all."""
    rows: list[tuple[int, int, int, int, str]] = []
    done_to: set[int] = set()  # the people a skill verb is done to
    for n, c in enumerate(chunks):
        cut = subject_cut(c.words)  # "submittals moving" -> "submittals"
        # "<something> experience" keeps its whole something ("acute care nursing experience")
        longest = MAX_WORDS + (cut[-1].lower() == "experience")
        if len(cut) > longest and cut[-1].lower() in ("environment", "environments", "setting",
                                                      "settings"):
            cut = cut[:-1]  # "open cut mining [environment]": the kind of place is the term
        whole = " of " in f" {' '.join(cut)} " or any(  # "CIPD Level 5 qualification"
            w.isdigit() and cut[i - 1].lower() in _NUMBERED for i, w in enumerate(cut) if i) \
            or (len(cut) <= MAX_WORDS + 2 and (c.start > 0 or ACRONYM.match(cut[0]) is not None)
                and all(w[:1].isupper() for w in cut[:-1]))  # a name: "Civil Submissions
        # Online portal", "Certified Law Clerk designation" (not a sentence's first word)
        if whole and len(cut) > 2 and ACRONYM.match(cut[0]) and _TITLED.fullmatch(cut[1]):
            cut = cut[1:]  # "AAMI Certified Biomedical Equipment Technician": the body's
            # acronym is who grants the credential, not its name
        keep = longest
        named_keep = keep if whole else _name_cut(cut, keep, c.start)
        if not whole and len(cut) > keep and \
                f"{cut[-keep - 1]} {cut[-keep]}".lower() in TWO_WORD_COMPOUNDS:
            keep -= 1  # "life cycle logistics support": not "cycle logistics support"
        elif named_keep > keep:
            keep = named_keep  # "New Zealand driving licence", not "Zealand driving licence"
        elif not whole and len(cut) > keep and cut[-keep].lower() in _STOP_NOUN_COMPOUNDS.get(
                cut[-keep - 1].lower(), ()):
            keep += 1  # "high risk work licence": not "risk work licence"
        name = 0  # the capitalised words a term opens on inside a sentence ("Rain Bird")
        while c.start > 0 and name < len(cut) and cut[name][:1].isupper():
            name += 1  # an acronym is capitalised too
        after_name = ""  # what a name qualifies, when it says what the work is
        if not whole and len(cut) > keep and len(cut) - keep < name and name >= 2:
            phrase = " ".join(cut[:name])  # "Rain Bird irrigation system": not "Bird ..."
            after_name = " ".join(cut[name:])
        else:
            phrase = " ".join(cut) if whole else " ".join(cut[-keep:])
        if c.activity:
            nxt = chunks[n + 1] if n + 1 < len(chunks) else None
            between = c.context[c.end:nxt.start] if nxt is not None else []
            obj = " ".join(nxt.words) if nxt is not None and nxt.piece == c.piece and all(
                w.lower() in DETERMINERS or w.lower() in NUMBER_WORDS or w.isdigit()
                for w in between) else ""  # its direct object ("mentor our two analysts")
            if not obj or not (generic(obj) or fragment(obj) or directed_people(obj.split()[-1])):
                continue  # "you'll follow lockout/tagout": the object is the term
            done_to.add(n + 1)
            rows.append((1, 0, -2, n, phrase))
            continue
        words = phrase.split()
        titled = whole and all(w[:1].isupper() for w in words)  # "Making Tax Digital"
        track = next((n for n in (2, 3) if len(words) > n and [w.lower() for w in words[:n]] in (
            ["track", "of"], ["keep", "track", "of"], ["keeping", "track", "of"])), 0)
        if track:  # "(keep) track of the warehouse stock": what is tracked is the term
            words = words[track + (words[track].lower() in ("the", "our", "your", "all")):]
        while not titled and len(words) > 1 and ((words[0].lower() in LEAD_VERBS
                                   and words[0].lower() not in NOUN_VERBS)
                                  or (words[0].lower() == "time" and _gerund(words[1]))
                                  or (words[0].lower() in ("give", "gives")
                                      and not person_noun(words[1]))
                                  or (len(words) > 2 and bare_activity(words[0]))):
            # "develop supervisors", "time supporting", "running simulation-based education",
            # "Give on-the-job training": the generic verb is not the term
            words = words[1:]
        while len(words) > 1 and (words[0].lower() in _VAGUE_BEFORE or _superlative(words[0])
                                  or (words[0].lower() in _WHEN_BEFORE
                                      and words[1].lower() not in _PRIOR_COMPOUNDS)):
            # "Prior lead or supervisory experience": when, not what; "potential automation
            # of data preparation tasks": whether, not what
            words = words[1:]
        # empty modifiers, and the verb a duty opens on (`_verbs_object`): ranked by its length
        # as the ad says it ("[Schedule] aerification" before "golf calendar")
        dropped = int(_verbs_object(c))
        while len(words) > 2 and words[0].islower() and (
                words[0] in _EMPTY_BEFORE or words[0].startswith(_PRAISE_PREFIXES)
                or _LENGTH_OF_TIME.fullmatch(words[0])):
            # "weekly toolbox talks"; not a word of a name ("Core Web Vitals")
            words, dropped = words[1:], dropped + 1
        if len(words) > 1 and words[0].islower() and words[0].endswith("'s") \
                and words[0] not in _POSSESSIVE_COMPOUNDS \
                and words[1].lower() not in _KIND_OF_CREDENTIAL:
            # "the lab's autoclave cycles": whose they are is not the term; but a driver's
            # licence or a master's degree is a kind of credential, named by whose it is
            words = words[1:]
        while len(words) > 1 and (_adjective(words[-1]) or _COMPOUND_ADJECTIVE.match(
                words[-1].lower())):
            words = words[:-1]  # "keep unit turns fast", "a caseload of high-severity"
            if len(words) > 1 and words[-1].lower() == "of":
                words = words[:-1]
        phrase = " ".join(words)
        if fragment(phrase):
            if len(c.words) > 1 and skill_verb(c.words[0].lower()):
                rows.append((1, 0, -2, n, c.words[0]))  # "source passive": the activity
            continue
        before = c.before
        collaborator = ("with" in before and (  # "with the data scientists", "the supervisor"
            person_noun(c.words[-1]) or c.words[-1].lower().endswith(_AGENT))) \
            or _worked_with(c) or _named_partner(c)
        lead = [w for w in before if w not in DETERMINERS]
        # "manage subcontractors from buyout to final payment": the range says how far the
        # work goes, not what it is, so it comes last
        span = bool(lead) and lead[-1] in _SPAN and "from" in (
            w.lower() for w in c.context[:c.start])
        tier = 4 if span else 3 if generic(phrase) or (
            lone_noun(phrase) and not _rare_noun(phrase)) else \
            2 if n in done_to or collaborator or _given_to(chunks, n) or _helped(c) \
            or _made_of(c) else 1
        aside = _circumstance(c) or _purpose(chunks, n)
        named = ACRONYM.match(phrase) and not (c.piece > 0 and c.start == 0
                                               and c.end == len(c.context))
        # a bare acronym ("PLC") is a named thing; "(EBRs)" after its words abbreviates them
        rows.append((tier, int(aside), -2 if named else -len(words) - dropped, n, phrase))
        tail = after_name.split()
        if len(tail) >= 2 and after_name.islower() and not fragment(after_name) \
                and not generic(after_name) and not directed_people(tail[-1]) \
                and not tail[-1].endswith(("ing", "ed")) \
                and tail[0] not in ("next", "last", "this", "every", "each"):
            # "Royal Life Saving safety audits": the audits are asked for, whoever sets them
            rows.append((tier, int(aside), -len(tail), n, after_name))
    rows.sort(key=lambda r: r[:4])
    # "Work with Sterile Processing to resolve instrument and tray issues": a duty that opens
    # on working with someone is about that work, so whom it is done with leads (a name,
    # "IEPs", "Klaviyo", still comes first)
    partner = next((r for r in rows if r[0] <= 2 and _opening_partner(chunks[r[3]])
                    and not generic(r[4])), None)
    if partner is not None and rows[0] is not partner and not rows[0][4][:1].isupper():
        rows = [partner, *(r for r in rows if r is not partner)]
    return list(dict.fromkeys(r[4] for r in rows))


def _opening_partner(c: _Chunk) -> bool:
    """The chunk is whom a duty opening on a verb of working together (`_WITH_VERBS`) is done
    with, right after "with" ("Liaise with the kitchen brigade to pace the service"): an
    organisation or a team, not people by their role ("Work with athletes") nor a team too
    generic to be a term ("our winemaking team")."""
    if c.piece != 0 or not c.context or c.context[0].lower() not in _WITH_VERBS \
            or all(w.lower() == "with" for w in c.words):
        return False
    lead = [w.lower() for w in c.context[1:c.start]] + [
        w.lower() for w in c.words[:1] if w.lower() == "with"]
    return _with_lead(lead) and not person_noun(c.words[-1]) and not directed_people(c.words[-1]) \
        and not c.words[-1].lower().endswith(_AGENT) \
        and (sum(w.lower() != "with" for w in c.words) >= 2
             or ACRONYM.match(c.words[-1]) is not None)


def _with_lead(between: list[str]) -> bool:
    """The words between a verb of working together and whom it is done with are "with",
    with only determiners or "closely" around it ("closely with our", "with the")."""
    return [w for w in between if w not in DETERMINERS and w != "closely"] == ["with"]


def _verbs_object(c: _Chunk) -> bool:
    """The chunk is the object of the duty's opening verb ("Plan [staffing] for the shift and
    cover absence", "Design [mitigation] and compensation measures"): what the duty is
    about, ranked as if the verb were one of its words. Not what is sent somewhere ("Submit
    species data to local environmental records centres"): the destination is asked for."""
    return c.piece == 0 and _opening_object(c.context, c.start, c.end)


def opens_on(term: str, text: str) -> bool:
    """The term is what the duty's opening verb is done to, right after the verb or its
    determiner ("Oversee [reel grinding] and equipment maintenance"), as `_verbs_object`
    reads a chunk of it."""
    words = _WORD.findall(text)
    wanted = [w.lower() for w in _WORD.findall(term)]
    return any([w.lower() for w in words[start:start + len(wanted)]] == wanted
               and _opening_object(words, start, start + len(wanted)) for start in (1, 2))


def _helped(c: _Chunk) -> bool:
    """The chunk is whom a duty opening on a verb of helping helps, with what after it
    ("Support [the head chef] with menu costing"): the task is the work, not them."""
    return c.piece == 0 and bool(c.context) and c.context[0].lower() in _HELPING \
        and all(w.lower() in DETERMINERS for w in c.context[1:c.start]) \
        and c.end < len(c.context) and c.context[c.end].lower() == "with" \
        and (person_noun(c.words[-1]) or c.words[-1].lower() in ROLE_NOUNS
             or c.words[-1].lower() in ("team", "teams"))  # not "Support product launches"


def _opening_object(context: list[str], start: int, end: int) -> bool:
    """Words `start` to `end` of a duty are its opening verb's object: only determiners
    between, not people it is done for ("Help [product managers] write"), not what is sent
    somewhere ("Migrate reporting to a data warehouse": where it goes is asked for)."""
    if not context or not 1 <= start <= 2 or end <= start:
        return False
    first = context[0].lower()
    between = [w.lower() for w in context[1:start]]
    if end < len(context) and context[end].lower() in ("to", "into", "onto"):
        return False
    return (is_duty_verb(first) or first in LEAD_VERBS) and all(w in DETERMINERS for w in between) \
        and not directed_people(subject_cut(context[start:end])[-1])


# Verbs of helping someone with a task ("Support the head chef with menu costing").
_HELPING = frozenset("support supports help helps assist assists aid aids".split())


# Verbs that give their object to someone ("give practical business advice to new food
# businesses", "present findings to the board").
_GIVING = frozenset("give gives provide provides offer offers deliver delivers present presents "
                    "report reports send sends explain explains recommend recommends".split())


# Empty modifiers that go before a term of three words or more and are no part of it: how
# often, how well, how much of it ("a clean driving record" asks that it be clean).
_EMPTY_BEFORE = frozenset((
    "daily weekly monthly quarterly yearly regular clear concise accurate timely effective "
    "efficient high-quality top-notch proven demonstrated end-to-end day-to-day full complex "
    "major key"
).split())
# How often or for how long, before a term: "two-week look-ahead", "12-month rolling".
_LENGTH_OF_TIME = re.compile(r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)"
                             r"-(?:hour|day|week|month|year|minute)s?")


def _superlative(word: str) -> bool:
    """A superlative adjective ("hardest", "biggest", "latest"): how much, never what ("the
    hardest moments of their lives"; "best" of "best practices" is part of a term)."""
    w = word.lower()
    if not (w.endswith("est") and len(w) > 5 and w.islower()):
        return False
    bases = {w[:-3], w[:-2]} | ({w[:-4]} if w[-4] == w[-5] else set())
    return any(adjective(b) for b in bases)


def _rare_noun(word: str) -> bool:
    """A lone noun too rare for a general English vocabulary ("euthanasia", "escalations",
    "rotas"; `lexicon.common_word`): it names something specific on its own. Not a word of
    another kind the vocabulary lacks: an adjective left of a pair ("hydrologic" of
    "hydrologic and hydraulic modeling"), a verb ("escalate"), an adverb, people ("dishwashers")
    or what asks for the work ("a knack for")."""
    w = word.lower()
    return not common_word(w) and not adjective(w) and not _adjective(w) and not verb_form(w) \
        and not w.endswith(("ic", "al", "ary", "ly")) and not person_noun(w) \
        and w not in _ASKS_FOR  # "hydrologic", "escalate", "collaboratively", "knack"


def _made_of(c: _Chunk) -> bool:
    """The chunk names staff by how they are hired (`_HIRED_AS`) among the people a team is
    made of ("lead a team of 8 operators and part-time staff"): who is in it, as those the
    work is done to are, not what is asked. (Staff of any other kind are generic there.)"""
    back = [w.lower() for w in c.context[max(0, c.start - 6):c.start]]
    return _hired_staff([w.lower() for w in c.words]) and any(
        w == "of" and i > 0 and back[i - 1] in _GROUPS for i, w in enumerate(back))


def _given_to(chunks: list[_Chunk], n: int) -> bool:
    """The chunk is whom the term before it is given to: "<give> <term> to <chunk>", with
    nothing but function words between the two ("advice to new and struggling food
    businesses")."""
    c = chunks[n]
    if n == 0 or chunks[n - 1].piece != c.piece:
        return False
    prev = chunks[n - 1]
    between = [w.lower() for w in c.context[prev.end:c.start]]
    return "to" in between and all(w in FUNCTION_WORDS or w == "to" for w in between) \
        and any(w.lower() in _GIVING for w in c.context[:prev.start])


# Prepositions that put a phrase in the circumstances of the work: for whom, where, when
# ("Manage access controls *for* sensitive member data", "supervisory experience *at* a hotel
# front desk", "new-hire training *for* our front desk agents"). "In", "on" and "with" often
# name the skill itself ("experience in", "acting on KPIs", "work in construction").
_CIRCUMSTANCE = frozenset("for at across within throughout during by against".split())
PREPOSITIONS = frozenset((
    "about above across after against along among around at before behind below beneath "
    "beside besides between beyond by despite down during except for from in inside into near "
    "of off on onto out outside over past since through throughout till toward towards under "
    "underneath until unto up upon versus via with within without per amid to alongside"
).split())
# Words after which those prepositions say what is asked ("looking for a credentialed
# technician", "responsible for payroll", "good at reading churn risk").
_ASKS_FOR = frozenset((
    "looking searching seeking hiring recruiting responsible accountable need needs want "
    "wants good great skilled adept excellent strong expert experienced passion passionate "
    "eye ear knack talent flair aptitude sold selling"
).split())


def _circumstance(c: _Chunk) -> bool:
    """The chunk is the object of a preposition of circumstance ("for sensitive member data"),
    not what the words before it ask for ("looking for", "good at")."""
    j = c.start - 1
    while j >= 0 and (c.context[j].lower() in DETERMINERS or (
            c.context[j].lower() in FUNCTION_WORDS and c.context[j].lower() not in PREPOSITIONS)):
        j -= 1  # "at advanced life support level": past "advanced", "the", "our"
    if j < 0 or c.context[j].lower() not in _CIRCUMSTANCE:
        return False
    return j == 0 or c.context[j - 1].lower() not in _ASKS_FOR


def _purpose(chunks: list[_Chunk], n: int) -> bool:
    """The chunk is the goal of the work the term right before "to <verb>" names ("Set
    *pricing* to meet revenue and profitability goals", "Use SQL to build dashboards"): the
    work asked for is that term, the goal comes after it. Not after a verb ("starting to
    train two-tower models") or what asks for the work ("Ability to lead teams")."""
    c = chunks[n]
    j = c.start - 1
    while j >= 0 and c.context[j].lower() in DETERMINERS:
        j -= 1
    if j >= 1 and c.context[j].lower() in ("and", "or") and n > 0 \
            and chunks[n - 1].piece == c.piece and chunks[n - 1].end == j:
        return _purpose(chunks, n - 1)  # "to meet revenue and profitability goals"
    if j < 1 or c.context[j - 1].lower() != "to" or c.context[j].lower() in FUNCTION_WORDS \
            or not base_verb(c.context[j].lower()):
        return False
    return any(m.piece == c.piece and m.end == j - 1 and not m.activity
               and not weak_term(" ".join(m.words)) and not _progressive(m)
               for m in chunks[:n])


def _progressive(c: _Chunk) -> bool:
    """The chunk is one -ing verb after a form of "be" ("we're *starting* to train")."""
    before = c.context[c.start - 1].lower() if c.start else ""
    return len(c.words) == 1 and c.words[0].lower().endswith("ing") and (
        before in _BE or before.endswith(("'re", "'m", "'s", "’re", "’m", "’s")))


_WITH_VERBS = frozenset((
    "work works working partner partners partnering collaborate collaborating liaise liaising "
    "coordinate coordinating engage engaging meet meeting communicate communicating consult "
    "consulting team teaming"
).split())


def _named_partner(c: _Chunk) -> bool:
    """The chunk is an organisation's name the work is done with ("Lead interagency responses
    to nuisance properties with the RCMP and Westholme Fire Rescue"): capitalised words after
    "with", joined to it by other names, "and" and determiners only."""
    if not all(w[:1].isupper() for w in c.words) or len(c.words) < 2:
        return False
    before = c.context[:c.start]
    for n in range(len(before) - 1, -1, -1):
        w, low = before[n], before[n].lower()
        if low == "with":  # not a tool used ("hands-on experience with UKG Pro")
            return n == 0 or not re.match(r"(?:experience|familiar|proficien|comfortable|"
                                          r"expert|knowledge|skill|hands-on|work)",
                                          before[n - 1].lower())
        if not (w[:1].isupper() or low in ("and", "or", "the", "our", "your", "local")):
            return False
    return False


def done_with(term: str, text: str) -> bool:
    """The duty in `text` is done with the body or people the term names: a verb of working
    together, "with" and the term (`_with_lead`: "Work with Sterile Processing to resolve
    instrument and tray issues", "Liaise closely with the kitchen brigade"). A line may show
    that work under another name for them ("the decontamination and assembly team")."""
    for m in re.finditer(rf"(?<![\w-]){re.escape(term)}(?![\w-])", text, re.IGNORECASE):
        # a comma ends the lead ("to the leadership team, with a clear goal")
        before = re.findall(r"[\w'’-]+|[^\w\s]", text[:m.start()].lower())
        verb = next((i for i in range(len(before) - 1, -1, -1) if before[i] in _WITH_VERBS),
                    None)
        if verb is not None and _with_lead(before[verb + 1:]):
            return True
    return False


def _worked_with(c: _Chunk) -> bool:
    """The chunk is who the work is done with ("work with families and *the school district*
    on IEPs"): it follows "<work> with", joined to it by "and" and determiners only."""
    words = [w.lower() for w in c.context[:c.start]]
    if "with" not in words[-6:]:
        return False
    at = len(words) - 1 - words[::-1].index("with")
    between = words[at + 1:]
    return at > 0 and words[at - 1] in _WITH_VERBS and all(
        w in DETERMINERS or w in ("and", "or") or w not in FUNCTION_WORDS for w in between)


# "from buyout to final payment", "from filing through court": how far the work goes.
_AGENT = ("visor", "manager", "director", "officer", "lead", "engineer", "designer")
# Adjectives of time that lead a phrase without naming what is asked ("prior lead",
# "previous people-management", "future business"), but for the compounds they form ("prior
# authorizations", "prior art", "future state").
# So too the time since a person qualified ("post-registration experience in anaesthetics":
# anaesthetics is asked, after registering as UK health roles must).
_WHEN_BEFORE = frozenset(("prior", "previous", "past", "recent", "future", "post-registration",
                          "post-qualification", "post-qualifying", "post-graduation",
                          "post-qualified"))
# Adjectives that hedge or point rather than name ("potential automation", "associated
# risks", "appropriate technology", "overall strategic approach", "relevant information").
_VAGUE_BEFORE = frozenset(("potential", "associated", "appropriate", "relevant", "various",
                           "respective", "overall", "solid",
                           # "assigned weapon systems": which ones, not what
                           "assigned", "designated", "applicable", "specified"))
_PRIOR_COMPOUNDS = frozenset(("authorization", "authorizations", "authorisation",
                              "authorisations", "auth", "auths", "art", "state", "value",
                              "values"))  # "future state", "future value"
_POSSESSIVE_COMPOUNDS = frozenset(("women's", "children's", "men's", "people's"))
_SPAN = frozenset(("from", "to", "through", "until"))
# Plurals that are mass nouns leading compounds ("sales engineering", "claims processing").
_MASS_PLURALS = frozenset((
    "sales operations services systems claims benefits logistics analytics communications "
    "relations goods accounts events parts materials payments utilities resources savings "
    "earnings news series means wages"
).split())
_COMMON_VERBS = frozenset((
    "know knows come comes go goes live lives sit sits stand stands happen happens matter "
    "matters arrive arrives move moves price prices need needs want wants love loves say "
    "says feel feels think thinks stay stays fail fails succeed succeeds put puts leave leaves "
    "slip slips hit hits arise arises occur occurs look looks"
).split())


def _plural(word: str) -> bool:
    w = word.lower()
    return len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "ics")) \
        and w not in _MASS_PLURALS and word.islower()


# Plurals without an -s ("what people read", "what people look for").
_PEOPLE = frozenset(("people", "folks"))


def subject_cut(words: list[str]) -> list[str]:
    """A run of content words that crosses from a clause's subject into its verb ("our
    project managers *price* their work", "keep submittals *moving*", "what in-house experts
    *know*") ends on the subject: English compounds take a singular modifier, so a plural
    noun, or a noun naming people, followed by a verb form is where the term ends. Not a
    possessive: what follows it is its noun ("the project's *records*")."""
    for i, word in enumerate(words[:-1]):
        nxt = words[i + 1].lower()
        if word.endswith(("'s", "’s", "s'", "s’")) or nxt in _KIND_OF_CREDENTIAL:
            continue  # "drivers licence": a noun, not a verb ("to license")
        verb = nxt in _COMMON_VERBS or is_duty_verb(nxt) or (nxt.endswith("ing") and len(nxt) > 5)
        if (_plural(word) or word in _PEOPLE) and (verb or person_noun(word)) \
                and nxt != "experience":
            return words[:i + 1]
    return words


_CUT = re.compile(r",\s+(?:and\s+|or\s+)?|;\s+(?:and\s+)?|\s+and\s+")
# A new clause with its own subject: "..., and you'll be expected to read drawings".
_NEW_SUBJECT = re.compile(r"(?:(?:as|when|while|once|if|after|before)\s+[^,;]{1,40}?\s+)?"
                          r"(?:you|you'll|you’ll|you will|you should|you must|you need|"
                          r"you have|you've|you'd)\s+\S", re.IGNORECASE)
# A verb the duty-verb list may lack, known by the modal before it ("you will carry out ...",
# "you'll triage ...").
_MODAL_VERB = re.compile(r"\byou(?:'ll|’ll| will)\s+(?:also\s+)?(?!be\b|have\b|need\b)[a-z]+\b",
                         re.IGNORECASE)
# Any subject's modal and the verb after it ("The successful candidate will rewrite our credit
# policy, set ...", "the post holder must plan ..."): the duties listed after it each start
# with their own verb.
_ANY_MODAL = re.compile(r"\b(?:will|must|should|shall)\s+(?:also\s+)?([a-z]+)\s", re.IGNORECASE)


def _more_people(before: str, rest: str) -> bool:
    """"supervise Band 5 therapists and support workers": after people, "and" and a word
    that may be a verb before more people ("support workers", "lead nurses") go on with the
    list of people, not a new duty."""
    last = re.findall(r"[A-Za-z]+", before)[-1:]
    nxt = re.match(r"([A-Za-z-]+)\s+([A-Za-z]+)\b", rest)
    return bool(last and nxt and person_noun(last[0]) and person_noun(nxt.group(2))
                and not only_verb(nxt.group(1)))


def _imperative(clause: str) -> bool:
    """The clause is a duty led by its verb ("Handle income calculation ..., verify assets"):
    the duties listed after it each start with a verb too."""
    first = re.match(r"[A-Za-z]+", clause)
    return first is not None and first.group(0)[0].isupper() and is_duty_verb(first.group(0)) \
        and base_verb(first.group(0))


def _modal_led(head: str) -> bool:
    """The text so far has a modal and a verb's base form after it, not "be", "have" or
    "need" (their lists are of things, not duties)."""
    return any(base_verb(m.group(1)) and m.group(1).lower() not in ("be", "have", "need")
               for m in _ANY_MODAL.finditer(head))


# Irregular past forms of duty verbs ("you've led", "we built").
_IRREGULAR = {"led": "lead", "built": "build", "ran": "run", "made": "make", "wrote": "write",
              "written": "write", "took": "take", "taken": "take", "kept": "keep",
              "held": "hold", "gave": "give", "given": "give", "found": "find",
              "brought": "bring", "drove": "drive", "driven": "drive", "taught": "teach",
              "sold": "sell", "did": "do", "done": "do", "got": "get", "grew": "grow",
              "grown": "grow", "met": "meet", "spoke": "speak", "shaped": "shape",
              "bought": "buy"}


# "you've", "we'd", "it's": a pronoun and its auxiliary, never part of a term.
_CONTRACTION = re.compile(r"^(?:i|you|we|they|he|she|it|that|there|who|what)'(?:ve|ll|d|re|m|s)$")
_AUXILIARIES = frozenset("have has had having you've we've i've they've get gets got getting "
                         "become becomes".split())  # "get involved", "become certified"


def _participle(word: str) -> bool:
    """"worked", "led", "built" after "have": a verb's past participle, not a term."""
    return word in _IRREGULAR or (word.endswith("ed") and len(word) > 4)


# An adverb a duty may open on after ", and" ("..., and still keep a patient load"): the duty
# starts on the verb after it.
_ADVERB_FIRST = re.compile(r"(?:still|also|then|regularly)\s+(?=[a-z])")


# A verb and its particle before what it is done to: "call in casual staff", "set up the
# hall", "sign off timesheets" (not "experience in", "interest in": "in" only after the verbs
# that take it).
_PHRASAL = re.compile(r"(?:(call|check|bring|fill|sign|log|phase|hand|step|pitch)\s+in|"
                      rf"([a-z]+)\s+(?:{'|'.join(sorted(PARTICLES - {'in'} | {'off'}))}))"
                      r"\s+(?!of\b|to\b|with\b)[a-z]")


def _phrasal(rest: str) -> bool:
    """The text starts with a verb the lexicon knows and its particle, before its object."""
    m = _PHRASAL.match(rest[:1].lower() + rest[1:])  # a duty's first word: "Carry out ..."
    return m is not None and base_verb(m.group(1) or m.group(2))


def _verb_led(rest: str, wide: bool = False) -> bool:
    """The text starts with a duty verb in its base form ("run executive reviews"), or with
    `wide` (after ", and" or ";"), another verb's base form before a determiner, a
    preposition or an adverb ("..., and place locally delivered antimicrobials", "..., and
    stay with families"): the lexicon knows it as a verb."""
    if re.match(r"carry\s+out\b", rest):  # "... and carry out periodic review of ..."
        return True
    if wide and (still := _ADVERB_FIRST.match(rest)):
        rest = rest[still.end():]  # "..., and still keep a patient load of your own"
    m = re.match(r"([a-z][a-z'-]*)\s+(\S+)", rest)
    if m is None or (m.group(1).endswith(("ed", "ing")) and not base_verb(m.group(1))):
        return False  # a participle or gerund, not "bring", "feed" or "proceed"
    nxt = m.group(2).lower()
    if not wide and re.fullmatch(r"[a-z][a-z'-]*\s+[a-z][a-z-]*[.;]?\s*", rest) \
            and not only_verb(m.group(1)) and not nxt.rstrip(".;").endswith("s") \
            and nxt.rstrip(".;") not in DETERMINERS | PREPOSITIONS:
        return False  # "... service development and audit programme": a noun and its noun
    return is_duty_verb(m.group(1)) or (wide and base_verb(m.group(1)) and (
        nxt in DETERMINERS or nxt in PREPOSITIONS or _adverb(nxt) or nxt in _WH  # "decide when"
        or (adjective(nxt) and not only_verb(nxt))))


# Verbs whose object may be a "when" clause: what is decided, not when the work happens.
_DECIDE = frozenset("decide decides determine determines choose chooses judge judges".split())
_WH = frozenset("when whether what how which who where why".split())


def _object_words(segment: str) -> int:
    """Words after the last duty verb of a segment ("you'll prepare" -> 0; no verb -> 0)."""
    words = re.findall(r"[A-Za-z0-9'’-]+", segment)
    verbs = [i for i, w in enumerate(words) if is_duty_verb(w) and not (
        w.lower().endswith("s") and (i == 0 or words[i - 1].lower() not in _SUBJECTS))
        and not _compound_head(words, i)]
    if not verbs and _phrasal(segment.strip()):
        verbs = [1]  # "call in casual staff for large events": after the verb's particle
    if not verbs:  # "you will carry out quality checks": the verb a modal names
        verbs = [i for i in range(1, len(words)) if words[i - 1].lower() in _MODALS
                 and base_verb(words[i])]
    last = max(verbs, default=len(words) - 1)  # "quarterly reviews" is a noun
    return len(words) - last - 1


def _compound_head(words: list[str], i: int) -> bool:
    """The duty verb at `i` ends a noun phrase a determiner opens ("the requalification
    schedule", "our change process", "a plan"): no verb, subject or conjunction between."""
    for back in range(i - 1, max(-1, i - 4), -1):
        word = words[back].lower().replace("’", "'")
        if word in _NOUN_OPENERS:
            return True
        if word in _SUBJECTS or word in PREPOSITIONS or word in FUNCTION_WORDS \
                or is_duty_verb(word):
            return False
    return False


# Determiners that open a noun phrase ("that" and "those" often lead a clause instead).
_NOUN_OPENERS = DETERMINERS - {"that", "those", "all", "some", "any"}


def _bare_verb(segment: str) -> bool:
    """The segment ends on a verb with nothing after its subject or "to" ("you'll mix" of
    "you'll mix, shape and bake sourdough", "to source" of "to source, present and hire
    leaders"): the verbs that follow share its object, so they are one duty with it."""
    words = [w.lower().replace("’", "'") for w in re.findall(r"[A-Za-z'’-]+", segment)]
    return bool(words) and is_duty_verb(words[-1]) and not words[-1].endswith(("ed", "ing")) \
        and (len(words) == 1 or words[-2] in _SUBJECTS - {"you", "we", "i", "they"})  # not "how they work"


def top_level(text: str, pattern: str | re.Pattern[str]) -> list[re.Match[str]]:
    """Matches of `pattern` outside parentheses and brackets."""
    depth, spans = 0, []
    for ch in text:
        depth += (ch in "([") - (ch in ")]")
        spans.append(depth)
    return [m for m in re.finditer(pattern, text) if spans[m.start()] <= 0]


def _one_noun_listed(before: str, rest: str) -> bool:
    """The word after the comma is one more noun of the phrase before it, not a duty's verb:
    "in a lead, coach or senior advisor role" (a word after a determiner, then a word that is
    no verb after "or"), or a measure named by a verb ("..., handle time and quality scores":
    a contact centre's average handle time)."""
    if re.match(r"(?:average\s+)?handl(?:e|ing)\s+times?\b", rest, re.IGNORECASE):
        return True
    pair = re.match(r"([a-z]+)\s+(?:or|and)\s+([a-z]+)\b", rest)
    return pair is not None and not is_duty_verb(pair.group(2)) \
        and re.search(r"\b(?:a|an|the)\s+[A-Za-z-]+\s*$", before) is not None


def duty_cuts(clause: str) -> list[str]:
    """A clause listing duties each led by its own verb, or clauses each with its own subject,
    cut into those duties; any other clause whole. The first duty keeps the clause's opening
    ("you'll own renewals"); "prepare and review reconciliations" stays one duty (a bare "and"
    cuts only after a verb's object: "complete work orders in a CMMS and do monthly tests")."""
    cuts: list[tuple[int, int]] = []
    for m in top_level(clause, _CUT):
        rest = clause[m.end():]
        before = clause[cuts[-1][1] if cuts else 0: m.start()]
        wide = re.fullmatch(r",\s+and\s+|;\s+(?:and\s+)?", m.group(0)) is not None
        # "... hearings and pleas, and will prepare and certify transcripts": the modal of
        # the duty before, said again: the duty starts on its verb
        modal = re.match(r"(?:will|shall|must)\s+(?:also\s+)?(?=[a-z])", rest) if wide else None
        skip = modal.end() if modal is not None else 0
        rest = rest[skip:]
        # "You'll train every new cook we hire, and you'll keep ...": after ", and", a new
        # subject starts a clause of its own even when the one before ends on a verb
        new_subject = _NEW_SUBJECT.match(rest) is not None and (
            _object_words(before) >= 1 or (wide and len(before.split()) >= 4))
        # after "<someone> will rewrite ...", a comma and a word that is only a verb ("...,
        # set the quarterly bad debt reserve") start the next duty; not a noun that may be a
        # verb ("..., third party assessment organizations")
        first = rest.split(" ", 1)[0]
        # the same after a duty led by its verb ("Handle income calculation ..., verify
        # assets and reserves"), for a word the lexicon knows only as a verb, or a verb and
        # its particle ("..., call in casual staff for large events")
        verb = only_verb(first) or _phrasal(rest)
        listed = m.group(0).strip() != "and" and ((_imperative(clause) and verb
                                                   and _object_words(before) >= 2)
                                                  or _modal_led(clause[:m.start()])) and (
            # "you will ... take charge of grading, and reduce water use": after ", and", a
            # word the lexicon knows only as a verb leads a duty of a modal-led list too
            (verb and (_verb_led(rest, True) or _imperative(clause) or wide))
            # "..., writing clear inspection reports so that ...": a duty of its own
            or (m.group(0).startswith(",") and _gerund(rest.split(" ", 1)[0])
                and len(before.split()) >= 4))
        # "... from the public and partner agencies, using ...": a noun that may be a verb,
        # before a plural it qualifies, lists more of the object after a bare "and"
        listed_noun = m.group(0).strip() == "and" and re.match(
            r"(?:partner|contract|agency|field|client|trade)\s+[a-z]{3,}[^s\W]s\b",
            rest) is not None
        # "make sure our infection prevention and control protocols are followed": a noun
        # the verb's object shares, not a verb, when a passive comes after it
        passive = m.group(0).strip() == "and" and re.match(
            r"[a-z]+\s+(?:[a-z-]+\s+){0,2}(?:are|is)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en)\b",
            rest) is not None
        if new_subject or ((listed or _verb_led(rest, wide)) and not _bare_verb(before)
                           and (m.group(0).strip() != "and" or _object_words(before) >= 3)
                           and not _more_people(before, rest) and not listed_noun
                           and not passive
                           and not _one_noun_listed(before, rest)):
            # the duty starts on its verb: "..., and still keep a patient load" -> "keep ..."
            adverb = _ADVERB_FIRST.match(rest) if wide else None
            cuts.append((m.start(), m.end() + skip + (adverb.end() if adverb else 0)))
    if not cuts:
        return [clause]
    head = clause[: cuts[0][0]]
    if not any(is_duty_verb(w) for w in re.findall(r"[A-Za-z']+", head)) \
            and not _phrasal(head) and not _NEW_SUBJECT.match(clause[cuts[0][1]:]) \
            and not _MODAL_VERB.search(head) and not _modal_led(head):
        return [clause]  # "Scorecards, corrective actions, and reviews": not duties
    out, start = [], 0
    for a, b in cuts:
        out.append(clause[start:a])
        start = b
    out.append(clause[start:])
    return [p.strip(" ,;") for p in out if p.strip(" ,;")]


def content_stems(text: str) -> set[str]:
    """The stems of a text's content words (three letters or more, no function word): what
    two sentences share when they tell the same work."""
    return {stem(w) for w in re.findall(r"[A-Za-z][A-Za-z0-9+#/-]*", text)
            if len(w) >= 3 and w.lower() not in FUNCTION_WORDS}


def title_main(title: str) -> str:
    """A job title's main part, lower case: what comes before its first comma, bracket, bar or
    dash ("area manager" of "Area Manager – North Yorkshire", "e-discovery analyst" of
    "E-Discovery Analyst, Litigation Support")."""
    return re.split(r"\s*[,(|–—]\s*|\s+-\s+", title)[0].strip().lower()
