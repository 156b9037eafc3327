"""RenderCV YAML (rendercv.com, schema v2) -> StructuredCV. Text is kept as written.

`cv.sections` maps a title to a list of entries; each entry type is recognised by its keys:
experience (company/position), education (institution/area/degree), normal (name), publication
(title/authors/journal), one-line (label/details), bullet (bullet), numbered (number /
reversed_number) or a plain string (text entry). Markdown emphasis and links are reduced to text.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from cvtailor.errors import InputError
from cvtailor.models import (
    ITEM_TYPE_FOR_SECTION,
    CVEntry,
    CVSection,
    ItemType,
    SectionKind,
    StructuredCV,
    unique_section_id,
)
from cvtailor.text.cvtext import date_range, section_kind


def load_rendercv(text: str, name: str = "") -> dict[str, Any]:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise InputError(f"CV {name or 'YAML'} is not valid YAML{where}") from None
    if not isinstance(data, dict) or not isinstance(data.get("cv"), dict):
        raise InputError(f"CV {name or 'YAML'} is not a RenderCV file (no top-level 'cv:')")
    return data


def _md(value: Any) -> str:
    text = "" if value is None else str(value)
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)
    text = re.sub(r"(?<![\w*])\*(\S(?:.*?\S)?)\*(?![\w*])", r"\1", text)
    return re.sub(r"\s+", " ", text).strip()


def _date(value: Any) -> str:
    text = _md(value)
    return "Present" if text.lower() == "present" else text


def _dates(row: dict[str, Any]) -> str:
    if row.get("date"):
        return _date(row["date"])
    return date_range(_date(row.get("start_date")), _date(row.get("end_date")))


def rendercv_to_cv(data: dict[str, Any]) -> StructuredCV:
    cv_data = data.get("cv") or {}
    cv = StructuredCV(name=_md(cv_data.get("name")), source_format="rendercv")
    contact = [_md(cv_data.get(k)) for k in ("headline", "location", "email", "phone", "website")
               if cv_data.get(k)]
    for net in cv_data.get("social_networks") or []:
        if isinstance(net, dict):
            contact.append(f"{_md(net.get('network'))}: {_md(net.get('username'))}".strip(": "))
    cv.contact = contact
    used: set[str] = set()
    for title, rows in (cv_data.get("sections") or {}).items():
        heading = _md(title).replace("_", " ")
        heading = heading[:1].upper() + heading[1:]
        kind = section_kind(heading) or SectionKind.OTHER
        sid = unique_section_id(kind, heading, used)
        section = CVSection(id=sid, kind=kind, heading=heading)
        itype = ITEM_TYPE_FOR_SECTION[kind]
        flat: list[CVEntry] = []  # the one entry of one-line / bullet / text rows

        def flat_entry(section: CVSection = section, flat: list[CVEntry] = flat,
                       sid: str = sid) -> CVEntry:
            if not flat:
                flat.append(CVEntry(id=f"{sid}-{len(section.entries) + 1}"))
                section.entries.append(flat[0])
            return flat[0]

        def add(entry: CVEntry, text: str, it: ItemType = itype) -> None:
            if text:
                entry.add_item(text, it)

        for row in rows if isinstance(rows, list) else [rows]:
            if not isinstance(row, dict):
                add(flat_entry(), _md(row))
                continue
            one_line = next((k for k in ("bullet", "number", "reversed_number") if k in row), None)
            if one_line or ("label" in row and "details" in row):
                text = (_md(row[one_line]) if one_line else
                        f"{_md(row['label'])}: {_md(row['details'])}")
                add(flat_entry(), text, ItemType.SKILL if kind == SectionKind.SKILLS else itype)
                continue
            entry = CVEntry(id=f"{sid}-{len(section.entries) + 1}")
            if "company" in row or "position" in row:
                entry.title, entry.organization = _md(row.get("position")), _md(row.get("company"))
            elif "institution" in row:
                degree = " in ".join(x for x in (_md(row.get("degree")), _md(row.get("area"))) if x)
                entry.title, entry.organization = degree, _md(row.get("institution"))
            else:
                entry.title = _md(row.get("name") or row.get("title"))
                entry.organization = _md(row.get("journal") or (row.get("authors") and ", ".join(
                    _md(a) for a in row["authors"])) or "")
            entry.heading = " — ".join(x for x in (entry.title, entry.organization) if x)
            entry.location, entry.dates = _md(row.get("location")), _dates(row)
            entry.details = [d for d in (" | ".join(x for x in (entry.location, entry.dates) if x),)
                             if d]
            section.entries.append(entry)
            add(entry, _md(row.get("summary")))
            for h in row.get("highlights") or []:
                add(entry, _md(h))
            if row.get("doi"):
                add(entry, f"DOI: {_md(row['doi'])}")
        section.entries = [e for e in section.entries if e.items or e.heading]
        if section.entries:
            cv.sections.append(section)
    return cv
