"""cost_cap (interrupt): the session has spent its cost or token cap; stop at a checkpoint.

Reached by a `Send` from an edge into a model step (or from write_item for one item) carrying
the step it stopped before. It asks with a `CostCapPayload` for a higher cap (the resume value,
a `CostCapResume`, may carry `max_cost_usd` / `max_tokens`; an invalid one is asked again;
`Session.open(id, max_cost_usd=...)` then `resume()` sends the session's new settings) and,
once the spend is under it, continues with that step. Nothing finished is redone.
"""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime
from langgraph.types import Command, Send

from cvtailor.context import Context
from cvtailor.guards import budget
from cvtailor.models import CostCapPayload
from cvtailor.nodes.common import ask, settings, timed
from cvtailor.state import BudgetStop


@timed("cost_cap")
def cost_cap(state: BudgetStop, runtime: Runtime[Context]) -> Command[Any]:
    """Wait at the cap until it is raised above the spend, then go on with the stopped step."""
    ctx = settings(runtime)
    cost_cap_usd = float(ctx.max_cost_usd or 0)
    token_cap = int(ctx.max_tokens or 0)
    step = state["before"]
    while reason := budget.over_cap(budget.spent(budget.thread_id()), cost_cap_usd, token_cap):
        cost_cap_usd, token_cap = ask(CostCapPayload(
            node=step, reason=reason, spent=budget.spent(budget.thread_id()),
            max_cost_usd=cost_cap_usd, max_tokens=token_cap,
            message=(f"Stopped before {step}: {reason}. Finished work is saved; raise the "
                     "cap (--max-cost / max_cost_usd) and resume the session."),
        ))
    task = state.get("task")
    if task is not None:
        return Command(goto=Send(step, {"task": task}))
    return Command(goto=step)
