"""Entry headings as people write them: which part is the title, the employer, the place.

`parse_entry_heading` splits "Title — Company" at the first separator. Real CVs also write the
place into the heading ("Lead Welder | Calumet Steel | Hammond, IN | 2018 – Present",
"Journeyman Electrician, Sun Valley Electric, Phoenix, AZ") or lead with the employer and its
place ("Oak Springs Elementary, Austin, TX — 3rd Grade Teacher"). The rules here use layout
and one general cue only, a place (`text.places`: "City, ST" with a real US state or Canadian
province code, "City NSW", "City, Country", "Town, County [postcode]"): the part that carries
the place is the employer (or institution). Nothing here is keyed to one CV.
"""

from __future__ import annotations

import re
from collections import Counter

from cvtailor.models import CVEntry, CVSection, SectionKind
from cvtailor.text.cvtext import DATE, DATE_RANGE, MONTH, clean_inline, section_kind
from cvtailor.text.jd_terms import ROLE_NOUNS
from cvtailor.text.places import is_place, is_wider_place, split_place

# Dot leaders between a heading and its right-aligned dates: "Acme Corp ........ 2019 – 2022".
DOT_LEADER = re.compile(r"\s*(?:\.\s?){4,}\s*")


def place_title_org(title: str, org: str, separator: str) -> tuple[str, str, str]:
    """(title, organization, location) from a heading split at `separator` into title and org.

    - the org ends with its place ("Calumet Steel | Hammond, IN", "Sun Valley Electric,
      Phoenix, AZ"): the place is the location;
    - the org is only a place ("Intern, Zillow — Seattle, WA"): the title part holds the
      employer after its own comma;
    - the title part carries the place and the org does not ("Oak Springs Elementary, Austin,
      TX — 3rd Grade Teacher"): the first part is the employer, the second the title.
    """
    if not org:
        return title, org, ""
    if is_place(org) or is_wider_place(org):
        left, comma, right = title.partition(", ")
        if comma and right and not (is_place(right) or is_wider_place(right)):
            return left.strip(), right.strip(), org
        return title, "", org
    rest, place = split_place(org)
    if place and rest:
        return title, rest, place
    rest, place = split_place(title)
    if place and rest and separator.strip() in ("—", "–", "-", "--", "|"):
        return org, rest, place
    return title, org, ""


# A degree's name at the start of a heading part: "Bachelor of ...", "B.S. in ...", "MBA".
_DEGREE_START = re.compile(
    r"^(?:Bachelor|Master|Associate|Doctor(?:ate)?|Ph\.?\s?D\b|B\.?\s?[AS]c?\.|M\.?\s?[AS]c?\.|"
    r"MBA\b|M\.?Ed\.|B\.?B\.?A\.|(?:High School |Graduate )?Diploma\b)"
)
# A European "Employer, City" line: the city is one to three capitalised words, no digits.
_TRAILING_CITY = re.compile(r"^(?P<head>.*\S),\s*(?P<city>[A-Z][a-zà-ÿ'\-]+(?: [A-Z][a-zà-ÿ'\-]+){0,2})$")


def _only_dates(text: str) -> bool:
    return not re.sub(r"[\s|,()–—\-·]+", "", DATE_RANGE.sub("", clean_inline(text)))


def _without_dates(text: str) -> str:
    plain = DOT_LEADER.sub(" ", clean_inline(text))
    if not DATE_RANGE.search(plain):
        return plain.strip()
    # "SONAE MC [ 01/02/2022 – Current ]": the brackets go with the dates they held
    return re.sub(r"\s*[\[(]\s*[\])]", "", DATE_RANGE.sub("", plain, count=1)).strip(" |,()–—-·")


# Europass's place line under an employer: "City: Porto | Country: Portugal".
_EUROPASS_PLACE = re.compile(r"^City:\s*(?P<city>[^|]+?)\s*(?:\|\s*Country:\s*(?P<country>.+))?$",
                             re.IGNORECASE)


def dates_and_place(text: str) -> bool:
    """The line is a role's dates and where it was, and nothing else: a Europass CV's line
    over the title ("01/02/2022 – CURRENT Porto, Portugal")."""
    rest = _without_dates(text)
    return rest != clean_inline(text).strip() and bool(rest) and (
        is_place(rest) or is_wider_place(rest))


