"""Rule-based rewriting that only respells, reorders and names what the text already evidences,
and writes like a person: a term is worked into the sentence or the sentence is left alone.

- A skill the item names in another spelling takes the JD's spelling in place (Postgres ->
  PostgreSQL); a mere word form (A/B test -> A/B testing) is left as written in a sentence.
- A capability the item evidences through a tool is named only where it reads as one phrase
  (Built Jenkins pipelines -> Built Jenkins CI/CD pipelines); otherwise the sentence is left
  alone. Nothing is ever appended in brackets, and no template sentence is added.
- Weak openers become direct ones (Responsible for -> Owned), nothing else changes.
- A term the person confirmed that the line cannot take into its words leads it as a topic
  ("Floats: count out ..."); an activity follows what was done, as a person writes it ("...,
  keeping the inventory of banquet equipment up to date"; a duty in the ad's words: "..., to
  spot counterfeit banknotes").
- Skills lines are reordered so the JD's terms come first; a capability the listed tools
  imply joins the list.
- A missing summary is one sentence from the CV's own role title and the tools it evidences,
  or none at all when no such sentence can be built.
"""

from __future__ import annotations

import re

from cvtailor.models import CVItem, Draft, ItemStatus, ItemType, WriteTask
from cvtailor.text.duties.newcomers import trained_as
from cvtailor.text.jd_terms import (
    ACTION_ENDINGS,
    FUNCTION_WORDS,
    OBJECT_OPENERS,
    PARTICLES,
    PEOPLE_VERBS,
    PREPOSITIONS,
    ROLE_NOUNS,
    directed_people,
    is_duty_verb,
    person_noun,
)
from cvtailor.text.lexicon import (
    adjective,
    base_verb,
    inflected_like,
    manner_adverb,
    only_verb_form,
    verb_form,
)
from cvtailor.text.qualifications import population
from cvtailor.text.vocabulary import NAMED_THINGS, Vocabulary
from cvtailor.text.wordforms import (
    contains,
    phrase_near,
    says,
    short_form_in,
    spelled_in,
    stem,
    stem_sequence,
    word_form_span,
)

WEAK_OPENERS = {
    "responsible for ": "Owned ",
    "was responsible for ": "Owned ",
    "in charge of ": "Led ",
    "participated in ": "Contributed to ",
    "worked on ": "Contributed to ",
    "involved in ": "Contributed to ",
    "duties included ": "",
    "tasked with ": "",
}


def _fix_opener(text: str) -> str:
    lowered = text.lower()
    for weak, strong in WEAK_OPENERS.items():
        if lowered.startswith(weak):
            rest = text[len(weak):]
            if not strong:
                return rest[:1].upper() + rest[1:]
            return strong + rest
    return text


def _join(terms: list[str]) -> str:
    if len(terms) <= 1:
        return "".join(terms)
    return ", ".join(terms[:-1]) + " and " + terms[-1]


_COUNTED = re.compile(r"(?:\b(?:a|an|one|each|every|this|that|these|those|another|several|"
                      r"many|few|multiple|two|three|four|five|six|seven|eight|nine|ten)|\d[\d,.+]*)"
                      r"\s+$", re.IGNORECASE)


def _breaks_grammar(text: str, start: int, surface: str, jd: str) -> bool:
    """The JD's spelling is only another form of the same words (test/testing, guides/guide;
    PLCs/PLC after a count), and putting it in would break the sentence: only a gerund
    ("structured interviews" -> "structured interviewing") fits, and not after a counting word
    ("an A/B test", "12 usability tests")."""
    if re.sub(r"[\s-]+", " ", surface).lower() == re.sub(r"[\s-]+", " ", jd).lower():
        return False  # case or hyphen only: data-quality -> data quality
    if len(jd.split()) > 1 and surface.split()[-1].lower() == jd.split()[-1].lower():
        return False  # an inner word's form only: average handling time -> average handle time
    one, other = surface.lower(), jd.lower()
    if (one in (other + "s", other + "es") or other in (one + "s", one + "es")) \
            and _COUNTED.search(text[:start]):
        return True  # the line's own number: "14 PLCs" is no "14 PLC"
    if stem_sequence(surface) != stem_sequence(jd):
        return False  # another name for the same skill: Postgres -> PostgreSQL
    if jd.lower().endswith("ing") and base_verb(one) and _second_verb(
            re.split(r"[.;]", text[start + len(surface):], maxsplit=1)[0]):
        return True  # "Supervise ... and sign off their skills": "Supervising ... and sign"
    before = re.search(r"([A-Za-z]+)\s+$", text[:start])
    if other in (one + "ing", one[:-1] + "ing", one + one[-1:] + "ing") and before is not None \
            and before.group(1).lower() in _BEFORE_A_BASE_VERB:
        return True  # "help onboard new hires" is no "help onboarding new hires"
    return not jd.lower().endswith("ing") or bool(_COUNTED.search(text[:start]))


# Words a verb's base form follows ("help onboard", "to train", "will coach").
_BEFORE_A_BASE_VERB = frozenset("to help helped helps will would can could must should may "
                                "might".split())


def _second_verb(clause: str) -> bool:
    """A verb's base form after "and" or "then" later in the clause ("... and sign off their
    skills"): the verb the line opens with is one of two, and only its own form leads both."""
    return any(base_verb(w) and not w.endswith(("ing", "s", "ed"))
               for w in re.findall(r"\b(?:and|then)\s+([a-z]+)\b", clause))


_WORDS = re.compile(r"[A-Za-z0-9]+")


def noun_first(term: str) -> bool:
    """The term opens on a noun or an adjective, not on a verb that governs the rest
    ("average handle time", "call quality assessments"; not "manage vendor relationships")."""
    first = term.split()[0].lower() if term.split() else ""
    return not only_verb_form(first) and (not base_verb(first) or (
        len(term.split()) > 1 and not verb_led(term, term)))


