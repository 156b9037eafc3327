"""What a person holds, and what a CV line says to mark a credential, a degree or a course as
not held (yet, or any longer).

One list for every reader of it: the degree reader (`text.degrees`: "BA in Business Studies,
year 2 of 4" is no degree held), evidence (`research.evidence`: "CPA candidate" evidences no
CPA) and the guard (`checks.fabrication`: a draft never states one as held). Each adds words
only its own kind of line uses ("2023 – Present" for a degree, "permit" for a licence).
"""

from __future__ import annotations

import re

# Words that say a credential was held once and is not now.
_LAPSED_WORDS = r"expired|lapsed|no longer (?:held|active|current|valid)"
# Words, anywhere in the credential's clause, that say it is being worked towards.
NOT_YET_WORDS = (
    r"expected|anticipated|in progress|in-progress|candidate|candidacy|pursuing|enrolled|"
    r"preparing for|studying|sitting (?:for|the)|registered for|working towards?|"
    r"retaking|resitting|re-sitting|"
    r"(?:exams?|tests?|assessments?) (?:booked|scheduled|planned|pending)|"
    r"to be completed|not (?:yet )?completed|incomplete|"
    r"not yet (?:attempted|started|sat|taken|obtained|achieved|passed|held)|"
    r"due to (?:complete|completion|finish|graduate|qualify)|"
    r"year \d+ of \d+|"
    r"(?:\d+|one|two|three|four|five|six) (?:semesters?|terms?|modules?|units?|courses?|"
    r"credits?|papers?|exams?) (?:remaining|left|to go|outstanding)|"
    # ... or held once and no longer ("AWS Certified Solutions Architect (expired 2021)")
    rf"{_LAPSED_WORDS}|"
    # ... or the course done without the credential it leads to ("Phlebotomy course
    # completed, 2020 (not certified)")
    r"not (?:yet )?(?:certified|licensed|registered|accredited|chartered)|uncertified|"
    r"unlicensed"
)
# Part of it done: "3 of 5 courses completed", "passed 2 of 4 exam sections", "2 of 3 years
# completed", "60 of 180 ECTS".
PART_DONE = re.compile(r"\b\d+\s+(?:of|out\s+of|/)\s+\d+\s+(?:[\w-]+\s+)?(?:courses?|modules?|"
                       r"units?|papers?|exams?|sections?|parts?|credits?|classes|years?|"
                       r"semesters?|terms?|trimesters?|levels?|stages?|ECTS)\b",
                       re.IGNORECASE)
NOT_YET = re.compile(rf"\b(?:{NOT_YET_WORDS})\b", re.IGNORECASE)


def unfinished(line: str) -> bool:
    """The line names a course or credential not finished yet or no longer held ("CPA
    candidate", "3 of 5 courses completed", "year 2 of 4", "due to complete June 2027",
    "expired 2021")."""
    return NOT_YET.search(line) is not None or PART_DONE.search(line) is not None


_LAPSED = re.compile(rf"(?<![\w-])(?:{_LAPSED_WORDS})\b", re.IGNORECASE)  # not "life-expired"


def lapsed(line: str) -> bool:
    """The line names a credential held once and not now ("BLS, American Heart Association
    (expired 2022)"): the CV may be older than a renewal, so it is the person's to say."""
    return _LAPSED.search(line) is not None


# What a line names a course or credential by (with `unfinished`: one not finished yet).
# Words that name a qualification (a CV's list of them reads each line that has one as its
# own entry: `engines.offline.cv_parser`).
QUALIFICATION_WORDS = (r"degree|diploma|certificat\w*|qualification|apprenticeship|licen[cs]e|"
                       r"exams?|bachelor\w*|master\w*|b\.?sc|m\.?sc|mba|ph\.?d")
_COURSE_NAMED = re.compile(rf"\b(?:{QUALIFICATION_WORDS}|course|programme|b\.?a|m\.?a)\b",
                           re.IGNORECASE)


def studying(line: str) -> bool:
    """The line names a course or credential the person has not finished ("Year 1 of 2",
    "working towards", "3 of 5 courses completed"): what it names is being learnt, not done,
    so it is a line to ask about, never evidence on its own."""
    return unfinished(line) and _COURSE_NAMED.search(line) is not None


# What a person holds, not work they describe: a degree, a credential, a clearance or a record
# ("CIEH-accredited degree", "a clean driving record", "an Enhanced DBS check").
_HELD = re.compile(r"\b(?:degrees?|diplomas?|certificat\w*|credentials?|designations?|"
                   r"licen[cs](?!ing)\w*|registration|accredit\w*|qualifications?|clearances?|"
                   r"bachelor\w*|masters?|doctorate|ph\.?d|(?:driving|criminal)\s+record|"
                   r"(?:background|DBS|police)\s+check)s?\b", re.IGNORECASE)


def held_thing(term: str) -> bool:
    """The term names something a person holds ("CIEH-accredited degree", "clean driving
    record"): an answer that does not say it is no claim of it, however much it is about the
    requirement ("I hold the Higher Certificate in Food Control" is no degree)."""
    return _HELD.search(term) is not None
