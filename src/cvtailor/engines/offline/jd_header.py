"""Who is hiring, for what, where (phase 2 of the offline JD parser).

Title, company, location and seniority come from the strongest place that names them, and the
posting records which one (`JobPosting.sources`):

- front_matter: YAML front matter (`title`, `company`, `location`, `level`; a TTS-style
  `title: "Org: Position"` names both);
- header: the lines before the first section: the title heading or first line ("Title at
  Company", "Org - Title"), the line under it (`**Company** · City · Full-time`,
  `Company - City, ST`, `Company, City, ST, USA`), `Company:` / `Location:` labels;
- about: an "About <Company>" heading;
- heuristic: prose ("<Company> is hiring a <Title>", "Join <Company> as a <Title>", "We are
  looking for a <Title> to join", "at <Company>" when the name recurs), seniority from years;
- email: the domain of an address in the ad (jobs@acme.com -> Acme).

A title is never a sentence fragment: a candidate that starts lowercase or with a preposition,
ends with a period, or runs past ~8 words is rejected.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from cvtailor.engines.offline.jd_blocks import (
    WHOLE_WORD_KEYS,
    Block,
    heading_kind,
    role_like,
    words_of,
)
from cvtailor.text.cvtext import clean_inline
from cvtailor.text.lexicon import common_word
from cvtailor.text.places import in_administered_area, in_named_region

_SMALL = frozenset("a an and as at by for from in of on or the to with via".split())
# A company's legal form after its name ("Calder Foods plc", "Acme Ltd", "Initech Group"): in
# lower case it may end a name; without it the ad may name the company too.
_LEGAL_FORM = (r"(?:plc|ltd|limited|inc|llc|llp|gmbh|pty|co|corp|corporation|company|group|bv|ag|"
               r"sa|srl|spa|oy|ab)\.?")
_ACRONYMS = frozenset((
    "ICU MICU RN LPN UX UI IT HR QA VP CEO CTO CFO COO SQL AWS GCP GIS BI ML AI EHR ER ED PR "
    "SEO SEM R&D FP&A L&D SRE PHD MBA CPA API TTS GSA US USA UK EU NYC"
).split())
_TITLE_LABELS = ("job title", "title", "position", "role", "job description", "job",
                 "position title", "vacancy", "opening", "now hiring", "hiring", "we're hiring",
                 "we’re hiring", "we are hiring")
_COMPANY_LABELS = ("company", "employer", "organization", "organisation", "agency",
                   "hiring organization", "hiring company", "department")
_LOCATION_LABELS = ("location", "locations", "based in", "office", "work location", "where")
_FRONT_TITLE = ("title", "job_title", "position", "role")
_FRONT_COMPANY = ("company", "organization", "organisation", "employer", "hiring_organization",
                  "hiringOrganization", "company_name")
_FRONT_LOCATION = ("location", "city", "job_location")
_FRONT_LEVEL = ("level", "seniority", "experience_level")
LEVELS = ("intern", "junior", "entry", "mid", "senior", "staff", "principal", "lead",
          "head", "director", "manager", "vp", "chief")
_YEARS = re.compile(r"(\d+)\s*\+?\s*(?:-\s*\d+\s*)?(?:years|yrs)", re.IGNORECASE)
_COUNTRIES = re.compile(
    r"\b(?:USA|U\.S\.A?\.?|US|UK|EU|EMEA|APAC|LATAM|Europe|United States|United Kingdom|"
    r"Canada|Germany|France|Portugal|Spain|Netherlands|Ireland|India|Australia|Mexico|Brazil|"
    r"England|Scotland|Wales|Northern Ireland|New Zealand|"
    r"Poland|Sweden|Switzerland|Singapore|Japan)\b")
_WORKPLACE = re.compile(r"\b(?:remote|hybrid|on[- ]?site|in[- ]office|anywhere|worldwide|"
                        r"relocation)\b", re.IGNORECASE)
_EMPLOYMENT = re.compile(r"\b(?:full[- ]time|part[- ]time|contract(?:or)?|permanent|temporary|"
                         r"internship|freelance|nights|days|shifts?|seasonal)\b", re.IGNORECASE)
_MONEY = re.compile(r"[$€£¥]|\b\d+k\b|\bper (?:year|hour|annum)\b|\bannually\b|\bsalary\b",
                    re.IGNORECASE)
# "Denver, Colorado", "Leeds, West Yorkshire": a town and its region spelled out.
_PLACE = re.compile(r"[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,\s[A-Z][a-z]+(?:\s[A-Z][a-z]+)?")
# "Asheville, NC", "Sioux Falls, SD": a town and its state or province code.
_CITY_STATE = re.compile(r"[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2},\s[A-Z]{2}")
# "Department of X - Office of Grants Management": a unit of the organisation named first.
_UNIT = re.compile(r"(?:Office|Division|Bureau|Branch|Directorate|Unit|Department|Service|"
                   r"Section)\s+(?:of|for)\s+[A-Z]")
_NAME = r"[A-Z0-9][\w&.'’-]*(?:\s+(?:of|and|&|for|[A-Z0-9][\w&.'’-]*)){0,5}"
# Capitalised words on one line; a dot only inside a word ("Node.js"), never ending one.
_TITLE_WORD = r"[A-Z][\w+#/&()-]*(?:\.[\w+#/&()-]+)*"
_TITLE_WORDS = _TITLE_WORD + r"(?:[ \t]+(?:of|and|&|for|" + _TITLE_WORD + r")){0,6}"
# "We're hiring a Data Engineer", "I'm recruiting for an Embedded Engineer at Larkspur Medical"
# (a recruiter's email: the employer is the one named after the title, not the agency).
_HIRING = re.compile(
    r"\b(?:[Ww]e(?:'re|’re| are)|I am|I'm|I’m)\s+(?:currently\s+|now\s+)?(?:hiring|looking for|"
    r"seeking|searching for|recruiting(?: for)?|adding)\s+(?:an?|our (?:first|next|new))\s+"
    r"(?:[a-z][a-z-]+\s+){0,2}(?P<title>" + _TITLE_WORDS + r")(?:\s+at\s+(?P<company>" + _NAME
    + "))?")
_COMPANY_HIRING = re.compile(
    r"(?:^|[.!?]\s+|\n)(?P<company>" + _NAME + r")\s+is\s+(?:currently\s+|now\s+)?"
    r"(?:hiring|looking for|seeking|recruiting)\s+(?:an?|our (?:first|next|new))\s+"
    r"(?:[a-z][a-z-]+\s+){0,2}(?P<title>" + _TITLE_WORDS + ")")
_JOIN_AS = re.compile(r"\b[Jj]oin\s+(?P<company>" + _NAME + r")\s+as\s+(?:an?|our)\s+"
                      r"(?:[a-z][a-z-]+\s+){0,2}(?P<title>" + _TITLE_WORDS + ")")
_AT = re.compile(r"\b[Aa]t\s+(?P<company>" + _NAME + ")")
_NOT_AT = frozenset("the a an this that our your any all least home work times first scale "
                    "least most once some each every one".split())
# A careers page's or ad's banner naming the employer, not the job: "Halloway Museum of Art —
# careers", "Acme Careers", "Careers at Acme", "Jobs with Acme".
_CAREERS = re.compile(r"(?i:careers|jobs|vacancies|job openings)\s+(?:at|with)\s+(?P<a>" + _NAME
                      + r")|(?P<b>" + _NAME + r")(?:\s*[-–—|:·]\s*|\s+)"
                      r"(?i:careers|jobs|vacancies|job openings|work with us)")
_EMAIL = re.compile(r"[\w.+-]+@((?:[\w-]+\.)+[a-z]{2,})\b", re.IGNORECASE)
_GENERIC_MAIL = frozenset("gmail googlemail yahoo hotmail outlook live icloud proton protonmail "
                          "example greenhouse lever workday myworkday smartrecruiters jobvite "
                          "ashbyhq bamboohr indeed linkedin aol mail".split())
_SECOND_LEVEL = frozenset("co com org net gov ac edu".split())


@dataclass
class Identity:
    """What the header phase found: values, where each came from, and the blocks it used."""

    title: str = ""
    company: str = ""
    location: str = ""
    level: str = ""
    sources: dict[str, str] = field(default_factory=dict)
    used: set[int] = field(default_factory=set)  # indices of blocks that named them

    def offer(self, name: str, value: str, source: str) -> bool:
        """Set a field if it is still empty; True when this value was taken."""
        value = re.sub(r"\s+", " ", value).strip(" ,;:·|-–—")
        if name == "title":  # "(m/f/d)", "(m/w/d)": a German ad's note that all may apply;
            value = re.sub(r"\s*\((?:[mfwdx]|div)(?:\s*/\s*(?:[mfwdx]|div)){1,3}\)", "", value,
                           flags=re.IGNORECASE)
            # "– 100%", "(80-100%)": a Swiss or German ad's workload, no part of the job's name
            value = re.sub(r"\s*(?:[-–—,|]\s*)?\(?(?:\d{2,3}\s*%?\s*[-–]\s*\d{2,3}|100)\s*%\)?$",
                           "", value)  # (not "Top 10%")
            # "(Full Time, Days/Evenings)", "(3 Years of Experience)" are not
            value = re.sub(r"\s*\(([^()]*)\)$", lambda m: "" if _EMPLOYMENT.search(m.group(1))
                           or _WORKPLACE.search(m.group(1)) or _YEARS.search(m.group(1))
                           else m.group(0), value)  # part of the title
            # "Registered Veterinary Nurse – Full Time", "... - Part-time, Permanent"
            value = re.sub(r"\s+[-–—]\s+((?:(?!\s[-–—]\s).)+)$", lambda m: "" if all(
                _EMPLOYMENT.fullmatch(p.strip()) or _WORKPLACE.fullmatch(p.strip())
                for p in re.split(r"[,/&]|\band\b", m.group(1))) else m.group(0), value)
        if not value or getattr(self, name):
            return False
        setattr(self, name, value)
        self.sources[name] = source
        return True


# -- what a candidate looks like --------------------------------------------------------------
def location_like(text: str) -> bool:
    """Names a place or a way of working: "Austin, TX", "Truganina, VIC", "CA", "USA", "Remote
    (EU)", "hybrid"."""
    return bool(re.search(r"(?:^|,\s*)(?:[A-Z]{2}|NSW|VIC|QLD|TAS|ACT)\b(?!\w)", text)
                # SEEK: "Perth WA", "Bunbury, Bunbury & South West WA"
                or re.search(r"[a-z]\s+(?:NSW|VIC|QLD|TAS|ACT|WA|SA|NT)$", text)
                # SEEK with a postcode: "Dandenong South VIC 3175"
                or re.search(r"[a-z]\s+(?:NSW|VIC|QLD|TAS|ACT|WA|SA|NT)\s+\d{4}$", text)
                or _COUNTRIES.search(text) or _WORKPLACE.search(text)
                or in_named_region(text)  # "Stoney Creek, Ontario"
                # "Cebu IT Park, Cebu City", "Quezon City": a city named as one
                or re.search(r"(?:^|,\s*)[A-Z][a-z]+ City$", text)
                or in_administered_area(text))  # "Le Locle, canton of Neuchâtel"


