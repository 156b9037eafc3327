"""Infection control kept, said in other words.

An ad's duty to keep infection control or prevention ("Uphold infection control standards",
"Enforce infection control in the laboratory", "Lead on infection prevention in the
post-mortem room") is shown by a CV line in which the person cleans or disinfects what is
shared between the people served, each time: "Soak reusable sensors and masks in disinfectant
after each patient", "Wipe down chin rests, tonometer heads and trial lenses between
patients", "Scrub the tables, sinks and floor with chlorine solution after every case".

Read narrowly: the line is the person's own act of cleaning (it opens on the verb), and says
it is done between or after each patient, case, client or use, or with a disinfectant; a
course in infection control is no infection control kept, and cleaning alone ("Clean the
waiting room") says nothing of infection. Biosecurity is kept the same way between the
farms, ponds or sites the person works at: boots, tools and vehicles disinfected between them
or before leaving one ("Scrub and disinfect our boots, tools and van wheels before we leave a
farm"). The term written is the ad's own (`infection_term`).
"""

from __future__ import annotations

import re

from cvtailor.models import Requirement
from cvtailor.text.duties.acts import act_term, own_act

_AD_INFECTION = re.compile(r"\binfection\s+(?:control|prevention)\b", re.IGNORECASE)
_CLEANING_VERBS = (r"disinfect|disinfects|disinfected|wipe|wipes|wiped|soak|soaks|soaked|"
                   r"scrub|scrubs|scrubbed|clean|cleans|cleaned|steri[sl]i[sz]e|steri[sl]i[sz]es|"
                   r"steri[sl]i[sz]ed|autoclave|autoclaves|autoclaved|decontaminate|"
                   r"decontaminates|decontaminated")
_CLEANING = own_act(_CLEANING_VERBS)
# Done each time between the people served, or with what kills germs.
_EACH_TIME = re.compile(
    r"\b(?:between|after)\s+(?:each|every)\s+(?:patient|case|client|customer|resident|use|"
    r"user|study|animal|procedure|session|treatment)s?\b|\bbetween\s+(?:patients|cases|"
    r"clients|customers|residents|users|studies|procedures|sessions|treatments)\b|"
    r"\b(?:disinfectant|disinfect\w*|chlorine|bleach|alcohol\s+wipes?|sterili[sz]\w*|"
    r"autoclave\w*)\b",
    re.IGNORECASE)


# Biosecurity kept between the farms, ponds or sites the person works at: "Scrub and disinfect
# our boots, tools and van wheels before we leave a farm", "Disinfect nets, boots and buckets
# between ponds".
_AD_BIOSECURITY = re.compile(r"\bbiosecurity\b", re.IGNORECASE)
_CLEANING_OR_CHANGING = own_act(rf"{_CLEANING_VERBS}|(?:change|changes|changed)\s+(?:into\s+)?"
                                r"(?:my\s+|our\s+|clean\s+)?(?:overalls|clothes|boots|coveralls)")
_PLACES = r"farms?|ponds?|sites?|houses?|sheds?|yards?|pens?|tanks?|hives?|fields?|herds?|flocks?"
_BETWEEN_PLACES = re.compile(
    rf"\bbetween\s+(?:(?:each|every)\s+)?(?:{_PLACES})\b|"
    rf"\bbefore\s+(?:we|I)\s+(?:leave|go\s+on\s+to)\s+(?:a|the|each|every)\s+(?:{_PLACES})\b|"
    rf"\b(?:before|after)\s+(?:leaving|entering)\s+(?:a|the|each|every)\s+(?:{_PLACES})\b",
    re.IGNORECASE)
_DISINFECTING = re.compile(r"\b(?:disinfect\w*|scrub\w*|wash\w*|dip\w*|spray\w*)\b",
                           re.IGNORECASE)


def infection_term(req: Requirement, line: str) -> str | None:
    """The ad's term for the infection control a line shows kept by the person, or for
    biosecurity kept between the farms or sites the person works at (see the module doc), or
    None."""
    return act_term(req, line, _CLEANING, _AD_INFECTION, [_EACH_TIME]) \
        or act_term(req, line, _CLEANING_OR_CHANGING, _AD_BIOSECURITY,
                    [_BETWEEN_PLACES, _DISINFECTING])
