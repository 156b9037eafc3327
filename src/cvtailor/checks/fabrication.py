"""Quality checks for one draft, independent of the engine that wrote it.

The fabrication guard is the heart: a draft may not contain a number, money amount, date,
skill or proper name (employer, title word, institution, degree) that its evidence items do
not contain, nor name a credential (certification, licence, degree) that the evidence mentions
only as not held yet ("passed 2 of 4 CPA exam sections", "studying for the PMP", "CPP
candidate", "B.S. expected May 2026"). A violation is an error: the draft goes back to the writer with the findings and,
after the last attempt, the original text is kept. Length, placeholders, keyword presence and
personal data are checked too.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace

from cvtailor.models import Draft, QAIssue, QAResult
from cvtailor.text.degrees import (
    LEVEL_PHRASE,
    cv_degrees,
    held_levels,
    jd_degree_requirement,
    satisfies,
)
from cvtailor.text.not_held import NOT_YET_WORDS, PART_DONE
from cvtailor.text.vocabulary import Hit, Vocabulary
from cvtailor.text.wordforms import contains, phrase_in, word_form_span

_MONTHS = {m: n for n, names in enumerate(
    [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
     ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
     ("oct", "october"), ("nov", "november"), ("dec", "december")], 1) for m in names}
_MONTH_YEAR = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{4})\b")
_NUM_YEAR = re.compile(r"\b(\d{1,2})/(\d{4})\b")
_NUMBER = re.compile(
    r"(?<![\w.])[$€£]?\d[\d,]*(?:\.\d+)?(?:\s?(?:%|percent\b|[kKmMbB]\b|million\b|"
    r"billion\b|thousand\b|bn\b))?"
)
_MULT = {"k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6, "b": 1e9, "bn": 1e9,
         "billion": 1e9}
_PLACEHOLDER = re.compile(
    r"\[[^\]]{0,40}\]|\{\{?[^}]{0,40}\}\}?|<[A-Z_ ]{2,30}>|\bX{2,}\b|\bTBD\b|\bTODO\b|"
    r"lorem ipsum|\?\?\?|\binsert (?:here|number|metric)\b",
    re.IGNORECASE,
)
_ID_LABEL = (r"SSN|social security(?: number| no\.?)?|national insurance(?: number| no\.?)?|NINO|"
             r"passport(?: number| no\.?)?|ID(?: card)?(?: number| no\.?)|national ID|"
             r"identity (?:card|number)|CPF|RG|DNI|NIE|NIF|BSN|burgerservicenummer|"
             r"Personalausweis(?:nummer)?|Steuer-?ID|Steueridentifikationsnummer|"
             r"Sozialversicherungsnummer|num[ée]ro de s[ée]curit[ée] sociale|NIR|"
             r"tax (?:ID|number)|TIN|PESEL|codice fiscale")
_STREET_WORDS = (r"Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Boulevard|Blvd|Drive|Dr|Court|Ct|Way|"
                 r"Place|Pl|Terrace|Ter|Close|Crescent|Cres|Highway|Hwy|Parkway|Pkwy|Circle|Cir|"
                 r"Square|Sq|Row|Mews|Gardens|Grove|Hill|Trail|Trl|Hollow")
_CAP = r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿß'’-]+"
PII_PATTERNS: dict[str, re.Pattern[str]] = {
    "national_id": re.compile(
        r"\b\d{3}-\d{2}-\d{4}\b"  # US SSN
        r"|\b\d{3}\.\d{3}\.\d{3}-\d{2}\b"  # Brazil CPF
        r"|\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b"  # UK NINO
        r"|\b[12] ?\d{2} ?(?:0[1-9]|1[0-2]) ?\d{2} ?\d{3} ?\d{3} ?\d{2}\b"  # French NIR
        # a label and a value with five digits or more, written in capitals and digits ("SSN:
        # 123 45 6789", "Passport No. X1234567"); not prose ("a Social Security number in 2023")
        r"|\b(?:" + _ID_LABEL + r")\s*[:#]?\s*(?-i:(?=(?:[A-Z .\-/]{0,3}\d){5})"
        r"[A-Z0-9][A-Z0-9 .\-/]{4,18}[A-Z0-9])\b", re.IGNORECASE),
    "date_of_birth": re.compile(
        r"\b(?:date of birth|birth ?date|birthday|d\.?o\.?b\.?|born(?: on)?|geboren(?: am)?|"
        r"geburtsdatum|geb\.|date de naissance|n[ée]e? le|data de nascimento|nascid[oa] em|"
        # the label ends at a word's end: "Campus Bornholm, 2016-01" is no "born 2016"
        r"fecha de nacimiento|nacid[oa] el|geboortedatum|geboren op|data di nascita)(?!\w)"
        r"\s*[:\-]?\s*[\w ,./-]{0,20}\d{2,4}", re.IGNORECASE),
    "street_address": re.compile(
        # US/UK: 4417 Larkin Hollow Rd, Apt 2B / 321 Gotham St / 10 Downing Street
        r"\b\d{1,5}[A-Za-z]?\s+(?:" + _CAP + r"\s+){1,3}(?:" + _STREET_WORDS + r")\b\.?"
        r"(?:,?\s*(?:Apt|Apartment|Suite|Ste|Unit|Flat|Fl|Floor|#)\.?\s*#?\w{1,6}\b)?"
        # UK postcode: SW1A 1AA, M1 1AE
        r"|\b(?:[A-Z]{1,2}\d[A-Z\d]?|GIR) ?\d[ABD-HJLNP-UW-Z]{2}\b"
        # German/Dutch/Scandinavian: Hauptstraße 5, Keizersgracht 123a, Lange Str. 7
        r"|\b(?:" + _CAP + r"\s+)?[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿß-]*(?:straße|strasse|str\.|weg|gasse|"
        r"platz|allee|ring|damm|ufer|chaussee|straat|laan|gracht|plein|kade|singel|dijk|"
        r"vej|gatan|gata|veien)\s+\d{1,4}\s?[a-zA-Z]?\b"
        r"|\b[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿß]+ (?:Straße|Strasse|Str\.|Weg|Gasse|Platz|Allee)\s+\d{1,4}"
        r"\s?[a-z]?\b"
        # French/Belgian: 12 rue de la Paix, 5 bis avenue Victor Hugo
        r"|\b\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|av\.|boulevard|bd|place|chemin|"
        r"all[ée]e|impasse|quai|cours|route)\s+(?:(?:de la|de l'|du|des|de|d')\s*)?"
        r"[A-ZÀ-ÖØ-Þ][\w'’-]+"
        # Portuguese/Spanish/Italian: Rua das Flores 123, Calle Mayor, 5, Via Roma 10
        r"|\b(?:Rua|Avenida|Av\.|Travessa|Praça|Largo|Estrada|Rodovia|Alameda|Calle|C/|Avda\.?|"
        r"Plaza|Paseo|Carrer|Camino|Via|Viale|Piazza|Corso)\s+(?:(?:d[aeo]s?|de la|de los|"
        r"del|di|della)\s+)?" + _CAP + r"(?:\s+" + _CAP + r"){0,3},?\s*(?:n[º°o]\.?\s*)?\d{1,5}"
        r"\b"
        # Philippines and India: Blk 12 Lot 7, Flat No. 302, H.No. 12-3-456, Plot No. 18
        r"|\b(?:Blk|Block)\.?\s*\d{1,4}[A-Z]?,?\s+Lot\.?\s*\d{1,4}\b"
        r"|\b(?:Flat|House|H\.|Plot|Door)\s?No\.?\s*:?\s*\d[\d/-]{0,12}\b"),
    "marital_status": re.compile(r"\b(?:marital status|married|divorced|widowed)\b",
                                 re.IGNORECASE),
    "photo": re.compile(r"!\[[^\]]*\]\([^)]*\)|<img\b|\bphoto(?:graph)?\s*(?:attached|:)",
                        re.IGNORECASE),
}
# Findings that mean a text adds a fact (a number, skill, name or credential the evidence lacks)
# or is unfinished: they refuse a person's edit and a cover letter's sentence. Length, a dropped
# number and missing keywords concern rewrites of one item only.
ADDS_A_FACT = frozenset({"empty", "fabricated_number", "unsupported_skill", "unsupported_name",
                         "unheld_credential", "unsupported_degree", "placeholder"})
# Left out of the tailored CV unless the user keeps personal details; the rest is only flagged.
PII_REMOVED_BY_DEFAULT = {"national_id", "date_of_birth", "street_address"}
# Capitalised words that are not names: sentence openers a rewrite may introduce.
_COMMON = set(
    ["I", "A", "An", "The", "And", "Or", "Of", "In", "On", "At", "For", "With", "To", "By", "From", "As", "Owned", "Led", "Contributed", "Strengths", "Relevant", "Professional", "Experience", "Experienced", "Key", "Core", "Skills", "Summary", "Delivered", "Built", "Drove", "Managed", "Created", "Designed", "Developed", "Improved", "Reduced", "Increased", "Launched"]
)


def normalise_dates(text: str) -> str:
    """Month-year dates as YYYY-MM ('Jun 2021', '06/2021' -> '2021-06'), so spellings compare."""
    def month_year(m: re.Match[str]) -> str:
        month = _MONTHS.get(m.group(1).lower().rstrip("."))
        return f"{m.group(2)}-{month:02d}" if month else m.group(0)

    text = _MONTH_YEAR.sub(month_year, text)
    return _NUM_YEAR.sub(lambda m: f"{m.group(2)}-{int(m.group(1)):02d}", text)


def numbers(text: str) -> set[str]:
    """Every number in `text`, normalised: '$410K' and '$410,000' are both '410000'."""
    return set(_number_values(text))


def number_counts(text: str) -> Counter[str]:
    """How often each number is said: "3 apprentices through their 2nd and 3rd periods" says
    3 twice, and a draft that drops "3rd" drops one of them."""
    return Counter(_number_values(text))


def _number_values(text: str) -> list[str]:
    out: list[str] = []
    text = normalise_dates(text)
    for m in re.finditer(r"\b\d{4}-\d{2}\b", text):
        out.append(m.group(0))
    text = re.sub(r"\b\d{4}-\d{2}\b", " ", text)
    for m in _NUMBER.finditer(text):
        token = m.group(0).strip()
        pct = token.endswith("%") or token.lower().endswith("percent")
        suffix = re.search(r"([a-zA-Z]+)$", token)
        digits = re.sub(r"[^\d.]", "", re.sub(r"[a-zA-Z%]+$", "", token))
        if not digits or digits == ".":
            continue
        try:
            value = float(digits)
        except ValueError:
            continue
        if suffix and suffix.group(1).lower() in _MULT:
            value *= _MULT[suffix.group(1).lower()]
        out.append(f"{value:g}{'%' if pct else ''}")
    return out


def proper_names(text: str, skip: Iterable[tuple[int, int]] = ()) -> set[str]:
    """Capitalised words that are not sentence openers and not inside `skip` spans."""
    spans = list(skip)
    out: set[str] = set()
    for m in re.finditer(r"[A-Z][A-Za-z0-9&'’.-]*[A-Za-z0-9]|[A-Z]", text):
        if any(a <= m.start() < b for a, b in spans):
            continue
        before = text[: m.start()].rstrip()
        if not before or before[-1] in ".!?:;(—–-\"'“" or m.group(0) in _COMMON:
            continue
        out.add(m.group(0).rstrip("."))
    return out


# -- credentials: held or not ------------------------------------------------------------------
CREDENTIAL_CATEGORIES = frozenset({"certification", "degree"})
# Words that say a credential is being worked towards, before it ("studying for the PMP",
# "passed 2 of 4 sections of the CPA exam"): the marker, then at most four words.
_NOT_HELD_BEFORE = re.compile(
    r"\b(?:studying for|preparing for|prepping for|preparation for|sitting for|sit for|"
    r"registered for|enrolled in|candidate for|working towards?|progress towards?|"
    r"coursework towards?|pursuing|eligible (?:for|to sit)|scheduled to (?:take|sit)|"
    r"plan(?:ning)? to (?:take|sit|earn|complete|pursue)|will (?:take|sit)|"
    r"passed \d+ (?:of|/|out of) \d+)(?:\W+[\w'’.-]+){0,4}\W*$",
    re.IGNORECASE,
)
# ... right after it ("CPA exam", "CPP candidate", "CFA Level II", "PMP certification in
# progress"): the marker, at most one word away.
_NOT_HELD_AFTER = re.compile(
    r"^[\s:–—-]*(?:[\w'’.]+\s+)?(?:exams?|examination|candidate|candidacy|coursework|student|"
    r"track|prep|preparation|eligible|level\s+(?:I{1,3}|[1-3])|part\s+(?:I{1,3}|[1-3]))\b",
    re.IGNORECASE,
)
# ... or anywhere later in the same clause ("B.S. in Computer Science, expected May 2026").
_NOT_HELD_LATER = re.compile(
    rf"\b(?:{NOT_YET_WORDS}|pending|scheduled|ongoing|"
    r"not yet (?:held|completed|awarded|certified))\b",
    re.IGNORECASE,
)
# A clause ends at a semicolon, a line break or a sentence's full stop ("B.S." is not one).
_CLAUSE_END = re.compile(r"[;\n]|(?<=[a-z0-9)]{2})[.!?](?=\s|$)")
_ACRONYM = re.compile(r"(?<![\w-])[A-Z][A-Z0-9&+]{1,7}(?:-[A-Z0-9]{1,4})?(?![\w-])")


def not_held_context(text: str, start: int, end: int, *, later: bool = True) -> bool:
    """Whether the credential mentioned at text[start:end] is said to be not held yet; with
    `later=False` only a marker next to it counts (for words not known to be credentials)."""
    before = text[:start]
    cut = max((m.end() for m in _CLAUSE_END.finditer(before)), default=0)
    before = before[cut:][-60:]
    after = text[end:]
    stop = _CLAUSE_END.search(after)
    after = after[: stop.start() if stop else len(after)][:80]
    return bool(_NOT_HELD_BEFORE.search(before) or _NOT_HELD_AFTER.search(after)
                or (later and (_NOT_HELD_LATER.search(after) or PART_DONE.search(after))))


def _credential_spans(text: str, vocab: Vocabulary) -> list[tuple[str, int, int]]:
    """(key, start, end) of every credential the vocabulary knows in `text`, plus every
    acronym (key prefixed with '=': matched as written), which counts only where the
    evidence shows it is a credential (by naming it in a not-held context)."""
    spans = [(h.term, h.start, h.end) for h in vocab.find(text)
             if vocab.category(h.term) in CREDENTIAL_CATEGORIES]
    taken = [(a, b) for _, a, b in spans]
    spans += [("=" + m.group(0), m.start(), m.end()) for m in _ACRONYM.finditer(text)
              if not any(a <= m.start() < b for a, b in taken)]
    return spans


def unheld_credentials(text: str, evidence: str, vocab: Vocabulary) -> list[str]:
    """Credentials `text` names as held (not itself in a not-held context) that `evidence`
    mentions only as not held yet: "CPA" against "passed 2 of 4 CPA exam sections"."""
    ev_spans = _credential_spans(evidence, vocab)
    # a credential stands for those it implies: a Master of Science in Nursing being pursued
    # is no master's degree held either
    ev_spans += [(broader, a, b) for key, a, b in list(ev_spans) if not key.startswith("=")
                 for broader in vocab.implied(key)
                 if vocab.category(broader) in CREDENTIAL_CATEGORIES]
    out: list[str] = []
    for key, start, end in _credential_spans(text, vocab):
        if not_held_context(text, start, end):
            continue
        mentions = [not_held_context(evidence, a, b, later=not k.startswith("="))
                    for k, a, b in ev_spans if k == key]
        if mentions and all(mentions):
            name = text[start:end]
            if name not in out:
                out.append(name)
    return out


def credential_held(term: str, evidence: str, vocab: Vocabulary) -> bool:
    """False when `term` is (or names) a credential that `evidence` mentions only as not
    held yet; True otherwise (a term that is not a credential is not this check's concern)."""
    return not unheld_credentials(term, evidence, vocab)


def pii_findings(text: str) -> list[tuple[str, str]]:
    """(kind, masked value) for personal data in `text`; the full value is never returned."""
    out: list[tuple[str, str]] = []
    for kind, pattern in PII_PATTERNS.items():
        for m in pattern.finditer(text):
            out.append((kind, mask(m.group(0))))
    return out


def strip_pii(text: str, kinds: Iterable[str] = ()) -> str:
    """`text` without the personal data of `kinds` (default: what is left out by default):
    what may be indexed or sent on when the CV is tailored."""
    for kind in kinds or PII_REMOVED_BY_DEFAULT:
        text = PII_PATTERNS[kind].sub("", text)
    return re.sub(r"[ \t]{2,}", " ", text)


def mask(value: str) -> str:
    """`value` with every letter and digit but the last few (4, or 1 if short) as '*'."""
    keep = 4 if len(value) > 8 else 1
    return re.sub(r"[A-Za-z0-9]", "*", value[:-keep]) + value[-keep:]


def check_draft(
    draft: Draft,
    evidence_texts: list[str],
    vocab: Vocabulary,
    *,
    planned_keywords: Iterable[str] = (),
    job_terms: Iterable[str] = (),
) -> QAResult:
    """The QA result of one draft against its evidence items: fabricated numbers (or a number
    of the evidence counting something else), skills or
    names, a JD term (`job_terms`) or wording the evidence does not show, a number, name or
    skill of the original dropped, a credential not held, a length out of bounds or a
    placeholder are errors (the draft fails); missing planned keywords and personal data are
    warnings (they only lower the score)."""
    evidence = " \n ".join(evidence_texts)
    text = draft.text.strip()
    hits = vocab.find(text)
    issues = [QAIssue(code="empty", message="The draft is empty.")] if not text else []
    issues += _new_numbers(text, evidence) or _recounted_numbers(text, evidence)
    issues += _dropped_numbers(text, draft.original)
    issues += _dropped_names(text, hits, draft.original, vocab)
    issues += _new_skills(hits, evidence, vocab)
    issues += _new_job_terms(text, evidence, job_terms, vocab)
    issues += _new_wording(text, evidence, planned_keywords)
    issues += _off_plan(text, draft.original, planned_keywords)
    issues += _unheld_credentials(text, evidence, vocab)
    issues += _unsupported_degree(text, evidence)
    issues += _new_names(text, hits, evidence)
    issues += _length(text, draft.original.strip())
    issues += _placeholder(text, evidence)
    issues += _missing_keywords(text, planned_keywords)
    issues += _personal_data(text)
    errors = sum(1 for i in issues if i.severity == "error")
    warnings = len(issues) - errors
    score = max(0.0, round(1.0 - 0.3 * errors - 0.05 * warnings, 2))
    return QAResult(item_id=draft.item_id, passed=errors == 0, score=score, issues=issues)


_DURATION = re.compile(r"\b(\d+(?:\.\d+)?)\s*\+?\s*(year|yr|month|week|day|hour|hr)s?\b",
                       re.IGNORECASE)
_DURATION_UNIT = {"yr": "year", "hr": "hour"}


def durations(text: str) -> set[str]:
    """Every number said as a span of time, with its unit: "12 hours a week" is '12 hour',
    "5+ years" '5 year' (a number's unit is part of the fact: 12 hours is not 12 years)."""
    return {f"{float(m.group(1)):g} {_DURATION_UNIT.get(u, u)}"
            for m in _DURATION.finditer(text) for u in [m.group(2).lower()]}


_COUNTED_WORD = re.compile(r"[A-Za-z][A-Za-z-]+")
_NOT_COUNTED = frozenset({"a", "an", "the", "of", "per", "in", "to", "for", "and", "or", "over",
                          "more", "than", "by", "from", "with", "across", "about", "around",
                          "some", "nearly", "almost", "up", "at", "least", "on"})


def _number_words(text: str) -> list[tuple[str, set[str]]]:
    """Each number of `text` (normalised as `numbers` does) and the stems of the content words
    within four words either side: what it counts ("40 engineers", "DAGs: 40")."""
    from cvtailor.text.wordforms import stem

    out = []
    for m in _NUMBER.finditer(text):
        value = numbers(m.group(0))
        if not value:
            continue
        before = _COUNTED_WORD.findall(text[max(0, m.start() - 40):m.start()])[-4:]
        after = _COUNTED_WORD.findall(text[m.end():m.end() + 60])[:4]
        words = {stem(w.lower()) for w in [*before, *after] if w.lower() not in _NOT_COUNTED}
        out += [(v, words) for v in value]
    return out


def _recounted_numbers(text: str, evidence: str) -> list[QAIssue]:
    """Numbers the evidence has, but counting something else: "leading 40 engineers" from
    "40+ Airflow DAGs". A number passes when one word near it in `text` is near the same
    number in the evidence; a number alone (no content word near it) passes."""
    seen: dict[str, set[str]] = {}
    for value, words in _number_words(evidence):
        seen.setdefault(value, set()).update(words)
    wrong = sorted({value for value, words in _number_words(text)
                    if value in seen and words and not words & seen[value]})
    if not wrong:
        return []
    return [QAIssue(code="fabricated_number", message=(
        f"Numbers the CV uses for something else: {wrong}"))]


def _new_numbers(text: str, evidence: str) -> list[QAIssue]:
    new_numbers = numbers(text) - numbers(evidence)
    new_numbers |= durations(text) - durations(evidence)
    if not new_numbers:
        return []
    return [QAIssue(code="fabricated_number",
                    message=f"Numbers not in the evidence: {sorted(new_numbers)}")]


def _dropped_numbers(text: str, original: str) -> list[QAIssue]:
    """Numbers of the original item the draft no longer says: a rewrite may add nothing the
    evidence lacks, and may drop none of the item's own facts ("900 GB" must stay)."""
    if not (original.strip() and text.strip()):
        return []
    dropped = number_counts(original) - number_counts(text)
    if not dropped:
        return []
    return [QAIssue(code="dropped_fact",
                    message=f"Numbers of the original that the draft drops: {sorted(dropped)}")]


def _dropped_names(text: str, hits: list[Hit], original: str, vocab: Vocabulary
                   ) -> list[QAIssue]:
    """Skills and proper names (employers, clients, products, titles) of the original item
    that the draft no longer names: respelling a skill (Postgres -> PostgreSQL) keeps it."""
    if not (original.strip() and text.strip()):
        return []
    kept = {h.term for h in hits}
    # Dates and numbers ("Jan 2019", "$410K") are the number check's concern.
    original = _NUMBER.sub(" ", _MONTH_YEAR.sub(" ", original))
    original_hits = vocab.find(original)
    dropped = sorted({h.surface for h in original_hits
                      if h.term not in kept and not phrase_in(h.surface, text)
                      and not contains(text, h.surface)})
    text_lower = text.lower()
    names = proper_names(original, skip=[(h.start, h.end) for h in original_hits])
    dropped += sorted(n for n in names if n.lower() not in text_lower)
    if not dropped:
        return []
    return [QAIssue(code="dropped_fact",
                    message=f"Names or skills of the original that the draft drops: {dropped}")]


def evidenced_names(evidence: str, vocab: Vocabulary) -> set[str]:
    """The vocabulary terms `evidence` evidences, plus the level of every degree it shows as
    held, in the vocabulary's words: "B.S. in Accounting" is a "Bachelor's degree" (that level
    only: not "Master's degree"; never "Doctorate", which the vocabulary reads as PhD; nothing
    for "B.S., expected 2027")."""
    allowed = set(vocab.evidenced_names(evidence))
    for level in held_levels(evidence, education=False) - {"doctorate"}:
        name = vocab.canonical(LEVEL_PHRASE[level])
        if name:
            allowed.add(name)
    return allowed


def _new_job_terms(text: str, evidence: str, job_terms: Iterable[str], vocab: Vocabulary
                   ) -> list[QAIssue]:
    """The job's own terms (its skills and requirement keywords, vocabulary or not) that the
    draft says and the evidence does not: a model's favourite way to claim a requirement."""
    allowed = evidenced_names(evidence, vocab)
    # a job term said only inside a term the evidence evidences is that term's word ("metrics"
    # of "Recruiting metrics", evidenced by "time-to-fill"), not a claim of its own
    for hit in vocab.find(text):
        if hit.term in allowed:
            text = text[:hit.start] + " " * (hit.end - hit.start) + text[hit.end:]
    new_terms = sorted({
        t for t in job_terms if t.strip() and (phrase_in(t, text) or contains(text, t))
        and not (phrase_in(t, evidence) or contains(evidence, t)
                 or word_form_span(t, evidence) is not None)  # "return to work meetings"
        and (vocab.canonical(t) or t) not in allowed
    })
    if not new_terms:
        return []
    return [QAIssue(code="unsupported_term",
                    message=f"Job terms not evidenced by the CV: {new_terms}")]


# Words a rewrite may bring that carry no fact: direct openers and joining words.
_FREE_WORDS = frozenset(
    "owned led contributed delivered built drove managed created designed developed improved "
    "reduced increased launched working work across including using through within while "
    "also both well other such more most their its them they this that these those which who "
    "into onto from with without over under after before during than then when where".split())
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]{2,}")


