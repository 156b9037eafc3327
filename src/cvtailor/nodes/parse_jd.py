"""parse_jd: job description text -> JobPosting with categorised, prioritised requirements."""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from cvtailor.context import Context
from cvtailor.errors import InputError
from cvtailor.nodes.common import engine_for, timed
from cvtailor.state import TailorState


@timed("parse_jd")
def parse_jd(state: TailorState, runtime: Runtime[Context]) -> dict[str, Any]:
    text = state.get("jd_text") or ""
    if not text.strip():
        raise InputError("the job description is empty")
    job = engine_for(runtime).parse_jd(text)
    if not job.requirements:
        raise InputError("the job description has no recognisable requirements (expected "
                         "skills, qualifications or responsibilities)")
    warnings = [f"The job description contains instruction-like text, ignored: \"{s[:80]}\""
                for s in job.suspicious]
    return {"job": job, "stage": "jd_loaded", "warnings": warnings}