def _title_and_employer(line: str, kind: SectionKind) -> tuple[str, str]:
    """(title, employer) of the line under a Europass dates line: split at a separator, else
    where its capitals end ("MASTER IN INDUSTRIAL ENGINEERING Faculdade de Engenharia ..."),
    else after the last word of a role ("DEMAND AND SUPPLY PLANNER SONAE MC")."""
    parts = re.split(r"\s+[–—|-]\s+|,\s+", line, maxsplit=1)
    if len(parts) == 2:
        return parts[0].strip(), parts[1].strip()
    words = line.split()
    caps = next((i for i, w in enumerate(words) if not w.isupper() and w[:1].isalpha()),
                len(words))
    if 0 < caps < len(words):
        return " ".join(words[:caps]), " ".join(words[caps:])
    if kind == SectionKind.EXPERIENCE:
        last = max((i for i, w in enumerate(words[:-1])
                    if w.lower().rstrip(",") in ROLE_NOUNS), default=-1)
        if last >= 0:
            return " ".join(words[:last + 1]), " ".join(words[last + 1:])
    return line, ""


def _is_stack(text: str) -> bool:
    """Whether a project heading's second part lists tools ('Python, FastAPI, PostgreSQL'):
    three or more short comma-separated names, no place."""
    parts = [p.strip() for p in text.split(",")]
    return len(parts) >= 3 and all(p and len(p.split()) <= 2 for p in parts) and not (
        split_place(text)[1])


