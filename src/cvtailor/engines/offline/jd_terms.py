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

__all__ = ["DUTY_VERBS", "FUNCTION_WORDS", "LEAD_VERBS", "duty_cuts", "is_duty_verb", "key_phrases"]

# Prepositions, determiners, pronouns, conjunctions, auxiliaries, time/frequency words and
# common adverbs and adjectives of ads: never part of a term, always a break between terms.
FUNCTION_WORDS = frozenset((
    "about above across after against along among around at before behind below beneath "
    "beside besides between beyond by despite down during except for from inside into near "
    "off onto out outside over past since through throughout till toward towards under "
    "underneath until unto up upon versus via within without per amid "
    "a an the this that these those each every either neither some any no none all both few "
    "many much most more less least several such own same other another "
    "i me my mine we us our ours you your yours he him his she her hers it its they them "
    "their theirs who whom whose which what where when why how whoever whatever "
    "and or but nor so yet if then than though although because while whereas unless whether "
    "is am are was were be been being do does did done have has had having will would shall "
    "should can could may might must ought let lets "
    "day days week weeks month months year years annually "
    "quarter today tomorrow often always usually sometimes never ever once twice "
    "again already still soon now just also too very really quite rather especially "
    "particularly ideally mostly mainly primarily closely directly regularly quickly early "
    "late end ends straight together alone even only well plus etc "
    "someone somebody anyone anybody everyone everybody something anything everything thing "
    "things way ways lot lots kind kinds part parts bit "
    "looking seeking want wants wanted love like likes need needs needed able ability "
    "comfortable confident eager happy keen willing current currently new existing "
    "strong solid proven excellent good great deep broad sound basic advanced relevant "
    "related similar equivalent various multiple ideal preferred required particular specific "
    "certain middle position opportunity candidate candidates applicant applicants "
).split())

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
    "participate perform plan post prepare present prioritise prioritize process produce "
    "program provide publish read recommend reconcile record recruit refactor repair report "
    "research resolve respond review run scale schedule screen sell serve set ship shape "
    "solve source speak supervise support take teach test track train translate travel "
    "treat troubleshoot turn update use validate visit walk work write"
).split())

# The verbs a duty bullet's terms never start on ("Build home exercise programs"); a verb
# that names the skill itself ("Negotiate multi-year contracts", "Supervise analysts") is
# what a recruiter searches for, so it is not among them.
LEAD_VERBS = frozenset((
    "act advocate analyse analyze architect assist automate be bring build champion close "
    "collaborate communicate complete conduct contribute coordinate create define deliver "
    "deploy design develop do drive educate ensure establish evaluate facilitate find get grow "
    "guide handle help identify implement improve inspect install integrate investigate keep "
    "lead maintain make manage measure migrate monitor operate optimise optimize organise "
    "organize own oversee participate perform plan prepare present provide report research "
    "resolve respond review run scale serve set ship shape support take teach track train "
    "treat troubleshoot turn update work write"
).split())
# A word after one of these is a verb ("you'll follow", "able to read", "we use").
_SUBJECTS = frozenset((
    "you you'll you'd you've we we'll i i'll they will would shall should can could may "
    "might must to"
).split())
_NOT_ADVERBS = frozenset("supply apply reply comply multiply assembly family anomaly monopoly "
                         "italy rally ally".split())
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9+#&./'-]*")
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


def _adverb(word: str) -> bool:
    """"newly", "actually", "closely": an -ly adverb (not "supply", "assembly", "family")."""
    return len(word) >= 6 and word.endswith("ly") and word not in _NOT_ADVERBS


def _gerund(word: str) -> bool:
    return word.lower().endswith("ing") and is_duty_verb(word)


def key_phrases(text: str, stop: frozenset[str] | set[str] = frozenset(),
                limit: int = 3, duty: bool = False, gerunds: bool = True) -> list[str]:
    """Salient term phrases of a requirement or duty, longest first (see the module doc).
    `stop` adds words that never belong to a term; a `duty` ("Build home exercise programs")
    never starts a term on its leading verbs; with `gerunds` off a leading gerund stays
    ("negotiating" is what is left of "negotiating commercial contracts" once the vocabulary
    named the contracts)."""
    chunks: list[list[str]] = []
    paired = re.match(r"\s*([A-Za-z]+)\s+(?:and|or|&)\s+([A-Za-z]+)\s+", text)
    if duty and paired and is_duty_verb(paired.group(1)) and is_duty_verb(paired.group(2)):
        text = text[paired.end():]  # "Post and review journal entries": two verbs lead
    pieces = _SPLIT.split(clean_inline(text).replace("’", "'"))
    for n_piece, piece in enumerate(pieces):
        current: list[str] = []
        prev = ""
        words = _WORD.findall(piece)
        for i, raw in enumerate(words):
            w = raw.rstrip(".") if raw.count(".") == 1 else raw  # "U.S." keeps its dots
            low = w.lower()
            short = len(w) < 3 and not (len(w) == 2 and (w.isupper() or w[0].isdigit())
                                        and w.isalnum())  # ML, BI, 3D
            lead = not chunks and not current and n_piece == 0 and len(words) > i + 1
            verb = (prev in _SUBJECTS and is_duty_verb(low)) or (
                lead and duty and low in LEAD_VERBS) or (
                gerunds and lead and i == 0 and _gerund(low)
                and words[i + 1].lower() != "experience")
            if low == "experience" and current:
                current.append(w)  # "purchasing experience"
                chunks.append(current)
                current = []
            elif low in FUNCTION_WORDS or low in stop or short or verb or _adverb(low) \
                    or _CONTRACTION.match(low) or not re.search(r"[A-Za-z]", w) \
                    or (prev in _AUXILIARIES and _participle(low)):
                if current:
                    chunks.append(current)
                current = []
            else:
                current.append(w)
            prev = low
        if current:
            chunks.append(current)
    phrases = [" ".join(c[-MAX_WORDS:]) for c in chunks if c]
    phrases.sort(key=lambda p: -len(p.split()))
    return list(dict.fromkeys(phrases))[:limit]


