"""Token and cost accounting without threading it through every call.

An engine calls `record_usage(...)` after each model call; the node wrapper (`nodes.common.timed`)
opens a fresh meter per node invocation and adds what was recorded to the state's `usage`
(summed by a reducer, so parallel items add up).
"""

from __future__ import annotations

import contextvars
from collections.abc import Iterator
from contextlib import contextmanager

from cvtailor.models import Usage

_meter: contextvars.ContextVar[Usage | None] = contextvars.ContextVar("cvtailor_usage",
                                                                      default=None)


def record_usage(*, input_tokens: int = 0, output_tokens: int = 0, cost_usd: float = 0.0,
                 calls: int = 1) -> None:
    """Add one model call's tokens and cost to the open meter; nothing outside one."""
    meter = _meter.get()
    if meter is None:
        return
    meter.llm_calls += calls
    meter.input_tokens += input_tokens
    meter.output_tokens += output_tokens
    meter.cost_usd = round(meter.cost_usd + cost_usd, 6)


@contextmanager
def metered() -> Iterator[Usage]:
    """Open a fresh meter for the block; yields the Usage that `record_usage` adds to."""
    meter = Usage()
    token = _meter.set(meter)
    try:
        yield meter
    finally:
        _meter.reset(token)