def _incidental(text: str) -> bool:
    """An employment type, a salary, a date: what else a header line carries."""
    return bool(_EMPLOYMENT.search(text) or _MONEY.search(text) or re.search(r"\d{4}", text))


def title_ok(text: str) -> bool:
    """A plausible job title, not a sentence fragment."""
    text = text.strip()
    words = words_of(re.sub(r"\([^)]*\)", " ", text))
    if not text or not words or not (text[0].isupper() or text[0].isdigit()
                                     or re.match(r"[a-z]{1,2}[A-Z]", text)):  # "iOS", "eBay"
        return False
    if words[0].lower() in _SMALL | {"we", "our", "you", "your", "this", "that", "is", "are"}:
        return False
    if re.search(r"[.,;:!?]$", text) or len(words) > 8 or len(words_of(text)) > 14:
        return False
    return not re.search(r"@|https?:|www\.", text) and not _MONEY.search(text)


def name_like(text: str, ampersand: bool = False) -> bool:
    """A plausible organisation name: a few capitalised words, not a place, role or heading
    (with `ampersand`, "&" or "+" may stand between them: "Pine & Post Home Goods", "Academy
    Sports + Outdoors")."""
    text = text.strip(" ,;:·|-–—")
    words = text.split()
    if not 1 <= len(words) <= 8 or not (text[:1].isupper() or text[:1].isdigit()):
        return False
    if text.endswith(".") and not re.search(r"\b(?:Inc|Co|Ltd|Corp|LLC|L\.P|S\.A|N\.V|P\.C)\.$",
                                            text):
        return False
    if any(w.lower() not in _SMALL and not (ampersand and w in ("&", "+"))
           and not (w[:1].isupper() or w[:1].isdigit())
           and not (i and re.fullmatch(_LEGAL_FORM, w))  # "Calder Foods plc"
           for i, w in enumerate(words)):  # "Pine & Post Home Goods"
        return False
    # "Fernwood Pay", "Acme Plus": a short section word ("Pay", "Plus") ending a longer name is
    # part of the name; "Pay and Benefits", "Skills" are headings
    named = " ".join(words[:-1]) if len(words) > 1 and words[-1].lower() in WHOLE_WORD_KEYS \
        else text
    if re.search(r"[@$€£%:!?]|https?:|\d{3,}", text) or heading_kind(named) is not None:
        return False
    return not (location_like(text) or role_like(text) or _incidental(text))


