"""Fakes for tests — ours and yours. No network, no key, deterministic.

`ScriptedEngine` behaves like the offline engine except where a script says otherwise: it can
return given texts for an item (a fabricating model, say), raise for an item, sleep, and it
records every writer call so a test can prove what ran and what did not.

    engine = ScriptedEngine(outputs={"experience-1-2": ["Led 12 engineers at Google."]})
    register_engine("scripted", lambda: engine)
    result = cvtailor.tailor(cv, jd, engine="scripted")
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field

from cvtailor.engines import register_engine
from cvtailor.engines.offline import OfflineEngine
from cvtailor.models import Draft, ItemStatus, WriteTask


@dataclass
class WriterCall:
    item_id: str
    attempt: int
    round: int
    feedback: str


@dataclass
class ScriptedEngine(OfflineEngine):
    """The offline engine with scripted writer behaviour per item id."""

    outputs: dict[str, list[str]] = field(default_factory=dict)
    fail: dict[str, BaseException] = field(default_factory=dict)
    delay: float = 0.0
    name: str = "scripted"
    calls: list[WriterCall] = field(default_factory=list)

    def __post_init__(self) -> None:
        OfflineEngine.__init__(self)
        self._lock = threading.Lock()

    def write_item(self, task: WriteTask) -> Draft:
        with self._lock:
            self.calls.append(WriterCall(task.item.id, task.attempt, task.round, task.feedback))
            script = self.outputs.get(task.item.id)
            text = script.pop(0) if script else None
        if self.delay:
            time.sleep(self.delay)
        if task.item.id in self.fail:
            raise self.fail[task.item.id]
        if text is None:
            return OfflineEngine.write_item(self, task)
        return Draft(item_id=task.item.id, text=text, original=task.item.original,
                     evidence=list(task.plan.evidence or [task.item.id]),
                     keywords=list(task.plan.keywords), raw_output=text, engine=self.name,
                     attempt=task.attempt, round=task.round, status=ItemStatus.GENERATED,
                     feedback=task.feedback)

    def calls_for(self, item_id: str) -> list[WriterCall]:
        return [c for c in self.calls if c.item_id == item_id]

    def written(self) -> list[str]:
        return [c.item_id for c in self.calls]


def use_engine(engine: ScriptedEngine, name: str | None = None) -> str:
    """Register `engine` under its name (or `name`) and return the name for Context.engine."""
    key = name or engine.name
    register_engine(key, lambda: engine)
    return key


def fabrications() -> Iterable[str]:
    """Typical fabrications a bad model produces, for guard tests."""
    return (
        "Increased revenue by 45% across 3 regions.",
        "Led the platform team at Google.",
        "Built streaming pipelines on Apache Kafka.",
        "Holds a PhD in Computer Science.",
    )


__all__ = ["ScriptedEngine", "WriterCall", "fabrications", "use_engine"]
