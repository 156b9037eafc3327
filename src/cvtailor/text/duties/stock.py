"""Stock counted and reordered, said in other words.

An ad's duty to keep the workplace's stock ("Manage the stock of raw materials and place
orders with our suppliers", "Keep track of the team's stock of teak and consumables", "Manage
the stock of disposables with our purchasing department") is shown by a CV line in which the
person counts what is in store, or keeps it stocked, and gets what runs short ordered: "Count
the enamel jars, copper sheets and silver wire at the end of each month and tell the owner
what to reorder", "Count the oxygenators, tubing packs and cannulas on Fridays and order what
is missing through purchasing", "Keep the freezers of sardines, squid and krill and the sea
salt stocked, and ring the wholesaler before we run short".

Read narrowly, because a near miss is close by (counting alone, another store, a system):
- the ad asks to keep the stock (manage, own, order, keep track of, keep an eye on, control,
  monitor, look after it, be in charge of or responsible for it), not to make gun stocks; an
  ad that names a system or software for it ("stock management in SAP") is left to be asked;
- the line opens on the person's own act and does both: it counts, checks or keeps stocked
  (or checks what is left or the levels, keeps it topped up, keeps a tally, a list or a
  notebook of it, or keeps spares of it: "Keep a spare lamp, fuses and lens tissue in the
  booth cupboard and reorder them from the supplier before we run low"), and it orders or
  reorders (or tells whoever orders what to order or buy, or what is running low, fills in
  the reorder sheet or a shopping list, orders each week) before things run out ("when we
  are down to the last few hundred", "when anything will not last until morning"), or rings for
another load when the store is down to its last ("Ring the farmer for another load of hay when
the loft is down to the last 40 bales"); ordering
  for one job, or counting alone, is neither;
- where the ad names what the stock is of ("the stock of spare parts", "stocks of food, salt
  and consumables"), the line names one of those things; a generic name ("raw materials",
  "consumables", "disposables") is shown by whatever the line counts, also when the ad
  lists it among things ("stocks of raw materials and additives"); a store kept and its
  running short told ("Keep the billets ... on the racks and tell the owner when a rack is
  running short") is the stock kept too.

What will run out told to whoever buys, or the van topped up from the store that holds it,
is the ordering too. A stock count (`stocktake_term`) is the whole store counted at set times,
or the goods counted by name at each handover with any difference written down, never the
till's money nor a delivery.

The term written is the ad's own (`stock_term`): the duty's own name where the ad gives one
("stock management"), else its plain name for the stock ("consumables", "spare parts").
"""

from __future__ import annotations

import re

from cvtailor.models import Requirement
from cvtailor.text.duties.acts import A_SYSTEM, AD_LEAD, RINGING, WEEKDAY, act_term, own_act

# The ad's names for what is kept in store.
_STOCK = (r"stocks?(?:\s+levels?)?|consumables|raw\s+materials|disposables|supplies|"
          r"inventor(?:y|ies)|spare\s+parts|spares")
_AD_STOCK = re.compile(rf"\b(?:{_STOCK})\b", re.IGNORECASE)
# Names of a class of stock, not of one thing: "raw materials", "consumables".
_CLASSES = re.compile(r"\b(?:consumables|raw\s+materials|disposables|supplies)\b", re.IGNORECASE)
# The ad's duty to keep the stock: "Manage the stock of ...", "keep track of the team's stock".
_AD_KEEPS = re.compile(
    rf"(?:^|,\s*|\band\s+){AD_LEAD}(?:manage|managing|control|controlling|monitor|monitoring|"
    r"(?:re)?order|(?:re)?ordering|own|owning|"
    r"maintain|maintaining|look\s+after|looking\s+after|keep\s+track\s+of|keeping\s+track\s+of|"
    r"keep\s+an\s+eye\s+on|keeping\s+an\s+eye\s+on|"
    r"check|checking|"
    r"keep|keeping|oversee|overseeing|(?:be\s+)?in\s+charge\s+of|(?:be\s+)?responsible\s+for|"
    r"take\s+(?:care|charge)\s+of|handle|handling)\s+(?:the\s+|our\s+|all\s+)?"
    # (or a list before it: "order wheels, polishing powders and other consumables")
    r"(?:[\w'’-]+,?\s+){0,6}?"
    rf"(?:{_STOCK})\b",
    re.IGNORECASE)
