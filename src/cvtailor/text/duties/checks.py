"""Quality checks and complaints handled, said in other words.

- A quality check ("Carry out quality checks on every piece before it leaves the workshop")
  is shown by a line in which the person checks every piece or batch before it goes out, and
  holds back what fails: "Look over every saddle before it goes out ... and unpick anything
  that is not right", "Light one piece from every batch on the test ground and hold back any
  lot that fizzles". A check by the senses ("Play every new set in before it is boxed") or
  against a pattern ("Hold the first and every twentieth baluster against the drawing ...
  and stop the run when one is out", "Read every sheet against our checklist before it goes
  to the printer"), by eye ("Spin every finished wheel ... and sight along it for wobble ...
  before it leaves the yard") or on a round of each piece ("Go round each vehicle with the
  checklist before it moves on and mark every loose trim or gap with tape for rework") is such
  a check too, and so is a piece held up to the light ("Hold every finished piece up to the
  window and send back any with a gap"), one broken and listened to ("Break a few pieces from
  every clamp and listen for the clear ring; brown, half-burnt wood goes back into the next
  burn"), every joint of a new wall gone round and recut where light shows through, and a
  piece opened and tasted ("Break and taste a bar from every batch
  and send back anything too soft"), or a finished job gone round with the customer and
  what is still owed noted ("Walk round every finished kitchen with the customer ... and note
  anything we still owe them"), a sample of every batch gone through before it is packed ("Go
  through a sample from every batch with the calipers ... before the boxes are closed"), every
  fitted piece worked before the crew leaves ("Open and close every sash ... before we pack
  up"), and the ad's sensory checks by a piece tasted; and so are samples the person
  pulls through the run ("Pull bottles off the filler at the start of each run and every hour
  after"). Not a check of one's own tools, nor a check someone else makes. An ad's health
  checks of its animals are shown by every flock or herd gone round and the sick ones taken to
  the sick pen, or the vet called.
- A complaint handled ("Handle guest complaints calmly") is shown by a line in which the
  person deals with someone unhappy: "Go to the table when a guest is unhappy with a dish,
  apologise, and offer a dessert", "Call back patients who are unhappy about their waiting
  time", "Sort out problems raised by parents at the front desk", "Call back anyone who
  questions a result", "Listen to people who say their water bill is too high", "Ring back
  customers who say a tea tasted wrong ... and give their money back", "Talk to parents after
  the lesson when a child has had a bad day". Not passing
  a complaint on to someone else. Complaints an ad asks investigated are also shown by what
  went wrong found: "When a grower rings about a load that is too wet, pull the retained
  sample and the mixing log and find out what went wrong".

Each is read only as the person's own act (the line opens on its verb), and gives the ad's own
term (`quality_term`, `complaint_term`).
"""

from __future__ import annotations

import re

from cvtailor.models import Requirement
from cvtailor.text.duties.acts import AD_LEAD, RINGING, act_term, ad_term, own_act

# (not "quality audits": an audit reviews others' work, which checking each piece is not)
_AD_CHECKS = re.compile(r"\b(?:quality|final|visual|sensory)\s+(?:checks?|inspections?|control|"
                        r"assurance(?:\s+checks?)?)\b|\bfinal\s+(?:inspections?|checks?)\b|"
                        # "the handover inspection of every structure before guests arrive"
                        r"\b(?:handover|pre-?handover)\s+(?:inspections?|checks?)\b",
                        re.IGNORECASE)
