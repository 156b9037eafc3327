"""Per-session guardrails that outlive one node: the cost/token cap, the run deadline, and
notes an engine leaves for the report. Light on purpose (no LangChain import): the node
wrapper in `nodes.common` calls `before_node` / `after_node` / `collecting_notes`.

The cap is checked when a model-calling node starts. Over the cap, the node stops the run with
`interrupt({"type": "cost_cap", ...})` — a checkpoint; nothing finished is lost. The session
resumes when the cap is raised (`Session.open(id, max_cost_usd=...)` then `resume()`, or a
resume value `{"max_cost_usd": ..., "max_tokens": ...}`). A node already running finishes its
calls, so a run can overshoot the cap by at most one node's calls.

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
from cvtailor.engines import MODEL_STEPS
from cvtailor.models import Usage

# The nodes that ask an engine to think; only these are stopped by the cap.
MODEL_NODES = frozenset(MODEL_STEPS)

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
    with _lock:
        _spent[thread] = _spent.get(thread, Usage()) + usage


def spent(thread: str) -> Usage:
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


def before_node(name: str, state: Any, ctx: Any) -> None:
    """Called by the node wrapper before a node runs: seed the ledger from full state and stop
    at the cap (an interrupt) when the session has spent it."""
    thread = thread_id()
    if isinstance(state, dict) and "cv_text" in state:
        seed(thread, state.get("usage"))
    if name not in MODEL_NODES or getattr(ctx, "engine", "offline") == "offline":
        return
    cost_cap = float(getattr(ctx, "max_cost_usd", 0) or 0)
    token_cap = int(getattr(ctx, "max_tokens", 0) or 0)
    if not (cost_cap or token_cap):
        return
    if not thread:
        return
    if thread not in _spent and isinstance(state, dict) and "usage" in state:
        seed(thread, state.get("usage"))
    while reason := over_cap(spent(thread), cost_cap, token_cap):
        from langgraph.types import interrupt

        used = spent(thread)
        value = interrupt({
            "type": "cost_cap", "node": name, "reason": reason,
            "spent": used.model_dump(), "max_cost_usd": cost_cap, "max_tokens": token_cap,
            "message": (f"Stopped before {name}: {reason}. Finished work is saved; raise the "
                        "cap (--max-cost / max_cost_usd) and resume the session."),
        })
        if isinstance(value, dict):  # a resume may carry the raised cap
            cost_cap = float(value.get("max_cost_usd", cost_cap) or 0)
            token_cap = int(value.get("max_tokens", token_cap) or 0)


def after_node(usage: Usage) -> None:
    if usage.llm_calls:
        add(thread_id(), usage)


def note(message: str) -> None:
    """Leave a note for the report (a step fell back, a price is unknown...)."""
    notes = _notes.get()
    if notes is not None and message not in notes:
        notes.append(message)


@contextmanager
def collecting_notes() -> Iterator[list[str]]:
    notes: list[str] = []
    token = _notes.set(notes)
    try:
        yield notes
    finally:
        _notes.reset(token)


__all__ = ["MODEL_NODES", "add", "after_node", "before_node", "collecting_notes", "note",
           "over_cap", "remaining", "seed", "spent", "start_run", "thread_id"]
