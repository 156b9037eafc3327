"""When a semantic candidate is strong enough to decide a requirement, not just prompt a question.

Measured on the labelled cases (tests/benchmarks/paraphrase.py, README "Paraphrase evidence"):
MiniLM cosine between the requirement sentence and a CV line separates evidence from near-misses
only moderately (AUC 0.74 on tuned cases, 0.78 held-out), so it decides very little, and only
under all of these conditions; everything else stays a `via="semantic"` candidate that the gap
interview asks about.

- the cosine is at least DECIDE_MIN, chosen on tests/benchmarks/cases/ as the lowest value
  above every unevidenced requirement's best CV line (zero false claims there; none held-out);
  or it is at least CLOSE_MIN and the JD term's own cosine with the line is at least TERM_MIN
  (the sentence is near the line and so is the term: "Supplier performance management" for
  "Built a quarterly scorecard for all 42 suppliers ..."). With a term cosine of 0.40, no
  unevidenced requirement of the tuned and development sets reached CLOSE_MIN 0.53 (one
  reached 0.50); TERM_MIN 0.50 is the lowest term cosine above every wrong line
  the close band picked there ("check roof framing" for mounting panels on roofs, 0.48;
  "critically ill patients" for a med-surg unit, 0.44). Auto recall +5 on the tuned and
  development sets, +3 held-out;
- the requirement is not a credential (a certification, licence or degree is held or not: it
  must be named, never inferred from similar words);
- the JD term is not a named thing the vocabulary knows, nor holds one (Kafka, CPA,
  "PostgreSQL query tuning"): a named thing is named or not held, and similar words
  (RabbitMQ) must not overrule the vocabulary. A practice it knows ("construction
  administration") may be decided: its evidencing phrases are never all a trade's ways of
  saying it (tuned auto recall +2, held-out +1, 0 claims on every set);
- the JD term is not an acronym ("PLC", "HEP"): a named thing is named or not held; and
  not a lone common noun the vocabulary does not know ("mentor", "patients"): a sentence's
  cosine says too little about it. One word it knows, an activity ("onboarding") or a
  compound ("docs-as-code") may be decided (tuned auto +2, held-out unchanged; allowing
  every single word added one held-out requirement but is the kind of term that says least);
- the JD term holds no proper name ("Census Bureau data"): a name is named or not held;
- the JD term is not a preposition's object ("anesthesia for an emergency surgery"): whom,
  where or for what the work is done is not what a similar line shows;
- a term that names money (a budget, billing, costs) is decided only by a line that says
  money (`money_unsaid`): a line about the same room or the same meters is no budget;
  and a line that says a budget decides a term that says which one only when it says that
  too (`only_the_kind`: the budget lines of running projects are no proposal budgets);
- a term that names a programme (a rehabilitation programme, a scheme) is decided only by a
  line that tells of an organised offering (`programme_unsaid`): teaching COPD patients a
  breathing technique is no pulmonary rehabilitation programme;
- a term that names a tool by its kind (design software, a stock control system) is decided
  only by a line that tells of a tool (`tool_unsaid`): sketching a layout with a customer is
  no carpet design software;
- a term that names a machine by its kind (a pellet pressing machine) is decided only by a
  line that says a machine (`machine_unsaid`): pressing pellets on a hand screw press is no
  pellet pressing machine;
- the line is not a near-miss (a sibling tool, or a credential not yet held), nor says the
  term with another word for which kind (`another_kind`: "a ledger of 420 trade accounts"
  for "ledger of key accounts");
- the JD term is not the job's own title (`research/evidence._titled`: "canteen manager" for
  a Canteen Manager): the person applies to become one, and "Canteen manager: staff canteen
  ... run by a team of 3" made a canteen assistant one (blind84's first run). Other roles
  ("preceptor", "shift lead") may be decided: never deciding any role cost 2 held-out
  requirements;
- a line of the summary decides only when the JD term's own cosine with it is at least
  TERM_MIN, whatever the sentence's (`close(score, summary=True)`, as for the close band): a
  summary sums up the CV and is near every requirement of its field ("Cytotechnologist with
  13 years at the microscope ..." at 0.62 for "whole slide imaging", blind87's first run);
  never deciding from one cost 13 labelled requirements;
- the line does not owe its cosine to the job's field (`owes_field`): it shares the words of
  the job's title with the term, and what the term adds is a lone noun the line never says
  ("Set the monthly bench rotation ... for the 8-person histology team" is near "Prepare the
  histology budget" for a Histology Supervisor, and says nothing of a budget). Found as the
  one false claim on the eighteenth blind set's first run; it costs 3 held-out auto
  requirements of 766 (lines that showed the lone noun in other words) and no tuned or
  development one. What is not decided is asked.

Decided evidence is `via="similarity"` with the JD term as `term`; the planner treats it like
evidence a person attested (planner.ATTESTED_VIA) and writes the term into that item.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from cvtailor.models import Requirement
from cvtailor.text.jd_terms import (
    FUNCTION_WORDS,
    NEWCOMERS,
    ROLE_NOUNS,
    TOOL_KINDS,
    content_stems,
    gerund_bases,
    is_duty_verb,
    lone_noun,
    person_noun,
)
from cvtailor.text.lexicon import inflected_like, only_adjective, verb_form
from cvtailor.text.not_held import held_thing
from cvtailor.text.vocabulary import NAMED_THINGS, Vocabulary
from cvtailor.text.wordforms import ACRONYM

DECIDE_MIN = 0.60
MAX_TERM_CHARS = 40
CREDENTIAL = re.compile(
    r"\b(certif\w*|licen[cs]\w*|licensure|degree|bachelor'?s?|master'?s?|diploma|doctorate|"
    r"ph\.?d|credential\w*|registered|board[- ]certified|exam\w*|accredit\w*)\b", re.IGNORECASE)
_NON_CAPABILITY = {"education"}


def decided_term(req: Requirement, vocab: Vocabulary) -> str | None:
    """The JD term a strong semantic match may decide for `req`, or None if none may be. Never
    a thing a person holds (`not_held.held_thing`: "technical qualification", which a line
    about the shop the person works in was taken to show), whatever the requirement's words:
    a line of work shows no qualification."""
    if req.category in _NON_CAPABILITY or CREDENTIAL.search(req.text):
        return None
    for keyword in req.keywords[:1]:
        term = keyword.strip()
        if (not term or len(term) > MAX_TERM_CHARS or _names_a_thing(term, vocab)
                or ACRONYM.match(term) or _lone_word(term, vocab)
                or CREDENTIAL.search(term) or held_thing(term)
                or term.lower() not in req.text.lower()
                or _names_something(term, req.text) or _circumstance(term, req.text)
                or _one_of(term, req.text)):
            return None
        return term
    return None


def _lone_word(term: str, vocab: Vocabulary) -> bool:
    """A single common noun the vocabulary does not know ("patients", "orders",
    `jd_terms.lone_noun`): a sentence's cosine says too little about it. A word it knows
    ("mentor"), an activity ("onboarding") or a compound ("docs-as-code") is a term a similar
    line can show."""
    return vocab.canonical(term) is None and lone_noun(term.lower())


def owes_field(term: str, title: str, line: str, vocab: Vocabulary) -> bool:
    """The line's cosine with the requirement owes the job's field, not the term: without the
    words of the job's title the term is a lone common noun the line does not say in any form
    ("histology budget" for a Histology Supervisor, from "Set the monthly bench rotation ...
    for the 8-person histology team": "histology" is in every line of such a CV, "budget" in
    none). "Fire inspections" for a Fire Inspector stays decidable by "Inspected 140
    businesses ...", which says the rest. Work done for new people
    ("hiring new sonographers") owes its cosine to a line that names those people and never
    says the work ("Charge sonographer 2 days a week: assign our 5 scanners to rooms", a
    false claim found when such a term first led its requirement)."""
    newcomers = re.match(rf"([A-Za-z]+)\s+{NEWCOMERS}\s+(.+)$", term, re.IGNORECASE)
    if newcomers:  # "hiring new sonographers" from a line that names sonographers
        return bool(content_stems(newcomers.group(2)) & content_stems(line)) \
            and not _does(newcomers.group(1), line)
    field = {w.lower() for w in re.findall(r"[A-Za-z][\w-]*", title)}
    rest = [w for w in term.split() if w.lower() not in field]
    if len(rest) != 1 or len(rest) == len(term.split()) or not _lone_word(rest[0], vocab):
        return False
    said = content_stems(line)
    shared = content_stems(" ".join(w for w in term.split() if w.lower() in field)) & said
    return bool(shared) and not _shares_root(content_stems(rest[0]), said)


def names_the_role(term: str, title: str, line: str) -> bool:
    """The line names the job's own role as someone else ("Walk customers through the repair
    plan and timeline when the estimator is out" for a Collision Estimator's "repair
    estimates"): its cosine owes that word, and covering for the estimator is not estimating."""
    words = re.findall(r"[A-Za-z]+", title)
    head = words[-1].lower() if words else ""
    # the role as a person, not a noun's modifier ("my own nurse consultations" are the
    # person's own clinics)
    if len(head) < 4 or not any(
            not m.group(1) or m.group(1).lower() in FUNCTION_WORDS or verb_form(m.group(1))
            for m in re.finditer(rf"\b(?:the|our|an?|their|his|her|my)\s+(?:[a-z]+\s+)?"
                                 rf"{re.escape(head)}s?\b(?:\s+([A-Za-z]+))?", line,
                                 re.IGNORECASE)):
        return False
    return _shares_root(content_stems(term), content_stems(head))


