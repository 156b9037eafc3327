"""report.json: what happened in a run, in stable field names other tools read.

Fields: session, status, stage, engine, requirements, coverage, items, key_qualifications,
questions, diff, warnings, errors, usage, timings, phases, audit. Nothing secret, no PII
values (personal data findings are masked upstream).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from cvtailor.models import Usage

PHASES = {
    "parse": ("parse_cv", "parse_jd"),
    "analyze": ("research", "gap_analysis", "gap_review"),
    "write": ("plan", "write_item", "qa_item"),
    "review": ("review",),
    "finish": ("assemble", "export"),
}


def build_report(
    state: dict[str, Any], *, session: str, status: str, engine: str = "offline"
) -> dict[str, Any]:
    """report.json's data from the graph state: job, requirements with evidence, items with
    drafts and QA, coverage, questions, usage and timings."""
    job, report = state.get("job"), state.get("gap_report")
    cv, final = state.get("cv"), state.get("final_cv")
    drafts = state.get("drafts") or {}
    matches = report.by_requirement() if report else {}
    requirements = []
    for req in job.requirements if job else []:
        m = matches.get(req.id)
        requirements.append({
            "id": req.id, "text": req.text, "category": req.category, "priority": req.priority,
            "keywords": req.keywords, "status": m.status if m else "gap",
            "evidence": list(dict.fromkeys(e.item_id for e in m.evidence)) if m else [],
            "evidence_detail": [e.model_dump() for e in m.evidence[:5]] if m else [],
        })
    items = []
    final_items = final.item_map() if final else {}
    for section in cv.sections if cv else []:
        for entry in section.entries:
            for item in entry.items:
                draft = drafts.get(item.id)
                done = final_items.get(item.id)
                qa = draft.qa if draft and draft.qa else None
                items.append({
                    "id": item.id, "section": section.heading, "type": item.type.value,
                    "original": item.original,
                    "draft": draft.text if draft else None,
                    "final": done.text if done else (None if final else item.text),
                    "status": (done.status.value if done else
                               draft.status.value if draft else item.status.value),
                    "evidence": draft.evidence if draft else [],
                    "keywords": draft.keywords if draft else [],
                    "engine": draft.engine if draft else None,
                    "attempts": draft.attempt if draft else 0,
                    "qa": {"passed": qa.passed, "score": qa.score,
                           "issues": [i.model_dump() for i in qa.issues]} if qa else
                          {"passed": True, "score": None, "issues": []},
                    **({"error": draft.error} if draft and draft.error else {}),
                })
    result = state.get("result") or {}
    timings = state.get("timings") or {}
    usage = state.get("usage") or Usage()
    return {
        "session": session,
        "status": status,
        "stage": state.get("stage", "draft"),
        "engine": engine,
        "job": {"title": job.title, "company": job.company, "level": job.level,
                "location": job.location, "parser": job.parser,
                "sources": dict(job.sources)} if job else None,
        "requirements": requirements,
        "coverage": result.get("coverage") or {
            "before": None, "after": None,
            "evidenced": report.coverage if report else None},
        "questions": [q.model_dump() for q in report.questions] if report else [],
        "key_qualifications": state["plan"].key_qualifications if state.get("plan") else [],
        "items": items,
        "diff": result.get("diff"),
        "privacy": result.get("privacy", []),
        "warnings": list(state.get("warnings") or []),
        "errors": list(state.get("errors") or []),
        "usage": usage.model_dump() if hasattr(usage, "model_dump") else dict(usage),
        "timings": timings,
        "phases": {phase: round(sum(timings.get(n, 0.0) for n in nodes), 4)
                   for phase, nodes in PHASES.items()},
        "review_rounds": len(state.get("versions") or []),
        "audit": list(state.get("audit") or []),
    }


def save_report(report: dict[str, Any], out_dir: str | Path) -> Path:
    """Write `report` as out_dir/report.json (the one place that file is written)."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    path = out / "report.json"
    path.write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
    return path
