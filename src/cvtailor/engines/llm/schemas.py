"""Structured outputs that are not domain types: what a writer model returns for one item
(the engine turns it into a `Draft` with its own ids, status and provenance)."""

from __future__ import annotations

from pydantic import BaseModel, Field


class Rewrite(BaseModel):
    """One rewritten CV item."""

    text: str = Field(description="The rewritten item text.")
    evidence: list[str] = Field(default_factory=list,
                                description="Ids of the evidence items the text rests on.")
    keywords: list[str] = Field(default_factory=list,
                                description="JD keywords the text carries, spelled as given.")


class CoverLetter(BaseModel):
    """A cover letter built from evidence."""

    text: str = Field(description="The letter, plain text paragraphs.")
    evidence: list[str] = Field(default_factory=list, description="Evidence item ids used.")


__all__ = ["CoverLetter", "Rewrite"]
