"""What the graph asks when it stops (`interrupt()`), and what a valid answer is.

Three kinds of stop, one `InterruptKind` each: the gap questions, the review of the drafts and
the cost cap. Every payload names its kind (`type`), says what it asks (`message`) and which
answers are allowed, and carries the JSON schema of a valid answer (`answer_schema`). When an
answer is refused the same payload is asked again with `error` set to why; the thread stays
resumable. Payloads cross the graph boundary as plain JSON (`payload.dump()`): that shape is a
public contract other tools read. Resume values are validated by the `*Resume` models here;
`describe_error()` turns a refusal into one line.
"""

from __future__ import annotations

import copy
import functools
import re
from collections.abc import Iterable, Mapping
from enum import StrEnum
from typing import Annotated, Any, Literal, Self

from pydantic import (
    BaseModel,
    ConfigDict,
    Discriminator,
    Field,
    Tag,
    TypeAdapter,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

from cvtailor.models.cv import ItemStatus
from cvtailor.models.drafts import REVIEW_ACTIONS, Decision, ItemDecision, QAResult, ReviewAction
from cvtailor.models.gaps import Answer, GapReport, Question
from cvtailor.models.usage import Usage


class InterruptKind(StrEnum):
    """What a run stopped for: the `type` of every interrupt payload."""

    GAP_QUESTIONS = "gap_questions"
    REVIEW = "review"
    COST_CAP = "cost_cap"

    @classmethod
    def of(cls, payload: Any) -> InterruptKind | None:
        """The kind of an interrupt payload (a dict or a model); None when it is not ours."""
        kind = (payload.get("type") if isinstance(payload, Mapping)
                else getattr(payload, "type", None))
        if not isinstance(kind, str):
            return None
        try:
            return cls(_LEGACY_KINDS.get(kind, kind))
        except ValueError:
            return None


# Sessions paused before the payloads were typed carry the old name of the gap questions.
_LEGACY_KINDS = {"gap_review": InterruptKind.GAP_QUESTIONS.value}

# The tags of the "name or object" unions below; describe_error() leaves them out of a path.
_BY_NAME, _BY_OBJECT = "<name>", "<object>"


def _name_or_object(value: Any) -> str:
    return _BY_NAME if isinstance(value, str) else _BY_OBJECT


def _kind_of(value: Any) -> str:
    """What a refused value is, for a message: "the string 'approve'", "a list", "5 (int)"."""
    if isinstance(value, str):
        return f"the string {value[:60]!r}"
    return "a list" if isinstance(value, list) else f"{value!r:.60} ({type(value).__name__})"


class _Payload(BaseModel):
    """What every interrupt payload can do (the fields are declared per kind, in JSON order)."""

    error: str | None

    def refused(self, error: str) -> Self:
        """The same question again, saying why the last answer was refused."""
        return self.model_copy(update={"error": error})

    def dump(self) -> dict[str, Any]:
        """The payload as the JSON the interrupt carries."""
        return self.model_dump(mode="json")


# -- gap questions ----------------------------------------------------------------------------

ALLOWED_GAP_ANSWERS: dict[str, list[str]] = {"confirm": ["yes", "no"], "describe": ["<text>", ""]}

AnswerMap = dict[str, str]
AnswersValue = Annotated[
    Annotated[AnswerMap, Tag(_BY_OBJECT)] | Annotated[list[Answer], Tag("<list>")],
    Discriminator(lambda v: _BY_OBJECT if isinstance(v, dict) else "<list>"),
]


class GapAnswersResume(BaseModel):
    """The answer to the gap questions: `{"answers": {question_id: "yes" | "no" | text}}` or
    `{"answers": [{"question_id", "text", "role"?}]}` (the bare map or list too). An empty
    text is an answer ("I don't have it": declined, like "no"); a question not named is left
    open; `{}` or None answers none of them (the run goes on to plan)."""

    model_config = ConfigDict(extra="forbid")

    answers: AnswersValue = Field(default_factory=dict)

    @model_validator(mode="before")
    @classmethod
    def _envelope(cls, value: Any) -> Any:
        if value is None:
            return {}
        if isinstance(value, list) or (isinstance(value, dict) and "answers" not in value):
            return {"answers": value}
        if isinstance(value, dict):
            return value
        raise ValueError('the gap questions expect {"answers": {question_id: answer}}, got '
                         + _kind_of(value))

    @field_validator("answers", mode="before")
    @classmethod
    def _map_or_list(cls, value: Any) -> Any:
        if isinstance(value, dict | list):
            return value
        raise ValueError("expected {question_id: answer} or a list of "
                         '{"question_id", "text"}, got ' + _kind_of(value))

    @model_validator(mode="after")
    def _asked(self, info: ValidationInfo) -> Self:
        questions: list[Question] | None = (info.context or {}).get("questions")
        if questions is not None:
            self.answers_to(questions)
        return self

    def answers_to(self, questions: Iterable[Question] | None = None) -> list[Answer]:
        """The answers as `Answer`s, checked against `questions` when given: each names one
        of them (by question_id, or by requirement_id alone). What an answer means (yes, no,
        a description) is `research.interview`'s to read."""
        rows = (self.answers if isinstance(self.answers, list)
                else [Answer(question_id=k, text=v) for k, v in self.answers.items()])
        if questions is None:
            return rows
        by_id = {q.id: q for q in questions}
        by_requirement = {q.requirement_id: q for q in by_id.values()}
        for answer in rows:
            named = answer.question_id or answer.requirement_id
            if not named:
                raise ValueError("an answer names no question_id")
            question = (by_id.get(answer.question_id) if answer.question_id
                        else by_requirement.get(answer.requirement_id))
            if question is None:
                raise ValueError(f"no pending question {named!r} (questions: "
                                 f"{', '.join(by_id) or 'none'})")
            if question.kind == "describe" and unclear(answer.text):
                raise ValueError(f"{question.id}: {answer.text.strip()!r} is neither a no nor "
                                 "where and how: answer no, or say where (which role) and how "
                                 "in a sentence")
        return rows


_PLAIN_ANSWER = re.compile(r"\W*(?:y|yes|yeah|yep|n|no|nope|never|none|n/?a|no idea|"
                           r"not really|no thanks)\W*", re.IGNORECASE)
_UNSURE = re.compile(r"\b(?:not sure|unsure|don'?t know|do not know|not certain|maybe|"
                     r"perhaps|possibly)\b", re.IGNORECASE)


_BARE_YES = re.compile(r"\W*(?:y|yes|yeah|yep|yup|sure|definitely|absolutely)"
                       r"(?:[\s,]+(?:i\s+(?:have|did|do)|of\s+course))?\W*", re.IGNORECASE)


def unclear(text: str) -> bool:
    """An answer to "say where and how" that says neither: one or two words that are no plain
    no ("maybe", "sometimes", "yes, extensively"), a bare yes ("yes", "yes, I have": where,
    and how?), or a few words of doubt ("I'm not sure"). Placed as the person's words, "maybe"
    became "Indexing strategies: maybe", a claim, and a "yes" was dropped without a word; each
    is asked again instead."""
    words = text.split()
    return (0 < len(words) < 3 and not _PLAIN_ANSWER.fullmatch(text)) or (
        0 < len(words) < 6 and _UNSURE.search(text) is not None) or (
        0 < len(words) < 4 and _BARE_YES.fullmatch(text) is not None)


class GapQuestionsPayload(_Payload):
    """The gap interview: the gap report's numbers and one question per unclear requirement."""

    type: Literal[InterruptKind.GAP_QUESTIONS] = InterruptKind.GAP_QUESTIONS
    message: str = ""
    coverage: float = 0.0
    matched: list[str] = Field(default_factory=list, description="Requirement ids.")
    partial: list[str] = Field(default_factory=list, description="Requirement ids.")
    gaps: list[str] = Field(default_factory=list, description="Requirement ids.")
    questions: list[Question] = Field(default_factory=list)
    allowed_answers: dict[str, list[str]] = Field(
        default_factory=lambda: copy.deepcopy(ALLOWED_GAP_ANSWERS),
        description=('Per question kind: "<text>" = your own words, "" = you don\'t have it '
                     '(declined, like "no"); a confirm question also takes a sentence saying how.'))
    answer_schema: dict[str, Any] = Field(default_factory=dict)
    error: str | None = None

    @classmethod
    def of(cls, report: GapReport) -> GapQuestionsPayload:
        """The questions of a gap report, with the schema of an answer to exactly them."""
        schema = _schema(GapAnswersResume)
        by_map = next(b for b in schema["properties"]["answers"]["oneOf"]
                      if b.get("type") == "object")
        by_map["properties"] = {
            q.id: ({"type": "string", "examples": ["yes", "no"]} if q.kind == "confirm"
                   else {"type": "string"}) for q in report.questions}
        by_map["additionalProperties"] = False
        n = len(report.questions)
        return cls(
            message=(f"{n} question{'s' if n != 1 else ''} about requirements your CV does not "
                     "clearly show. Answer a confirm question yes or no, a describe question in "
                     "your own words (empty: you don't have it); leave out any you skip. "
                     'Resume with {"answers": {question_id: answer}}; {} answers none.'),
            coverage=report.coverage,
            matched=[m.requirement_id for m in report.by_status("matched")],
            partial=[m.requirement_id for m in report.by_status("partial")],
            gaps=[m.requirement_id for m in report.by_status("gap")],
            questions=report.questions, answer_schema=schema,
        )

    def parse(self, value: Any) -> list[Answer]:
        """The answers in a resume value; raises ValidationError when it is not valid."""
        return GapAnswersResume.model_validate(
            value, context={"questions": self.questions}).answers_to(self.questions)


# -- review -----------------------------------------------------------------------------------

DecisionValue = Annotated[
    Annotated[ReviewAction, Tag(_BY_NAME)] | Annotated[ItemDecision, Tag(_BY_OBJECT)],
    Discriminator(_name_or_object),
]


class ReviewResume(BaseModel):
    """The answer to a review: `{"decisions": {item_id: decision}}`, a decision being "accept",
    "reject", "regenerate", `{"action": "edit", "text"}` or `{"action": "regenerate",
    "feedback"}`; items not named are accepted. `{"accept_all": true}`, `{}` and None accept
    every draft. The bare `{item_id: decision}` map is read as the decisions."""

    model_config = ConfigDict(extra="forbid")

    decisions: dict[str, DecisionValue] = Field(default_factory=dict)
    accept_all: bool = False

    @model_validator(mode="before")
    @classmethod
    def _envelope(cls, value: Any) -> Any:
        if value is None:
            return {}
        if isinstance(value, dict):
            return value if {"decisions", "accept_all"} & value.keys() else {"decisions": value}
        raise ValueError('review expects {"decisions": {item_id: decision}} or '
                         '{"accept_all": true}, got ' + _kind_of(value))

    @model_validator(mode="after")
    def _named(self, info: ValidationInfo) -> Self:
        for item_id, decision in self.decisions.items():
            if decision == "edit":
                raise ValueError(f'decisions.{item_id}: an edit needs the new text: '
                                 '{"action": "edit", "text": "..."}')
        ids: list[str] | None = (info.context or {}).get("ids")
        if ids is not None and (unknown := [i for i in self.decisions if i not in ids]):
            raise ValueError(f"no pending item {unknown[0]!r} (pending: {', '.join(ids)})")
        return self

    def decisions_for(self, ids: Iterable[str], round_no: int) -> dict[str, Decision]:
        """One recorded decision per pending item: the named ones, the rest accepted."""
        out: dict[str, Decision] = {}
        for item_id in ids:
            given = None if self.accept_all else self.decisions.get(item_id)
            if given is None:
                out[item_id] = Decision(action="accept", round=round_no, by="default")
            elif isinstance(given, str):
                out[item_id] = Decision(action=given, round=round_no)
            else:
                out[item_id] = Decision(**given.model_dump(), round=round_no)
        return out


class ReviewItem(BaseModel):
    """One draft as the review shows it: where it is, before and after, why, and its QA."""

    id: str
    section: str = ""
    entry: str = ""
    original: str
    draft: str
    status: ItemStatus
    keywords: list[str] = Field(default_factory=list)
    evidence: list[str] = Field(default_factory=list, description="CV item ids it rests on.")
    qa: QAResult | None = None
    engine: str = "offline"
    feedback_note: str = Field(default="", description=(
        "After a regenerate with feedback: what the writer did with it."))


class ReviewPayload(_Payload):
    """A review round: every pending draft, and the actions a decision may take."""

    type: Literal[InterruptKind.REVIEW] = InterruptKind.REVIEW
    message: str = ""
    round: int = 1
    items: list[ReviewItem] = Field(default_factory=list)
    allowed_actions: list[ReviewAction] = Field(default_factory=lambda: list(REVIEW_ACTIONS))
    answer_schema: dict[str, Any] = Field(default_factory=dict)
    error: str | None = None

    @classmethod
    def of(cls, round_no: int, items: list[ReviewItem]) -> ReviewPayload:
        """A round's payload, with the schema of a decision on exactly these items."""
        schema = _schema(ReviewResume)
        schema["properties"]["decisions"]["propertyNames"] = {"enum": [i.id for i in items]}
        n = len(items)
        return cls(
            message=(f"Review round {round_no}: {n} draft{'s' if n != 1 else ''}. Resume with "
                     '{"decisions": {item_id: decision}} (items not named are accepted) or '
                     '{"accept_all": true}.'),
            round=round_no, items=items, answer_schema=schema,
        )

    def parse(self, value: Any) -> dict[str, Decision]:
        """One decision per item from a resume value; raises ValidationError when invalid."""
        ids = [i.id for i in self.items]
        resume = ReviewResume.model_validate(value, context={"ids": ids})
        return resume.decisions_for(ids, self.round)


# -- cost cap ---------------------------------------------------------------------------------


class CostCapResume(BaseModel):
    """The answer at the cost cap: the raised caps. A cap not named stays as it was; null
    means no cap; `{}` or None resumes with the caps unchanged (it stops again if spent)."""

    model_config = ConfigDict(extra="forbid")

    max_cost_usd: float | None = Field(default=None, ge=0)
    max_tokens: int | None = Field(default=None, ge=0)

    @model_validator(mode="before")
    @classmethod
    def _envelope(cls, value: Any) -> Any:
        if value is None:
            return {}
        if isinstance(value, dict):
            return value
        raise ValueError('the cost cap expects {"max_cost_usd": USD, "max_tokens": N}, got '
                         + _kind_of(value))

    def caps(self, cost_usd: float, tokens: int) -> tuple[float, int]:
        """The caps after this answer, from the current ones (0 = no cap)."""
        named = self.model_fields_set
        return (float(self.max_cost_usd or 0) if "max_cost_usd" in named else cost_usd,
                int(self.max_tokens or 0) if "max_tokens" in named else tokens)


class CostCapPayload(_Payload):
    """The session has spent its cap: which step it stopped before, why, and what was spent."""

    type: Literal[InterruptKind.COST_CAP] = InterruptKind.COST_CAP
    message: str = ""
    node: str
    reason: str
    spent: Usage = Field(default_factory=Usage)
    max_cost_usd: float = 0.0
    max_tokens: int = 0
    allowed_answers: list[str] = Field(
        default_factory=lambda: ["max_cost_usd", "max_tokens"],
        description="The caps a resume may raise.")
    answer_schema: dict[str, Any] = Field(default_factory=lambda: _schema(CostCapResume))
    error: str | None = None

    def parse(self, value: Any) -> tuple[float, int]:
        """The caps a resume value sets; raises ValidationError when it is not valid."""
        return CostCapResume.model_validate(value).caps(self.max_cost_usd, self.max_tokens)


# -- all of them ------------------------------------------------------------------------------

InterruptPayload = Annotated[
    GapQuestionsPayload | ReviewPayload | CostCapPayload, Field(discriminator="type")]


def load_payload(value: Mapping[str, Any]) -> GapQuestionsPayload | ReviewPayload | CostCapPayload:
    """The typed payload of an interrupt value (e.g. `Session.pending`)."""
    return _PAYLOADS.validate_python(value)


_PAYLOADS: TypeAdapter[GapQuestionsPayload | ReviewPayload | CostCapPayload] = TypeAdapter(
    InterruptPayload)


def describe_error(exc: Exception) -> str:
    """A refused answer in one line: where in the answer, what is wrong, what was given."""
    if not isinstance(exc, ValidationError):
        return str(exc).replace("\n", " ")
    parts = []
    for error in exc.errors(include_url=False):
        where = ".".join(str(p) for p in error["loc"] if p not in (_BY_NAME, _BY_OBJECT, "<list>"))
        message = error["msg"].removeprefix("Value error, ")
        given = error.get("input")
        if error["type"] in ("literal_error", "enum", "string_type", "dict_type", "list_type",
                             "model_type", "float_parsing", "int_parsing", "bool_parsing",
                             "greater_than_equal"):
            message += f" (got {given!r:.60})"
        parts.append(f"{where}: {message}" if where else message)
    return "; ".join(parts).replace("\n", " ")


@functools.cache
def _base_schema(model: type[BaseModel]) -> dict[str, Any]:
    return model.model_json_schema()


def _schema(model: type[BaseModel]) -> dict[str, Any]:
    """A model's JSON schema, a copy the caller may specialise."""
    return copy.deepcopy(_base_schema(model))
