"""What every node needs: its settings, its engine, its vocabulary, timing and progress events.

Not a node: nodes import this module, never each other. Nothing here decides where a run goes:
every route and stop is an edge in `graph.py`.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import threading
import time
from collections.abc import Callable
from contextvars import ContextVar
from typing import Any, Protocol, TypeVar, cast

from langgraph.config import get_stream_writer
from langgraph.errors import NodeError
from langgraph.runtime import Runtime
from langgraph.types import Command, Send, interrupt

from cvtailor.context import Context
from cvtailor.engines import Engine, engine_for_step, get_engine
from cvtailor.engines.llm.errors import LLMError, classify
from cvtailor.guards import budget
from cvtailor.guards.usage import metered
from cvtailor.models import CVItem, SectionKind, WriteTask, describe_error
from cvtailor.state import TailorState
from cvtailor.text.vocabulary import Vocabulary, default_vocabulary

F = TypeVar("F", bound=Callable[..., Any])
T_co = TypeVar("T_co", covariant=True)
log = logging.getLogger(__name__)


def settings(runtime: Runtime[Context] | None) -> Context:
    """The run's context; LangGraph passes None when invoke() got no context."""
    ctx = runtime.context if runtime is not None else None
    return ctx if isinstance(ctx, Context) else Context.from_dict(ctx if isinstance(ctx, dict)
                                                                   else None)


def engine_for(runtime: Runtime[Context] | None, step: str) -> Engine:
    """The engine that does `step` in this run (the offline one for steps a model skips)."""
    ctx = settings(runtime)
    return engine_for_step(ctx.engine, step, ctx)


def vocabulary_for(runtime: Runtime[Context] | None) -> Vocabulary:
    """The run's skills vocabulary: the engine's own when it carries one, else the default.
    Research, QA and assemble read the same one the engine parsed and planned with."""
    vocab = getattr(engine_for(runtime, "plan"), "vocab", None)
    return vocab if isinstance(vocab, Vocabulary) else default_vocabulary()


# Session runs hand their progress handler to the nodes here rather than through LangGraph's
# "custom" stream mode: that mode parks a stream waiter on one of the run's max_concurrency
# worker threads, so one item writer fewer ran at once (and max_concurrency=1 deadlocked).
# Node threads see the handler because LangGraph copies the context into them.
EVENT_HANDLER: ContextVar[Callable[[dict[str, Any]], None] | None] = ContextVar(
    "cvtailor_event_handler", default=None)
# The run's node slots (Context.max_concurrency): every node holds one while it works. Session
# runs bound concurrency here rather than with LangGraph's max_concurrency, which sizes the
# thread pool that also runs LangGraph's own jobs: each finished task's checkpoint writes
# queued behind every waiting item writer, so a crash mid fan-out lost finished items.
RUN_SLOTS: ContextVar[threading.Semaphore | None] = ContextVar("cvtailor_run_slots",
                                                               default=None)
# Set when the run is being stopped (Ctrl-C, SIGTERM): nodes still waiting for a slot give up
# instead of running one by one while LangGraph waits for its submitted tasks to end.
RUN_STOPPING: ContextVar[threading.Event | None] = ContextVar("cvtailor_run_stopping",
                                                              default=None)


class RunStopped(Exception):
    """A node that was still waiting for a slot when its run was stopped."""


def emit(event: dict[str, Any]) -> None:
    """A progress event (progress bars read these): to the session's handler, else to the
    "custom" stream (e.g. under `langgraph dev`); silent outside a run."""
    with contextlib.suppress(Exception):  # progress must never break a run
        handler = EVENT_HANDLER.get()
        if handler is not None:
            handler(event)
        else:
            get_stream_writer()(event)


