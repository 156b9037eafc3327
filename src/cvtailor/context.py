"""Run settings: one dataclass, every field described, defaults from CVTAILOR_* variables.

LangGraph does not checkpoint the context, so `Session` stores the settings it started with
and passes them again on every resume.
"""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass, field, fields
from typing import Any, Literal


def _env(name: str, default: str) -> str:
    return os.environ.get(f"CVTAILOR_{name}", default)


def _env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(f"CVTAILOR_{name}")
    return default if value is None else value.strip().lower() in {"1", "true", "yes", "on"}


@dataclass(kw_only=True)
class Context:
    """Settings for one tailoring run."""

    engine: str = field(
        default_factory=lambda: _env("ENGINE", "offline"),
        metadata={"description": "Which engine thinks: 'offline' (default, no network) or a "
                  "registered engine name / 'module:attribute' path."},
    )
    auto_approve: bool = field(
        default_factory=lambda: _env_bool("AUTO_APPROVE", False),
        metadata={"description": "Skip both interrupts: no gap interview, accept every draft."},
    )
    interview: bool = field(
        default=False,
        metadata={"description": "Stop at gap_review to ask the gap questions even when no "
                  "answers were given with the input."},
    )
    max_attempts: int = field(
        default=3,
        metadata={"description": "Writer attempts per item before the original text is kept."},
    )
    max_rounds: int = field(
        default=10,
        metadata={"description": "Review rounds (regenerate loops) before review accepts as is."},
    )
    customization_level: Literal["light", "moderate", "extensive"] = field(
        default_factory=lambda: _env("LEVEL", "moderate"),  # type: ignore[arg-type,return-value]
        metadata={"description": "How much to rewrite: light touches only items that carry a "
                  "JD keyword; extensive rewrites every bullet it can improve."},
    )
    key_qualifications: int = field(
        default=10,
        metadata={"description": "How many key qualifications to propose (each <= 30 chars)."},
    )
    keep_personal_details: bool = field(
        default=False,
        metadata={"description": "Keep national IDs, dates of birth and street addresses."},
    )
    out_dir: str = field(
        default="",
        metadata={"description": "Where export writes cv.md and report.json ('' = state only)."},
    )

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Context:
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in (data or {}).items() if k in known})
