"""What a job posting is: title, company and categorised, prioritised requirements."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field
from pydantic.json_schema import SkipJsonSchema

Priority = Literal["critical", "important", "nice_to_have"]
RequirementCategory = Literal[
    "technical_skill", "soft_skill", "experience", "education", "domain", "responsibility"
]


class Requirement(BaseModel):
    """One JD requirement: its text, category, priority and surface keywords."""

    id: str
    text: str
    category: RequirementCategory = "technical_skill"
    priority: Priority = "important"
    keywords: list[str] = Field(default_factory=list, description="Surface terms, JD spelling.")


class JobPosting(BaseModel):
    """A parsed job description, and which parser produced it."""

    title: str = ""
    company: str = ""
    level: str = ""
    industry: str = ""
    responsibilities: list[str] = Field(default_factory=list)
    skills: list[str] = Field(default_factory=list)
    industry_terms: list[str] = Field(default_factory=list)
    values: list[str] = Field(default_factory=list)
    requirements: list[Requirement] = Field(default_factory=list)
    suspicious: list[str] = Field(
        default_factory=list, description="Instruction-like text found in the JD (never obeyed)."
    )
    location: str = ""
    parser: str = Field(default="offline", description="Which parser produced this posting.")
    sources: SkipJsonSchema[dict[str, str]] = Field(
        default_factory=dict,
        description="Which parser named each header field: field (title, company, location, "
                    "level) -> front_matter | header | about | email | heuristic | user | llm.")
