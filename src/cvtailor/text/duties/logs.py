"""Shift logs and records kept, said in other words.

An ad's duty to keep the shift's written record ("Keep the shift log with tonnages and
breakdowns", "Complete the shift report at the end of every shift", "Keep the humidity
records of the cold rooms") is shown by a CV line in which the person writes the shift's
figures down in the book or on the sheet kept for them, each trip for an ad's trip log ("Write
down after every run the time, the raft number and how many people were aboard, in the
notebook") (or the day's page of a diary: "Fill in the
day's page for the engineer every evening: who was up, the weather, ..."): "Write the tonnage
dipped, the kettle
temperature and any breakdowns in the book for the next crew", "Write up the boards made and
the stoppages in the press book at the end of every turn", "Read the hygrometers three times a
day and fill in the sheet on the wall of each room".

Read narrowly: the line is the person's own writing (it opens on the verb, or on a reading taken
and then written: "Read ... and fill in ...") into a book, a sheet, a log or a register; a
record of a measure ("humidity records", "temperature log", "downtime records") only where the
line shows that measure read (the stops written, for downtime), and the measure itself where the
ad asks it written in its record and the line shows it ("downtime" of "Record downtime, scrap
and output in the shift report"); the records of the thing the work makes by its name ("pile
records"), where the line writes down each of them ("... the time of every pile in the book");
a register the ad asks kept by what is entered in it ("Keep the catch register required by our
lease", "keep the treatment register up to date"), never a till ("cash register") nor a register
the workplace is entered in ("the trades register"); records named by what is entered in them,
an animal's health records or medicine book by the treatments written ("Write every worming,
vaccination and treatment into the blue book"), the harvest or picking records by the crop
weighed or counted for each plot, row or bed. The records of control points ("cold chain
records", "HACCP records", the critical control points monitored) are shown only where the line
writes such a reading (a temperature, a metal detector's test); a log of outages ("a log of
off-air time") where it writes when the thing went down.
An ad that names a system or tool the records are kept in ("... in Capmo", "in SAP") is left to
be asked. What went wrong written down is an incident report (`incidents`), not read here. The
term written is the ad's own (`log_term`).
"""

from __future__ import annotations

import re

from cvtailor.models import Requirement
from cvtailor.text.duties.acts import A_SYSTEM, AD_LEAD, IN_A_TOOL, act_term, ad_term, own_act
from cvtailor.text.wordforms import contains

_AD_LOGS = re.compile(
    r"\b(?:(?:shift|production|daily|press|line|kiln|process|running|plant|machine|operating|"
    r"temperature|humidity|furnace|boiler|engine|oven|dryer|drying|curing|cooking|cold[\s-]chain|"
    # "Keep the burn log for every clamp", "Keep the own-check records up to date", "Keep the
    # treatment records for the vet"
    r"HACCP|burn|burning|smoking|own[\s-]check|self[\s-]check|treatment|medicines?|medication)\s+"
    r"(?:logs?|log\s*books?|logbooks?|reports?|records?|sheets?)|log\s*books?|logbooks?|"
    r"(?:site|shift|daily)\s+diar(?:y|ies)|(?:daily\s+)?progress\s+(?:records?|logs?|reports?)|"
    # "Keep the trip log for every raft and run": each trip written down
    r"(?:trip|voyage|journey|crossing|ride|dive|flight)\s+(?:logs?|log\s*books?|logbooks?|"
    r"records?|sheets?)|"
    r"(?:downtime|stoppage|breakdown)s?\s+(?:records?|logs?|reports?|sheets?|registrations?)|"
    # "keep a log of off-air time for the transmitters"
    r"(?:logs?|records?)\s+of\s+(?:[\w-]+\s+)?(?:downtime|off-air\s+time|stoppages|breakdowns|"
    r"outages)|"
    r"(?:stock|inventory)\s+(?:records?|registers?|books?|ledgers?)|"
    # "Monitor the critical control points": their readings written down
    r"critical\s+control\s+points?)\b",
    re.IGNORECASE)
# The register the ad asks kept, named by what is entered in it: "Keep the catch register
# required by our lease", "keep the treatment register up to date" (not a till, "Operate the
# cash register", nor a register the workplace is entered in, "the trades register").
_REGISTER = re.compile(r"^(?!(?:cash|risk)\s)[\w-]+\s+registers?$", re.IGNORECASE)


# The system of checks whose records the ad asks kept, as its keyword alone: "HACCP" of "Keep
# HACCP records for the roasting and metal detection points".
_RECORDS_OF = re.compile(r"^(?:HACCP|cold[\s-]chain)$", re.IGNORECASE)


