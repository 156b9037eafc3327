"""report.json: what happened in a run, in stable field names other tools read.

Fields (`models.Report`): session, status, stage, engine, job, requirements, coverage,
questions, key_qualifications, items, diff, privacy, warnings, errors, usage, timings, phases,
review_rounds, audit, plan, version (the pinned one, if any). Nothing secret, no PII values
(personal data findings are masked upstream). `build_report` assembles it from one small step per part.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from cvtailor.models import (
    AssemblyResult,
    Coverage,
    CVItem,
    Draft,
    GapReport,
    JobPosting,
    Plan,
    PlannedItem,
    PlanSection,
    Report,
    ReportItem,
    ReportJob,
    ReportPlan,
    ReportQA,
    ReportRequirement,
    StructuredCV,
    Usage,
    audit_entries,
)

PHASES = {
    "parse": ("parse_cv", "parse_jd"),
    "analyze": ("research", "gap_analysis", "gap_review"),
    "write": ("plan", "write_item", "qa_item"),
    "review": ("review",),
    "finish": ("assemble", "export"),
}


def build_report(
    state: Mapping[str, Any], *, session: str, status: str, engine: str = "offline"
) -> Report:
    """The report of a run from its state (any stage: parts not reached yet are empty)."""
    job, gaps = state.get("job"), state.get("gap_report")
    result = AssemblyResult.model_validate(state["result"]) if state.get("result") else None
    timings = dict(state.get("timings") or {})
    return Report(
        session=session, status=status, stage=state.get("stage", "draft"), engine=engine,
        job=job_summary(job),
        requirements=requirement_rows(job, gaps),
        coverage=result.coverage if result else Coverage(
            evidenced=gaps.coverage if gaps else None),
        questions=list(gaps.questions) if gaps else [],
        key_qualifications=state["plan"].key_qualifications if state.get("plan") else [],
        items=item_rows(state.get("cv"), state.get("final_cv"), state.get("drafts") or {}),
        diff=result.diff if result else None,
        privacy=result.privacy if result else [],
        warnings=list(state.get("warnings") or []),
        errors=list(state.get("errors") or []),
        usage=Usage.model_validate(state.get("usage") or Usage()),
        timings=timings,
        phases=phase_times(timings),
        review_rounds=len(state.get("versions") or []),
        audit=audit_entries(state.get("audit")),
        plan=plan_summary(state.get("plan"), state.get("cv")),
    )


def plan_summary(plan: Plan | None, cv: StructuredCV | None) -> ReportPlan | None:
    """The plan per section, in CV order: the section's recommendations and the items it
    rewrites with their terms and reason; recommendations about no section of the CV (the
    gaps) come last."""
    if plan is None:
        return None
    sections: dict[str, PlanSection] = {}
    for section in cv.sections if cv else []:
        sections.setdefault(section.heading.lower(), PlanSection(section=section.heading))
    for item in plan.items:
        located = cv.locate(item.item_id) if cv else None
        heading = located[0].heading if located else ""
        row = sections.setdefault(heading.lower(), PlanSection(section=heading))
        row.items.append(PlannedItem(id=item.item_id, reason=item.reason,
                                     keywords=item.keywords))
    for rec in plan.recommendations:
        sections.setdefault(rec.section.lower(), PlanSection(section=rec.section)
                            ).recommendations.append(rec)
    return ReportPlan(summary=plan.summary, customization_level=plan.customization_level,
                      keywords=plan.keywords, key_qualifications=plan.key_qualifications,
                      sections=[s for s in sections.values() if s.items or s.recommendations])


def job_summary(job: JobPosting | None) -> ReportJob | None:
    """Which job, and which parser read it."""
    if job is None:
        return None
    return ReportJob(title=job.title, company=job.company, level=job.level,
                     location=job.location, parser=job.parser, sources=dict(job.sources))


def requirement_rows(job: JobPosting | None, gaps: GapReport | None) -> list[ReportRequirement]:
    """Every JD requirement with its match status and evidence (a gap when not analysed)."""
    matches = gaps.by_requirement() if gaps else {}
    rows = []
    for req in job.requirements if job else []:
        m = matches.get(req.id)
        rows.append(ReportRequirement(
            id=req.id, text=req.text, category=req.category, priority=req.priority,
            keywords=req.keywords, status=m.status if m else "gap",
            evidence=list(dict.fromkeys(e.item_id for e in m.evidence)) if m else [],
            evidence_detail=m.evidence[:5] if m else [],
        ))
    return rows


def item_rows(cv: StructuredCV | None, final: StructuredCV | None,
              drafts: Mapping[str, Draft]) -> list[ReportItem]:
    """Every item of the source CV, in CV order, with its draft and final text."""
    final_items = final.item_map() if final else {}
    return [item_row(section.heading, item, drafts.get(item.id), final_items.get(item.id),
                     assembled=final is not None)
            for section in (cv.sections if cv else [])
            for entry in section.entries for item in entry.items]


def item_row(section: str, item: CVItem, draft: Draft | None, done: CVItem | None, *,
             assembled: bool) -> ReportItem:
    """One item: the final text is None when assembled without it (left out), or before
    assembling for an item that has a draft."""
    qa = draft.qa if draft else None
    return ReportItem(
        id=item.id, section=section, type=item.type, original=item.original,
        draft=draft.text if draft else None,
        final=done.text if done else (None if assembled else item.text),
        status=done.status if done else draft.status if draft else item.status,
        evidence=draft.evidence if draft else [],
        keywords=draft.keywords if draft else [],
        engine=draft.engine if draft else None,
        attempts=draft.attempt if draft else 0,
        qa=ReportQA(passed=qa.passed, score=qa.score, issues=qa.issues) if qa else ReportQA(),
        error=draft.error if draft else None,
        feedback_note=draft.feedback_note if draft else None,
    )


def phase_times(timings: Mapping[str, float]) -> dict[str, float]:
    """Seconds per phase (parse, analyze, write, review, finish) from seconds per node."""
    return {phase: round(sum(timings.get(n, 0.0) for n in nodes), 4)
            for phase, nodes in PHASES.items()}


def save_report(report: Report | Mapping[str, Any], out_dir: str | Path) -> Path:
    """Write `report` as out_dir/report.json (the one place that file is written)."""
    from cvtailor.storage.private import private_dir, write_private

    data = report.dump() if isinstance(report, Report) else dict(report)
    path = private_dir(out_dir) / "report.json"
    return write_private(path, json.dumps(data, indent=2, ensure_ascii=False))
