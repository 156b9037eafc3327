"""The tailoring graph: wiring only. Read it top to bottom; each node lives in `nodes/`.

    START -> parse_cv -+
    START -> parse_jd -+-> research -> gap_analysis -> gap_review* -> plan
    plan --Send per item--> write_item -> qa_item --(fail, attempts left)--> write_item
                                               +--> review* --regenerate--> Send write_item
                                                        +--approved--> assemble -> export -> END
    (* = interrupt, skipped with auto_approve)
"""

from __future__ import annotations

from typing import Any

from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.graph import END, START, StateGraph
from langgraph.graph.state import CompiledStateGraph

from cvtailor.context import Context
from cvtailor.engines.llm.errors import LLM_RETRY_POLICY
from cvtailor.nodes.assemble import assemble
from cvtailor.nodes.export import export
from cvtailor.nodes.gap_analysis import gap_analysis
from cvtailor.nodes.gap_review import gap_review
from cvtailor.nodes.parse_cv import parse_cv
from cvtailor.nodes.parse_jd import parse_jd
from cvtailor.nodes.plan import plan, send_writes
from cvtailor.nodes.qa_item import qa_item
from cvtailor.nodes.research import research
from cvtailor.nodes.review import review
from cvtailor.nodes.write_item import write_item
from cvtailor.state import ItemPayload, TailorInput, TailorOutput, TailorState


def build_graph(
    checkpointer: BaseCheckpointSaver[Any] | bool | None = None, *, name: str = "cvtailor"
) -> CompiledStateGraph[Any, Any, Any, Any]:
    builder = StateGraph(
        TailorState, context_schema=Context, input_schema=TailorInput, output_schema=TailorOutput
    )
    # Model-calling nodes retry transient failures only (timeouts, connection, 429, 5xx);
    # the SDK clients do not retry on their own, so attempts never multiply.
    builder.add_node("parse_cv", parse_cv, retry_policy=LLM_RETRY_POLICY)
    builder.add_node("parse_jd", parse_jd, retry_policy=LLM_RETRY_POLICY)
    builder.add_node("research", research)
    builder.add_node("gap_analysis", gap_analysis, retry_policy=LLM_RETRY_POLICY)
    builder.add_node("gap_review", gap_review, destinations=("research", "plan"))
    builder.add_node("plan", plan, retry_policy=LLM_RETRY_POLICY)
    builder.add_node("write_item", write_item, input_schema=ItemPayload,
                     destinations=("qa_item",), retry_policy=LLM_RETRY_POLICY)
    builder.add_node("qa_item", qa_item, input_schema=ItemPayload,
                     destinations=("write_item", "review"))
    builder.add_node("review", review, destinations=("write_item", "assemble"))
    builder.add_node("assemble", assemble)
    builder.add_node("export", export)

    builder.add_edge(START, "parse_cv")
    builder.add_edge(START, "parse_jd")
    builder.add_edge(["parse_cv", "parse_jd"], "research")
    builder.add_edge("research", "gap_analysis")
    builder.add_edge("gap_analysis", "gap_review")
    builder.add_conditional_edges("plan", send_writes, ["write_item", "review"])
    builder.add_edge("assemble", "export")
    builder.add_edge("export", END)
    return builder.compile(checkpointer=checkpointer, name=name)