def _new_wording(text: str, evidence: str, planned_keywords: Iterable[str]) -> list[QAIssue]:
    """A draft whose content words mostly come from nowhere in the evidence (a JD sentence
    pasted in as a bullet, an invented claim): at least 3 new words and over 40% of them."""
    from cvtailor.text.wordforms import stem

    known = {stem(w) for w in _WORD.findall(" ".join([evidence, *planned_keywords]))}
    words = [w for w in _WORD.findall(text) if w.lower() not in _FREE_WORDS
             and w.lower() not in _STOPWORDS]
    new = [w for w in words if stem(w) not in known]
    if len(new) < 3 or len(new) <= 0.4 * len(words):
        return []
    return [QAIssue(code="unsupported_wording", message=(
        f"Most of the draft is not in the evidence: {sorted(set(new))[:8]}"))]


_STOPWORDS = frozenset(
    "the and for are but not you all any can had her was one our out has him his how man new "
    "now old see two way who did get may use per via our own".split())


def _off_plan(text: str, original: str, planned_keywords: Iterable[str]) -> list[QAIssue]:
    """A new item (a key qualification, a new summary: no original) exists to carry its
    planned terms; one that names none of them is something else (a pasted JD line)."""
    planned = [k for k in planned_keywords if k.strip()]
    if original.strip() or not text.strip() or not planned:
        return []
    if any(contains(text, k) or phrase_in(k, text) for k in planned):
        return []
    return [QAIssue(code="off_plan",
                    message=f"A new item that names none of its planned terms: {planned}")]