def _capital_of_a_line(term: str, name: str, vocab: Vocabulary) -> bool:
    """The term's capital is only that of where the ad or the vocabulary wrote it ("Flux-cored
    arc welding"): a practice's first word, capitalised and otherwise lower case; not a named
    thing (Salesforce, Python, English) nor an acronym (MIG welding)."""
    first = term.split()[0] if term.split() else ""
    return bool(re.fullmatch(r"[A-Z][a-z]+(?:-[a-z]+)*", first)) \
        and vocab.category(name) not in NAMED_THINGS


def _in_sentence(written: str, name: str, text: str, at: int, vocab: Vocabulary) -> str:
    """The term as written at position `at` of the line: without the capital only the ad's
    line gave it ("set up for FCAW" -> "set up for flux-cored arc welding", not
    "Flux-cored"), unless it opens a sentence; a named thing keeps its capital."""
    if _capital_of_a_line(written, name, vocab) and not _starts_sentence(text, at):
        return written[:1].lower() + written[1:]
    return written


def _starts_sentence(text: str, at: int) -> bool:
    """Position `at` opens the line, a sentence or what follows a label's colon."""
    return not text[:at].strip() or bool(re.search(r"[.!?:;]\s*$|^\s*[-*•]\s*$", text[:at]))


# What an ad adds after a name to ask for it ("barista experience", "Python skills").
_GENERIC_TAIL = re.compile(r"\s+(?:experience|skills?|knowledge|expertise|background)")


def rewrite_sentence(
    text: str, keywords: list[str], vocab: Vocabulary, jd_spellings: frozenset[str] = frozenset()
) -> tuple[str, list[str]]:
    """Surface `keywords` (JD spellings) that `text` evidences. Returns (text, used keywords).
    A spelling the JD itself uses somewhere (`jd_spellings`, lower case) is never changed."""
    used: list[str] = []
    wanted = {vocab.canonical(k) or k: k for k in keywords}
    # 1. Same skill, other spelling -> the JD's spelling (right to left keeps offsets valid).
    #    Not with more words inside a longer phrase found there: "backflow" of "backflow
    #    preventers" is no spelling of backflow prevention ("backflow prevention preventers");
    #    "data-quality" of "data-quality checks" is one of data quality.
    hits = vocab.find(text, phrases=True)
    for hit in sorted(hits, key=lambda h: -h.start):
        jd = wanted.get(hit.term)
        inside = bool(jd) and len(_WORDS.findall(jd or "")) > len(_WORDS.findall(hit.surface)) \
            and any(o.start <= hit.start and hit.end <= o.end
                    and o.end - o.start > hit.end - hit.start for o in hits)
        following = re.match(r"\s+([A-Za-z]+)", text[hit.end:])
        if (jd and hit.via != "phrase" and not inside and hit.surface != jd
                and not contains(text, jd)
                # the JD's own spelling of it, as a whole: a shorter one inside the JD's
                # longer spelling of the same skill ("Node" of "Node.js", "Excel" of
                # "Microsoft Excel") is completed, unlike a word form (step 1b)
                and hit.surface.lower() not in jd_spellings
                # "barista experience" of "Barista with four years ...": the line says it;
                # "Barista experience with four years" is no sentence
                and not _GENERIC_TAIL.fullmatch(jd.lower().removeprefix(hit.surface.lower()))
                and not _breaks_grammar(text, hit.start, hit.surface, jd)
                # "Purchasing assistant" is a job's name, the CV's own: never respelled
                and not (following and following.group(1).lower() in ROLE_NOUNS)):
            written = jd[:1].upper() + jd[1:] if hit.surface[:1].isupper() \
                and jd[:1].islower() else jd  # "Purchasing ..." -> "Procurement ...", capital kept
            written = _in_sentence(written, hit.term, text, hit.start, vocab)
            text = text[: hit.start] + written + text[hit.end:]
            used.append(jd)
    # 1b. A term the vocabulary does not know, in another form of its words -> the JD's form
    #    ("average handling time" -> "average handle time", "return to work meetings" ->
    #    "return-to-work meetings"): a noun phrase only, never a verb's other tense.
    for jd in keywords:
        if vocab.canonical(jd) is not None or jd in used or contains(text, jd):
            continue
        span = word_form_span(jd, text)
        if span is None or not noun_first(jd):
            continue
        start, end = span
        if _spelled_by_the_ad(text[start:end], jd_spellings):
            continue  # "older thatched roofs" is asked for too: "thatched roofs" stays
        said, asked = text[start:end].split()[0].lower(), jd.split()[0].lower()
        before = re.search(r"([A-Za-z]+)\s+$", text[:start])
        if asked != said and asked.endswith("ing") and before is not None \
                and before.group(1).lower() in _BEFORE_A_BASE_VERB:
            continue  # "help onboard new hires" is no "help onboarding new hires"
        written = jd[:1].upper() + jd[1:] if text[start:start + 1].isupper() else jd
        if not text[start:start + 1].isupper():  # a capital the line had stays
            written = _in_sentence(written, "", text, start, vocab)
        text = text[:start] + written + text[end:]
        used.append(jd)
    # 2. A capability a named tool evidences, only where it joins the noun that follows the
    #    tool: "Jenkins pipelines" + "CI/CD pipelines" -> "Jenkins CI/CD pipelines".
    for hit in sorted(vocab.find(text), key=lambda h: -h.start):
        if len(used) >= len(wanted):
            break
        broader = vocab.implied(hit.term)
        for name, jd in wanted.items():
            if name not in broader or jd in used or contains(text, jd):
                continue
            head, _, last = jd.rpartition(" ")
            following = re.match(r"\s+([A-Za-z][\w-]*)", text[hit.end:])
            if head and following and stem(following.group(1)) == stem(last):
                text = text[: hit.end] + f" {head}" + text[hit.end:]
                used.append(jd)
                break
    return text, used


