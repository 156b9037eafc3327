"""parse_cv: CV text -> StructuredCV (structured formats map directly; free text via engine)."""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from cvtailor.context import Context
from cvtailor.errors import InputError
from cvtailor.nodes.common import engine_for, timed
from cvtailor.readers import detect_format, parse_structured
from cvtailor.state import TailorState


@timed("parse_cv")
def parse_cv(state: TailorState, runtime: Runtime[Context]) -> dict[str, Any]:
    text = state.get("cv_text") or ""
    if not text.strip():
        raise InputError("the CV is empty")
    fmt = state.get("cv_format") or "auto"
    if fmt == "auto":
        fmt = detect_format(text)
    cv = parse_structured(text, fmt) or engine_for(runtime).parse_cv(text, fmt)
    if not cv.items():
        raise InputError("no CV content found: expected sections with bullets or paragraphs")
    return {"cv": cv, "stage": "cv_loaded"}