def _smart_case(text: str) -> str:
    """An ALL-CAPS title in title case, acronyms and small words kept as they read."""
    out = []
    for i, word in enumerate(text.split()):
        bare = word.strip("()[],")
        if bare in _ACRONYMS or (len(bare) <= 2 and bare.isalpha() and bare not in ("OF", "TO")):
            out.append(word)
        elif i and bare.lower() in _SMALL:
            out.append(word.lower())
        else:
            out.append("-".join(p[:1].upper() + p[1:].lower() for p in word.split("-")))
    return " ".join(out)


def _corroborated(name: str, text: str) -> bool:
    """The ad names `name` as an organisation somewhere else too: "About Acme", "join Acme",
    or Acme doing something ("Northgate Logistics employs 3,200 people", "Lumen Freight moves
    40,000 pallets a day"), by its full name or without its legal form ("Calder Foods is a
    UK food manufacturer" for Calder Foods plc)."""
    short = re.sub(rf"[\s,]+{_LEGAL_FORM}$", "", name, flags=re.IGNORECASE)
    for form in dict.fromkeys((name, short)):
        n = re.escape(form)
        if re.search(rf"\b(?:About|about|at|At|[Jj]oin)\s+{n}\b|\b{n}(?:’s|'s)?\s+(?:is|are|has|"
                     rf"was|(?!(?:is|has|was)\b)[a-z]{{2,}}[^s\W]s)\b", text):
            return True
    # the name's own words without what kind of place it is, told as one: "Larkspur is a
    # 140-seat seasonal restaurant" for "Larkspur Kitchen & Bar", "Fairway Park is an 18-hole
    # course" for "Fairway Park Golf Club" (a common word alone is no name: "Main")
    words = short.split()
    for k in range(len(words) - 1, 0, -1):
        lead = words[:k]
        if not lead[0][:1].isupper() or (k == 1 and common_word(lead[0].lower())):
            continue
        if re.search(rf"(?:^|[.!?]\s+|\n\s*){re.escape(' '.join(lead))}\s+is\s+an?\s", text):
            return True
    return False


