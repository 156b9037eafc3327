"""The gap interview's answers, turned into evidence and CV items — the only way a person's own
knowledge enters the CV, and never more than the answer says.

- A *confirm* question answered "yes": the quoted CV lines become user-confirmed evidence for
  the requirement (`via="user"`), so the plan writes the JD's term into the strongest of them.
- "no" (or an empty answer): the requirement is declined; it is never asked again in this
  session and a semantic candidate can no longer claim it.
- A *describe* answer: a new `user_provided` item under the role it names (the `role` field,
  or the employer, title or section the text mentions; else an "Additional Experience"
  section). It evidences only a term the answer supports (`supported_term`): never when it
  names something else in its place (RabbitMQ for Kafka, a credential not yet held), and a
  named skill only when the answer says it; otherwise the item is kept, in the person's words,
  and nothing is claimed. An answer that tells a line of that role again in other words
  (`restated_line`) adds no second bullet: that line carries the answer and its term.
- A *follow-up* (`follow_up_questions`): when a described answer does not support the JD's
  term on its own words, a later round quotes it back and asks "does that show X?"; a "yes"
  is the person's explicit claim, and the term is written into their item.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from cvtailor.checks.fabrication import numbers
from cvtailor.models import (
    Answer,
    CVEntry,
    CVItem,
    CVSection,
    Evidence,
    GapReport,
    ItemStatus,
    ItemType,
    JobPosting,
    Question,
    QuestionEvidence,
    Requirement,
    SectionKind,
    StructuredCV,
)
from cvtailor.models.cv import RETOLD
from cvtailor.models.interrupts import unclear
from cvtailor.research.answers import about, hedged_no, off_topic, shows_in_part, unnamed
from cvtailor.research.evidence import (
    ALSO,
    ALTERNATIVES,
    WHERE_ELSE,
    duty_term,
    held_term,
    near_miss,
    spoken_term,
)
from cvtailor.text.cvtext import own_claims, without_watched
from cvtailor.text.jd_terms import (
    DETERMINERS,
    FUNCTION_WORDS,
    NUMBER_WORDS,
    PREPOSITIONS,
    asked_to_be,
    content_stems,
    lone_noun,
    person_noun,
    role_named,
    weak_term,
)
from cvtailor.text.lexicon import base_verb, verb_form
from cvtailor.text.not_held import held_thing, lapsed
from cvtailor.text.vocabulary import NAMED_THINGS, Vocabulary, default_vocabulary
from cvtailor.text.wordforms import contains, says, spelled_as_name, stem

USER_SECTION = "additional-experience"
FOLLOW_UP = "-answer"  # the id suffix of a follow-up on a described answer
CONFIRMED_SCORE = 0.9  # user-confirmed evidence ranks just below the CV naming the skill

_YES = re.compile(r"^\s*(y|yes|yep|yup|yeah|aye|true|correct|right|it does|i do|i did|sure|"
                  r"absolutely|definitely|certainly|indeed|of course|affirmative|that(?:'s| is) "
                  r"(?:right|correct|true)|confirm(ed)?)\b", re.IGNORECASE)
_NO = re.compile(r"^\s*(n|no|nope|false|none|n/a|not really|never|i have not|i haven't|"
                 r"i don't|i do not|i did not|i didn't|it does not|it doesn't|not at all|"
                 r"(?:definitely|absolutely|certainly|of course|surely) not)\b", re.IGNORECASE)
_HEADING_PARTS = re.compile(r"\s+(?:--|[—–|·-])\s+|,\s+|\s+at\s+|\s*\|\s*", re.IGNORECASE)
# Sections whose entries are places a person worked or studied (an answer may name them).
_PLACES = (SectionKind.EXPERIENCE, SectionKind.PROJECTS, SectionKind.OTHER,
           SectionKind.EDUCATION, SectionKind.CERTIFICATIONS)
# A place's name, whose only commas come before a company's legal form ("Mekong Meas Rice
# Mill Co., Ltd.", "Acme, Inc.").
_PLACE_NAME = (r"(?:[^,]|,(?=\s*(?:ltd|inc|llc|co|corp|plc|pty|gmbh|ag|s\.?a|a\.?s|sarl|"
               r"s\.?r\.?l|b\.?v|n\.?v)\b)){2,60}?")
_FIRST_PERSON = re.compile(
    r"^\s*(?:(?:at|in|with|while at|during my time at|as(?!\s+i\b))\s+" + _PLACE_NAME
    + r",?\s+(?=i\b|i've|we\b))?"
    r"(?:i(?:'m|\s+am)\s+(?:an?\s+|the\s+)?|i\s+(?:have\s+|had\s+|also\s+)?|i've\s+|we\s+)",
    re.IGNORECASE)
# "At Google I ...", "While at Lumen Health we ...", "As a contractor I ...": where (or as
# what) the answer says the work was done.
_PLACE_SAID = re.compile(
    r"^\s*((?:at|while at|during my time at|as(?!\s+i\b))\s+" + _PLACE_NAME
    + r"),?\s+(?=i\b|i've|we\b)",
    re.IGNORECASE)
# The subject "I" of a later clause ("..., and I brought the close to 6 days"; "...: I read the
# standard"; "...; at Acme I redesigned ..."), and a perfect's "have" after a first "I have"
# ("I have 9 years ... and have spent ..."): a CV line has no subject.
_LATER_I = re.compile(r"(\band|[;:—–])\s+(?:I've\s+|I\s+(?:have\s+(?=[a-z]+(?:ed|en|t|ne|un|ght)\b)"
                      r"|also\s+)?)(?=[a-z])")
_LATER_AT_I = re.compile(
    r"((?:[;:]|,?\s+and)\s*(?:at|in|with|during)\s+(?:the\s+)?[A-Z][^,;:]{1,60}?)\s+I\s+(?=[a-z])")
_AND_HAVE = re.compile(r"\band\s+have\s+(?=[a-z]+(?:ed|en|t|ne|un|ght)\b)")


def is_yes(text: str) -> bool:
    """'yes', 'y', 'Yes, it does' ... (a confirm question's positive answer)."""
    return bool(_YES.match(text)) and not is_no(text)


def is_no(text: str) -> bool:
    """'no', 'n', 'never', empty, or a hedged no ("Not directly; I ...", "I haven't used
    Kafka, but ..."): the requirement is declined, whatever else the answer offers."""
    return not text.strip() or bool(_NO.match(text)) or hedged_no(text)


@dataclass
class Outcome:
    """What a round of answers changes."""

    cv: StructuredCV
    confirmed: dict[str, list[Evidence]] = field(default_factory=dict)
    declined: list[str] = field(default_factory=list)
    described: list[str] = field(default_factory=list)  # new user_provided item ids
    # describe questions answered with neither a no nor where and how ("maybe"): not used
    unclear: list[str] = field(default_factory=list)


def apply_answers(cv: StructuredCV, job: JobPosting, questions: list[Question],
                  answers: list[Answer]) -> Outcome:
    """Apply one round of answers: confirmations, declines and described experience."""
    out = Outcome(cv=cv.model_copy(deep=True))
    by_id = {q.id: q for q in questions}
    requirements = {r.id: r for r in job.requirements}
    for answer in answers:
        question = by_id.get(answer.question_id)
        req_id = answer.requirement_id or (question.requirement_id if question
                                           else answer.question_id.removeprefix("q-"))
        if req_id not in requirements:
            continue
        text = answer.text.strip()
        if question is not None and question.kind == "confirm" and is_yes(text) \
                and not _tells_own_work(text):
            term = question.term or (requirements[req_id].keywords or [""])[0]
            out.confirmed[req_id] = [
                Evidence(item_id=e.item_id, score=CONFIRMED_SCORE, via="user", term=term,
                         matched=e.text[:160]) for e in question.evidence]
        elif is_no(text) or (question is not None and question.kind == "confirm"
                             and not _describes(text)):
            if question is None or not question.id.endswith(ALSO):
                out.declined.append(req_id)  # a no to its second term keeps the first
        elif question is not None and question.id.endswith(FOLLOW_UP) \
                and _repeats(text, question):
            continue  # a follow-up answered with the person's own answer again: nothing new
        elif (is_yes(text) and len(text.split()) < 4) or unclear(text):
            # "yes" or "maybe" to "say where and how": nothing to place or claim
            if question is not None and question.kind == "describe" and unclear(text):
                out.unclear.append(question.id)
        else:
            term = question.term if question is not None else ""
            # asked whether they hold again what a lapsed line names: it goes with that line
            renewed = next((e.item_id for e in question.evidence if lapsed(e.text)), None) \
                if question is not None and question.kind == "describe" else None
            vocab = default_vocabulary()
            item_id = _add_described(
                out.cv, text, answer, req_id, term,
                renewed is not None or held_term(term, requirements[req_id].text, vocab),
                renewed, _language_named(term, text, vocab) if spoken_term(term, vocab) else None,
                where_it_shows=question is not None and _says_where_it_shows(question))
            out.described.append(item_id)
    return out


def follow_up_questions(cv: StructuredCV, job: JobPosting, report: GapReport,
                        vocab: Vocabulary, declined: list[str] | None = None) -> list[Question]:
    """A yes/no question for each described answer that does not evidence the requirement it
    answered: "You answered '...'. Does that show performance management?" The offline engine
    cannot tell that quarterly goal check-ins are performance management; the person can, and a
    "yes" is their explicit claim (the term goes into their own item, under the role it
    landed in). Not asked about a named thing (a tool, a language, a standard, a credential,
    or any name the vocabulary does not know: "US GAAP", "Workday"), which is held only when
    the answer names it, nor when the answer names something else in the term's place
    (RabbitMQ for Kafka)."""
    matches = report.by_requirement()
    out: list[Question] = []
    for item, req, said, given, _ in answered_lines(cv, job):
        match = matches.get(req.id)
        if match is None or req.id in (declined or []) or match.status == "matched" \
                or any(q.requirement_id == req.id for q in out):
            continue
        term = next((k for k in req.keywords if not weak_term(k)), "")
        if not may_follow_up(term, vocab, req.text) or (unnamed(term, said)
                                                         and not _a_kind(term, vocab)) \
                or near_miss(req.keywords, said, vocab, named_only=True) \
                or other_people(term, said) \
                or any(e.item_id == item.id and e.term == term for e in match.evidence):
            continue  # a named thing, a sibling in its place, or the answer shows the term
        own = " ".join(given.split()) or said  # the person's own words, as they gave them
        out.append(Question(
            id=f"q-{req.id}{FOLLOW_UP}", requirement_id=req.id, requirement=req.text, term=term,
            kind="confirm", evidence=[QuestionEvidence(item_id=item.id, text=own)],
            text=f"The job asks for: \"{req.text}\". You answered: \"{own}\". Does "
                 f"that show {term}? Answer yes or no."))
    return out


# "Spark, yes, at OpenAI for feature backfills": the yes said in passing is no part of the line.
_YES_ASIDE = re.compile(r"^([^,]{1,40}),\s*(?:yes|yep|yeah|definitely)\s*([,;:—–-])\s*(?=\S)",
                        re.IGNORECASE)
_LEADING_YES = re.compile(r"^(?:yes|yep|yeah)\b[\s,.;:!—–-]+(?=\S)", re.IGNORECASE)
_YES_BUT = re.compile(r"^\s*\W*(?:y|yes|yep|yeah)\b\W*(?:but|though|however|not|only|sort of|"
                     r"kind of|partly|somewhat)\b", re.IGNORECASE)


def claimed_term(keywords: list[str], answer: str, line: str, vocab: Vocabulary,
                 where_it_shows: bool = False) -> str | None:
    """The term a described answer claims in so many words: "Yes — at Fenwick I replaced the
    annual review with goal check-ins" to "Have you done performance management?" is the
    person's yes, as a follow-up's would be. So is any account of their own work given to
    "Does '...' show performance management? ... if another role shows it, say where and
    how" (`where_it_shows`): it says where it shows, unless it says it shows it only in part
    ("Partly: at Acme I ...") or the term is a thing held ("vocational qualification": no
    work is one, whatever the person says they did). Only under the follow-up's conditions (a
    practice, no name the answer does not name but a kind of system, "ERP", no sibling in
    its place), and never a hedged yes ("Yes, but only RabbitMQ", "Yes, sort of")."""
    term = next((k for k in keywords if not weak_term(k)), "")
    # a thing held (a qualification, a licence, a record) is held or not: no work shows it
    said_yes = is_yes(answer) or (where_it_shows and not is_no(answer)
                                  and not shows_in_part(answer) and not held_thing(term))
    if not said_yes or len(answer.split()) < 4 or _YES_BUT.match(answer) \
            or not may_follow_up(term, vocab) \
            or (unnamed(term, line) and not _a_kind(term, vocab)) \
            or near_miss(keywords, line, vocab, named_only=True):
        return None
    return term


def _a_kind(term: str, vocab: Vocabulary) -> bool:
    """The term is a kind of system the vocabulary knows ("ERP", "CMMS", "EHR"): an answer
    need not name it to be one ("the factory computer system"), so only the person can say.
    Not a standard ("US GAAP"): it is held when the answer names it."""
    name = vocab.canonical(term)
    return name is not None and vocab.kind_of_thing(name) \
        and vocab.category(name) in NAMED_THINGS | {"healthcare", "hr"}


def may_follow_up(term: str, vocab: Vocabulary, requirement: str = "") -> bool:
    """Whether a described answer about `term` may get a follow-up: a practice, or words the
    vocabulary does not know. Not a named thing (a tool, a language, a standard, a
    credential): it is held only when the answer names it, and then the answer shows it. A
    kind of system is asked about ("ERP", `Vocabulary.kind_of_thing`): an answer about "the
    factory computer system" may be one, and only the person knows."""
    name = vocab.canonical(term) if term else None
    return bool(term) and not _someone_else(term, requirement) and (
        name is None or vocab.category(name) not in NAMED_THINGS or _a_kind(term, vocab))


def answer_evidence(cv: StructuredCV, job: JobPosting, vocab: Vocabulary,
                    semantic: bool = False) -> dict[str, list[Evidence]]:
    """Evidence from described answers: each user_provided item evidences the requirement it
    answered, in the JD's term, unless it names something else in its place. With `semantic`
    the answer's MiniLM cosine with its requirement is one more way a described practice is
    about it (`research.answers.about`)."""
    answered = [row for row in answered_lines(cv, job) if row[1].keywords]
    similarity: list[float | None] = [None] * len(answered)
    if semantic and answered:
        try:
            from cvtailor.semantic.embeddings import cosines

            similarity = list(cosines([(said, req.text) for _, req, said, _, _ in answered]))
        except Exception:  # no embeddings: the requirement's own words still decide
            similarity = [None] * len(answered)
    out: dict[str, list[Evidence]] = {}
    for (item, req, line, given, where), cosine in zip(answered, similarity, strict=True):
        # what the answer says the person watched, was taught or wishes for is no claim
        # ("At Acme I shadowed the SOX testing team" is no SOX testing)
        said = own_claims(without_watched(line))
        terms = supported_terms(req.keywords, said, vocab, requirement=req.text,
                                similarity=cosine)
        if not terms and (term := claimed_term(req.keywords, given, said, vocab, where)):
            terms = [term]
        for term in terms:
            out.setdefault(req.id, []).append(Evidence(
                item_id=item.id, score=CONFIRMED_SCORE, via="user", term=term,
                matched=item.text[:160]))
    return out


def supported_terms(keywords: list[str], answer: str, vocab: Vocabulary,
                    requirement: str = "", similarity: float | None = None) -> list[str]:
    """Every term of the requirement a described answer supports: `supported_term` first,
    then each other term the vocabulary knows that passes the same test (the answer names or
    implies it; a practice, not a name, described in the requirement's own words). A term the
    vocabulary does not know is not added: the parser's other phrases of a requirement are
    often not what the person did ("manufacturing engineering" for a buyer who works with
    it). A requirement is often searched by a term other than its first ("Spark" after a
    parser phrase), so an answer that supports several lets the CV carry each of them; never
    one it does not support."""
    first = supported_term(keywords, answer, vocab, requirement=requirement,
                           similarity=similarity)
    if first is None:
        return []
    said = vocab.evidenced_names(answer)
    on_topic = _on_topic(answer, requirement, similarity)
    out = [first]
    asked = keywords[0]
    if first != asked and not ALTERNATIVES.search(requirement) \
            and _stands_for(asked, answer, vocab, similarity, requirement):
        out.insert(0, asked)  # "enrolled guests in the rewards club" to "loyalty program"
    for k in keywords:
        name = vocab.canonical(k)
        if k in out or name is None:
            continue
        # a standard, a body or a framework spelled as a name ("US GAAP", "Joint Commission")
        # is held only when the answer names it, however much it is about the requirement
        if says(answer, k) or name in said or (
                vocab.category(name) not in NAMED_THINGS and on_topic and not spelled_as_name(k)):
            out.append(k)
    return out


def _stands_for(term: str, answer: str, vocab: Vocabulary, similarity: float | None,
                requirement: str = "") -> bool:
    """The answer stands for the asked term although it says another of the requirement's
    words: a term the vocabulary does not know, and not a lone noun, is what the person was
    asked to describe (as in `supported_term`, when the answer says none of its words), unless
    it names other people or the answer is about something else."""
    return vocab.canonical(term) is None and not lone_noun(term) and not weak_term(term) \
        and _answer_stands_for(term, answer, similarity, requirement)


def _answer_stands_for(term: str, answer: str, similarity: float | None,
                       requirement: str = "") -> bool:
    """A described answer may stand for a term the vocabulary does not know, which it was asked
    to describe: unless the term is held, not done ("a clean driving record"), names other
    people than the answer does, holds a name the answer does not say, or the answer is about
    something else."""
    return not (held_thing(term) or _someone_else(term, requirement)
                or other_people(term, answer) or off_topic(similarity)
                or _name_unsaid(term, answer, requirement))


def _name_unsaid(term: str, answer: str, requirement: str) -> bool:
    """The term is a make before the kind of thing it makes ("Pegasus overlock machines") and
    the answer does not say the make (for "I sew on single-needle, overlock and coverstitch
    machines"): a description of the work never stands for a make it does not name (the
    first run's one claim on the forty-fifth blind set). Letters ("KPIs", "PPE") and a
    title of several capitals ("Programme of Work applications") are as often the trade's
    word for a kind of thing, which the work may show."""
    first, *rest = term.split() or [""]
    return bool(rest) and first[:1].isupper() and first[1:].islower() \
        and all(w.islower() for w in rest) and first in unnamed(requirement or term, answer)


def _someone_else(term: str, requirement: str) -> bool:
    """The term names one person's role the requirement does not ask the person to be
    ("involve the owner, an office manager and a finance lead"): an answer about the work
    never stands for it, or "Office manager: map 3-5 contacts ..." makes the person one.
    Asked to be one ("Experience as a shift supervisor", "Serve as a clinical instructor"),
    an answer telling that work is the person's claim of it. An activity done with one
    ("agreeing service timings with the head chef") names whom the work is with."""
    first = term.split()[0].lower() if term.split() else ""
    return role_named(term) and not asked_to_be(term, requirement) \
        and not (" " in term and first.endswith("ing") and verb_form(first))


def supported_term(keywords: list[str], answer: str, vocab: Vocabulary,
                   requirement: str = "", similarity: float | None = None) -> str | None:
    """The requirement's term a described answer may be labelled with, or None.

    Never when the answer names something else in its place (a sibling, a credential not held).
    A term the answer says (in any word form) is supported. A named thing the vocabulary knows
    (a tool, a language, a credential: "Kafka", "CPA") must be said or evidenced by the answer
    itself. A practice it knows ("negotiation", "month-end close") is supported when the
    answer describes the requirement in the requirement's own words (`about_requirement`:
    "close the books for 3 entities every month" for "own the month-end close for multiple
    entities"), or `similarity` (its MiniLM cosine with the requirement) says it is about it
    and the requirement names nothing the answer does not say (`research.answers`); a clause
    library is not negotiation. Asked about that practice itself (the question's term leads
    `keywords`), the question said "that is your claim of it", so an answer in one of the
    requirement's own words that is not about something else (by its cosine) and leaves
    nothing the requirement names unsaid stands for it ("I keep the bench stocks topped up and
    order from the parts store each Monday" for "Take charge of stock management for the
    team's parts"); one in none of them may name a sibling in its place ("high-flow nasal
    cannula and BiPAP" for mechanical ventilation) and gets a follow-up. With no cosine, only
    two of its words count. The requirement's own subject in other
    words, unknown to the vocabulary ("executive business reviews"), is what the person was
    asked to describe, so their answer stands for it, unless its cosine says it is about
    something else (`research.answers.off_topic`: asyncio work for "indexing strategies").
    """
    if not keywords or near_miss(keywords, answer, vocab, named_only=True):
        return None
    said = vocab.evidenced_names(answer)
    for k in keywords:  # a lone common noun ("patients") says nothing about the requirement
        name = vocab.canonical(k)
        if name is None and lone_noun(k) and k != keywords[0]:
            continue
        if says(answer, k) or (name is not None and name in said):
            return k
    first = keywords[0]
    name = vocab.canonical(first)
    if name is None:  # unless it is about something else altogether, or held, not done
        return first if _answer_stands_for(first, answer, similarity, requirement) else None
    if vocab.category(name) not in NAMED_THINGS and (
            _on_topic(answer, requirement, similarity) or (
                similarity is not None and not unnamed(requirement, answer)
                and about_requirement(answer, requirement, least=1)
                and _answer_stands_for(first, answer, similarity, requirement))):
        return first
    return None


def other_people(term: str, answer: str) -> bool:
    """The term names people ("product managers") and the answer names others of that kind in
    their place ("4 state underwriting managers"): a description of work with them is no
    claim of work with the people the ad names."""
    words = term.lower().split()
    if len(words) < 2 or not person_noun(words[-1]):
        return False
    head = stem(words[-1])
    said = re.findall(r"[A-Za-z][\w-]*", answer.lower())
    return any(stem(w) == head and person_noun(w) and i > 0 and said[i - 1] not in words
               and said[i - 1] not in _NOT_A_KIND for i, w in enumerate(said))


# Words before a people noun that say how many or whose, not what kind ("with our 25 managers").
_NOT_A_KIND = FUNCTION_WORDS | PREPOSITIONS | NUMBER_WORDS | DETERMINERS | frozenset(
    "other others new several many few more most both".split())


def _on_topic(answer: str, requirement: str, similarity: float | None) -> bool:
    """The answer is about the requirement: in its own words (`about_requirement`), or by its
    cosine when the requirement names nothing the answer does not say (`research.answers`)."""
    return about_requirement(answer, requirement) or (
        about(similarity) and not unnamed(requirement, answer))


ABOUT_MIN_WORDS = 2


def about_requirement(answer: str, requirement: str, least: int = ABOUT_MIN_WORDS) -> bool:
    """The answer describes the requirement in its own words: at least two (`least`) of the
    requirement's content words (as word forms — the same first six letters, or the same
    stem: investigate ~ investigations — four letters or more, not function words or words
    every ad uses) are in the answer."""
    def words(text: str) -> set[str]:
        return {stem(w)[:6] for w in re.findall(r"[A-Za-z][A-Za-z-]{3,}", text.lower())
                if w not in FUNCTION_WORDS and w not in _GENERIC}

    return len(words(answer) & words(requirement)) >= least


_GENERIC = frozenset("experience work working team teams year years strong skills ability "
                     "knowledge understanding including".split())


def merge_evidence(*sources: dict[str, list[Evidence]]) -> dict[str, list[Evidence]]:
    """Evidence maps combined per requirement, one row per (item, term), best score first (the
    rows the person confirmed in the order their question quoted them); a row the person
    confirmed is marked `via="user"` (attested) whatever else found it, unless
    the confirmed line (`matched`) already spells the term as the JD does."""
    out: dict[str, list[Evidence]] = {}
    for source in sources:
        for req_id, rows in source.items():
            have = out.setdefault(req_id, [])
            for row in rows:
                same = [n for n, e in enumerate(have)
                        if e.item_id == row.item_id and e.term == row.term]
                if not same:
                    have.append(row)
                elif row.via == "user" and not contains(row.matched, row.term):
                    # the person confirmed a line that shows the term in its own words (not
                    # as the JD spells it): attested, so the term may be written for it
                    have[same[0]] = have[same[0]].model_copy(update={"via": "user"})
    for rows in out.values():
        # lines the person confirmed keep the order the question quoted them in, its best
        # candidate first ("Does 'Send trays ... back to the decontamination and assembly
        # team' / 'Perform surgical counts ...' show Sterile Processing?": yes goes to the
        # first); any other row goes in its item's order
        rows.sort(key=lambda e: (-e.score, "" if e.via == "user" else e.item_id))
    return out


def without_declined(evidence: dict[str, list[Evidence]], declined: list[str]
                     ) -> dict[str, list[Evidence]]:
    """A declined requirement keeps only what the CV says in so many words (no candidates, no
    similarity-decided claims)."""
    return {rid: [e for e in rows if rid not in declined
                  or e.via not in ("semantic", "similarity", "user")]
            for rid, rows in evidence.items()}


# "From 2019 to 2020 at StartupCo I was on call": when comes first, before where and who.
_TIME_FIRST = re.compile(
    r"^\s*((?:from|between)\s+[\w ]{1,20}?\s+(?:to|and|until)\s+(?:\w+\s+)?\w+|"
    r"(?:in|since|during)\s+(?:\w+\s+)?\d{4}|for\s+(?:\d+|[a-z]+)\s+(?:years?|months?))"
    r"\s*,?\s+(?=(?:at|in|with|while at|as)\s|i\b|we\b)", re.IGNORECASE)


def _time_last(text: str) -> str:
    """'From 2019 to 2020 at StartupCo I was on call' -> 'At StartupCo I was on call from 2019
    to 2020': the person's dates are kept, after the work, where a CV line has them."""
    m = _TIME_FIRST.match(text)
    if m is None:
        return text
    rest = text[m.end():].rstrip()
    end = rest[-1] if rest and rest[-1] in ".!" else ""
    rest = rest[:-1] if end else rest
    return f"{rest[:1].upper()}{rest[1:]} {m.group(1)[:1].lower()}{m.group(1)[1:]}{end}"


def bullet_from_answer(text: str) -> str:
    """An answer in the first person as a CV line: 'At Acme I ran X' -> 'Ran X'."""
    text = _YES_ASIDE.sub(lambda m: m.group(1) + (": " if m.group(2) in ":;—–-" else " "),
                          " ".join(text.split()).strip(), count=1)
    text = _time_last(_LEADING_YES.sub("", text, count=1))
    stripped = _FIRST_PERSON.sub("", text, count=1)
    if stripped != text and stripped:
        if re.match(r"(?i)\s*(?:[^,]{2,60},?\s+)?i\s+have\s", text):
            stripped = _AND_HAVE.sub("and ", stripped)
        text = stripped
    text = _LATER_AT_I.sub(r"\1, ", _LATER_I.sub(r"\1 ", text))
    text = _NEXT_SENTENCE_I.sub(lambda m: f"{m.group(1)} {m.group(2).capitalize()}", text)
    text = _BEEN_DOING.sub("", text, count=1)  # "I've been writing runbooks": "Writing ..."
    return text[:1].upper() + text[1:]


# "... runbooks. I also led 3 postmortems": the next sentence's subject goes too.
_NEXT_SENTENCE_I = re.compile(r"([.!?])\s+I\s+(?:have\s+|had\s+)?(also\s+|[a-z])")
_BEEN_DOING = re.compile(r"^been\s+(?=[a-z]+ing\b)", re.IGNORECASE)


def _tells_own_work(text: str) -> bool:
    """A yes that goes on to say, in the first person, where and how ("Yes, I review designs
    with UX before we commit to them at Google"): the person points at their own work, not
    at the lines the question quoted (a skills list), so it is a described answer, kept in
    their words under its role; "Yes, that line shows it" and "Yes, but only ..." are not."""
    rest = _LEADING_YES.sub("", text.strip(), count=1)
    return rest != text.strip() and len(rest.split()) >= 4 and not _YES_BUT.match(text) \
        and bool(_FIRST_PERSON.match(rest))


def _describes(text: str) -> bool:
    """A confirm question answered with more than yes/no: the person describes it instead."""
    return len(text.split()) >= 4 and (not is_yes(text) or _tells_own_work(text))


def _repeats(text: str, question: Question) -> bool:
    """The answer only says a quoted line again (the person's own earlier answer)."""
    said = _plain(bullet_from_answer(text))
    return bool(said) and any(said in q for q in
               (_plain(bullet_from_answer(e.text)) for e in question.evidence) if q)


def _plain(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def _add_described(cv: StructuredCV, text: str, answer: Answer, req_id: str,
                   term: str = "", held_asked: bool = False, beside: str | None = None,
                   spoken: str | None = None, where_it_shows: bool = False) -> str:
    """Place a described answer: beside the CV's languages line for a language it speaks
    (`spoken`), under the role it names, or a line it tells again, or the CV's
    certifications for something held (`held_asked`: a licence, a credential the vocabulary
    knows; with the entry of the line `beside` when it says it has lapsed), or Additional
    Experience. `where_it_shows`: the answer is to a question that asked, if another role
    shows the term, where and how (`WHERE_IT_SHOWS`, read by `answer_evidence`)."""
    languages = _languages_line(cv) if spoken else None
    if spoken and languages is not None:
        return _spoken(languages, spoken, text, answer, req_id, term)
    entry = _entry_named(cv, answer.role) if answer.role else None
    said = bullet_from_answer(text)
    if beside is not None:  # a renewal goes beside the lapsed line, whatever place it names
        entry = None       # ("... with Bristol City Council" is no role in Bristol)
    else:
        entry = entry or _closest_twin(cv, _entry_mentioned(cv, text), said)
    if entry is not None and len(entry.organization) >= 3:  # where the line already sits
        said = re.sub(rf"\s+at\s+(?:the\s+)?{re.escape(entry.organization)}(?=[\s,.;:!?)]|$)"
                      r"(?!\s*(?:['’]s\b|(?-i:[A-Z])))", "", said, flags=re.IGNORECASE) or said
    if entry is not None and _PROJECT_SUBJECT.match(said) and any(
            entry in section.entries for section in cv.sections
            if section.kind == SectionKind.PROJECTS):  # "My ... project uses X": "Uses X"
        said = _PROJECT_SUBJECT.sub("", said, count=1)
        said = said[:1].upper() + said[1:]
    place = _PLACE_SAID.match(_time_last(_LEADING_YES.sub("", text.strip(), count=1)))
    if entry is not None and place is not None and said and _names_another(cv, place.group(1),
                                                                            entry):
        # "At Acme Corp and StartupCo I ran ...": the line sits under one of them (the
        # longer name) and keeps the place as said, at its end, so the other is not lost
        end = "." if said.endswith(".") else ""
        said = f"{said.rstrip('.')} {place.group(1)[:1].lower()}{place.group(1)[1:]}{end}"
    if entry is None and place is not None and said and not answer.role:
        # a place the CV does not have ("At Google I built ..."): the line keeps it, or it
        # would read as work of no place at all under Additional Experience
        said = f"{place.group(1)[:1].upper()}{place.group(1)[1:]}, {said[:1].lower()}{said[1:]}"
    # no role named: the answer may still tell a line of any role again (not a renewal)
    line = _pointed_line(cv, entry, said) if beside is None else None
    if line is None and beside is None:
        line = restated_lines(entry, said, term) if entry is not None else next(
            (hit for section in cv.sections if section.kind in _PLACES
             for e in section.entries if (hit := restated_lines(e, said, term)) is not None),
            None)
    held = None
    if entry is None and held_asked:
        held = (_entry_holding(cv, beside) if beside else None) or _held_entry(cv, term)
    if held is not None and line is None:  # a licence line names it: "Full UK driving ..."
        said = _HOLD_LEAD.sub(lambda m: m.group("renewed") or "", said, count=1)
        said = said[:1].upper() + said[1:]
    entry = entry or held or _user_entry(cv)
    if line is not None:  # the answer tells a line of that role again: it is shown once
        line.metadata.setdefault(RESTATED, []).append(
            {"requirement_id": req_id, "question_id": answer.question_id, "answer": text,
             "term": term, "line": said, WHERE_IT_SHOWS: where_it_shows})
        return line.id
    item = entry.add_item(said, ItemType.BULLET,
                          status=ItemStatus.USER_PROVIDED, requirement_id=req_id,
                          question_id=answer.question_id, answer=text, term=term,
                          **{WHERE_IT_SHOWS: where_it_shows})
    return item.id


# A described answer's metadata key: it answered "Does '...' show X? ... if another role
# shows it, say where and how", so it is the person's account of where X shows.
WHERE_IT_SHOWS = "where_it_shows"


def _says_where_it_shows(question: Question) -> bool:
    """The question asked the person to say where and how another role shows its term: a
    first confirm question (or one about a requirement's second term), not a follow-up on
    the person's own answer, which asks only yes or no."""
    return question.kind == "confirm" and WHERE_ELSE in question.text


# "Hold a full UK driving licence ...": what a line of held things leaves out.
_HOLD_LEAD = re.compile(r"^(?:hold|have held|held|have been|been|have|holding|got)\s+"
                        r"(?:(?:a|an|my)\s+)?(?=\S)"
                        r"|^(?:a|an)\s+(?=\S)"
                        r"|^(?P<renewed>(?:renewed|recertified|re-certified)\s+)(?:my|the)\s+",
                        re.IGNORECASE)


def _languages_line(cv: StructuredCV) -> CVEntry | None:
    """The entry with the CV's "Languages: English, Tamil, Hindi" line, if it has one."""
    return next((entry for section in cv.sections for entry in section.entries
                 if any(_LANGUAGES.match(item.original or item.text) for item in entry.items)),
                None)


_LANGUAGES = re.compile(r"^\W*languages?\W*(?::|\||–|—|-)\s*\S", re.IGNORECASE)
_HOW_WELL = re.compile(r"\b(?:native|bilingual|fluent|fluently|conversational|working|basic|"
                       r"intermediate|advanced|professional|beginner|elementary)\b",
                       re.IGNORECASE)


def _language_named(term: str, text: str, vocab: Vocabulary) -> str | None:
    """The language an answer says the person speaks: the term when it names one ("French"),
    else the one the answer names after "speak" ("I speak Vietnamese fluently" for "a
    community language"); None when it names none."""
    if vocab.category(vocab.canonical(term) or "") == "language":
        return term
    m = re.search(r"\bspeak\s+(?:(?:\w+ly|native|basic|fluent|conversational|some)\s+)?"
                  r"([A-Z][a-z]+)\b", text)
    return m.group(1) if m else None


def _spoken(entry: CVEntry, language: str, text: str, answer: Answer, req_id: str,
            term: str) -> str:
    """A language the person speaks goes under the CV's languages line, with how well as they
    said it ("I speak basic French" -> "French (basic)"), not as work in Additional
    Experience."""
    level = _HOW_WELL.search(text)
    said = language + (f" ({level.group(0).lower().removesuffix('ly')})" if level else "")
    item = entry.add_item(said, ItemType.BULLET, status=ItemStatus.USER_PROVIDED,
                          requirement_id=req_id, question_id=answer.question_id, answer=text,
                          term=term)
    return item.id


def _closest_twin(cv: StructuredCV, entry: CVEntry | None, said: str) -> CVEntry | None:
    """Of the roles at the employer an answer names (a warehouse operative, then a logistics
    coordinator at one firm), the one with the line that shares most of its words ("Picked
    and loaded chilled orders ..." goes under the warehouse role); the most recent on a tie."""
    if entry is None or not entry.organization:
        return entry
    twins = [e for section in cv.sections if section.kind in _PLACES
             and section.id != USER_SECTION for e in section.entries
             if e.organization.lower() == entry.organization.lower()]
    words = content_stems(said)

    def shared(e: CVEntry) -> int:
        return max((len(words & content_stems(i.original or i.text)) for i in e.items
                    if i.type == ItemType.BULLET), default=0)

    best = max(twins, key=shared, default=entry)
    return best if shared(best) > shared(entry) else entry


# An answer that only names something ("yes, Paragon at Harvest Foods"): at most this many
# words once its place is left out.
_POINTER_WORDS = 3


def _pointed_line(cv: StructuredCV, entry: CVEntry | None, said: str) -> CVItem | None:
    """The one CV line (of the role the answer names, else of any) that names what a short
    answer names ("Paragon" of "yes, Paragon at Harvest Foods" is the line "Plan daily
    trunking runs ... using Paragon"): the answer points at it, as a yes to a quoted line
    does, and the line carries its term; never a bullet that is a bare name."""
    core = _AT_NAME.sub(" ", said).strip(" .,;:-—–")
    if not core or len(core.split()) > _POINTER_WORDS or not content_stems(core):
        return None
    entries = [entry] if entry is not None else [
        e for section in cv.sections if section.kind in _PLACES for e in section.entries]
    lines = [item for e in entries for item in _own_lines(e)
             if contains(item.original or item.text, core)]
    return lines[0] if len(lines) == 1 else None


# An answer restates a line when most of the line's content words are in it and most of its
# own are in the line; an answer that adds work the CV does not list shares less.
_RESTATES_LINE, _RESTATES_ANSWER = 0.6, 0.5
RESTATED = RETOLD  # the CV line's metadata key of the answers that tell it again


def _own_lines(entry: CVEntry, given: set[str] | frozenset[str] = frozenset()
               ) -> list[CVItem]:
    """The role's own bullets (not the person's answers) that hold every number `given`: the
    lines an answer may tell again without losing a fact of its own."""
    return [item for item in entry.items if item.type == ItemType.BULLET
            and item.status != ItemStatus.USER_PROVIDED
            and not given - numbers(item.original or item.text)]


def restated_line(entry: CVEntry, text: str) -> CVItem | None:
    """The CV line of this role a described answer tells again in other words ("Coordinate
    all of the trade subcontractors on site each day ..." for "Coordinate up to 14 trade
    contractors on site each day ..."), or None when the answer adds work the CV does not
    list. A restated line carries the answer's term; a second bullet would say it twice.
    Never a line that lacks a number the answer gives ("for 40 teaching staff each term"):
    the answer's own facts would be lost from the CV."""
    said = content_stems(text)
    best: tuple[int, float, CVItem] | None = None
    for item in _own_lines(entry, numbers(text)):
        line = content_stems(item.original or item.text)
        shared = len(said & line)
        if line and said and shared / len(line) >= _RESTATES_LINE \
                and shared / len(said) >= _RESTATES_ANSWER \
                and (best is None or (shared, shared / len(line)) > best[:2]):
            best = (shared, shared / len(line), item)  # the line it tells most of
    return best[2] if best else None


# "... in Paragon and book 60+ supplier deliveries a week": where an answer's next duty
# starts (a verb after "and", a semicolon, a new sentence).
_NEXT_DUTY = re.compile(r"\s*(?:;|[.!?]\s+|,?\s+and\s+(?=([a-z]+)\b))")


def restated_lines(entry: CVEntry, text: str, term: str = "") -> CVItem | None:
    """`restated_line`, or, for an answer that tells two or more lines of the role again, one
    duty each ("I plan the daily trunking runs between our two sites in Paragon and book 60+
    supplier deliveries a week"), the first of them: a new bullet would say both again; or,
    for an answer of one duty, the line that says all of it among others (`_told_by`). The
    asked `term`'s words are what the answer adds to the line it tells ("... which was our
    toolbox talk"), never new work of their own."""
    whole = restated_line(entry, text)
    cuts, start = [], 0
    first = re.match(r"[A-Za-z]+", text)
    past = first is not None and verb_form(first.group()) and not base_verb(first.group())
    for m in _NEXT_DUTY.finditer(text):
        nxt = m.group(1)
        if nxt is None or (verb_form(nxt) and not (
                past and base_verb(nxt) and not _PAST_AS_BASE.match(nxt))):
            # "Looked after erosion and sediment control": after a verb in the past, a
            # base form ("sediment") is a noun of the list, not the next duty
            cuts.append(text[start:m.start()])
            start = m.end()
    duties = [d for d in (*cuts, text[start:]) if content_stems(d)]
    lines = [_told_by(entry, d) for d in duties]
    if whole is not None:
        # an answer that goes on to work the line does not tell ("help residents with benefit
        # claims and challenge decisions on Universal Credit and PIP") is new work: its own
        # bullet, so the person's words are not lost; a duty that speaks of what the line
        # does ("... and tracked them in the register" of "kept the register") needs more
        # new words to be new work
        told = content_stems(whole.original or whole.text)
        asked = content_stems(term)
        added = [d for d, line in zip(duties, lines, strict=True)
                 if line is None and len(content_stems(d) - told - asked)
                 >= (3 if content_stems(d) & told else 2)]
        return None if len(duties) >= 2 and added else whole
    if len(duties) == 1:  # one duty of a longer line ("yes, I explain price and usage
        return lines[0]  # variances to the operations director every month")
    if len(duties) < 2 or any(line is None for line in lines) \
            or len({line.id for line in lines if line is not None}) < len(lines):
        return None
    return lines[0]


# Past forms spelled like their base ("set", "put", "cut", "read"): after a past verb, still
# the next duty.
_PAST_AS_BASE = re.compile(r"(?i)^(?:set|put|cut|read|let|shut|spread|split|hit|quit)$")

_TOLD = 0.75  # of a duty's content words, the share its line must say


def _told_by(entry: CVEntry, duty: str) -> CVItem | None:
    """The CV line of this role that says all a duty of an answer says: most of its words and
    every number it gives ("book 60+ supplier deliveries a week" of "Book inbound deliveries
    for 60+ suppliers a week in our dock scheduling system")."""
    said = content_stems(duty)
    best: tuple[int, CVItem] | None = None
    for item in _own_lines(entry, numbers(duty)):
        shared = len(said & content_stems(item.original or item.text))
        if shared >= 2 and shared / len(said) >= _TOLD and (best is None or shared > best[0]):
            best = (shared, item)
    return best[1] if best else None


def answered_lines(cv: StructuredCV, job: JobPosting
                   ) -> list[tuple[CVItem, Requirement, str, str, bool]]:
    """Every described answer with the CV line that carries it: (line, requirement answered,
    the answer as a CV line, the answer as given, whether it says where the asked term shows
    (`WHERE_IT_SHOWS`)). The line is the person's own new item, or the CV line their answer
    restated (`restated_line`). The requirement's keywords start with the term its question
    asked about: an answer to "Does it show caseload?" describes a caseload, not the
    requirement's first term ('disputed files')."""
    requirements = {r.id: r for r in job.requirements}
    out: list[tuple[CVItem, Requirement, str, str, bool]] = []
    for item in cv.items():
        rid = str(item.metadata.get("requirement_id", ""))
        if item.status == ItemStatus.USER_PROVIDED and rid in requirements:
            out.append((item, _asked_first(requirements[rid], item.metadata.get("term")),
                        item.text, str(item.metadata.get("answer", "")),
                        item.metadata.get(WHERE_IT_SHOWS) is True))
        for given in item.retellings():
            rid = str(given.get("requirement_id", ""))
            if rid in requirements:
                text = str(given.get("answer", ""))
                out.append((item, _asked_first(requirements[rid], given.get("term")),
                            bullet_from_answer(text), text, given.get(WHERE_IT_SHOWS) is True))
    return out


def _asked_first(req: Requirement, term: object) -> Requirement:
    """The requirement with the asked `term` as its first keyword: a duty asked about whole
    (`evidence.duty_term`) goes before the keywords it says; any other term not one of its
    keywords (a profile's answer, or an older session's) leaves it unchanged."""
    if isinstance(term, str) and duty_term(term, req.keywords):  # the answer is about all of it
        return req.model_copy(update={"keywords": [term, *req.keywords]})
    if not isinstance(term, str) or term not in req.keywords or req.keywords[0] == term:
        return req
    return req.model_copy(update={"keywords": [term, *(k for k in req.keywords if k != term)]})


def _entry_named(cv: StructuredCV, role: str) -> CVEntry | None:
    wanted = role.strip().lower()
    for section in cv.sections:
        if section.heading.strip().lower() == wanted and section.entries:
            return section.entries[-1] if section.kind != SectionKind.EXPERIENCE \
                else section.entries[0]
        for entry in section.entries:
            names = [entry.organization, entry.title, entry.heading]
            if any(n and (n.lower() == wanted or wanted in n.lower()) for n in names):
                return entry
    return None


def _entry_mentioned(cv: StructuredCV, text: str) -> CVEntry | None:
    """The role whose employer (or else title) the answer names; the longest name wins. A
    course or certificate that names the same employer ("Manual Handling Trainer, Sheffield
    Teaching Hospitals, 2023") gives way to the role there that the answer names by the
    first words of its employer ("At Sheffield Teaching Hospitals I ..." for "Sheffield
    Teaching Hospitals NHS Foundation Trust"): what the person did there was work."""
    lowered = text.lower()
    best: tuple[int, CVEntry, bool] | None = None
    for section in cv.sections:
        if section.kind not in _PLACES or section.id == USER_SECTION:
            continue
        for entry in section.entries:
            parts = [p for line in (entry.heading, *entry.details)
                     for p in _HEADING_PARTS.split(line)]
            # "Fieldwise (field service scheduling software)": named as "Fieldwise"
            bare = re.sub(r"\s*\([^)]*\)", "", entry.organization)
            for name in (entry.organization, bare, entry.title, *parts):
                name = name.strip(" *_#")
                if len(name) >= 3 and not any(c.isdigit() for c in name) \
                        and re.search(rf"\b{re.escape(name.lower())}\b", lowered) \
                        and (best is None or len(name) > best[0]):
                    best = (len(name), entry, section.kind in _HELD_SECTIONS)
    if best is not None and best[2]:
        worked = _employer_shortened(cv, text, (SectionKind.EXPERIENCE,))
        return worked or best[1]
    return best[1] if best else _employer_shortened(cv, text) or _project_described(cv, text)


_HELD_SECTIONS = (SectionKind.EDUCATION, SectionKind.CERTIFICATIONS)


# "at MetroHealth", "at the Harvest Foods depot": a capitalised name after "at", anywhere.
_AT_NAME = re.compile(r"\bat\s+(?:the\s+)?((?-i:[A-Z])[\w&'’.-]*(?:\s+(?-i:[A-Z])[\w&'’.-]*)*)",
                      re.IGNORECASE)


def _employer_shortened(cv: StructuredCV, text: str,
                        kinds: tuple[SectionKind, ...] = _PLACES) -> CVEntry | None:
    """The role at the employer an answer names by the first words of its name ("At
    MetroHealth I ..." for "MetroHealth Medical Center", "yes, Paragon at Harvest Foods" for
    "Harvest Foods Distribution Ltd"), when that names one employer of the CV; its most
    recent role."""
    for m in _AT_NAME.finditer(text):
        name = re.sub(r"\s+(?:I|We)$", "", m.group(1).strip(" ."))  # "At Harvest Foods I"
        if len(name) < 3:
            continue
        hits = [(employer, entry) for section in cv.sections
                if section.kind in kinds and section.id != USER_SECTION
                for entry in section.entries for employer in _employers(entry)
                if re.match(rf"{re.escape(name)}(?![\w'’-])", employer, re.IGNORECASE)]
        if len({employer.lower() for employer, _ in hits}) == 1:
            return hits[0][1]
    return None


def _employers(entry: CVEntry) -> list[str]:
    """Where a role was: its heading's organization, or the first part of a details line under
    a heading that names none (a Europass role: "Lusomed Devices S.A., Maia (Portugal)" under
    "Maintenance Technician")."""
    if entry.organization:
        return [entry.organization]
    return [_HEADING_PARTS.split(line)[0] for line in entry.details[:2] if line.strip()]


# "My personal stock trading project uses ...": the project as the subject of its own line.
_PROJECT_SUBJECT = re.compile(r"^(?:my|our|the|this)\s+(?:[\w-]+\s+){0,4}project\s+(?=[a-z])",
                              re.IGNORECASE)
# Words of a project's heading that say what kind of entry it is, not which project.
_PROJECT_WORDS = frozenset("personal project projects side own hobby independent".split())


def _project_described(cv: StructuredCV, text: str) -> CVEntry | None:
    """The project an answer describes rather than names ("My personal stock trading project
    uses MLflow" for "Personal Project: Predictive Stock Trading Model"): the answer says
    "project" and two words of exactly one project's heading."""
    said = {stem(w) for w in re.findall(r"[A-Za-z][\w-]+", text.lower())}
    if stem("project") not in said:
        return None
    hits = [entry for section in cv.sections if section.kind == SectionKind.PROJECTS
            for entry in section.entries
            if len({stem(w) for w in re.findall(r"[A-Za-z][\w-]{3,}", entry.heading.lower())
                    if w not in _PROJECT_WORDS} & said) >= 2]
    return hits[0] if len(hits) == 1 else None


def _names_another(cv: StructuredCV, place: str, entry: CVEntry) -> bool:
    """The place an answer gives names an employer of the CV other than the entry's own."""
    lowered = place.lower()
    owns = [name.lower() for name in _employers(entry)]
    # "Sheffield Teaching Hospitals" of a course there is the role's own "Sheffield Teaching
    # Hospitals NHS Foundation Trust": the same employer, shortened
    return any(other is not entry and len(other.organization) >= 3
               and not any(own.startswith(other.organization.lower()) for own in owns)
               and re.search(rf"\b{re.escape(other.organization.lower())}\b", lowered)
               for section in cv.sections if section.kind in _PLACES
               for other in section.entries)


_DEGREE_WORDS = re.compile(r"\b(?:degrees?|bachelor\w*|masters?|doctorate|ph\.?d|diplomas?)\b",
                           re.IGNORECASE)


def _entry_holding(cv: StructuredCV, cid: str) -> CVEntry | None:
    """The entry whose heading or line has the id `cid` (an id of `evidence_corpus`)."""
    return next((e for section in cv.sections for e in section.entries
                 if e.id == cid or any(i.id == cid for i in e.items)), None)


def _held_entry(cv: StructuredCV, term: str) -> CVEntry | None:
    """Where an answer about something held goes ("I've held a full UK driving licence since
    2012"): the CV's education section for a degree, its certifications section otherwise;
    a new "Licences and Certifications" section when it has none. Not Additional Experience:
    a licence is no work."""
    kinds = [SectionKind.EDUCATION, SectionKind.CERTIFICATIONS] if _DEGREE_WORDS.search(term) \
        else [SectionKind.CERTIFICATIONS]
    for kind in kinds:
        section = next((s for s in cv.sections if s.kind == kind and s.entries), None)
        if section is not None:
            return section.entries[-1]
    if SectionKind.EDUCATION in kinds:
        return None
    section = CVSection(id=HELD_SECTION, kind=SectionKind.CERTIFICATIONS,
                        heading="Licences and Certifications",
                        entries=[CVEntry(id=f"{HELD_SECTION}-1")])
    cv.sections.append(section)
    return section.entries[0]


HELD_SECTION = "user-held"


def _user_entry(cv: StructuredCV) -> CVEntry:
    section = next((s for s in cv.sections if s.id == USER_SECTION), None)
    if section is None:
        section = CVSection(id=USER_SECTION, kind=SectionKind.OTHER,
                            heading="Additional Experience",
                            entries=[CVEntry(id=f"{USER_SECTION}-1")])
        cv.sections.append(section)
    return section.entries[0]
