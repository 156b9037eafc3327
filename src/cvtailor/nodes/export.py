"""export: render the final CV and the report; write them to `out_dir` when one is set."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from langgraph.runtime import Runtime

from cvtailor.context import Context, current_session
from cvtailor.nodes.common import settings, timed
from cvtailor.state import TailorState
from cvtailor.storage.private import private_dir
from cvtailor.writers import write_outputs
from cvtailor.writers.markdown import render_markdown
from cvtailor.writers.report import build_report, save_report


@timed("export")
def export(state: TailorState, runtime: Runtime[Context]) -> dict[str, Any]:
    """`outputs`: the final CV's Markdown under cv.md (and an approved cover letter's under
    cover_letter.md); with `out_dir` set, the files written there instead (the chosen
    formats, report.json, the letter in the formats a letter has)."""
    ctx = settings(runtime)
    session = current_session()
    markdown = render_markdown(state["final_cv"])
    outputs = {"cv.md": markdown}
    letter = state.get("cover_letter")
    if letter is not None and letter.approved:
        outputs["cover_letter.md"] = letter.text
    if ctx.out_dir:
        out = Path(ctx.out_dir) / session if ctx.out_dir_per_session and session else Path(
            ctx.out_dir)
        private_dir(out)
        report = build_report({**state, "stage": "exported"}, session=session, status="completed",
                              engine=ctx.engine)
        written = write_outputs(state["final_cv"], out, ctx.formats, report=report.dump())
        outputs = {**written, "report.json": str(save_report(report, out))}
        if letter is not None and letter.approved:
            from cvtailor.writers import parse_formats
            from cvtailor.writers.letter import write_letter

            outputs.update(write_letter(letter, state["final_cv"], out,
                                        parse_formats(ctx.formats)))
    return {"outputs": outputs, "stage": "exported"}