def _new_skills(hits: list[Hit], evidence: str, vocab: Vocabulary) -> list[QAIssue]:
    """Vocabulary terms the evidence neither names, implies nor says in other word forms (a
    degree level counts when the evidence holds a degree of that level: `evidenced_names`)."""
    allowed = evidenced_names(evidence, vocab)
    new_skills = sorted({
        h.term for h in hits if h.term not in allowed
        and not phrase_in(h.surface, evidence) and not phrase_in(h.term, evidence)
    })
    if not new_skills:
        return []
    return [QAIssue(code="unsupported_skill",
                    message=f"Skills not evidenced by the CV: {new_skills}")]


def _unheld_credentials(text: str, evidence: str, vocab: Vocabulary) -> list[QAIssue]:
    """Credentials the draft names as held that the evidence names only as not held yet."""
    unheld = unheld_credentials(text, evidence, vocab)
    if not unheld:
        return []
    return [QAIssue(code="unheld_credential", message=(
        f"Credentials the evidence names only as not held yet: {unheld}"))]


def _unsupported_degree(text: str, evidence: str) -> list[QAIssue]:
    """A degree the draft states in a JD's words ("Bachelor's degree in Finance") that no
    degree the evidence holds satisfies (level and field: text/degrees.py), unless the
    evidence says it in those very words ("mentored 4 master's students")."""
    claim = jd_degree_requirement(text)
    if claim is None or any(phrase_in(w, evidence) or contains(evidence, w)
                            for w in (claim.phrase, claim.written) if w):
        return []
    claim = replace(claim, related=False, in_progress_ok=False)  # the draft claims, exactly
    held = [d for d in cv_degrees(evidence) if d.held]
    if any(satisfies(d, claim) for d in held):
        return []
    return [QAIssue(code="unsupported_degree", message=(
        f"A degree the evidence does not show held: {claim.phrase}"
        + (f" in {', '.join(claim.fields)}" if claim.fields else "")))]


