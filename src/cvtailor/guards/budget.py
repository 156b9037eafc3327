"""Per-session guardrails that outlive one node: the cost/token ledger, the run deadline, and
notes an engine leaves for the report. Light on purpose (no LangChain import).

This module only measures and answers `over_budget(ctx)`; the graph decides. The edges into a
model step (research -> gap_analysis, gap_review -> plan) and `write_item` itself route to the
`cost_cap` node when the session has spent its cap; that node stops the run with an interrupt
(a checkpoint: nothing finished is lost) and continues where it stopped once the cap is raised.
A node already running finishes its calls, so a run can overshoot the cap by one node's calls.

The session's spend is the checkpointed `usage` in state. Nodes that see the whole state set
the ledger from it; per-item nodes (Send payloads) add what they spend, so parallel writers
see one another's costs within a process.
"""

from __future__ import annotations

import contextvars
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from cvtailor.context import current_session
from cvtailor.models import Usage

_lock = threading.Lock()
_spent: dict[str, Usage] = {}
_deadline: dict[str, float] = {}
_notes: contextvars.ContextVar[list[str] | None] = contextvars.ContextVar(
    "cvtailor_llm_notes", default=None)


thread_id = current_session  # the session (LangGraph thread) of the running node


def seed(thread: str, usage: Usage | None) -> None:
    """The session's checkpointed spend (what a resumed run starts from)."""
    with _lock:
        _spent[thread] = (usage or Usage()).model_copy()


def add(thread: str, usage: Usage) -> None:
    """Add a node's spend to the session's ledger."""
    with _lock:
        _spent[thread] = _spent.get(thread, Usage()) + usage


def spent(thread: str) -> Usage:
    """What the session has spent so far (a copy)."""
    with _lock:
        return (_spent.get(thread) or Usage()).model_copy()


def over_cap(usage: Usage, max_cost_usd: float, max_tokens: int) -> str:
    """Why `usage` is over the cap ('' when it is not). 0 means no cap."""
    if max_cost_usd and usage.cost_usd >= max_cost_usd:
        return f"cost ${usage.cost_usd:.4f} reached the cap ${max_cost_usd:.4f}"
    tokens = usage.input_tokens + usage.output_tokens
    if max_tokens and tokens >= max_tokens:
        return f"{tokens} tokens reached the cap of {max_tokens}"
    return ""


def start_run(thread: str, seconds: float) -> None:
    """Start the hard deadline of one run (one invoke/resume of a session)."""
    with _lock:
        if seconds and seconds > 0:
            _deadline[thread] = time.monotonic() + seconds
        else:
            _deadline.pop(thread, None)


def remaining(thread: str) -> float | None:
    """Seconds left before the run's deadline; None when the run has none."""
    with _lock:
        end = _deadline.get(thread)
    return None if end is None else end - time.monotonic()


def seed_from_state(state: Any) -> None:
    """A node that sees the whole state sets the ledger from its checkpointed `usage`."""
    if isinstance(state, dict) and "cv_text" in state:
        seed(thread_id(), state.get("usage"))


def over_budget(ctx: Any) -> str:
    """Why the session may not call a model now ('' when it may). Only the LLM engine spends."""
    if getattr(ctx, "engine", "offline") == "offline":
        return ""
    return over_cap(spent(thread_id()), float(getattr(ctx, "max_cost_usd", 0) or 0),
                    int(getattr(ctx, "max_tokens", 0) or 0))


def after_node(usage: Usage) -> None:
    """Add a node's usage to the ledger of the running session, if it called a model."""
    if usage.llm_calls:
        add(thread_id(), usage)


def note(message: str) -> None:
    """Leave a note for the report (a step fell back, a price is unknown...)."""
    notes = _notes.get()
    if notes is not None and message not in notes:
        notes.append(message)


@contextmanager
def collecting_notes() -> Iterator[list[str]]:
    """Collect the notes left (see `note`) inside the block into the list it yields."""
    notes: list[str] = []
    token = _notes.set(notes)
    try:
        yield notes
    finally:
        _notes.reset(token)


__all__ = ["add", "after_node", "collecting_notes", "note", "over_budget", "over_cap",
           "remaining", "seed", "seed_from_state", "spent", "start_run", "thread_id"]
