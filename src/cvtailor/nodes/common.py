"""What every node needs: its settings, its engine, timing and progress events.

Not a node: nodes import this module, never each other.
"""

from __future__ import annotations

import contextlib
import functools
import time
from collections.abc import Callable
from typing import Any, TypeVar

from langgraph.config import get_stream_writer
from langgraph.runtime import Runtime
from langgraph.types import Command

from cvtailor.context import Context
from cvtailor.engines import Engine, get_engine
from cvtailor.guards import budget
from cvtailor.guards.usage import metered
from cvtailor.models import CVItem, SectionKind, WriteTask
from cvtailor.state import TailorState

F = TypeVar("F", bound=Callable[..., Any])


def settings(runtime: Runtime[Context] | None) -> Context:
    """The run's context; LangGraph passes None when invoke() got no context."""
    ctx = runtime.context if runtime is not None else None
    return ctx if isinstance(ctx, Context) else Context.from_dict(ctx if isinstance(ctx, dict)
                                                                   else None)


def engine_for(runtime: Runtime[Context] | None) -> Engine:
    ctx = settings(runtime)
    return get_engine(ctx.engine, ctx)


def emit(event: dict[str, Any]) -> None:
    """A custom stream event (progress bars read these); silent outside a streamed run."""
    with contextlib.suppress(Exception):  # progress must never break a run
        get_stream_writer()(event)


def timed(name: str) -> Callable[[F], F]:
    """Record the node's wall time in `timings` and emit start/end progress events."""

    def wrap(fn: F) -> F:
        @functools.wraps(fn)
        def inner(*args: Any, **kwargs: Any) -> Any:
            item = _item_of(args[0] if args else None)
            emit({"type": "node", "node": name, "status": "start", "item": item})
            started = time.perf_counter()
            runtime = kwargs.get("runtime", args[1] if len(args) > 1 else None)
            budget.before_node(name, args[0] if args else None, settings(runtime))  # cost cap
            with metered() as meter, budget.collecting_notes() as notes:
                out = fn(*args, **kwargs)
            budget.after_node(meter)
            seconds = round(time.perf_counter() - started, 4)
            emit({"type": "node", "node": name, "status": "end", "item": item,
                  "seconds": seconds})
            timing: dict[str, Any] = {"timings": {name: seconds}}
            if meter.llm_calls:
                timing["usage"] = meter
            if isinstance(out, Command):
                update = out.update if isinstance(out.update, dict) else {}
                if notes:  # step fallbacks and pricing gaps the engine reported
                    timing["warnings"] = [*update.get("warnings", []), *notes]
                return Command(update={**update, **timing}, goto=out.goto, graph=out.graph)
            if isinstance(out, dict):
                if notes:
                    timing["warnings"] = [*out.get("warnings", []), *notes]
                return {**out, **timing}
            return out

        return inner  # type: ignore[return-value]

    return wrap


def _item_of(payload: Any) -> str | None:
    if isinstance(payload, dict) and isinstance(payload.get("task"), WriteTask):
        return payload["task"].item.id
    return None


def make_write_task(
    state: TailorState, item_id: str, *, round: int, feedback: str = ""
) -> WriteTask | None:
    cv, plan = state["cv"], state["plan"]
    located = cv.locate(item_id)
    item_plan = plan.for_item(item_id)
    if located is None or item_plan is None:
        return None
    section, entry, item = located
    ids = list(dict.fromkeys([*item_plan.evidence, entry.id]))
    corpus_items = cv.item_map()
    evidence_items = [corpus_items[i] for i in ids if i in corpus_items]
    # Entry headings (title, employer, dates) are evidence too: pass them as text items.
    heading_items = [
        CVItem(id=e.id, text=" ".join([e.heading, *e.details]).strip())
        for s in cv.sections for e in s.entries if e.id in ids and (e.heading or e.details)
    ]
    return WriteTask(
        item=item, section=SectionKind(section.kind), plan=item_plan,
        evidence_items=evidence_items + heading_items,
        job_keywords=list(dict.fromkeys([*plan.keywords, *state["job"].skills])),
        round=round, feedback=feedback,
    )
