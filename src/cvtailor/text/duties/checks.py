"""Quality checks and complaints handled, said in other words.

- A quality check ("Carry out quality checks on every piece before it leaves the workshop")
  is shown by a line in which the person checks every piece or batch before it goes out, and
  holds back what fails: "Look over every saddle before it goes out ... and unpick anything
  that is not right", "Light one piece from every batch on the test ground and hold back any
  lot that fizzles". Not a check of one's own tools, nor a check someone else makes.
- A complaint handled ("Handle guest complaints calmly") is shown by a line in which the
  person deals with someone unhappy: "Go to the table when a guest is unhappy with a dish,
  apologise, and offer a dessert", "Call back patients who are unhappy about their waiting
  time", "Sort out problems raised by parents at the front desk", "Call back anyone who
  questions a result", "Listen to people who say their water bill is too high", "Ring back
  customers who say a tea tasted wrong ... and give their money back". Not passing
  a complaint on to someone else. Complaints an ad asks investigated are also shown by what
  went wrong found: "When a grower rings about a load that is too wet, pull the retained
  sample and the mixing log and find out what went wrong".

Each is read only as the person's own act (the line opens on its verb), and gives the ad's own
term (`quality_term`, `complaint_term`).
"""

from __future__ import annotations

import re

from cvtailor.models import Requirement
from cvtailor.text.duties.acts import act_term, own_act

# (not "quality audits": an audit reviews others' work, which checking each piece is not)
_AD_CHECKS = re.compile(r"\b(?:quality|final|visual)\s+(?:checks?|inspections?|control|"
                        r"assurance\s+checks?)\b|\bfinal\s+(?:inspections?|checks?)\b",
                        re.IGNORECASE)
_CHECKING = own_act(
    r"(?:look|looks|looked|go|goes|went)\s+(?:over|again\s+at)|walk|walks|walked|check|"
    r"checks|checked|inspect|inspects|inspected|test|tests|tested|light|lights|lit|take|takes|"
    r"took|re-?measure|re-?measures|re-?measured|measure|measures|measured|weigh|weighs|"
    r"weighed|sample|samples|sampled|pull|pulls|pulled|"
    # "Run my hand and a true bar along every base before the skis go back"
    r"(?:run|runs|ran)\s+(?:my|a)\s+(?:hand|eye|finger)")
_EVERY_PIECE = re.compile(r"\b(?:every|each|one\s+in\s+(?:\w+|\d+)|a\s+handful\s+of|"
                          r"a\s+sample\s+from\s+every)\b", re.IGNORECASE)
_BEFORE_IT_GOES = re.compile(
    r"\bbefore\s+(?:it|they|each|the\s+[\w-]+|anything)\s+(?:\w+\s+)?(?:leaves?|goes|go|is|are|"
    r"comes?|gets?|signed)\b|\b(?:hold|holds|held|send|sends|sent|set|sets|put|puts)\s+"
    r"(?:back|aside)\b|\b(?:redo|redone|unpick|reject|rejects|rejected)\b",
    re.IGNORECASE)

_AD_COMPLAINTS = re.compile(r"\bcomplaints?\b", re.IGNORECASE)
_DEALING = own_act(
    r"go|goes|went|look\s+after|looks\s+after|looked\s+after|calm|calms|calmed|call|calls|"
    r"called|listen|listens|listened|take|takes|took|deal|deals|dealt|handle|handles|handled|"
    r"sort|sorts|sorted|settle|settles|settled|sit|sits|sat|explain|explains|explained|"
    r"answer|answers|answered|talk|talks|talked|ring|rings|rang|phone|phones|phoned")
# An ad's complaints investigated: what went wrong found, the person's own act after "When a
# grower rings about a load ...," or at the line's head ("Dig out the batch cards when a buyer
# sends back towels ..., and find which jet and which step went wrong").
_AD_INVESTIGATES = re.compile(r"\b(?:investigate|investigating|look\s+into|follow\s+up)\b",
                              re.IGNORECASE)
