"""External auditors supported, said in other words.

An ad's duty to work with the external auditors ("Be the day-to-day contact for external
auditors during the year-end audit", "Liaise with external auditors at year-end", "Support
the external auditors at year-end") is shown by a CV line in which the person answers or
prepares what the outside audit asks for: "Prepared 60+ PBC schedules and answered fieldwork
questions from Whitcomb & Hale LLP during the annual audit", "Answer the audit teams' sample
requests at year-end", "Gather bank confirmations and statements for the firm that checks our
accounts each February".

Read narrowly: the line is the person's own act (it opens on the verb) for the yearly or
statutory audit, its team or its firm; an internal audit, or an audit the person makes of
others' work, is no external auditor supported. An outside audit the ad asks supported or
prepared for ("Support customer and certification audits", "Prepare for official inspections by
the Food and Veterinary Service") is shown by the inspectors, or the officials sent to inspect,
walked round: "Walk the inspectors of the certification body round the breaking room and show
them the cleaning records", "Show the state vet round the kilns, the cold room and the smoking
book when she calls"; one the ad asks the workplace kept or got ready for ("Prepare the
laboratory for ESYD assessments", "keep the laboratory ready for NABL assessments", "prepare the
boiler for its periodic inspection"), by the records or the plant got ready or kept in order for
the outside body's visit: "Get the quality manual, equipment files and certificates ready for the
yearly visit of the national accreditation body", "Open up the boiler in the spring, chip out the
scale and have everything ready when the man from the inspection body comes to look inside". The
term written is the ad's own (`auditor_term`).
"""

from __future__ import annotations

import re

from cvtailor.models import Requirement
from cvtailor.text.duties.acts import AD_LEAD, act_term, own_act

_AD_AUDITORS = re.compile(r"\bexternal\s+audit(?:ors?|s)?\b", re.IGNORECASE)
_ANSWERING = own_act(r"answer|answers|answered|prepare|prepares|prepared|gather|gathers|"
                     r"gathered|send|sends|sent|pull|pulls|pulled|put\s+together|"
                     r"puts\s+together|compile|compiles|compiled|support|supports|supported|"
                     r"respond|responds|responded|provide|provides|provided")
# The outside audit: "during the annual audit", "the audit teams' sample requests", "the firm
# that checks our accounts".
_THE_AUDIT = re.compile(
    r"\b(?:annual|year[\s-]end|statutory|yearly)\s+audits?\b|\baudit\s+(?:teams?|firms?)\b|"
    r"\baudit\s+teams['’]|\bfirm\s+that\s+(?:checks|audits)\s+(?:our|the)\s+(?:accounts|books)\b|"
    r"\b(?:PBC|prepared[\s-]by[\s-]client)\b",
    re.IGNORECASE)
_INTERNAL = re.compile(r"\binternal\b", re.IGNORECASE)


# An audit by an outside body the ad asks supported or prepared for ("Support customer and
# certification audits", "Get the centre ready for Royal Life Saving safety audits") ...
_AD_HOSTS = re.compile(
    rf"^{AD_LEAD}(?:support|supporting|prepare\s+for|preparing\s+for|host|hosting|accompany|"
    r"accompanying|assist\s+(?:with|in|at)|get\s+[^,.;]{1,40}?\s+ready\s+for)\b",
    re.IGNORECASE)
# ("Prepare for official inspections by the Food and Veterinary Service", "Accompany animal
# welfare inspections by the county administrative board")
_AD_AUDITS = re.compile(r"\b(?:audits?|inspections?)\b", re.IGNORECASE)
# ... shown by the inspectors walked round and shown the records: "Walk the inspectors of the
# certification body and our customers' quality people round the breaking room".
_GUIDING = own_act(r"walk|walks|walked|take|takes|took|show|shows|showed|accompany|"
                   r"accompanies|accompanied|guide|guides|guided")
# (or the officials sent: "Show the state vet round the kilns ... when she calls", "Walk the
# officer from the county board round the houses")
_VISITORS = re.compile(r"\b(?:inspectors?|assessors?|auditors?|(?:state|district|official)\s+"
                       r"vets?|vets?\s+from|officers?\s+from)\b", re.IGNORECASE)
_ROUND = re.compile(r"\b(?:round|around|through)\b", re.IGNORECASE)


# An outside assessment the ad asks the workplace got ready for: "Prepare the laboratory for
# ESYD assessments", "keep the laboratory ready for NABL assessments", "Prepare the
# laboratory's records for MAPA audits" (not "Prepare risk assessments for every job").
_ASSESSMENTS = r"audits?|(?<!risk\s)assessments?|inspections?|surveillance\s+visits?"
_AD_READY_FOR = re.compile(
    rf"(?:^|\band\s+|,\s*){AD_LEAD}(?:prepare|get|keep)\s+(?:[^,.;]{{1,50}}?\s+)?(?:ready\s+)?"
    rf"for\s+(?:the\s+)?(?:[^,.;]{{1,30}}?\s+)?(?:{_ASSESSMENTS})\b",
    re.IGNORECASE)
_AD_ASSESSMENTS = re.compile(rf"\b(?:{_ASSESSMENTS})\b", re.IGNORECASE)
# ... shown by the records got ready or kept in order for the outside body's visit.
_GETTING_READY = own_act(r"get|gets|got|keep|keeps|kept|have|has|had|put|puts|"
                         # "Open up the boiler in the spring, chip out the scale and have
                         # everything ready when the man from the inspection body comes"
                         r"[a-z]+\b(?=[^.;]*\band\s+(?:have|has|had|get|gets|got)\s+"
                         r"(?:everything|it\s+all|all)\s+ready\b)")
_READY = re.compile(r"\b(?:ready|in\s+order|up\s+to\s+date)\s+(?:for|when|before)\b",
                    re.IGNORECASE)
_OUTSIDE_VISIT = re.compile(r"\b(?:visits?|inspectors?|inspections?|assessors?|auditors?|"
                            r"accreditation|certifying|certification)\b|"
                            r"\bcomes?\s+to\s+(?:check|inspect|audit|assess|look|test)\b",
                            re.IGNORECASE)


def auditor_term(req: Requirement, line: str) -> str | None:
    """The ad's term for the external auditors a line shows the person answering, or for an
    outside audit it shows the person walking the inspectors round (see the module doc), or
    None."""
    if _AD_HOSTS.match(req.text.strip()) and not _INTERNAL.search(req.text):
        hosted = act_term(req, line, _GUIDING, _AD_AUDITS, [_VISITORS, _ROUND],
                          unless=[_INTERNAL])
        if hosted:
            return hosted
    if _AD_READY_FOR.search(req.text.strip()) and not _INTERNAL.search(req.text):
        # the ad's first name for them ("ESYD assessments" of "ESYD assessments and
        # surveillance visits")
        readied = act_term(req, line, _GETTING_READY, _AD_ASSESSMENTS, [_READY, _OUTSIDE_VISIT],
                           unless=[_INTERNAL], first_written=True)
        if readied:
            return readied
    return act_term(req, line, _ANSWERING, _AD_AUDITORS, [_THE_AUDIT], unless=[_INTERNAL])
