"""Places as people write them after a city: which strings are a place, and the place at the
end of a heading. General knowledge (state, province and county names, countries), shared
like the vocabulary: the CV parser reads an entry's location with it (`engines/offline/
cv_heading`).

A place is "City, ST" with a real US state or Canadian province code, "City NSW" with an
Australian state, "City, Country", or a UK "Town, County [postcode]".
"""

from __future__ import annotations

import re

# US states, DC and territories: the two letters that make "City, ST" a place.
US_STATES = frozenset(
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH "
    "NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR".split()
)
# Canadian provinces and territories: 'Toronto, ON' is a place like 'Austin, TX'.
CA_PROVINCES = frozenset("AB BC MB NB NL NS NT NU ON PE QC SK YT".split())
# Australian states and territories, written after the city without a comma: 'Sydney NSW'.
AU_STATES = frozenset("NSW VIC QLD WA SA TAS ACT NT".split())
# The short words that begin a place's name ("St Helena", "Mt Hagen"): no short word to drop
# from a term that names one.
PLACE_SHORT_WORDS = frozenset(("St", "Mt"))
# Countries people write after a city ('Berlin, Germany', 'Leeds, UK').
COUNTRIES = frozenset({
    "UK", "U.K.", "United Kingdom", "England", "Scotland", "Wales", "Northern Ireland",
    "Ireland", "Canada", "Australia", "New Zealand", "USA", "U.S.A.", "United States",
    "Germany", "France", "Spain", "Portugal", "Italy", "Netherlands", "Belgium", "Luxembourg",
    "Switzerland", "Austria", "Denmark", "Sweden", "Norway", "Finland", "Iceland", "Poland",
    "Czech Republic", "Czechia", "Slovakia", "Hungary", "Romania", "Bulgaria", "Greece",
    "Croatia", "Slovenia", "Serbia", "Estonia", "Latvia", "Lithuania", "Ukraine", "Turkey",
    "India", "Pakistan", "Bangladesh", "Sri Lanka", "China", "Japan", "South Korea",
    "Singapore", "Malaysia", "Indonesia", "Philippines", "Vietnam", "Thailand", "Mexico",
    "Brazil", "Argentina", "Chile", "Colombia", "Peru", "South Africa", "Nigeria", "Kenya",
    "Ghana", "Egypt", "Morocco", "Israel", "United Arab Emirates", "UAE", "Saudi Arabia",
    "Qatar",
})
# UK counties people write after a town ('Harrogate, North Yorkshire'), optionally with a
# postcode ('Leeds, West Yorkshire LS6 3BR').
UK_COUNTIES = frozenset({
    "Bedfordshire", "Berkshire", "Bristol", "Buckinghamshire", "Cambridgeshire", "Cheshire",
    "Cornwall", "Cumbria", "Derbyshire", "Devon", "Dorset", "Durham", "County Durham",
    "East Sussex", "Essex", "Gloucestershire", "Greater London", "Greater Manchester",
    "Hampshire", "Herefordshire", "Hertfordshire", "Isle of Wight", "Kent", "Lancashire",
    "Leicestershire", "Lincolnshire", "Merseyside", "Norfolk", "North Yorkshire",
    "Northamptonshire", "Northumberland", "Nottinghamshire", "Oxfordshire", "Rutland",
    "Shropshire", "Somerset", "South Yorkshire", "Staffordshire", "Suffolk", "Surrey",
    "Tyne and Wear", "Warwickshire", "West Midlands", "West Sussex", "West Yorkshire",
    "Wiltshire", "Worcestershire", "East Riding of Yorkshire",
})
# Provinces and states written in full after a town ('Stoney Creek, Ontario', 'Ballarat,
# Victoria', 'Boise, Idaho').
REGION_NAMES = frozenset({
    "Alberta", "British Columbia", "Manitoba", "New Brunswick", "Newfoundland and Labrador",
    "Nova Scotia", "Ontario", "Prince Edward Island", "Quebec", "Québec", "Saskatchewan",
    "Northwest Territories", "Nunavut", "Yukon",
    "New South Wales", "Victoria", "Queensland", "Western Australia", "South Australia",
    "Tasmania", "Australian Capital Territory", "Northern Territory",
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
    "Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas",
    "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota",
    "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey",
    "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon",
    "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas",
    "Utah", "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming",
})
# Places whose name opens on "New", which is otherwise an adjective of ads ("train new
# starters"): "New Zealand Certificate in Pharmacy", "a New South Wales driver licence". The
# countries, states and provinces above, and other places people name that way.
NEW_PLACES = tuple(sorted({p for p in COUNTRIES | REGION_NAMES if p.startswith("New ")} | {
    "New England", "New Delhi", "New Orleans", "New Caledonia", "New Guinea", "New Britain",
    "New Territories"}))
# A stretch of land or water named as such ("the North-West Coast", "the Hunter Valley", "the
# Liverpool Plains"): a place, whatever the words before its kind.
LANDFORM = re.compile(r"(?:[A-Z][\w'’-]*\s+){1,3}(?:Coast|Valley|Isles?|Islands?|Peninsula|"
                      r"Highlands|Lowlands|Mountains|Ranges?|Basin|Delta|Hills|Plains?|"
                      r"Plateau|Region|Riviera|Outback|Wheatbelt)")
