"""The tailoring graph: wiring only. Read it top to bottom; each node lives in `nodes/`.

    START -> parse_cv ─┐
    START -> parse_jd ─┴-> join_inputs --(both parsed)--> research -> gap_analysis
    gap_analysis -> [gap_review]* --(new answers, or questions left for another round)--> research
                                  └--> plan
    plan --Send per item--> write_item -> qa_item --(QA failed, attempts left)--> write_item
                                                  └--> join_round --(round settled)--> [review]*
    [review]* --regenerate: Send per item--> write_item
              └--approved--> assemble --(no letter wanted, or one decided)--> export -> END
    assemble --(Context.cover_letter)--> cover_letter -> [letter_review]* --approved--> export
    [letter_review]* --regenerate--> cover_letter
    edit -> assemble      (an edit of a completed CV, written as this node by Session.edit)

    Model steps (parse_cv, parse_jd, gap_analysis, plan, write_item, cover_letter):
      transient model error -> the node's retry policy retries it
      any other model error, or retries spent -> the node's error handler `<step>_offline`:
      the offline engine does the step and the run goes where the step's edges go
    Cost cap: research -> gap_analysis, gap_review -> plan and write_item go to [cost_cap]*
      instead when the session has spent its cap; it continues with that step once raised.

`[x]*` = `interrupt()` point (gap_review, review and letter_review are skipped with
`auto_approve`).
"""

from __future__ import annotations

from typing import Any

from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.graph import END, START, StateGraph
from langgraph.graph.state import CompiledStateGraph
from langgraph.runtime import Runtime
from langgraph.store.base import BaseStore
from langgraph.types import Send

from cvtailor.context import Context
from cvtailor.engines.llm.errors import LLM_RETRY_POLICY
from cvtailor.guards import budget
from cvtailor.nodes.assemble import assemble
from cvtailor.nodes.common import settings, stop_before
from cvtailor.nodes.cost_cap import cost_cap
from cvtailor.nodes.cover_letter import cover_letter, cover_letter_offline, letter_route
from cvtailor.nodes.edit import edit
from cvtailor.nodes.export import export
from cvtailor.nodes.gap_analysis import gap_analysis, gap_analysis_offline
from cvtailor.nodes.gap_review import gap_review
from cvtailor.nodes.join_inputs import inputs_ready, join_inputs
from cvtailor.nodes.join_round import join_round, round_settled
from cvtailor.nodes.letter_review import letter_review
from cvtailor.nodes.parse_cv import parse_cv, parse_cv_offline
from cvtailor.nodes.parse_jd import parse_jd, parse_jd_offline
from cvtailor.nodes.plan import plan, plan_offline, send_writes
from cvtailor.nodes.qa_item import qa_item
from cvtailor.nodes.research import research
from cvtailor.nodes.review import review
from cvtailor.nodes.write_item import write_item, write_item_offline
from cvtailor.state import BudgetStop, ItemPayload, TailorInput, TailorOutput, TailorState


def to_gap_analysis(state: TailorState, runtime: Runtime[Context]) -> str | Send:
    """research -> gap_analysis, or the cost cap first when the session has spent it."""
    return stop_before("gap_analysis") if budget.over_budget(settings(runtime)) else "gap_analysis"


def build_graph(
    checkpointer: BaseCheckpointSaver[Any] | bool | None = None, *, name: str = "cvtailor",
    context_schema: type[Context] = Context, store: BaseStore | None = None,
) -> CompiledStateGraph[Any, Any, Any, Any]:
    """The tailoring graph, compiled with `checkpointer` (None: the caller's server owns it).
    `context_schema`: the run settings' class (the server's restricts what clients may set).
    `store`: the cross-thread store holding profiles (None: the server's, or no profile)."""
    builder = StateGraph(
        TailorState, context_schema=context_schema, input_schema=TailorInput,
        output_schema=TailorOutput,
    )
    # Model steps: the retry policy retries transient failures only (timeouts, connection,
    # 429, 5xx; SDK clients do not retry on their own); the error handler is the fallback.
    builder.add_node("parse_cv", parse_cv, retry_policy=LLM_RETRY_POLICY,
                     error_handler=parse_cv_offline)
    builder.add_node("parse_jd", parse_jd, retry_policy=LLM_RETRY_POLICY,
                     error_handler=parse_jd_offline)
    builder.add_node("join_inputs", join_inputs)
    builder.add_node("research", research)
    builder.add_node("gap_analysis", gap_analysis, retry_policy=LLM_RETRY_POLICY,
                     error_handler=gap_analysis_offline)
    builder.add_node("gap_review", gap_review, destinations=("research", "plan", "cost_cap"))
    builder.add_node("plan", plan, retry_policy=LLM_RETRY_POLICY, error_handler=plan_offline)
    builder.add_node("write_item", write_item, input_schema=ItemPayload,
                     destinations=("qa_item", "cost_cap"), retry_policy=LLM_RETRY_POLICY,
                     error_handler=write_item_offline)
    builder.add_node("qa_item", qa_item, input_schema=ItemPayload,
                     destinations=("write_item", "join_round"))
    builder.add_node("join_round", join_round)
    builder.add_node("review", review, destinations=("write_item", "assemble"))
    builder.add_node("cost_cap", cost_cap, input_schema=BudgetStop,
                     destinations=("gap_analysis", "plan", "write_item"))
    builder.add_node("assemble", assemble)
    builder.add_node("cover_letter", cover_letter, retry_policy=LLM_RETRY_POLICY,
                     error_handler=cover_letter_offline)
    builder.add_node("letter_review", letter_review, destinations=("cover_letter", "export"))
    builder.add_node("export", export)
    builder.add_node("edit", edit)

    builder.add_edge(START, "parse_cv")
    builder.add_edge(START, "parse_jd")
    builder.add_edge("parse_cv", "join_inputs")
    builder.add_edge("parse_jd", "join_inputs")
    builder.add_conditional_edges("join_inputs", inputs_ready, ["research"])
    builder.add_conditional_edges("research", to_gap_analysis, ["gap_analysis", "cost_cap"])
    builder.add_edge("gap_analysis", "gap_review")
    builder.add_conditional_edges("plan", send_writes, ["write_item", "review"])
    builder.add_conditional_edges("join_round", round_settled, ["review"])
    builder.add_edge("edit", "assemble")
    builder.add_conditional_edges("assemble", letter_route, ["cover_letter", "export"])
    builder.add_edge("cover_letter", "letter_review")
    builder.add_edge("export", END)
    return builder.compile(checkpointer=checkpointer, store=store, name=name)