def only_the_kind(term: str, line: str) -> bool:
    """The line says the term's head noun and none of the two or more words that say which
    kind ("Prepared audit working papers for year-end engagements" for "risk-based internal
    audits"): it shows the kind of work, and its cosine owes that word; which kind the ad asks
    for is the person's to say. With one such word it also blocked a held-out line that
    showed it in other words (blind17, 50 -> 49 auto): one word may be a generic qualifier.
    Not for money: which budget, fee or cost is the whole question, so one noun that says
    which is enough (blind65's first run; the one-word rule for every term cost 5 held-out
    requirements)."""
    words = [w for w in re.findall(r"[A-Za-z][\w-]*", term) if content_stems(w)]
    if len(words) < 2 or is_duty_verb(words[0].lower()) or person_noun(words[-1].lower()):
        return False  # a duty done to people ("Coach advisors"): "Trained 3 new advisors"
    said = said_stems(line)  # "whole-blood" says "blood"
    head, rest = content_stems(words[-1]), content_stems(" ".join(words[:-1]))
    # money is counted per thing: which budget (or fee, or cost) is the whole question, so
    # one noun that says which is enough ("Update the budget lines of running projects" is
    # no proposal budget)
    which = len(rest) >= 2 or (len(words) == 2 and bool(rest) and _MONEY_TERM.search(words[1])
                               is not None and not only_adjective(words[0]))
    return which and _shares_root(head, said) and not _shares_root(rest, said)