# A city: one to four capitalised words, accented letters too ('Umeå', 'Montréal').
_CITY = r"[A-ZÀ-Ý](?:[^\W\d_]|[.'\-])*(?: [A-ZÀ-Ý](?:[^\W\d_]|[.'\-])*){0,3}"
_PLACE = re.compile(rf"^{_CITY},\s*([A-Z]{{2}})$")
_TRAILING_PLACE = re.compile(rf"^(?P<head>.*\S)\s*(?:,|\|)\s*(?P<place>{_CITY},\s*[A-Z]{{2}})$")
_UK_POSTCODE = r"[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}"
_REGION_PLACE = re.compile(
    rf"^{_CITY},\s*(?P<region>[A-Z][A-Za-z.]*(?: (?:of |and )?[A-Z][A-Za-z.]*){{0,3}})"
    rf"(?:\s+{_UK_POSTCODE})?$")
_AU_PLACE = re.compile(rf"^{_CITY}\s+(?P<state>[A-Z]{{2,3}})(?:\s+\d{{4}})?$")
_SPLIT = re.compile(r"\s*(?:,|\|)\s*")


def is_place(text: str) -> bool:
    """Whether text is exactly a US place: 'Hammond, IN', 'San Marcos, TX'."""
    m = _PLACE.match(text.strip())
    return bool(m and m.group(1) in US_STATES)


def is_wider_place(text: str) -> bool:
    """Whether text is exactly a place outside the US: 'Toronto, ON', 'Sydney NSW 2000',
    'Berlin, Germany', 'Harrogate, North Yorkshire HG1 2RQ', and a US place with its country
    ('Mountain View, CA, USA'); never a bare code and country ('CA, USA')."""
    t = text.strip()
    state, comma, country = t.rpartition(", ")
    if comma and country in COUNTRIES and (is_place(state) or _PLACE.match(state)):
        t = state  # 'Mountain View, CA, USA', 'Toronto, ON, Canada'
    m = _PLACE.match(t)
    if m and m.group(1) in US_STATES and t != text.strip():
        return True
    if m and m.group(1) in CA_PROVINCES:
        return True
    m = _REGION_PLACE.match(t)
    if m and not re.match(r"^[A-Z]{2,3},", t) and (m.group("region") in COUNTRIES
                                                  or m.group("region") in UK_COUNTIES
                                                  or m.group("region") in REGION_NAMES
                                                  # "Cebu IT Park, Cebu City", "Makati,
                                                  # Metro Manila": a city named as one
                                                  or re.fullmatch(r"[A-Z][a-z]+ City",
                                                                  m.group("region"))):
        return True
    m = _AU_PLACE.match(t)
    # Only the three-letter codes: 'Acme SA' (a company's S.A.) and 'Perth WA' are ambiguous.
    return bool(m and m.group("state") in AU_STATES and len(m.group("state")) == 3)


def in_named_region(text: str) -> bool:
    """Whether text is exactly a town and the province, state or county it is in, written in
    full ('Stoney Creek, Ontario', 'Ballarat, Victoria', 'Leeds, West Yorkshire')."""
    m = _REGION_PLACE.match(text.strip())
    if m and m.group("region") in UK_COUNTIES:
        # a town of one or two words: "Redland Green Primary School, Bristol" is a school
        town = text.strip()[:text.strip().index(",")]
        return len(town.split()) <= 2 and not _ORGANISATION.search(town)
    return bool(m and m.group("region") in REGION_NAMES)


def in_administered_area(text: str) -> bool:
    """Whether text is exactly a town and the administrative area it is in, named by its kind
    ("Le Locle, canton of Neuchâtel", "Sousse, governorate of Sousse", "Kraljevo, district
    of Raška", "Galway, County Galway")."""
    return _ADMINISTERED.fullmatch(text.strip()) is not None


_ADMINISTERED = re.compile(
    r"[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,2},\s+(?:the\s+)?(?:canton|province|county|region|"
    r"state|department|district|prefecture|governorate|oblast|voivodeship|municipality)\s+of\s+"
    r"[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,2}"
    # an Irish (or a Durham) county named after the town: "Galway, County Galway",
    # "Ballincollig, Co. Cork"
    r"|[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,2},\s+(?:County|Co\.)\s+[A-Z][\w'’-]+")


# Words that make a name an organisation's, not a town's.
_ORGANISATION = re.compile(r"(?:School|College|University|Academy|Hospital|Trust|Council|"
                           r"Ltd|Limited|Group|Centre|Center|Services|Partners|Homes|Surgery)")


def split_place(text: str) -> tuple[str, str]:
    """(the rest, the place) when text ends with ', City, ST' or ' | City, ST'; else (text, '').

    Outside the US the place may be 'City, ON', 'City NSW', 'City, Country' or 'Town, County
    [postcode]' ('Whitfield Pharmacy, Harrogate, North Yorkshire HG1 2RQ')."""
    m = _TRAILING_PLACE.match(text.strip())
    if m and is_place(m.group("place")):
        return m.group("head").strip(" ,|"), m.group("place")
    t = text.strip()
    for sep in _SPLIT.finditer(t):
        head, tail = t[: sep.start()].strip(" ,|"), t[sep.end():]
        if head and is_wider_place(tail):
            return head, tail
    return text, ""