_CHECKING = own_act(
    r"(?:look|looks|looked|go|goes|went)\s+(?:over|again\s+at|back\s+over|round|around|"
    r"through)|"
    # tried by working it: "Open and close every sash ... before we pack up"
    r"(?:open|opens|opened)\s+and\s+(?:close|closes|closed|shut|shuts)|"
    r"walk|walks|walked|"
    r"check|"
    r"checks|checked|inspect|inspects|inspected|test|tests|tested|light|lights|lit|take|takes|"
    r"took|re-?measure|re-?measures|re-?measured|measure|measures|measured|weigh|weighs|"
    r"weighed|sample|samples|sampled|pull|pulls|pulled|"
    # "Run my hand and a true bar along every base before the skis go back"
    r"(?:run|runs|ran)\s+(?:my|a)\s+(?:hand|eye|finger)|"
    # checked by the senses: "Play every new set in before it is boxed", "Taste every vat"
    r"taste|tastes|tasted|smell|smells|smelt|smelled|play|plays|played|listen|listens|"
    r"listened|try|tries|tried|"
    # "Break and taste a bar from every batch": opened to be tasted or looked at
    r"(?:break|breaks|broke|cut|cuts|split|splits)\s+(?:open\s+)?and\s+(?:taste|tastes|check|"
    r"checks|smell|smells|look\s+at|looks\s+at)|"
    # by eye: "Spin every finished wheel on the stand and sight along it for wobble"
    r"spin|spins|spun|sight|sights|sighted|"
    # against a pattern: "Hold the first and every twentieth baluster against the drawing",
    # "Read every sheet against our checklist before it goes to the printer"
    r"(?:hold|holds|held|read|reads)\b(?=[^.;]{1,80}?\bagainst\b)|"
    # against the light: "Hold every finished piece up to the window and send back any ..."
    r"(?:hold|holds|held)\b(?=[^.;]{1,60}?\bup\s+to\s+the\s+(?:window|light|lamp)\b)|"
    # by ear: "Break a few pieces from every clamp and listen for the clear ring"
    r"(?:break|breaks|broke)\b(?=[^.;]{1,60}?\band\s+(?:listen|look|smell|taste)\b)")
_EVERY_PIECE = re.compile(r"\b(?:every|each|one\s+in\s+(?:\w+|\d+)|a\s+handful\s+of|"
                          r"a\s+sample\s+from\s+every|"
                          # a customer's job gone back over once it is done: "Go back over a
                          # customer's windows in daylight after the job"
                          r"after\s+(?:the|each|every)\s+job)\b", re.IGNORECASE)
_BEFORE_IT_GOES = re.compile(
    r"\bbefore\s+(?:it|they|each|the\s+[\w-]+|anything)\s+(?:\w+\s+)?(?:leaves?|goes|go|is|are|"
    r"comes?|gets?|signed|moves?\s+on|ships?)\b|"
    # put to use: "before the guests arrive", "before we invoice"
    r"\bbefore\s+the\s+(?:guests|public|visitors|customers|riders|players)\s+(?:arrive|come|"
    r"get)\b|\bbefore\s+we\s+(?:invoice|bill|hand\s+(?:it|them)\s+over|pack\s+up|leave)\b|"
    r"\b(?:hold|holds|held|send|sends|sent|set|sets|put|puts)\s+"
    # "set the seconds aside", "put any that fail back"
    r"(?:(?:the|any|those|them|it|that)\s+(?:[\w-]+\s+){0,2}?)?(?:back|aside)\b|"
    r"\b(?:redo|redone|unpick|reject|rejects|rejected|(?:for|to)\s+rework|recut|recuts|remake|"
    r"remakes)\b|"
    # "brown, half-burnt wood goes back into the next burn"
    r"\b(?:goes|go)\s+back\s+(?:into|in)\s+the\s+next\b|"
    # what is still owed noted on the round with the customer: "note anything we still owe
    # them"
    r"\b(?:note|notes|noted|write\s+down|writes\s+down|list|lists|listed)\s+(?:down\s+)?"
    r"(?:anything|everything|whatever)\s+(?:that\s+)?(?:we|is|are)\s+(?:still\s+)?(?:owe|"
    r"left|missing|wrong|not\s+right|to\s+(?:do|fix|finish))\b|"
    # the run stopped when a piece fails: "stop the run when one is out"
    r"\b(?:stop|stops|stopped)\s+(?:the\s+)?(?:run|line|press|machine|batch|series)\b",
    re.IGNORECASE)