def timed(name: str) -> Callable[[F], F]:
    """Instrument a node: its wall time in `timings`, the model usage it metered in `usage`,
    the notes its engine left in `warnings`, and start/end progress events. It never changes
    where the run goes."""

    def wrap(fn: F) -> F:
        @functools.wraps(fn)
        def inner(*args: Any, **kwargs: Any) -> Any:
            slots = RUN_SLOTS.get()
            if slots is None:
                return work(*args, **kwargs)
            stopping = RUN_STOPPING.get()
            # A freed slot wakes a waiter at once; the timeout only lets it see a stop.
            while not slots.acquire(timeout=0.1):
                if stopping is not None and stopping.is_set():
                    raise RunStopped(f"{name}: the run was stopped before this step began")
            try:
                return work(*args, **kwargs)
            finally:
                slots.release()

        def work(*args: Any, **kwargs: Any) -> Any:
            item = _item_of(args[0] if args else None)
            emit({"type": "node", "node": name, "status": "start", "item": item})
            started = time.perf_counter()
            budget.seed_from_state(args[0] if args else None)
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
    task = payload.get("task") if isinstance(payload, dict) else None
    return task.item.id if isinstance(task, WriteTask) else None


def make_write_task(
    state: TailorState, item_id: str, *, round: int, feedback: str = ""
) -> WriteTask | None:
    """The writer's task for one item: its plan, evidence items and entry heading, the JD's
    keywords; None when the item or its plan is gone."""
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
        job_terms=list(dict.fromkeys(k for r in state["job"].requirements for k in r.keywords)),
        round=round, feedback=feedback,
    )


# -- the explicit retry story and stops, shared by the model nodes ----------------------------
#
#     engine call -> (transient model error) the node's RetryPolicy retries it
#                 -> (any other model error, or attempts spent) the node's error handler,
#                    `<step>_offline`: the offline engine does the step, the report says so.
#
# LangGraph runs a node's `error_handler` with the failed task's input once the node has
# failed for good. Errors that are not the model's (bad input, a bug) are raised again, except
# for one item's writer (`write_item_offline`): a failing item never blocks the others.


def reason_of(exc: BaseException) -> str:
    """'<class>: <type>: <message>', short enough for a report line."""
    return f"{classify(exc)}: {type(exc).__name__}: {exc}"[:300]


def offline_fallback(
    step: str, body: Callable[[TailorState, Engine, Context], dict[str, Any]],
    then: Callable[[TailorState], Any],
) -> Callable[..., Command[Any]]:
    """The error handler of model step `step`: run `body` with the offline engine, then go
    where the step's own edges go (`then(state after the update)`): a handler is not its node,
    so the node's outgoing edges do not fire for it."""

    def handler(state: TailorState, runtime: Runtime[Context], error: NodeError
                ) -> Command[Any]:
        if not isinstance(error.error, LLMError):
            raise error.error
        note = (f"{step}: the model failed ({error.error.kind}: {str(error.error)[:200]}); "
                "the offline engine did this step")
        log.warning(note)
        update = body(state, get_engine("offline"), settings(runtime))
        update = {**update, "warnings": [*update.get("warnings", []), note]}
        return Command(update=update, goto=then(cast(TailorState, {**state, **update})))

    handler.__name__ = handler.__qualname__ = f"{step}_offline"
    return timed(step)(handler)


def stop_before(step: str, **payload: Any) -> Send:
    """The route to the cost_cap node, which stops the run before model step `step`."""
    return Send("cost_cap", {"before": step, **payload})


# -- asking the user ---------------------------------------------------------------------------


class Asks(Protocol[T_co]):
    """An interrupt payload (models.interrupts) that can read its own answer."""

    answer_schema: dict[str, Any]

    def dump(self) -> dict[str, Any]:
        """The payload as the JSON the interrupt carries."""
        ...

    def refused(self, error: str) -> Asks[T_co]:
        """The same payload, saying why the last answer was refused."""
        ...

    def parse(self, value: Any) -> T_co:
        """The answer in a resume value; raises ValueError when it is not valid."""
        ...


def ask(payload: Asks[T_co]) -> T_co:
    """Stop at `interrupt(payload)` until the resume value is a valid answer, and return it
    parsed. A refused answer never raises out of the node (that would leave the thread in
    error, and replay the same bad value on every later resume): the same payload is asked
    again with `error` set, so the thread stays resumable.

    On resume LangGraph re-runs the node and replays the earlier answers to the earlier
    `interrupt()` calls in order, so the refusals repeat deterministically and the newest
    answer meets the newest question."""
    while True:
        value = interrupt(payload.dump(), response_schema=payload.answer_schema)
        try:
            return payload.parse(value)
        except (ValueError, TypeError) as exc:  # pydantic's ValidationError is a ValueError
            payload = payload.refused(describe_error(exc))
