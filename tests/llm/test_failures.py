"""One graph run per failure class of a writer model: the run completes, only the affected
item is marked, the others are untouched, and report.json says what happened."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cvtailor.testing import Reply
from tests.llm.helpers import VICTIM, item_key, model, start

FABRICATED = "Increased platform revenue by 45% across 12 regions at Google"

# Transient failures (timeout, 429, 5xx) are retried by the node's retry policy, three
# attempts in all, before the offline fallback; so they are scripted three times.
CASES = {
    "timeout": ([Reply.json({}, latency=0.3)] * 3, "generated_fallback", "timeout"),
    "rate_limit": ([Reply.fail(429)] * 3, "generated_fallback", "rate_limit"),
    "server_error": ([Reply.fail(500), Reply.fail(503), Reply.fail(502)], "generated_fallback",
                     "server"),
    "malformed_json": ([Reply.raw('{"text": "Led'), Reply.raw("not json at all")] * 2,
                       "generated_fallback", "validation"),
    # QA rejects all three drafts: the offline engine's draft is used instead.
    "fabricated_metric": ([Reply.rewrite(FABRICATED)] * 3, "generated_fallback",
                          "fabricated_number"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_failure_class_degrades_one_item_only(case: str, tmp_path: Path) -> None:
    replies, status, cause = CASES[case]
    chat = model(rules={item_key(VICTIM): list(replies)}, timeout=0.1)
    session = start(tmp_path / "s.sqlite", chat, auto_approve=True,
                    out_dir=str(tmp_path / "out"))
    assert session.status == "completed"
    report = json.loads((tmp_path / "out" / "report.json").read_text())
    items = {i["id"]: i for i in report["items"] if i["draft"] is not None}
    victim = items.pop(VICTIM)

    assert victim["status"] == status
    if status == "generated_fallback":  # the offline engine wrote it, and says why
        assert victim["engine"] == "offline"
        assert cause in victim["error"]
        assert any(VICTIM in w and "offline engine wrote it" in w for w in report["warnings"])
        if cause != "fabricated_number":  # a model error; QA's rejection is no error
            assert any(e.startswith(VICTIM) for e in report["errors"])
        else:
            assert FABRICATED not in (tmp_path / "out" / "cv.md").read_text()
            assert victim["attempts"] == 3
    else:  # QA rejected every attempt: the original text is kept
        assert victim["final"] == victim["original"]
        assert FABRICATED not in (tmp_path / "out" / "cv.md").read_text()
        assert any(i["code"] == cause for i in victim["qa"]["issues"])
        assert victim["attempts"] == 3
    for other in items.values():  # untouched: written by the model, as the model wrote it
        assert other["status"] == "generated", other
        assert other["engine"] == "scripted:scripted"
        assert other["final"] == other["draft"]
    assert report["usage"]["llm_calls"] >= len(items)


def test_every_model_step_failing_falls_back_offline_and_the_run_completes(tmp_path: Path) -> None:
    """Both parse steps (which research waits for), gap analysis and the plan fail with a 400:
    each node's error handler does its step offline and routes on, so the run completes."""
    from cvtailor.testing import ScriptedChatModel

    chat = ScriptedChatModel(rules={name: [Reply.fail(400)] * 3 for name in
                                    ("StructuredCV", "JobPosting", "GapReport", "Plan")},
                             responder=lambda schema, messages: {})
    session = start(tmp_path / "s.sqlite", chat, auto_approve=True,
                    llm_steps="parse_cv,parse_jd,gap_analysis,plan")
    assert session.status == "completed", session.values.get("stage")
    warnings = session.report()["warnings"]
    for step in ("parse_cv", "parse_jd", "gap_analysis", "plan"):
        assert any(w.startswith(f"{step}: the model failed") for w in warnings), step
    assert session.values["job"].parser == "offline (fallback)"
    assert session.values["plan"].items


def test_one_parse_step_failing_waits_for_its_fallback_before_research(tmp_path: Path) -> None:
    """parse_cv succeeds in the first super-step, parse_jd's fallback finishes one later:
    research must wait for both (join_inputs), not run without the job."""
    from cvtailor.testing import ScriptedChatModel

    chat = ScriptedChatModel(rules={"JobPosting": [Reply.fail(400)] * 3},
                             responder=lambda schema, messages: {})
    session = start(tmp_path / "s.sqlite", chat, auto_approve=True, llm_steps="parse_jd")
    assert session.status == "completed"
    assert session.values["job"].parser == "offline (fallback)"
    assert session.values["timings"].get("research", 0) > 0
