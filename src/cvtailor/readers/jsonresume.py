"""JSON Resume (jsonresume.org schema v1) -> StructuredCV. Dates are kept as written."""

from __future__ import annotations

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


def _dates(entry: dict[str, Any]) -> str:
    return date_range(str(entry.get("startDate") or ""), str(entry.get("endDate") or ""))


def _join(*parts: str, sep: str = " — ") -> str:
    return sep.join(p for p in parts if p)


def json_resume_to_cv(data: dict[str, Any]) -> StructuredCV:
    basics = data.get("basics") or {}
    cv = StructuredCV(name=str(basics.get("name") or ""), source_format="jsonresume")
    loc = basics.get("location") or {}
    contact = [str(basics.get(k)) for k in ("label", "email", "phone", "url") if basics.get(k)]
    place = ", ".join(str(loc[k]) for k in ("city", "region", "countryCode") if loc.get(k))
    if place:
        contact.append(place)
    contact += [f"{p.get('network', '')}: {p.get('url') or p.get('username', '')}".strip(": ")
                for p in basics.get("profiles") or []]
    contact += [str(x) for x in basics.get("x-contact") or []]  # written by cvtailor
    cv.contact = contact

    def section(sid: str, kind: SectionKind, heading: str) -> CVSection:
        s = CVSection(id=sid, kind=kind, heading=heading)
        cv.sections.append(s)
        return s

    def item(s: CVSection, e: CVEntry, text: str, itype: ItemType) -> None:
        e.add_item(text, itype)

    if basics.get("summary"):
        s = section("summary", SectionKind.SUMMARY, "Summary")
        e = CVEntry(id="summary-1")
        s.entries.append(e)
        for para in str(basics["summary"]).split("\n\n"):
            if para.strip():
                item(s, e, para.strip(), ItemType.SUMMARY)

    def roles(key: str, sid: str, kind: SectionKind, heading: str, org_key: str) -> None:
        rows = data.get(key) or []
        if not rows:
            return
        s = section(sid, kind, heading)
        for n, row in enumerate(rows, 1):
            title = str(row.get("position") or row.get("name") or "")
            org = str(row.get(org_key) or "") if org_key != "name" or row.get("position") else ""
            e = CVEntry(id=f"{sid}-{n}", title=title, organization=org,
                        location=str(row.get("location") or ""), dates=_dates(row))
            e.heading = _join(title, org)
            e.details = [d for d in (_join(e.location, e.dates, sep=" | "),) if d]
            s.entries.append(e)
            itype = ItemType.PROJECT_BULLET if kind == SectionKind.PROJECTS else ItemType.BULLET
            for text in [row.get("summary") or row.get("description") or "",
                         *(row.get("highlights") or [])]:
                if str(text).strip():
                    item(s, e, str(text).strip(), itype)

    roles("work", "experience", SectionKind.EXPERIENCE, "Experience", "name")
    roles("volunteer", "volunteer", SectionKind.OTHER, "Volunteer", "organization")
    roles("projects", "projects", SectionKind.PROJECTS, "Projects", "entity")

    if data.get("skills"):
        s = section("skills", SectionKind.SKILLS, "Skills")
        e = CVEntry(id="skills-1")
        s.entries.append(e)
        for row in data["skills"]:
            keywords = ", ".join(str(k) for k in row.get("keywords") or [])
            text = f"{row.get('name', '')}: {keywords}" if keywords else str(row.get("name", ""))
            if text.strip(": "):
                item(s, e, text, ItemType.SKILL)

    if data.get("education"):
        s = section("education", SectionKind.EDUCATION, "Education")
        for n, row in enumerate(data["education"], 1):
            degree = _join(str(row.get("studyType") or ""), str(row.get("area") or ""), sep=" in ")
            e = CVEntry(id=f"education-{n}", title=degree,
                        organization=str(row.get("institution") or ""), dates=_dates(row))
            e.heading = _join(degree, e.organization)
            e.details = [e.dates] if e.dates else []
            s.entries.append(e)
            for text in [f"GPA: {row['score']}" if row.get("score") else "",
                         *(row.get("courses") or [])]:
                if text:
                    item(s, e, str(text), ItemType.EDUCATION)

    def flat(key: str, sid: str, kind: SectionKind, heading: str, itype: ItemType,
             fmt: Any) -> None:
        rows = data.get(key) or []
        if rows:
            s = section(sid, kind, heading)
            e = CVEntry(id=f"{sid}-1")
            s.entries.append(e)
            for row in rows:
                text = fmt(row)
                if text:
                    item(s, e, text, itype)

    flat("certificates", "certifications", SectionKind.CERTIFICATIONS, "Certifications",
         ItemType.CERTIFICATION,
         lambda r: _join(str(r.get("name") or ""), str(r.get("issuer") or ""),
                         str(r.get("date") or ""), sep=", "))
    flat("awards", "awards", SectionKind.OTHER, "Awards", ItemType.TEXT,
         lambda r: _join(str(r.get("title") or ""), str(r.get("awarder") or ""),
                         str(r.get("date") or ""), sep=", "))
    flat("publications", "publications", SectionKind.OTHER, "Publications", ItemType.TEXT,
         lambda r: _join(str(r.get("name") or ""), str(r.get("publisher") or ""),
                         str(r.get("releaseDate") or ""), sep=", "))
    flat("references", "references", SectionKind.OTHER, "References", ItemType.TEXT,
         lambda r: _join(str(r.get("reference") or ""), str(r.get("name") or ""), sep=" — "))
    flat("languages", "languages", SectionKind.LANGUAGES, "Languages", ItemType.LANGUAGE,
         lambda r: _join(str(r.get("language") or ""), str(r.get("fluency") or ""), sep=" — "))
    flat("interests", "interests", SectionKind.OTHER, "Interests", ItemType.TEXT,
         lambda r: _join(str(r.get("name") or ""), ", ".join(r.get("keywords") or []),
                         sep=": "))
    _restore_sections(cv, data)
    return cv


def _restore_sections(cv: StructuredCV, data: dict[str, Any]) -> None:
    """Sections JSON Resume has no place for, kept by cvtailor's writer in meta.cvtailor."""
    meta = data.get("meta") or {}
    extra = (meta.get("cvtailor") or {}).get("sections") if isinstance(meta, dict) else None
    used = {s.id for s in cv.sections}
    for dump in extra if isinstance(extra, list) else []:
        if not isinstance(dump, dict):
            continue
        try:
            kind = SectionKind(str(dump.get("kind") or "other"))
        except ValueError:
            kind = SectionKind.OTHER
        heading = str(dump.get("heading") or kind.value.replace("_", " ").capitalize())
        sid = unique_section_id(kind, heading, used)
        s = CVSection(id=sid, kind=kind, heading=heading)
        itype = ITEM_TYPE_FOR_SECTION[kind]
        for en, row in enumerate(dump.get("entries") or [], 1):
            e = CVEntry(id=f"{sid}-{en}", heading=str(row.get("heading") or ""),
                        details=[str(d) for d in row.get("details") or []])
            for text in row.get("items") or []:
                e.add_item(str(text), itype)
            s.entries.append(e)
        if s.entries:
            position = 1 if kind == SectionKind.KEY_QUALIFICATIONS and cv.sections and (
                cv.sections[0].kind == SectionKind.SUMMARY) else len(cv.sections)
            cv.sections.insert(0 if kind == SectionKind.KEY_QUALIFICATIONS and position == 0
                               else position, s)
