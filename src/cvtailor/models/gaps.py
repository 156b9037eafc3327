"""The gap report: which CV items evidence each requirement, the questions for the rest,
and the user's answers to them."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field


class Evidence(BaseModel):
    """A CV item that evidences a requirement: how (via), for which JD term, how strongly."""

    item_id: str
    score: float
    via: Literal["lexical", "alias", "implied", "phrase", "semantic", "similarity", "user"] = (
        "lexical")
    term: str = Field(default="", description="The JD keyword this evidence supports.")
    matched: str = Field(default="", description="What the CV says, verbatim.")


MatchStatus = Literal["matched", "partial", "gap"]


class RequirementMatch(BaseModel):
    """One requirement's status (matched, partial, gap) with its evidence and keywords."""

    requirement_id: str
    status: MatchStatus
    evidence: list[Evidence] = Field(default_factory=list)
    covered_keywords: list[str] = Field(default_factory=list)
    missing_keywords: list[str] = Field(default_factory=list)


class QuestionEvidence(BaseModel):
    """A CV line a confirm question quotes."""

    item_id: str
    text: str


class Question(BaseModel):
    """A gap-interview question about one requirement.

    `confirm`: a CV line probably shows the requirement in other words; the answer is "yes"
    (the JD's term goes into that item) or "no" (never asked again in this session).
    `describe`: no CV line is close; the answer is the person's own words (a new
    `user_provided` item under the role it names), or empty for "I don't have it".
    """

    id: str
    requirement_id: str
    text: str
    requirement: str = Field(default="", description="The requirement as the JD says it.")
    term: str = Field(default="", description="The JD's term the answer would let the CV use.")
    kind: Literal["confirm", "describe"] = "describe"
    evidence: list[QuestionEvidence] = Field(
        default_factory=list, description="For confirm: the CV line(s) that may show it.")


class GapReport(BaseModel):
    """Every requirement's match, the questions for the unclear ones, and the coverage."""

    matches: list[RequirementMatch] = Field(default_factory=list)
    questions: list[Question] = Field(default_factory=list)
    coverage: float = 0.0

    def by_requirement(self) -> dict[str, RequirementMatch]:
        """The matches by requirement id."""
        return {m.requirement_id: m for m in self.matches}

    def by_status(self, status: MatchStatus) -> list[RequirementMatch]:
        """The matches with one status."""
        return [m for m in self.matches if m.status == status]


class Answer(BaseModel):
    """A user's answer to a gap question: the only way a new fact enters a CV.

    For a confirm question `text` is "yes" or "no"; for a describe question it is what the
    person did (empty: they don't have it). `item_id` / `role` say where a described answer
    belongs when the person names it.
    """

    question_id: str = ""
    requirement_id: str = ""
    text: str
    role: str = Field(default="", description="The entry (employer or section) it belongs to.")