# -- the sources, strongest first ----------------------------------------------------------------
def front_matter(text: str) -> tuple[dict[str, Any], str]:
    """(fields, body) of a text that opens with YAML front matter; ({}, text) otherwise."""
    m = re.match(r"\s*---[ \t]*\n(.*?)\n---[ \t]*(?:\n|$)", text, re.S)
    if not m:
        return {}, text
    try:
        data = yaml.safe_load(m.group(1))
    except yaml.YAMLError:  # malformed: take the simple `key: value` lines
        data = dict(re.findall(r"^([A-Za-z_]+):[ \t]*[\"']?(.*?)[\"']?[ \t]*$", m.group(1), re.M))
    return (data if isinstance(data, dict) else {}), text[m.end():]


def _split_org_title(value: str) -> tuple[str, str]:
    """("Login.gov", "Data Analyst") from "Login.gov: Data Analyst" or "18F - Visual Designer"."""
    for sep in (r":\s+", r"\s+[-–—|]\s+"):
        parts = re.split(sep, value, maxsplit=1)
        if len(parts) == 2 and not role_like(parts[0]) and role_like(parts[1]) \
                and name_like(parts[0]) and title_ok(parts[1]):
            return parts[0], parts[1]
    return "", value


def _from_front_matter(front: dict[str, Any], found: Identity) -> None:
    def first(keys: tuple[str, ...]) -> str:
        for key in keys:
            value = front.get(key)
            if isinstance(value, dict):
                value = value.get("name") or ", ".join(str(v) for v in value.values()
                                                       if isinstance(v, str))
            if isinstance(value, str) and value.strip():
                return clean_inline(value)
        return ""

    title = first(_FRONT_TITLE)
    org, title = _split_org_title(title) if title else ("", "")
    if title_ok(title):
        found.offer("title", title, "front_matter")
    found.offer("company", first(_FRONT_COMPANY) or org, "front_matter")
    found.offer("location", first(_FRONT_LOCATION), "front_matter")
    level = first(_FRONT_LEVEL).lower()
    found.offer("level", next((lv for lv in LEVELS if re.search(rf"\b{lv}\b", level)), ""),
                "front_matter")


def _without_call(title: str) -> str:
    """"Farrier wanted": the ad's call is no word of the title."""
    return re.sub(r"\s+(?i:wanted|required|needed)$", "", title)


def _title_line(text: str, body: str) -> tuple[str, str, str]:
    """(title, company, location) of a header title line: "Title at Company", "Org - Title",
    "Title | Company", "Title - Company" (the last only when the ad names Company elsewhere),
    any of them followed by " - City, ST"."""
    text = _without_call(text)
    bracketed = re.fullmatch(r"(.*\S)\s*\(([^()]+)\)", text)
    if bracketed is not None and re.search(r"[a-z]", bracketed.group(2)) \
            and location_like(bracketed.group(2)):
        # "Official Court Reporter — Superior Court of Cobb County (Marietta, GA)": the place
        # in brackets after the employer
        title, org, place = _title_line(bracketed.group(1), body)
        if org and not place:
            return title, org, bracketed.group(2)
    parts = re.split(r"\s+[-–—|·]\s+", text)
    if len(parts) == 3 and _MONEY.search(parts[2]) and role_like(parts[0]) \
            and location_like(parts[1]) and not role_like(parts[1]) and title_ok(parts[0]):
        return parts[0], "", parts[1]  # "HVAC Service Technician - Tulsa, OK - $26-$36/hr"
    if len(parts) >= 3 and location_like(parts[-1]) and not role_like(parts[-1]):
        title, org, _ = _title_line(text[:text.rindex(parts[-1])].rstrip(" -–—|·"), body)
        if org:
            return title, org, parts[-1]
    m = re.match(r"^(.*?\S)\s+at\s+(" + _NAME + r")$", text)
    if m and role_like(m.group(1)) and name_like(m.group(2)):
        return m.group(1), m.group(2), ""
    org, title = _split_org_title(text)
    if org:
        return title, org, ""
    parts = re.split(r"\s+([-–—|])\s+", text, maxsplit=1)
    if len(parts) == 3 and role_like(parts[0]) and _CITY_STATE.fullmatch(parts[2]) \
            and title_ok(parts[0]):
        return parts[0], "", parts[2]  # "Service Coordinator (HVAC) - Littleton, CO"
    if len(parts) == 3 and title_ok(parts[0]) and not role_like(parts[2]) \
            and (town := _NAME_THEN_TOWN.fullmatch(parts[2])) and name_like(town.group(1)) \
            and (_ORG_THEN_TOWN.fullmatch(parts[2]) or _corroborated(
                town.group(1), body.replace(text, " "))):
        # "Senior Locksmith – Keyline Security, Leeds": a name that ends on what the business
        # is (or that the ad tells of), then its town, says which side is the employer,
        # whatever the trade's title
        return _without_call(parts[0]), town.group(1), town.group(2)
    if (len(parts) == 3 and role_like(parts[0])
            and ((parts[1] == "|" and name_like(parts[2])) or (
                name_like(parts[2], ampersand=True)
                and _corroborated(parts[2], body.replace(text, " "))))):
        return parts[0], parts[2], ""
    return text, "", ""


