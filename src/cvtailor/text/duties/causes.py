"""Faults traced to their cause, said in other words.

An ad's duty to find why things fail ("Lead the root cause analysis when a die keeps
failing", "Carry out root cause analysis when reject rates rise", "Lead troubleshooting when
the presses stop") is shown by a CV line in which the person finds out why something went
wrong and puts it right: "Work out why a punch keeps chipping or a part keeps splitting, and
change the clearance, the radius or the steel so it does not happen again", "When the reject
bin fills up, go back along the line step by step until I find out why, and write down what
we changed so it does not happen again", "Find out why a press stops or a block comes out
cracked, fix what we can ourselves and call the fitter for the rest".

Read narrowly, as a recruiter reads it:
- the line is the person's own act (it opens on the verb, on "When ..., " or on sitting down
  with someone to dig it out; not "Helped the fitter find out why ...", "Watched ...") and says
  it found the cause (work out why, find out why, find the cause, get to the bottom of, trace
  it back to, dig out why, track down why);
- a root cause analysis is shown only where the fix keeps the fault from coming back ("so it
  does not happen again", "for good"), or the cause found is written up for those who act
  on it ("... to find out what went wrong, and write it up for the quality office", "..., for
  the Synergi report"), or named ("and which stand caused them");
  troubleshooting or fault finding where the fault is fixed ("and get the plant running
  again"), or the fix is handed on for the rest ("fix what we can and call the fitter"), or
  the fault is read with the means of finding it ("find out at night why a burner locks out,
  using the error memory and a multimeter"; a call-out phone taken may lead the line).

An incident investigation ("Lead incident investigations after spins and near misses") is
shown where the person works out with those involved how it happened and says what is changed
("... work out together how it happened and what we change").

The term written is the ad's own (`cause_term`).
"""

from __future__ import annotations

import re

from cvtailor.models import Requirement
from cvtailor.text.duties.acts import act_term, own_act

_AD_ROOT_CAUSE = re.compile(r"\broot[\s-]causes?(?:\s+analys[ie]s)?\b", re.IGNORECASE)
# An incident looked into: "Lead incident investigations after spins, offs and near misses".
_AD_INVESTIGATION = re.compile(r"\b(?:incident|accident)\s+investigations?\b|"
                               r"\binvestigat(?:e|es|ing|ion\s+of)\s+(?:all\s+|any\s+)?"
                               r"(?:incidents|accidents)\b", re.IGNORECASE)
_AD_TROUBLESHOOTING = re.compile(r"\btroubleshoot(?:ing)?\b|\bfault[\s-]finding\b|"
                                 r"\bfault\s+diagnos[ie]s\b", re.IGNORECASE)
# The person's own act at the line's head ("Work out ...", "When the bin fills up, go back").
_OWN_SEARCH = own_act(
    r"work|works|worked|find|finds|found|figure|figures|figured|sort|sorts|sorted|go|goes|"
    r"went|trace|traces|traced|track|tracks|tracked|get|gets|got|dig|digs|dug|look|looks|"
    r"looked|check|checks|checked|strip|strips|stripped|test|tests|tested|"
    # "Sit down with the engineer after a trip or a spill and dig out why it really happened"
    r"(?:sit|sits|sat)\s+down\s+with\b(?=[^.;]{1,80}?\band\s+(?:dig|work|find|figure|track))|"
    # "Take the stand-by phone one winter week in three and find out at night why ...": the
    # call-out taken, and the cause found on it
    r"(?:take|takes|took)\s+(?:the|my|our)\s+(?:[\w-]+\s+)?(?:phone|call-?outs?|calls?)\b"
    r"(?=[^.;]{1,60}?\band\s+(?:find|work|figure)\s+out\b)",
    before=r"when\s+[^,]{1,60},")
# The cause found: "work out why", "until I find out why", "find the cause".
# Working it out: "work out", "find out", "figured out".
_FIND_OUT = (r"\b(?:work|works|worked|find|finds|found|figure|figures|figured)\s+out\s+"
             # ("find out at night why", "work out on the spot why")
             r"(?:(?:at|on|in|during)\s+(?:the\s+)?[\w-]+\s+)?")
_CAUSE_FOUND = re.compile(
    _FIND_OUT +
    # ("Work out with the quality inspector why bars came out with laps")
    r"(?:with\s+(?:the|our|my)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+)?(?:why|what\s+"
    r"(?:caused|causes|went\s+wrong|is\s+wrong))\b|"
    r"\b(?:find|finds|found)\s+(?:the|its|their)\s+cause\b|"
    r"\b(?:get|gets|got)\s+to\s+the\s+bottom\s+of\b|"
    # "dig out why it really happened", "track down why a belt has stopped"
    r"\b(?:dig|digs|dug)\s+out\s+why\b|\b(?:track|tracks|tracked|hunt|hunts|hunted)\s+down\s+"
    r"(?:why|what\s+(?:caused|went\s+wrong|is\s+wrong)|the\s+cause)\b|"
    r"\b(?:trace|traces|traced)\s+[^.;]{1,60}?\bback\s+to\b",
    re.IGNORECASE)