def _spelled_by_the_ad(surface: str, jd_spellings: frozenset[str]) -> bool:
    """The line's words are the ad's own spelling of a term, or a part of one: respelled to
    another term's form ("Thatch roofs" of "Thatch roofs in Hungarian reed"), the line would
    lose the words the ad asks for elsewhere ("Carry out repairs on older thatched roofs")."""
    said = re.escape(surface.lower())
    return any(re.search(rf"(?<![\w-]){said}(?![\w-])", s) for s in jd_spellings)


_LABEL = re.compile(r"^\s*((?:\*\*|__)?[^:*_]{1,40}:(?:\*\*|__)?|(?:\*\*|__)[^*_]{1,40}(?:\*\*|__)\s*:)\s*(.*)$")


_TABLE_ROW = re.compile(r"^\s*\|(.*)\|\s*$")
_SEPARATORS = (",", ";", "|", "·", "•")


def _split_list(body: str) -> tuple[list[str], str]:
    """A skills list's entries and its separator; separators inside brackets do not split
    ("Excel (XLOOKUP, pivot tables)" is one entry)."""
    depth, counts = 0, dict.fromkeys(_SEPARATORS, 0)
    for ch in body:
        depth += (ch in "([") - (ch in ")]")
        if depth == 0 and ch in counts:
            counts[ch] += 1
    sep = max(_SEPARATORS, key=lambda c: counts[c])
    if not counts[sep]:
        return [body.strip()], ","
    parts, depth, cur = [], 0, ""
    for ch in body:
        depth += (ch in "([") - (ch in ")]")
        if depth == 0 and ch == sep:
            parts.append(cur.strip())
            cur = ""
        else:
            cur += ch
    parts.append(cur.strip())
    return [p for p in parts if p], sep


def _rewrite_list(
    body: str, keywords: list[str], vocab: Vocabulary, jd_spellings: frozenset[str],
    labelled: bool = False,
) -> tuple[str, list[str]] | None:
    """A list of skills with the JD's spellings, the JD's terms first and the capabilities
    the listed tools imply appended (to a `labelled` list only if of its kind: `_of_kind`);
    None if `body` is not a list."""
    parts, sep = _split_list(body)
    if len(parts) < 2:
        return None
    wanted = {vocab.canonical(k) or k.lower(): k for k in keywords}
    order = {name: n for n, name in enumerate(wanted)}
    used: list[str] = []
    respelled: list[str] = []
    ranks: list[int] = []
    named: set[str] = set()
    for part in parts:
        hits = vocab.find(part)
        named |= {h.term for h in hits}
        for hit in sorted(hits, key=lambda h: -h.start):
            jd = wanted.get(hit.term)
            if jd and hit.surface != jd and hit.surface.lower() not in jd_spellings:
                part = part[: hit.start] + jd + part[hit.end:]
            if jd and jd not in used:
                used.append(jd)
        respelled.append(part)
        ranks.append(min((order[h.term] for h in hits if h.term in order), default=999))
    new_parts = [respelled[n] for n in sorted(range(len(respelled)), key=lambda n: (ranks[n], n))]
    implied = set().union(*(vocab.implied(name) for name in named)) if named else set()
    for name, jd in wanted.items():
        if name in implied and name not in named and not contains(body, jd) and \
                _name_capability(new_parts, jd, vocab, jd_spellings,
                                 append=not labelled or _of_kind(body, jd, vocab)):
            used.append(jd)
    if new_parts == parts:
        return body, used
    joiner = f"{sep} " if sep in ",;" else f" {sep} "
    return joiner.join(new_parts), used


def _name_capability(
    parts: list[str], jd: str, vocab: Vocabulary, jd_spellings: frozenset[str],
    append: bool = True,
) -> bool:
    """A capability the listed tools imply joins the entry that names it as one phrase
    ("Jenkins pipelines" -> "Jenkins CI/CD pipelines"), or (`append`) the end of the list;
    whether it was written."""
    for n, part in enumerate(parts):
        text, used = rewrite_sentence(part, [jd], vocab, jd_spellings)
        if jd in used:
            parts[n] = text
            return True
    if append:
        parts.append(vocab.display(jd))
    return append


def _labelled(text: str) -> tuple[str, str]:
    """A skills line's label ("**Data:** ", "" if none) and the list after it."""
    m = _LABEL.match(text)
    return (text[: m.start(2)], m.group(2)) if m else ("", text)


def _listed_with(text: str, term: str) -> str | None:
    """A skills line with one more entry at the end of its list, in its own separator and
    label ("**Tooling:** Git, MkDocs" + static site generator -> "**Tooling:** Git, MkDocs,
    static site generator"); None if the line is not a list."""
    if _TABLE_ROW.match(text):
        return None
    prefix, body = _labelled(text)
    parts, sep = _split_list(body)
    if len(parts) < 2:
        return None
    joiner = f"{sep} " if sep in ",;" else f" {sep} "
    return prefix + body.rstrip().rstrip(".") + joiner + term


def _fits_list(text: str, term: str, vocab: Vocabulary) -> bool:
    """A term may join a labelled list only as one of its kind (`_of_kind`); any term joins
    an unlabelled list."""
    prefix, body = _labelled(text)
    return not prefix or _of_kind(body, term, vocab)


