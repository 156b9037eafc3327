"""Ordering the materials, said in other words.

An ad's duty to order or buy what the work uses ("Order bulk materials in good time", "Take
care of materials ordering for your jobs", "Handle the purchasing of glass, stone and
adhesives", "Select suppliers and purchase raw materials") is shown by a CV line in which the
person orders it from whoever sells it: "Ring the builders' merchant in Wirges for pipes and
rings and call off the gravel and sand lorries for the next morning", "Keep the colour drawers
full and phone the glassworks in Murano when a shade runs low", "Choose and order dried plants
from growers in the Majella". No similarity of sentences finds these: the line names the
supplier and the things, the ad the buying.

Read narrowly:

- the ad's duty is ordering or buying (its verb, the purchasing, procurement or ordering of
  something made the person's, its material orders, or purchase or material orders placed with
  suppliers or the yard),
  never an order of customers or of work ("customer orders", "work orders", "the order book");
- the line is the person's own ordering (it opens on order, reorder, choose and order, or on
  ringing, phoning or calling a supplier: a merchant, a wholesaler, a plant, a works, a farm, the
  yard the materials come from; after
  writing up or keeping full what is needed, "Write up the pipe ... each job needs and ring our
  supplier ...", or going through it: "Go through each job's parts list with the storeman and
  ring the wholesaler ...");
- where the ad names what is bought by a class ("materials", "raw materials", "supplies",
  "consumables"), whatever the line orders shows it (or the price it agrees with the sellers, or
  which lots it agrees to take); where it names the things ("glass, stone and
  adhesives", "leather, trees and fittings", "ready-mixed concrete"), the line names one of them
  ("the glassworks", "the fittings supplier", "the mixer trucks").

The term written is the ad's own: its name for the buying ("purchasing", "procurement",
"materials ordering"), else what it asks bought ("bulk materials") (`purchase_term`).
"""

from __future__ import annotations

import re

from cvtailor.models import Requirement
from cvtailor.text.duties.acts import AD_LEAD, RINGING, ad_term, own_act

# The buying's names: "purchasing", "procurement", "ordering", or the orders of what is used
# ("material orders").
_BUYING = (r"(?:ordering|purchasing|procurement|buying|(?:material|materials|parts|supply|"
           r"supplies)\s+orders)")
# The ad's duty of buying: its verb, or the buying of something made the person's.
_AD_BUYING = re.compile(
    rf"(?:^{AD_LEAD}|\band\s+)(?:(?:order|purchase|buy|procure)\s+(?P<what>[^.;]+)|"
    r"(?:handle|handling|take\s+care\s+of|take\s+charge\s+of|look\s+after|manage|managing|"
    r"be\s+in\s+charge\s+of|run|running|do|carry\s+out)\s+(?:the\s+|our\s+|all\s+)?"
    rf"(?:[\w-]+\s+)?{_BUYING}\b(?:\s+of\s+(?P<of>[^.;]+))?|"
    # orders placed with those who sell: "Place purchase orders with suppliers for the shop"
    r"(?P<placed>(?:place|placing|raise|raising|issue|issuing|send|sending)\s+(?:the\s+)?"
    r"(?:purchase\s+|materials?\s+)?orders)\s+(?:with|to)\s+(?:the\s+|our\s+|local\s+)?"
    # "Place material orders with our yard and suppliers in good time"
    r"(?:(?:yard|builders['’]?\s+merchants?)\s+and\s+)?(?:suppliers?|"
    r"vendors?|wholesalers?|merchants?)\b(?:\s+for\s+(?P<for>[^.;]+))?)",
    re.IGNORECASE)
# Orders that are no buying: of customers, of work, of the book.
_NOT_BUYING = re.compile(r"\b(?:customer|custom|work|production|change|purchase|repair|job|"
                         r"overseas|sales)\s+orders?\b|\border\s+book\b|\bin\s+order\b",
                         re.IGNORECASE)
# The ad's name for the buying: "purchasing", "procurement", "materials ordering".
_BUYING_NAME = re.compile(rf"^(?:[\w-]+\s+)?{_BUYING}$", re.IGNORECASE)
# What any buying is of, by a class: shown by whatever the line orders.
_CLASSES = frozenset((
    "material materials raw bulk supplies consumables stock goods items things products "
    "the our your all needed required time good in for from with and each every job jobs "
    "day site sites our suppliers supplier team crew staff people workshop shop office "
    "department kitchen plant"
).split())

