"""The hard time limit of one run (`Context.run_timeout_seconds`, `--time-limit`).

`Session` checks it each time a task finishes (the graph's update stream): past the limit it
stops the stream there, so the run ends at a checkpoint — every finished task's writes are
saved — with status `timed_out`, and `review` (or `Session.resume`) continues it. A model call
started after the limit is not made: the LLM engine's step falls back to the offline engine
(`guards.budget.remaining`), so the step still running ends quickly.
"""

from __future__ import annotations

import time


class RunLimit:
    """A deadline `seconds` from now (0 or less: none)."""

    def __init__(self, seconds: float) -> None:
        self.deadline = time.monotonic() + seconds if seconds and seconds > 0 else None

    def exceeded(self) -> bool:
        """Whether the deadline has passed."""
        return self.deadline is not None and time.monotonic() >= self.deadline


__all__ = ["RunLimit"]