# ... shown by a control point's reading written: a temperature, a metal detector's test.
_CONTROL_READING = re.compile(r"\btemperatures?\b|\bthermometers?\b|°|\bmetal\s+detectors?\b|"
                              r"\bpH\b|\bcore\s+temp", re.IGNORECASE)


def _records_named_by(req: Requirement, text: str) -> str | None:
    """The ad's keyword that names the records it asks kept (`_RECORDS_OF`), where the line
    writes a control point's reading; or None."""
    if not _CONTROL_READING.search(text):
        return None
    return next((k for k in req.keywords if _RECORDS_OF.match(k.strip()) and re.search(
        rf"\b{re.escape(k.strip())}\s+(?:records?|logs?|sheets?)\b", req.text, re.IGNORECASE)),
        None)


# Records named by what the line writes in them: an animal's health records or medicine book by
# the treatments written ("Write every worming, vaccination and treatment into the blue book"),
# the harvest records by the crop weighed or counted for each plot ("Weigh each day's truffles
# by plot on the farm scales and write the kilos in the ledger").
_RECORDS_BY_ENTRIES = (
    (re.compile(r"^(?:(?:flock|herd|animal|livestock|stock|horse|hive|colony)\s+)?(?:health|"
                r"treatment|medicine|medicines|veterinary|vet)\s+(?:records?|books?|logs?|"
                r"registers?)$", re.IGNORECASE),
     re.compile(r"\b(?:worming|wormings|vaccinations?|treatments?|doses|medicines?|injections?|"
                r"withdrawal\s+times?)\b[^.;]*\b(?:worming|wormings|vaccinations?|treatments?|"
                r"doses|medicines?|injections?|batch\s+numbers?|withdrawal\s+times?)\b",
                re.IGNORECASE)),
    (re.compile(r"^(?:harvest|picking|crop|yield)\s+(?:records?|books?|logs?|registers?)$",
                re.IGNORECASE),
     re.compile(r"^(?=[^.;]*\b(?:weigh|weighs|weighed|kilos|kg|tonnes|crates|boxes|bins)\b)"
                r"[^.;]*\b(?:by|for\s+each|per|from\s+each|of\s+each)\s+(?:plot|field|bed|row|"
                r"block|parcel|orchard|tree|picker)\b", re.IGNORECASE)),
)


def _records_by_entries(req: Requirement, text: str) -> str | None:
    """The ad's keyword for records named by what is entered in them (`_RECORDS_BY_ENTRIES`),
    where the line writes such entries; or None."""
    return next((k for k in req.keywords for named, entries in _RECORDS_BY_ENTRIES
                 if named.match(k.strip()) and k.lower() in req.text.lower()
                 and entries.search(text)), None)


def _kept_register(req: Requirement) -> str | None:
    """The ad's keyword for a register its duty asks kept (`_REGISTER`), or None."""
    return next((k for k in req.keywords if _REGISTER.match(k.strip()) and re.search(
        rf"\b(?:keep|keeps|keeping|maintain|maintains|maintaining|update|updating|complete|"
        rf"completing|fill\s+in)\s+(?:the\s+|our\s+|your\s+|a\s+)?{re.escape(k.strip())}\b",
        req.text, re.IGNORECASE)), None)
_WRITES = (r"(?:write|writes|wrote)(?:\s+(?:up|down|in))?|(?:fill|fills|filled)\s+in|"
           r"(?:fill|fills|filled)\s+out|log|logs|logged|record|records|recorded|note|notes|"
           r"noted|enter|enters|entered")
# (or a reading taken first: "Read the hygrometers three times a day and fill in the sheet")
_WRITING = own_act(rf"{_WRITES}|(?:read|reads|check|checks|checked|take|takes|took|weigh|weighs|"
                   r"weighed|count|counts|counted|measure|measures|measured)\b"
                   rf"[^.;]{{1,80}}?\band\s+(?:{_WRITES})|"
                   # "Keep the lodge book up to date: what every cask and vat holds"
                   r"(?:keep|keeps|kept)\s+(?:the\s+|our\s+|my\s+)?(?:[\w'’-]+\s+){0,2}?"
                   r"(?:books?|logs?|registers?|records|ledgers?)\s+up\s+to\s+date")
