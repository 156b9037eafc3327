"""Engines: how a node's thinking is done. A node reads state, asks an engine, returns an update.

`OfflineEngine` (default) needs no network. Other engines register under a name with
`register_engine`, or are named as 'package.module:attribute' in `Context.engine`.
"""

from __future__ import annotations

import importlib
import os
import threading
from collections.abc import Callable
from typing import Any, Protocol, runtime_checkable

from cvtailor.context import MODEL_STEPS
from cvtailor.models import (
    Draft,
    Evidence,
    GapReport,
    JobPosting,
    Plan,
    StructuredCV,
    WriteTask,
)


@runtime_checkable
class Engine(Protocol):
    """How a node's thinking is done: one method per model step (`MODEL_STEPS`).

    A method returns its step's value or raises: `TransientLLMError` is retried by the node's
    retry policy, any other `LLMError` goes to the node's offline fallback (see `graph.py`).
    Research is not an engine step: evidence comes from the vocabulary and the embedded index
    whatever the engine (`cvtailor.research`).
    """

    name: str

    def parse_cv(self, text: str, source_format: str) -> StructuredCV:
        """Free CV text (Markdown or plain) -> sections, entries and items, quoted verbatim."""
        ...

    def parse_jd(self, text: str) -> JobPosting:
        """JD text -> title, company and requirements with priority and keywords."""
        ...

    def analyze_gaps(
        self, cv: StructuredCV, job: JobPosting, evidence: dict[str, list[Evidence]]
    ) -> GapReport:
        """Each requirement matched / partial / gap from the evidence, with questions."""
        ...

    def plan(
        self, cv: StructuredCV, job: JobPosting, report: GapReport, *, level: str,
        key_qualifications: int,
    ) -> Plan:
        """What to rewrite and with which evidenced terms; sections to add go in
        `Plan.additions` (the plan node adds them to the CV)."""
        ...

    def write_item(self, task: WriteTask) -> Draft:
        """One item's new text, citing the evidence ids it used."""
        ...

EngineFactory = Callable[[], Engine]
_REGISTRY: dict[str, EngineFactory] = {}
_INSTANCES: dict[str, Engine] = {}
_LOCK = threading.Lock()


def register_engine(name: str, factory: EngineFactory) -> None:
    """Make `Context(engine=name)` use the engine `factory()` builds (once per process)."""
    with _LOCK:
        _REGISTRY[name] = factory
        _INSTANCES.pop(name, None)


def forget_instances(prefix: str = "") -> None:
    """Drop cached engines whose key starts with `prefix` (they are rebuilt on next use)."""
    with _LOCK:
        for key in [k for k in _INSTANCES if k.startswith(prefix)]:
            del _INSTANCES[key]


class UnknownEngineError(ValueError):
    pass


# Context fields that make one LLM engine differ from another (an LLM engine is per context).
LLM_KEY_FIELDS = ("provider", "model", "writer_model", "base_url", "fallback_model",
                  "structured_output", "llm_steps", "timeout_seconds", "context_tokens", "prices",
                  "llm_cache",
                  "customization_level")


def engine_for_step(name: str, step: str, context: Any = None) -> Engine:
    """The engine that does `step`: the LLM engine only for the steps in `llm_steps`."""
    if step in MODEL_STEPS and resolve_engine_name(name, context) == "llm":
        steps = {s.strip() for s in (getattr(context, "llm_steps", "") or
                                      ",".join(MODEL_STEPS)).split(",")}
        if step not in steps:
            return get_engine("offline")
    return get_engine(name, context)


def resolve_engine_name(name: str, context: Any = None) -> str:
    """'auto' = the LLM engine when a model or key is configured, else offline."""
    if name != "auto":
        return name
    from cvtailor.engines.llm.providers import has_key

    configured = bool(getattr(context, "model", "") or getattr(context, "base_url", ""))
    return "llm" if configured or any(map(has_key, ("openai", "google_genai", "anthropic"))) \
        else "offline"


def get_engine(name: str, context: Any = None) -> Engine:
    """The engine called `name`. 'llm' (and 'auto' with a model) is built per run context."""
    name = resolve_engine_name(name, context)
    if name == "llm" and "llm" not in _REGISTRY:
        from cvtailor.engines.llm.engine import LLMEngine

        key = "llm:" + repr((*(getattr(context, f, None) for f in LLM_KEY_FIELDS),
                             os.environ.get("CVTAILOR_STORE", "")))
        with _LOCK:
            found = _INSTANCES.get(key)
        if found is None:
            built = LLMEngine(context)  # outside the lock: it asks for the offline engine
            with _LOCK:
                found = _INSTANCES.setdefault(key, built)
        return found
    with _LOCK:
        if name in _INSTANCES:
            return _INSTANCES[name]
        if name in _REGISTRY:
            engine = _REGISTRY[name]()
        elif name == "offline":
            from cvtailor.engines.offline import OfflineEngine

            engine = OfflineEngine()
        elif ":" in name:
            module, _, attr = name.partition(":")
            try:
                target = getattr(importlib.import_module(module), attr)
            except (ImportError, AttributeError) as exc:
                raise UnknownEngineError(f"cannot load engine {name!r}: {exc}") from exc
            engine = target() if isinstance(target, type) or not hasattr(target, "name") else target
        else:
            raise UnknownEngineError(
                f"unknown engine {name!r}: use 'offline', a registered name, or 'module:attr'"
            )
        _INSTANCES[name] = engine
        return engine


__all__ = ["MODEL_STEPS", "Engine", "UnknownEngineError", "engine_for_step", "forget_instances",
           "get_engine", "register_engine"]
