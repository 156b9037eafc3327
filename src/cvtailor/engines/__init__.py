"""Engines: how a node's thinking is done. A node reads state, asks an engine, returns an update.

`OfflineEngine` (default) needs no network; 'llm' is the model engine. Other engines register
under a name: in code with `register_engine`, or from an installed distribution through the
entry point group `cvtailor.engines` (name = the engine's name, value = 'module:factory').
A run names its engine; it never names an import path (a server client could make the server
import any module), so 'module:attr' names are refused.
"""

from __future__ import annotations

import importlib.metadata
import os
import threading
from collections.abc import Callable
from typing import Any, Protocol, cast, runtime_checkable

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
_LOCK = threading.RLock()  # available_engines() is called with it held


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
    """An engine name that is not registered (or an import path, which is never honoured)."""


ENTRY_POINT_GROUP = "cvtailor.engines"


def _entry_point_factory(name: str) -> EngineFactory | None:
    """The factory an installed distribution registers as `name` in `cvtailor.engines`."""
    try:
        found = importlib.metadata.entry_points(group=ENTRY_POINT_GROUP, name=name)
    except Exception:  # broken metadata of some distribution: no plug-in engines
        return None
    for ep in found:
        try:
            target = ep.load()
        except Exception as exc:
            raise UnknownEngineError(f"engine {name!r} (entry point {ep.value}) cannot be "
                                     f"loaded: {exc}") from exc
        if callable(target):
            return cast(EngineFactory, target)
        instance = cast(Engine, target)
        return lambda: instance
    return None


def available_engines() -> list[str]:
    """Engine names a run may use: built-in, registered and installed as entry points."""
    try:
        plugins = {ep.name for ep in importlib.metadata.entry_points(group=ENTRY_POINT_GROUP)}
    except Exception:
        plugins = set()
    with _LOCK:
        registered = set(_REGISTRY)
    return sorted({"offline", "llm", "auto"} | registered | plugins)


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
        elif ":" in name or "/" in name:
            raise UnknownEngineError(
                f"engine {name!r} looks like an import path, which is not accepted: name a "
                "registered engine (register_engine, or the 'cvtailor.engines' entry point "
                f"group); available: {', '.join(available_engines())}")
        else:
            factory = _entry_point_factory(name)
            if factory is None:
                raise UnknownEngineError(
                    f"unknown engine {name!r}: available engines are "
                    f"{', '.join(available_engines())}")
            _REGISTRY[name] = factory
            engine = factory()
        _INSTANCES[name] = engine
        return engine


__all__ = ["ENTRY_POINT_GROUP", "MODEL_STEPS", "Engine", "UnknownEngineError", "available_engines",
           "engine_for_step", "forget_instances", "get_engine", "register_engine"]
