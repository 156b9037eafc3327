"""Copying one checkpoint of a session into another thread: how `Session.fork` starts a new
application from any step of an old one without writing to the old one.

LangGraph's savers (SQLite, PostgreSQL) do not implement `copy_thread`; this uses only
`get_tuple`, `put` and `put_writes`, which every saver has. The copy keeps the checkpoint's
id, its channel values and versions and, from the latest checkpoint, its pending writes
(finished sibling tasks, an interrupt), so the new thread continues exactly where the old one
stood; it becomes the root of the new thread's history.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Any

from cvtailor.errors import SessionError

if TYPE_CHECKING:
    from langchain_core.runnables import RunnableConfig
    from langgraph.checkpoint.base import BaseCheckpointSaver


def copy_checkpoint(saver: BaseCheckpointSaver[Any], source_thread: str, checkpoint_id: str,
                    target_thread: str, *, with_writes: bool) -> RunnableConfig:
    """Put checkpoint `checkpoint_id` of `source_thread` into `target_thread`; the config of
    the copy. Reads the source, never writes it.

    `with_writes` copies its pending writes too: right for the source's latest checkpoint
    (an interrupt, or tasks that finished before a crash); wrong for an older one, whose
    writes are the steps that already led on from it (the fork is to run them again)."""
    source: RunnableConfig = {"configurable": {
        "thread_id": source_thread, "checkpoint_ns": "", "checkpoint_id": checkpoint_id}}
    found = saver.get_tuple(source)
    if found is None:
        raise SessionError(f"session {source_thread} has no checkpoint {checkpoint_id!r}")
    target: RunnableConfig = {"configurable": {"thread_id": target_thread, "checkpoint_ns": ""}}
    metadata: Any = {**(found.metadata or {}), "source": "fork",
                     "forked_from": f"{source_thread}@{checkpoint_id}"}
    checkpoint = found.checkpoint
    config = saver.put(target, checkpoint, metadata, dict(checkpoint["channel_versions"]))
    by_task: dict[str, list[tuple[str, Any]]] = defaultdict(list)
    for task_id, channel, value in (found.pending_writes or []) if with_writes else []:
        by_task[task_id].append((channel, value))
    for task_id, writes in by_task.items():
        saver.put_writes(config, writes, task_id)
    return config