def _of_kind(body: str, term: str, vocab: Vocabulary) -> bool:
    """The term is of the kind most entries of the list are: "pandas, NumPy, Matplotlib"
    under "**Libraries:**" takes another library, not "Data visualization" (the capability
    they show), which would read as a library. A term the vocabulary does not know is let
    in."""
    kinds = [vocab.category(vocab.canonical(p) or "") for p in _split_list(body)[0]]
    known = [k for k in kinds if k]
    kind = vocab.category(vocab.canonical(term) or "")
    return not kind or not known or known.count(kind) * 2 >= len(known)


def rewrite_skills_line(
    text: str, keywords: list[str], vocab: Vocabulary, jd_spellings: frozenset[str] = frozenset()
) -> tuple[str, list[str]]:
    """A skills line keeps its form: its label ("**Data:**"), its separator, a table row's
    cells; only the list itself changes."""
    row = _TABLE_ROW.match(text)
    if row and "|" in row.group(1):
        cells = row.group(1).split("|")
        out = _rewrite_list(cells[-1], keywords, vocab, jd_spellings, labelled=True)
        if out is None or out[0] == cells[-1]:
            return text, out[1] if out else []
        cells[-1] = f" {out[0].strip()} "
        return "|" + "|".join(cells) + "|", out[1]
    prefix, body = _labelled(text)
    listed = _rewrite_list(body, keywords, vocab, jd_spellings, labelled=bool(prefix))
    if listed is None:
        return rewrite_sentence(text, keywords, vocab, jd_spellings)
    return (text if listed[0] == body else prefix + listed[0]), listed[1]


# Kinds of terms a one-sentence summary can name after "working with": tools, not practices,
# degrees or certifications ("working with month-end close" is not what a person writes).
SUMMARY_CATEGORIES = frozenset({
    "programming_language", "framework", "library", "database", "cloud", "devops_tool",
    "data_tool", "design_tool", "business_tool", "office_tool", "crm", "message_broker",
    "ci_cd", "infrastructure",
})
SUMMARY_MIN_TERMS = 2


def summary_tools(terms: list[str], vocab: Vocabulary) -> list[str]:
    """The terms a new summary may name: tools, at most four, shown as on their own; a
    tool's name, not a practice's words ("Version control": "working with Python, SQL and
    Version control" is no sentence a person writes)."""
    tools = [vocab.display(t) for t in terms
             if vocab.category(vocab.canonical(t) or "") in SUMMARY_CATEGORIES]
    return list(dict.fromkeys(t for t in tools if not re.search(r"\s[a-z]", t)))[:4]


def summary_sentence(role_title: str, terms: list[str], vocab: Vocabulary) -> str | None:
    """One sentence from the CV's own facts — the most recent role title and the tools it
    evidences ("Senior Data Engineer working with Python, Airflow and BigQuery.") — or None
    when no such sentence can be built (no title, fewer than two tools)."""
    title = role_title.strip()
    tools = summary_tools(terms, vocab)
    if not title or len(tools) < SUMMARY_MIN_TERMS:
        return None
    return f"{title} working with {_join(tools)}."


def attest(text: str, term: str, *, label: bool = True) -> str:
    """Work a term the person confirmed into a line that shows it in other words: the noun it
    refines takes it ("into 7 services" + microservices -> "into 7 microservices"; "SQL models"
    + data models -> "SQL data models"); a duty joins the line's own verb ("Leading and
    influencing cross-functional teams", `_coordinated`); else it leads the line as its subject
    ("Stakeholder management: ran monthly steering reviews ..."), a duty as an activity."""
    words = term.split()
    head, last = " ".join(words[:-1]), words[-1].lower()
    # a noun whose last word is a preposition's object refines no noun of that name
    # ("communication with parents": "Talk parents through ..." is no "Talk communication
    # with parents through ..."); an activity still goes before whom it is with ("run intake
    # meetings partnering with hiring managers")
    phrased = any(w.lower() in PREPOSITIONS for w in words[:-1]) \
        and not words[0].lower().endswith("ing")
    full = spelled_in(term, text)
    at = text.index(full) + len(full) if full else 0
    if full and f"({term})" not in text and not text[at:].startswith(":"):
        # "inspection and test plans" + ITPs -> "inspection and test plans (ITPs)": the short
        # form the ad uses, after the line's own words (never after a lead-in's term)
        return f"{text[:at]} ({term}){text[at:]}"
    short = short_form_in(term, text, min_words=2)
    if short and re.search(rf"(?<![\w-]){re.escape(short)}['’]", text):
        short = None  # "the GC's weekly meeting": "general contractor (GC)'s" reads badly
    if short and f"({short})" not in text:  # "directing 4 PSWs" -> "directing 4 personal
        # support workers (PSWs)": the short form spelled out where it stands
        full = f"{term}s" if short.endswith("s") and not term.endswith("s") else term
        return re.sub(rf"(?<![\w-]){re.escape(short)}(?![\w-])", f"{full} ({short})", text,
                      count=1)
    if verb_led(term, text):  # "influence cross-functional teams": a duty, not a modifier
        return _coordinated(text, term) or (
            _lead_in(text, _as_activity(term, text)) if label else text)
    if len(words) > 1 and words[0].lower().endswith("ing") and only_verb_form(words[0].lower()) \
            and not any(w.lower() in PREPOSITIONS for w in words[1:]):
        # "managing absence" is an activity, no noun's modifier: "Track sickness managing
        # absence in Core HR" is no sentence (an activity with whom it is done still goes
        # before them: "run intake meetings partnering with hiring managers")
        return _lead_in(text, term) if label else text
    for m in re.finditer(r"[A-Za-z][\w-]{3,}", text):
        word = m.group(0).lower()
        before = text[: m.start()].split()
        if not before or before[-1].lower() in _NOT_BEFORE_A_NOUN or before[-1].endswith(":"):
            continue  # the first word of the line or of what follows a lead-in is its verb
        if not head and last.endswith(word) and last != word:
            return text[: m.start()] + words[-1] + text[m.end():]
        if head and re.fullmatch(r"[A-Z]{2,6}", head) and "".join(
                w[:1] for w in before[-len(head):]).upper() == head:
            return text  # "a customer success platform" already says "CS platform" in full
        if head and not phrased and word in (last, last + "s") and not contains(text, head) \
                and not _NUMBERED.search(text[:m.start()]):
            merged = _insert_head(text, m.start(), head.split())
            if merged is not None:
                return merged
    if _doer_of_first_verb(term, text):
        return text  # "Precept student nurses ...": no "Preceptor: precept student nurses ..."
    return _lead_in(text, _as_activity(term, text)) if label else text  # a summary: as written


