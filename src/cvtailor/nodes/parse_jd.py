"""parse_jd: job description text or file -> JobPosting with categorised, prioritised
requirements. The JD is read and cleaned here by the CLI's readers (front matter, template
tags), so a server client gets the same requirements as the CLI."""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from cvtailor.context import Context
from cvtailor.engines import Engine
from cvtailor.errors import InputError
from cvtailor.nodes.common import engine_for, offline_fallback, timed
from cvtailor.nodes.inputs import read_input
from cvtailor.state import TailorState


def read_jd(state: TailorState, engine: Engine) -> dict[str, Any]:
    """The parse_jd step with a given engine (the node's own, or the offline fallback's)."""
    text = read_input(state, "JD").text  # cleaned by the CLI's readers, whoever sent it
    job = engine.parse_jd(text)
    given = {"title": state.get("job_title") or "", "company": state.get("job_company") or ""}
    for field, value in given.items():
        if value.strip():  # the user's word beats any parser's
            job = job.model_copy(update={field: value.strip(),
                                         "sources": {**job.sources, field: "user"}})
    if not job.requirements:
        raise InputError("the job description has no recognisable requirements (expected "
                         "skills, qualifications or responsibilities)")
    warnings = [f"The job description contains instruction-like text, ignored: \"{s[:80]}\""
                for s in job.suspicious]
    return {"job": job, "stage": "jd_loaded", "warnings": warnings}


@timed("parse_jd")
def parse_jd(state: TailorState, runtime: Runtime[Context]) -> dict[str, Any]:
    """Parse the job description with the run's engine."""
    return read_jd(state, engine_for(runtime, "parse_jd"))


def _read_jd_offline(state: TailorState, engine: Engine, ctx: Context) -> dict[str, Any]:
    update = read_jd(state, engine)
    update["job"] = update["job"].model_copy(update={"parser": "offline (fallback)"})
    return update


parse_jd_offline = offline_fallback("parse_jd", _read_jd_offline, lambda state: "join_inputs")
