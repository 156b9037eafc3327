"""gap_analysis: matched / partial / gap per requirement, coverage, and gap questions."""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from cvtailor.context import Context
from cvtailor.nodes.common import emit, engine_for, timed
from cvtailor.state import TailorState


@timed("gap_analysis")
def gap_analysis(state: TailorState, runtime: Runtime[Context]) -> dict[str, Any]:
    report = engine_for(runtime).analyze_gaps(state["cv"], state["job"], state["evidence"])
    emit({"type": "gap_report", "coverage": report.coverage,
          "matched": len(report.by_status("matched")), "partial": len(report.by_status("partial")),
          "gaps": len(report.by_status("gap"))})
    return {"gap_report": report, "stage": "gap_analyzed"}