def refine_entries(section: CVSection) -> None:
    """Title, employer and place of entries the heading line alone does not give (in place):

    - dates first, then the title, then 'Employer, City' on their own lines (European CVs);
    - an employer line with its place ('The Copper Pot, Portland, OR') over a 'Title, dates'
      line, and a later 'Title, dates' line under the same employer (a promotion);
    - a 'Title' line over an employer line with no place that ends in an employer word
      ('Cactus Ridge Logistics Inc.', '... University');
    - in education, 'Institution — Degree' (the degree named second);
    - in projects, a list of tools after the name is not an employer;
    - a 'Project: ...' (or 'Client:', 'Engagement:', 'Assignment:') sub-entry under an
      employer's entry is work for that employer;
    - Europass label lines ('Occupation or position held: ...', 'Employer: ...'), its
      'dates City, Country' line over 'TITLE EMPLOYER', and its 'TITLE' over 'EMPLOYER
      [ dates ]' over 'City: ... | Country: ...';
    - LinkedIn's export: the company, then the title over 'dates · 3 years 2 months'; in
      education the institution over its degree line.
    Only entries the heading split left without an employer are touched.
    """
    employer_line: CVEntry | None = None
    lead_org: CVEntry | None = None  # the last experience entry with an employer
    for entry in section.entries:
        lead = employer_line
        employer_line = None
        _labelled(entry)
        _company_then_title(section, entry)
        if lead_org is not None and not entry.organization and _SUB_ENTRY.match(
                clean_inline(entry.heading)):
            # 'Project: Clinic turnaround (client, 2021)' under an employer's entry.
            entry.organization, entry.location = lead_org.organization, lead_org.location
            entry.title = _balanced(entry.title)
            continue
        if entry.organization and section.kind == SectionKind.EXPERIENCE:
            lead_org = entry
        elif entry.heading:
            lead_org = None
        if section.kind == SectionKind.PROJECTS and _is_stack(entry.organization):
            entry.organization = ""  # "TransitTime — Python, FastAPI, PostgreSQL": tools
        details = [clean_inline(d) for d in entry.details if not _only_dates(d)]
        if entry.dates and details and dates_and_place(entry.heading):
            # Europass: "01/02/2022 – CURRENT Porto, Portugal" over "DEMAND AND SUPPLY
            # PLANNER SONAE MC": the place is the heading's, the title and employer the line's
            entry.location = _without_dates(entry.heading)
            entry.title, entry.organization = _title_and_employer(details[0], section.kind)
            continue
        if entry.organization or not entry.heading:
            if (section.kind == SectionKind.EDUCATION and _DEGREE_START.match(entry.organization)
                    and not _DEGREE_START.match(entry.title)):
                entry.title, entry.organization = entry.organization, entry.title
            continue
        lines = [clean_inline(d) for d in entry.details if not _only_dates(d)]
        europass = _EUROPASS_PLACE.match(lines[1]) if len(lines) > 1 else None
        if europass and entry.title and _without_dates(entry.heading) == entry.title:
            # Europass: "TITLE" over "EMPLOYER [ 01/02/2022 – Current ]" over "City: Porto |
            # Country: Portugal"
            entry.organization = _without_dates(lines[0])
            entry.location = ", ".join(p for p in europass.group("city", "country") if p)
            continue
        if not entry.title and entry.dates and _only_dates(entry.heading) and lines:
            entry.title = _without_dates(lines[0])
            if len(lines) > 1 and not DATE_RANGE.search(lines[1]):
                org, place = split_place(lines[1])
                m = None if place else _TRAILING_CITY.match(lines[1])
                entry.organization, entry.location = (
                    (m.group("head"), m.group("city")) if m else (org, place))
        elif entry.title and entry.location and lines and not split_place(lines[0])[1] and (
                len(_without_dates(lines[0]).split()) <= 8 and _without_dates(lines[0])):
            entry.organization, entry.title = entry.title, _without_dates(lines[0])
            employer_line = entry
        elif (lead is not None and entry.title and entry.dates and not entry.location
              and not entry.details and _without_dates(entry.heading) == entry.title):
            entry.organization, entry.location = lead.organization, lead.location
            employer_line = entry
        elif entry.title and not entry.location and lines and (
                _without_dates(entry.heading) == entry.title):
            # 'Title' over 'Employer, City, ST': the line with the place is the employer.
            # the employer line may end in the role's dates: 'Barnsley Hospital NHS
            # Foundation Trust  |  Jun 2018 – Aug 2019'
            head = _without_dates(lines[0]).strip(" |·•,;–—-")
            org, place = split_place(head)
            city = _TRAILING_CITY.match(head)
            if place and org and not DATE_RANGE.search(org):
                entry.organization, entry.location = org, place
            elif city and _names_employer(city["head"]) and not _EMPLOYER_WORD.search(
                    entry.title):
                # 'Title' over 'Hartwell Foods Ltd, Leeds': an employer's name and its town
                entry.organization, entry.location = city["head"], city["city"]
            elif city and section.kind == SectionKind.EXPERIENCE and entry.dates \
                    and _role_named(entry.title) and _title_cased(city["head"]) \
                    and not DATE_RANGE.search(head) and len(city["head"].split()) <= 5:
                # 'Registered Veterinary Nurse' over 'Taff Valley Vets, Pontypridd' over its
                # dates: under a role's name, a name and a town no place list knows
                entry.organization, entry.location = city["head"], city["city"]
            elif head and _names_employer(head) and not _EMPLOYER_WORD.search(entry.title):
                # 'Title' over 'Acme Logistics Inc.': the line ending in an employer word.
                entry.organization = head
            elif head.count(",") == 1 and _names_employer(head.split(",")[0]) \
                    and not _EMPLOYER_WORD.search(entry.title) \
                    and head.count("(") == head.count(")"):
                # 'Title' over 'Sheffield Teaching Hospitals NHS Foundation Trust, Northern
                # General Hospital': the employer, then the site worked at
                entry.organization, entry.location = (p.strip() for p in head.split(","))
    _employer_first(section)


# Europass label lines: 'Occupation or position held: Logistics Coordinator',
# 'Employer: Nordspree Logistik GmbH, Berlin, Germany'.
_TITLE_LABEL = re.compile(
    r"^(?:occupation or position held|position held|job title|position|"
    r"title of qualification awarded|qualification awarded)\s*:\s*(?P<value>\S.*)$", re.I)
_ORG_LABEL = re.compile(
    r"^(?:name and address of employer|employer|"
    r"(?:name and type of )?organisation providing education(?: and training)?|"
    r"organization providing education(?: and training)?)\s*:\s*(?P<value>\S.*)$", re.I)
_LABEL_ONLY = re.compile(r"^[A-Za-z][A-Za-z ]*:$")


