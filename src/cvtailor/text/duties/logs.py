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
from cvtailor.text.duties.acts import A_SYSTEM, ad_term, own_act

_AD_LOGS = re.compile(
    r"\b(?:(?:shift|production|daily|press|line|kiln|process|running|plant|machine|operating|"
    r"temperature|humidity|furnace|boiler|oven|dryer|drying|curing|cooking)\s+"
    r"(?:logs?|log\s*books?|logbooks?|reports?|records?|sheets?)|log\s*books?|logbooks?|"
    r"(?:site|shift|daily)\s+diar(?:y|ies)|"
    r"(?:downtime|stoppage|breakdown)s?\s+(?:records?|logs?|reports?|sheets?)|"
    r"(?:stock|inventory)\s+(?:records?|registers?|books?|ledgers?))\b",
    re.IGNORECASE)
_WRITES = (r"(?:write|writes|wrote)(?:\s+(?:up|down|in))?|(?:fill|fills|filled)\s+in|"
           r"(?:fill|fills|filled)\s+out|log|logs|logged|record|records|recorded|note|notes|"
           r"noted|enter|enters|entered")
# (or a reading taken first: "Read the hygrometers three times a day and fill in the sheet")
_WRITING = own_act(rf"{_WRITES}|(?:read|reads|check|checks|checked|take|takes|took)\b"
                   rf"[^.;]{{1,80}}?\band\s+(?:{_WRITES})|"
                   # "Keep the lodge book up to date: what every cask and vat holds"
                   r"(?:keep|keeps|kept)\s+(?:the\s+|our\s+|my\s+)?(?:[\w'’-]+\s+){0,2}?"
                   r"(?:books?|logs?|registers?|records|ledgers?)\s+up\s+to\s+date")
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
    # "Keep the stock records": what is held counted, or how much is left
    (re.compile(r"\b(?:stock|inventory)\b", re.IGNORECASE),
     re.compile(r"\bhow\s+(?:much|many)\b|\bhead\s+counts?\b|\bholds?\b|\bleft\b|"
                r"\btall(?:y|ies)\b", re.IGNORECASE)),
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


# The ad's figures of what the shift made, reported: "Report production figures to the plant
# manager every morning", "Prepare daily yield reports for management".
_AD_FIGURES = re.compile(
    r"\b(?:(?:production|output|shift|daily)\s+(?:figures|numbers|data|totals)|"
    r"yield\s+(?:reports?|figures))\b", re.IGNORECASE)
_AD_YIELD = re.compile(r"\byield\b", re.IGNORECASE)
_TELLING = own_act(rf"{_WRITES}|tell|tells|told|report|reports|reported|send|sends|sent|give|"
                   r"gives|gave|phone|phones|phoned|ring|rings|rang|text|texts|texted|e-?mail|"
                   r"e-?mails|e-?mailed|put|puts",
                   before=r"at\s+the\s+end\s+of\s+(?:the|my|each|every)\s+\w+,?")
# An amount made, said: "how many sacks were cracked", "the cubic metres made".
_UNITS = (r"tonnes|tons|kilos|kg|litres|liters|units|pieces|metres|meters|cubic\s+metres|"
          r"bags|sacks|drums|pallets|boxes|crates|cases|bales|trays|loaves|bottles|jars|reels|"
          r"coils|rolls|sheets|boards|blocks|bricks|batches|loads")
_AMOUNT_MADE = re.compile(
    rf"\bhow\s+(?:many|much)\s+(?:(?:{_UNITS})\s+(?:of\s+[\w-]+\s+)?)?(?:[\w-]+\s+){{0,2}}?"
    r"(?:were|was|went|came|got|we|had\s+been|have\s+been)\b|"
    rf"\b(?:the\s+)?(?:{_UNITS})\s+(?:of\s+[\w-]+\s+)?(?:made|produced|packed|cracked|filled|"
    r"pressed|baked|cut|bottled|milled|drawn|run)\b", re.IGNORECASE)


def figures_term(req: Requirement, line: str) -> str | None:
    """The ad's term for the figures of what was made a line shows the person reporting: "Tell
    the office at the end of my shift how many sacks were cracked and how many kilos of kernel
    went to the silo" for "Report production figures"; a yield, only where the line gives both
    what went in and what came out ("how many tonnes of fruit went in and how many drums came
    out"). None otherwise."""
    text = line.strip()
    if not _TELLING.match(text) or A_SYSTEM.search(req.text):
        return None  # figures kept in a system are the person's to claim
    amounts = _AMOUNT_MADE.findall(text)
    term = ad_term(req, _AD_FIGURES)
    if not amounts or term is None or (_AD_YIELD.search(term) and len(amounts) < 2):
        return None
    return term
