"""Run settings: one dataclass, every field described, defaults from CVTAILOR_* variables.

LangGraph does not checkpoint the context, so `Session` stores the settings it started with
and passes them again on every resume.
"""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass, field, fields
from typing import Any, ClassVar, Literal

# The steps an engine thinks in: the nodes that may call a model (see `engines.Engine`).
MODEL_STEPS = ("parse_cv", "parse_jd", "gap_analysis", "plan", "write_item")


def _env(name: str, default: str) -> str:
    return os.environ.get(f"CVTAILOR_{name}", default)


def _env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(f"CVTAILOR_{name}")
    return default if value is None else value.strip().lower() in {"1", "true", "yes", "on"}


@dataclass(kw_only=True)
class Context:
    """Settings for one tailoring run."""

    # export writes to out_dir/<session id> instead of out_dir (the server's output folder).
    out_dir_per_session: ClassVar[bool] = False

    engine: str = field(
        default_factory=lambda: _env("ENGINE", "offline"),
        metadata={"description": "Which engine thinks: 'offline' (default, no network), 'llm', "
                  "'auto', or a registered engine name (register_engine or the "
                  "'cvtailor.engines' entry point group). Import paths are refused."},
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
    profile: str = field(
        default_factory=lambda: _env("PROFILE", "default"),
        metadata={"description": "The person's profile (long-term memory in the cross-thread "
                  "store): what they confirmed, described or rejected in earlier sessions is "
                  "not asked again, and their new answers are remembered there."},
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
    max_questions: int = field(
        default_factory=lambda: int(_env("MAX_QUESTIONS", "10")),
        metadata={"description": "At most this many gap-interview questions per session, most "
                  "important requirements first."},
    )
    cover_letter: bool = field(
        default_factory=lambda: _env_bool("COVER_LETTER", False),
        metadata={"description": "Write a cover letter from the same evidence after assemble "
                  "(cover_letter.md and the CV's formats), approved like a CV item."},
    )
    keep_personal_details: bool = field(
        default=False,
        metadata={"description": "Keep national IDs, dates of birth and street addresses."},
    )
    semantic: bool = field(
        default_factory=lambda: _env_bool("SEMANTIC", True),
        metadata={"description": "Rank evidence candidates with embeddings (MiniLM, offline) "
                  "and ask about near matches; embeddings never claim a requirement alone."},
    )
    max_concurrency: int = field(
        default_factory=lambda: int(_env("MAX_CONCURRENCY", "4")),
        metadata={"description": "How many graph tasks (item writers and checks) run at once; "
                  "raise it for a model with high latency, 1 runs items one by one."},
    )
    index_dir: str = field(
        default="",
        metadata={"description": "Where the Chroma index lives ('' = in memory); sessions put "
                  "it next to their store."},
    )
    out_dir: str = field(
        default="",
        metadata={"description": "Where export writes cv.md and report.json ('' = state only)."},
    )
    formats: str = field(
        default_factory=lambda: _env("FORMATS", "md"),
        metadata={"description": "Comma list of CV formats export writes to out_dir: md, html, "
                  "pdf (needs the 'pdf' extra), docx, json (JSON Resume); md is always written. "
                  "review.html, gap_report.html and gap_report.md are written too."},
    )

    # -- models (the LLM engine; see README "Models") ------------------------------------------
    provider: str = field(
        default_factory=lambda: _env("PROVIDER", ""),
        metadata={"description": "Model provider: 'openai', 'google_genai', 'anthropic', a local "
                  "server ('ollama', 'llama_cpp', 'vllm': OpenAI-compatible, no key, default "
                  "base URL), or '' to take it from the model prefix. With base_url, 'openai' "
                  "means any OpenAI-compatible server (LM Studio, ...)."},
    )
    model: str = field(
        default_factory=lambda: _env("MODEL", ""),
        metadata={"description": "Extraction model (parsing, gap analysis, plan), e.g. "
                  "'openai:gpt-4.1-mini' or 'google_genai:gemini-2.5-flash-lite'."},
    )
    writer_model: str = field(
        default_factory=lambda: _env("WRITER_MODEL", ""),
        metadata={"description": "Writing model for moderate/extensive levels ('' = the "
                  "provider's stronger default; the light level writes with `model`)."},
    )
    base_url: str = field(
        default_factory=lambda: _env("BASE_URL", ""),
        metadata={"description": "Base URL of an OpenAI-compatible server, e.g. "
                  "http://localhost:11434/v1 for Ollama."},
    )
    fallback_model: str = field(
        default_factory=lambda: _env("FALLBACK_MODEL", ""),
        metadata={"description": "Secondary 'provider:model' tried when the primary fails; "
                  "after it, the offline engine does the step."},
    )
    structured_output: str = field(
        default_factory=lambda: _env("STRUCTURED_OUTPUT", "auto"),
        metadata={"description": "How to ask for structured output: auto (the best method the "
                  "model accepts, remembered per model) | json_schema | tools (a forced tool "
                  "call; 'function_calling' too) | json_mode (json_object + the schema in the "
                  "prompt) | prompt (plain JSON text, fences stripped, one repair re-ask)."},
    )
    llm_steps: str = field(
        default_factory=lambda: _env("LLM_STEPS", ",".join(MODEL_STEPS)),
        metadata={"description": "Steps the LLM engine does with a model; the others run "
                  "offline (comma-separated)."},
    )
    timeout_seconds: float = field(
        default_factory=lambda: float(_env("TIMEOUT", "0")),
        metadata={"description": "Timeout of one model call, in seconds (0 = per provider: 60 "
                  "for hosted APIs, 600 for local servers)."},
    )
    context_tokens: int = field(
        default_factory=lambda: int(_env("CONTEXT_TOKENS", "0")),
        metadata={"description": "The model's context window in tokens (0 = per provider: 4096 "
                  "for local servers). No request is sent over it: large inputs are chunked."},
    )
    run_timeout_seconds: float = field(
        default_factory=lambda: float(_env("RUN_TIMEOUT", "0")),
        metadata={"description": "Hard limit for one run, in seconds (0 = none; --time-limit): "
                  "past it the run stops at the next checkpoint with status timed_out, which "
                  "`review` continues; model calls in the step still running use the offline "
                  "engine."},
    )
    max_cost_usd: float = field(
        default_factory=lambda: float(_env("MAX_COST_USD", "0")),
        metadata={"description": "Per-session cost cap in USD (0 = none): the run stops at a "
                  "checkpoint and resumes once the cap is raised."},
    )
    max_tokens: int = field(
        default_factory=lambda: int(_env("MAX_TOKENS", "0")),
        metadata={"description": "Per-session token cap, input + output (0 = none)."},
    )
    prices: str = field(
        default_factory=lambda: _env("PRICES", ""),
        metadata={"description": "JSON/YAML file overriding the price table: "
                  "{'provider:model': {'input': USD, 'output': USD}} per million tokens."},
    )
    llm_cache: str = field(
        default_factory=lambda: _env("LLM_CACHE", ""),
        metadata={"description": "SQLite file caching model answers per session ('' = next to "
                  "the session store, 'off' = no cache)."},
    )

    def to_dict(self) -> dict[str, Any]:
        """The settings as a plain dict (what the session record stores)."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Context:
        """Settings from a dict, ignoring keys that are not fields (an older or newer record);
        None gives the defaults."""
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in (data or {}).items() if k in known})


def current_session() -> str:
    """The session (LangGraph thread id) of the running node; '' outside a graph run."""
    try:
        from langgraph.config import get_config

        return str((get_config().get("configurable") or {}).get("thread_id") or "")
    except Exception:  # not inside a runnable context
        return ""
