"""A cover letter written from the same evidence as the CV, and what the person decided."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, Field

from cvtailor.models.drafts import QAResult

# The review item id of the letter (it is reviewed like a CV item, on its own).
LETTER_ID = "cover-letter"
_SENTENCE_END = re.compile(r"(?:(?<=[a-z0-9)%\]”\"])|(?<=\d[KMB]))[.!?](?=\s+[A-Z“\"(]|\s*$)")


class Letter(BaseModel):
    """A cover letter: its paragraphs (greeting first, sign-off last), the CV items it cites
    and the JD terms it names; how it was written and where the review left it."""

    paragraphs: list[str] = Field(default_factory=list,
                                  description="Greeting, body paragraphs, sign-off, in order.")
    evidence: list[str] = Field(default_factory=list, description="CV item ids it cites.")
    terms: list[str] = Field(default_factory=list, description="JD terms it names, evidenced.")
    engine: str = "offline"
    raw_output: str | None = Field(default=None, description="The model's answer, if any.")
    qa: QAResult | None = None
    status: Literal["draft", "approved", "edited", "rejected", "regenerate"] = "draft"
    round: int = 1
    feedback: str = Field(default="", description="What the person asked to change.")

    @property
    def text(self) -> str:
        """The letter as plain text / Markdown: paragraphs separated by a blank line."""
        return "\n\n".join(p.strip() for p in self.paragraphs if p.strip()) + "\n"

    @property
    def approved(self) -> bool:
        """Whether the person accepted (or edited) the letter: it is exported then."""
        return self.status in ("approved", "edited")

    @staticmethod
    def paragraphs_of(text: str) -> list[str]:
        """Paragraphs of a letter's text (blank lines between them)."""
        return [p.strip() for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]


def sentences(paragraph: str) -> list[str]:
    """A paragraph's sentences ("2.3 TB" and "e.g." do not end one)."""
    out, start = [], 0
    for m in _SENTENCE_END.finditer(paragraph):
        out.append(paragraph[start:m.end()].strip())
        start = m.end()
    rest = paragraph[start:].strip()
    return [s for s in [*out, rest] if s]