def _labelled(entry: CVEntry) -> None:
    """Title, employer and place from Europass label lines under a 'Dates: ...' heading."""
    if entry.organization or not _LABEL_ONLY.match(_without_dates(entry.heading) or "-"):
        return
    title = org = ""
    for line in entry.details:
        t, o = _TITLE_LABEL.match(clean_inline(line)), _ORG_LABEL.match(clean_inline(line))
        title = title or (t.group("value").strip() if t else "")
        org = org or (o.group("value").strip() if o else "")
    if title and org:
        entry.title = title
        entry.organization, entry.location = split_place(org)
        if not entry.location:
            entry.organization = org


# A sub-entry label: consultants and contractors list their projects under one employer.
_SUB_ENTRY = re.compile(r"^(?:Project|Client|Engagement|Assignment)\s*:\s*\S", re.I)


def _balanced(title: str) -> str:
    """A title without the open parenthesis a heading split left at its end."""
    head, paren, tail = title.rpartition("(")
    return head.strip() if paren and ")" not in tail and head.strip() else title


# LinkedIn's export: 'January 2020 - Present · 3 years 2 months' (a duration after a dot).
_DURATION = re.compile(r"·\s*(?:\d+\s+(?:yrs?|years?|mos?|months?)\b\s*)+", re.I)


def _company_then_title(section: CVSection, entry: CVEntry) -> None:
    """A company heading over a title line over 'dates · duration' (LinkedIn's export), and in
    education an institution heading over its degree line: the heading is the organization."""
    lines = [clean_inline(d) for d in entry.details]
    if (entry.organization or not entry.title or not lines
            or _without_dates(entry.heading) != entry.title):
        return
    if (section.kind == SectionKind.EXPERIENCE and len(lines) > 1 and len(lines[0].split()) <= 8
            and not DATE_RANGE.search(lines[0]) and DATE_RANGE.match(lines[1])
            and _DURATION.search(lines[1][:60])):
        entry.organization, entry.title = entry.title, lines[0]
    elif (section.kind == SectionKind.EDUCATION and _DEGREE_START.match(lines[0])
          and not _DEGREE_START.match(entry.title)):
        degree = lines[0].split(" · ")[0].strip()
        if DATE_RANGE.search(degree):
            return
        entry.organization, entry.title = entry.title, degree


# The last word of an employer's name: 'Riverside Methodist Hospital', 'Acme Holdings Inc.'.
_EMPLOYER_WORD = re.compile(
    r"\b(?:Hospital|Clinic|Cent(?:er|re)|University|College|School|Academy|Institute|Inc\.?|"
    r"LLC|LLP|Ltd\.?|Corp\.?|Corporation|Company|Co\.|Group|Bank|Agency|Department|Foundation|"
    r"Services|Partners|Associates|Hotel|Library|Council|Authority|GmbH|plc|"
    # the UK's public bodies: "... NHS Foundation Trust", "... University Health Board"
    r"Trust|Health Board|Service|Commission|Ministry)$")


# The first words of an institution's name: 'University of Huddersfield', 'Bank of Montreal'.
_EMPLOYER_LEAD = re.compile(
    r"^(?:The )?(?:University|College|Institute|School|Academy|Bank|Department|Ministry|"
    r"Council|Office|Faculty) of [A-Z]")


def _role_named(title: str) -> bool:
    """A title that ends in a role's noun ('Registered Veterinary Nurse', 'Line Cook')."""
    words = title.lower().split()
    return bool(words) and words[-1] in ROLE_NOUNS and len(words) <= 6


def _title_cased(name: str) -> bool:
    """Every word of a name capitalised, small joining words aside ('Taff Valley Vets',
    'Bank of Ireland')."""
    words = name.split()
    return bool(words) and all(w[:1].isupper() or w in ("of", "and", "&", "the", "de", "la")
                               for w in words)


def _names_employer(line: str) -> bool:
    """Whether a short line with no dates or place is an employer's name by its last word (or
    its first words: 'University of ...')."""
    return (bool(_EMPLOYER_WORD.search(line) or _EMPLOYER_LEAD.match(line))
            and not DATE_RANGE.search(line) and len(line.split()) <= 8 and "," not in line)