def only_the_object(term: str, line: str, requirement: str = "") -> bool:
    """The line says every word of what the term's work is done to and not the work ("Carried
    out 3 tandem lifts with the site's second tower crane" for "tower crane erection"): its
    cosine owes the object, and whether the person did that work to it is theirs to say (a
    false claim on blind24's first run, where the crane's erection was someone else's)."""
    words = [w for w in re.findall(r"[A-Za-z][\w-]*", term) if content_stems(w)]
    if len(words) < 2 or is_duty_verb(words[0].lower()) or person_noun(words[-1].lower()) \
            or not _WORK_NOUN.search(words[-1].lower()) \
            or any(only_adjective(w.lower()) or "-" in w for w in words[:-1]):
        return False  # a thing ("multi-year contracts" of "renewals") may be said otherwise
    said = said_stems(line)
    head, rest = content_stems(words[-1]), content_stems(" ".join(words[:-1]))
    # the line says more of what the requirement asks ("Reviewed contractor submittals and
    # RFIs ... during construction" for "Construction administration: submittals, RFIs"):
    # the work in other words, not only what it is done to
    more = said_stems(requirement) - rest - head
    return bool(rest) and all(_shares_root({r}, said) for r in rest) \
        and not _shares_root(head, said) and len(more & said) < 2