# The line opens on the person's own act of keeping the store: counting, checking, keeping an
# eye on it or ordering.
_KEEPING = own_act(r"count|counts|counted|check|checks|checked|keep|keeps|kept|order|orders|"
                   r"weigh|weighs|weighed|"
                   r"ordered|(?:do|does|did)\s+the\s+stock\s*take|"
                   # "Ring the farmer for another load of hay when the loft is down to the last
                   # 40 bales": what is left watched, and more got before it runs out
                   rf"(?:{RINGING})\b"
                   r"(?=[^.;]{0,80}?\bfor\s+another\s+(?:load|delivery|batch|pallet)\b)")
# ... counts what is in store, or keeps it stocked ...
# What is running low, said: "what runs low", "what is running low".
_RUNNING_LOW = r"what\s+(?:runs?\s+low|(?:is|are)\s+running\s+(?:low|short|out))"
_COUNTS = re.compile(
    # (or a store kept and its running low told: "Keep the billets of blackwood drying on the
    # racks ... and tell the owner when a rack is running short")
    r"^(?:(?:I|also|then)\s+)?(?:keep|keeps|kept)\b(?=[^.;]*\b(?:tell|tells|told|let|lets)\b"
    r"[^.;]*\bwhen\s+[^.;]{1,30}?\b(?:is|are)\s+running\s+(?:short|low|out)\b)|"
    r"\b(?:count|counts|counted|stocked|stock\s*takes?|keep\s+an\s+eye\s+on|topped\s+up|"
    # "Keep a tally of the bundles in the drying barn", "Keep a spare lamp, fuses and lens
    # tissue in the booth cupboard": what is in store kept count of, or spares kept in it
    r"(?:keep|keeps|kept)\s+(?:a\s+)?(?:tally|count|note|notebook|list)\s+of|"
    r"(?:keep|keeps|kept)\s+(?:a\s+)?(?:spare|spares)\b|"
    # "Check the levels in the grain and soya meal silos"
    r"(?:check|checks|checked)\s+the\s+levels?\b|"
    # "Weigh the silver grain and the wire left in the safe every Friday", "Check the silo and
    # the straw stack every Friday": what is left weighed, the store looked at
    r"(?:weigh|weighs|weighed)\s+[^.;]{1,60}?\bleft\b|"
    r"(?:check|checks|checked)\s+the\s+(?:[\w-]+\s+)?(?:silos?|stacks?|bins?|tanks?)\b|"
    r"(?:check|checks|checked)\s+(?:the\s+)?(?:stock|store|stores|shelves|shelf))\b|"
    # "Check on Fridays what film and couplant are left", "a book of what is left of each log"
    r"\bwhat\s+(?:[\w,'’-]+\s+){0,8}?(?:is|are)\s+left\b|\b(?:[\w-]+\s+)?left\s+of\s+each\b|"
    # "when the loft is down to the last 40 bales"
    r"\b(?:is|are|gets?)\s+down\s+to\s+(?:the\s+|its\s+|our\s+)?last\b|"
    # "Check culture media, oil and dishes every Monday ... and order ... before we run short",
    # "Check the rubber rolls ... in the store each Saturday and tell the maintenance chief
    # what is running low": what is checked is the stock when what runs short is ordered
    r"^(?:(?:I|also|then)\s+)?(?:check|checks|checked)\b(?=[^.;]*\b(?:(?:order|orders|ordered|"
    r"reorder|reorders|reordered)\b[^.;]*\bbefore\s+(?:we|it|they)\s+runs?\s+(?:short|out|low)|"
    rf"{_RUNNING_LOW}))",
    re.IGNORECASE)
