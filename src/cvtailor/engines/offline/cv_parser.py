"""Markdown / plain-text CV -> StructuredCV by heading and layout heuristics.

Recognises Markdown headings (ATX and setext), bold-only lines, ALL-CAPS lines and `Heading:`
lines as section headings when they name a known section; inside experience-like sections a
new entry starts at a sub-heading or at a non-bullet line after bullets. Entry headings and
detail lines are kept verbatim (they carry the facts: titles, employers, dates).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from cvtailor.engines.offline.cv_heading import (
    DOT_LEADER,
    dates_and_place,
    is_document_title,
    join_wrapped_dates,
    name_field,
    place_title_org,
    refine_entries,
    split_side_column,
)
from cvtailor.models import (
    ITEM_TYPE_FOR_SECTION,
    CVEntry,
    CVSection,
    SectionKind,
    StructuredCV,
    unique_section_id,
)
from cvtailor.text.cvtext import (
    BULLET,
    CONTACTISH,
    DATE_RANGE,
    FLAT_SECTIONS,
    PARTICULARS,
    SECTION_NAMES,
    clean_inline,
    section_kind,
    strip_front_matter,
)
from cvtailor.text.degrees import SCHOOL_WORDS
from cvtailor.text.jd_terms import is_duty_verb
from cvtailor.text.lexicon import base_verb, verb_form
from cvtailor.text.not_held import NOT_YET, QUALIFICATION_WORDS, unfinished
from cvtailor.text.places import is_place, is_wider_place

_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_DECORATED = re.compile(r"^\s*[-=*#\[\]>|~_:•◆■▪►]+\s*([A-Za-z][A-Za-z &/,'-]*?)\s*"
                        r"([-=*#\[\]<|~_:•◆■▪◄]*)\s*$")
_SUMMARY_LABEL = re.compile(r"^(?:\*\*|__)?(?:summary|profile|about me|professional summary|"
                            r"career summary|objective)\s*:\s*(?:\*\*|__)?\s*", re.IGNORECASE)
_WIKI_HEADING = re.compile(r"^\s*(={2,6})\s*([^=].*?)\s*\1\s*$")
_BOLD_LINE = re.compile(r"^\s*(\*\*|__)(.+?)\1\s*:?\s*$")
_SETEXT = re.compile(r"^\s*(=+|-{3,})\s*$")
# A line drawn to separate blocks, not under a heading: '------', '======', '* * *', '____'.
_RULE = re.compile(r"^\s*(?:([-=_*~])\s*)(?:\1\s*){2,}$")
_TITLE_SEPARATORS = (" — ", " – ", " -- ", " - ", " | ", " at ", " @ ", ", ")


# Words that name a section's kind wherever they stand in its heading, the first kind first.
_KIND_WORDS = (
    (SectionKind.EXPERIENCE, ("experience",)),
    (SectionKind.SKILLS, ("skills",)),
    (SectionKind.EDUCATION, ("education",)),
    (SectionKind.PROJECTS, ("projects",)),
    # "Cards and training", "Tickets held": what a tradesperson holds
    (SectionKind.CERTIFICATIONS, ("certifications", "cards", "tickets", "certificates",
                                  "licences", "licenses")),
)


def _loose_kind(heading: str) -> SectionKind:
    """The kind of a section heading the name list does not know: by a known word in it."""
    key = re.sub(r"[^a-z ]", " ", clean_inline(heading).lower())
    compact = key.replace(" ", "")
    for kind in (SectionKind.EXPERIENCE, SectionKind.SKILLS, SectionKind.EDUCATION,
                 SectionKind.PROJECTS, SectionKind.CERTIFICATIONS, SectionKind.LANGUAGES):
        if any(name.replace(" ", "") == compact for name in SECTION_NAMES[kind]):
            return kind
    words = key.split()
    for kind, names in _KIND_WORDS:
        if any(name in words for name in names):
            return kind
    return SectionKind.OTHER


@dataclass
class _Line:
    text: str  # raw
    heading_level: int = 0  # 0 = not a heading
    heading_text: str = ""
    bullet: bool = False
    drawn: bool = False  # a heading in the document's own markup (`#`, an underline, `==`)


@dataclass
class _Block:
    heading: str
    kind: SectionKind
    lines: list[_Line] = field(default_factory=list)


def _classify(lines: list[str]) -> list[_Line]:
    out: list[_Line] = []
    skip_next = False
    for i, raw in enumerate(lines):
        if skip_next:
            skip_next = False
            continue
        text = raw.rstrip()
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        m = _MD_HEADING.match(text)
        if m:
            out.append(_Line(text, len(m.group(1)), m.group(2).strip(), drawn=True))
            continue
        w = _WIKI_HEADING.match(text)
        if w:  # "== Work Experience ==" (wiki and AsciiDoc-style plain text)
            out.append(_Line(text, 2, w.group(2).strip(), drawn=True))
            continue
        d = _DECORATED.match(text)
        if d and section_kind(d.group(1)) and (d.group(2) or not BULLET.match(text)):
            # "--- Experience ---", "[Education]", ">> Skills" (a bullet "- Languages" of a
            # list is an item unless it is drawn on both sides: "• EXPERIENCE •")
            out.append(_Line(text, 2, d.group(1).strip()))
            continue
        if text.strip() and not BULLET.match(text) and _SETEXT.match(nxt):
            out.append(_Line(text, 1 if nxt.strip().startswith("=") else 2, text.strip(),
                             drawn=True))
            skip_next = True
            continue
        if _RULE.match(text):
            out.append(_Line(""))  # a separator line ('-----', '====', '***'): a blank line
            continue
        if BULLET.match(text):
            out.append(_Line(text, bullet=True))
            continue
        b = _BOLD_LINE.match(text)
        if b and section_kind(b.group(2)):
            out.append(_Line(text, 2, b.group(2).strip()))
            continue
        stripped = text.strip()
        letters = re.sub(r"[^A-Za-z]", "", stripped)
        if (
            stripped
            and len(letters) >= 3
            and stripped.upper() == stripped
            and len(stripped.split()) <= 5
            and section_kind(stripped)
        ):
            out.append(_Line(text, 2, stripped.strip(":")))
            continue
        if (stripped and len(stripped.split()) <= 5 and not stripped.endswith((".", ","))
                and section_kind(stripped)):
            # A plain line that is exactly a section name: "Experience", "Work History".
            out.append(_Line(text, 2, stripped.rstrip(":").strip()))
            continue
        if stripped.endswith(":") and section_kind(stripped[:-1]):
            out.append(_Line(text, 2, stripped[:-1]))
            continue
        spoken = _LANGUAGES_LINE.match(stripped)
        if spoken and section_kind(spoken.group(1)) is SectionKind.LANGUAGES \
                and (not nxt.strip() or _MD_HEADING.match(nxt)):
            # "Languages: French (native), English (fluent)" closing another section: the
            # languages, not a line of the entry above ("Pet First Aid and CPR, 2023")
            out.append(_Line(spoken.group(1), 2, spoken.group(1)))
            out.append(_Line(f"- {spoken.group(2)}", bullet=True))
            continue
        out.append(_Line(text))
    return out


# A section's name and what it lists on one line ("Languages: French (native), English").
_LANGUAGES_LINE = re.compile(r"([A-Z][A-Za-z ]{2,20}):\s+(\S.*)")


def parse_entry_heading(heading: str) -> tuple[str, str, str]:
    """(title, organization, dates) from an entry heading; facts stay verbatim elsewhere."""
    title, org, _location, dates = entry_heading_facts(heading)
    return title, org, dates


# Dates in a heading stand apart: the digits of 'PHY0001873452' or 'FY2022' are no year.
_HEADING_DATES = re.compile(rf"(?<![A-Za-z0-9])(?:{DATE_RANGE.pattern})(?![A-Za-z0-9])")


# "Labourer, then Scaffolder", "Sales Assistant, later Supervisor": the titles one employer gave
# in turn; after that comma comes the next title, not the employer.
_TITLES_IN_TURN = re.compile(r"(?:and\s+)?(?:then|later|now|rising\s+to|promoted\s+to|"
                             r"becoming)\b")  # lower case: "Now TV" is an employer
_PLACE_IN_PARENS = re.compile(r"^(?P<name>[^()]*\S)\s*\((?P<place>[^()]+)\)$")


_HOW_LONG = re.compile(r"\s*[|·]\s*\d+\s*(?:weeks?|wks?|months?|mos?|years?|yrs?)(?=\s*(?:[|·]|$))",
                       re.IGNORECASE)


def entry_heading_facts(heading: str) -> tuple[str, str, str, str]:
    """(title, organization, location, dates) from an entry heading (see `cv_heading`)."""
    plain = clean_inline(heading)
    if DOT_LEADER.search(plain):
        plain = DOT_LEADER.sub(" ", plain).strip()
    # A wide gap (tab stops of a Word paste, a text export's columns) separates fields.
    plain = _COLUMN_GAP.sub(" | ", plain.strip())
    dates = ""
    m = _HEADING_DATES.search(plain)
    if m:
        dates = m.group(0)
        plain = (plain[: m.start()] + plain[m.end():]).strip(" |,()–—-·")
        plain = re.sub(r"\s+[|·]\s*(?=[|·]|$)", "", plain).strip(" |·")
    # "... | 13 weeks | Jan 2025 – Apr 2025": how long the role was, no title or employer
    plain = _HOW_LONG.sub("", plain).strip(" |·")
    placed = _PLACE_IN_PARENS.match(plain)
    place = ""
    if placed and (is_place(placed["place"]) or is_wider_place(placed["place"])):
        name, place = placed["name"].strip(), placed["place"].strip()
        if not any(sep in name for sep in _TITLE_SEPARATORS):
            # 'Front Range Engineers (Denver, CO)': an employer and its place; the title is
            # on the line under it
            return name, "", place, dates
        plain = name  # 'Account Manager — CareRoute (Boulder, CO)': title, employer, place
    title, org, used = plain.strip(), "", ""
    for sep in _TITLE_SEPARATORS:
        at = plain.find(sep)
        while sep == ", " and at >= 0 and _TITLES_IN_TURN.match(plain[at + len(sep):]):
            at = plain.find(sep, at + len(sep))  # "Labourer, then Scaffolder": one title
        if at >= 0:
            left, right = plain[:at], plain[at + len(sep):]
            title, org, used = left.strip(" |,"), right.strip(" |,"), sep
            break
    title, org, location = place_title_org(title, org, used)
    return title, org, location or place, dates


def _another_degree(entry: CVEntry, line: str) -> bool:
    """Whether a line under a complete heading (title or degree, organization, dates) is the
    next entry's own complete heading rather than a detail of this one (a degree under a
    degree, an academic appointment under an appointment)."""
    if not (entry.title and entry.organization and entry.dates) or entry.details:
        return False
    title, org, _location, dates = entry_heading_facts(line)
    return bool(title and org and dates)


# What names a qualification of its own on a line of an education or certifications list.
# A held credential's line: a degree, a diploma, a level, a licence, a card, a ticket ("CSCS
# Blue Skilled Worker card", "CPCS ticket", "Site Safe passport"), first aid
_QUALIFICATION = re.compile(rf"\b(?:{QUALIFICATION_WORDS}|level\s+\d|nvq|hnd|hnc|cards?|"
                            r"tickets?|passports?|first\s+aid|"
                            # school-leaving qualifications: "A levels: Biology, Chemistry"
                            r"(?:a|as|o)[- ]levels?|i?gcses?|(?:advanced\s+)?highers)\b",
                            re.IGNORECASE)
# Three or more spaces between two words of a heading: a tab's column gap ("... Newcastle
# upon Tyne<tab><tab>Apr 2021 – Present")
_COLUMN_GAP = re.compile(r"(?<=\S) {3,}(?=\S)")
_SCHOOL = re.compile(rf"\b(?:{SCHOOL_WORDS})\b", re.IGNORECASE)
_LABELLED = re.compile(r"^[A-Za-z][\w ]{0,30}:")  # "Dissertation: ...", "Modules: ..."


def _another_qualification(kind: SectionKind, entry: CVEntry, line: str) -> bool:
    """Whether a plain line of an education or certifications list is a qualification of its
    own, not a detail of the one above: both name one ("ACCA — 9 of 13 exams passed" then
    "AAT Level 4 Diploma in Professional Accounting, 2020" then "First Aid at Work certificate
    (expired 2023)", written without bullets), or the line is a whole 'course, provider,
    year' ("Excel for Finance (Advanced), Leeds City College, 2021"). Read as one entry, the
    lapsed first-aid certificate made the ACCA line a lapsed one. A school's line under its
    degree ("University of Leeds — First Class Honours, 2019"), where and when ("Seattle, WA |
    Sep 2021 – Jun 2025"), a labelled detail
    ("Dissertation: ...") and a line under an entry that has details stay details."""
    label = _LABELLED.match(line)
    if kind not in (SectionKind.EDUCATION, SectionKind.CERTIFICATIONS) or (
            label is not None and not _QUALIFICATION.search(label.group(0))):
        return False  # "Dissertation: ...", not "A levels: Biology, Chemistry, English"
    def held(text: str) -> bool:
        return _named_apart(text) or _QUALIFICATION.search(text) is not None
    if (unfinished(line) and not unfinished(entry.heading) and _named_apart(line)
            and held(entry.heading)) or (unfinished(entry.heading) and not unfinished(line)
                                         and held(line) and _named_apart(entry.heading)):
        # "BSc (Hons) Occupational Therapy, De Montfort University, 2023" then "Moving and
        # Handling trainer course (in progress)", "Gas Fitter Second Class — currently
        # enrolled" then "Class 5 driver's licence": a course under way and a thing held are
        # two entries; read as one, the held degree or licence read as in progress
        return True
    if entry.details:
        return False

    def names_one(text: str) -> bool:
        title, org, _location, dates = entry_heading_facts(text)
        return _QUALIFICATION.search(text) is not None or bool(
            title and org and dates and not _SCHOOL.search(title)
            and not is_place(f"{title}, {org}") and not is_wider_place(f"{title}, {org}"))
    def dated(text: str) -> bool:  # "IOSH Managing Safely, 2021": a thing and its year
        title = entry_heading_facts(text)[0]
        return bool(_HEADING_DATES.search(clean_inline(text))) and len(text.split()) <= 12 \
            and bool(title) and not _SCHOOL.search(title)
    # each dated on its own line ("IOSH Managing Safely, 2021" then "Fire Marshal training,
    # 2023"): two of the list's qualifications, never a detail and its year
    return (names_one(entry.heading) and names_one(line)) or (dated(entry.heading)
                                                              and dated(line))


def _named_apart(line: str) -> bool:
    """The line names a thing of its own besides any status: two capitalised words or more
    once the status words and years are gone ("Gas Fitter Second Class — currently enrolled"
    does; "Expected May 2026" and "Final year, in progress" do not)."""
    rest = NOT_YET.sub(" ", clean_inline(line))
    rest = re.sub(r"\b(?:19|20)\d\d\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
                  r"[a-z]*\b", " ", rest)
    return len(re.findall(r"\b[A-Z][\w'’/-]*", rest)) >= 2


# A label over the contact lines ("CONTACT", "Contact details:"), a template's sidebar heading
_CONTACT_LABEL = re.compile(r"^(?:contact(?: (?:details|information|info|me))?|get in touch)"
                            r"\s*:?$", re.IGNORECASE)


def parse_cv_text(text: str, source_format: str = "markdown") -> StructuredCV:
    """Markdown or plain-text CV -> StructuredCV: the name, contact lines, sections, entries and
    items, kept verbatim."""
    text = text.replace("\r\n", "\n").replace("\t", "    ").replace("\u00a0", " ")
    text = split_side_column(strip_front_matter(text))
    text = _bulleted_roles(_labelled_roles(_tables_as_lists(join_wrapped_dates(text))))
    lines = _role_after_bullets(_classify(text.split("\n")))
    cv = StructuredCV(source_format=source_format)

    # The name: the first heading, or the first short line without contact details.
    preamble: list[_Line] = []
    blocks: list[_Block] = []
    current: _Block | None = None
    section_level = 0
    for n, line in enumerate(lines):
        kind = section_kind(line.heading_text) if line.heading_level else None
        if kind is None and current is not None and current.kind == SectionKind.SUMMARY \
                and not line.bullet and line.text.strip() and _dated_role(lines, n):
            # "**Profile**" and then "**Intensive Care Paramedic — Western Plains Ambulance**"
            # over "Dubbo · March 2022 – present": the roles start without their own heading
            current = _Block("Experience", SectionKind.EXPERIENCE)
            blocks.append(current)
        if kind is None and line.heading_level and (
            line.heading_level == section_level or (
                # "## Research Interests" under the name, before any section the names list
                # knows: a section of the CV, not a line of its header
                section_level == 0 and line.heading_level >= 2 and preamble
                and not _CONTACT_LABEL.match(clean_inline(line.heading_text))
                and not is_document_title(line.heading_text))
        ) and line.drawn and (line.text.lstrip().startswith("#") or (
                not _HEADING_DATES.search(line.heading_text)
                and _loose_kind(line.heading_text) is not SectionKind.OTHER)):
            # A Markdown heading at the level of the known sections is a section too ("Skills
            # Summary", "WorkExperience", "Selected Honors"; PDF/LaTeX/DOCX readers write these),
            # as is a plain-text heading underlined as they are that names a known kind by a
            # word of it ("Cards and training" over "======" under "Employment history" over
            # "======"; an underlined name no word of which is known may be a role's).
            kind = _loose_kind(line.heading_text)
        if kind is not None and current is None and is_document_title(line.heading_text):
            kind = None  # "Personal details" over "Name: Anna Lindqvist": the CV's header
        if kind is not None and (section_level == 0 or line.heading_level <= section_level):
            section_level = line.heading_level
            current = _Block(clean_inline(line.heading_text), kind)
            blocks.append(current)
            continue
        if current is None:
            preamble.append(line)
        else:
            current.lines.append(line)

    summary_lines: list[str] = []
    cv.name = next((name_field(line.text) for line in preamble if name_field(line.text)), "")
    for line in preamble:
        plain = clean_inline(line.heading_text or line.text)
        if not plain or is_document_title(plain) or (cv.name and name_field(plain) == cv.name) \
                or _CONTACT_LABEL.match(plain):
            continue
        if not cv.name and len(plain.split()) <= 6 and not CONTACTISH.search(plain) and not (
            any(ch.isdigit() for ch in plain)
        ):
            cv.name = plain.strip()
            continue
        if len(plain.split()) >= 12 and not CONTACTISH.search(plain) and not all(
                len(part.split()) <= 8 for part in plain.split(" | ")):
            # "Summary: Senior mortgage processor ...": the label is the section's name (a
            # line of short fields, "U.S. Citizen | Veterans' Preference: 10-point (CPS) |
            # Security Clearance: Secret", is a header line)
            summary_lines.append(_SUMMARY_LABEL.sub("", line.text.strip(), count=1))
        else:
            cv.contact.append(line.text.strip())
    if summary_lines:
        blocks.insert(0, _Block("Summary", SectionKind.SUMMARY, [_Line(s) for s in summary_lines]))

    used_ids: set[str] = set()
    for block in blocks:
        sid = unique_section_id(block.kind, block.heading, used_ids)
        section = CVSection(id=sid, kind=block.kind, heading=block.heading)
        _fill_section(section, block.lines)
        if any(e.items or e.heading for e in section.entries):
            cv.sections.append(section)
    return cv


_TABLE_LINE = re.compile(r"^\s*\|.*\|\s*$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")


def _tables_as_lists(text: str) -> str:
    """A Markdown table ("| Area | Tools |" / "|---|---|" / "| BI | Power BI, Tableau |") as
    the list it is: a line per row, "BI: Power BI, Tableau" (cells beyond two joined with
    " | "), its header row and rule dropped. Kept as rows, every writer printed them as bullets
    ("- |---|---|")."""
    lines = text.split("\n")
    out: list[str] = []
    n = 0
    while n < len(lines):
        if _TABLE_LINE.match(lines[n]) and n + 1 < len(lines) and _TABLE_RULE.match(lines[n + 1]):
            n += 2  # the header row and its rule
            while n < len(lines) and _TABLE_LINE.match(lines[n]):
                cells = [c.strip() for c in lines[n].strip().strip("|").split("|")]
                cells = [c for c in cells if c]
                if cells:
                    out.append("- " + (": ".join(cells) if len(cells) == 2
                                       else " | ".join(cells)))
                n += 1
            continue
        if _column_heads(lines, n):
            n += 1  # "Qualification | University/Board | Year of Passing | Percentage"
            continue
        out.append(lines[n])
        n += 1
    return "\n".join(out)


def _column_heads(lines: list[str], n: int) -> bool:
    """Line `n` heads the columns of a table typed with pipes and no rule (an Indian CV's
    education: "Qualification | University/Board | Year | Percentage" over "B.Sc. (Chemistry)
    | Savitribai Phule Pune University | 2017 | 68.20%"): three cells or more without a
    digit, over a row of as many cells that has one."""
    cells = [c for c in lines[n].strip().strip("|").split("|") if c.strip()]
    if len(cells) < 3 or re.search(r"\d", lines[n]) or n + 1 >= len(lines):
        return False
    below = [c for c in lines[n + 1].strip().strip("|").split("|") if c.strip()]
    return len(below) == len(cells) and re.search(r"\d", lines[n + 1]) is not None \
        and all(len(c.split()) <= 4 for c in cells)


# A role written as labelled lines (Indian and Gulf CVs): "Organization: Lupin Pharma Ltd,
# Pune" / "Designation: Officer - Quality Control" / "Duration: August 2021 to Till Date".
_ROLE_LABELS = (
    ("org", re.compile(r"^(?:name of (?:the )?)?(?:organi[sz]ation|company(?: name)?|employer|"
                       r"firm)\s*[:–-]\s*(\S.*)$", re.IGNORECASE)),
    ("title", re.compile(r"^(?:designation|position(?: held)?|job title|role|post held)"
                         r"\s*[:–-]\s*(\S.*)$", re.IGNORECASE)),
    ("dates", re.compile(r"^(?:duration|period|tenure|working period|from\s*[-–]\s*to|dates?)"
                         r"\s*[:–-]\s*(\S.*)$", re.IGNORECASE)),
    ("place", re.compile(r"^(?:location|place of (?:work|posting)|work location)"
                         r"\s*[:–-]\s*(\S.*)$", re.IGNORECASE)),
)


def _labelled_roles(text: str) -> str:
    """Each role written as labelled lines ("Organization:", "Designation:", "Duration:", in
    any order, one after the other) as a heading, "### Title — Employer", over its dates and
    place, the way the rest of the parser reads a role; a group without a title and an
    employer or dates, or whose dates are no dates, is left as it is."""
    lines = text.split("\n")
    out: list[str] = []
    n = 0
    while n < len(lines):
        found: dict[str, str] = {}
        end = n
        while end < len(lines):
            plain = clean_inline(BULLET.sub("", lines[end])).strip()
            labelled = next(((k, m) for k, pattern in _ROLE_LABELS
                             if k not in found and (m := pattern.match(plain))), None)
            if labelled is None:
                break
            found[labelled[0]] = labelled[1].group(1).strip()
            end += 1
        if "title" in found and ("org" in found or "dates" in found) \
                and ("dates" not in found or DATE_RANGE.search(found["dates"])):
            heading = " — ".join(found[k] for k in ("title", "org") if k in found)
            out += ["", f"### {heading}",
                    *(found[k] for k in ("dates", "place") if k in found)]
            n = end
            continue
        out.append(lines[n])
        n += 1
    return "\n".join(out)


# A bulleted line that ends on a role's dates: "- ICU RN, Intermountain Medical Center, Murray,
# UT | 13 weeks | Jan 2025 – Apr 2025".
_DATES_AT_END = re.compile(rf"(?:{DATE_RANGE.pattern})\s*\)?$")


def _bulleted_roles(text: str) -> str:
    """A role written as a bullet that ends on its dates, with what was done indented under it
    (a travel nurse's or a contractor's assignments under their agency): the bullet heads
    the role, and each indented line is one of its bullets. A bullet whose next line is not
    indented, or opens in lower case (a wrapped sentence), stays as written."""
    lines = text.split("\n")
    out: list[str] = []
    in_role = False
    for n, line in enumerate(lines):
        head = BULLET.sub("", line, count=1).strip() if BULLET.match(line) else ""
        nxt = lines[n + 1] if n + 1 < len(lines) else ""
        if head and _DATES_AT_END.search(head) and len(head.split()) <= 25 \
                and not head.endswith(".") and re.match(r"[ \t]{2,}[A-Z]", nxt) \
                and not BULLET.match(nxt):
            out += ["", f"### {head}"]
            in_role = True
            continue
        if in_role and re.match(r"[ \t]{2,}\S", line) and not BULLET.match(line):
            out.append(f"- {line.strip()}")
            continue
        in_role = False
        out.append(line)
    return "\n".join(out)


def _role_after_bullets(lines: list[_Line]) -> list[_Line]:
    """A role heading right under the last bullet of the role before, with no blank line
    between (a DOCX's paragraphs, "**Recovery Worker, Mind in Rotherham**" over its dates):
    it starts a block of its own, as after a blank line."""
    out: list[_Line] = []
    for n, line in enumerate(lines):
        if n and lines[n - 1].bullet and not line.bullet and not line.heading_level \
                and line.text.strip() and not line.text.startswith((" ", "\t")) \
                and _dated_role(lines, n):
            out.append(_Line(""))
        out.append(line)
    return out


def _dated_role(lines: list[_Line], at: int) -> bool:
    """A line that heads a role: short (a title and employer, not a sentence), it or the next
    non-empty line carries a date range, and bullets follow within a few lines."""
    head = clean_inline(lines[at].heading_text or lines[at].text)
    if len(head.split()) > 12 or head.endswith(".") \
            or not any(ln.bullet for ln in lines[at + 1:at + 4]):
        return False
    following = next((ln for ln in lines[at + 1:at + 3] if ln.text.strip()), None)
    return bool(DATE_RANGE.search(head)) or (
        following is not None and not following.bullet
        and DATE_RANGE.search(clean_inline(following.text)) is not None)


# A line that opens with a date range and then a column gap: '2019–2023    Staff Nurse, ...'.
_DATES_COLUMN = re.compile(rf"^\s*(?:{DATE_RANGE.pattern})\s{{2,}}(?=\S)")


def _dated_heading(text: str) -> bool:
    """A short line that carries a date range: a role's heading ('2017 – 2021 | Commis Chef,
    Durban ICC Banqueting')."""
    plain = clean_inline(text)
    return len(plain.split()) <= 14 and DATE_RANGE.search(plain) is not None \
        and not plain.endswith(".")


def _done(text: str) -> bool:
    """A line that opens on what was done ("Run the grill section ...", "Kept HACCP logs"):
    an achievement, not an employer or place line."""
    first = re.match(r"[A-Za-z]+", clean_inline(text))
    word = first.group(0).lower() if first else ""
    return bool(word) and text.strip()[:1].isupper() and (
        is_duty_verb(word) or (word.endswith("ed") and verb_form(word)) or _past(word))


def _past(word: str) -> bool:
    """An irregular past form ("kept", "led", "oversaw"): a verb form that is neither the base
    nor its -s or -ing form."""
    return verb_form(word) and not base_verb(word) and not word.endswith(("s", "ing"))


def _dates_only(text: str) -> bool:
    """Whether a line holds a date range and nothing else ('March 2021 to present')."""
    return DATE_RANGE.fullmatch(clean_inline(text).strip(" |,()·*_")) is not None


def _block_head(lines: list[_Line], at: int) -> bool:
    """Whether a line after a blank line heads a block 'Title' / 'Employer' / 'dates': short,
    not a sentence, and a dates-only line follows within two lines, with no bullet between."""
    head = clean_inline(lines[at].text).strip()
    # words, not the marks between them: "HVAC Installer / Apprentice - Buckeye Comfort
    # Heating & Cooling, Dublin, OH" is a title and an employer, not a sentence
    if len(re.findall(r"[A-Za-z0-9]\S*", head)) > 10 or head.endswith((".", ":")) \
            or _dates_only(head):
        return False
    for ln in lines[at + 1:at + 3]:
        if not ln.text.strip() or ln.bullet or ln.heading_level:
            return False
        if _dates_only(ln.text):
            return True
    return False


def _dates_first(entry: CVEntry) -> None:
    """A degree written under its dates ("2018 – 2022" / "B.Tech, Computer Science ...,
    Indian Institute of Technology Delhi ... GPA: 9.5/10"): a line too long for a heading
    became the entry's item and the dates its heading, shown as "### 2018 – 2022". The line
    heads the entry, and the dates are its details, as written."""
    if not _dates_only(entry.heading) or entry.details or not entry.items \
            or entry.items[0].text.rstrip().endswith("."):
        return
    first = entry.items.pop(0)
    dates = entry.heading
    entry.heading = first.original or first.text
    entry.details = [dates]
    entry.title, entry.organization, entry.location, _ = entry_heading_facts(entry.heading)
    entry.dates = entry.dates or dates


def _table_row(line: _Line) -> bool:
    """A plain line of cells joined with " | " (a table's row), not a heading or a bullet."""
    return not line.heading_level and not line.bullet and " | " in line.text.strip()


# The fields a US federal résumé gives under each role, before its duties.
_FEDERAL_FIELD = re.compile(r"^(?:hours per week|salary|supervisor|grade|series|pay plan|"
                            r"(?:may|okay to) contact(?: supervisor)?)\s*:", re.IGNORECASE)


# "Available on request", "References available upon request.": no referee's name.
_ON_REQUEST = re.compile(r"^(?:(?:references?|referees?)\s+(?:are\s+|will\s+be\s+)?)?"
                         r"(?:available|provided|furnished|supplied)\s+(?:up)?on\s+request\.?$",
                         re.IGNORECASE)


def _fill_section(section: CVSection, lines: list[_Line]) -> None:
    entry = CVEntry(id=f"{section.id}-1")
    section.entries.append(entry)
    paragraph: list[str] = []
    seen_bullet = False
    flat = section.kind in FLAT_SECTIONS or bool(
        PARTICULARS.match(clean_inline(section.heading or "").strip(" :")))

    def flush() -> None:
        if paragraph:
            entry.add_item(" ".join(paragraph), ITEM_TYPE_FOR_SECTION[section.kind])
            paragraph.clear()

    def new_entry(heading: str) -> CVEntry:
        nonlocal entry, seen_bullet
        flush()
        if entry.items or entry.heading or entry.details:
            entry = CVEntry(id=f"{section.id}-{len(section.entries) + 1}")
            section.entries.append(entry)
        # "Rope Access Supervisor, Northline, Newcastle<tabs>Apr 2021 – Present": a column
        # gap of a word processor's layout, which a page shows as one space, reads as " | "
        entry.heading = heading = _COLUMN_GAP.sub(" | ", heading)
        entry.title, entry.organization, entry.location, entry.dates = entry_heading_facts(heading)
        seen_bullet = False
        return entry

    hang = 0  # the column of a dates-first heading's text: '2019–2023    Staff Nurse, ...'
    dated_block = False  # a dates-only line of this entry's block has been read
    prev_blank = False
    for n, line in enumerate(lines):
        raw = line.text.strip()
        after_blank, prev_blank = prev_blank, not raw
        if line.heading_level:
            if flat and section.kind == SectionKind.SKILLS and any(
                    later.bullet for later in lines[n + 1:n + 3]):
                # "### Health and safety" over its achievements in a skills-based CV: a group
                # of its own, written as the person wrote it, never one more skill
                new_entry(clean_inline(line.heading_text))
                entry.title = entry.organization = entry.location = entry.dates = ""
            elif flat:
                flush()
                entry.add_item(clean_inline(line.heading_text), ITEM_TYPE_FOR_SECTION[section.kind])
            else:
                new_entry(line.heading_text)
                hang, dated_block = 0, False
            continue
        if not raw:
            flush()
            dated_block = False
            continue
        if _ON_REQUEST.match(raw):
            flush()  # "Referees available on request": a line, never a referee's name
            entry.add_item(raw, ITEM_TYPE_FOR_SECTION[section.kind])
            continue
        if not flat and not line.bullet and entry.heading and not entry.items \
                and _FEDERAL_FIELD.match(raw):
            entry.details.append(raw)  # "Hours per week: 50" under a federal résumé's role
            continue
        if not flat and not line.bullet:
            column = _DATES_COLUMN.match(line.text)
            indent = len(line.text) - len(line.text.lstrip())
            if column:
                # a dates column on the left: each dated line heads an entry, and the lines
                # hung under its text are that entry's achievements
                new_entry(raw)
                hang, dated_block = column.end(), False
                continue
            if hang and indent >= hang - 1:
                if entry.organization or entry.details or entry.items:
                    flush()
                    entry.add_item(raw, ITEM_TYPE_FOR_SECTION[section.kind])
                else:
                    entry.details.append(raw)  # 'Title' over its employer, hung alike
                continue
            hang = 0
            if after_blank and entry.heading and (entry.details or entry.items) \
                    and _block_head(lines, n):
                # blocks apart by blank lines: 'Title' / 'Employer' / 'dates' starts a role
                new_entry(raw)
                dated_block = False
                continue
            if after_blank and entry.items and not seen_bullet and _dated_heading(raw):
                # "2017 – 2021 | Commis Chef, Durban ICC Banqueting" after the plain lines of
                # the role before (a DOCX's table per role): the next role
                new_entry(raw)
                continue
            if (dated_block or (entry.dates and section.kind == SectionKind.EXPERIENCE
                                and _done(raw))) \
                    and len(raw.split()) >= 4 and not _dates_only(raw):
                # under 'Title' / 'Employer' / 'dates', the block's plain lines are its
                # achievements (written without bullet marks); under a dated role heading, so
                # is a line that opens on what was done ("Run the grill section for ...")
                flush()
                entry.add_item(raw, ITEM_TYPE_FOR_SECTION[section.kind])
                continue
        if line.bullet:
            flush()
            seen_bullet = True
            entry.add_item(BULLET.sub("", raw, count=1).strip(), ITEM_TYPE_FOR_SECTION[section.kind])
            continue
        if flat:
            if section.kind == SectionKind.SUMMARY:
                paragraph.append(raw)
            else:
                entry.add_item(raw, ITEM_TYPE_FOR_SECTION[section.kind])
            continue
        # Experience-like: a heading line, a details line, or a descriptive paragraph.
        is_long = len(raw.split()) > 14 and not DATE_RANGE.search(raw)
        if (not entry.heading and not entry.items and not is_long) or (seen_bullet and not is_long):
            new_entry(raw)
        elif entry.details and dates_and_place(raw) and dates_and_place(entry.heading):
            new_entry(raw)  # Europass: "2012 – 2017 Porto, Portugal" heads the next one
        elif _another_degree(entry, raw) or _another_qualification(section.kind, entry, raw):
            new_entry(raw)  # "M.S. ... — University, 2018" then "B.S. ... — College, 2016"
        elif section.kind in (SectionKind.EDUCATION, SectionKind.CERTIFICATIONS) \
                and " | " in raw and n and _table_row(lines[n - 1]):
            new_entry(raw)  # a DOCX table's rows ("Diploma of Nursing | TAFE SA, 2019" under
            # "Registration | AHPRA Enrolled Nurse"): one qualification each
        elif not entry.items and not paragraph and not is_long:
            entry.details.append(raw)
            dated_block = dated_block or _dates_only(raw)
            if not entry.dates:
                m = _HEADING_DATES.search(clean_inline(raw))
                if m:
                    entry.dates = m.group(0)
        else:
            paragraph.append(raw)
    flush()
    section.entries = [e for e in section.entries if e.items or e.heading or e.details]
    if section.kind in (SectionKind.EDUCATION, SectionKind.CERTIFICATIONS):
        for e in section.entries:
            _dates_first(e)
    if not flat:
        refine_entries(section)
    # Education/certification headings carry their facts; a heading-only entry needs no item.