def _company_line(raw: str) -> tuple[str, str]:
    """(company, location) from the line under a title: `**Acme** · Lisbon · Full-time`,
    `Acme - City, ST`, `Acme | City | Full-time`, `Acme, City, ST, USA` or a bare name."""
    text = re.sub(r"^at\s+(?=[A-Z0-9])", "", clean_inline(raw))  # "at Acme Analytics"
    bold = re.match(r"^\s*(?:\*\*|__)(.+?)(?:\*\*|__)", raw)
    parts = [p.strip() for p in re.split(r"\s+[·•|—–-]\s+|\s*[|·•]\s*", text) if p.strip()]
    if len(parts) == 1 and "," in text:
        head, _, tail = text.partition(",")
        if location_like(tail) and not location_like(head):
            parts = [head.strip(), tail.strip()]
    if not parts:
        return "", ""
    rest = parts[1:]
    company = ""
    if bold and (name_like(clean_inline(bold.group(1)))
                 or _legal_name(clean_inline(bold.group(1)))):
        company = clean_inline(bold.group(1))
    elif name_like(parts[0], ampersand=bool(rest)) and (
            not rest or any(location_like(p) or _incidental(p) for p in rest)):
        # "Ridgeway Freight & Warehousing | Truganina, VIC | Full time": a name with its town
        company = parts[0]
    elif name_like(parts[0], ampersand=True) and all(_PLACE.fullmatch(p) or _UNIT.match(p)
                                                     or _CITY_STATE.fullmatch(p) for p in rest):
        company = parts[0]  # a name alone, or with its town and region or state, or its unit
    elif name_like(parts[0], ampersand=True) and any(_SITE.fullmatch(p) for p in rest) and all(
            _SITE.fullmatch(p) or location_like(p) or _incidental(p) for p in rest):
        company = parts[0]  # "Kestrel Supply Chain – Dublin Airport Logistics Park"
    location = next((p for p in parts if p != company and (location_like(p) or _SITE.fullmatch(p))),
                    "")
    if not location and company and len(rest) == 1 and _PLACE.fullmatch(rest[0]):
        location = rest[0]  # "Klippeøens Kantiner ApS – Aakirkeby, Bornholm": a town, its island
    towns = [p for p in rest if p != company and not _incidental(p)
             and re.fullmatch(r"[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){0,2}", p)]
    if not location and company and len(rest) >= 2 and len(towns) == 1:
        location = towns[0]  # "Hafren Water · Cardiff · £30,500": the employer, its town, pay
    town = _ORG_THEN_TOWN.match(company)
    if town:  # "**Redland Green Primary School, Bristol**": the school, and where it is
        company, location = town.group(1), location or town.group(2)
    if not company and (town := _ORG_DASH_TOWN.fullmatch(text)) and name_like(town.group(1)):
        company, location = town.group(1), location or town.group(2)  # "Honey Co. - Otago"
    if company in ("", text) and not location and (town := _NAME_THEN_TOWN.fullmatch(text)) \
            and len(town.group(1).split()) >= 2 and name_like(town.group(1)) \
            and not role_like(text):
        # "Brightline Signs, Dunedin" under the title: a name of two words or more, then a
        # town (a line of its own, so no list of names)
        company, location = town.group(1), town.group(2)
    return company, location


def _legal_name(text: str) -> bool:
    """A name with its legal form, set in bold over the ad: "Vuilleumier Horlogerie SA" is a
    company, though "Horlogerie SA" reads like an Australian town and its state."""
    named = re.fullmatch(rf"(.+?)\s+{_LEGAL_FORM}", text, re.IGNORECASE)
    return named is not None and name_like(named.group(1))


# An organisation whose name ends on what it is, then the town it is in ("Redland Green
# Primary School, Bristol", "Calder Valley Foods Ltd, Halifax").
_ORG_KIND = (
    r"(?:School|College|Academy|Ltd|Limited|Inc\.?|LLC|plc|PLC|Co\.|Company|Group|"
    r"Trust|Council|Hospital|Clinic|Centre|Center|University|Partners|Foundation|Authority|"
    # what a business is ("Valleys Fresh Logistics, Bridgend", "Harbour Dental Care, Cobh")
    r"Logistics|Services|Solutions|Systems|Technologies|Foods|Distribution|Haulage|Transport|"
    r"Engineering|Construction|Consulting|Consultants|Associates|Holdings|Industries|"
    r"Manufacturing|Healthcare|Care|Homes|Housing|Bank|Insurance|Hotels?|Studios?|"
    r"Laborator(?:y|ies)|Pharmacy|Practice|Surgery|Agency|Bakery|Brewery|Farms?|Motors|"
    r"Dental|Veterinary|Vets?|Partnership|Network|Society|Association|Library|Museum|Theatre|"
    r"Theater|Nursery|Restaurant|Salon|Garage|Opticians|Gym|Security|Locksmiths)")
