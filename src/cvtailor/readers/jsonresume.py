"""JSON Resume (jsonresume.org schema v1) -> StructuredCV. Dates are kept as written."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from cvtailor.models import (
    ITEM_TYPE_FOR_SECTION,
    CVEntry,
    CVSection,
    ItemType,
    SectionKind,
    StructuredCV,
    unique_section_id,
)
from cvtailor.text.cvtext import date_range


def _text(row: dict[str, Any], key: str) -> str:
    return str(row.get(key) or "")


def _dates(row: dict[str, Any]) -> str:
    return date_range(_text(row, "startDate"), _text(row, "endDate"))


def _join(*parts: str, sep: str = " — ") -> str:
    return sep.join(p for p in parts if p)


Rows = list[dict[str, Any]]

# JSON Resume key, section id, kind, heading, the key that names the organisation.
_ROLE_SECTIONS = (
    ("work", "experience", SectionKind.EXPERIENCE, "Experience", "name"),
    ("volunteer", "volunteer", SectionKind.OTHER, "Volunteer", "organization"),
    ("projects", "projects", SectionKind.PROJECTS, "Projects", "entity"),
)

# JSON Resume key, section id, kind, heading, item type, one row -> one item's text.
_LIST_SECTIONS: tuple[tuple[str, str, SectionKind, str, ItemType,
                            Callable[[dict[str, Any]], str]], ...] = (
    ("certificates", "certifications", SectionKind.CERTIFICATIONS, "Certifications",
     ItemType.CERTIFICATION,
     lambda r: _join(_text(r, "name"), _text(r, "issuer"), _text(r, "date"), sep=", ")),
    ("awards", "awards", SectionKind.OTHER, "Awards", ItemType.TEXT,
     lambda r: _join(_text(r, "title"), _text(r, "awarder"), _text(r, "date"), sep=", ")),
    ("publications", "publications", SectionKind.OTHER, "Publications", ItemType.TEXT,
     lambda r: _join(_text(r, "name"), _text(r, "publisher"), _text(r, "releaseDate"), sep=", ")),
    ("references", "references", SectionKind.OTHER, "References", ItemType.TEXT,
     lambda r: _join(_text(r, "reference"), _text(r, "name"), sep=" — ")),
    ("languages", "languages", SectionKind.LANGUAGES, "Languages", ItemType.LANGUAGE,
     lambda r: _join(_text(r, "language"), _text(r, "fluency"), sep=" — ")),
    ("interests", "interests", SectionKind.OTHER, "Interests", ItemType.TEXT,
     lambda r: _join(_text(r, "name"), ", ".join(r.get("keywords") or []), sep=": ")),
)


def json_resume_to_cv(data: dict[str, Any]) -> StructuredCV:
    """A StructuredCV from a JSON Resume document: summary, roles (work, volunteer, projects),
    skills, education, then the list sections, then the sections cvtailor kept in meta."""
    basics = data.get("basics") or {}
    cv = StructuredCV(name=str(basics.get("name") or ""), source_format="jsonresume")
    cv.contact = _contact(basics)
    sections = [_summary(basics) if basics.get("summary") else None]
    sections += [_roles(data.get(key) or [], sid, kind, heading, org_key)
                 for key, sid, kind, heading, org_key in _ROLE_SECTIONS]
    sections += [_skills(data.get("skills") or []), _education(data.get("education") or [])]
    sections += [_list_section(data.get(key) or [], sid, kind, heading, itype, fmt)
                 for key, sid, kind, heading, itype, fmt in _LIST_SECTIONS]
    cv.sections = [s for s in sections if s is not None]
    _restore_sections(cv, data)
    return cv


def _contact(basics: dict[str, Any]) -> list[str]:
    """Contact lines: label, email, phone, url, the place, profiles, and lines cvtailor kept."""
    contact = [str(basics.get(k)) for k in ("label", "email", "phone", "url") if basics.get(k)]
    loc = basics.get("location") or {}
    place = ", ".join(str(loc[k]) for k in ("city", "region", "countryCode") if loc.get(k))
    if place:
        contact.append(place)
    contact += [f"{p.get('network', '')}: {p.get('url') or p.get('username', '')}".strip(": ")
                for p in basics.get("profiles") or []]
    contact += [str(x) for x in basics.get("x-contact") or []]  # written by cvtailor
    return contact


def _one_entry_section(sid: str, kind: SectionKind, heading: str) -> tuple[CVSection, CVEntry]:
    """A section whose items all sit in one entry without a heading."""
    entry = CVEntry(id=f"{sid}-1")
    return CVSection(id=sid, kind=kind, heading=heading, entries=[entry]), entry


def _summary(basics: dict[str, Any]) -> CVSection:
    """The summary: one item per paragraph."""
    section, entry = _one_entry_section("summary", SectionKind.SUMMARY, "Summary")
    for para in str(basics["summary"]).split("\n\n"):
        if para.strip():
            entry.add_item(para.strip(), ItemType.SUMMARY)
    return section


def _roles(rows: Rows, sid: str, kind: SectionKind, heading: str,
           org_key: str) -> CVSection | None:
    """Work, volunteer or project rows: an entry each, its summary and highlights as items."""
    if not rows:
        return None
    section = CVSection(id=sid, kind=kind, heading=heading)
    itype = ItemType.PROJECT_BULLET if kind == SectionKind.PROJECTS else ItemType.BULLET
    for n, row in enumerate(rows, 1):
        entry = _role_entry(row, f"{sid}-{n}", org_key)
        section.entries.append(entry)
        for text in [row.get("summary") or row.get("description") or "",
                     *(row.get("highlights") or [])]:
            if str(text).strip():
                entry.add_item(str(text).strip(), itype)
    return section


def _role_entry(row: dict[str, Any], entry_id: str, org_key: str) -> CVEntry:
    """The entry of one role: 'position — organisation', details 'location | dates'. A project
    named by `name` alone has no organisation."""
    title = str(row.get("position") or row.get("name") or "")
    org = _text(row, org_key) if org_key != "name" or row.get("position") else ""
    entry = CVEntry(id=entry_id, title=title, organization=org, location=_text(row, "location"),
                    dates=_dates(row))
    entry.heading = _join(title, org)
    entry.details = [d for d in (_join(entry.location, entry.dates, sep=" | "),) if d]
    return entry


def _skills(rows: Rows) -> CVSection | None:
    """One item per skill row: 'name: keyword, keyword' (or the name alone)."""
    if not rows:
        return None
    section, entry = _one_entry_section("skills", SectionKind.SKILLS, "Skills")
    for row in rows:
        keywords = ", ".join(str(k) for k in row.get("keywords") or [])
        text = f"{row.get('name', '')}: {keywords}" if keywords else str(row.get("name", ""))
        if text.strip(": "):
            entry.add_item(text, ItemType.SKILL)
    return section


def _education(rows: Rows) -> CVSection | None:
    """An entry per degree ('studyType in area — institution'); score and courses as items."""
    if not rows:
        return None
    section = CVSection(id="education", kind=SectionKind.EDUCATION, heading="Education")
    for n, row in enumerate(rows, 1):
        degree = _join(_text(row, "studyType"), _text(row, "area"), sep=" in ")
        entry = CVEntry(id=f"education-{n}", title=degree, organization=_text(row, "institution"),
                        dates=_dates(row))
        entry.heading = _join(degree, entry.organization)
        entry.details = [entry.dates] if entry.dates else []
        section.entries.append(entry)
        for text in [f"GPA: {row['score']}" if row.get("score") else "",
                     *(row.get("courses") or [])]:
            if text:
                entry.add_item(str(text), ItemType.EDUCATION)
    return section


def _list_section(rows: Rows, sid: str, kind: SectionKind, heading: str, itype: ItemType,
                  fmt: Callable[[dict[str, Any]], str]) -> CVSection | None:
    """Certificates, awards, publications...: one item per row, formatted by `fmt`."""
    if not rows:
        return None
    section, entry = _one_entry_section(sid, kind, heading)
    for row in rows:
        text = fmt(row)
        if text:
            entry.add_item(text, itype)
    return section


def _restore_sections(cv: StructuredCV, data: dict[str, Any]) -> None:
    """Sections JSON Resume has no place for, kept by cvtailor's writer in meta.cvtailor."""
    meta = data.get("meta") or {}
    extra = (meta.get("cvtailor") or {}).get("sections") if isinstance(meta, dict) else None
    used = {s.id for s in cv.sections}
    for dump in extra if isinstance(extra, list) else []:
        if not isinstance(dump, dict):
            continue
        section = _restored_section(dump, used)
        if section.entries:
            cv.sections.insert(_restored_position(cv, section.kind), section)


def _restored_section(dump: dict[str, Any], used: set[str]) -> CVSection:
    """One section as the writer dumped it: kind, heading, entries (heading, details, items)."""
    try:
        kind = SectionKind(str(dump.get("kind") or "other"))
    except ValueError:
        kind = SectionKind.OTHER
    heading = str(dump.get("heading") or kind.value.replace("_", " ").capitalize())
    sid = unique_section_id(kind, heading, used)
    section = CVSection(id=sid, kind=kind, heading=heading)
    itype = ITEM_TYPE_FOR_SECTION[kind]
    for n, row in enumerate(dump.get("entries") or [], 1):
        entry = CVEntry(id=f"{sid}-{n}", heading=_text(row, "heading"),
                        details=[str(d) for d in row.get("details") or []])
        for text in row.get("items") or []:
            entry.add_item(str(text), itype)
        section.entries.append(entry)
    return section


def _restored_position(cv: StructuredCV, kind: SectionKind) -> int:
    """Key qualifications go right after a leading summary; anything else goes last."""
    if kind == SectionKind.KEY_QUALIFICATIONS and cv.sections and (
            cv.sections[0].kind == SectionKind.SUMMARY):
        return 1
    return len(cv.sections)
