"""StructuredCV -> JSON Resume (v1.0.0), validated against the vendored official schema
(`cvtailor/data/jsonresume-schema.json`, jsonresume/resume-schema, MIT).

Dates become ISO 8601 (`Jun 2021` -> `2021-06`, `Present` -> no endDate). Sections JSON Resume has
no place for (key qualifications, custom sections) are kept in `meta.cvtailor.sections`, which
`readers.jsonresume` restores, so reading a written file gives back the same content.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib.resources import files
from typing import Any

from cvtailor.errors import CVTailorError
from cvtailor.models import CVEntry, CVSection, SectionKind, StructuredCV
from cvtailor.writers.inline import plain

SCHEMA_URL = "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json"
_MONTHS = {m: n for n, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
_OPEN = re.compile(r"^(?:present|current|now|today|ongoing|(?:till )?date|till now)$", re.I)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[\d\s().-]{7,}$")
_URLISH = re.compile(r"^(?:https?://|www\.)|^[\w-]+(?:\.[\w-]+)+/\S*$|^[\w-]+\.(?:com|dev|io|org|net|me)\b")


class JSONResumeError(CVTailorError):
    """The JSON Resume we produced does not validate (a bug: report it)."""


@cache
def schema() -> dict[str, Any]:
    """The vendored JSON Resume v1.0.0 schema."""
    text = files("cvtailor").joinpath("data/jsonresume-schema.json").read_text(encoding="utf-8")
    return dict(json.loads(text))


def validate(data: dict[str, Any]) -> list[str]:
    """Schema violations as messages (empty = valid)."""
    import jsonschema

    validator = jsonschema.Draft4Validator(schema(), format_checker=None)
    return [f"{'/'.join(str(p) for p in e.absolute_path) or '(root)'}: {e.message}"
            for e in validator.iter_errors(data)]


def iso_date(text: str) -> str | None:
    """'Jun 2021' -> '2021-06', '2019' -> '2019', '2021-06' stays, '31/01/2022' -> '2022-01'
    (day first when the day says so or dots part it; an ambiguous '01/02/2022' gives only its
    year); anything else -> None."""
    t = plain(text).strip(" .,")
    if re.fullmatch(r"[12]\d{3}(?:-[01]\d(?:-[0-3]\d)?)?", t):
        return t
    m = re.fullmatch(r"([A-Za-z]{3,9})\.?\s+([12]\d{3})", t)
    if m and m.group(1)[:3].lower() in _MONTHS:
        return f"{m.group(2)}-{_MONTHS[m.group(1)[:3].lower()]:02d}"
    m = re.fullmatch(r"(\d{1,2})/([12]\d{3})", t)
    if m and 1 <= int(m.group(1)) <= 12:
        return f"{m.group(2)}-{int(m.group(1)):02d}"
    m = re.fullmatch(r"(\d{1,2})([./])(\d{1,2})[./]([12]\d{3})", t)
    if m:  # "31/01/2022" is day first, "12/31/2022" month first; "01/02/2022" says its year
        first, second, year = int(m.group(1)), int(m.group(3)), m.group(4)
        if (first > 12 or m.group(2) == ".") and 1 <= second <= 12:
            return f"{year}-{second:02d}"
        return f"{year}-{first:02d}" if second > 12 and 1 <= first <= 12 else year
    return None


def split_dates(dates: str) -> tuple[str | None, str | None]:
    """'Jun 2021 – Present' -> ('2021-06', None): ISO start and end, None when absent, open
    or unreadable."""
    parts = [p.strip() for p in re.split(r"\s*(?:–|—|--|-(?=\s)|\bto\b|\buntil\b|\btill\b)\s*",
                                         plain(dates)) if p.strip()]
    if not parts:
        return None, None
    start = iso_date(parts[0])
    end = None if len(parts) < 2 or _OPEN.match(parts[1]) else iso_date(parts[1])
    return start, end


def _contact(cv: StructuredCV) -> dict[str, Any]:
    """JSON Resume `basics` from the name and contact lines: each ' · '- or ' | '-separated
    piece becomes email, phone, url, a profile, the location, the label, or x-contact."""
    basics: dict[str, Any] = {"name": plain(cv.name)} if cv.name else {}
    pieces = [plain(p) for line in cv.contact for p in re.split(r"\s+[·|•]\s+", line) if plain(p)]
    profiles, rest = [], []
    for p in pieces:
        field = _free_field(p, basics)
        profile = None if field else _profile(p)
        if field:
            basics[field] = p
        elif profile:
            profiles.append(profile)
        else:
            rest.append(p)
    for p in rest:
        _place_line(basics, p)
    if profiles:
        basics["profiles"] = profiles
    return basics


def _free_field(piece: str, basics: dict[str, Any]) -> str | None:
    """'email', 'phone' or 'url' when the piece is one and that field is still empty."""
    if _EMAIL.match(piece) and "email" not in basics:
        return "email"
    if _PHONE.match(piece) and "phone" not in basics:
        return "phone"
    if piece.startswith(("http://", "https://")) and " " not in piece and "url" not in basics:
        return "url"
    return None


def _profile(piece: str) -> dict[str, str] | None:
    """'GitHub: user' or a bare profile address ('github.com/user') as a JSON Resume profile."""
    m = re.match(r"^([A-Za-z][\w .]{1,20}):\s*(\S+)$", piece)
    if m and not _EMAIL.match(m.group(2)) and not piece.startswith(("http://", "https://")):
        network, value = m.group(1), m.group(2)
    elif _URLISH.match(piece) and " " not in piece:
        network = piece.split("//")[-1].split(".")[0].split("/")[0].capitalize()
        value = piece
    else:
        return None
    return {"network": network, **({"url": value} if value.startswith("http") else
                                   {"username": value})}


def _place_line(basics: dict[str, Any], piece: str) -> None:
    """Any other piece: the first with a comma is the location, the first other the label,
    the rest x-contact (which readers.jsonresume restores)."""
    if "location" not in basics and "," in piece:
        parts = [x.strip() for x in piece.split(",")]
        keys = ("city", "region", "countryCode")
        basics["location"] = dict(zip(keys, parts, strict=False)) if len(parts) <= 3 else {
            "address": piece}
    elif "label" not in basics:
        basics["label"] = piece
    else:
        basics.setdefault("x-contact", []).append(piece)


def _dated(entry: CVEntry, row: dict[str, Any], start_key: str = "startDate",
           end_key: str = "endDate") -> None:
    start, end = split_dates(entry.dates)
    if start:
        row[start_key] = start
    if end and end_key:
        row[end_key] = end


def _title_org(entry: CVEntry) -> tuple[str, str]:
    title, org = plain(entry.title), plain(entry.organization)
    if not title and not org:
        title = plain(entry.heading)
    return title, org


def _location(entry: CVEntry) -> str:
    if entry.location:
        return plain(entry.location)
    for line in entry.details:
        first = plain(line).split(" | ")[0].strip()
        if first and not re.search(r"\d{4}", first):
            return first
    return ""


def _section_dump(section: CVSection) -> dict[str, Any]:
    return {"heading": section.heading, "kind": section.kind.value, "entries": [
        {"heading": e.heading, "details": e.details, "items": [i.text for i in e.items]}
        for e in section.entries]}


def to_json_resume(cv: StructuredCV) -> dict[str, Any]:
    """The CV as a JSON Resume document, validated (JSONResumeError when it does not validate)."""
    data: dict[str, Any] = {"$schema": SCHEMA_URL, "basics": _contact(cv)}
    extra: list[dict[str, Any]] = []  # sections with no place in JSON Resume
    for section in cv.sections:
        if not _place_section(data, section):
            extra.append(_section_dump(section))
    if extra:
        data["meta"] = {"cvtailor": {"sections": extra}}
    problems = validate(data)
    if problems:
        raise JSONResumeError("JSON Resume output does not validate: " + "; ".join(problems[:3]))
    return data


# Sections JSON Resume lists as one field per item, when their entries have no headings.
_LIST_FIELDS = {"awards": "title", "publications": "name", "interests": "name",
                "references": "reference"}


def _place_section(data: dict[str, Any], section: CVSection) -> bool:
    """Put a section where JSON Resume has a place for it; False when it has none."""
    key = re.sub(r"[^a-z]", "", section.heading.lower())
    target = _role_target(section.kind, key)
    if section.kind == SectionKind.SUMMARY:
        data["basics"]["summary"] = "\n\n".join(
            plain(i.text) for e in section.entries for i in e.items)
    elif target:
        data.setdefault(target, []).extend(_role_row(e, target) for e in section.entries)
    elif section.kind == SectionKind.SKILLS:
        _append(data, "skills", [_skill_row(plain(i.text)) for e in section.entries
                                 for i in e.items])
    elif section.kind == SectionKind.EDUCATION:
        _append(data, "education", [_education_row(e) for e in section.entries])
    elif section.kind == SectionKind.CERTIFICATIONS:
        data.setdefault("certificates", []).extend(_item_rows(section, "name"))
    elif section.kind == SectionKind.LANGUAGES:
        data.setdefault("languages", []).extend(_item_rows(section, "language"))
    elif key in _LIST_FIELDS and all(not e.heading for e in section.entries):
        data.setdefault(key, []).extend(_item_rows(section, _LIST_FIELDS[key]))
    else:
        return False
    return True


def _role_target(kind: SectionKind, key: str) -> str | None:
    """Which JSON Resume list a section of roles goes to, or None when it is not one."""
    if kind == SectionKind.PROJECTS:
        return "projects"
    if key == "volunteer":
        return "volunteer"
    return "work" if kind == SectionKind.EXPERIENCE else None


def _append(data: dict[str, Any], key: str, rows: list[dict[str, Any]]) -> None:
    """Add rows to a list field, creating it only when there is a row."""
    if rows:
        data.setdefault(key, []).extend(rows)


def _compact(row: dict[str, Any]) -> dict[str, Any]:
    """The row without empty fields."""
    return {k: v for k, v in row.items() if v not in ("", None)}


def _item_rows(section: CVSection, field: str) -> list[dict[str, Any]]:
    """One row per item, its text in `field`."""
    return [{field: plain(i.text)} for e in section.entries for i in e.items]


def _role_row(entry: CVEntry, target: str) -> dict[str, Any]:
    """A work, volunteer or project row; its items become highlights."""
    title, org = _title_org(entry)
    row: dict[str, Any]
    if target == "projects":
        row = {"name": title or org}
        if org and title:
            row["entity"] = org
    elif target == "volunteer":
        row = {"organization": org, "position": title}
    else:
        row = {"name": org, "position": title}
    loc = _location(entry)
    if loc and target != "projects":
        row["location"] = loc
    _dated(entry, row)
    row["highlights"] = [plain(i.text) for i in entry.items]
    return _compact(row)


def _skill_row(text: str) -> dict[str, Any]:
    """'Cloud: AWS, GCP' -> name and keywords; any other skill line is a name alone."""
    name, sep, rest = text.partition(":")
    if sep and rest.strip() and len(name.split()) <= 5:
        keywords = [k.strip() for k in re.split(r",(?![^()]*\))", rest) if k.strip()]
        return {"name": name.strip(), "keywords": keywords}
    return {"name": text}


def _education_row(entry: CVEntry) -> dict[str, Any]:
    """'MSc in Physics — University' -> studyType, area, institution; a 'GPA: ' item is the
    score, the other items are courses."""
    title, org = _title_org(entry)
    study, _, area = title.partition(" in ")
    row: dict[str, Any] = {"institution": org or title, "studyType": study if org else "",
                           "area": area if org else ""}
    _dated(entry, row)
    courses, score = [], ""
    for item in entry.items:
        text = plain(item.text)
        if text.startswith("GPA: ") and not score:
            score = text[5:]
        else:
            courses.append(text)
    if score:
        row["score"] = score
    if courses:
        row["courses"] = courses
    return _compact(row)