# Checks made on a round through the run, on samples the person takes: "Pull bottles off the
# filler at the start of each run and every hour after, to taste them and check the fill
# height" (not "Check the oil every hour": a machine's care, no sample of what is made).
_SAMPLING = own_act(r"pull|pulls|pulled|take|takes|took|sample|samples|sampled")
_THROUGH_THE_RUN = re.compile(
    r"\bat\s+the\s+start\s+of\s+(?:each|every)\s+(?:run|batch|lot|shift|series)\b[^.;]{0,40}?"
    r"\b(?:every|each)\s+(?:hour|half[\s-]hour|\d+\s+minutes|\w+(?:th|st|nd|rd))\b|"
    r"\b(?:every|each)\s+(?:hour|half[\s-]hour|\d+\s+minutes)\b[^.;]{0,40}?\b(?:off|from)\s+"
    r"(?:the|each|every)\s+(?:[\w-]+\s+)?(?:line|filler|press|belt|conveyor|machine|kiln|oven)s?\b|"
    # "Pull boxes off the end of the line every hour"
    r"\b(?:off|from)\s+(?:the\s+end\s+of\s+)?(?:the|each|every)\s+(?:[\w-]+\s+)?(?:line|filler|"
    r"press|belt|conveyor|machine|kiln|oven)s?\b[^.;]{0,40}?\b(?:every|each)\s+(?:hour|"
    r"half[\s-]hour|\d+\s+minutes)\b",
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
    # "when a child has had a bad day"
    r"\b(?:had|has\s+had|have\s+had)\s+a\s+(?:bad|rough|poor)\s+(?:day|time|experience|lesson|"
    r"stay|night|trip)\b|"
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
    # "parents whose child was turned away or whose ride broke down": what went wrong for them
    r"\bwhose\s+(?:[\w-]+\s+){1,3}?(?:(?:was|were|got|had\s+been)\s+(?:turned\s+away|"
    r"cancell?ed|refused|delayed|lost|damaged|broken|double-booked)|broke\s+down|went\s+"
    r"missing)\b|"
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


# Animals' health checked: "Carry out daily health checks on every flock" shown by "Walk every
# flock at first light and again at dusk, and take any bird that limps, pants or stands apart
# to the sick pen" (every flock or herd gone round, the sick ones taken out or the vet called).
_AD_HEALTH = re.compile(r"\b(?:(?:daily\s+)?health|welfare)\s+checks?\b", re.IGNORECASE)
_ROUND_OF_STOCK = own_act(r"(?:walk|walks|walked|check|checks|checked|(?:go|goes|went)\s+round|"
                          r"look\s+over|looks\s+over|looked\s+over)\s+(?:every|each|all\s+the)\s+"
                          r"(?:[\w-]+\s+)?(?:flocks?|herds?|pens?|sheds?|houses?|paddocks?|"
                          r"fields?|stalls?)\b")
_SICK_TAKEN_OUT = re.compile(
    r"\b(?:take|takes|took|move|moves|moved|pull|pulls|pulled|put|puts)\s+(?:out\s+)?any\s+"
    r"(?:bird|animal|cow|calf|sheep|ewe|lamb|pig|goat|horse|hen|goose|duck)s?\s+(?:that|which|"
    r"who)\b[^.;]{1,60}?\b(?:sick|hospital|isolation)\s+(?:pens?|bays?|boxes?)\b|"
    r"\b(?:call|calls|called|ring|rings|rang)\s+the\s+vet\b", re.IGNORECASE)


def quality_term(req: Requirement, line: str) -> str | None:
    """The ad's term for quality checks a line shows made on every piece before it goes out,
    or for the animals' health checks it shows made on every flock or herd (see the module
    doc), or None."""
    return act_term(req, line, _CHECKING, _AD_CHECKS, [_EVERY_PIECE, _BEFORE_IT_GOES]) \
        or act_term(req, line, _SAMPLING, _AD_CHECKS, [_THROUGH_THE_RUN]) \
        or act_term(req, line, _ROUND_OF_STOCK, _AD_HEALTH, [_SICK_TAKEN_OUT])


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


# Reports of others reviewed: "Review and sign off inspection reports before they go to the
# client" shown by "Read through the younger technicians' UT and MT sheets before they are sent
# out and hand them back when a sketch is missing".
_AD_REVIEWS = re.compile(
    r"^(?:(?:you(?:['’]ll|\s+will)|will|also)\s+)*(?:review|reviewing|check|checking|sign\s+off|"
    r"signing\s+off|approve|approving|proof-?read|proof-?reading|"
    r"carry\s+out\s+(?:a\s+|the\s+)?(?:quality\s+|peer\s+)?reviews?\s+of)\b", re.IGNORECASE)
# (or the review's own name: "Carry out a quality review of every certificate")
_AD_REVIEW_NAME = re.compile(r"^\s*(?:quality|peer)\s+reviews?\s*$", re.IGNORECASE)
# (a keyword that is the papers' name whole: "inspection reports")
_AD_PAPERS = re.compile(r"^\s*(?:[\w-]+\s+)?(?:reports?|sheets?|records?|worksheets?|"
                        r"certificates?|forms?)\s*$", re.IGNORECASE)
_READING = own_act(r"(?:read|reads)\s+(?:through|over|back\s+over)|(?:go|goes|went)\s+"
                   r"(?:through|over)|(?:look|looks|looked)\s+(?:through|over)|check|checks|"
                   r"checked|review|reviews|reviewed")
# ... written by others: "the younger technicians' UT and MT sheets", "the other inspectors'
# sheets".
_WORKERS = (r"technicians|inspectors|fitters|operators|colleagues|nurses|surveyors|testers|"
            r"analysts|assessors|auditors|engineers|drivers|staff")
_OTHERS_PAPERS = re.compile(
    r"\b(?:the\s+)?(?:other|younger|junior|new|trainee|[\w-]+)\s+(?:[\w-]+\s+)?"
    rf"(?:{_WORKERS}|team['’]s)['’]\s+(?:[\w-]+\s+){{0,3}}?"
    r"(?:sheets?|reports?|records?|forms?|worksheets?|certificates?|notes|logs?)\b|"
    # "the calculations of the two younger engineers"
    r"\b(?:sheets|reports|records|forms|worksheets|certificates|notes|logs|calculations|"
    r"drawings|files)\s+of\s+the\s+(?:\w+\s+)?(?:other|younger|junior|new|newer|trainee)\s+"
    rf"(?:{_WORKERS})\b",
    re.IGNORECASE)
_SENT_BACK = re.compile(r"\b(?:hand|hands|handed|send|sends|sent|give|gives|gave)\s+"
                        r"(?:them\s+|it\s+|any\s+|those\s+)?(?:[\w-]+\s+){0,3}?back\b|"
                        r"\bbefore\s+(?:they|it)\s+(?:are|is|go|goes)\b|\bsign\s+(?:them|it)\b",
                        re.IGNORECASE)


def review_term(req: Requirement, line: str) -> str | None:
    """The ad's term for the reports a line shows the person reviewing: others' sheets or
    reports read through before they go out, and sent back where wrong ("Go through the
    calculations of the two younger engineers line by line and send them back with my notes"
    for "Carry out a quality review of every certificate"); or None. Checking one's own sheet
    is no review."""
    text = line.strip()
    if not (_AD_REVIEWS.match(req.text.strip()) and _READING.match(text)
            and _OTHERS_PAPERS.search(text) and _SENT_BACK.search(text)):
        return None
    return ad_term(req, _AD_PAPERS) or ad_term(req, _AD_REVIEW_NAME)


# Enquiries answered: "Handle client queries from investment managers" shown by "Answer the
# investment managers' questions on their NAVs, fees and cash by email and on a weekly call";
# "deal with customer enquiries by phone" by "Answer pipers who ring or email about reeds".
_AD_ENQUIRIES = re.compile(r"^\s*(?:[\w-]+\s+)?(?:enquiries|inquiries|queries)\s*$",
                           re.IGNORECASE)
_ANSWERING = own_act(r"answer|answers|answered|handle|handles|handled|(?:deal|deals|dealt)\s+"
                     r"with|(?:reply|replies|replied)\s+to|field|fields|fielded|take|takes|took")
# ... what is answered: questions, or people who ring, write or ask about something.
_ASKED = re.compile(
    r"\b(?:questions?|queries|enquiries|inquiries)\b|"
    rf"\bwho\s+(?:{RINGING}|e-?mail|e-?mails|"
    r"e-?mailed|write|writes|wrote|ask|asks|asked|come\s+in|comes\s+in|drop\s+in)\b"
    r"[^.;]{0,40}?\babout\b", re.IGNORECASE)


def enquiry_term(req: Requirement, line: str) -> str | None:
    """The ad's term for the enquiries a line shows the person answering: questions, or
    people who ring or write about something, answered or dealt with (see `_ASKED`); or None.
    Answering the phone alone answers no one's question."""
    return act_term(req, line, _ANSWERING, _AD_ENQUIRIES, [_ASKED])


# Orders taken from customers: "Take customer orders by phone and email" shown by "Answer the
# phone when a bride or a firm rings about hearts and write down the size, the names and the
# date they need them by" (the call taken and what is wanted written down; not the person's own
# orders to a supplier, text/duties/purchasing).
_AD_ORDERS_TAKEN = re.compile(
    rf"^{AD_LEAD}(?:take|taking|handle|handling|process|processing|deal\s+with|dealing\s+with)\s+"
    r"(?:the\s+|all\s+)?(?:customer\s+|customers['’]\s+|phone\s+|incoming\s+)?orders\b",
    re.IGNORECASE)
_AD_ORDER_NAME = re.compile(r"\borders\b", re.IGNORECASE)
_TAKING_CALLS = own_act(r"(?:answer|answers|answered|take|takes|took|pick|picks|picked\s+up)\s+"
                        r"(?:the\s+)?(?:phone|calls|e-?mails)")
_WHAT_IS_WANTED = re.compile(
    r"\b(?:write|writes|wrote|note|notes|noted|take|takes|took|jot|jots|jotted)\s+down\s+"
    r"(?:what\s+they\s+(?:want|need)|the\s+(?:size|sizes|quantity|quantities|names?|date|dates|"
    r"order|details|flavours?|colours?))\b", re.IGNORECASE)


def order_taking_term(req: Requirement, line: str) -> str | None:
    """The ad's term for customers' orders a line shows the person taking: the call or the mail
    answered and what is wanted written down (see `_WHAT_IS_WANTED`); or None."""
    return act_term(req, line, _TAKING_CALLS, _AD_ORDER_NAME, [_WHAT_IS_WANTED],
                    asked=_AD_ORDERS_TAKEN)


# Returns handled: "Handle customer returns from our brands" shown by "Open the parcels of frames
# the brands send back, find out what went wrong and repair or remake them" (what buyers send
# back looked into and put right; not the person's own goods sent back to a supplier).
_AD_RETURNS = re.compile(
    rf"^{AD_LEAD}(?:handle|handling|process|processing|deal\s+with|dealing\s+with|manage|"
    r"managing|look\s+after|take\s+care\s+of)\s+(?:the\s+|all\s+)?(?:customer\s+|customers['’]\s+)?"
    r"returns\b", re.IGNORECASE)
_AD_RETURN_NAME = re.compile(r"\breturns\b", re.IGNORECASE)
_OPENING_RETURNS = own_act(r"open|opens|opened|check|checks|checked|look\s+at|looks\s+at|"
                           r"looked\s+at|go\s+through|goes\s+through|went\s+through|unpack|"
                           r"unpacks|unpacked|sort|sorts|sorted|deal\s+with|deals\s+with|"
                           r"dealt\s+with|inspect|inspects|inspected|take\s+in|takes\s+in|"
                           r"took\s+in")
_SENT_BACK_BY_THEM = re.compile(
    r"\b(?:the\s+|our\s+)?(?:brands?|customers?|clients?|shops?|buyers?|stores?|retailers?|"
    r"dealers?|people)\s+(?:send|sends|sent|bring|brings|brought|return|returns|returned)\s+"
    r"(?:back|in|to\s+us)\b", re.IGNORECASE)
_PUT_RIGHT = re.compile(r"\b(?:find|finds|found|work|works|worked)\s+out\s+(?:what|why|which)\b|"
                        r"\b(?:repair|repairs|repaired|remake|remakes|remade|replace|replaces|"
                        r"replaced|refund|refunds|refunded|mend|mends|mended)\b", re.IGNORECASE)


def returns_term(req: Requirement, line: str) -> str | None:
    """The ad's term for the returns a line shows the person handling: what buyers send back
    opened or looked at, and what went wrong found or put right; or None."""
    return act_term(req, line, _OPENING_RETURNS, _AD_RETURN_NAME, [_SENT_BACK_BY_THEM, _PUT_RIGHT],
                    asked=_AD_RETURNS)
