"""Written procedures, said in other words.

An ad's duty to write the procedures ("Write and update standard operating procedures for
the lab", "Keep standard operating procedures current", "Write and maintain SOPs") is shown
by a CV line in which the person writes, rewrites or keeps current the step-by-step guides
the workplace works by: "Wrote the step-by-step sheets for media making and autoclaving that
hang on the lab wall", "Rewrote our step-by-step guides for structure fire and missing child
calls", "Wrote the department's how-to guide for unsightly premises files".

Read narrowly: the line is the person's own writing (it opens on write, rewrite, draw up, put
together, keep ... current) of a step-by-step or how-to guide, sheet, checklist or instruction,
or of the workplace's own bench, work or method instructions (the ad's procedures, SOPs, or its
work, operating, assembly, installation, maintenance, setup or inspection instructions); a guide
written for the people the work serves ("a how-to leaflet for patients") is no procedure of the
workplace, and following a guide is no guide written. The term written is the ad's own
(`procedure_term`).
"""

from __future__ import annotations

import re

from cvtailor.models import Requirement
from cvtailor.text.duties.acts import act_term, own_act

_AD_PROCEDURES = re.compile(
    r"\b(?:standard\s+operating\s+procedures?|SOPs?|(?:work|working|operating|assembly|"
    r"installation|maintenance|set-?up|inspection)\s+instructions|"
    r"written\s+procedures|procedures)\b",
    re.IGNORECASE)
_WRITING = own_act(r"(?:re)?(?:write|writes|wrote|written|draft|drafts|drafted)|"
                   r"(?:draw|draws|drew|put|puts)\s+(?:up|together)|keep|keeps|kept|"
                   r"update|updates|updated")
_GUIDES = re.compile(
    r"\b(?:step[\s-]by[\s-]step|how[\s-]to)\s+(?:[\w-]+\s+){0,2}?(?:guides?|sheets?|checklists?|"
    r"instructions?|manuals?|cards?|notes?)\b|\bhow[\s-]to\s+guides?\b|"
    # the workplace's own instructions: "Rewrite our bench instructions when a method changes"
    r"\b(?:bench|work|working|method|job|shop[\s-]floor|machine)\s+instructions\b",
    re.IGNORECASE)
# A guide for the people the work serves: "a how-to leaflet for patients".
_FOR_SERVED = re.compile(r"\bfor\s+(?:our\s+|the\s+|new\s+)?(?:patients|customers|clients|"
                         r"guests|visitors|members|parents|families|residents|users|buyers|"
                         r"tenants|students|passengers|the\s+public)\b", re.IGNORECASE)


def procedure_term(req: Requirement, line: str) -> str | None:
    """The ad's term for written procedures a line shows the person writing or keeping
    current (see the module doc), or None."""
    return act_term(req, line, _WRITING, _AD_PROCEDURES, [_GUIDES], unless=[_FOR_SERVED])