# Where the shift's figures are written: "in the press book", "on the sheet", "the log" (and
# where every step is written for traceability, text/duties/traceability).
THE_BOOK = re.compile(r"\b(?:books?|notebooks?|log\s*books?|logbooks?|logs?|sheets?|registers?|"
                      r"diary|diaries|ledgers?|record\s+cards?|"
                      # "Fill in the day's page for the engineer every evening"
                      r"(?:day['’]s|daily|diary)\s+pages?)\b", re.IGNORECASE)
# What went wrong is an incident report (text/duties/incidents).
_WENT_WRONG = re.compile(r"\b(?:went|goes|go)\s+wrong\b|\b(?:accidents?|near[\s-]miss\w*|"
                         r"injur\w+|incidents?)\b", re.IGNORECASE)
# The ad's records kept in a tool it names: "Keep the daily site diary and your crew's hours in
# Capmo" (a product's name at the end of the duty), or a system ("in SAP").
_IN_A_NAMED_TOOL = re.compile(r"\bin\s+([A-Z][A-Za-z0-9]*[a-z0-9][A-Za-z0-9]*)\s*\.?\s*$")


def _in_a_tool(req: Requirement, text: str) -> bool:
    """The ad's duty names a system or a tool the records are kept in that the line does not
    name: left to be asked (the person may keep the book and never have used the tool)."""
    named = _IN_A_NAMED_TOOL.search(req.text.strip())
    return A_SYSTEM.search(req.text) is not None or (
        named is not None and named.group(1).lower() not in text.lower())


# A progress report written up for a client or each month is more than the day's notes:
# "writing monthly progress reports for a client".
_A_CLIENTS_REPORT = re.compile(
    r"\b(?:monthly|quarterly|annual|yearly)\s+progress\s+reports?\b|"
    r"\bprogress\s+reports?\s+(?:for|to)\s+(?:a|the|our|each)\s+(?:clients?|customers?)\b",
    re.IGNORECASE)
# A record of a measure is shown only where the line reads it.
_MEASURES = (
    (re.compile(r"\btemperatures?\b|\bcold[\s-]chain\b|\bcritical\s+control\b", re.IGNORECASE),
     re.compile(r"\btemperatures?\b|\bthermometers?\b|°", re.IGNORECASE)),
    (re.compile(r"\bhumidity\b", re.IGNORECASE),
     re.compile(r"\bhumidity\b|\bhygrometers?\b", re.IGNORECASE)),
    # "Keep the stock records": what is held counted, or how much is left
    (re.compile(r"\b(?:stock|inventory)\b", re.IGNORECASE),
     re.compile(r"\bhow\s+(?:much|many)\b|\bhead\s+counts?\b|\bholds?\b|\bleft\b|"
                r"\btall(?:y|ies)\b", re.IGNORECASE)),
    # "Keep the downtime records": every stop written, and how long the line stood
    (re.compile(r"\b(?:downtime|stoppage|breakdown|outage|off-air\s+time)s?\b", re.IGNORECASE),
     re.compile(r"\b(?:stops?|stoppages?|breakdowns?|stood\s+still|standstill|downtime|"
                r"outages?|(?:goes|go|went)\s+(?:down|off\s+(?:air|line)))\b", re.IGNORECASE)),
)


def log_term(req: Requirement, line: str) -> str | None:
    """The ad's term for a shift log or record a line shows kept by the person (see the
    module doc), or None."""
    text = line.strip()
    if not (_WRITING.match(text) and THE_BOOK.search(text)) or _WENT_WRONG.search(text) \
            or _in_a_tool(req, text):
        return None
    term = ad_term(req, _AD_LOGS) or _kept_register(req) or _records_of_what(req, text) \
        or _records_named_by(req, text) or _records_by_entries(req, text)
    if term is not None and _A_CLIENTS_REPORT.search(req.text):
        return None  # a report written up for a client, not the day's notes
    if term is not None and any(named.search(term) and not shown.search(text)
                                for named, shown in _MEASURES):
        return None
    # the measure the ad's verb records, where the line shows it read and does not say it:
    # "downtime" of "Record downtime, scrap and output in the shift report" for a line that
    # writes every stop of the line in the shift book (not "breakdowns" of "Keep the shift
    # log with tonnages and breakdowns", whose duty is the log); with no record named, the
    # measure alone ("downtime" of "Record downtime and its causes")
    return next((k for k in req.keywords if not contains(text, k)
                 and re.match(rf"{AD_LEAD}(?:record|log|note|register|write\s+down)\s+"
                              rf"(?:the\s+|all\s+|any\s+)?{re.escape(k)}\b", req.text.strip(),
                              re.IGNORECASE)
                 and any(named.fullmatch(k) and shown.search(text)
                         for named, shown in _MEASURES)), term)