_TOWN = r"[A-Z][\w'’.-]+(?:[ -][A-Z][\w'’.-]+){0,2}"
_ORG_THEN_TOWN = re.compile(
    rf"^(.+?\b{_ORG_KIND}),\s*(?!(?i:{_LEGAL_FORM})$)({_TOWN})$")
# A site a business works from, named as such ("Dublin Airport Logistics Park", "Shannon
# Free Zone", "Port of Tilbury" is not one: a site's name ends on what it is).
_SITE = re.compile(
    r"(?:[A-Z][\w'’.-]+\s+){1,4}(?:(?:Business|Industrial|Logistics|Retail|Science|Technology|"
    r"Enterprise|Trade|Distribution)\s+)?(?:Park|Estate|Airport|Docks?|Quay|Campus|Free Zone)")


# Any name, then a town ("Brightline Signs, Dunedin").
_NAME_THEN_TOWN = re.compile(rf"^(.+?),\s*(?!(?i:{_LEGAL_FORM})$)({_TOWN})$")
# The same with a dash between ("Wildflower Honey Co. - Otago"): the line under a title.
_ORG_DASH_TOWN = re.compile(rf"^(.+?\b{_ORG_KIND})\s+[-–—]\s+({_TOWN})$")


def _full_name(org: str, under: Block | None) -> str:
    """The employer's full name when the title line's name is its logo text ("IRONWOOD |
    Diesel Mechanic" over "Ironwood Fleet Services", as a PDF's two-column header reads):
    the line under the title starts with the same words, and goes on. A logo wrapped over two
    lines ("COBALT | Actuarial Analyst" over "MUTUAL | Cobalt Mutual Insurance") counts whole."""
    if not org or under is None or under.kind != "para":
        return org
    logo, line = org, under.raw
    cells = re.split(r"\s+\|\s+", clean_inline(under.raw))
    if len(cells) == 2 and org.isupper() and cells[0].isupper():
        logo, line = f"{org} {cells[0]}", cells[1]  # the logo's second line, beside the name
    company, _ = _company_line(line)
    words, full = logo.lower().split(), company.lower().split()
    return company if len(full) > len(words) and full[:len(words)] == words else org


def _first_language(text: str) -> str:
    """The first of two titles in two languages, "Customer Service Agent / Agent(e) du service
    à la clientèle" (a Canadian bilingual ad), when it names a job; "" otherwise."""
    first, sep, _ = text.partition(" / ")
    return first if sep and not title_ok(text) and role_like(first) and title_ok(first) else ""


def _terms_line(text: str) -> bool:
    """A header line of pay, shift and schedule only ("$19.50/hr | 2nd Shift 3pm-11:30pm |
    Mon-Fri"), every part of it money, a shift or days, none a name."""
    parts = [p for p in re.split(r"\s*[|·•]\s*", text) if p.strip()]
    return len(parts) >= 2 and bool(_MONEY.search(parts[0])) and all(
        _MONEY.search(p) or _EMPLOYMENT.search(p) or re.search(
            r"\b(?:shift|days|nights|weekends?|(?:mon|tue|wed|thu|fri|sat|sun)\w*)\b|\d(?:am|pm)\b",
            p, re.IGNORECASE) for p in parts)


def _header_label(block: Block, body: str, found: Identity) -> str:
    """`Job title:` / `Company:` / `Location:` lines: "title" when the line names the title,
    "used" when it names the company or location, "" when it is something else."""
    name = block.label.lower()
    if name in _TITLE_LABELS and title_ok(block.text):
        title, org, place = _title_line(block.text, body)
        found.offer("company", org, "header")
        found.offer("location", place, "header")
        return "title" if found.offer("title", title, "header") or found.title == title else "used"
    if name in _COMPANY_LABELS and name_like(block.text):
        found.offer("company", block.text, "header")
        return "used"
    if name in _LOCATION_LABELS:
        found.offer("location", block.text, "header")
        return "used"
    return ""


def _title_label_at(blocks: list[Block]) -> int | None:
    """Where a `Position:` / `Job title:` line naming a job stands in the header, if one does:
    the lines above it are the employer's name or banner ("Department of Primary Industries
    and Fisheries" over "Position: Fisheries Compliance Officer"), never the title."""
    for i, block in enumerate(blocks[:10]):
        if block.kind == "heading" and block.label_kind is not None:
            return None
        if block.kind == "label" and block.label.lower() in _TITLE_LABELS \
                and role_like(block.text) and title_ok(block.text):
            return i
    return None


def _title_under_banner(blocks: list[Block]) -> int | None:
    """Where the title line stands when the ad opens on its employer's name and unit, one per
    line ("University of Edinburgh" / "School of Chemistry" / "Teaching Laboratory Manager"):
    the first short line naming a job, after one to three names that name none."""
    for i, block in enumerate(blocks[:4]):
        if block.kind != "para" or len(block.text.split()) > 8:
            return None
        if role_like(block.text):
            return i if i and title_ok(block.text) else None
        if not name_like(block.text):
            return None
    return None