def _employer_first(section: CVSection) -> None:
    """'Employer ........ dates' over a 'Title' line, where no place tells which is which: when
    one such entry of the section names an employer by its last word ('... Hospital'), every
    entry of that shape in the section is employer first (people use one layout throughout)."""
    shaped: list[tuple[CVEntry, str]] = []
    for entry in section.entries:
        lines = [clean_inline(d) for d in entry.details if not _only_dates(d)]
        if (section.kind != SectionKind.EXPERIENCE or not entry.title or entry.organization
                or entry.location or not lines or _without_dates(entry.heading) != entry.title):
            continue
        line = lines[0]
        if DATE_RANGE.search(line) or split_place(line)[1] or len(line.split()) > 10:
            continue
        shaped.append((entry, line))
    if any(_EMPLOYER_WORD.search(entry.title) and not _EMPLOYER_WORD.search(line)
           for entry, line in shaped):
        for entry, line in shaped:
            entry.organization, entry.title = entry.title, line


# A date range cut at the end of a line by a PDF's wrapping: "... | Jul 2017 – Jan" + "2021".
_WRAPPED_RANGE = re.compile(
    rf"(?P<open>{DATE}\s*[-–—]\s*(?:{MONTH}\s*)?)[ \t]*\n[ \t]*"
    rf"(?P<end>(?:{MONTH}\s+)?\d{{4}}|[Pp]resent|[Cc]urrent)[ \t]*(?=\n|$)"
)


def join_wrapped_dates(text: str) -> str:
    """Text with a date range the line wrap cut in two joined again ('Jul 2017 – Jan 2021')."""
    return _WRAPPED_RANGE.sub(lambda m: f"{m.group('open').rstrip()} {m.group('end')}", text)


# Preamble lines that name the document or a block, not the person: never the name.
_DOCUMENT_TITLE = re.compile(
    r"^(?:curriculum vitae|résumé|resume|cv|personal (?:details|information|data)|"
    r"contact (?:details|information))$", re.IGNORECASE)
_NAME_FIELD = re.compile(r"^(?:full )?name\s*:\s*(?P<name>\S.*)$", re.IGNORECASE)


def is_document_title(line: str) -> bool:
    """Whether a preamble line is 'Curriculum Vitae', 'Personal details' and the like."""
    return bool(_DOCUMENT_TITLE.match(clean_inline(line).strip(" :")))


def name_field(line: str) -> str:
    """The name a 'Name: Anna Lindqvist' line gives, or ''."""
    m = _NAME_FIELD.match(clean_inline(line))
    return m.group("name").strip() if m else ""


# Where a second column starts on a line of a text export: after a gap of three spaces or more.
_COLUMN_START = re.compile(r"(?<=\S)[ ]{3,}(?=\S)")


def _right_cell(line: str, col: int) -> str:
    """The text of a line from column `col` on when a gap (or the margin) ends there, else ''."""
    if len(line) <= col or line[col] == " " or not line[max(col - 3, 0):col].isspace():
        return ""
    return line[col:].strip()


def split_side_column(text: str) -> str:
    """Text with a side column read after the main one: a text export of a two-column CV puts
    both columns on each line ('Payroll Officer          Sage 50 Payroll'). A column is a
    start position (at least 20 characters in) where text follows a gap on four lines or more
    and that carries a section heading of its own ('SKILLS'); nothing of the main column may
    run across it. The main column's lines come first, then the side column's, so every
    line is kept and no role's line is cut in two."""
    lines = text.split("\n")
    starts: Counter[int] = Counter()
    for line in lines:
        for m in _COLUMN_START.finditer(line):
            starts[m.end()] += 1
        lead = len(line) - len(line.lstrip(" "))
        if lead >= 20 and line.strip():
            starts[lead] += 1
    for col, count in starts.most_common(3):
        if col < 20 or count < 4:
            continue
        rows = [i for i, line in enumerate(lines) if _right_cell(line, col)]
        cells = [_right_cell(lines[i], col) for i in rows]
        if len(rows) < 4 or not any(section_kind(c) for c in cells):
            continue
        first, last = rows[0], rows[-1]
        region = lines[first:last + 1]
        if any(len(line) > col and not _right_cell(line, col) and line[col - 1:].strip()
               and line[col - 1] != " " for line in region):
            continue  # a main-column line runs across the column: no side column
        left = [line[:col].rstrip() for line in region]
        right = [_right_cell(line, col) for line in region]
        return "\n".join([*lines[:first], *left, "", *right, "", *lines[last + 1:]])
    return text