# The records of the thing the work makes, by its name: "Keep the pile records for the site
# engineer" ("pile records"), shown by a line that writes down each of them ("Write down the
# depth, the concrete volume and the time of every pile in the book").
_THING_RECORDS = re.compile(r"^([a-z][\w-]*?)s?\s+(?:records?|logs?)$", re.IGNORECASE)


def _records_of_what(req: Requirement, text: str) -> str | None:
    """The ad's keyword for the records of a thing ("pile records") the line names ("every
    pile"), or None."""
    for keyword in req.keywords:
        m = _THING_RECORDS.match(keyword.strip())
        if m and keyword.lower() in req.text.lower() and re.search(
                rf"\b(?:each|every|per)\s+{re.escape(m.group(1))}s?\b", text, re.IGNORECASE):
            return keyword
    return None


# The ad's figures of what the shift made, reported: "Report production figures to the plant
# manager every morning", "Prepare daily yield reports for management".
_AD_FIGURES = re.compile(
    r"\b(?:(?:production|output|shift|daily)\s+(?:figures|numbers|data|totals)|"
    r"yield\s+(?:reports?|figures))\b", re.IGNORECASE)
_AD_YIELD = re.compile(r"\byields?\b", re.IGNORECASE)
# The yields the ad asks followed: "Monitor yields on the peeling line".
_AD_FOLLOWS_YIELDS = re.compile(
    rf"^{AD_LEAD}(?:monitor|track|follow\s+up|record|"
    r"report|calculate|check)\s+(?:the\s+)?(?:daily\s+|line\s+)?yields?\b", re.IGNORECASE)
_YIELDS = re.compile(r"^(?:[\w-]+\s+)?yields?$", re.IGNORECASE)
# What went in and what came out, weighed: "Weigh what goes into the peeler and what comes out
# as clean kernels every hour".
_IN_AND_OUT = re.compile(r"\bwhat\s+(?:goes|went|comes|came)\s+in(?:to)?\b[^.;]{0,60}?\bwhat\s+"
                         r"(?:comes|came|goes|went)\s+out\b", re.IGNORECASE)
_WEIGHING = own_act(r"weigh|weighs|weighed|measure|measures|measured|count|counts|counted")
_TOLD = re.compile(r"\b(?:tell|tells|told|report|reports|reported|write|writes|wrote|note|"
                   r"notes|noted|log|logs|logged)\b", re.IGNORECASE)
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
    out"), also weighed and told where the ad asks the yields followed ("Weigh what goes into
    the peeler and what comes out as clean kernels every hour, and tell the production manager
    ..." for "Monitor yields on the peeling line"). None otherwise."""
    text = line.strip()
    if A_SYSTEM.search(req.text):
        return None  # figures kept in a system are the person's to claim
    if _WEIGHING.match(text) and _IN_AND_OUT.search(text) and _TOLD.search(text) \
            and _AD_FOLLOWS_YIELDS.match(req.text.strip()):
        # what went in and what came out weighed and told shows the yields followed
        return next((k for k in req.keywords if _YIELDS.match(k.strip())), None)
    if not _TELLING.match(text):
        return None
    amounts = _AMOUNT_MADE.findall(text)
    term = ad_term(req, _AD_FIGURES)
    if not amounts or term is None or (_AD_YIELD.search(term) and len(amounts) < 2):
        return None
    return term


# The report of each job, as the ad names it: "Make sure that every call is closed with complete
# intervention reports", "Fill in the job sheets", "hand over every new system with a
# commissioning report".
_AD_JOB_REPORTS = re.compile(
    r"\b(?:intervention|service|job|call-?out|visit|repair)\s+(?:reports?|sheets?|dockets?)\b|"
    r"\bjob\s+cards?\b", re.IGNORECASE)
_AD_COMMISSIONING = re.compile(r"\bcommissioning(?:\s+(?:reports?|records?|protocols?|"
                               r"sheets?|certificates?))?\b", re.IGNORECASE)
# ... shown by each job written up with what went into it, or signed for by the customer:
# "Write up each call on the tablet with the parts used and the time spent, and get the patient
# or the family to sign".
_EACH_JOB = re.compile(r"\b(?:each|every)\s+(?:call|job|visit|repair|call-?out|service)\b",
                       re.IGNORECASE)
