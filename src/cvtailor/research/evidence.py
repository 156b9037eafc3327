"""Which CV items evidence which JD requirement, and the gap report built from that.

Evidence is explicit: the vocabulary says a CV item names the skill (exactly or by an alias),
names a tool that implies it, or contains a phrase that evidences it; unknown requirement
phrases need all their content words in one item. Scores rank; relations decide.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Literal

from cvtailor.checks.coverage import PRIORITY_WEIGHT, weighted_coverage
from cvtailor.checks.fabrication import credential_held
from cvtailor.models import (
    Evidence,
    GapReport,
    JobPosting,
    Question,
    QuestionEvidence,
    Requirement,
    RequirementMatch,
    StructuredCV,
)
from cvtailor.research.degrees import apply_degrees, degree_keyword, level_named
from cvtailor.research.similarity import (
    CREDENTIAL,
    TERM_MIN,
    another_kind,
    close,
    compound_unsaid,
    decided_term,
    decides,
    machine_unsaid,
    money_unsaid,
    names_the_role,
    only_the_kind,
    only_the_object,
    owes_field,
    programme_unsaid,
    said_stems,
    same_root,
    tool_unsaid,
)
from cvtailor.text.cvtext import (
    coursework,
    evidence_corpus,
    held_list_ids,
    interest_ids,
    own_claims,
    schooling_ids,
    watched,
    without_watched,
)
from cvtailor.text.degrees import cv_degrees, jd_degree_requirement
from cvtailor.text.duties import read_duty
from cvtailor.text.jd_terms import (
    BRINGING_ON,
    FUNCTION_WORDS,
    ORDINALS,
    PREPOSITIONS,
    QUALIFICATION_TERM,
    ROLE_NOUNS,
    TITLE_GRANTED,
    VAGUE_NOUNS,
    YOU_WILL,
    asked_to_be,
    clause_part,
    content_stems,
    done_with,
    generic,
    lone_noun,
    only_verb,
    person_noun,
    role_named,
    skill_verb,
    title_main,
    weak_term,
)
from cvtailor.text.lexicon import base_verb, common_word, inflected_like
from cvtailor.text.not_held import NOT_YET_WORDS, held_thing, lapsed, studying, unfinished
from cvtailor.text.places import COUNTRIES, REGION_NAMES
from cvtailor.text.qualifications import after_preposition, population
from cvtailor.text.vocabulary import (
    COUNT_WORDS,
    CREDENTIAL_KINDS,
    NAMED_THINGS,
    Vocabulary,
    another_edition,
    default_vocabulary,
)
from cvtailor.text.wordforms import (
    ACRONYM,
    compound_spelling,
    contains,
    initials,
    named_in_full,
    other_form,
    phrase_in,
    phrase_near,
    says,
    short_form_in,
    spelled_as_name,
    stem,
)

# The rank of a line that names a requirement's term only as something watched: a strong
# semantic candidate, quoted first in its question.
WATCHED_SCORE = 0.6
# The vocabulary's categories of what a person holds rather than does.
HELD_CATEGORIES = CREDENTIAL_KINDS
_SCORES = {"name": 1.0, "alias": 0.95, "user": 0.9, "phrase": 0.8, "implied": 0.75}


_INCLUDING = re.compile(r"\b(?:including|incl\.)\s", re.IGNORECASE)
_SUCH_AS = re.compile(r"\b(?:such as|e\.g\.|for example)\s", re.IGNORECASE)
ALTERNATIVES = re.compile(r"\b(or|such as|e\.g\.|for example|like|similar|any of|"
                           r"also (?:fine|ok|okay|accepted|acceptable))\b", re.IGNORECASE)


def find_evidence(
    cv: StructuredCV, job: JobPosting, vocab: Vocabulary
) -> dict[str, list[Evidence]]:
    """Per requirement id: the CV pieces that evidence its keywords (named, by alias, implied,
    by a phrase, or in the user's answers), best first."""
    # what a line says the person received or wishes for is no evidence of doing it
    whole = {cid: own_claims(text) for cid, text in evidence_corpus(cv).items()}
    # ... nor is what it says they only watched or sat through: such a line is quoted in a
    # question ("Shadowed senior auditors on SOX testing"), the person's to confirm
    # ... nor what it names only as a course or credential not finished ("now working towards
    # a Postgraduate Diploma in Critical Care Nursing (Year 1 of 2)" is no critical care)
    # ... nor one it says has lapsed ("Designated Safeguarding Lead training (expired 2024)"
    # is no safeguarding now): the person is asked whether they hold it now
    corpus = {cid: "" if studying(text) or lapsed(text) else without_watched(text)
              for cid, text in whole.items()}
    user_items = {i.id for i in cv.items() if i.status == "user_provided"}
    # ... nor a course taken ("Statistics" under a degree is no statistical analysis done),
    # except for what the ad asks of an education: a line to quote in a question
    courses = {i.id for i in cv.items() if coursework(i)}
    liked = interest_ids(cv)
    listed = held_list_ids(cv)
    schooled = schooling_ids(cv)
    said = {cid: vocab.evidenced_names(text) for cid, text in corpus.items()}
    surfaces = {cid: {h.term: h.surface for h in vocab.find(text, phrases=True)}
                for cid, text in corpus.items()}
    # a credential a line says is not held yet ("PTCB CPhT exam scheduled for March") is not
    # held by another line's other name for it ("Ohio technician registration (certified
    # pharmacy technician)"): the CV's own word beats an inference
    pending = {n for text in whole.values() if _NOT_YET.search(text) or unfinished(text)
               for n, how in vocab.evidenced_names(text).items()
               if how == "name" and vocab.category(n) in HELD_CATEGORIES}
    # two capitals the ad itself writes as a word ("days in AR") are its short form, so a
    # CV's "120+ day AR bucket" says the accounts receivable an ad asks of
    ad_shorts = {w for req in job.requirements for w in re.findall(r"(?<![\w-])[A-Z]{2}(?![\w-])",
                                                                   req.text)}
    out: dict[str, list[Evidence]] = {}
    for req in job.requirements:
        found: list[Evidence] = []
        studied = courses if req.category != "education" else set()
        done = {cid: "" if cid in studied else text for cid, text in corpus.items()}
        for keyword in req.keywords:
            name = vocab.canonical(keyword)
            for cid in corpus:
                if cid in studied:
                    continue
                via: str | None = None
                matched = ""
                if name is not None:
                    via = said[cid].get(name)
                    if via is None and phrase_in(keyword, corpus[cid]):
                        via, matched = "name", keyword
                    matched = surfaces[cid].get(name, "") or matched if via else ""
                    if via in ("name", "alias") and another_edition(keyword, name, matched):
                        via, matched = None, ""  # "ArcMap" is no "ArcGIS Pro"
                    if via is None and initials(keyword) in ad_shorts and (
                            short := short_form_in(keyword, corpus[cid], 2)):
                        via, matched = "similarity", short  # "the 120+ day AR bucket"
                    if via == "implied":
                        matched = next((surfaces[cid][n] for n in surfaces[cid]
                                        if name in vocab.implied(n)), "")
                elif phrase_near(keyword, corpus[cid]):
                    via, matched = "name", keyword
                elif spelled_other_way := compound_spelling(keyword, corpus[cid]):
                    via, matched = "name", spelled_other_way  # "key holders": keyholders
                elif short := short_form_in(keyword, corpus[cid], 2 if initials(keyword)
                                            in ad_shorts else 3):
                    # "directing 4 PSWs": personal support workers, as sure as a close match
                    via, matched = "similarity", short
                elif (spelled := named_in_full(keyword, corpus[cid])) \
                        and not _NOT_YET.search(corpus[cid]) and not unfinished(corpus[cid]) \
                        and not lapsed(corpus[cid]):
                    # "GWO BST": "GWO Basic Safety Training", the name its capitals spell (one
                    # the line holds: not "working towards the ...")
                    via, matched = "similarity", spelled
                elif (held := _credential_name(keyword)) and phrase_near(held, corpus[cid]) \
                        and _HOLDS.search(corpus[cid]) and not _SHORT_OF.search(corpus[cid]) \
                        and not _NOT_YET.search(corpus[cid]) \
                        and credential_held(held, corpus[cid], vocab):
                    via, matched = "name", held  # "ASE C1 certification": "ASE C1 ..., 2019"
                elif (done_in := _experience_of(keyword)) and phrase_near(done_in, corpus[cid]) \
                        and cid not in listed:
                    via, matched = "name", done_in  # "exploration experience": "... exploration"
                elif cid in schooled and (studied_as := _programme_of(keyword)) \
                        and phrase_near(studied_as, corpus[cid]) \
                        and not _NOT_YET.search(corpus[cid]):
                    # "surgical technology program": "A.A.S. in Surgical Technology, 2016"
                    via, matched = "name", studied_as
                elif cid in listed and (held := _listed_as(keyword)) \
                        and phrase_near(held, corpus[cid]) and not _NOT_YET.search(corpus[cid]):
                    via, matched = "name", held  # "First Aid certificate": "First Aid, 2025"
                if via is None or (via == "alias" and name in pending):
                    continue
                if name is None and _people_not_practice(keyword, corpus[cid]):
                    continue  # "hand over patients to the ward nurses": no nursing
                if name is not None and _NOT_YET.search(corpus[cid]) and (
                        vocab.category(name) in HELD_CATEGORIES
                        or (via == "implied" and any(vocab.category(n) in HELD_CATEGORIES
                                                     for n in said[cid]))):
                    continue  # "CPA candidate", "preparing for the PMP": not held yet, nor
                    # what it would show ("studying for the CKA" is no Kubernetes)
                if req.category == "education" and unfinished(corpus[cid]):
                    continue  # "Logistics certificate ..., 3 of 5 courses completed": the
                    # field of a course not finished is no part of the degree it asks for
                if cid in liked:
                    continue  # "Interests: machine learning, hiking": liked, not done
                if via == "implied" and cid in listed and _ASKS_EXPERIENCE.search(req.text) \
                        and vocab.category(name or "") not in HELD_CATEGORIES:
                    continue  # "proven experience in process improvement": a certificate
                    # listed ("Lean Six Sigma Yellow Belt, 2022") is a course taken, not the
                    # practice it teaches done
                if _whom(keyword, corpus[cid], req.text) or (
                        matched and matched != keyword
                        and _whom(keyword, corpus[cid], req.text, matched)):
                    continue  # "report monthly to the area manager", "with the RN": not one
                kind = "user" if cid in user_items else via
                found.append(Evidence(
                    item_id=cid, score=_SCORES.get(kind, 0.6), term=keyword,
                    via=("lexical" if kind == "name" else kind),  # type: ignore[arg-type]
                    matched=matched,
                ))
        found += _in_other_words(req, done, found, liked)
        found += _watched_candidates(req, whole, done, {e.item_id for e in found}, vocab)
        found += _near_candidates(req, done, {e.item_id for e in found} | liked, vocab)
        found += _exemplified(req, found, vocab)
        if not found:
            found += _word_candidates(req, done, liked, vocab)
        found.sort(key=lambda e: (-e.score, e.item_id))
        out[req.id] = found
    return apply_degrees(out, cv, job, corpus)  # "B.S. in Accounting" for "Bachelor's degree"


def _in_other_words(req: Requirement, done: dict[str, str], named: list[Evidence],
                    skip: Collection[str]) -> list[Evidence]:
    """The lines that show `req` in their own words (text/duties: "Walk the next crew through
    what is open on the jetty before I go off" for "Lead shift handovers"), decided as a
    strong semantic match is (`via="similarity"`, the ad's term written into the line). A line
    that names another of the requirement's terms (`named`: "the next shift" of "Organise a
    clean shift handover with the next shift") is read too: naming a part of the duty is no
    reason to leave the duty unread."""
    found: list[Evidence] = []
    for cid, text in done.items():
        if cid in skip or not text:
            continue
        term = read_duty(req, text)
        # a duty is done, never held: a term that reads as something held ("downtime
        # registration") is the person's to claim, never a reader's
        if term and not held_thing(term) \
                and not any(e.item_id == cid and e.term == term for e in named):
            found.append(Evidence(item_id=cid, score=_SCORES["phrase"], term=term,
                                  via="similarity", matched=text[:160]))
    return found


def _written_as(term: str, corpus: dict[str, str], vocab: Vocabulary) -> str | None:
    """How the CV names the term somewhere: "" when in the term's own words, the CV's words
    when it names the vocabulary's thing otherwise ("Statistics" for statistical analysis),
    None when it does not name it."""
    if any(contains(text, term) for text in corpus.values()):
        return ""
    name = vocab.canonical(term)
    if name is None:
        return None
    return next((f'"{h.surface}"' for text in corpus.values() for h in vocab.find(text)
                 if h.term == name), None)


_BRACKETED = re.compile(r"\(([^)]*)\)")


# Words before a plural that make it a noun ("the ward nurses", "2 coaches", "with cleaners")
_NOUN_BEFORE = frozenset("the a an our their his her my its with to for of and all other "
                         "senior junior new agency student registered ward staff by from "
                         "two three four five several many".split())


def _people_not_practice(keyword: str, text: str) -> bool:
    """The line names the people (or things) of a practice where the term is the practice
    itself: "nursing" of "hand over patients to the ward nurses", "coaching" of "briefed
    the coaches" (not of "coaches 4 new starters", a verb)."""
    words = re.findall(r"[A-Za-z][\w'’-]*|\d+", text)
    for word in keyword.split():
        if not (word.lower().endswith("ing") and len(word) > 5):
            continue
        at = [n for n, w in enumerate(words) if stem(w) == stem(word)]
        if at and all(words[n].lower().endswith("s")
                      and not words[n].lower().endswith(("ings", "ss")) and n > 0
                      and (words[n - 1].lower() in _NOUN_BEFORE or words[n - 1].isdigit())
                      for n in at):
            return True
    return False


def _named_instead(requirement: str, covered: list[str], missing: list[str]) -> bool:
    """Each missing name is offered as an alternative to a name the CV has ("CCC ONE or
    Mitchell estimating software" for a CV with CCC ONE): asking whether CCC ONE shows
    Mitchell would ask the person to vouch for a tool they never named."""
    return bool(missing) and all(_offered_instead(requirement, m, covered) for m in missing)


def _offered_instead(requirement: str, name: str, covered: list[str]) -> bool:
    """The requirement offers `name` as the alternative to one the CV has ("RTITB or AITT"
    for a CV with RTITB, "IRATA Level 3 (or SPRAT Level III)"), or as its other name
    ("Welder Trade Certificate (Red Seal)" for a CV with a Red Seal)."""
    def either(a: str, b: str) -> bool:  # "IRATA Level 3 (or SPRAT Level III)" too
        return a[:1].isupper() and b[:1].isupper() and re.search(
            rf"(?<![\w-]){re.escape(a)}(?:\b[^,;.()]{{0,30}}?\s+|\s*\(\s*)or\s+"
            rf"(?:\w+\s+){{0,2}}?{re.escape(b)}(?![\w-])", requirement) is not None
    def also_called(a: str, b: str) -> bool:  # "Welder Trade Certificate (Red Seal)"
        return a[:1].isupper() and b[:1].isupper() and re.search(
            rf"(?<![\w-]){re.escape(a)}\s*\(\s*{re.escape(b)}\s*\)", requirement) is not None
    return any(either(c, name) or either(name, c) or also_called(name, c)
               or also_called(c, name) for c in covered)


def _whole(term: str) -> str:
    """A pattern for `term` as a whole word or phrase, not inside a longer one."""
    return rf"(?<![\w-]){re.escape(term)}(?![\w-])"


# An item of a list of alternatives, up to the next item: "arrowroot, cassava or other starch
# processing", "a soils or materials testing laboratory"
_OR_ITEM = r"[^,;.()]{1,40}?"


def _alternative_to(requirement: str, term: str, covered: list[str]) -> bool:
    """The requirement offers `term` as an alternative to a term the CV has, in a list joined
    by "or" ("5 years operating a desalination or water treatment plant" for a CV with
    desalination, "arrowroot, cassava or other starch processing" for one with arrowroot): one
    of them is what the ad asks for, so asking "Does 'Desalination plant operator ...' show
    water treatment plant?" spends a question on what the CV already meets."""
    def at(t: str) -> re.Match[str] | None:
        return re.search(_whole(t), requirement, re.IGNORECASE)
    here = at(term)
    if here is None:
        return False
    for c in covered:
        there = at(c)
        if there is None or c.lower() == term.lower():
            continue
        first, second = sorted((here, there), key=lambda m: m.start())
        if first.end() > second.start():
            continue  # one inside the other
        mid, rest = requirement[first.end():second.start()], requirement[second.end():]
        # "a or b", "a, c or b", "a, or other b"
        if re.fullmatch(rf"(?:\s*,\s*{_OR_ITEM})*,?\s+or\s+(?:other\s+|another\s+|any\s+|"
                        rf"similar\s+)?", mid, re.IGNORECASE):
            return True
        # "a, b or c": both before the "or"
        if re.fullmatch(rf"\s*,\s*(?:{_OR_ITEM}\s*,\s*)*", mid) and re.match(
                rf"(?:\s*,\s*{_OR_ITEM})*,?\s+or\s+\w", rest, re.IGNORECASE):
            return True
    return False


def _named_alternative(term: str, requirement: str) -> bool:
    """The term is a name (a capital past its first letter, or an acronym: "athenaOne",
    "HCPCS") that the requirement offers as one of its alternatives ("Epic or athenaOne")."""
    if not re.search(r".[A-Z]", term):
        return False
    at = re.escape(term)
    return re.search(rf"(?:\bor\s+|/\s*){at}(?![\w-])|(?<![\w-]){at}\s*(?:/|\s+or\b)",
                     requirement) is not None


def one_suffices(requirement: str, missing: list[str]) -> bool:
    """The requirement offers alternatives ("Airflow, Dagster or Prefect"), so one of its
    terms is enough. Alternatives in brackets are alternatives to what they follow only:
    "an active CPhT certification (PTCB or NHA) and an Ohio registration" offers two issuers
    of the CPhT, not the registration in its place, so a missing CPhT is still missing
    ("Airflow (or Dagster)" still lets Airflow stand for Dagster)."""
    if ALTERNATIVES.search(_BRACKETED.sub(" ", requirement)):
        return True
    inside = " ".join(_BRACKETED.findall(requirement))
    return ALTERNATIVES.search(inside) is not None and all(contains(inside, k) for k in missing)


def _in_prose(term: str, requirement: str, vocab: Vocabulary) -> str:
    """The term as a question's sentence names it: without the capital the requirement's first
    word has only for standing first ("Report findings to the audit committee" -> "report
    findings"; "Compassion" -> "compassion"). A name keeps it (a term the vocabulary knows, a
    word no general English word list has, any other capital or digit)."""
    first = term.split()[0] if term.split() else ""
    done = _doing(term, requirement)
    if done:
        return done
    # "You should be patient, a clear communicator ...": the person the ad asks them to be
    # ("Your CV does not mention being a clear communicator"), not a thing to mention
    one = re.search(rf"\b(an?)\s+{re.escape(term)}\b(?!['’])", requirement, re.IGNORECASE)
    if one is not None and term.islower() and person_noun(term.split()[-1] + "s"):
        return f"being {one.group(1).lower()} {term}"
    if not requirement.startswith(term) or not first[:1].isupper() or not first[1:].islower() \
            or vocab.canonical(term) is not None or not common_word(first) \
            or any(not w.islower() for w in term.split()[1:]):
        return term
    return term[:1].lower() + term[1:]


def _doing(term: str, requirement: str) -> str:
    """A term that is a verb alone ("supervise" of "You will supervise a team of six support
    workers"), as the activity the requirement names with it ("supervising a team of six
    support workers"): "Does ... show supervise?" is no question. "" for any other term."""
    first, _, rest = term.partition(" ")
    requirement = YOU_WILL.sub("", requirement.strip(), count=1)  # "You will induct ..."
    if rest and (requirement.startswith(term) or re.match(
            rf"[A-Za-z]+\s+(?:and|or)\s+{re.escape(term)}\b", requirement)) \
            and first[1:].islower() and rest.islower() \
            and (skill_verb(first.lower()) or first.lower() in BRINGING_ON):
        # a duty led by its skill verb ("Coach junior accountants", "Train and supervise
        # seasonal workers"): "coaching junior accountants", not "Your CV does not mention
        # coach junior accountants"; a second verb too ("training and supporting new team
        # members")
        doing = inflected_like(first.lower(), "doing")
        second = re.match(r"(and|or)\s+([a-z]+)\s+(.+)", rest)
        also = inflected_like(second.group(2), "doing") if second else None
        if second and also:
            rest = f"{second.group(1)} {also} {second.group(3)}"
        return f"{doing} {rest}" if doing else ""
    # "Supervise" of "Supervise a team of three groomers ...": a capital only for opening it
    word = term.lower() if requirement.startswith(term) and term[1:].islower() else term
    if " " in word or not word.islower() or not (only_verb(word) or skill_verb(word)):
        return ""
    m = re.search(rf"\b{re.escape(word)}\s+((?:[\w'’-]+\s+){{0,5}}?[\w'’-]+)\s*(?=[,;.:()]|"
                  r"\s+(?:and|or|to|so|when|while|who|which|that|across|within)\b|$)",
                  requirement, re.IGNORECASE)
    doing = inflected_like(word, "doing")
    if m is None or re.match(r"(?:and|or)\s", m.group(1)):
        return ""  # "Supervise and mentor ...": another verb's object, not this one's
    return f"{doing} {m.group(1)}" if doing else ""


# An ad's word for a credential held ("ACA, ACCA or CIMA qualified", "HCPC registered").
_QUALIFIED = re.compile(r"\b(?:qualified|certified|registered|licen[cs]ed|chartered|"
                        r"accredited)\b", re.IGNORECASE)


def spoken_term(term: str, vocab: Vocabulary) -> bool:
    """The term is a language a person speaks: one the vocabulary knows ("French"), or a
    language the ad leaves open ("a community language", "a second language"); not a
    programming, query or markup language."""
    return vocab.category(vocab.canonical(term) or "") == "language" or (
        re.search(r"\blanguages?\b", term, re.IGNORECASE) is not None
        and re.search(r"\b(?:programming|query|markup|scripting|modell?ing|sign|plain|body|"
                      r"inclusive|simple|brand|visual|design)\b", term,
                      re.IGNORECASE) is None)  # ("write in plain language" is no tongue)


def held_term(term: str, requirement: str, vocab: Vocabulary) -> bool:
    """The term names something a person holds, not work they do: a licence, a degree
    (`held_thing`), a credential the vocabulary knows, or an acronym the ad asks the person to
    be qualified in ("ACA, ACCA or CIMA qualified")."""
    return held_thing(term) or vocab.category(vocab.canonical(term) or "") in HELD_CATEGORIES \
        or (ACRONYM.match(term) is not None and _QUALIFIED.search(requirement) is not None) \
        or _TITLE_HELD.match(term) is not None \
        or re.search(rf"{re.escape(term)}\b[^.;]{{0,40}}\bstatus\b", requirement) is not None


# A title a professional body grants ("Registered Science Technician", "Chartered Engineer"),
# held as a credential is; and "... status" of a requirement ("RSci status is desirable").
_TITLE_HELD = re.compile(rf"(?:{TITLE_GRANTED})\s+[A-Z]")


def _exemplified(req: Requirement, found: list[Evidence], vocab: Vocabulary) -> list[Evidence]:
    """"Proficiency in web markup, including HTML5, CSS3": when the CV shows every example
    the requirement names after "including", it shows what they exemplify, so the umbrella
    term (one the vocabulary does not know, named before "including") is evidenced by the
    same lines, as an alias is, and written in the JD's words. Examples offered as
    alternatives ("clinical systems such as SystmOne or EMIS") need one of them shown, and may
    be names the vocabulary does not know, written as short forms."""
    m = _INCLUDING.search(req.text) or _SUCH_AS.search(req.text)
    if m is None:
        return []
    before, after = req.text[:m.start()], req.text[m.end():]
    # "clinical systems such as SystmOne or EMIS": one of the examples shows the systems
    either = m.re is _SUCH_AS and re.search(r"\bor\b", after) is not None \
        and not re.search(r"\band\b", after)
    examples = [k for k in req.keywords if contains(after, k) and (
        vocab.canonical(k) or (either and ACRONYM.match(k)))]
    umbrellas = [k for k in req.keywords if vocab.canonical(k) is None and contains(before, k)]
    rows = {k: [e for e in found if e.term == k and e.via in (*SAID_BY_CV, "alias", "user")]
            for k in examples}
    if not examples or not umbrellas or not (any if either else all)(rows.values()):
        return []
    ids = dict.fromkeys(e.item_id for k in examples for e in rows[k])
    return [Evidence(item_id=i, score=_SCORES["alias"], via="alias", term=u,
                     matched=", ".join(examples)) for u in umbrellas for i in ids]


def _near_candidates(req: Requirement, done: dict[str, str], have: set[str],
                     vocab: Vocabulary) -> list[Evidence]:
    """Lines that say a term the vocabulary knows in its words, but not as one phrase ("data
    processing pipelines" for "data pipeline"): the vocabulary does not say they show it, so
    they are candidates to ask about ("Does '... data processing pipelines' show data
    pipeline?"), never a term written on their own, and never "Your CV does not mention data
    pipeline"."""
    terms = [k for k in req.keywords if vocab.canonical(k) is not None
             and len(content_stems(k)) >= 2]
    # a name the line says without the place it is of ("know the Rules of Civil Procedure
    # well" for "Ontario Rules of Civil Procedure"): the person is asked which rules they know
    unplaced = [k for k in req.keywords if vocab.canonical(k) is None]
    # the thing a named part belongs to ("work orders in SAP" for "SAP PM"): which part of it
    # the person used is theirs to say
    parents = {p for k in req.keywords if (name := vocab.canonical(k)) is not None
               for p in vocab.wholes(name)}
    return [_candidate(cid, text) for cid, text in done.items()
            if cid not in have and text and (any(phrase_near(k, text) for k in terms)
                                             or any(_unplaced(k, text) for k in unplaced)
                                             or bool(parents & set(vocab.evidenced_names(text)))
                                             )]


def _word_candidates(req: Requirement, done: dict[str, str], skip: frozenset[str] | set[str],
                     vocab: Vocabulary) -> list[Evidence]:
    """A requirement no line names: the lines that share a telling word of one of its terms
    the vocabulary does not know ("Prepare ... the three-year budget forecast" for "school
    budget", "Line manage two admin assistants" for "managing staff", "... tachograph rest
    periods" for "rest time rules"), at most QUOTED_LINES, those sharing most first. They are
    candidates to quote in a confirm question (the person says whether the line shows it),
    never a term written on their own, and never "Your CV does not mention ...". A word that
    most lines say (the trade's own: "pharmacy", "school") tells nothing and picks none, nor
    does a generic one ("staff", "team"; an activity's "training" tells), nor a word of a
    name (capitalised, or dotted: "Frame.io" is named or not held). A requirement that names a thing the vocabulary
    knows (Power BI) is named or not held: no line is quoted for its other words; nor for a
    language or a credential, which are asked as such."""
    if any((name := vocab.canonical(k)) is not None and vocab.category(name) in NAMED_THINGS
           for k in req.keywords):
        return []
    # a language spoken or a thing held is asked as one ("Do you speak it?", "Do you hold
    # it?"), not of a line that shares its words
    if any(spoken_term(k, vocab) or held_term(k, req.text, vocab) for k in req.keywords):
        return []
    lines = {cid: said_stems(text) for cid, text in done.items() if text and cid not in skip}
    if not lines:
        return []
    common = max(2, len(lines) // 4)
    # a practice the vocabulary knows but no line evidences ("electrical troubleshooting":
    # "Troubleshoot control boards ... and low-voltage wiring") is asked of its lines too
    wanted = {st for k in req.keywords if "." not in k
              for w in re.findall(r"[A-Za-z][\w-]*", k)
              if w.islower() and (w not in VAGUE_NOUNS or w.endswith("ing"))
              and not person_noun(w.lower())
              for st in said_stems(w) if len(st) >= 4}
    wanted = {st for st in wanted
              if sum(any(same_root(st, o) for o in said) for said in lines.values()) <= common}
    shared = {cid: sum(any(same_root(st, o) for o in said) for st in wanted)
              for cid, said in lines.items()}
    best = sorted((cid for cid, n in shared.items() if n), key=lambda c: (-shared[c], c))
    return [Evidence(item_id=cid, score=_WORD_SCORE, via="semantic", term="",
                     matched=done[cid][:160]) for cid in best[:QUOTED_LINES]]


# below every semantic candidate's cosine: a line that only shares a word is quoted last
_WORD_SCORE = 0.4


def _candidate(cid: str, text: str) -> Evidence:
    """A line to quote in a confirm question, as a semantic match is: no term of its own."""
    return Evidence(item_id=cid, score=WATCHED_SCORE, via="semantic", term="",
                    matched=text[:160])


def _watched_candidates(req: Requirement, whole: dict[str, str], done: dict[str, str],
                        have: set[str], vocab: Vocabulary) -> list[Evidence]:
    """Lines that name a keyword of `req` only where they say the person watched or sat
    through it (`without_watched`), or only as a course not finished (`studying`): candidates
    to ask about, as a semantic match is, never a term written on their own."""
    out: list[Evidence] = []
    for cid, text in whole.items():
        if cid in have or text == done[cid] or (req.category == "education"
                                                 and unfinished(text)):
            continue
        if any(phrase_near(k, text) or (vocab.canonical(k) is not None and vocab.canonical(k)
                                         in vocab.evidenced_names(text))
               for k in req.keywords):
            out.append(_candidate(cid, text))
    return out


def _term_cosines(found: dict[str, list[tuple[str, float]]], corpus: dict[str, str],
                  terms: dict[str, str | None],
                  summary: frozenset[str] = frozenset()) -> dict[tuple[str, str], float]:
    """The cosine of each requirement's decidable JD term (`terms`) with each candidate line
    whose sentence cosine decides only with it (`similarity.close`; from CLOSE_MIN for a line
    of the `summary`): one embedding batch, none when there is none."""
    wanted: list[tuple[str, str, str, str]] = []
    for rid, term in terms.items():
        if term:
            wanted += [(rid, item_id, term, corpus.get(item_id, ""))
                       for item_id, score in found.get(rid, [])
                       if close(score, item_id in summary)]
    if not wanted:
        return {}
    from cvtailor.semantic.embeddings import cosines

    values = cosines([(term, text) for _, _, term, text in wanted])
    return {(rid, item_id): v for (rid, item_id, _, _), v in zip(wanted, values, strict=True)}


SEMANTIC_MIN = 0.45  # cosine; below it a candidate is not worth a question (see benchmarks)


# The kind a credential keyword ends on ("ASE C1 certification"); a line that says a
# credential is held ("ASE C1 Automobile Service Consultant, 2019, recertified 2024",
# "Licensed ...") and one that says something short of it ("Class A CDL permit holder, test
# booked for March", "passed 2 of 4 exam sections").
_CREDENTIAL_KIND_AT_END = re.compile(r"\s+(?:certification|certificate|credential|designation|"
                                 r"licen[cs]e|registration)s?$", re.IGNORECASE)
# A requirement that asks for the practice done, not known: "proven experience in process
# improvement", "a track record of ...".
_ASKS_EXPERIENCE = re.compile(r"\bexperience[ds]?\b|\btrack\s+record\b|\bproven\b",
                              re.IGNORECASE)
_HOLDS = re.compile(r"certif|licen[cs]|credential|designation|registered|registration|"
                    r"accredit|chartered", re.IGNORECASE)
# (`_NOT_YET`, checked with it, has permits, learners, provisional, booked and scheduled)
_SHORT_OF = re.compile(r"\b(?:exams?|tests?|course|training|module|sections?|parts?|level)\b",
                       re.IGNORECASE)


def _without_kind(keyword: str) -> str:
    """A credential keyword without the kind of credential that ends it ("First Aid" of
    "First Aid certificate"), or "" when no kind ends it."""
    kind = _CREDENTIAL_KIND_AT_END.search(keyword)
    return keyword[:kind.start()] if kind else ""


def _listed_as(keyword: str) -> str:
    """What a credential keyword is listed as among the things a CV says are held: its name
    without the kind ("First Aid" of "First Aid certificate"), when a name is left that says
    which one (not "current" of "current licence")."""
    name = _without_kind(keyword).strip()
    return name if name and not weak_term(name) and content_stems(name) else ""


def _experience_of(keyword: str) -> str:
    """What an "<X> experience" keyword asks to have done ("exploration" of "exploration
    experience", "fund accounting" of "fund accounting experience"), when X says what: more
    than one word, or one word that names work by itself (a practice "-ing", an acronym, a
    noun of six letters or more; not "specialized", "total" or "operational"). "" otherwise."""
    m = re.fullmatch(r"(.+?)\s+experience", keyword, re.IGNORECASE)
    if m is None:
        return ""
    done = m.group(1).strip()
    words = done.split()
    if len(words) > 1:
        return done if not weak_term(done) and content_stems(done) else ""
    word = words[0]
    if ACRONYM.match(word) and len(word) >= 2:
        return word
    low = word.lower()
    if len(low) < 6 or weak_term(low) or low.endswith(_NOT_A_THING) or low in _GRADES:
        return ""
    return word


_NOT_A_THING = ("al", "ive", "ful", "ed", "ory", "ous", "ic", "able", "ible", "ary")
_GRADES = frozenset("specialized specialised relevant previous prior proven direct total "
                    "extensive hands-on practical".split())


def _programme_of(keyword: str) -> str:
    """What a "<X> program(me)" keyword asks to have studied ("surgical technology" of
    "surgical technology program"), when X says what (not "an accredited program"); ""
    otherwise. Held only by an education or training line the CV lists as finished."""
    m = re.fullmatch(r"(.+?)\s+(?:program|programme|course)", keyword, re.IGNORECASE)
    done = m.group(1).strip() if m else ""
    return done if done and not weak_term(done) and (
        len(done.split()) > 1 or len(done) >= 6) and content_stems(done) else ""


def _credential_name(keyword: str) -> str:
    """The name a credential keyword the vocabulary does not know is held by ("ASE C1" of
    "ASE C1 certification"), when the name is distinctive (an acronym or a number in it);
    "" otherwise ("food safety certificate" is no name: it is asked whole)."""
    name = _without_kind(keyword)
    return name if any(ACRONYM.match(w) or any(c.isdigit() for c in w)
                       for w in name.split()) else ""


_NOT_YET = re.compile(rf"\b(?:{NOT_YET_WORDS}|planned|permit|learner'?s?|provisional|booked|"
                      r"scheduled)\b", re.IGNORECASE)
_SIBLING_CATEGORIES_EXEMPT = {"soft_skill", "domain", "practice", "methodology", "language"}


def near_miss(keywords: list[str], text: str, vocab: Vocabulary,
              named_only: bool = False) -> str | None:
    """Why `text` is a near-miss for a requirement, or None. A sibling of the same category
    (RabbitMQ for Kafka) or a credential not yet held ("preparing for the CPA exam").
    `named_only`: for the person's own answer, only a named thing or a credential has a
    sibling in its place; a practice of the same field does not ("book flights, camp rooms
    and fuel for a team on an 8/6 roster" to "Coordinate field logistics" names a roster,
    scheduling, beside the logistics it describes)."""
    wanted = {n for n in (vocab.canonical(k) for k in keywords) if n}
    said = vocab.evidenced_names(text)
    for name in wanted:
        if name in said:
            continue
        category = vocab.category(name)
        if category in _SIBLING_CATEGORIES_EXEMPT or (
                named_only and category not in NAMED_THINGS | HELD_CATEGORIES):
            continue
        # a name the requirement itself asks for is not something else in another's place,
        # nor is the broader thing the wanted one is part of ("SAP" for "SAP PM"): the line
        # is asked about, never taken for it
        broader = vocab.implied(name)
        siblings = [n for n in said if n not in wanted and n not in broader
                    and vocab.category(n) == category]
        if siblings:
            return f"{siblings[0]} is not {name}"
        if category in HELD_CATEGORIES and _NOT_YET.search(text):
            return f"{name} is not held yet"
    return None


def add_semantic(
    evidence: dict[str, list[Evidence]], found: dict[str, list[tuple[str, float]]],
    corpus: dict[str, str], job: JobPosting, vocab: Vocabulary,
    not_work: frozenset[str] = frozenset(), summary: frozenset[str] = frozenset(),
) -> dict[str, list[Evidence]]:
    """Semantic candidates join the evidence as `via="semantic"` (no keyword: they rank and
    prompt a question, they never let a term be claimed); near-misses are dropped. A candidate
    strong enough to decide (research.similarity: a high cosine, a JD term the vocabulary does
    not know, not a credential) is `via="similarity"` with the JD term, so it is written. A
    line of `not_work` (a certificate, a degree, a role's heading, a referee's words) never
    decides: it shows a credential held or what someone else says, not a practice ("Palo
    Alto Networks PCNSE, 2022" is no network segmentation). A line of the `summary` decides
    only when the JD term itself is near it too (`similarity.TERM_MIN`): a summary is near
    every requirement of its field ("Cytotechnologist with 13 years at the microscope ..." is
    no whole slide imaging: blind87's first run), and never deciding by one cost 13
    requirements the labels take for shown."""
    out = {rid: list(rows) for rid, rows in evidence.items()}
    terms = {req.id: decided_term(req, vocab) for req in job.requirements}
    near = _term_cosines(found, corpus, terms, summary)
    for req in job.requirements:
        have = {e.item_id for e in out.get(req.id, [])}
        term = terms[req.id]
        # a line that names another term of the requirement ("pricing") may still decide the
        # one it shows in other words ("Negotiate multi-year contracts")
        have_term = {e.item_id for e in out.get(req.id, []) if e.term == term}
        # ... but one it is listed with ("lead store openings and refits") only when the line
        # is close to the term itself: a line that names the refit is close to the sentence
        # for that, and shows no opening ("Negotiated multi-year renewals and price
        # increases" is close to "multi-year contracts" itself)
        # a term a line already shows for sure (a duty read in other words, text/duties;
        # a short form) is no cosine's to place again: "Final inspection" read in "Check
        # every gun ... before it goes back over the counter" is not also decided for "Log
        # every gun ... in the book the district office inspects"
        settled = any(e.via == "similarity" and e.term == term
                      for e in evidence.get(req.id, []))
        sibling_of = {e.item_id for e in out.get(req.id, []) if term and e.term
                      and e.term != term and _listed_together(req.text, term, e.term)}
        if sibling_of:
            from cvtailor.semantic.embeddings import cosines

            ids = sorted(sibling_of)
            sibling_of = {i for i, v in zip(ids, cosines([(term or "", corpus.get(i, ""))
                                                          for i in ids]), strict=True)
                          if v < TERM_MIN}
        for item_id, score in found.get(req.id, []):
            text = corpus.get(item_id, "")
            if score < SEMANTIC_MIN or item_id in have_term or near_miss(req.keywords, text,
                                                                          vocab):
                continue
            if term and not settled \
                    and decides(score, near.get((req.id, item_id)), item_id in summary) \
                    and not _titled(term, req.text, job.title) \
                    and not owes_field(term, job.title, text, vocab) \
                    and not names_the_role(term, job.title, text) \
                    and not only_the_kind(term, text) \
                    and not only_the_object(term, text, req.text) \
                    and not another_kind(term, text) and not money_unsaid(term, text) \
                    and not programme_unsaid(term, text) and not tool_unsaid(term, text) \
                    and not machine_unsaid(term, text) and not compound_unsaid(term, text) \
                    and not _NOT_YET.search(text) and not watched(text) \
                    and item_id not in not_work and item_id not in sibling_of:
                out.setdefault(req.id, []).append(Evidence(
                    item_id=item_id, score=score, via="similarity", term=term,
                    matched=text[:160]))
                continue
            if item_id in have:
                continue
            out.setdefault(req.id, []).append(Evidence(
                item_id=item_id, score=score, via="semantic", term="", matched=text[:160]))
    return out


def _listed_together(text: str, a: str, b: str) -> bool:
    """Whether the requirement lists `a` and `b` side by side ("store openings and refits",
    "refits or openings", "budgets, forecasts", "support the statutory audit and look after
    VAT"), as things of one kind."""
    # "and" may bring a verb of its own ("and look after VAT"); a comma's one word at most
    # ("leave and accommodation law, in particular FMLA" gives examples, not a sibling)
    join = (r"\s*(?:,\s*(?:(?:and|or)\s+(?:\w+\s+){0,2}|(?:\w+\s+)?)"
            r"|\s+(?:and|or|&)\s+(?:\w+\s+){0,2}|/\s*(?:\w+\s+)?)")
    # the first may be a term cut short of its last word ("debtor" of "debtor days and bad
    # debt")
    rest = r"(?:\s+(?!(?:and|or)\b)[A-Za-z][\w-]*)?"
    return re.search(_whole(a) + rest + join + _whole(b), text, re.IGNORECASE) is not None \
        or re.search(_whole(b) + rest + join + _whole(a), text, re.IGNORECASE) is not None


def analyze_gaps(
    job: JobPosting, evidence: dict[str, list[Evidence]], max_questions: int = 0,
    vocab: Vocabulary | None = None, corpus: dict[str, str] | None = None,
    not_work: frozenset[str] = frozenset(),
) -> GapReport:
    """Each requirement matched / partial / gap, the weighted coverage, and the gap interview:
    a question for every requirement that is not matched (see `interview_questions`)."""
    vocab = vocab or default_vocabulary()
    report = GapReport()
    for req in job.requirements:
        found = evidence.get(req.id, [])
        covered = [k for k in req.keywords if any(e.term == k for e in found)]
        # a duty the person confirmed ("presenting loan files to the credit committee",
        # `_duty_span`), or one a duty reader read in the ad's words ("main point of contact
        # for landholders", text/duties/liaison), covers the terms it joins, and is itself
        # what is written
        duties = list(dict.fromkeys(e.term for e in found
                                    if e.via in ("user", "similarity")
                                    and duty_part(e.term, req)))
        missing = [k for k in req.keywords if k not in covered
                   and not any(_covers(d, k, req.text) for d in duties)]
        covered = duties + covered
        # "A degree in ecology, biology or environmental science": a degree the CV holds in
        # a field the ad accepts settles the fields it offers (`apply_degrees`)
        degree = _degree_keyword(req)
        missing = [k for k in missing if k.lower() not in _fields_settled(req, degree, covered)]
        # "Associate's or Bachelor's degree in Accounting": the lowest level it offers, held in
        # its field, meets it; the higher one offered instead is no term then missing (nor
        # written: only what is covered is)
        if degree is not None and degree in covered:
            missing = [k for k in missing if not _another_level(k, req.text)]
        # "Airflow, Dagster or Prefect": one named tool suffices; words the vocabulary does not
        # know (the rest of the requirement) are always needed.
        missing_known = [k for k in missing if vocab.canonical(k)]
        covered_known = [k for k in covered if vocab.canonical(k)]
        # the alternative offered is one of the named things, so one of them must be there:
        # "in an optical practice, including line management or supervising" is not met by
        # the optical practice alone
        # ("Experience with Epic or athenaOne": a name the vocabulary does not know, the CV
        # naming it, is one of the alternatives too)
        either = len(req.keywords) > 1 and (bool(covered_known) or any(
            _named_alternative(k, req.text) for k in covered)) \
            and one_suffices(req.text, missing_known)
        missing_other = [k for k in missing if not vocab.canonical(k)]
        enough = (not missing_known or either
                  or len(covered) / max(1, len(covered) + len(missing_known)) >= 0.67)
        user_said = any(e.via == "user" and e.term in covered for e in found)
        # "Associate degree in supply chain management or logistics": the "or" offers fields,
        # never the degree itself, which the CV's degrees decide (`apply_degrees`)
        degree_missing = degree in missing
        # "A third-level qualification in supply chain or logistics": the fields it offers
        # are no qualification held (a warehouse job at "PharmaLink Logistics" holds none)
        degree_missing = degree_missing or any(QUALIFICATION_TERM.search(k)
                                               for k in missing_other)
        # people the work is done to or with ("supervisors" of "Hire, train and develop
        # supervisors", "technicians") that the CV names, often as the person's own title,
        # show none of the work: they alone never match it
        shows_work = user_said or any(not population(k, [req.text]) for k in covered)
        if covered and shows_work and not degree_missing and (
                user_said or not missing_other or (either and covered_known)
                or _named_instead(req.text, covered, missing_other)) and enough:
            status = "matched"
        elif covered or any(e.via == "semantic" for e in found):
            status = "partial"  # semantic-only: similar wording, unsure -> ask, never claim
        else:
            status = "gap"
        report.matches.append(RequirementMatch(
            requirement_id=req.id, status=status, evidence=found,  # type: ignore[arg-type]
            covered_keywords=covered, missing_keywords=missing,
        ))
    report.coverage = weighted_coverage(job, report.matches)
    report.questions = interview_questions(job, report, corpus or {}, vocab, not_work)
    if max_questions:
        report.questions = report.questions[:max_questions]
    return report


def _whom(keyword: str, line: str, requirement: str, surface: str = "") -> bool:
    """The requirement asks the person to be someone ("As Area Manager you'll lead ...", "be
    a charge nurse") and the line names them only as whom the work is for, to or with
    ("report monthly to the area manager"): no evidence of being one. Work with them is
    evidence of work with them ("Worked with product managers" for "Partner with product
    managers"), and "promoted to store manager" of being one."""
    head = keyword.split()[-1].lower() if keyword.split() else ""
    said = surface or keyword  # as the line writes it: "RN" for "Registered Nurse"
    named = _whole(said)
    return (person_noun(head) or person_noun(head + "s") or head in ROLE_NOUNS) \
        and (phrase_in(said, line) or (said.isupper() and re.search(named, line) is not None)) \
        and (after_preposition(said, [line])
             # "when the RN is on the other wing": the one on the other wing is someone else
             or (surface != "" and re.search(rf"\bthe\s+{named}", line) is not None)) \
        and asked_to_be(keyword, requirement) \
        and not re.search(rf"\b(?:as|promot\w*|moved|stepped\s+up|progressed|rose|advanced)"
                          rf"\s+(?:to\s+)?(?:an?\s+|the\s+)?{named}", line, re.IGNORECASE)


def _fields_settled(req: Requirement, degree: str | None,
                    covered: list[str]) -> frozenset[str]:
    """The fields of study a degree requirement offers, when a degree the CV holds decided
    its degree keyword (`degree`, from `_degree_keyword`; lowercased); none otherwise."""
    wanted = jd_degree_requirement(req.text)
    if wanted is None or degree not in covered:
        return frozenset()
    return frozenset(f.lower() for f in wanted.fields)


def _another_level(keyword: str, requirement: str) -> bool:
    """The keyword names a degree level and nothing else, offered as an alternative ("or
    Bachelor's degree")."""
    return level_named(keyword) is not None and one_suffices(requirement, [keyword])


def _degree_keyword(req: Requirement) -> str | None:
    """The keyword that names the degree a requirement asks for, if it asks for one."""
    wanted = jd_degree_requirement(req.text)
    return degree_keyword(req.keywords, wanted) if wanted is not None else None


QUOTED_LINES = 2  # a confirm question quotes at most this many CV lines
# Evidence by which the offline engine writes a term that was not asked about: an alias of it
# ("Registered Nurse" for RN) or a close match (research.similarity). A model's own citation
# ("semantic" with a term) is no such promise: its question keeps its priority.
WRITTEN_UNASKED = ("alias", "similarity")


def interview_questions(job: JobPosting, report: GapReport, corpus: dict[str, str],
                        vocab: Vocabulary | None = None,
                        not_work: frozenset[str] = frozenset()) -> list[Question]:
    """One question per requirement that is not matched, most important first.

    *confirm*: CV lines probably show it in other words (semantic candidates, or lines that
    name part of it); quote them and ask yes/no. *describe*: no line is close; ask where and
    how, in the person's words. A confirm question is about a term the lines can show: a named
    thing (a language, a tool, a credential) only when they name it, so it asks about the
    requirement's practice instead, or becomes a describe question. A term that is a fragment
    of a clause or too general (`jd_terms.weak_term`) is never asked about: the budget of
    questions goes to real requirements. A question whose term a line already shows by an
    alias or a close match (which the CV gets without an answer) comes after all the others,
    so the budget goes where an answer can change the CV. Within a priority, a question about
    a vague term (`vague_term`: "content", "second UX") comes after those about clear ones,
    then confirm questions come first (cheaper to answer, and a "yes" puts the JD's term into
    a line the CV already has). A line that is no account of the person's work (`not_work`:
    a role's or degree's heading, a line of the certifications or education section, a
    referee's words) is quoted only for a requirement about education or experience:
    "Does 'Technician — Acme, 2016-2021' show in-service training?" asks the person to vouch
    for a whole job, "Does 'Google Data Analytics Professional Certificate' show integration
    of technology?" for a course, and their yes has no line of work to go into.
    """
    vocab = vocab or default_vocabulary()
    by_req = report.by_requirement()
    out: list[tuple[int, float, int, int, int, Question]] = []
    for order, req in enumerate(job.requirements):
        match = by_req.get(req.id)
        if match is None or match.status == "matched":
            continue
        renewal = _renewal_line(req, corpus, vocab, job.title)
        chosen = renewal or _term_and_lines(req, match, corpus, vocab, not_work, job.title)
        if chosen is None:
            continue
        term, lines = chosen
        named = _in_prose(term, req.text, vocab)
        kind: Literal["confirm", "describe"] = "describe"
        if renewal:
            text = (f"Your CV says \"{lines[0][1]}\". Do you hold it now? {_HOLD_ASK}: that is "
                    "your claim of it. Otherwise answer no.")
        elif lines:
            quoted = " / ".join(f'"{_sentence_about(t, term, req.text)}"' for _, t in lines)
            kind, text = "confirm", f"Does {quoted} show {named}? Answer yes or no; {WHERE_ELSE}."
        else:
            ask = (f"Do you hold it? {_HOLD_ASK}" if held_term(term, req.text, vocab)
                   # a licence: held, not done; a language: spoken, not done
                   else "Do you speak it? If you do, say how well (fluent, working, basic) in "
                   "a sentence" if spoken_term(term, vocab)
                   else "Have you done this? If you have, say where (which role) and how in a "
                   "sentence or two")
            # a term named where it shows no work (a dissertation's title, a course) is named,
            # as the CV writes it ("Statistics" for statistical analysis)
            written = _written_as(term, corpus, vocab)
            said = (f"names {written if written else named}, but not in a role" if written
                    is not None else "does not mention " + named)
            text = f"Your CV {said}. {ask}: that is your claim of it. Otherwise answer no."
        # a line already decided for another of the requirement's terms (a duty read in other
        # words: "Train novice strippers" of "Show the young lads in their first seasons how to
        # ...") keeps it: a question about this term is about its second term, and a "no" to it
        # keeps the first (`ALSO`), as the auto-approved CV does
        decided = kind == "confirm" and any(
            e.via == "similarity" and e.term and e.term.lower() != term.lower()
            for e in match.evidence)
        question = Question(
            id=f"q-{req.id}{ALSO if decided else ''}", requirement_id=req.id,
            requirement=req.text, term=term, kind=kind,
            evidence=[QuestionEvidence(item_id=i, text=t) for i, t in lines],
            text=f"The job asks for: \"{req.text}\". {text}")
        kind_rank = 0 if question.kind == "confirm" else 1
        shown = 1 if any(e.term == term and e.via in WRITTEN_UNASKED
                         for e in match.evidence) or (
            not renewal and not held_term(term, req.text, vocab)
            and core_said(term, corpus)) else 0
        vague = 1 if vague_term(term, vocab) else 0
        # whether the person can take the job's hours is no work a CV line shows: asked last
        hours = 1 if hours_asked(req.text) else 0
        # nor is the make-up of the team the job leads (`team_described`)
        team = 1 if team_described(req.text) else 0
        out.append((max(shown, hours, team), -PRIORITY_WEIGHT[req.priority], vague, kind_rank,
                    order, question))
    out.sort(key=lambda row: row[:5])
    asked: set[str] = set()
    questions: list[Question] = []
    for *_, q in out:  # two requirements about one term are one question, not two
        if q.term.lower() not in asked:
            asked.add(q.term.lower())
            questions.append(q)
    return questions


# A core neither begins nor ends on a word that joins it to the rest of the term.
_JOINING = FUNCTION_WORDS | PREPOSITIONS


def core_said(term: str, corpus: dict[str, str]) -> bool:
    """The CV already says the term's core, in two words or more (or an acronym of it), and
    lacks only a word that qualifies it: "infection control" of "strict infection control",
    "loss ratio" of "loss ratio results", "warranty claims" of "File warranty claims", "VHF
    radio" of "VHF radio communications", "TRID" of "TRID deadlines". A question about it
    asks only about that word, so it waits for those about requirements the CV shows nothing
    of. (Not a credential's: "Coxswain Grade 1" is not "Coxswain Grade 2", and
    `interview_questions` leaves held things out of this.)"""
    def said(part: str) -> bool:
        return any(says(text, part) for text in corpus.values())

    words = term.split()
    for size in range(len(words) - 1, 1, -1):
        for start in range(len(words) - size + 1):
            part = words[start:start + size]
            if part[0].lower() in _JOINING or part[-1].lower() in _JOINING:
                continue  # "Clerk of" of "Clerk of Works" is no core
            core = " ".join(part)
            if not (weak_term(core) or generic(core)) and said(core):
                return True
    # a name spelled as an acronym is a core of one word: "TRID" of "TRID deadlines",
    # "CACFP" of "CACFP food program"
    return len(words) > 1 and any(
        len(w) >= 3 and ACRONYM.match(w) is not None and not w.endswith("s") and said(w)
        for w in words)


def _term_and_lines(req: Requirement, match: RequirementMatch, corpus: dict[str, str],
                    vocab: Vocabulary, not_work: frozenset[str], title: str
                    ) -> tuple[str, list[tuple[str, str]]] | None:
    """What a question about `req` asks about and the CV lines it quotes (none: a describe
    question), or None when there is nothing to ask: every term is weak or the job's title
    ("day-to-day contact", "improve courses based", "As our next QA Automation Engineer"),
    or the quoted lines already say the term (`_said_by_lines`)."""
    cv_says = [k for k in match.covered_keywords if _said_word_for_word(k, match)]
    # never the alternative to a name the CV has ("Does 'RTITB Reach' show AITT?"), nor to a
    # term it says ("a soils or materials testing laboratory" for a CV that tests soils)
    askable = [k for k in _askable(req, title)
               if not _offered_instead(req.text, k, match.covered_keywords)
               and not _alternative_to(req.text, k, cv_says)]
    if askable and all(k in cv_says for k in askable):
        return None  # what is left the CV already says
    if sum(spoken_term(k, vocab) for k in askable) > 1:
        # "Bilingual English/Spanish": the CV is written in English; the other one is asked
        askable = [k for k in askable if k.lower() != "english"]
    if not askable or _said_by_lines(req, match, corpus, not_work, title):
        return None
    term = askable[0]
    lines = _quotable(req, match, corpus, not_work)
    if lines:  # a named thing is named or not held: never "does this line show Spanish"
        said = set().union(*(vocab.evidenced_names(text) for _, text in lines))
        texts = [text for _, text in lines]
        # a later term is asked in the first's place only when it is the work, not whom it
        # is done with or for: "Apply for scaffold licences from local highway authorities"
        # asks about the licences, never "Does ... show local highway authorities?"
        shown = [k for n, k in enumerate(askable) if not _shown_already(k, match, texts, req.text)
                 and _can_show(k, said, vocab, texts, req.text)
                 and not (n and after_preposition(k, [req.text]) and _whom_named(k))]
        term, lines = (shown[0], lines) if shown else (term, [])
        if lines and not any(content_stems(term) & content_stems(t) for _, t in lines):
            # "Does 'Proficiency in Fast Rescue Boats' show anchor handling operations?": the
            # lines of the requirement's other term; one that names a word of this one, if
            # any ("... offshore supply and anchor handling vessels"), is quoted first
            about = _quotable(req, match, corpus, not_work, about=term)
            if any(content_stems(term) & content_stems(t) for _, t in about):
                lines = about
    # a describe question too, unless the CV names the term where it shows no work
    # ("Statistics": that question says so)
    if lines or _written_as(term, corpus, vocab) is None:
        term = _duty_span(req, askable, term, match.covered_keywords, vocab,
                          described=not lines) or term
    return term, lines


# The end of a requirement's first duty: a comma, a semicolon, a colon, a dash, or "and"
# before another verb's object ("Schedule planned works in maintenance windows and tell
# customers ahead").
_DUTY_END = re.compile(r"\s*(?:[,;:.(]|\s[-–—]\s|\s+(?:so|while|when|to\s+ensure)\s+(?=[a-z]+\s)|"
                       r"\s+(?:and|or)\s+(?=([a-z]+)\s))")
_MAX_DUTY_WORDS = 9


def _duty_span(req: Requirement, askable: list[str], term: str, covered: list[str],
               vocab: Vocabulary, described: bool = False) -> str | None:
    """A short duty that joins the term to another of the requirement's terms ("present loan
    files to the credit committee", "agree service timings with the head chef"), as the
    activity it is ("presenting loan files to the credit committee"): what a confirm question
    asks about, so the person vouches for the whole duty, not for one of its nouns ("Does
    ... show loan files?" asks nothing of whom the files go to). None when the requirement
    opens with no verb, its first duty is long, names a thing held or named, or the CV
    already says any term of it (then the question is about what it lacks).

    A describe question (`described`) asks about it too ("Have you done monitoring headroom
    on the credit facilities?" is answered about both, and the answer is written with both:
    "headroom" alone left the facilities out), unless the requirement holds a practice the
    vocabulary knows, which a described answer must support on its own
    (`interview.supported_term`), or people or a body the work is done with ("coaching
    drivers to cut energy consumption": an account of the person's own driving would be
    written as coaching; "reporting findings to the audit committee": to whom, the answer
    says)."""
    if described and any(vocab.canonical(k) or _whom_named(k) for k in req.keywords):
        return None
    text = YOU_WILL.sub("", req.text.strip(), count=1)
    # the duty ends before "and" only where another verb follows ("... and tell customers
    # ahead"), never inside a pair of nouns ("the washing and settling process")
    end = next((m.start() for m in _DUTY_END.finditer(text) if m.group(1) is None
                or (base_verb(m.group(1)) and not m.group(1).endswith("ing"))), len(text))
    duty = text[:end]
    words = duty.split()
    if not 3 <= len(words) <= _MAX_DUTY_WORDS or not words[0].isalpha() \
            or not base_verb(words[0].lower()) or not contains(duty, term) \
            or words[1].lower() in PREPOSITIONS or words[0].lower() in (
                k.lower() for k in askable):  # "Spark for batch processing": no verb
        return None
    # whom the work is with counts, though never asked alone ("head chef": `_askable`;
    # "winemaking team": `weak_term`)
    inside = [k for k in req.keywords if contains(duty, k)
              and (not weak_term(k) or _whom_named(k))]
    if len(inside) < 2 or any(contains(duty, k) for k in covered) \
            or vocab.canonical(words[0]) is not None or any(
            _named_by_capitals(k, text) or held_term(k, text, vocab) or spoken_term(k, vocab)
            or vocab.category(vocab.canonical(k) or "") in NAMED_THINGS for k in inside):
        return None
    doing = inflected_like(words[0].lower(), "doing")
    if not doing:
        return None
    rest = " ".join(words[1:])
    # the ad's "our" is the employer's: the person's CV says "the"
    rest = re.sub(r"\b(?:our|your)\b", "the", rest)
    return f"{doing} {rest}"


def duty_term(term: str, keywords: list[str]) -> bool:
    """The term is a duty a question asked about whole (`_duty_span`): none of the
    requirement's keywords, but it says one or more of them."""
    return bool(term) and term not in keywords and any(contains(term, k) for k in keywords)


def duty_part(term: str, req: Requirement) -> bool:
    """The term is a duty that covers one of the requirement's keywords (`_covers`) and is
    none of them: the parse cuts keywords at its own places, the duty is the ad's."""
    return bool(term) and term not in req.keywords \
        and any(_covers(term, k, req.text) for k in req.keywords)


def _covers(duty: str, keyword: str, text: str) -> bool:
    """The duty says the keyword (`duty_term`: "presenting loan files to the credit committee"
    of "credit committee"), or the keyword says the duty in more of the ad's words ("cash
    handling" of "cash handling at the ticket", "quotations" of "owner prepare quotations"),
    or names whose it is ("the operating team's weekly work", "the daily work of your rig
    crew")."""
    if contains(duty, keyword) or contains(keyword, duty):
        return True
    said, owner = re.escape(duty), re.escape(keyword)
    whose = (rf"(?<!\w){owner}\s+{said}(?!\w)" if re.search(r"['’]s?$", keyword)
             else rf"(?<!\w){said}\s+of\s+(?:the|your|our|their|its)\s+{owner}(?!\w)")
    return re.search(whose, text, re.IGNORECASE) is not None


def _named_by_capitals(term: str, text: str) -> bool:
    """The term has a capital beyond the one that opens the requirement: a name ("Sterile
    Processing") or a short form ("AHJ"). Not a body a capital only honours ("reports to
    Council", "the Board")."""
    if term.lower() in _BODIES:
        return False
    return spelled_as_name(term) or (term[:1].isupper() and not text.startswith(term))


def _whom_named(term: str) -> bool:
    """The term names people or a body the work is done with or for ("local highway
    authorities", "partner agencies", "hiring managers")."""
    last = term.split()[-1].lower() if term.split() else ""
    return person_noun(last) or last in _BODIES


# Bodies and parties, and the singulars of people nouns: the plurals ("vendors", "clients")
# are `person_noun`'s.
_BODIES = frozenset((
    "authority authorities agency agencies council councils department departments regulator "
    "government governments board boards committee committees body bodies partner supplier "
    "vendor contractor customer client stakeholder team teams"
).split())


# A full stop that ends an abbreviation, not a sentence.
_ABBREVIATED = re.compile(r"(?:\b(?:St|Dr|Mr|Mrs|Ms|Mt|Co|Inc|Ltd|No|Jr|Sr|Bros|Ave|Rd)|"
                          r"(?:^|[\s(])(?:[A-Z]\.)+[A-Z]?)\.?$")


def _sentence_about(text: str, term: str, requirement: str) -> str:
    """The sentence of a many-sentence line (a summary paragraph) that says most of what the
    requirement asks, as a question quotes it: the person reads one sentence, not the
    paragraph ("For the last two years I have covered the transport office two days a week,
    planning loads ..." for transport planning)."""
    sentences: list[str] = []
    for piece in re.split(r"(?<=[.!?])\s+(?=[A-Z])", text.strip()):
        if sentences and _ABBREVIATED.search(sentences[-1]):
            sentences[-1] += f" {piece}"  # "St. Philip's College", "A.A.S. Industrial ..."
        elif piece:
            sentences.append(piece)
    if len(sentences) < 2:
        return text
    named, wanted = content_stems(term), content_stems(requirement)
    best = max(sentences, key=lambda s: (len(content_stems(s) & named),
                                         len(content_stems(s) & wanted)))
    return best if content_stems(best) & wanted else text


# How a confirm question asks for another role that shows its term: an answer that says where
# is the person's account of where it shows (`research.interview.claimed_term`).
WHERE_ELSE = "if another role shows it, say where and how in a sentence"

# How a question about something held asks for it.
_HOLD_ASK = "If you do, say which one, from whom and since when, in a sentence"


# What a requirement asks to have been taken or to hold, besides a credential: "Designated
# Safeguarding Lead (DSL) training", "a CSCS card", "an enhanced DBS check".
_TAKEN = re.compile(r"\b(?:training|course|ticket|card|check)\b", re.IGNORECASE)


def _renewal_line(req: Requirement, corpus: dict[str, str], vocab: Vocabulary, title: str
                 ) -> tuple[str, list[tuple[str, str]]] | None:
    """The term a requirement asks for and the CV line that names it as held once and not now
    ("BLS, American Heart Association (expired 2022)" for "Current BLS certification") or as
    not finished yet ("IV Therapy certificate, ..., in progress" for "IV therapy
    certification"), or None. Such a line evidences nothing, yet it is no gap to pass over: a
    CV is often older than the renewal or the last exam, so the person is asked whether they
    hold it now, the line quoted ("Your CV does not mention IV therapy certification" would
    be false)."""
    held = CREDENTIAL.search(req.text) is not None or _TAKEN.search(req.text) is not None
    terms = _askable(req, title)
    lines = sorted(corpus.items(), key=lambda row: not lapsed(row[1]))  # a lapsed one first
    for cid, text in lines:
        if terms and unfinished(text):
            said = vocab.evidenced_names(text)
            for keyword in terms:
                name = _without_kind(keyword)
                if (held or held_term(keyword, req.text, vocab)) and (
                        contains(text, keyword) or vocab.canonical(keyword) in said or (
                        len(name.split()) >= 2 and contains(text, name))):
                    return keyword, [(cid, text)]
                if any(ACRONYM.match(w) for w in keyword.split()) and " " in keyword \
                        and contains(text, keyword):
                    # a named credential the line itself says is being studied for
                    # ("Transport Manager CPC (Road Haulage), studying ..., exam booked")
                    return keyword, [(cid, text)]
    return None


def _shown_already(keyword: str, match: RequirementMatch, texts: list[str],
                   requirement: str = "") -> bool:
    """The CV already says the keyword, so asking whether it shows it is no question: the
    quoted lines say it word for word ("Does 'Closed work orders in the CMMS' show CMMS?") or
    by the short form the requirement gives it ("variable frequency drives (VFDs)": 'tuned
    40+ PowerFlex VFDs'), or the CV names it or a phrase or tool the vocabulary knows shows
    it."""
    forms = [keyword, *other_form(keyword, requirement)]
    if ACRONYM.match(keyword):  # "APIs" is said by "Developed a REST API ..."
        forms.append(keyword[:-1] if keyword.endswith("s") else f"{keyword}s")
    return any(e.term == keyword and e.via in SAID_BY_CV for e in match.evidence) or any(
        contains(without_watched(text), form) for text in texts for form in forms)


SAID_BY_CV = ("lexical", "phrase", "implied")  # evidence by which the CV itself names a term


def _said_word_for_word(keyword: str, match: RequirementMatch) -> bool:
    """The CV names the keyword as written, or by an alias the vocabulary gives it: narrower
    than `SAID_BY_CV`, which also counts a part of it ("construction" for "construction
    experience") and a practice a tool or phrase implies."""
    return any(e.term == keyword and (e.via == "alias" or (
        e.via in SAID_BY_CV and e.via != "implied" and contains(e.matched, keyword)))
        for e in match.evidence)


def _askable(req: Requirement, title: str) -> list[str]:
    """The terms a question may be about: none of a condition of the job ("Occasional travel
    may be required"), and never a weak term, the job's own title or a word of the ad's way
    of speaking (`_not_asked_of`: "report to the Litigation Support Manager", "in plain
    English", "be the link between ...", "within 12 months of hire")."""
    if CONDITION.search(req.text) or ONBOARDING.match(req.text):
        return []
    spoken = _not_asked_of(req.text)
    # one person's role the ad does not ask the person to be ("talking a charge nurse through
    # a fix"): whom the work is with ("Does ... show charge nurse?" is no question)
    return [k for k in req.keywords if not weak_term(k) and not _titled(k, req.text, title)
            and not any(contains(span, k) for span in spoken) and not _workplace_run(k, req.text)
            and not (k.islower() and role_named(k) and not asked_to_be(k, req.text))]


# Words of a requirement that ask nothing of the person: whom the job reports to ("You'll
# report to the Litigation Support Manager", "Reporting to the Children's Social Care Team
# Manager"), a figure of speech for the role ("be the link
# between sales and the field", "the face of the firm on site", "the person drivers call",
# "the charge nurse's right hand",
# "the calm voice on escalations"),
# an idiom ("explain it in plain English", "staying abreast of developments"; writing in
# plain language is a skill) and the time a credential may still be earned in ("within 12
# months of hire"). "Have you done Manager?" or "... show link?" is no question.
_SPOKEN = re.compile(
    # "be the person the team turns to when things get difficult"
    r"\b(?:[Bb]e\s+(?:the|a)\s+)?(?:person|one|people)\s+(?:(?:that|who|whom)\s+)?"
    r"(?:the\s+|your\s+|our\s+)?\w+\s+(?:turns?|comes?|goes?|looks?|calls?|relies?|leans?)"
    r"\s+(?:to|on)\b|"
    # "be the person drivers and dispatch call when a truck is down", "be the first person
    # our customer care team calls", "the first person the helpers on your team turn to"
    r"\b[Bb]e\s+(?:the|a)\s+(?:(?:first|only|main|usual)\s+)?(?:person|one)\s+"
    r"(?:(?:that|who|whom)\s+)?(?:the\s+|your\s+|our\s+)?(?:\w+\s+){0,3}?\w+"
    r"(?:\s+(?:and|or)\s+\w+)?\s+(?:call|calls|ring|rings|phone|phones|turn\s+to|"
    r"turns\s+to|come\s+to|comes\s+to|rely\s+on|relies\s+on)\b|"
    r"\b[Rr]eport(?:s|ing)?\s+(?:directly\s+)?(?:in\s+)?to\s+(?:the|our|a|an|your)\s+"
    r"(?:[A-Z][\w&/-]*(?:['’]s)?(?:\s+(?:of|and|&)\s+[A-Z][\w&/-]*(?:['’]s)?)*\s*){1,5}"
    r"|\b[Bb]e(?:come)?\s+(?:the|our|their|a)\s+(?:[a-z]+\s+)?"  # "the calm voice"
    r"(?:link|bridge|face|voice|go-to|glue|person|one|heart|eyes\s+and\s+ears)\b"
    r"(?:\s+(?:of|for)\s+(?:the|our)\s+\w+|\s+\w+)?"
    # "be the charge nurse's right hand on the floor" (not "right-hand drive")
    r"|\b[Bb]e\s+(?:the|our|their|a|an|your)\s+(?:[\w'’-]+\s+){0,3}?right[- ]hand"
    r"(?:\s+(?:man|woman|person))?\b(?![- ](?:drive|side|turn))"
    r"|\b(?i:explain|talk|speak|describe|communicate)\w*\b[^.;]{0,60}?\bin\s+"
    r"(?P<idiom>plain\s+(?:English|language))\b"
    r"|\b(?:within|after)\s+(?:\w+\s+){1,3}of\s+(?:hire|hiring|start|starting|joining|"
    r"employment)\b"
    r"|\b(?:[Ss]tay|[Ss]taying|[Kk]eep|[Kk]eeping)\s+(?:abreast|current|up\s+to\s+date)\b")


# The kinds of place a job is done in ("practice", "shop floor", "production laboratory").
_WORKPLACE = (r"(?:practice|store|shop(?:\s+floor)?|floor|site|line|laborator(?:y|ies)|lab|"
              r"kitchen|restaurant|plant|warehouse|office|grounds|section|branch|depot|yard|"
              r"centre|center|clinic|ward|unit|hall|desk|mill|farm|house|hotel|venue|studio|"
              r"salon|library)")


def _workplace_run(term: str, text: str) -> bool:
    """The term is the job's own workplace, which the job will run or lead ("Lead our busiest
    practice", "you'll run the Dayton shop floor", "runs our production laboratory", "run the
    house and grounds"): what the job is, not something a line of the CV shows ("Does ...
    show busiest practice?" asks nothing of the person)."""
    if not re.fullmatch(rf"(?:[\w'’-]+\s+){{0,3}}{_WORKPLACE}", term, re.IGNORECASE):
        return False
    return re.search(rf"\b(?:run|runs|running|lead|leads|leading)\s+(?:our|the|your)\s+"
                     rf"(?:[\w'’&-]+\s+){{0,4}}?{re.escape(term)}(?![\w-])", text,
                     re.IGNORECASE) is not None


def _not_asked_of(text: str) -> list[str]:
    """The spans of a requirement in the ad's way of speaking (`_SPOKEN`)."""
    return [m.group("idiom") or m.group(0) for m in _SPOKEN.finditer(text)]


# What the job asks the person to accept, not what they have done: "Have you done occasional
# travel?" is no question.
CONDITION = re.compile(
    r"\b(?:occasional|frequent|some|regular|overnight|domestic|international|extensive|"
    r"limited|local|minimal)\s+travel\b|\btravel\s+(?:of\s+|up\s+to\s+)?\d+\s*%|"
    r"\btravel\s+(?:is|may\s+be|will\s+be)\s+(?:required|expected)|"
    r"\b(?:may|will)\s+be\s+(?:required|expected)\s+to\s+travel\b|"
    r"\bwilling(?:ness)?\s+to\s+(?:travel|relocate)\b|\b(?:able|ability)\s+to\s+lift\b|"
    r"\b(?:pass|passing|clear|subject\s+to|undergo)\s+(?:a\s+)?(?:background|criminal|drug)\b",
    re.IGNORECASE)


# What the new hire will do to settle in ("In the first 30 days you will: Learn about our
# product ...; Meet each Customer Engineer; Complete an assignment from engineering"): the job
# teaches it, so "Does this line show value propositions?" asks nothing of the person.
ONBOARDING = re.compile(
    r"^\s*(?:learn\b|meet\s+(?:for|with|each)\b|meet\s+(?:our|the|your)\s+(?:[\w-]+\s+){0,2}"
    r"(?:team|teams|leads|colleagues|people|staff)\b|shadow\b|get\s+to\s+know\b|"
    r"get\s+(?:familiar|acquainted|up\s+to\s+speed)\b|familiari[sz]e\s+yourself\b|"
    r"complete\s+(?:an?|your|our)\s+(?:\w+\s+)?(?:assignment|onboarding|training|"
    r"disclosure)\b)", re.IGNORECASE)


def _quotable(req: Requirement, match: RequirementMatch, corpus: dict[str, str],
              not_work: frozenset[str], about: str = "") -> list[tuple[str, str]]:
    """The lines a question about `req` may quote (`_candidate_lines`): a heading or a course
    only for a requirement about education or experience, and for experience no course or
    credential not finished ("CMA exam — passed Part 1, retaking Part 2" shows no years in
    primary care), nor a degree ("Associate of Applied Science, Logistics Management" shows no
    years of supervising in a logistics setting)."""
    unquoted = frozenset() if req.category in ("education", "experience") else not_work
    if req.category == "experience":  # nor a degree: it shows no years of supervising
        unquoted |= {cid for cid, text in corpus.items() if unfinished(text)
                     or (cid in not_work and cv_degrees(text, education=True))}
    return _candidate_lines(match, corpus, unquoted, req.text, about)


def _said_by_lines(req: Requirement, match: RequirementMatch, corpus: dict[str, str],
                   not_work: frozenset[str], title: str) -> bool:
    """The CV already shows the requirement's main term, so asking about it is no question:
    the CV names it, or a phrase or tool the vocabulary knows shows it ('budget vs actual'
    for variance analysis), or the lines a question would quote say it word for word ("Does
    'Performed preventive maintenance on 1,400+ devices' show preventive maintenance?").
    The requirement is partial for its other words ('on schedule'); those are the
    second-term question's. An alias is still asked: it may hide what the ad asks of it
    ('Registered nurse' for an RN license); so is a similarity match, the person's to
    confirm or refuse."""
    askable = _askable(req, title)
    return bool(askable) and _shown_already(
        askable[0], match, [text for _, text in _quotable(req, match, corpus, not_work)],
        req.text)


def optional_questions(job: JobPosting, questions: list[Question]) -> list[Question]:
    """The questions about what the ad calls a plus ("Bonus if you hold ...", "Experience
    with letters of credit is a plus"). They come after every question about what it asks
    for, a requirement's second term included: a plus is what a person most often does not
    have (on the held-out sets, 9 in 10 of the people asked about one had not done it), and
    a short interview is better spent where an answer changes the CV."""
    optional = {r.id for r in job.requirements if r.priority == "nice_to_have"}
    return [q for q in questions if q.requirement_id in optional]


ALSO = "-also"  # the id suffix of a question about a requirement's second term


def second_term_questions(job: JobPosting, report: GapReport, corpus: dict[str, str],
                          vocab: Vocabulary, asked: list[str], declined: list[str],
                          not_work: frozenset[str] = frozenset()) -> list[Question]:
    """A requirement that asks for two things ("Experience with HL7 and FHIR interfaces") was
    asked about one of them, or the CV shows it (`_said_by_lines`); once that is settled, the
    other is its own question (id `q-<requirement>-also`), asked in a later round when
    questions are left. Not when the requirement offers alternatives ("X or Y": one is
    enough), was declined, or the other term is weak or already shown."""
    out: list[Question] = []
    matches = report.by_requirement()
    for req in job.requirements:
        match = matches.get(req.id)
        if f"q-{req.id}{ALSO}" in asked or req.id in declined or match is None \
                or ALTERNATIVES.search(req.text):
            continue
        if f"q-{req.id}" not in asked and not _said_by_lines(req, match, corpus, not_work,
                                                             job.title):
            continue  # its first term is not settled: neither asked nor said by its lines
        askable = _askable(req, job.title)  # never the job's own title ("Area Manager")
        # never the people the work is done with ("Manage credit holds with our yard
        # managers": "Does ... show yard managers?" asks nothing of the person); those the
        # verb is done to are what it is about ("Train technicians and operators on ...")
        # nor what or where the work is for ("flight following for the active fleet",
        # "access controls for sensitive member data")
        rest = [k for k in match.missing_keywords if k in askable and not clause_part(k)
                and not (population(k, [req.text]) and after_preposition(k, [req.text]))
                and not _what_for(k, req.text)
                and not _short_for_another(k, req)]
        if not rest or not match.covered_keywords:
            continue
        other = req.model_copy(update={"keywords": [rest[0], *(k for k in req.keywords
                                                                if k != rest[0])]})
        partial = match.model_copy(update={"status": "partial"})
        for question in interview_questions(
                JobPosting(requirements=[other]), GapReport(matches=[partial]), corpus, vocab,
                not_work):
            # the term, or the short duty it is asked in (`_duty_span`)
            if question.term == rest[0] or (duty_term(question.term, req.keywords)
                                            and contains(question.term, rest[0])):
                out.append(question.model_copy(update={"id": f"q-{req.id}{ALSO}"}))
    return out


def _short_for_another(term: str, req: Requirement) -> bool:
    """The term is another of the requirement's terms in its other form ("user requirement
    specifications (URS)", "preventive maintenance (PM)"): the same thing, settled with it;
    asking "Does ... show URS?" after the specifications spends a question on nothing new."""
    forms = other_form(term, req.text)
    return any(k != term and (k in forms or term in other_form(k, req.text))
               for k in req.keywords)


def _what_for(term: str, text: str) -> bool:
    """The requirement names the term as what or where its work is for, after "for" or
    "across" ("Oversee flight following for the active fleet"; not "alert to fraud red
    flags", which is the work), or what it is done ahead of, after "before"
    ("Carry out autorefraction and tonometry before consultations": "Does ... show
    consultations?" asks nothing of the checks)."""
    return re.search(rf"\b(?:for|across|before)\s+"
                     rf"(?:(?:the|our|all|every|each|your|their|its)\s+)?"
                     rf"{re.escape(term)}(?![\w-])", text, re.IGNORECASE) is not None


_ORDINALS = ORDINALS | {"new"}  # "our new <title>" too


# "Able to work nights on a rotating shift", "Availability for rotating shifts", "You are
# used to working nights and on snow duty": the ad asks whether the person can take its hours.
_HOURS_ASKED = re.compile(
    r"^(?:you\s+(?:are|must\s+be|should\s+be|will\s+be)\s+)?(?:(?:able|willing|available|"
    r"prepared|happy|ready|used|flexible)\b(?:\s+(?:to|for))?|availability\b)(?=.*\b(?:nights?|"
    r"weekends?|shifts?|rosters?|rotas?|on[-\s]call|overtime|holidays|hours|duty)\b)",
    re.IGNORECASE)


# A count of people: "8 strippers", "two apprentices", "9 machine operators".
_HEADCOUNT = re.compile(rf"\b(?:\d+|{COUNT_WORDS})\s+(?:[\w-]+\s+){{0,2}}?([\w-]+s)\b",
                        re.IGNORECASE)


def team_described(requirement: str) -> bool:
    """The requirement describes the team the job leads by its make-up, two counts of people
    or more ("Leads one stripping crew of 8 strippers, 2 pilers and a tractor driver",
    "responsible for the drawing hall on your shift: 9 machine operators, 2 apprentices and
    the coil handling area"): the job's setting more than work a line shows, so its question
    comes after all others."""
    return sum(1 for m in _HEADCOUNT.finditer(requirement) if person_noun(m.group(1))) >= 2


def hours_asked(requirement: str) -> bool:
    """The requirement asks whether the person can take the job's hours ("Able to work nights
    on a rotating shift", "Availability for rotating shifts"), not for work a line shows."""
    return _HOURS_ASKED.match(requirement.strip()) is not None


def vague_term(term: str, vocab: Vocabulary) -> bool:
    """A term that says little of what the ad asks, so its question comes after those of the
    same priority with a clear one: a lone common noun the vocabulary does not know
    ("content", "traffic"; not "microcopy"), words that end on a verb ("people read"), or an ordinal before a
    title ("second UX")."""
    if vocab.canonical(term):
        return False
    words = term.lower().split()
    # a lone word too rare for general English names something specific ("microcopy",
    # "escalations"); a common one ("content", "traffic") names too little
    return (lone_noun(term) and common_word(term)) or (len(words) > 1 and (
        words[0] in _ORDINALS or only_verb(words[-1])))


_ROLE_INTRO = frozenset(("next", "new", "future", "founding", "first"))  # "our next <title>"


def _titled(keyword: str, text: str, title: str) -> bool:
    """Whether a keyword is only words of the job's title: the role's name ("We're looking
    for a Property Manager"), or a word of it where the requirement restates the title ("As
    our next QA Automation Engineer, you'll ..." -> "QA"). The field a title names is asked
    for all the same: "three years in a contact centre" for a "Team Lead, Contact Centre"."""
    if role_named(keyword) and re.match(rf"\s*As\s+(?:(?:our|an?|the)\s+)?(?:next\s+|new\s+)?"
                                        rf"{re.escape(keyword)},?\s+(?:you|we)\b", text,
                                        re.IGNORECASE):
        return True  # "As our L&D Specialist you'll ...", "As canteen manager you will ..."
    words = set(re.findall(r"[a-z0-9]+", title.lower()))
    said = [w for w in re.findall(r"[a-z0-9]+", keyword.lower()) if w not in _ROLE_INTRO]
    # The title's main part is enough: "As an E-Discovery Analyst, you'll ..." restates
    # "E-Discovery Analyst, Litigation Support".
    main = title_main(title)
    return bool(words) and set(said) <= words and (  # "Property Manager" of "Property
        (len(said) > 1 and role_named(keyword))  # Manager – Multifamily"
        or title.lower() in text.lower()
        or (len(main.split()) > 1 and main in text.lower()))


def _can_show(keyword: str, said: set[str], vocab: Vocabulary, texts: list[str],
              requirement: str = "") -> bool:
    """A line may show the keyword in other words: a practice, or a named thing (a language,
    a tool, a credential, a product's proper name) the lines name. A credential or a name the
    vocabulary does not know is held or not: only a line that names all its words shows it
    ("Does 'Journeyman Electrician License (Class B)' show master license?" asks the person to
    vouch for a licence the line says they lack; "Does 'Deployed ML models' show SageMaker?"
    for a product it does not name). A department the requirement's work is done with, by its
    name (`done_with`: "Work with Sterile Processing ..."), is no product: the line may call it
    otherwise ("the decontamination and assembly team"), and the person says whether it is it."""
    name = vocab.canonical(keyword)
    if name is None:
        if done_with(keyword, requirement):
            return True
        if CREDENTIAL.search(keyword) or _proper_name(keyword):
            return any(_names_all(keyword, t) or _unplaced(keyword, t) for t in texts)
        return True
    named = vocab.category(name) in NAMED_THINGS or _proper_name(name)  # "Amazon SageMaker"
    return not named or name in said or bool(vocab.wholes(name) & said)


def _unplaced(term: str, text: str) -> bool:
    """The line names the term without the first word of its name, the place or body it is
    of ("know the Rules of Civil Procedure" for "Ontario Rules of Civil Procedure"); not for
    a credential, which is held as named or not."""
    words = term.split()
    rest = " ".join(words[1:])
    # a credential is held as named or not, but one named with its country ("UK driving
    # licence" for a CV's "Driving licence") is the person's to confirm: never "Your CV does
    # not mention UK driving licence"
    return len(words) >= 3 and words[0][:1].isupper() and (
        not CREDENTIAL.search(term) or words[0] in COUNTRIES | REGION_NAMES) \
        and len(content_stems(rest)) >= 2 and contains(text, rest)


def _proper_name(term: str) -> bool:
    """The term names a product, place or body as the ad writes it ("SageMaker", "Hugging
    Face", "Texas minimum standards"): a capital after a small letter, or a capitalised word
    after the first (an acronym is not a name: "continuous IV infusions", "SIU referral").
    Known to the vocabulary or not, a name is named or not held, like the tools it files as
    named things."""
    words = term.split()
    return any(re.search(r"[a-z][A-Z]", w) for w in words) or any(
        re.fullmatch(r"[A-Z][a-z]+", w) for w in words[1:])  # not an acronym: IV, SIU, IEPs


def _names_all(term: str, text: str) -> bool:
    """Every word of `term` is in `text`, an acronym as the initials of words in a row:
    'Physical Therapist, Colorado, License' names "Colorado PT license"; 'Journeyman
    Electrician License' does not name "master license"."""
    words = re.findall(r"[a-z0-9]+", text.lower())
    stems = {w.rstrip("s") for w in words}
    initials = "".join(w[0] for w in words)
    for word in re.findall(r"[A-Za-z0-9]+", term):
        if word.lower().rstrip("s") in stems:
            continue
        if not (word.isupper() and len(word) > 1 and word.lower() in initials):
            return False
    return True


def _candidate_lines(match: RequirementMatch, corpus: dict[str, str],
                     unquoted: frozenset[str] = frozenset(), requirement: str = "",
                     about: str = "") -> list[tuple[str, str]]:
    """The CV lines a confirm question quotes: the best-scored candidates, one per item, none
    of the `unquoted` ones. Of lines that score the same (each names a word of the
    requirement: "guests"), the one that shares most of the requirement's words comes first
    ("Enrolled 60+ guests a month in the hotel's rewards club" for "Enrolling more guests in
    our loyalty program", not "Checked in 120-180 guests a shift"). With the term the
    question is `about`, a line that names a word of it comes before one that does not."""
    wanted, asked = content_stems(requirement), content_stems(about) if about else set()
    seen: list[tuple[str, str]] = []
    for e in sorted(match.evidence, key=lambda e: (
            not asked & content_stems(corpus.get(e.item_id) or e.matched) if asked else False,
            -e.score, -len(wanted & content_stems(corpus.get(e.item_id) or e.matched)))):
        if e.item_id in unquoted or any(e.item_id == i for i, _ in seen):
            continue
        text = corpus.get(e.item_id) or e.matched
        if text:
            seen.append((e.item_id, text))
        if len(seen) == QUOTED_LINES:
            break
    return seen

