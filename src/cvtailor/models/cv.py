"""What a CV is: sections > entries > items, every item with a stable id, its text and status."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from pydantic import BaseModel, Field


class ItemStatus(StrEnum):
    """Where an item's text came from and what the user did with it."""

    INITIAL = "initial"
    GENERATED = "generated"
    GENERATED_FALLBACK = "generated_fallback"
    GENERATION_FAILED = "generation_failed"
    USER_MODIFIED = "user_modified"
    USER_ACCEPTED = "user_accepted"
    TO_REGENERATE = "to_regenerate"
    STATIC = "static"
    USER_PROVIDED = "user_provided"


class ItemType(StrEnum):
    """What kind of CV line an item is."""

    BULLET = "bullet"
    KEY_QUALIFICATION = "key_qualification"
    SUMMARY = "summary"
    ROLE_TITLE = "role_title"
    PROJECT_BULLET = "project_bullet"
    EDUCATION = "education"
    CERTIFICATION = "certification"
    LANGUAGE = "language"
    SKILL = "skill"
    TEXT = "text"


class SectionKind(StrEnum):
    """What a CV section holds (its heading may say it in other words)."""

    SUMMARY = "summary"
    KEY_QUALIFICATIONS = "key_qualifications"
    EXPERIENCE = "experience"
    SKILLS = "skills"
    EDUCATION = "education"
    PROJECTS = "projects"
    CERTIFICATIONS = "certifications"
    LANGUAGES = "languages"
    OTHER = "other"


# The order a recruiter expects; assemble sorts sections by it (DESIGN: validation gates).
SECTION_ORDER: tuple[SectionKind, ...] = (
    SectionKind.SUMMARY,
    SectionKind.KEY_QUALIFICATIONS,
    SectionKind.EXPERIENCE,
    SectionKind.SKILLS,
    SectionKind.EDUCATION,
    SectionKind.PROJECTS,
    SectionKind.CERTIFICATIONS,
    SectionKind.LANGUAGES,
    SectionKind.OTHER,
)


def unique_section_id(kind: SectionKind, heading: str, used: set[str]) -> str:
    """A stable section id: the kind ("experience"), or the heading's slug for "other"
    sections, numbered when taken ("experience2"); adds it to `used`. Never "experience-2":
    the ids of a section's entries and items add "-1", "-1-2", and the second experience
    section's first entry would be the first one's second entry's first item."""
    import re

    base = re.sub(r"[^a-z0-9]+", "-", (kind.value if kind != SectionKind.OTHER else heading)
                  .lower()).strip("-") or "section"
    base = re.sub(r"-(\d+)$", r"\1", base)  # "Awards 2024": "awards2024", not "awards-2024"
    sid, n = base, 2
    while sid in used:
        sid, n = f"{base}{n}", n + 1
    used.add(sid)
    return sid


class CVItem(BaseModel):
    """One rewritable unit of a CV: a bullet, a summary paragraph, a skills line..."""

    id: str
    type: ItemType = ItemType.BULLET
    text: str
    original: str = ""
    status: ItemStatus = ItemStatus.INITIAL
    raw_output: str | None = Field(default=None, description="Model output that produced text.")
    evidence: list[str] = Field(default_factory=list, description="Item ids the text rests on.")
    metadata: dict[str, Any] = Field(default_factory=dict)

    def retellings(self) -> list[dict[str, Any]]:
        """The person's described answers that tell this line again in other words
        (`RETOLD`): each with the requirement, question, term, the answer as given and the
        answer as a CV line."""
        return [given for given in self.metadata.get(RETOLD) or [] if isinstance(given, dict)]


# A CV line's metadata key: the described answers that tell it again
# (research.interview.restated_lines).
RETOLD = "answers"

# What an item in each kind of section is; facts that are never rewritten are static.
ITEM_TYPE_FOR_SECTION: dict[SectionKind, ItemType] = {
    SectionKind.SUMMARY: ItemType.SUMMARY,
    SectionKind.KEY_QUALIFICATIONS: ItemType.KEY_QUALIFICATION,
    SectionKind.EXPERIENCE: ItemType.BULLET,
    SectionKind.SKILLS: ItemType.SKILL,
    SectionKind.EDUCATION: ItemType.EDUCATION,
    SectionKind.PROJECTS: ItemType.PROJECT_BULLET,
    SectionKind.CERTIFICATIONS: ItemType.CERTIFICATION,
    SectionKind.LANGUAGES: ItemType.LANGUAGE,
    SectionKind.OTHER: ItemType.TEXT,
}
STATIC_ITEM_TYPES = frozenset({ItemType.EDUCATION, ItemType.CERTIFICATION, ItemType.LANGUAGE})


class CVEntry(BaseModel):
    """A role, a degree, a project: a heading with facts and a list of items."""

    id: str
    heading: str = Field(default="", description="The entry heading exactly as written.")
    title: str = ""
    organization: str = ""
    location: str = ""
    dates: str = Field(default="", description="The date range exactly as written.")
    details: list[str] = Field(default_factory=list, description="Other heading lines, verbatim.")
    items: list[CVItem] = Field(default_factory=list)

    def add_item(self, text: str, type: ItemType, *, status: ItemStatus | None = None,
                 **metadata: Any) -> CVItem:
        """Append an item with the next stable id (`<entry id>-<n>`); facts are static."""
        if status is None:
            status = ItemStatus.STATIC if type in STATIC_ITEM_TYPES else ItemStatus.INITIAL
        item = CVItem(id=f"{self.id}-{len(self.items) + 1}", type=type, text=text,
                      original=text, status=status, metadata=metadata)
        self.items.append(item)
        return item


class CVSection(BaseModel):
    """A section of the CV: its kind, its heading as written, its entries."""

    id: str
    kind: SectionKind = SectionKind.OTHER
    heading: str
    entries: list[CVEntry] = Field(default_factory=list)


class StructuredCV(BaseModel):
    """A whole CV: the name, contact lines and sections, in source order."""

    name: str = ""
    contact: list[str] = Field(default_factory=list, description="Contact lines, verbatim.")
    sections: list[CVSection] = Field(default_factory=list)
    source_format: str = "text"

    def items(self) -> list[CVItem]:
        """Every item, in CV order."""
        return [item for s in self.sections for e in s.entries for item in e.items]

    def item_map(self) -> dict[str, CVItem]:
        """Every item by id."""
        return {item.id: item for item in self.items()}

    def locate(self, item_id: str) -> tuple[CVSection, CVEntry, CVItem] | None:
        """The section, entry and item of an item id, if the CV has it."""
        for section in self.sections:
            for entry in section.entries:
                for item in entry.items:
                    if item.id == item_id:
                        return section, entry, item
        return None

    def section(self, kind: SectionKind) -> CVSection | None:
        """The first section of a kind, if any."""
        return next((s for s in self.sections if s.kind == kind), None)
