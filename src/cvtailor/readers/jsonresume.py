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
    value = row.get(key)
    return str(value) if isinstance(value, str | int | float) and value is not True and (
        value is not False) and value != "" else ""


def _dict(value: Any) -> dict[str, Any]:
    """A mapping, or {} for anything else (`"basics": true` is a mistake, not a crash)."""
    return value if isinstance(value, dict) else {}


def _rows(value: Any) -> list[dict[str, Any]]:
    """The mappings of a list; anything else is no rows."""
    return [r for r in value if isinstance(r, dict)] if isinstance(value, list) else []


def _strs(value: Any) -> list[str]:
    """The scalar items of a list, as text."""
    if not isinstance(value, list):
        return []
    return [str(x) for x in value if isinstance(x, str | int | float) and not isinstance(x, bool)]


# The fields each part of a JSON Resume that cvtailor shows; strings anywhere else are not
# shown by any JSON Resume theme, so they are reported as hidden and never become evidence.
SHOWN = {
    "basics": {"name", "label", "email", "phone", "url", "summary", "location", "profiles",
               "image", "x-contact"},
    "work": {"name", "position", "url", "startDate", "endDate", "summary", "highlights",
             "location", "description"},
    "volunteer": {"organization", "position", "url", "startDate", "endDate", "summary",
                  "highlights"},
    "projects": {"name", "description", "highlights", "keywords", "startDate", "endDate", "url",
                 "roles", "entity", "type", "summary", "position", "location"},
    "education": {"institution", "url", "area", "studyType", "startDate", "endDate", "score",
                  "courses"},
    "skills": {"name", "level", "keywords"}, "languages": {"language", "fluency"},
    "certificates": {"name", "date", "issuer", "url"}, "awards": {"title", "date", "awarder",
                                                                 "summary"},
    "publications": {"name", "publisher", "releaseDate", "url", "summary"},
    "interests": {"name", "keywords"}, "references": {"name", "reference"},
}


def _strings(value: Any, limit: int = 50) -> list[str]:
    """Every string inside `value` (iteratively; at most `limit`)."""
    out: list[str] = []
    stack = [value]
    while stack and len(out) < limit:
        v = stack.pop()
        if isinstance(v, str) and v.strip():
            out.append(v)
        elif isinstance(v, dict):
            stack += list(v.values())
        elif isinstance(v, list):
            stack += v
    return out


def hidden_strings(data: dict[str, Any]) -> list[str]:
    """Warnings (masked) for strings in fields a JSON Resume does not show: unknown keys,
    `meta` (except the sections cvtailor's own writer keeps there)."""
    from cvtailor.readers.hidden import masked

    found: list[tuple[str, str]] = []
    for key, value in data.items():
        if key == "meta":
            rest = {k: v for k, v in _dict(value).items() if k != "cvtailor"}
            found += [("meta", t) for t in _strings(rest)]
        elif key in SHOWN:
            rows = [value] if key == "basics" else value
            for row in rows if isinstance(rows, list) else []:
                for k, v in _dict(row).items():
                    if k not in SHOWN[key]:
                        found += [(f"{key}.{k}", t) for t in _strings(v)]
        elif key not in ("$schema",):
            found += [(key, t) for t in _strings(value)]
    return [f"Left out hidden text (JSON Resume field '{where}', not shown): {masked(t)}"
            for where, t in found[:50]]


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
     lambda r: _join(_text(r, "name"), ", ".join(_strs(r.get("keywords"))), sep=": ")),
)


def json_resume_to_cv(data: dict[str, Any]) -> StructuredCV:
    """A StructuredCV from a JSON Resume document: summary, roles (work, volunteer, projects),
    skills, education, then the list sections, then the sections cvtailor kept in meta."""
    basics = _dict(data.get("basics"))
    cv = StructuredCV(name=_text(basics, "name"), source_format="jsonresume")
    cv.contact = _contact(basics)
    sections = [_summary(basics) if _text(basics, "summary") else None]
    sections += [_roles(_rows(data.get(key)), sid, kind, heading, org_key)
                 for key, sid, kind, heading, org_key in _ROLE_SECTIONS]
    sections += [_skills(_rows(data.get("skills"))), _education(_rows(data.get("education")))]
    sections += [_list_section(_rows(data.get(key)), sid, kind, heading, itype, fmt)
                 for key, sid, kind, heading, itype, fmt in _LIST_SECTIONS]
    cv.sections = [s for s in sections if s is not None]
    _restore_sections(cv, data)
    return cv