def _doer_of_first_verb(term: str, text: str) -> bool:
    """The term is one word, the doer of the verb the line opens with ("preceptor" of
    "Precept student nurses ...", "coordinator" of "Coordinate ...", "trainer" of "Train
    ..."): the line already says it, and a lead-in would only say it twice."""
    first = re.match(r"\s*([A-Za-z]+)", text)
    if first is None or " " in term.strip():
        return False
    verb, doer = first.group(1).lower(), term.strip().lower()
    return doer in {verb + "or", verb + "er", verb + "r", verb[:-1] + "or"} and verb != doer


def _lead_in(text: str, term: str) -> str:
    """The line led by the term: "Term: <the line, lower-cased unless a name>". A line with a
    colon of its own ("Charge sonographer 2 days a week: assign ...") takes a dash there, so
    the line reads with one label, not two ("Daily workflow: charge sonographer 2 days a
    week — assign ...")."""
    body = _dashed(text)
    first = re.match(r"([A-Za-z][A-Za-z-]*)\W+(\S?)", body)
    verb = first.group(1).rsplit("-", 1)[-1] if first else ""
    if first and not body[:2].isupper() and (
            not first.group(2).isupper()
            # "Built Bayesian models ...": a word only a verb is, before a name
            or (only_verb_form(verb.lower()) and not base_verb(verb.lower()))
            # "Administer FMLA ...": a verb's base before a short form, never a name's
            # first word ("Teach First")
            or (base_verb(verb.lower()) and _SHORT_FORM_NEXT.match(body) is not None)
            # "During Relay Analytics' pilot ...": a preposition before a name
            or first.group(1).lower() in PREPOSITIONS) and (
            verb_form(verb)  # "Re-quoted"
            or first.group(1).lower() in FUNCTION_WORDS):
        # "Managed ..." -> "managed ...": a verb or a small word; a name as written ("Crown
        # Melbourne's ...", "Grand Palace ...": the employer is a fact of the CV, never
        # lower-cased)
        body = body[:1].lower() + body[1:]
    return f"{term[:1].upper()}{term[1:]}: {body}"


# A line's first word before a short form of capitals ("Administer FMLA", "Read TAFs").
_SHORT_FORM_NEXT = re.compile(r"[A-Za-z-]+\s+[A-Z]{2,}s?\b")


def _dashed(text: str) -> str:
    """The line with its first colon written as a dash (what follows a lead-in)."""
    return text.replace(": ", " — ", 1)


def led_by_a_term(written: str, text: str) -> bool:
    """`written` is `text` led by a term (`_lead_in`): "Term: <text>"."""
    head, sep, body = written.partition(": ")
    return bool(sep) and bool(head) and body[1:] == _dashed(text)[1:]


def verb_led(term: str, text: str) -> bool:
    """A term that is a duty, a verb and what it acts on: its first word is only a verb
    ("precept dietetic interns", "manage vendor relationships"), or may be one and the line
    says all the rest ("influence cross-functional teams" for "Leading cross-functional
    teams"). Not a practice named by a noun ("change management"), a quality ("complex sales
    cycles": "complex" may be a verb, but is an adjective first), nor a noun's modifier the
    line lacks ("care nursing experience" for "acute care experience"), nor a practice named
    by its -ing noun ("site acceptance testing" beside "Factory acceptance testing": the site
    is where, as the factory is, and "siting acceptance testing" is no such practice)."""
    words = term.split()
    return len(words) >= 2 and base_verb(words[0]) and (only_verb_form(words[0]) or (
        len(words) >= 3 and not adjective(words[0]) and not words[-1].lower().endswith("ing")
        and contains(text, " ".join(words[1:]))))


def _as_activity(term: str, text: str) -> str:
    """A duty that leads a line does so as an activity ("Influencing cross-functional teams:
    worked with ..."), not as an order to the reader ("Influence cross-functional teams:").
    People lead it as those the work is with ("Working with nurse managers: restock ..."),
    never as if they were the person's title ("Nurse managers: restock ...")."""
    verb, _, rest = term.partition(" ")
    if verb_led(term, text) or (rest and verb.lower() in PEOPLE_VERBS):
        # "Coach junior accountants" too: a verb and a noun, leading what it does to people
        return _doing(term) or term
    if _duty_opening(term):
        # a duty as the ad opened a sentence with it keeps the ad's words ("Train
        # apprentices", which `trailed` writes "..., to train apprentices"): its last word
        # names people, but it is no people worked with ("working with train apprentices")
        return term
    if population(term) and (taught := trained_as(term, text)):
        # "Apprentices" of a line teaching two students on placement: training them, which
        # the line shows (text/duties/newcomers), not merely working with them
        return taught
    if population(term) and not (verb.endswith("ing") and only_verb_form(verb.lower())):
        # "Nurse managers: restock ..." reads as the person's title ("precepting dietetic
        # interns" is an activity already, no people worked with)
        head = term.split()[-1].lower()
        # "working with staff", "working with the nursing team", "... with the public"
        the = "" if head.endswith("s") or head in _GROUPS else "the "
        return f"working with {the}{term[:1].lower() + term[1:] if term[1:2].islower() else term}"
    return term