# ... and gets what runs short ordered.
_ORDERS = re.compile(
    r"\b(?:(?:re-?)?order(?:s|ed)?\s+(?:what|whatever|anything)|"
    # "reorder the best sellers from local makers": what runs short, bought again
    r"re-?order(?:s|ed)?\b|"
    # "ring the importer when we are down to the last few hundred", "ring the buyer when
    # anything will not last until morning"
    r"(?:before|when|whenever)\s+(?:we|it|they|the\s+[\w-]+)\s+(?:are|is|get|gets)\s+(?:down\s+to|"
    r"under|below)\b|"
    r"(?:before|when|whenever)\s+[^.;]{1,30}?\b(?:will\s+not|won['’]t)\s+last\b|"
    r"what\s+(?:to\s+(?:re-?)?order|to\s+buy|(?:we|they)\s+(?:will\s+)?need|is\s+missing)|"
    # "tell the storeman what we will run short of next week", "tell the buyer what will run
    # out next week"
    r"what\s+(?:we|they)\s+(?:will\s+|are\s+going\s+to\s+)?(?:run|be)\s+(?:short|out|low)\s+of\b|"
    r"what\s+(?:will|is\s+going\s+to|might)\s+run\s+(?:short|out|low)\b|"
    # "top them up from the workshop store": restocked from the store that holds it
    r"\b(?:top|tops|topped)\s+(?:them|it|the\s+[\w-]+|[\w-]+)\s+up\s+from\s+(?:the|our)\s+"
    r"(?:[\w-]+\s+)?(?:store|stores|stockroom|warehouse|depot)\b|"
    rf"{_RUNNING_LOW}|"
    r"(?:before|when|whenever)\s+(?:we|it|they|anything|something|an?\s+[\w-]+|"
    r"the\s+[\w-]+)\s+(?:runs?|(?:is|are)\s+running)\s+"
    r"(?:short|out|low)|put\s+(?:the|an|our)\s+order\s+in|re-?order\s+(?:sheet|list|form|book)|"
    # "give the spa manager a shopping list on Thursdays": what to buy listed for the buyer
    r"(?:shopping|buying|order)\s+lists?\b|"
    r"(?:place|places|placed)\s+[^.;]{0,60}?\borders?\b|"
    # "topped up, and order from the parts store each Monday": ordered on a round
    r"\b(?:re-?)?order(?:s|ed)?\b[^.;]{0,60}?\b(?:each|every)\s+(?:week|month|fortnight|"
    rf"{WEEKDAY})\b|"
    r"^(?:(?:I|also|then)\s+)?(?:order|orders|ordered)\s+[^.;]{1,120}?\band\s+"
    r"(?:check|checks|checked|count|counts|counted)\b)",
    re.IGNORECASE)
# What the ad's stock is of: "stock of spare parts", "stocks of food, salt and consumables".
_OF_WHAT = re.compile(
    rf"\b(?:{_STOCK})\s+of\s+([^.;]+?)(?=\s+(?:and|with|for|from|in|at|on)\s+(?:place|order|"
    r"our|the|your|its|their|a)\b|[.;]|$)",
    re.IGNORECASE)
# Names of what any stock is of: shown by whatever the line counts.
_GENERIC = frozenset((
    "stock stocks consumables raw materials material disposables supplies inventory items "
    "goods the our team's teams all daily and workshop's store shop lab").split())


def _named(of_what: str) -> list[str]:
    """The words of what the ad's stock is of that name a thing, not a class of things."""
    return [w for w in re.findall(r"[\w'’-]+", of_what.lower())
            if w not in _GENERIC and len(w) > 2]


def _shows(word: str, line: str) -> bool:
    """The line names `word` (its plural or singular)."""
    stem = re.escape(word.removesuffix("s"))
    return re.search(rf"\b{stem}s?\b", line, re.IGNORECASE) is not None


def stock_term(req: Requirement, line: str) -> str | None:
    """The ad's term for the stock a line shows counted and reordered by the person (see the
    module doc), or None."""
    text = line.strip()
    if not (_AD_KEEPS.search(req.text) and _KEEPING.match(text) and _COUNTS.search(text)
            and _ORDERS.search(text)) \
            or A_SYSTEM.search(req.text):
        return None
    of_what = _OF_WHAT.search(req.text)
    # what the ad's stock is of, unless it names a class among it ("stocks of raw materials
    # and additives": whatever the line counts shows the raw materials)
    named = _named(of_what.group(1)) if of_what and not _CLASSES.search(of_what.group(1)) \
        else []
    if named and not any(_shows(w, text) for w in named):
        return None
    # the ad's plain name first ("consumables"), then its stock of what ("stock of raw
    # materials"), before a longer phrase that names it ("warehouse stock")
    terms = [k for k in req.keywords if _AD_STOCK.search(k) and k.lower() in req.text.lower()]
    terms.sort(key=lambda k: 0 if _AD_STOCK.fullmatch(k) else 1 if _AD_STOCK.match(k) else 2)
    # ... but the duty's own name first, where a keyword holds the stock the ad asks kept and
    # names no stock of what ("stock management" of "Take care of stock management of culture
    # media and disposables"; not "stocks of food" of "Manage stocks of food and consumables")
    kept = _AD_KEEPS.search(req.text)
    held = [k for k in terms if kept is not None and " of " not in k
            and _holds(req.text.lower(), k.lower(), kept.end())]
    return (held or terms)[0] if held or terms else None


