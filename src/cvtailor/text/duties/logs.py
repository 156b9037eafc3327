"""Shift logs and records kept, said in other words.

An ad's duty to keep the shift's written record ("Keep the shift log with tonnages and
breakdowns", "Complete the shift report at the end of every shift", "Keep the humidity
records of the cold rooms") is shown by a CV line in which the person writes the shift's
figures down in the book or on the sheet kept for them: "Write the tonnage dipped, the kettle
temperature and any breakdowns in the book for the next crew", "Write up the boards made and
the stoppages in the press book at the end of every turn", "Read the hygrometers three times a
day and fill in the sheet on the wall of each room".

Read narrowly: the line is the person's own writing (it opens on the verb, or on a reading
taken and then written: "Read ... and fill in ...") into a book, a sheet, a log or a register;
a record of a measure ("humidity records", "temperature log", "downtime records") only
where the line shows that measure read (the stops written, for downtime). What went wrong
written down is an incident report (`incidents`), not read here.
The term written is the ad's own (`log_term`).
"""

from __future__ import annotations

import re

from cvtailor.models import Requirement
from cvtailor.text.duties.acts import ad_term, own_act

_AD_LOGS = re.compile(
    r"\b(?:(?:shift|production|daily|press|line|kiln|process|running|plant|machine|operating|"
    r"temperature|humidity|furnace|boiler|oven|dryer|drying|curing|cooking)\s+"
    r"(?:logs?|log\s*books?|logbooks?|reports?|records?|sheets?)|log\s*books?|logbooks?|"
    r"(?:site|shift|daily)\s+diar(?:y|ies)|"
    r"(?:downtime|stoppage|breakdown)s?\s+(?:records?|logs?|reports?|sheets?))\b",
    re.IGNORECASE)
_WRITES = (r"(?:write|writes|wrote)(?:\s+(?:up|down|in))?|(?:fill|fills|filled)\s+in|"
           r"(?:fill|fills|filled)\s+out|log|logs|logged|record|records|recorded|note|notes|"
           r"noted|enter|enters|entered")
# (or a reading taken first: "Read the hygrometers three times a day and fill in the sheet")
_WRITING = own_act(rf"{_WRITES}|(?:read|reads|check|checks|checked|take|takes|took)\b"
                   rf"[^.;]{{1,80}}?\band\s+(?:{_WRITES})")
# Where the shift's figures are written: "in the press book", "on the sheet", "the log".
_THE_BOOK = re.compile(r"\b(?:books?|notebooks?|log\s*books?|logbooks?|logs?|sheets?|registers?|"
                       r"diary|diaries|ledgers?|record\s+cards?)\b", re.IGNORECASE)
# What went wrong is an incident report (text/duties/incidents).
_WENT_WRONG = re.compile(r"\b(?:went|goes|go)\s+wrong\b|\b(?:accidents?|near[\s-]miss\w*|"
                         r"injur\w+|incidents?)\b", re.IGNORECASE)
# A record of a measure is shown only where the line reads it.
_MEASURES = (
    (re.compile(r"\btemperatures?\b", re.IGNORECASE),
     re.compile(r"\btemperatures?\b|\bthermometers?\b|°", re.IGNORECASE)),
    (re.compile(r"\bhumidity\b", re.IGNORECASE),
     re.compile(r"\bhumidity\b|\bhygrometers?\b", re.IGNORECASE)),
    # "Keep the downtime records": every stop written, and how long the line stood
    (re.compile(r"\b(?:downtime|stoppage|breakdown)s?\b", re.IGNORECASE),
     re.compile(r"\b(?:stops?|stoppages?|breakdowns?|stood\s+still|standstill|downtime)\b",
                re.IGNORECASE)),
)


def log_term(req: Requirement, line: str) -> str | None:
    """The ad's term for a shift log or record a line shows kept by the person (see the
    module doc), or None."""
    text = line.strip()
    if not (_WRITING.match(text) and _THE_BOOK.search(text)) or _WENT_WRONG.search(text):
        return None
    term = ad_term(req, _AD_LOGS)
    if term is None or any(named.search(term) and not shown.search(text)
                           for named, shown in _MEASURES):
        return None
    return term
