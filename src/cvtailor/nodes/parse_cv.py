"""parse_cv: CV text or file -> StructuredCV. The readers (the CLI's) read it here, in the graph:
markup becomes Markdown; JSON Resume and RenderCV map directly; free text is parsed by the
engine."""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from cvtailor.context import Context
from cvtailor.engines import Engine
from cvtailor.errors import InputError
from cvtailor.nodes.common import engine_for, offline_fallback, timed
from cvtailor.nodes.inputs import read_input
from cvtailor.readers import MARKUP_FORMATS, parse_structured, to_markdown
from cvtailor.state import TailorState


def read_cv(state: TailorState, engine: Engine) -> dict[str, Any]:
    """The parse_cv step with a given engine (the node's own, or the offline fallback's)."""
    fmt = state.get("cv_format") or "auto"
    if fmt == "auto" or (state.get("cv_file") and not state.get("cv_text")):
        doc = read_input(state, "CV")  # the CLI's readers: format detected, markup converted
        text, fmt = doc.text, doc.format
    else:  # a format the caller named
        text = state.get("cv_text") or ""
        if not text.strip():
            raise InputError("the CV is empty")
        if fmt in MARKUP_FORMATS:
            text, fmt = to_markdown(text, fmt), "markdown"
    cv = parse_structured(text, fmt) or engine.parse_cv(text, fmt)
    if not cv.items():
        raise InputError("no CV content found: expected sections with bullets or paragraphs")
    return {"cv": cv, "stage": "cv_loaded"}


@timed("parse_cv")
def parse_cv(state: TailorState, runtime: Runtime[Context]) -> dict[str, Any]:
    """Parse the CV with the run's engine."""
    return read_cv(state, engine_for(runtime, "parse_cv"))


parse_cv_offline = offline_fallback(
    "parse_cv", lambda state, engine, ctx: read_cv(state, engine), lambda state: "join_inputs")