def _duty_opening(term: str) -> bool:
    """The term is a duty as the ad opened a sentence with it, a verb and the things it acts
    on ("Spot counterfeit banknotes", "Train new recruits", "Train apprentices"): its
    capital is the sentence's, its first word may be a verb, and the rest are lower-case
    things in the plural, none a preposition or a noun of an action, which would make the
    first word a noun's modifier ("Change orders", "Fire inspections", "Board of Directors"
    keep their reading: a term inside a sentence has no capital)."""
    words = term.split()
    if len(words) < 2 or not (term[:1].isupper() and term[1:2].islower()) \
            or not base_verb(words[0].lower()):
        return False
    verb, rest = words[0].lower(), [w.lower() for w in words[1:]]
    if not (all(w.isalpha() and w == o for w, o in zip(rest, words[1:], strict=True))
            and rest[-1].endswith("s") and not rest[-1].endswith("ss")
            and not any(w in PREPOSITIONS or w.endswith(ACTION_ENDINGS) for w in rest)):
        return False
    # two words are a duty done to people ("Train apprentices"), not a compound ("Change
    # orders", "Site surveys"); three, a duty verb or a verb before a quality of the things
    # ("Open extra checkouts"), not a compound ("Fire flow tests", "Home exercise programs")
    if len(words) == 2:
        return is_duty_verb(verb) and person_noun(rest[-1])
    return is_duty_verb(verb) or adjective(rest[0])



def activity(term: str, text: str) -> bool:
    """The term leads its line as an activity of more than one word ("Coach junior
    accountants" -> "coaching junior accountants", people as "working with nurse managers",
    "keeping the inventory up to date", "training new cooks"), not a topic ("Vehicle
    checks", "Training sessions"). A verb's -ing form and one noun may name a thing
    ("seating plan", "cleaning schedule"): it stays a topic."""
    if _duty_opening(term):
        return True
    written = _as_activity(term, text)
    words = written.split()
    if len(words) < 2 or not words[0].lower().endswith("ing"):
        return False
    if written != term:
        return True
    opener = words[1].lower() in OBJECT_OPENERS or adjective(words[1].lower())
    # a word that may be a noun too ("training") is an activity done to people the ad
    # describes ("training new cooks", "training junior technicians"), never a compound
    # that names them ("nursing home residents")
    return (only_verb_form(words[0].lower()) and (len(words) >= 3 or opener)) or (
        opener and verb_form(words[0])
        and (population(" ".join(words[1:])) or directed_people(words[-1]))) or (
        # "working systematically to reduce food waste": how a verb is done is no topic
        verb_form(words[0]) and manner_adverb(words[1].lower()))


def verb_joined(text: str, term: str) -> str | None:
    """A line led by a lone verb the ad asks for ("Supervise: lead a team of 3 leasing
    consultants ...") written as a person writes it, the verb joined to the line's own
    present-tense verb: "Supervise and lead a team of 3 leasing consultants ...". None for a
    line in the past tense ("Mentor: trained 2 new staff accountants ..."), whose verb would
    lose the ad's spelling, or one whose first word is no verb of an object ("lead hand on the
    9-storey condo ...")."""
    head, sep, body = text.partition(": ")
    words = body.split()
    if not sep or head != term[:1].upper() + term[1:] or " " in term.strip() \
            or not base_verb(term.lower()) or len(words) < 2:
        return None
    verb, after = words[0].lower(), words[1].lower()
    # "stand in for the head chef", "help out at ...": a verb with its particle
    particle = after in PARTICLES and len(words) > 2 \
        and (words[2].lower() in PREPOSITIONS or words[2].lower() in OBJECT_OPENERS)
    if verb == term.lower() or not base_verb(verb) or verb.endswith(("ed", "ing")) \
            or not (after in OBJECT_OPENERS or adjective(after) or after.isdigit() or particle):
        return None
    return f"{head} and {body[:1].lower()}{body[1:]}"


def trailed(text: str, term: str | None = None) -> str | None:
    """A line led by an activity ("Keeping the inventory of banquet equipment up to date: count
    the glasses ... after every function") written as a person writes it, the activity after
    what was done: "Count the glasses ... after every function, keeping the inventory of
    banquet equipment up to date." A duty the ad wrote with its verb's base (`term`:
    "mentor new communications officers", "Spot counterfeit banknotes") says what the work
    was for, in the ad's words ("..., to mentor new communications officers"). None when the
    line has more than one clause (a ";", more than one sentence; for an activity also a dash
    or its own participle clause), which the activity would follow only loosely."""
    head, sep, body = text.partition(": ")
    end = "." if body.endswith(".") else ""
    core = body[:-1] if end else body
    lead = "to " if _duty_opening(head) else ""
    if not lead and term is not None and _led_as_doing(term, head):
        head, lead = term, "to "
    if not sep or not head or not core or re.search(r";|:\s|[.!?]\s", core) or (
            not lead and (re.search(r"\s[—–-]\s", core)
                          or re.search(r",\s+(?:and\s+)?[a-z]+ing\b", core))):
        return None
    core = core[:1].upper() + core[1:]  # the line's own first word, as the CV wrote it
    return f"{core}, {lead}{head[:1].lower() + head[1:] if head[1:2].islower() else head}{end}"


def _doing(term: str) -> str | None:
    """The term, a verb and what it acts on, with the verb as an activity ("mentor new
    officers" -> "mentoring new officers"), or None when lemminflect has no such form."""
    verb, _, rest = term.partition(" ")
    doing = inflected_like(verb.lower(), "doing") if rest else None
    return f"{doing} {rest}" if doing else None


