"""Engines: how a node's thinking is done. A node reads state, asks an engine, returns an update.

`OfflineEngine` (default) needs no network. Other engines register under a name with
`register_engine`, or are named as 'package.module:attribute' in `Context.engine`.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable
from typing import Protocol, runtime_checkable

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
    name: str

    def parse_cv(self, text: str, source_format: str) -> StructuredCV: ...

    def parse_jd(self, text: str) -> JobPosting: ...

    def research(self, cv: StructuredCV, job: JobPosting) -> dict[str, list[Evidence]]: ...

    def analyze_gaps(
        self, cv: StructuredCV, job: JobPosting, evidence: dict[str, list[Evidence]]
    ) -> GapReport: ...

    def plan(
        self, cv: StructuredCV, job: JobPosting, report: GapReport, *, level: str,
        key_qualifications: int,
    ) -> tuple[Plan, StructuredCV]: ...

    def write_item(self, task: WriteTask) -> Draft: ...


EngineFactory = Callable[[], Engine]
_REGISTRY: dict[str, EngineFactory] = {}
_INSTANCES: dict[str, Engine] = {}
_LOCK = threading.Lock()


def register_engine(name: str, factory: EngineFactory) -> None:
    """Make `Context(engine=name)` use the engine `factory()` builds (once per process)."""
    with _LOCK:
        _REGISTRY[name] = factory
        _INSTANCES.pop(name, None)


class UnknownEngineError(ValueError):
    pass


def get_engine(name: str) -> Engine:
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


__all__ = ["Engine", "UnknownEngineError", "get_engine", "register_engine"]