def _from_header(blocks: list[Block], body: str, found: Identity) -> None:
    """The title heading or first line, the line under it, and `Label: value` lines, up to
    the first section heading."""
    title_at: int | None = None
    under = -1  # the block that may name the company: the one after the title
    place_at = -1  # the block that may name the place: the one after the company's
    labelled = _title_label_at(blocks)
    if labelled is None:
        labelled = _title_under_banner(blocks)
    for i, block in enumerate(blocks[:10]):
        if block.kind == "heading" and block.label_kind is not None and not (
                title_at is None and role_like(block.text)):
            break
        if title_at is None and block.kind in ("heading", "para") and (
                m := _CAREERS.fullmatch(clean_inline(block.text))) is not None \
                and name_like(name := m.group("a") or m.group("b")):
            found.used.add(i)  # "Halloway Museum of Art — careers": the employer's banner
            found.offer("company", name, "header")
            continue
        if labelled is not None and i < labelled and block.kind == "para":
            company, location = _company_line(block.raw)  # the employer's name over the labels
            if not (company or location):
                # "Venue Manager – The Harbour Hotel, Hobart" over "Position: Venue Manager
                # (Bars and Bistro)": a title line's employer and place
                title, company, location = _title_line(block.text, body)
                if not (title_ok(title) and role_like(title)):
                    company, location = "", ""
            if company or location:
                found.used.add(i)
                found.offer("company", company, "header")
                found.offer("location", location, "header")
            continue
        if block.kind == "label":
            named = _header_label(block, body, found)
            if named:
                found.used.add(i)
            if named == "title":
                title_at, under = i, i + 1
            continue
        if title_at is None and block.kind in ("heading", "para"):
            text = _smart_case(block.text) if block.style == "caps" else block.text
            text = _first_language(text) or text
            title, org, place = _title_line(text, body)
            if block.kind == "para" and len(text.split()) > 10 and not (
                    org and len(text.split()) <= 16 and not text.endswith(".")):
                # prose before any title line: the header (if any) is over; not a long
                # 'Title — Employer (Place)' line
                break
            org = _full_name(org, blocks[i + 1] if i + 1 < len(blocks) else None)
            if title_ok(title):
                title_at, under = i, i + 1
                found.used.add(i)
                if found.offer("title", title, "header") or found.title == title:
                    found.offer("company", org, "header")
                    found.offer("location", place, "header")
                continue
        if title_at is not None and i == under and block.kind == "para" and _terms_line(block.text):
            found.used.add(i)
            under += 1  # "$19.50/hr | 2nd Shift 3pm-11:30pm | Mon-Fri": the company comes next
            continue
        if title_at is not None and i == under and block.kind in ("para", "heading") \
                and len(block.text.split()) <= 20:
            company, location = _company_line(block.raw if block.kind == "para" else block.text)
            if company or location:
                found.used.add(i)
                found.offer("company", company, "header")
                found.offer("location", location, "header")
                place_at = i + 1
            continue
        if i == place_at and block.kind == "para" and len(block.text.split()) <= 6 \
                and location_like(block.text) and not found.location:
            found.used.add(i)  # "District Manager" / "Academy Sports + Outdoors" / "Columbus, OH"
            found.offer("location", block.text, "header")
        elif i == place_at and block.kind == "para" and not found.location \
                and (line := _company_line(block.raw)) and not line[0] and line[1] \
                and len(line[1].split()) <= 8:  # not the tail of the employer's story
            found.used.add(i)  # "Halifax, West Yorkshire | Permanent | £15.50 per hour"
            found.offer("location", line[1], "header")


def _from_about(blocks: list[Block], found: Identity) -> None:
    for block in blocks:
        m = re.match(r"^About\s+(.+?)[.!:]?$", block.text) if block.kind == "heading" else None
        if m and m.group(1).split()[0].lower() not in _SMALL | {"us", "you", "our", "this"} \
                and name_like(m.group(1)):
            found.offer("company", m.group(1), "about")
            return


# "Hi, we're Quillstack!", "Quillstack is an equal opportunity employer.": the employer's name.
_WE_ARE = re.compile(r"(?:^|[.!?,]\s+|\n)(?:[Ww]e(?:'re|’re| are))\s+(?P<company>" + _NAME
                     + r")[!.]")
_EQUAL = re.compile(r"(?:^|[.!?]\s+|\n)(?P<company>" + _NAME + r")\s+is\s+(?:an?\s+|proud to be "
                    r"an?\s+)equal (?:opportunity|employment opportunity) employer\b")

# "Kestrel Plant Hire is a family-owned plant hire company based in Inverness": a sentence
# that opens on the employer's name and says what kind of organisation it is.
_IS_A_COMPANY = re.compile(r"(?:^|[.!?]\s+|\n)(?P<company>" + _NAME + r")\s+is\s+an?\s+"
                           r"(?:(?!(?:with|for|of|in|at|on|to)\b)[\w'’-]+\s+){0,5}?"
                           r"(?:company|business|firm|organi[sz]ation|"
                           r"employer|charity|co-?operative|agency|provider|manufacturer|"
                           r"contractor|consultancy|supplier|distributor|retailer|producer)\b")