_CUT = re.compile(r",\s+(?:and\s+|or\s+)?|;\s+(?:and\s+)?|\s+and\s+")
# A new clause with its own subject: "..., and you'll be expected to read drawings".
_NEW_SUBJECT = re.compile(r"(?:(?:as|when|while|once|if|after|before)\s+[^,;]{1,40}?\s+)?"
                          r"(?:you|you'll|you’ll|you will|you should|you must|you need|"
                          r"you have|you've|you'd)\s+\S", re.IGNORECASE)
# Irregular past forms of duty verbs ("you've led", "we built").
_IRREGULAR = {"led": "lead", "built": "build", "ran": "run", "made": "make", "wrote": "write",
              "written": "write", "took": "take", "taken": "take", "kept": "keep",
              "held": "hold", "gave": "give", "given": "give", "found": "find",
              "brought": "bring", "drove": "drive", "driven": "drive", "taught": "teach",
              "sold": "sell", "did": "do", "done": "do", "got": "get", "grew": "grow",
              "grown": "grow", "met": "meet", "spoke": "speak", "shaped": "shape"}


# "you've", "we'd", "it's": a pronoun and its auxiliary, never part of a term.
_CONTRACTION = re.compile(r"^(?:i|you|we|they|he|she|it|that|there|who|what)'(?:ve|ll|d|re|m|s)$")
_AUXILIARIES = frozenset("have has had having you've we've i've they've".split())


def _participle(word: str) -> bool:
    """"worked", "led", "built" after "have": a verb's past participle, not a term."""
    return word in _IRREGULAR or (word.endswith("ed") and len(word) > 4)


def _verb_led(rest: str) -> bool:
    """The text starts with a duty verb in its base form ("run executive reviews")."""
    m = re.match(r"([a-z][a-z'-]*)\s+\S", rest)
    return m is not None and is_duty_verb(m.group(1)) \
        and not m.group(1).endswith(("ed", "ing"))


def _object_words(segment: str) -> int:
    """Words after the last duty verb of a segment ("you'll prepare" -> 0; no verb -> 0)."""
    words = re.findall(r"[A-Za-z0-9'’-]+", segment)
    verbs = [i for i, w in enumerate(words) if is_duty_verb(w) and not (
        w.lower().endswith("s") and (i == 0 or words[i - 1].lower() not in _SUBJECTS))]
    last = max(verbs, default=len(words) - 1)  # "quarterly reviews" is a noun
    return len(words) - last - 1


def duty_cuts(clause: str) -> list[str]:
    """A clause listing duties each led by its own verb, or clauses each with its own subject,
    cut into those duties; any other clause whole. The first duty keeps the clause's opening
    ("you'll own renewals"); "prepare and review reconciliations" stays one duty (a bare "and"
    cuts only after a verb's object: "complete work orders in a CMMS and do monthly tests")."""
    depth, spans = 0, []
    for ch in clause:
        depth += (ch in "([") - (ch in ")]")
        spans.append(depth)
    cuts: list[tuple[int, int]] = []
    for m in _CUT.finditer(clause):
        if spans[m.start()] > 0:
            continue
        rest = clause[m.end():]
        before = clause[cuts[-1][1] if cuts else 0: m.start()]
        new_subject = _NEW_SUBJECT.match(rest) is not None and _object_words(before) >= 1
        if new_subject or (_verb_led(rest) and (m.group(0).strip() != "and"
                                                or _object_words(before) >= 3)):
            cuts.append((m.start(), m.end()))
    if not cuts:
        return [clause]
    head = clause[: cuts[0][0]]
    if not any(is_duty_verb(w) for w in re.findall(r"[A-Za-z']+", head)) \
            and not _NEW_SUBJECT.match(clause[cuts[0][1]:]):
        return [clause]  # "Scorecards, corrective actions, and reviews": not duties
    out, start = [], 0
    for a, b in cuts:
        out.append(clause[start:a])
        start = b
    out.append(clause[start:])
    return [p.strip(" ,;") for p in out if p.strip(" ,;")]