# A fix that keeps the fault from coming back.
_FOR_GOOD = re.compile(
    r"\bso\s+(?:that\s+)?(?:it|they|the\s+[\w-]+)\s+(?:does\s+not|doesn['’]t|do\s+not|"
    r"don['’]t|will\s+not|won['’]t|never)\s+(?:happen|come\s+back|recur)\b|"
    r"\b(?:for\s+good|never\s+(?:happens|came\s+back|recurs))\b|"
    # ... or the cause found written up for those who act on it: "go back through the hourly
    # samples ... to find out what went wrong, and write it up for the quality office"
    r"\b(?:write|writes|wrote)\s+(?:it|them)\s+up\s+for\b|"
    # ... or the cause named, the one part or step at fault: "and which stand caused them"
    r"\bwhich\s+(?:[\w-]+\s+){1,2}?(?:caused|causes|was\s+causing)\s+(?:it|them|the\s+[\w-]+)\b|"
    # ... or for the report of what happened: "..., for the Synergi report"
    r",\s+(?:not\s+just\s+[^,;.]{1,40},\s+)?for\s+the\s+(?:[\w-]+\s+)?(?:incident\s+)?report\b",
    re.IGNORECASE)
# ... an incident looked into: how it happened worked out with those who were there, and
# what is changed ("Sit down with the driver and the track marshal after any spin or off and
# work out together how it happened and what we change").
_HOW_IT_HAPPENED = re.compile(
    _FIND_OUT + r"(?:together\s+)?"
    r"(?:with\s+(?:the|them|him|her)\b[^.;]{0,40}?\s+)?how\s+(?:it|the\s+[\w-]+)\s+happened\b",
    re.IGNORECASE)
_WHAT_CHANGES = re.compile(r"\bwhat\s+(?:we|they|I)\s+(?:will\s+|must\s+|should\s+)?"
                           r"(?:change|do\s+differently|put\s+right)\b", re.IGNORECASE)
# The fault put right, or what the person cannot fix handed on.
_FIXED = re.compile(
    r"\b(?:fix|fixes|fixed|mend|mends|mended|repair|repairs|repaired|put\s+(?:it\s+)?right|"
    r"change|changes|changed|replace|replaces|replaced|adjust|adjusts|adjusted|reset|resets)\b|"
    # "and get the plant running again"
    r"\b(?:get|gets|got)\s+(?:it|them|the\s+[\w-]+|[\w-]+)\s+(?:running|going|working)\s+again\b",
    re.IGNORECASE)


# ... or the fault read with the means of finding it: "using the error memory and a multimeter".
_DIAGNOSED = re.compile(
    r"\b(?:using|with)\s+(?:the|a|an|its|our|my)\s+(?:[\w-]+\s+)?(?:error|fault)\s+"
    r"(?:memory|codes?|log)\b|\b(?:using|with)\s+(?:the|a|an|our|my)\s+(?:[\w-]+\s+)?"
    r"(?:multimeter|multi-meter|tester|oscilloscope|diagnostic\s+(?:laptop|tool|tester))\b",
    re.IGNORECASE)


def cause_term(req: Requirement, line: str) -> str | None:
    """The ad's term for root cause analysis or troubleshooting a line shows the person doing
    (see the module doc), or None."""
    # root cause analysis only for good; troubleshooting for good or put right; an incident
    # investigation where how it happened is worked out and what is changed said
    return act_term(req, line, _OWN_SEARCH, _AD_ROOT_CAUSE, [_CAUSE_FOUND, _FOR_GOOD]) \
        or act_term(req, line, _OWN_SEARCH, _AD_INVESTIGATION,
                    [_HOW_IT_HAPPENED, _WHAT_CHANGES]) \
        or act_term(req, line, _OWN_SEARCH, _AD_TROUBLESHOOTING, [_CAUSE_FOUND, _FOR_GOOD]) \
        or act_term(req, line, _OWN_SEARCH, _AD_TROUBLESHOOTING, [_CAUSE_FOUND, _FIXED]) \
        or act_term(req, line, _OWN_SEARCH, _AD_TROUBLESHOOTING, [_CAUSE_FOUND, _DIAGNOSED])