def _led_as_doing(term: str, head: str) -> bool:
    """`head` is `term`, a verb's base and what it acts on ("mentor new officers"), with the
    verb as an activity ("Mentoring new officers"), not people worked with ("working with
    product managers") nor a topic."""
    doing = _doing(term) if base_verb(term.partition(" ")[0].lower()) else None
    return doing is not None and doing.lower() != term.lower() and head.lower() == doing.lower()


# People named as a mass noun, which takes no article ("clinical staff", "people"); a team, a
# crew, a family and the public are one of a kind and take "the".
_GROUPS = frozenset("staff people personnel children".split())


def _coordinated(text: str, term: str) -> str | None:
    """A duty the person confirmed, joined to the line's own verb for the same thing: the
    line says what the duty acts on right after a verb ("Leading cross-functional teams ...")
    and the duty's verb takes that verb's form ("Leading and influencing cross-functional
    teams ..."). None when the line does not, or lemminflect has no such form."""
    verb, *rest = term.split()
    obj = " ".join(rest)
    m = re.search(rf"\b([A-Za-z]+)\s+{re.escape(obj)}(?![A-Za-z0-9])", text, re.IGNORECASE)
    if m is None:
        return None
    first = not text[:m.start()].strip() or text[:m.start()].rstrip().endswith((".", ":", ";"))
    if m.group(1).lower() in _NOT_BEFORE_A_NOUN or not verb_form(m.group(1)) \
            or not (only_verb_form(m.group(1)) or m.group(1).lower().endswith(("ing", "ed"))
                    or (first and base_verb(m.group(1)))):  # "Lead cross-functional teams"
        return None
    form = inflected_like(verb, m.group(1))
    if form is None or form.lower() == m.group(1).lower():
        return None
    return f"{text[:m.end(1)]} and {form}{text[m.end(1):]}"


def _lead_in_with(text: str, term: str) -> str | None:
    """The line's "Term: ..." lead-in naming one more term ("Electrical drawings and
    schematics: installed ..."), or None when it names two already: a third would make it a
    list of labels."""
    head, _, body = text.partition(": ")
    if " and " in head:
        return None
    # a term that has its own "and" joins by a comma ("Delivery plan, routing and
    # scheduling: ..."), not "Delivery plan and routing and scheduling"
    return f"{head}, {term}: {body}" if " and " in term else f"{head} and {term}: {body}"


# A noun a number counts ("4 state underwriting managers"): words put before it would change
# what was counted, a fact of the CV.
_NUMBERED = re.compile(r"\b\d[\d,.]*\+?(?:\s+[A-Za-z][\w-]*){0,3}\s+$")
_NOT_BEFORE_A_NOUN = {"and", "or", "to", "then", "also", "i", "we", "who", "that", "which"}
_WORD_BEFORE = re.compile(r"([A-Za-z][\w-]*)\s+$")


def _insert_head(text: str, at: int, head: list[str]) -> str | None:
    """`head` (a term's words before its noun) written before the noun at `at`, sharing the
    words the line already has there: "acute care experience" + "care nursing experience" ->
    "acute care nursing experience"; "Charge nurse" + "relief charge nurse" -> "Relief charge
    nurse". None when the result would still repeat a word ("care care")."""
    before: list[tuple[int, str]] = []  # (start, word) of the words right before the noun
    end = at
    while len(before) < len(head):
        m = _WORD_BEFORE.search(text[:end])
        if m is None:
            break
        before.insert(0, (m.start(1), m.group(1)))
        end = m.start(1)
    lowered = [w.lower() for w in head]
    words = [w.lower() for _, w in before]
    for k in range(min(len(words), len(head)), 0, -1):
        if words[-k:] == lowered[-k:]:  # the line ends with the term's last head words
            start = before[-k][0]
            rest = " ".join(head[:-k])
            if start == 0 or text[:start].rstrip().endswith((".", ":", ";")):
                rest = rest[:1].upper() + rest[1:]
                return text[:start] + rest + " " + text[start].lower() + text[start + 1:]
            return text[:start] + rest + " " + text[start:]
    for k in range(min(len(words), len(head)), 0, -1):
        if words[-k:] == lowered[:k]:  # the line ends with the term's first head words
            return text[:at] + " ".join(head[k:]) + " " + text[at:]
    root = re.split(r"[-\s]", lowered[-1])[0]
    if words and len(root) >= 4 and words[-1] != lowered[-1] and words[-1].startswith(root):
        # the line's own word for it says the same ("monthly close" + month-end close): the
        # term takes its place rather than doubling it ("monthly month-end close")
        start = before[-1][0]
        written = " ".join(head)
        if start == 0 or text[:start].rstrip().endswith((".", ":", ";")):
            written = written[:1].upper() + written[1:]
        return text[:start] + written + " " + text[at:]
    if _COORDINATED.search(text[:at]) or any(w in lowered for w in words):
        # "commercial and residential experience" + commercial electrical experience: the
        # head would modify only the last of two ("residential commercial electrical
        # experience"), or say a word the noun's modifiers already have
        return None
    merged = text[:at] + " ".join(head) + " " + text[at:]
    return None if _REPEATED_WORD.search(merged) and not _REPEATED_WORD.search(text) \
        else merged


# A noun's modifiers joined by "and", "or" or a comma right before it ("commercial and
# residential experience").
_COORDINATED = re.compile(r"\b(?:and|or|&)\s+[A-Za-z][\w-]*\s+$|,\s*[A-Za-z][\w-]*\s+$")
_REPEATED_WORD = re.compile(r"\b([A-Za-z]{2,})\s+\1\b", re.IGNORECASE)