def _holds(text: str, keyword: str, end: int) -> bool:
    """`keyword` is where the text's stock word ends at `end`, and runs on past it."""
    at = text.find(keyword)
    return at != -1 and at < end < at + len(keyword)


# Stock rotation: the oldest used, sold or sent first.
_AD_ROTATION = re.compile(r"\bstock\s+rotation\b|\brotation\s+of\s+(?:the\s+)?stocks?\b|"
                          r"\bFIFO\b|\bfirst[\s-]in,?\s+first[\s-]out\b", re.IGNORECASE)
_ROTATING = own_act(r"date|dates|dated|label|labels|labelled|labeled|keep|keeps|kept|move|moves|"
                    r"moved|put|puts|take|takes|took|use|uses|used|send|sends|sent|sell|sells|"
                    r"sold|pick|picks|picked|stack|stacks|stacked|turn|turns|turned|rotate|"
                    r"rotates|rotated|make|makes|made\s+sure")
_OLDEST_FIRST = re.compile(
    r"\b(?:the\s+)?oldest\b[^.;]{0,60}?\b(?:first|at\s+the\s+front|to\s+the\s+front|on\s+top|"
    r"nearest\s+the\s+door|out\s+first|down\s+first)\b|"
    r"\bfirst[^.;]{0,20}?\boldest\b|\boldest\s+(?:out|used|sold|sent)\s+first\b|"
    r"\bnewest\s+(?:at\s+the\s+back|behind)\b", re.IGNORECASE)


def rotation_term(req: Requirement, line: str) -> str | None:
    """The ad's term for stock rotation a line shows the person keeping: the oldest used,
    sold or sent first ("Date every tub in the freezer room and always take the oldest one
    out first", "Keep the oldest bags at the front of the shelves"), or None."""
    return act_term(req, line, _ROTATING, _AD_ROTATION, [_OLDEST_FIRST])


# The stocktaking: the whole store counted at set times, and what does not tally followed up
# ("Count the pallets in the freezer rooms every Friday and check them against the office's
# list"; never one delivery counted, "Count the pallets in the lorry").
_AD_STOCKTAKE = re.compile(
    r"\b(?:stock[\s-]?tak(?:e|es|ing)|stock\s+counts?|inventory\s+counts?|physical\s+"
    r"inventor(?:y|ies)|cycle\s+counts?)\b", re.IGNORECASE)
_COUNTING = own_act(r"count|counts|counted|(?:do|does|did)\s+the\s+(?:yearly\s+|annual\s+)?count")
_WHOLE_STORE = re.compile(r"\b(?:every|all\s+the|the\s+whole|each)\s+(?:[\w-]+\s+)?(?:shelf|"
                          r"shelves|bin|bins|rack|racks|item|items|line|lines|location|"
                          r"locations|store|stores|warehouse|shop|aisle|aisles|pallet|pallets)\b|"
                          # "Count the pallets in the freezer rooms": all of a store's
                          r"\bthe\s+(?:pallets|shelves|racks|bins|crates|sacks)\s+in\s+the\s+"
                          r"(?:[\w-]+\s+)?(?:rooms?|stores?|warehouses?|freezers?|cellars?|"
                          r"sheds?|barns?|stockrooms?)\b",
                          re.IGNORECASE)
# ... or the shop's goods counted by name at each handover or set time, with what does not
# tally written down: "Count the cigarettes, motor oil and screenwash at every handover and
# write any difference in the shift book" (three or more things named, never a delivery).
_GOODS_COUNTED = re.compile(
    # (never a delivery, nor the till's money: "Count the cash, the vouchers and the card slips")
    r"^(?![^.;]*\b(?:deliver(?:y|ies)|lorry|lorries|truck|van\s+load|off\s+the)\b)"
    r"(?![^.;]*\b(?:cash|till|tills|takings|float|coins?|notes|vouchers?|card\s+slips|"
    r"receipts|money)\b)"
    r"(?:\w+\s+)?(?:count|counts|counted)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?,\s+"
    r"(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?,?\s+and\s+(?:the\s+)?[\w'’-]+\b"
    r"(?=[^.;]*\b(?:(?:write|writes|wrote|note|notes|noted|log|logs|logged|record|records|"
    r"recorded)\s+(?:down\s+)?(?:any|every|each|the)\s+differences?|discrepanc(?:y|ies))\b)",
    re.IGNORECASE)
