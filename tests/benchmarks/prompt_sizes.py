"""Prompt sizes of the LLM engine's steps on the largest labelled case, and how many requests
each step needs to stay inside a small model's context (chunking), at 4k and 8k tokens.

Usage: python tests/benchmarks/prompt_sizes.py [--case NAME] [--context 4096 8192]
Counts with `count_tokens_approximately` (+ the output schema, as the engine counts).
Not a test: it prints JSON.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from cvtailor.context import Context
from cvtailor.engines.llm.engine import LLMEngine, split_list_to_fit, split_to_fit
from cvtailor.engines.llm.prompts import render
from cvtailor.engines.offline import OfflineEngine
from cvtailor.models import GapReport, JobPosting, Plan, StructuredCV
from cvtailor.research.evidence import find_evidence
from cvtailor.text.vocabulary import default_vocabulary

CASES = Path(__file__).resolve().parent / "cases"


def largest_case() -> Path:
    """The case with the most CV + JD text among those whose CV is text (JSON Resume CVs are
    mapped without a model)."""
    text_cvs = [d for d in CASES.iterdir() if d.is_dir() and any(d.glob("cv.[tm]*"))]
    return max(text_cvs, key=lambda d: sum(f.stat().st_size for f in d.glob("[cj][vd].*")))


def measure(case: Path, context_tokens: int) -> dict[str, Any]:
    cv_file = next(case.glob("cv.*"))
    cv_text, jd_text = cv_file.read_text(), next(case.glob("jd.*")).read_text()
    offline = OfflineEngine()
    cv = offline.parse_cv(cv_text, "markdown" if cv_file.suffix == ".md" else "text")
    cv_tokens = len(cv_text) // 4
    job = offline.parse_jd(jd_text)
    evidence = find_evidence(cv, job, default_vocabulary())
    report = offline.analyze_gaps(cv, job, evidence)
    engine = LLMEngine(Context(engine="llm", provider="llama_cpp", model="qwen2.5-coder-1.5b",
                               context_tokens=context_tokens, llm_cache="off"))

    def size(task: str, schema: Any, inputs: dict[str, Any]) -> int:
        return engine.prompt_tokens(*render(task, **inputs), schema)

    fmt = cv.source_format
    whole = {
        "parse_cv": size("parse_cv", StructuredCV, {"cv_text": cv_text, "source_format": fmt}),
        "parse_jd": size("parse_jd", JobPosting, {"jd_text": jd_text}),
    }
    cv_parts = split_to_fit(cv_text, lambda t: engine.fits(
        "parse_cv", StructuredCV, {"cv_text": t, "source_format": fmt}, answer=len(t) // 2 + 128))
    jd_parts = split_to_fit(jd_text, lambda t: engine.fits(
        "parse_jd", JobPosting, {"jd_text": t}, answer=len(t) // 4 + 256))
    corpus = {i.id: i.text for i in cv.items()}

    whole_cv = [True]

    def gap_inputs(reqs: list[Any]) -> dict[str, Any]:  # as LLMEngine.analyze_gaps does
        cited = {e.item_id for r in reqs for e in evidence.get(r.id, [])}
        return {"job": {"title": job.title, "company": job.company,
                        "requirements": [r.model_dump(mode="json") for r in reqs]},
                "cv_items": [{"id": k, "text": v} for k, v in corpus.items()
                             if whole_cv[0] or k in cited],
                "evidence": {r.id: [{"item_id": e.item_id, "term": e.term, "matched": e.matched}
                                    for e in evidence.get(r.id, [])[:6]] for r in reqs}}

    whole["gap_analysis"] = size("gap_analysis", GapReport, gap_inputs(job.requirements))

    def gap_fits(reqs: list[Any]) -> bool:
        return engine.fits("gap_analysis", GapReport, gap_inputs(reqs), answer=100 * len(reqs))

    whole_cv[0] = gap_fits(job.requirements[:1])
    gap_groups = split_list_to_fit(list(job.requirements), gap_fits)
    baseline = offline.plan(cv, job, report)

    def plan_inputs(items: list[Any]) -> dict[str, Any]:  # as LLMEngine.plan builds them
        ids = {i.id for i in items}
        part = baseline.model_copy(update={"items": [p for p in baseline.items
                                                     if p.item_id in ids], "additions": []})
        return {"job": {"title": job.title, "company": job.company, "skills": job.skills,
                        "requirements": [r.model_dump(mode="json", exclude={"category"})
                                         for r in job.requirements]},
                "gap_report": {"matches": [
                    {"requirement_id": m.requirement_id, "status": m.status,
                     "evidence": list(dict.fromkeys(e.item_id for e in m.evidence))[:6],
                     "missing_keywords": m.missing_keywords} for m in report.matches]},
                "cv_items": [{"id": i.id, "type": i.type.value, "text": i.text} for i in items],
                "baseline": part.model_dump(mode="json", exclude={"additions"}),
                "level": "moderate", "key_qualifications": 10}

    whole["plan"] = size("plan", Plan, plan_inputs(cv.items()))
    plan_groups = split_list_to_fit(cv.items(), lambda i: engine.fits(
        "plan", Plan, plan_inputs(i), answer=80 * len(i) + 200))
    whole["cv_text_only"], whole["jd_text_only"] = cv_tokens, len(jd_text) // 4
    budget = engine.budget_tokens()
    return {
        "context_tokens": context_tokens, "input_budget": budget,
        "gap_analysis_sends_whole_cv": whole_cv[0],
        "whole_prompt_tokens": whole,
        "requests": {"parse_cv": len(cv_parts), "parse_jd": len(jd_parts),
                     "gap_analysis": len(gap_groups), "plan": len(plan_groups)},
        "largest_request_tokens": {
            "parse_cv": max(size("parse_cv", StructuredCV, {"cv_text": t, "source_format": fmt})
                            for t in cv_parts),
            "parse_jd": max(size("parse_jd", JobPosting, {"jd_text": t}) for t in jd_parts),
            "gap_analysis": max(size("gap_analysis", GapReport, gap_inputs(g))
                                for g in gap_groups),
            "plan": max(size("plan", Plan, plan_inputs(g)) for g in plan_groups),
        },
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--case", default="")
    parser.add_argument("--context", type=int, nargs="+", default=[4096, 8192])
    args = parser.parse_args(argv)
    case = CASES / args.case if args.case else largest_case()
    out = {"case": case.name, "runs": [measure(case, n) for n in args.context]}
    print(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
