"""The person's profile: what they confirmed, described or rejected in a gap interview,
remembered across applications (LangGraph's cross-thread store, see `storage.profile`).

Only the person's own answers enter it; every later session reads it before asking, so the
same question is not asked twice and a "no" is never claimed.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

ProfileKind = Literal["confirmed", "described", "rejected"]
PROFILE_FORMAT: Literal["cvtailor-profile"] = "cvtailor-profile"
PROFILE_VERSION = 1


class ProfileEntry(BaseModel):
    """One remembered answer, keyed by the requirement's concept (one entry per concept: a later
    answer about the same concept replaces the earlier one)."""

    id: str = Field(description="The entry's id: the concept as a slug, e.g. 'apache-kafka'.")
    kind: ProfileKind = Field(description="confirmed: CV lines the person said show the "
                              "concept; described: the person's own words for it; rejected: "
                              "they said they do not have it.")
    concept: str = Field(description="What the question was about: the vocabulary's canonical "
                         "name of the JD term, or the term in lower case.")
    term: str = Field(default="", description="The JD term as it was asked.")
    requirement: str = Field(default="", description="The requirement as the JD said it.")
    evidence: list[str] = Field(default_factory=list, description="confirmed: the CV lines "
                                "(verbatim) the person said show it; used again only where "
                                "the same line is in a later CV.")
    answer: str = Field(default="", description="described: the person's answer, verbatim.")
    role: str = Field(default="", description="described: the role (employer, title or "
                      "section) the answer was placed under.")
    session: str = Field(default="", description="The session the answer was given in.")
    at: str = Field(default="", description="When it was answered (UTC, ISO 8601).")


class ProfileExport(BaseModel):
    """A profile as a file (`cvtailor profile export` / `import`)."""

    format: Literal["cvtailor-profile"] = PROFILE_FORMAT
    version: int = PROFILE_VERSION
    profile: str = Field(description="The profile's name when it was exported.")
    entries: list[ProfileEntry] = Field(default_factory=list)
