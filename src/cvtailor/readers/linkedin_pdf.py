"""A LinkedIn profile saved as a PDF ("More" -> "Save to PDF"), which many people send as their
CV. Its page has a sidebar ("Contact", "Top Skills", "Languages", "Certifications",
"Honors-Awards") beside the main column: the name, a headline, a location, then "Summary",
"Experience" and "Education". Under "Experience" each role is the company (larger type),
the title, a "Month YYYY - Present (1 year 8 months)" line and a location; a company's
several roles share one company line with the whole stay under it ("4 years 3 months").
Under "Education" each school is over a "Degree, Field · (2016 - 2018)" line.

`linkedin_profile` rewrites those lines, (text, font size, x) in the reading order the PDF
reader gives (sidebar first), into the order and shape a CV is read in: the name, headline
and contact, the summary, each role as its dates over "Title — Company" and its location,
each degree as its years over "Degree — School", and the sidebar's skills, languages and certifications as
sections after them. Any other document's lines come back as they are."""

from __future__ import annotations

import re

Line = tuple[str, float, float]

_SIDEBAR = ("contact", "top skills", "languages", "certifications", "honors-awards",
            "publications", "patents")
_MAIN = ("summary", "experience", "education", "volunteer experience", "projects")
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|" \
         r"December)"
# "April 2023 - Present (1 year 8 months)", "2019 - 2021 (2 years)"
_DATES = re.compile(rf"^((?:{_MONTH} )?\d{{4}})\s*-\s*((?:{_MONTH} )?\d{{4}}|Present)"
                    r"(?:\s*\([^)]*\))?$")
# a company's whole stay over its several roles: "4 years 3 months", "1 year", "11 months"
_STAY = re.compile(r"^(?:\d+ years?(?: \d+ months?)?|\d+ months?)$")
# a school's line: "Master of Science - MSc, Analytical Chemistry · (2016 - 2018)"
_YEARS = re.compile(r"\s*·\s*\((\d{4})(?:\s*-\s*(\d{4}|Present))?\)\s*$")
# the labels after the contact sidebar's links: "(LinkedIn)", "(Company)", "(Portfolio)"
_LINK_LABEL = re.compile(r"\s*\((?:LinkedIn|Company|Personal|Portfolio|Blog|Other)\)$")
_PLACE_WORDS = re.compile(r",|\bArea\b|\bRemote\b|\bRegion\b")


def linkedin_profile(lines: list[Line]) -> list[Line]:
    """The lines of a LinkedIn "Save to PDF" profile in a CV's order and shape; any other
    document's as they are."""
    top = [text for text, _, _ in lines[:25]]
    if not any(text.endswith("(LinkedIn)") for text in top) \
            or not any("linkedin.com/in/" in text.lower() for text in top) \
            or not any(text.lower() == "experience" for text, _, _ in lines):
        return lines
    biggest = max(size for _, size, _ in lines)
    at = next(i for i, (_, size, _) in enumerate(lines) if size == biggest)
    sidebar, main = lines[:at], lines[at:]
    body = _body_size(main)
    name = main[0]
    x = name[2]
    heads = [i for i, (text, size, _) in enumerate(main)
             if text.lower() in _MAIN and size > body]
    first = heads[0] if heads else len(main)
    header = [text for text, _, _ in main[1:first]]
    place = header.pop() if header and _PLACE_WORDS.search(header[-1]) else ""
    side = _sidebar_sections(sidebar)
    contact = _contact(side.pop("contact", []))
    out: list[Line] = [name]
    if header:
        out.append((" ".join(header), body, x))
    details = [part for part in (place, *contact) if part]
    if details:
        out.append((" · ".join(details), body, x))
    for n, start in enumerate(heads):
        end = heads[n + 1] if n + 1 < len(heads) else len(main)
        heading, part = main[start], main[start + 1:end]
        out.append(heading)
        kind = heading[0].lower()
        if kind.endswith("experience"):
            out += _roles(part, body, x)
        elif kind == "education":
            out += _schools(part, body, x)
        else:
            out += part
    size = main[heads[0]][1] if heads else body
    for title, items in side.items():
        if not items:
            continue
        if title == "top skills":
            out += [("Skills", size, x), (", ".join(items), body, x)]
        else:
            out += [(title.replace("-", " and ").title(), size, x),
                    *((f"• {item}", body, x) for item in items)]
    return out