# What opens a sentence about the employer without naming it: a pronoun, or "The" and one
# word ("The Trust", "The Workshop"; "The Larkspur Hotel Savannah" is a name).
_NOT_A_NAME = re.compile(r"(?:This|That|It|There|Here|Our|Your|Their)\b|The\s+\S+$")


def _from_prose(text: str, found: Identity) -> None:
    for pattern in (_WE_ARE, _EQUAL, _IS_A_COMPANY):
        for m in pattern.finditer(text):
            # (a name never runs over a line: "Workshop Supervisor\n\nKestrel Plant Hire")
            company = m.group("company").split("\n")[-1].strip()
            if pattern is _IS_A_COMPANY and _NOT_A_NAME.match(company):
                continue  # "This is a ...", "The Trust is a large NHS employer"
            if name_like(company) and not role_like(company) \
                    and company.lower() not in ("we", "the company", "our company"):
                found.offer("company", company, "heuristic")
    for pattern in (_COMPANY_HIRING, _JOIN_AS, _HIRING):
        for m in pattern.finditer(text):
            title = re.sub(r"\s+(?:of|and|&|for)$", "", m.group("title").strip())
            title = re.sub(r"\s*\($", "", title)
            if not (role_like(title) and title_ok(title)):
                continue
            company = m.groupdict().get("company") or ""
            if company and not name_like(company):
                continue
            found.offer("title", title, "heuristic")
            found.offer("company", company, "heuristic")


# "We run 1,800 hives across Central Otago and need a head beekeeper.": the sentence ends on
# the job it needs, written in lower case as prose does.
_WE_NEED = re.compile(r"^(?:[Ww]e|[Ss]o we)\b[^.;:]{0,100}?\b(?:need|want)\s+(?:an?|our (?:first|"
                      r"next|new))\s+(?P<title>(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)[.!]?$")


def announces_job(sentence: str) -> bool:
    """"We are hiring a Data Engineer to ...", "Acme is looking for a Recruiter": a sentence
    that names the job rather than asks anything of the candidate (not "... a Java Developer
    with 3 years of ...", which does both)."""
    need = _WE_NEED.match(sentence.strip())
    if need is not None and role_like(need.group("title")):
        return True
    return any(role_like(m.group("title")) and title_ok(m.group("title"))
               and not re.match(r"\s+(?:with|who|that)\b", sentence[m.end():])
               for p in (_COMPANY_HIRING, _JOIN_AS, _HIRING) for m in p.finditer(sentence))


def _from_email(text: str, found: Identity) -> None:
    """jobs@acme.com -> "Acme"; hiring@techsolutions.com -> "Tech Solutions" when the ad
    spells the name with its spaces somewhere."""
    for m in _EMAIL.finditer(text):
        labels = m.group(1).lower().split(".")[:-1]  # without the top-level domain
        while len(labels) > 1 and labels[-1] in _SECOND_LEVEL:
            labels.pop()
        name = labels[-1]
        if name in _GENERIC_MAIL:
            continue
        key = re.sub(r"[^a-z0-9]", "", name)
        runs = (words[i:j] for words in (c.split() for c in re.findall(_NAME, text))
                for i in range(len(words)) for j in range(i + 1, len(words) + 1))
        spaced = next((" ".join(r) for r in runs
                       if re.sub(r"[^a-z0-9]", "", " ".join(r).lower()) == key), "")
        found.offer("company", spaced or (name.upper() if len(name) <= 3 else "-".join(
            p.capitalize() for p in name.split("-"))), "email")
        return


def _from_at(text: str, found: Identity) -> None:
    """"at <Company>" when the name recurs in the ad (once could be anything)."""
    for m in _AT.finditer(text):
        name = re.sub(r"\s+(?:of|and|&|for)$", "", m.group("company")).rstrip(".,")
        if name.split()[0].lower() in _NOT_AT or not name_like(name):
            continue
        if len(re.findall(rf"\b{re.escape(name)}\b", text)) >= 2:
            found.offer("company", name, "heuristic")
            return


def _level(found: Identity, text: str) -> None:
    lowered = found.title.lower()
    level = next((lv for lv in LEVELS if re.search(rf"\b{lv}\b", lowered)), "")
    if found.offer("level", level, found.sources.get("title", "header")):
        return
    years = [int(m.group(1)) for m in _YEARS.finditer(text)]
    if years:
        top = max(years)
        found.offer("level", "senior" if top >= 5 else "mid" if top >= 2 else "junior",
                    "heuristic")


def identify(front: dict[str, Any], blocks: list[Block], body: str) -> Identity:
    """Title, company, location and level of a JD, each with where it came from."""
    found = Identity()
    _from_front_matter(front, found)
    _from_header(blocks, body, found)
    _from_about(blocks, found)
    _from_prose(body, found)
    _from_email(body, found)
    _from_at(body, found)
    _level(found, body)
    return found