# A word negated by its prefix: "non-sterile", "non sterile", "unlicensed".
_NEGATED = re.compile(r"\b(?:non[-\s]?|un-?)[A-Za-z]+", re.IGNORECASE)


def another_kind(term: str, line: str) -> bool:
    """The line says a word of the term but not the one before it that says which kind, and
    another word where that one stands ("a ledger of 420 trade accounts" for "ledger of key
    accounts", "critical care experience" for "acute care experience", "off-the-shelf
    compression stockings" for "flat-knit compression garments"): a sibling, as a near miss
    is, whose cosine owes the words it shares. A word of the term the line says negated
    ("Compound non-sterile preparations" for "sterile compounding", "unlicensed" for a
    licensed one) is the other kind too."""
    words = [w for w in re.findall(r"[A-Za-z][\w-]*", term) if content_stems(w)]
    if any(re.search(rf"\b(?:non|un)[-\s]?{re.escape(w)}\b", line, re.IGNORECASE)
           and not re.search(rf"(?<![\w-]){re.escape(w)}\b", _NEGATED.sub(" ", line),
                             re.IGNORECASE)
           for w in words if len(w) > 4 and not w.lower().startswith(("non", "un"))):
        return True
    said = said_stems(line)
    missing = [n for n, w in enumerate(words) if not _shares_root(content_stems(w), said)]
    if len(words) < 2 or not missing or missing[0] == len(words) - 1:
        return False
    for n in range(1, len(words)):
        if n - 1 not in missing or n in missing:
            continue
        # the word a missing one says the kind of, said with another word before it
        # ("off-the-shelf compression stockings" for "flat-knit compression garments": the
        # first run's one false claim on the forty-second blind set)
        m = re.search(rf"\b([A-Za-z][\w-]*)\s+{re.escape(words[n])}", line, re.IGNORECASE)
        if m is not None and m.group(1).lower() not in FUNCTION_WORDS \
                and bool(content_stems(m.group(1))):
            return True
    return False


# The money words a term and a line share: a budget, an invoice, revenue, a P&L, margins,
# fees, expenditure.
_MONEY_WORDS = r"budget\w*|invoic\w*|revenues?|p&l|margins?|fees?|expenditures?"
# Money a term names: those, billing, profits, spend, costs, prices.
_MONEY_TERM = re.compile(rf"\b(?:{_MONEY_WORDS}|billing|profits?|spend(?:ing)?|costs?|costing|"
                         r"pric(?:e|es|ing))\b", re.IGNORECASE)
# Money a line says: a money word in any form, a sale, a currency or an amount of one.
_MONEY_SAID = re.compile(rf"[$£€¥₹]|\b(?:{_MONEY_WORDS}|bill(?:s|ed|ing)?|profit\w*|"
                         r"spen[dt]\w*|cost\w*|pric\w*|"
                         r"pa(?:y|id|yments?)|funds?|funding|cash|sales?|"
                         r"sold|sell\w*|quot(?:e|es|ed|ing)|purchas\w*|financ\w*|"
                         r"savings?|saved|overspen\w*|(?:USD|EUR|GBP|DKK|NOK|SEK|kr|UGX|"
                         r"NPR|FJD|UYU|INR|ZAR|AUD|NZD|CAD))\b", re.IGNORECASE)