_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_NAME = re.compile(r"(?<=\s)[A-Z][\w&'’-]*")


def _narrowed(text: str, term: str, vocab: Vocabulary) -> str | None:
    """The line with the broader name it gives replaced by the part of it the person
    confirmed ("work orders in SAP" + SAP PM -> "work orders in SAP PM"), or None when the
    line names no thing of the same kind that the term is part of."""
    name = vocab.canonical(term)
    if name is None:
        return None
    broader = vocab.wholes(name)
    for hit in vocab.find(text):
        if hit.term in broader and text[hit.start:hit.end] == hit.surface:
            return f"{text[:hit.start]}{term}{text[hit.end:]}"
    return None


def _retold(item: CVItem, base: str, attested: list[str]) -> tuple[str, list[str]] | None:
    """The line as the person told it again in their answer, with the terms it says: an
    answer that retells a line ("Sent the design queries to the consultant as RFIs and
    tracked them in the register") and names the term it was asked about reads better than
    the line led by that term ("RFIs: sent design queries ..."). Only an answer that keeps
    every number and name of the line, so nothing the CV said is lost."""
    lead = re.match(r"[A-Z][\w&'’-]*", base)
    names = _NAME.findall(base) + ([lead.group()] if lead and not verb_form(lead.group())
                                   else [])  # "Acme's rollout ...": a name leads the line
    for given in item.retellings():
        line = str(given.get("line", "")).strip()
        said = [t for t in attested if says(line, t)]
        low = line.lower()
        if not line or not said or set(_NUMBER.findall(base)) - set(_NUMBER.findall(line)) \
                or any(name.lower() not in low for name in names):
            continue
        if not base.rstrip().endswith((".", "!", "?")):
            line = line.rstrip(".")
        return line, said
    return None


def write(task: WriteTask, vocab: Vocabulary) -> Draft:
    """The item rewritten by the rules (the JD's spellings, skills reordered, weak openers made
    direct) as a Draft, with the keywords it used. A term the line cannot take into its words
    leads it as a topic ("Floats: count out ..."), or, an activity, follows what was done
    (`trailed`: "..., keeping the inventory up to date")."""
    item: CVItem = task.item
    base = item.original or item.text
    keywords = task.plan.keywords
    jd_spellings = frozenset(k.lower() for k in task.job_keywords)
    if item.type == ItemType.KEY_QUALIFICATION:
        text, used = (keywords[0] if keywords else base), keywords[:1]
    elif item.type == ItemType.SUMMARY and not base:
        text = summary_sentence(task.plan.role_title, keywords, vocab) or ""
        used = [k for k in keywords if contains(text, vocab.display(k))]
    elif item.type == ItemType.SKILL:
        text, used = rewrite_skills_line(base, keywords, vocab, jd_spellings)
        for term in task.plan.attested:  # the person said this list shows it: it joins the list
            if term not in used and not contains(text, term) and _fits_list(text, term, vocab):
                listed = _listed_with(text, term)
                if listed is not None:
                    text = listed
                    used.append(term)
    else:
        text, used = rewrite_sentence(_fix_opener(base), keywords, vocab, jd_spellings)
        if (retold := _retold(item, base, task.plan.attested)) is not None:
            text, used = retold[0], [*used, *(t for t in retold[1] if t not in used)]
        labelled = False  # one "Term: ..." label a line; a second reads as a list of labels
        active = True  # every term of the label is an activity: it goes after the line
        leading: list[str] = []  # the terms of the label
        # what the person confirmed, then a planned term the line's own words evidence
        # (a vocabulary phrase: "NetFlow dashboards" for network monitoring) that no sentence
        # of it could take
        shown = {h.term for h in vocab.find(base, phrases=True) if h.via == "phrase"}
        for term in [*task.plan.attested, *(k for k in keywords if k not in used and k not in
                                             task.plan.attested and vocab.canonical(k) in shown)]:
            # a line that already says it in its own order ("build weekly labor schedules"
            # for "building labor schedules") is left as written, not given it twice
            if term not in used and not contains(text, term) and not phrase_near(term, text):
                attested = (_narrowed(text, term, vocab) if term in task.plan.attested
                            else None) or attest(text, term, label=item.type != ItemType.SUMMARY)
                # a later term never breaks one already written ("learning X effectiveness")
                label = attested != text and led_by_a_term(attested, text)  # "Term: <text>"
                if label and labelled:  # a second term the person confirmed joins the lead-in
                    joined = _lead_in_with(text, _as_activity(term, text)) \
                        if term in task.plan.attested else None
                    if joined is None:
                        continue
                    attested = joined
                keeps = all(contains(attested, u) for u in used if contains(text, u))
                if not keeps and labelled and term in task.plan.attested:
                    # the person confirmed it, but writing it would break the lead-in's term
                    # ("Preventive electrical maintenance: ..."): it joins the lead-in instead
                    attested, keeps = _lead_in_with(text, _as_activity(term, text)) or text, True
                if attested != text and keeps:
                    if led_by_a_term(attested, text) or (labelled and attested.partition(
                            ": ")[0] != text.partition(": ")[0]):
                        active = active and activity(term, text)
                        leading.append(term)
                    labelled = labelled or label
                    text = attested
                    used.append(term)
        if labelled and active:
            text = trailed(text, leading[0] if len(leading) == 1 else None) or text
        elif labelled and len(leading) == 1:
            text = verb_joined(text, leading[0]) or text
    return Draft(
        item_id=item.id,
        text=text,
        original=item.original,
        evidence=list(task.plan.evidence or [item.id]),
        keywords=used,
        raw_output=None,
        engine="offline",
        attempt=task.attempt,
        round=task.round,
        status=ItemStatus.GENERATED,
        feedback=task.feedback,
    )
