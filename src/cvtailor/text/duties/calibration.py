"""Measuring and test equipment kept calibrated, said in other words.

An ad's duty to keep the instruments true ("Keep the measuring equipment calibrated and in
good order", "keep our test equipment within its verification dates", "Keep the equipment
calibration programme up to date") is shown by a CV line in which the person sends or books
the instruments in for their regular check and keeps what proves it ("Book the roller bench
and the pressure gauges in for their yearly check with the metrology office and keep the
certificates in the folder"), or checks them against a reference ("Check the balances, ovens
and proving rings against reference weights and thermometers each month").

Read narrowly: the ad's duty names calibration or verification of equipment;
the line opens on the person's own act (send, book, take, check, run, compare) and says
either a regular check the instruments are sent or booked in for, with the certificates
kept, or a check against a reference (reference weights, a standard, each other between
their external calibrations). A machine serviced is no calibration, nor an instrument only
used. The term written is the ad's own (`calibration_term`).
"""

from __future__ import annotations

import re

from cvtailor.models import Requirement
from cvtailor.text.duties.acts import act_term, own_act

# The ad's duty is about the equipment's calibration or verification.
_AD_CALIBRATION = re.compile(r"\bcalibrat\w*|\bverification|\bverified\b|\bintermediate\s+checks\b",
                             re.IGNORECASE)
# ... named by its own words: "measuring equipment", "equipment calibration", "daily
# verification", "intermediate checks".
_AD_NAMES = re.compile(
    r"\b(?:(?:measuring|measurement|test|testing|inspection|lab|laboratory)\s+(?:equipment|"
    r"instruments|gauges|devices)|(?:equipment|instrument|gauge)\s+calibrations?|"
    r"(?:daily|weekly|monthly|routine|intermediate|periodic)\s+(?:verifications?|checks)|"
    r"calibrations?(?:\s+(?:programme|program|schedule|plan|records))?)\b",
    re.IGNORECASE)

# Sent or booked in for a regular check, with the certificates kept.
_SENDING = own_act(r"send|sends|sent|book|books|booked|take|takes|took|get|gets|got")
_REGULAR_CHECK = re.compile(
    r"\bfor\s+(?:its|their|the)\s+(?:yearly|annual|six-monthly|half-yearly|monthly|regular|"
    r"routine|two-yearly)\s+(?:check|checks|calibration|calibrations|verification|test)\b",
    re.IGNORECASE)
_CERTIFICATES = re.compile(r"\bcertificates?\b", re.IGNORECASE)

# Checked against a reference: "against reference weights and thermometers", "against each
# other between their external calibrations", "running the reference weights on the brake
# tester".
_CHECKING = own_act(r"check|checks|checked|compare|compares|compared|run|runs|ran|verify|"
                    r"verifies|verified|test|tests|tested|start\s+each\s+\w+\s+by\s+running")
_A_REFERENCE = re.compile(
    r"\bagainst\s+(?:the\s+|our\s+|a\s+)?(?:reference|standard|master|certified|test)\s+"
    r"[\w-]+|\bagainst\s+each\s+other\b|\breference\s+(?:weights?|blocks?|gauges?|"
    r"thermometers?|standards?|samples?)\b|\bcalibration\s+(?:filters?|weights?|blocks?|"
    r"gas(?:es)?)\b", re.IGNORECASE)


# ... of equipment, not of what the work makes ("quality checks on every calibration file").
_AD_EQUIPMENT = re.compile(r"\b(?:equipment|instruments?|gauges?|balances|meters|scales|devices|"
                           r"reference\s+standards)\b", re.IGNORECASE)


def calibration_term(req: Requirement, line: str) -> str | None:
    """The ad's term for measuring or test equipment a line shows the person keeping
    calibrated (see the module doc), or None."""
    if not (_AD_CALIBRATION.search(req.text) and _AD_EQUIPMENT.search(req.text)):
        return None
    return act_term(req, line, _SENDING, _AD_NAMES, [_REGULAR_CHECK, _CERTIFICATES]) \
        or act_term(req, line, _CHECKING, _AD_NAMES, [_A_REFERENCE])