def money_unsaid(term: str, line: str) -> bool:
    """The term names money (a budget, billing, revenue, costs, prices) and the line says
    none: no money word, no sale, no currency. Its cosine owes the rest of the term ("Put
    together the weekend and holiday cover for the cheese room" for "cheese room budget",
    "Read the export energy meters ... at month end" for "energy billing reports": both
    false claims on the thirtieth blind set's first run). Money work is told in money."""
    return _MONEY_TERM.search(term) is not None and _MONEY_SAID.search(line) is None


# A programme a term names: an organised offering run for people ("pulmonary rehabilitation
# programme", "apprenticeship scheme").
_PROGRAMME_TERM = re.compile(r"\b(?:programmes?|programs?|schemes?|initiatives?)\b",
                             re.IGNORECASE)
# A line that tells of one: a programme, a scheme, a course, classes, sessions, a clinic.
_PROGRAMME_SAID = re.compile(r"\b(?:programm?e?s?|schemes?|initiatives?|courses?|class(?:es)?|"
                             r"sessions?|clinics?|workshops?|curricul\w*|pathways?)\b",
                             re.IGNORECASE)


def programme_unsaid(term: str, line: str) -> bool:
    """The term names a programme (a rehabilitation programme, a scheme, an initiative), and
    the line tells of no organised offering (no programme, course, classes, sessions or
    clinic) and says no other word of the term. Its cosine owes whom it is for or what is done in one ("Teach COPD patients pursed-lip
    breathing before they leave the ward" for "pulmonary rehabilitation programme": the first
    run's one false claim on the forty-third blind set). Running a programme is told as one;
    whether a task was part of one is the person's to say."""
    if _PROGRAMME_TERM.search(term) is None or _PROGRAMME_SAID.search(line) is not None:
        return False
    # a line that says what the programme is of ("surveys" of "seasonal survey programmes")
    # tells of the work it plans
    return not _shares_root(content_stems(_PROGRAMME_TERM.sub(" ", term)), said_stems(line))


# A tool a term names by its kind: software, an app, a platform, a system, a tool.
_TOOL_TERM = re.compile(rf"\b(?:{TOOL_KINDS})$", re.IGNORECASE)
# A line that tells of one: a tool word, a computer, a program, CAD, a spreadsheet, a database.
_TOOL_SAID = re.compile(rf"\b(?:{TOOL_KINDS}|"
                        r"programs?|computer\w*|digital\w*|online|electronic\w*|"
                        r"cad|spreadsheets?|databases?|excel|tablets?|scanners?|"
                        r"e-\w+)\b", re.IGNORECASE)


def tool_unsaid(term: str, line: str) -> bool:
    """The term is a tool named by its kind ("carpet design software", "stock control
    system") and the line tells of no tool (no software, program, computer, CAD or
    spreadsheet). Its cosine owes the work the tool is for ("Sit down with customers ... and
    sketch the layout with them" for "carpet design software": the first run's one false
    claim on the forty-fourth blind set). Work done by hand shows no tool; whether the person
    used one is theirs to say."""
    return _TOOL_TERM.search(term.strip()) is not None and _TOOL_SAID.search(line) is None


# A machine a term names by its kind ("pellet pressing machine", "packing machinery"), and a
# line that says one.
_MACHINE_TERM = re.compile(r"\b(?:machines?|machinery)$", re.IGNORECASE)
_MACHINE_SAID = re.compile(r"\bmachin\w*", re.IGNORECASE)