_WHAT_WENT_INTO_IT = re.compile(
    r"\b(?:parts|materials?)\s+(?:used|fitted)\b|\btime\s+spent\b|\bhours\s+(?:worked|spent)\b|"
    r"\b(?:get|gets|got|have|has|had)\s+(?:the\s+)?(?:customer|client|patient|owner|tenant|"
    r"family)\b[^.;]{0,40}?\bsign\b", re.IGNORECASE)
# ... or a new system's start-up written down and gone through with its owner: "Fill in the
# start-up protocol for every new heat pump and boiler and go through it with the owner".
_START_UP_PAPERS = re.compile(
    r"\b(?:start-?up|commissioning|handover)\s+(?:protocols?|reports?|sheets?|records?|"
    r"checklists?)\s+for\s+(?:each|every)\s+new\b", re.IGNORECASE)
_WRITING_UP = own_act(_WRITES)


def job_report_term(req: Requirement, line: str) -> str | None:
    """The ad's term for the report of each job a line shows the person writing: each call
    written up with the parts used and the time spent, or signed for by the customer
    ("intervention reports", "job sheets"); a new system's start-up papers filled in for each
    one ("commissioning report"). None otherwise, and never where the ad names a system the
    reports are kept in."""
    if IN_A_TOOL.search(req.text):
        return None
    return act_term(req, line, _WRITING_UP, _AD_JOB_REPORTS, [_EACH_JOB, _WHAT_WENT_INTO_IT]) \
        or act_term(req, line, _WRITING_UP, _AD_COMMISSIONING, [_START_UP_PAPERS])


# The figures handed in for billing: "Prepare your team's weekly figures for invoicing" shown by
# "Hand in the number of cows done and the blocks and bandages used on each farm at the office on
# Friday, so the boss can bill every farm" (what was done counted and given in so that it can be
# billed; not a bill paid).
_AD_BILLING = re.compile(r"\b(?:invoicing|billing|invoices)\b", re.IGNORECASE)
_HANDING_IN = own_act(r"(?:hand|hands|handed|give|gives|gave|send|sends|sent|put|puts)\s+in|"
                      rf"{_WRITES}|count|counts|counted|keep|keeps|kept|(?:hand|hands|handed)\s+"
                      r"over")
_SO_IT_IS_BILLED = re.compile(
    r"\bso\s+(?:that\s+)?(?:the\s+[\w-]+|we|they|the\s+office|our\s+office)\s+(?:can|could)\s+"
    r"(?:bill|invoice|charge)\b|\bfor\s+(?:the\s+)?(?:invoices|invoicing|billing)\b",
    re.IGNORECASE)


def billing_term(req: Requirement, line: str) -> str | None:
    """The ad's term for the invoicing a line shows the person's figures made for: what was done
    handed in so that it can be billed (see `_SO_IT_IS_BILLED`); or None."""
    return act_term(req, line, _HANDING_IN, _AD_BILLING, [_SO_IT_IS_BILLED])


# Scrap followed: "Monitor scrap rates and their causes" shown by "Count the fronts we throw away
# each week, with the reason, and go through the figures with the production manager" (what is
# thrown away counted at set times; not throwing it away).
_AD_SCRAP = re.compile(r"\b(?:scrap|reject|rejection|waste)\s+(?:rates?|levels?|figures)\b|"
                       r"\bscrap\b", re.IGNORECASE)
_COUNTING = own_act(r"count|counts|counted|weigh|weighs|weighed|record|records|recorded|"
                    r"(?:write|writes|wrote|note|notes|noted)\s+down|log|logs|logged|tally|"
                    r"tallies|tallied|keep\s+(?:a\s+)?(?:count|tally)\s+of|keeps\s+(?:a\s+)?"
                    r"(?:count|tally)\s+of")
_THROWN_AWAY = re.compile(r"\b(?:throw|throws|threw|thrown)\s+(?:away|out)\b|\bscrapped\b|"
                          r"\b(?:rejects|seconds|rejected\s+pieces)\b|\bhave\s+to\s+bin\b",
                          re.IGNORECASE)
_EACH_PERIOD = re.compile(r"\b(?:each|every|a)\s+(?:day|week|shift|month|run|batch)\b|"
                          r"\bweekly\b|\bdaily\b", re.IGNORECASE)


def scrap_term(req: Requirement, line: str) -> str | None:
    """The ad's term for the scrap a line shows followed: what is thrown away counted at set
    times (see `_THROWN_AWAY`); or None."""
    return act_term(req, line, _COUNTING, _AD_SCRAP, [_THROWN_AWAY, _EACH_PERIOD])
