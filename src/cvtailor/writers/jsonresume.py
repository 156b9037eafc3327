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
_OPEN = re.compile(r"^(?:present|current|now|today|ongoing)$", re.I)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[\d\s().-]{7,}$")
_URLISH = re.compile(r"^(?:https?://|www\.)|^[\w-]+(?:\.[\w-]+)+/\S*$|^[\w-]+\.(?:com|dev|io|org|net|me)\b")


class JSONResumeError(CVTailorError):
    """The JSON Resume we produced does not validate (a bug: report it)."""


@cache
def schema() -> dict[str, Any]:
    text = files("cvtailor").joinpath("data/jsonresume-schema.json").read_text(encoding="utf-8")
    return dict(json.loads(text))


def validate(data: dict[str, Any]) -> list[str]:
    """Schema violations as messages (empty = valid)."""
    import jsonschema

    validator = jsonschema.Draft4Validator(schema(), format_checker=None)
    return [f"{'/'.join(str(p) for p in e.absolute_path) or '(root)'}: {e.message}"
            for e in validator.iter_errors(data)]


def iso_date(text: str) -> str | None:
    """'Jun 2021' -> '2021-06', '2019' -> '2019', '2021-06' stays; anything else -> None."""
    t = plain(text).strip(" .,")
    if re.fullmatch(r"[12]\d{3}(?:-[01]\d(?:-[0-3]\d)?)?", t):
        return t
    m = re.fullmatch(r"([A-Za-z]{3,9})\.?\s+([12]\d{3})", t)
    if m and m.group(1)[:3].lower() in _MONTHS:
        return f"{m.group(2)}-{_MONTHS[m.group(1)[:3].lower()]:02d}"
    m = re.fullmatch(r"(\d{1,2})/([12]\d{3})", t)
    if m and 1 <= int(m.group(1)) <= 12:
        return f"{m.group(2)}-{int(m.group(1)):02d}"
    return None


def split_dates(dates: str) -> tuple[str | None, str | None]:
    parts = [p.strip() for p in re.split(r"\s*(?:–|—|--|-(?=\s)|\bto\b|\buntil\b)\s*", plain(dates))
             if p.strip()]
    if not parts:
        return None, None
    start = iso_date(parts[0])
    end = None if len(parts) < 2 or _OPEN.match(parts[1]) else iso_date(parts[1])
    return start, end


def _contact(cv: StructuredCV) -> dict[str, Any]:
    basics: dict[str, Any] = {"name": plain(cv.name)} if cv.name else {}
    pieces = [plain(p) for line in cv.contact for p in re.split(r"\s+[·|•]\s+", line) if plain(p)]
    profiles, rest = [], []
    for p in pieces:
        m = re.match(r"^([A-Za-z][\w .]{1,20}):\s*(\S+)$", p)
        if _EMAIL.match(p) and "email" not in basics:
            basics["email"] = p
        elif _PHONE.match(p) and "phone" not in basics:
            basics["phone"] = p
        elif p.startswith(("http://", "https://")) and " " not in p and "url" not in basics:
            basics["url"] = p
        elif m and not _EMAIL.match(m.group(2)) and not p.startswith(("http://", "https://")):
            value = m.group(2)
            profiles.append({"network": m.group(1), **(
                {"url": value} if value.startswith("http") else {"username": value})})
        elif _URLISH.match(p) and " " not in p:
            network = p.split("//")[-1].split(".")[0].split("/")[0].capitalize()
            profiles.append({"network": network,
                             **({"url": p} if p.startswith("http") else {"username": p})})
        else:
            rest.append(p)
    for p in rest:
        if "location" not in basics and "," in p:
            parts = [x.strip() for x in p.split(",")]
            keys = ("city", "region", "countryCode")
            basics["location"] = dict(zip(keys, parts, strict=False)) if len(parts) <= 3 else {
                "address": p}
        elif "label" not in basics:
            basics["label"] = p
        else:
            basics.setdefault("x-contact", []).append(p)
    if profiles:
        basics["profiles"] = profiles
    return basics


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
    data: dict[str, Any] = {"$schema": SCHEMA_URL, "basics": _contact(cv)}
    extra: list[dict[str, Any]] = []
    for section in cv.sections:
        key = re.sub(r"[^a-z]", "", section.heading.lower())
        if section.kind == SectionKind.SUMMARY:
            data["basics"]["summary"] = "\n\n".join(
                plain(i.text) for e in section.entries for i in e.items)
        elif section.kind == SectionKind.EXPERIENCE or key == "volunteer" or (
                section.kind == SectionKind.PROJECTS):
            rows = []
            for entry in section.entries:
                title, org = _title_org(entry)
                highlights = [plain(i.text) for i in entry.items]
                if section.kind == SectionKind.PROJECTS:
                    row: dict[str, Any] = {"name": title or org}
                    if org and title:
                        row["entity"] = org
                elif key == "volunteer":
                    row = {"organization": org, "position": title}
                else:
                    row = {"name": org, "position": title}
                loc = _location(entry)
                if loc and section.kind != SectionKind.PROJECTS:
                    row["location"] = loc
                _dated(entry, row)
                row["highlights"] = highlights
                rows.append({k: v for k, v in row.items() if v not in ("", None)})
            target = ("projects" if section.kind == SectionKind.PROJECTS else
                      "volunteer" if key == "volunteer" else "work")
            data.setdefault(target, []).extend(rows)
        elif section.kind == SectionKind.SKILLS:
            for entry in section.entries:
                for item in entry.items:
                    text = plain(item.text)
                    name, sep, rest = text.partition(":")
                    if sep and rest.strip() and len(name.split()) <= 5:
                        kws = [k.strip() for k in re.split(r",(?![^()]*\))", rest) if k.strip()]
                        data.setdefault("skills", []).append({"name": name.strip(),
                                                              "keywords": kws})
                    else:
                        data.setdefault("skills", []).append({"name": text})
        elif section.kind == SectionKind.EDUCATION:
            for entry in section.entries:
                title, org = _title_org(entry)
                study, _, area = title.partition(" in ")
                row = {"institution": org or title, "studyType": study if org else "",
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
                data.setdefault("education", []).append(
                    {k: v for k, v in row.items() if v not in ("", None)})
        elif section.kind == SectionKind.CERTIFICATIONS:
            data.setdefault("certificates", []).extend(
                {"name": plain(i.text)} for e in section.entries for i in e.items)
        elif section.kind == SectionKind.LANGUAGES:
            data.setdefault("languages", []).extend(
                {"language": plain(i.text)} for e in section.entries for i in e.items)
        elif key in ("awards", "publications", "interests", "references") and all(
                not e.heading for e in section.entries):
            field = {"awards": "title", "publications": "name", "interests": "name",
                     "references": "reference"}[key]
            data.setdefault(key, []).extend(
                {field: plain(i.text)} for e in section.entries for i in e.items)
        else:
            extra.append(_section_dump(section))
    if extra:
        data["meta"] = {"cvtailor": {"sections": extra}}
    problems = validate(data)
    if problems:
        raise JSONResumeError("JSON Resume output does not validate: " + "; ".join(problems[:3]))
    return data