# A seller, as a line names one.
_SELLER = (r"(?:[\w'’-]+\s+){0,3}?(?:merchants?|suppliers?|wholesalers?|glassworks|plant|works|"
           r"mill|sawmill|quarry|tannery|farm|factory|importers?|distributors?|dealers?|"
           r"growers?|makers?|catalogues?|catalogs?|stud|studs|foundry|brewery|cooperative|"
           r"co-?op|yard)\b")
_ORDERING = own_act(
    # "Choose and order dried plants ...", "Choose the butts ... and reorder buckles ..."
    r"(?:choose|chooses|chose|pick|picks|picked|select|selects|selected)\b[^.;]{0,80}?\band\s+"
    r"(?:re-?)?(?:order|orders|ordered|buy|buys|bought)|(?:re-?)?order|(?:re-?)?orders|"
    r"(?:re-?)?ordered|"
    rf"(?:{RINGING}|e-?mail|e-?mails|e-?mailed)\s+"
    rf"(?:the|our|a|an)\s+{_SELLER}|"
    # after writing up or keeping full what is needed: "Write up the pipe, fittings and heads
    # each job needs and ring our supplier", "Keep the colour drawers full and phone ..."
    # ... or going through what a job needs: "Go through each job's parts list with the
    # storeman and ring the wholesaler for the fittings ... we are short of"
    r"(?:write|writes|wrote|keep|keeps|kept|(?:go|goes|went)\s+through)\s+"
    rf"[^.;]{{1,80}}?\band\s+(?:(?:{RINGING})\s+(?:the|our|a|an)\s+{_SELLER}|(?:re-?)?order)")
# ... things got from the seller, or the order placed: "for pipes", "to book the mixer
# trucks", "when a shade runs low", "from growers".
_GOT = re.compile(r"\b(?:for|from|to\s+book|to\s+order|when|before)\b|\bcall\s+off\b",
                  re.IGNORECASE)


# ... or the bargain struck with those who sell: "Meet the boats at the harbour at dawn, look the
# catch over and agree the price with the skippers", "Walk the beech stands with the district
# forester in winter and agree which piles along the forest road we will take".
_BARGAINING = own_act(
    r"[a-z]+\b(?=[^.;]{0,80}?\band\s+(?:agree|agrees|agreed)\s+(?:the\s+prices?\s+with\b|"
    r"which\s+[^.;]{1,50}?\bwe\s+(?:will\s+)?(?:take|buy)\b))")


def _named(what: str) -> list[str]:
    """The words of what the ad asks bought that name a thing, not a class of things (nor
    whose it is: "the team's")."""
    what = re.sub(r"[\w-]+['’]s\b", " ", what.lower())
    return [w for w in re.findall(r"[a-z][\w-]+", what)
            if w not in _CLASSES and len(w) > 2]


def _shows(word: str, line: str) -> bool:
    """The line names `word`, or a word of its family ("glassworks" for "glass", "mixer" for
    "ready-mixed": a compound by its last part)."""
    stem = word.split("-")[-1]
    for ending in ("ings", "ing", "ed", "er", "es", "s"):
        if stem.endswith(ending) and len(stem) - len(ending) >= 3:
            stem = stem[: -len(ending)]
            break
    return re.search(rf"\b{re.escape(stem)}", line, re.IGNORECASE) is not None


def purchase_term(req: Requirement, line: str) -> str | None:
    """The ad's term for the buying a line shows the person doing (see the module doc), or
    None."""
    text = line.strip()
    if not ((_ORDERING.match(text) and _GOT.search(text)) or _BARGAINING.match(text)):
        return None
    m = _AD_BUYING.search(req.text.strip())
    if m is None:
        return None
    what = m.group("what") or m.group("of") or m.group("for") or ""
    # (the purchase orders placed with suppliers are the buying itself)
    if _NOT_BUYING.search(req.text) and not m.group("placed"):
        return None
    # (up to what the buying is for: "order bulk materials in good time so that ...")
    what = re.split(r"\s+(?:in\s+good\s+time|so\s+that|for\s+each|for\s+your|for\s+the|"
                    r"from\s+(?:our|the)|when|within|before|with)\b", what, maxsplit=1)[0]
    named = _named(what)
    if named and not any(_shows(w, text) for w in named):
        return None
    name = ad_term(req, _BUYING_NAME)
    if name is not None:
        return name
    if m.group("placed"):
        # the orders as the ad names them ("purchase orders"), or with their verb
        placed = m.group("placed").lower()
        return next((k for k in req.keywords if k.lower() in placed
                     and re.search(r"\borders\b", k, re.IGNORECASE)), None)
    # what it asks bought, as the ad wrote it ("bulk materials") or with its verb ("purchase
    # raw materials")
    bought = what.strip().lower()
    return next((k for k in req.keywords if k.lower() in bought
                 or (bought and bought in k.lower())), None)
