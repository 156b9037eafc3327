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
from cvtailor.readers.safeyaml import YAMLLimitError, safe_load
from cvtailor.text.cvtext import date_range, section_kind


def load_rendercv(text: str, name: str = "") -> dict[str, Any]:
    """The parsed RenderCV file; InputError when it is not YAML or has no top-level `cv:`."""
    try:
        data = safe_load(text)
    except YAMLLimitError as exc:
        raise InputError(f"CV {name or 'YAML'} cannot be read safely: {exc}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise InputError(f"CV {name or 'YAML'} is not valid YAML{where}") from None
    if not isinstance(data, dict) or not isinstance(data.get("cv"), dict):
        raise InputError(f"CV {name or 'YAML'} is not a RenderCV file (no top-level 'cv:')")
    return data


_LINK = re.compile(r"\[([^\]\n]{1,300})\]\([^)\n]{0,500}\)")
# Emphasis markers, found without backtracking: a `**`/`__` pair marker, or a single `*`
# that opens (followed by a non-space) or closes (preceded by one) a word.
_STRONG = re.compile(r"\*\*|__")
_EM = re.compile(r"(?<![\w*])\*(?=[^\s*])|(?<=[^\s*])\*(?![\w*])")


def _md(value: Any) -> str:
    """A RenderCV text without Markdown links and emphasis markers; linear in its length."""
    if isinstance(value, dict | list):
        return ""
    text = "" if value is None or isinstance(value, bool) else str(value)
    text = _LINK.sub(r"\1", text)
    text = _EM.sub("", _STRONG.sub("", text))
    return re.sub(r"\s+", " ", text).strip()


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _date(value: Any) -> str:
    text = _md(value)
    return "Present" if text.lower() == "present" else text


def _dates(row: dict[str, Any]) -> str:
    if row.get("date"):
        return _date(row["date"])
    return date_range(_date(row.get("start_date")), _date(row.get("end_date")))


def rendercv_to_cv(data: dict[str, Any]) -> StructuredCV:
    """A StructuredCV from a loaded RenderCV file: contact from `cv`, a section per title."""
    cv_data = _dict(data.get("cv"))
    cv = StructuredCV(name=_md(cv_data.get("name")), source_format="rendercv")
    cv.contact = _contact(cv_data)
    used: set[str] = set()
    for title, rows in _dict(cv_data.get("sections")).items():
        section = _section(_md(title), rows if isinstance(rows, list) else [rows], used)
        if section.entries:
            cv.sections.append(section)
    return cv


def _contact(cv_data: dict[str, Any]) -> list[str]:
    """Headline, location, email, phone, website, then 'network: username' per profile."""
    contact = [_md(cv_data.get(k)) for k in ("headline", "location", "email", "phone", "website")
               if cv_data.get(k)]
    for net in _list(cv_data.get("social_networks")):
        if isinstance(net, dict):
            contact.append(f"{_md(net.get('network'))}: {_md(net.get('username'))}".strip(": "))
    return contact


def _one_line(row: Any) -> str | None:
    """The text of a row that is one item (a string, bullet, numbered or label/details row);
    None for a row that is an entry of its own."""
    if not isinstance(row, dict):
        return _md(row)
    key = next((k for k in ("bullet", "number", "reversed_number") if k in row), None)
    if key:
        return _md(row[key])
    if "label" in row and "details" in row:
        return f"{_md(row['label'])}: {_md(row['details'])}"
    return None


def _section(title: str, rows: list[Any], used: set[str]) -> CVSection:
    """One section: entry rows become entries; one-line rows share one heading-less entry.
    Entries without a heading or items are left out."""
    heading = _md(title).replace("_", " ")
    heading = heading[:1].upper() + heading[1:]
    kind = section_kind(heading) or SectionKind.OTHER
    section = CVSection(id=unique_section_id(kind, heading, used), kind=kind, heading=heading)
    itype = ITEM_TYPE_FOR_SECTION[kind]
    flat: CVEntry | None = None  # the one entry of the one-line rows
    for row in rows:
        text = _one_line(row)
        if text is None:
            section.entries.append(_entry(row, f"{section.id}-{len(section.entries) + 1}", itype))
            continue
        if flat is None:
            flat = CVEntry(id=f"{section.id}-{len(section.entries) + 1}")
            section.entries.append(flat)
        if text:
            flat.add_item(text, itype)
    section.entries = [e for e in section.entries if e.items or e.heading]
    return section


def _entry(row: dict[str, Any], entry_id: str, itype: ItemType) -> CVEntry:
    """An experience, education, publication or normal entry: heading 'title — organisation',
    details 'location | dates', summary, highlights and DOI as items."""
    entry = CVEntry(id=entry_id)
    entry.title, entry.organization = _title_org(row)
    entry.heading = " — ".join(x for x in (entry.title, entry.organization) if x)
    entry.location, entry.dates = _md(row.get("location")), _dates(row)
    entry.details = [d for d in (" | ".join(x for x in (entry.location, entry.dates) if x),)
                     if d]
    for text in [_md(row.get("summary")), *(_md(h) for h in _list(row.get("highlights")))]:
        if text:
            entry.add_item(text, itype)
    if row.get("doi"):
        entry.add_item(f"DOI: {_md(row['doi'])}", itype)
    return entry


def _title_org(row: dict[str, Any]) -> tuple[str, str]:
    """(title, organisation) by entry type: position/company, degree in area/institution, or
    name (title)/journal (authors)."""
    if "company" in row or "position" in row:
        return _md(row.get("position")), _md(row.get("company"))
    if "institution" in row:
        degree = " in ".join(x for x in (_md(row.get("degree")), _md(row.get("area"))) if x)
        return degree, _md(row.get("institution"))
    return _md(row.get("name") or row.get("title")), _md(row.get("journal") or (
        ", ".join(_md(a) for a in _list(row.get("authors")))) or "")