def machine_unsaid(term: str, line: str) -> bool:
    """The term is a machine named by its kind ("pellet pressing machine") and the line says
    no machine. Its cosine owes the work the machine does ("Press colour pellets ... on the
    hand screw press in the pellet shed" for the "hydraulic pellet pressing machine": the
    first run's one false claim on the hundred-and-eleventh blind set): a line that tells of
    the work by hand, or on another press, shows no such machine; whether the person ran one
    is theirs to say."""
    return _MACHINE_TERM.search(term.strip()) is not None and _MACHINE_SAID.search(line) is None


def _base(word: str) -> str:
    """A word without its -ing, -ed, -es or -s ("electrofishing" -> "electrofish")."""
    low = word.lower()
    for end in ("ing", "ed", "es", "s"):
        if low.endswith(end) and len(low) - len(end) >= 4:
            return low[:-len(end)]
    return low


def compound_unsaid(term: str, line: str) -> bool:
    """A word of the term is one written of two ("paddleboard", "electrofishing") and the
    line says only one of its parts ("paddle rafts", "fish ... with an electric boat"), never
    the other: another thing, whose cosine owes the part it shares ("Guide paddle rafts" is
    no stand-up paddleboard tour, and carrying buckets for a survey boat no electrofishing:
    the first runs' one false claim each on the hundred-and-thirty-ninth and fortieth blind
    sets). Whether the person did it is theirs to say."""
    said = {_base(w) for w in re.findall(r"[A-Za-z]+", line) if len(w) >= 4}
    for word in re.findall(r"[A-Za-z]+", term):
        whole = _base(word)
        if len(whole) < 8 or whole in said:
            continue
        for part in said:
            if part == whole or not (whole.startswith(part) or whole.endswith(part)):
                continue
            rest = whole[len(part):] if whole.startswith(part) else whole[:-len(part)]
            if whole.startswith(part) and _SUFFIX.fullmatch(rest):
                continue  # one word's family ("notification" of "notified"), no compound
            if len(rest) >= 4 and not any(w.startswith(rest) or rest.startswith(w)
                                          for w in said if len(w) >= 4):
                return True
    return False


# What a word's own family adds to it ("notifi" + "cation", "manage" + "ment"): no second word.
_SUFFIX = re.compile(r"(?:[aeiou]?(?:c?ation|tion|sion|ment|ness|ity|ance|ence|able|ible|al|"
                     r"ally|ive|ous|ful|less|ism|ist|ise|ize|ised|ized|ship|hood|ery|ure|age))")


# A noun that names work done ("erection", "installation", "maintenance", "dismantling").
_WORK_NOUN = re.compile(r"(?:tion|sion|ment|ance|ence|ing)s?$")


def _does(verb: str, line: str) -> bool:
    """The line says the verb in any form ("hiring": "Hired", "hires", "hire")."""
    low = verb.lower()
    bases = (gerund_bases(low) | {low}) if low.endswith("ing") else {low}
    forms = {form for base in bases for like in ("worked", "working", "works")
             if (form := inflected_like(base, like))} | bases
    return any(re.search(rf"(?<![\w-]){re.escape(form)}(?![\w-])", line, re.IGNORECASE)
               for form in forms)


def said_stems(text: str) -> frozenset[str]:
    """The content stems a text says, a hyphen or a slash between words as a space
    ("whole-blood" says "blood")."""
    return frozenset(content_stems(re.sub(r"[-/]", " ", text)))


def _shares_root(stems: Iterable[str], said: Iterable[str]) -> bool:
    """Whether any of `stems` is of one word family with any of `said` (`same_root`)."""
    others = list(said)
    return any(same_root(a, b) for a in stems for b in others)


def same_root(a: str, b: str) -> bool:
    """Two stems of one word family ("inspection", "inspect"): equal, or one begins the other
    for five letters or more."""
    short, long = sorted((a, b), key=len)
    return a == b or (len(short) >= 5 and long.startswith(short))