_INVESTIGATING = own_act(
    r"dig|digs|dug|pull|pulls|pulled|check|checks|checked|go|goes|went|look|looks|looked|"
    r"find|finds|found|trace|traces|traced",
    before=r"when\s+[^,]{1,80},")
_WHAT_WENT_WRONG = re.compile(
    r"\b(?:find|finds|found|work|works|worked)\s+(?:out\s+)?(?:which|what|why|where)\b"
    r"[^.;]{0,40}?\b(?:went\s+wrong|happened|caused)\b|\bfind\s+out\s+what\s+went\s+wrong\b",
    re.IGNORECASE)
_UNHAPPY = re.compile(
    r"\b(?:unhappy|upset|angry|annoyed|dissatisfied|not\s+happy|complain\w*|upset-\w+)\b|"
    # "problems raised by parents", "concerns raised at the desk"
    r"\b(?:problems?|concerns?|grievances?)\s+(?:they\s+)?(?:raised|brought)\b|"
    # "anyone who questions a result", "when a caller questions how a call was handled"
    r"\b(?:who|that|caller|customer|client|buyer|grower|patient|service)s?\s+questions?\s+"
    r"(?:how|why|whether|a|an|the|our|their|its)\b|"
    # "their oil yield came out lower than they hoped"
    r"\b(?:lower|less|worse|smaller|higher|later)\s+than\s+(?:they|he|she)\s+(?:had\s+)?"
    r"(?:hoped|expected)\b|"
    # "people who say their water bill is too high"
    r"\b(?:say|says|said|think|thinks|feel|feels)\s+(?:their|the|our|his|her|a|an)\s+"
    r"[\w\s-]{1,30}?\s+(?:is|was|are|were|tasted|smelt|smelled|looked|felt|arrived|came)\s+"
    r"(?:too\s+\w+|wrong|unfair|off|broken|damaged)\b|"
    # "replace the product or give their money back": what is done for someone unhappy
    r"\b(?:give|gives|gave)\s+(?:them\s+)?(?:their|the)\s+money\s+back\b|\brefund\w*\b|"
    # "when a buyer sends back towels for uneven colour", "when a grower rings about a load
    # that is too wet"
    r"\b(?:buyer|customer|client|grower|guest|shop|patient)s?\s+(?:sends?|sent)\s+back\b|"
    r"\b(?:rings?|rang|calls?|called|phones?|phoned|writes?|wrote)\s+(?:in\s+)?about\s+"
    r"(?:a|an|the|their|his|her)\s+[\w\s-]{1,30}?\s+(?:that\s+)?(?:is|was|are|were)\s+"
    r"(?:too\s+\w+|wrong|off|broken|damaged)\b",
    re.IGNORECASE)
_PASSED_ON = re.compile(r"^(?:pass|passes|passed|forward|forwards|forwarded|refer|refers|"
                        r"referred)\b|^(?:take|takes|took|bring|brings|brought)\b[^.;]{0,60}?"
                        r"\bto\s+(?:the|my|our)\s+(?:[\w-]+\s+)?(?:manager|supervisor|office|"
                        r"boss|owner|head|leader|lead)\b", re.IGNORECASE)


def quality_term(req: Requirement, line: str) -> str | None:
    """The ad's term for quality checks a line shows made on every piece before it goes out
    (see the module doc), or None."""
    return act_term(req, line, _CHECKING, _AD_CHECKS, [_EVERY_PIECE, _BEFORE_IT_GOES])


def complaint_term(req: Requirement, line: str) -> str | None:
    """The ad's term for complaints a line shows the person dealing with (see the module
    doc), or None."""
    # (`_PASSED_ON` is anchored at the line's head: searched, it still only matches there)
    dealt = act_term(req, line, _DEALING, _AD_COMPLAINTS, [_UNHAPPY], unless=[_PASSED_ON])
    if dealt is None and _AD_INVESTIGATES.search(req.text):
        # complaints the ad asks investigated: what went wrong found by the person
        return act_term(req, line, _INVESTIGATING, _AD_COMPLAINTS, [_UNHAPPY, _WHAT_WENT_WRONG],
                        unless=[_PASSED_ON])
    return dealt