_SET_TIMES_OR_TALLY = re.compile(
    rf"\bat\s+the\s+end\s+of\s+(?:each\s+|every\s+|the\s+)?(?:month|quarter|year|season|"
    r"january|february|march|april|may|june|july|august|september|october|november|december)|"
    rf"\btwice\s+a\s+year\b|\bevery\s+(?:month|quarter|year)\b|\b(?:each|every)\s+{WEEKDAY}\b|"
    r"\bdifferences?\b|\bdiscrepanc(?:y|ies)\b|\breconcil\w+|\bagainst\s+the\s+"
    r"(?:[\w'’-]+['’]s\s+)?(?:books|system|list|records|stock\s+list)\b", re.IGNORECASE)


def stocktake_term(req: Requirement, line: str) -> str | None:
    """The ad's term for the stocktaking a line shows the person doing: the whole store
    counted at set times or against what should be there ("Count every shelf with the team at
    the end of June and December and chase up the differences with the wholesaler"), or None.
    Counting one delivery is no stocktake."""
    return act_term(req, line, _COUNTING, _AD_STOCKTAKE, [_WHOLE_STORE, _SET_TIMES_OR_TALLY]) \
        or act_term(req, line, _COUNTING, _AD_STOCKTAKE, [_GOODS_COUNTED])


# Deliveries checked in: "Check every delivery against the delivery notes" shown by "Count the
# frames, sills and boxes of fixings when the lorry from the factory arrives, and ring the office
# at once if anything is missing or scratched" (what comes in counted or checked as it arrives,
# and what is short or damaged told; not a delivery made by the person).
_AD_DELIVERIES = re.compile(
    rf"^{AD_LEAD}(?:check|checking|receive|receiving|inspect|inspecting|take\s+in|taking\s+in|"
    r"sign\s+for|signing\s+for)\s+(?:every|each|all|the|our|incoming)?\s*(?:[\w-]+\s+)?"
    r"(?:deliver(?:y|ies)|goods|supplies|consignments?)\b", re.IGNORECASE)
_AD_DELIVERY_NAME = re.compile(r"\b(?:deliver(?:y|ies)(?:\s+notes?)?|goods[\s-]in|incoming\s+goods|"
                               r"goods\s+receipts?|delivery\s+notes?)\b", re.IGNORECASE)
_CHECKING_IN = own_act(r"count|counts|counted|check|checks|checked|go\s+through|goes\s+through|"
                       r"went\s+through|unload|unloads|unloaded|inspect|inspects|inspected")
_AS_IT_ARRIVES = re.compile(
    r"\b(?:when|as\s+soon\s+as|as)\s+(?:the|a|each|every)\s+(?:[\w-]+\s+){0,3}?(?:lorry|van|truck|"
    r"delivery|deliveries|pallet|load|order|shipment|consignment|driver)\s+(?:from\s+[^,.;]{1,40}?"
    r"\s+)?(?:arrives?|comes?\s+in|comes|is\s+unloaded|turns\s+up|pulls\s+in)\b", re.IGNORECASE)
_SHORT_OR_DAMAGED = re.compile(r"\b(?:missing|short|scratched|damaged|broken|wrong|dented|"
                               r"cracked)\b", re.IGNORECASE)


def delivery_check_term(req: Requirement, line: str) -> str | None:
    """The ad's term for deliveries a line shows the person checking in: what comes in counted
    or checked as it arrives, and what is short or damaged found (see `_AS_IT_ARRIVES`); or
    None. The ad's note the goods are checked against first ("delivery notes" of "Check every
    delivery against the delivery notes")."""
    return act_term(req, line, _CHECKING_IN, _AD_DELIVERY_NAME, [_AS_IT_ARRIVES, _SHORT_OR_DAMAGED],
                    asked=_AD_DELIVERIES)
