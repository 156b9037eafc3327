"""Context.max_concurrency bounds how many item writers run at once."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from cvtailor import Session
from cvtailor.models import Draft, WriteTask
from cvtailor.storage.session_store import SessionStore
from cvtailor.testing import ScriptedEngine, use_engine
from tests.conftest import CV_MD, JD_MD


@dataclass
class CountingEngine(ScriptedEngine):
    """Records the most writer calls that were in flight at the same time."""

    name: str = "counting"
    running: int = 0
    most: int = 0
    guard: threading.Lock = field(default_factory=threading.Lock)

    def write_item(self, task: WriteTask) -> Draft:
        with self.guard:
            self.running += 1
            self.most = max(self.most, self.running)
        try:
            time.sleep(0.05)
            return super().write_item(task)
        finally:
            with self.guard:
                self.running -= 1


@pytest.mark.parametrize("limit", [1, 3])
def test_max_concurrency_bounds_parallel_writers(store_path: Path, limit: int) -> None:
    engine = CountingEngine(name=f"counting-{limit}")
    session = Session.start(CV_MD, JD_MD, store=SessionStore(store_path), auto_approve=True,
                            engine=use_engine(engine), max_concurrency=limit)
    assert session.status == "completed"
    assert len(engine.calls) > limit
    assert engine.most == limit


def test_max_concurrency_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    from cvtailor.context import Context

    monkeypatch.setenv("CVTAILOR_MAX_CONCURRENCY", "7")
    assert Context().max_concurrency == 7
    assert Context.from_dict({"max_concurrency": 2}).max_concurrency == 2


def test_progress_events_reach_the_handler_with_a_single_worker(store_path: Path) -> None:
    """Events go to on_event from the node threads; no stream waiter takes the one worker."""
    events: list[dict] = []
    session = Session.start(CV_MD, JD_MD, store=SessionStore(store_path), auto_approve=True,
                            max_concurrency=1, on_event=events.append)
    assert session.status == "completed"
    kinds = {e.get("type") for e in events}
    assert {"node", "plan", "qa"} <= kinds
    assert any(e.get("node") == "export" and e.get("status") == "end" for e in events)