def _new_names(text: str, hits: list[Hit], evidence: str) -> list[QAIssue]:
    """Proper names (outside vocabulary terms) the evidence does not contain."""
    evidence_lower = evidence.lower()
    names = proper_names(text, skip=[(h.start, h.end) for h in hits])
    unknown = sorted(n for n in names if n.lower() not in evidence_lower)
    if not unknown:
        return []
    return [QAIssue(code="unsupported_name",
                    message=f"Names or titles not in the evidence: {unknown}")]


def _length(text: str, original: str) -> list[QAIssue]:
    """Half to twice the original's length (longer only by more than 60 characters)."""
    if not (original and text):
        return []
    ratio = len(text) / len(original)
    too_long = ratio > 2.0 and len(text) - len(original) > 60
    if ratio >= 0.5 and not too_long:
        return []
    return [QAIssue(code="length", message=(
        f"Length {len(text)} is {ratio:.2f}x the original {len(original)} (allowed 0.5x-2x)"))]


def _placeholder(text: str, evidence: str) -> list[QAIssue]:
    if _PLACEHOLDER.search(text) and not _PLACEHOLDER.search(evidence):
        return [QAIssue(code="placeholder", message="The draft has an unfilled placeholder.")]
    return []


def _missing_keywords(text: str, planned_keywords: Iterable[str]) -> list[QAIssue]:
    missing = [k for k in planned_keywords if k.lower() not in text.lower()]
    if not missing:
        return []
    return [QAIssue(code="keyword_missing", severity="warning",
                    message=f"Planned keywords not used: {missing}")]


def _personal_data(text: str) -> list[QAIssue]:
    return [QAIssue(code=f"pii_{kind}", severity="warning",
                    message=f"Personal data ({kind.replace('_', ' ')}): {masked}")
            for kind, masked in pii_findings(text)]
