"""What the duty readers share: a CV line that opens on the person's own act, and the ad's own
term for a duty."""

from __future__ import annotations

import re
from collections.abc import Sequence

from cvtailor.models import Requirement

# A day of the week, as a regular expression: "Monday" (add "s?" for "Mondays").
WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
# What may stand before a CV line's verb: "I", "also", "then", "always", "every Monday",
# "each week,", "on Fridays", and the post it is done in ("As safety rep,", "As the shift's
# first-aider,").
_BEFORE_THE_VERB = (r"I|also|then|always|personally|every\s+\w+,?|each\s+\w+,?|"
                    rf"on\s+(?:{WEEKDAY}s?|weekends?),?|"
                    r"as\s+(?:the\s+|a\s+|an\s+|our\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+,")


# A system the ad asks the duty done in ("stock management in SAP", "Log maintenance requests
# in SAP PM") is a tool the line must name (research/similarity), never read by a duty reader.
A_SYSTEM = re.compile(r"\b(?:system|systems|software|SAP|ERP|WMS|CMMS|Maximo|database|app)\b")

# Ringing someone, in its forms: "ring round the crew", "Ring the farmer for another load",
# "phone our supplier". A regular expression's alternatives.
RINGING = r"ring|rings|rang|call|calls|called|phone|phones|phoned"

# Sitting down with someone to decide the work: "Sit down with the owner in September to work
# out how many hearts ... we need" (production planned), "... to decide who covers the
# weekends" (rotas). A regular expression's alternative, for `own_act`.
SIT_DOWN_TO_DECIDE = (r"(?:sit|sits|sat)\s+down\s+with\s+[^,.;]{1,60}?\s+(?:to|and)\s+"
                      r"(?:decide|plan|work\s+out|sort\s+out|share\s+out|settle)\b")

# The tool an ad asks the work done in, named or by its kind, which a line must show used, so a
# reader leaves the duty to be asked: "plan your team's rotas in Skello, our scheduling tool",
# "in our rostering software", "Complete service reports in our service app", "in SAP" (not
# "hand over every new system": a system handed over is no tool worked in).
IN_A_TOOL = re.compile(
    r"\b(?:in|using|with)\s+(?:[A-Z][\w-]+,\s+(?:our|the)\s+(?:[\w-]+\s+)?|(?:our|the)\s+)"
    r"(?:scheduling|planning|rostering|rota|roster|staffing|workforce)\s+(?:tool|software|"
    r"system|app|platform)\b|"
    r"\b(?:in|on|through)\s+(?:the\s+|our\s+)?(?:[\w-]+\s+)?(?:system|software|app|SAP|ERP|"
    r"CMMS)\b")


# What may stand before an ad's duty verb: "You'll also mentor ...", "You will enforce ...",
# "Help to induct ...", an ad's present tense ("You manage stock levels of felt"), and the
# role it is done as ("As head of the workshop you draw up ...", "As workshop lead, you will
# ..."), or the time it is done in ("In the autumn you will prepare ..."), and a duty the ad
# makes the person's ("You are responsible for ...").
AD_LEAD = (r"(?:(?:as|in|during|over|outside)\s+(?:[\w'’-]+\s+){0,5}?[\w'’-]+,?\s+(?=you\b))?"
           r"(?:(?:you(?:['’]ll|\s+will)?|will|help(?:\s+to)?|also)\s+)*"
           # "You are responsible for the training of our apprentices", "You will be in
           # charge of ...": the duty the ad makes the person's
           r"(?:(?:are|be|you['’]re)\s+(?:also\s+)?(?:responsible\s+for|in\s+charge\s+of)\s+)?")


def own_act(verbs: str, before: str = "") -> re.Pattern[str]:
    """A line that opens on the person's own act: one of `verbs` (a regular expression's
    alternatives) at its head, after what may stand before a CV line's verb, or `before`
    (more of it, alternatives too: "when [^,]{1,60}," for "When the canteen leader is away,
    ..."). Not "Helped the fitter ...", "Watched ...", "Was shown ...": their verb is
    another."""
    lead = f"{_BEFORE_THE_VERB}|{before}" if before else _BEFORE_THE_VERB
    return re.compile(rf"^(?:(?:{lead})\s+)*(?:{verbs})\b", re.IGNORECASE)


def ad_term(req: Requirement, names: re.Pattern[str],
            unless: re.Pattern[str] | None = None, first_written: bool = False) -> str | None:
    """The first of the requirement's keywords that names the duty (`names`: "preventive
    maintenance", "toolbox talks"), as the ad wrote it; never one `unless` matches (the
    "on-call rota" of "the duty roster and the on-call rota"). With `first_written`, the one
    the ad writes first ("costings" of "Prepare costings for quotations", "ESYD assessments" of
    "ESYD assessments and surveillance visits"), whatever the keywords' order."""
    lowered = req.text.lower()
    named = [k for k in req.keywords if names.search(k) and k.lower() in lowered
             and (unless is None or not unless.search(k))]
    if first_written:
        return min(named, key=lambda k: lowered.find(k.lower()), default=None)
    return named[0] if named else None


def act_term(req: Requirement, line: str, act: re.Pattern[str], names: re.Pattern[str],
             shown: Sequence[re.Pattern[str]], unless: Sequence[re.Pattern[str]] = (),
             first_written: bool = False, asked: re.Pattern[str] | None = None) -> str | None:
    """The ad's term for a duty (`ad_term` of `names`) where the CV line opens on the
    person's own `act` (an `own_act` pattern), says each of `shown` and none of `unless`; or
    None. The shape of most duty readers: "Write up every slip and fall in the accident book"
    opens on writing and says what went wrong, so it shows "incident reports". With `asked`,
    only for an ad whose duty says it ("Take customer orders by phone" for the orders taken,
    where the keyword alone, "orders", would not)."""
    if asked is not None and not asked.search(req.text.strip()):
        return None
    text = line.strip()
    if not act.match(text) or not all(p.search(text) for p in shown) \
            or any(p.search(text) for p in unless):
        return None
    return ad_term(req, names, first_written=first_written)