def _contact(basics: dict[str, Any]) -> list[str]:
    """Contact lines: label, email, phone, url, the place, profiles, and lines cvtailor kept."""
    contact = [_text(basics, k) for k in ("label", "email", "phone", "url") if _text(basics, k)]
    loc = _dict(basics.get("location"))
    place = ", ".join(_text(loc, k) for k in ("city", "region", "countryCode") if _text(loc, k))
    if place:
        contact.append(place)
    contact += [f"{_text(p, 'network')}: {_text(p, 'url') or _text(p, 'username')}".strip(": ")
                for p in _rows(basics.get("profiles"))]
    contact += _strs(basics.get("x-contact"))  # written by cvtailor
    return contact


def _one_entry_section(sid: str, kind: SectionKind, heading: str) -> tuple[CVSection, CVEntry]:
    """A section whose items all sit in one entry without a heading."""
    entry = CVEntry(id=f"{sid}-1")
    return CVSection(id=sid, kind=kind, heading=heading, entries=[entry]), entry


def _summary(basics: dict[str, Any]) -> CVSection:
    """The summary: one item per paragraph."""
    section, entry = _one_entry_section("summary", SectionKind.SUMMARY, "Summary")
    for para in _text(basics, "summary").split("\n\n"):
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
        for text in [_text(row, "summary") or _text(row, "description"),
                     *_strs(row.get("highlights"))]:
            if str(text).strip():
                entry.add_item(str(text).strip(), itype)
    return section


def _role_entry(row: dict[str, Any], entry_id: str, org_key: str) -> CVEntry:
    """The entry of one role: 'position — organisation', details 'location | dates'. A project
    named by `name` alone has no organisation."""
    title = _text(row, "position") or _text(row, "name")
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
        keywords = ", ".join(_strs(row.get("keywords")))
        text = f"{_text(row, 'name')}: {keywords}" if keywords else _text(row, "name")
        if text.strip(": "):
            entry.add_item(text, ItemType.SKILL)
    return section


def _education(rows: Rows) -> CVSection | None:
    """An entry per degree ('studyType in area — institution'); score and courses as items."""
    if not rows:
        return None
    section = CVSection(id="education", kind=SectionKind.EDUCATION, heading="Education")
    for n, row in enumerate(rows, 1):
        kind, area = _text(row, "studyType"), _text(row, "area")
        # "Certificate" + "Certificate in People Practice": the area already names its kind
        degree = area if kind and area.lower().startswith(kind.lower()) else _join(
            kind, area, sep=" in ")
        entry = CVEntry(id=f"education-{n}", title=degree, organization=_text(row, "institution"),
                        dates=_dates(row))
        entry.heading = _join(degree, entry.organization)
        entry.details = [entry.dates] if entry.dates else []
        section.entries.append(entry)
        if _text(row, "score"):
            entry.add_item(f"GPA: {_text(row, 'score')}", ItemType.EDUCATION)
        for text in _strs(row.get("courses")):
            if text:  # a course taken: what was studied (`text.cvtext.coursework`)
                entry.add_item(str(text), ItemType.EDUCATION, course=True)
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
    extra = _dict(_dict(data.get("meta")).get("cvtailor")).get("sections")
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
        kind = SectionKind(_text(dump, "kind") or "other")
    except ValueError:
        kind = SectionKind.OTHER
    heading = _text(dump, "heading") or kind.value.replace("_", " ").capitalize()
    sid = unique_section_id(kind, heading, used)
    section = CVSection(id=sid, kind=kind, heading=heading)
    itype = ITEM_TYPE_FOR_SECTION[kind]
    for n, row in enumerate(_rows(dump.get("entries")), 1):
        entry = CVEntry(id=f"{sid}-{n}", heading=_text(row, "heading"),
                        details=_strs(row.get("details")))
        for text in _strs(row.get("items")):
            entry.add_item(str(text), itype)
        section.entries.append(entry)
    return section


def _restored_position(cv: StructuredCV, kind: SectionKind) -> int:
    """Key qualifications go right after a leading summary; anything else goes last."""
    if kind == SectionKind.KEY_QUALIFICATIONS and cv.sections and (
            cv.sections[0].kind == SectionKind.SUMMARY):
        return 1
    return len(cv.sections)