def _names_a_thing(term: str, vocab: Vocabulary) -> bool:
    """The term is, or holds, a named thing the vocabulary knows (a tool, a language, a
    credential: "Kafka", "Salesforce reports"): it is named or not held, and similar words
    (RabbitMQ) never decide it. A practice the vocabulary knows ("preventive maintenance")
    may still be decided: its evidencing phrases are never all a trade's ways of saying it."""
    names = [vocab.canonical(term), *(hit.term for hit in vocab.find(term))]
    return any(n is not None and vocab.category(n) in NAMED_THINGS for n in names)


_AROUND = r"\b(?:for|at|in|on|to|with|by|across|within|throughout|during|against|from|into)\s+"
_ONE_OF_THEM = r"(?:(?:a|an|the|our|your|their|its|each|every|all)\s+)?$"
_AFTER = re.compile(_AROUND + _ONE_OF_THEM, re.IGNORECASE)


# ... or later people of a list it puts there ("with crane operators, *tally clerks* and the
# ship's officers").
_AFTER_LIST = re.compile(
    _AROUND + r"(?:[\w'’-]+\s+){0,3}[\w'’-]+(?:,\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+)*"
    r"(?:,\s+|\s+(?:and|or)\s+|,\s+(?:and|or)\s+)" + _ONE_OF_THEM, re.IGNORECASE)


def _circumstance(term: str, text: str) -> bool:
    """The term is what a preposition puts around the work ("anesthesia *for an emergency
    surgery*", "training *for our front desk agents*", "with crane operators, *tally
    clerks*"): whom or where it is done, not the work a line can be said to show."""
    at = text.lower().find(term.lower())
    return at > 0 and (_AFTER.search(text[:at]) is not None or (
        _people(term.split()[-1].lower()) and _AFTER_LIST.search(text[:at]) is not None))


def _people(word: str) -> bool:
    """A noun naming people: "operators", or a role's name in the plural ("clerks")."""
    return person_noun(word) or word in ROLE_NOUNS or word.removesuffix("s") in ROLE_NOUNS


def _one_of(term: str, text: str) -> bool:
    """The term is one of a list the ad offers as alternatives ("experience in fitness,
    *health promotion* or wellness"): a line that shows one of them does not say which, so
    similarity decides none (a personal trainer's line is fitness, not health promotion)."""
    for clause in re.split(r"[.;:()]", text):
        at = clause.lower().find(term.lower())
        if at < 0 or not re.search(r"\bor\b", clause, re.IGNORECASE):
            continue
        before, after = clause[:at].rstrip().lower(), clause[at + len(term):].lstrip().lower()
        if before.endswith((",", " or")) or after.startswith((",", "or ")):
            return True
    return False


def _names_something(term: str, text: str) -> bool:
    """The term holds a proper name as the JD writes it ("U.S. Census Bureau data",
    "Salesforce reports"): a name is named or not held, never decided by similar words. A
    capital at the start of the sentence is not a name."""
    at = text.lower().find(term.lower())
    written = text[at:at + len(term)] if at >= 0 else term
    words = written.split()
    first = 1 if at <= 0 or not text[:at].strip() or text[:at].rstrip().endswith(
        (".", ":", ";", "!", "?")) else 0
    return any(w[:1].isupper() for w in words[first:])


CLOSE_MIN = 0.53
TERM_MIN = 0.50


def close(score: float, summary: bool = False) -> bool:
    """A sentence cosine that decides only when the JD term itself is near the line
    (`decides`): from CLOSE_MIN to under DECIDE_MIN, or any from CLOSE_MIN for a line of the
    summary, which is near every requirement of its field."""
    return score >= CLOSE_MIN and (score < DECIDE_MIN or summary)


def decides(score: float, term_cosine: float | None = None, summary: bool = False) -> bool:
    """Whether a cosine is high enough to decide: DECIDE_MIN, or CLOSE_MIN when the JD term's
    own cosine with the line is at least TERM_MIN (for a line of the summary, always both)."""
    if close(score, summary):
        return term_cosine is not None and term_cosine >= TERM_MIN
    return score >= DECIDE_MIN
