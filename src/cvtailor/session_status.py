"""A session's status, decided from LangGraph's own snapshot (`get_state`: interrupts, `next`,
tasks and their errors) and the session's lease, never from a field kept by hand.

    interrupt pending                  -> awaiting_answers | awaiting_review | awaiting_budget
    stage exported, nothing next       -> completed
    (steps next = `has_work`: in `next`, or in `tasks` with writes saved before a kill)
    steps next, another live process   -> running
    steps next, stopped at the limit   -> timed_out   (the record says so; review continues)
    steps next, a task raised          -> failed      (review retries it)
    steps next                         -> interrupted (killed or crashed; review continues)
    nothing checkpointed / next        -> failed      (nothing to continue from)

Tasks that finished before a kill keep their writes on the checkpoint (durability="sync"), so
continuing applies them and runs only what did not finish.
"""

from __future__ import annotations

from typing import Any

from cvtailor.errors import SessionError
from cvtailor.models import InterruptKind

Session = Any  # a cvtailor.session.Session (which imports this module): snapshot, store, id

# Statuses `review` / `Session.accept_all` / `Session.resume` continue from.
RESUMABLE = ("interrupted", "failed", "timed_out")
AWAITING: dict[InterruptKind, str] = {
    InterruptKind.GAP_QUESTIONS: "awaiting_answers",
    InterruptKind.REVIEW: "awaiting_review",
    InterruptKind.COST_CAP: "awaiting_budget",
}


def has_work(snap: Any) -> bool:
    """Whether the run has steps left at its latest checkpoint: tasks to run (`next`), or tasks
    whose writes were saved before the next checkpoint was (LangGraph leaves those out of
    `next` but keeps them in `tasks`; continuing applies their writes without re-running)."""
    return bool(snap.next or snap.tasks)


def status_of(session: Session, snap: Any = None) -> str:
    """The session's status (see the module docstring), from `snap` when the caller has just
    taken the snapshot."""
    snap = snap if snap is not None else session.snapshot
    return status_from(snap, lambda: _recorded(session), lambda: _running_elsewhere(session))


def status_from(snap: Any, recorded: Any, running_elsewhere: Any) -> str:
    """The status of a snapshot; `recorded()` is the session record's status and
    `running_elsewhere()` whether another live process holds the lease (both asked lazily)."""
    if snap.interrupts:
        kind = InterruptKind.of(snap.interrupts[0].value)
        return AWAITING[kind] if kind else "awaiting_review"
    if not has_work(snap) and (snap.values or {}).get("stage") == "exported":
        return "completed"
    if running_elsewhere():
        return "running"
    if not has_work(snap):
        return "failed"
    if recorded() == "timed_out":
        return "timed_out"
    if any(_failed(task) for task in snap.tasks or ()):
        return "failed"
    return "interrupted"


def _failed(task: Any) -> bool:
    """A task that raised, other than one a stop (Ctrl-C, SIGTERM) cancelled before it began
    (`nodes.common.RunStopped`: the run is interrupted, not failed)."""
    error = getattr(task, "error", None)
    if error is None:
        return False
    return "RunStopped" not in type(error).__name__ and "the run was stopped" not in str(error)


def _recorded(session: Session) -> str:
    try:
        return str(session.store.get_session(session.id).status)
    except SessionError:
        return ""


def _running_elsewhere(session: Session) -> bool:
    from cvtailor.storage.lease import Holder, leases_of, live

    holder = leases_of(session.store).holder(session.id)
    return live(holder) and holder is not None and not holder.same_process(Holder.me())


__all__ = ["AWAITING", "RESUMABLE", "has_work", "status_from", "status_of"]