def _body_size(lines: list[Line]) -> float:
    sizes = sorted(size for _, size, _ in lines)
    return sizes[len(sizes) // 2] if sizes else 10.0


def _sidebar_sections(lines: list[Line]) -> dict[str, list[str]]:
    """The sidebar's sections by name, each its lines."""
    out: dict[str, list[str]] = {}
    current = ""
    for text, _, _ in lines:
        if text.lower() in _SIDEBAR:
            current = text.lower()
            out[current] = []
        elif current:
            out[current].append(text)
    return out


def _contact(lines: list[str]) -> list[str]:
    """The contact sidebar's e-mail, phone and links, a link wrapped over two lines joined
    ("www.linkedin.com/in/priya-raman-" / "qa (LinkedIn)"), without their labels."""
    joined: list[str] = []
    for text in lines:
        if joined and not joined[-1].endswith(")") and re.search(r"[/\-_.]$", joined[-1]) \
                and " " not in joined[-1]:
            joined[-1] += text
        else:
            joined.append(text)
    return [_LINK_LABEL.sub("", text) for text in joined]


def _roles(lines: list[Line], body: float, x: float) -> list[Line]:
    """The experience section's roles, each "Title — Company" over "dates · location", then
    its description as written."""
    dated = [i for i, (text, _, _) in enumerate(lines) if _DATES.match(text)]
    if not dated:
        return lines
    starts: list[int] = []
    companies: list[str] = []
    company = ""
    for i in dated:
        start = i - 1  # the title
        before = i - 2
        if before >= 0 and _STAY.match(lines[before][0]):
            before -= 1  # a company's stay over its roles
        if before >= 0 and lines[before][1] > body and not _DATES.match(lines[before][0]):
            company = lines[before][0]
            start = before
        starts.append(start)
        companies.append(company)
    out: list[Line] = list(lines[:starts[0]])
    entry_size = max(lines[i - 1][1] for i in dated)
    for n, i in enumerate(dated):
        title, role_company = lines[i - 1][0], companies[n]
        dates = _DATES.match(lines[i][0])
        assert dates is not None
        end = starts[n + 1] if n + 1 < len(dated) else len(lines)
        rest = list(lines[i + 1:end])
        place = ""
        if rest and len(rest[0][0].split()) <= 8 and not rest[0][0].endswith(".") \
                and _PLACE_WORDS.search(rest[0][0]):
            place = rest.pop(0)[0]
        heading = f"{title} — {role_company}" if role_company else title
        # the dates first: a date line before a short line starts an entry, with or
        # without a description between it and the last one
        out += [(f"{dates.group(1)} – {dates.group(2)}", body, x), (heading, entry_size, x),
                *([(place, body, x)] if place else []), *rest]
    return out


def _schools(lines: list[Line], body: float, x: float) -> list[Line]:
    """The education section's schools, each "Degree — School" over its years."""
    out: list[Line] = []
    school = ""
    size = body
    for text, line_size, line_x in lines:
        if line_size > body:
            school, size = text, line_size
            continue
        years = _YEARS.search(text)
        if school and (years or not out or out[-1][0] != text):
            degree = _YEARS.sub("", text).strip()
            if years:
                span = years.group(1) + (f" – {years.group(2)}" if years.group(2) else "")
                out.append((span, body, x))
            out.append((f"{degree} — {school}" if degree else school, size, x))
            school = ""
        else:
            out.append((text, line_size, line_x))
    if school:
        out.append((school, size, x))
    return out
