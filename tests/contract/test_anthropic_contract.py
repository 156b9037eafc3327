"""The real ChatAnthropic client (langchain-anthropic, the `anthropic` SDK) against recorded
Anthropic Messages API HTTP: one structured step, a 429 retried by the node's retry policy, and
the whole graph with provider="anthropic" to a completed, guarded CV. Structured output is a
forced tool call (`tool_choice: {"type": "tool", "name": ...}`), checked in the recordings.

Re-record (no key, no network; the stub on 127.0.0.1:18765):
    pytest tests/contract/test_anthropic_contract.py --record-mode=once -n 0
"""

from __future__ import annotations

import json
from typing import Any

import pytest
import yaml

import cvtailor
from cvtailor.context import Context
from cvtailor.engines.llm.engine import LLMEngine
from cvtailor.guards.usage import metered
from cvtailor.models import JobPosting
from tests.conftest import CV_MD, JD_MD
from tests.contract import samples
from tests.contract.conftest import CASSETTES, FAKE_ANTHROPIC_KEY
from tests.contract.stub import ANTHROPIC_BASE
from tests.llm.local_stub import answer_for

pytestmark = pytest.mark.vcr

MODEL = "claude-haiku-4-5"
LABEL = f"anthropic:{MODEL}@{ANTHROPIC_BASE}"
SETTINGS: dict[str, Any] = {"engine": "llm", "provider": "anthropic", "model": MODEL,
                            "base_url": ANTHROPIC_BASE, "llm_cache": "off",
                            "timeout_seconds": 20}


@pytest.fixture(scope="module")
def vcr_config() -> dict[str, Any]:
    # A whole run's requests interleave (parse_cv and parse_jd together, items in parallel):
    # a replayed answer is found by its request body, not by the order of recording.
    return {
        "filter_headers": ["authorization", "x-api-key", "x-goog-api-key", "api-key"],
        "filter_query_parameters": ["key"],
        "decode_compressed_response": True,
        "match_on": ["method", "scheme", "host", "port", "path", "query", "body"],
    }


def recorded(cassette: Any) -> list[tuple[dict[str, Any], int, dict[str, Any]]]:
    """(request body, response status, request headers) of every interaction of the test's
    cassette: being recorded, or replayed from tests/cassettes/."""
    out = []
    for request, response in zip(cassette.requests, cassette.responses, strict=True):
        body = request.body.decode() if isinstance(request.body, bytes) else request.body
        out.append((json.loads(body), int(response["status"]["code"]),
                    {k.lower(): v for k, v in request.headers.items()}))
    return out


def well_behaved(prompt: str) -> Any:
    """What a good model answers to one of the engine's prompts (the local stub's answers)."""
    return answer_for({"messages": [{"content": prompt}]})


def test_parse_jd_is_a_forced_tool_call(stub, vcr) -> None:
    stub.queue(("json", samples.JOB))
    with metered() as usage:
        job = LLMEngine(Context(**SETTINGS)).parse_jd(samples.JD_TEXT)
    assert isinstance(job, JobPosting)
    assert [r.priority for r in job.requirements] == ["critical", "important", "nice_to_have"]
    assert job.parser == f"llm:{LABEL}"
    assert usage.llm_calls == 1 and usage.input_tokens > 0 and usage.output_tokens > 0
    ((body, status, headers),) = recorded(vcr)
    assert body["tool_choice"] == {"type": "tool", "name": "JobPosting"}
    assert [t["name"] for t in body["tools"]] == ["JobPosting"]
    assert status == 200 and "anthropic-version" in headers
    assert vcr.requests[0].uri.endswith("/v1/messages")


def test_rate_limit_then_success_through_the_node_retry_policy(stub, vcr) -> None:
    stub.queue(("error", 429), ("json", samples.JOB))
    ctx = Context(**{**SETTINGS, "llm_steps": "parse_jd"})
    out = samples.parse_jd_graph().invoke(
        {"jd_text": samples.JD_TEXT}, {"configurable": {"thread_id": "a429"}}, context=ctx)
    assert out["job"].parser == f"llm:{LABEL}"
    assert [status for _, status, _ in recorded(vcr)] == [429, 200]


def test_the_whole_graph_on_anthropic_to_a_guarded_cv(stub, vcr) -> None:
    stub.serve(well_behaved)
    result = cvtailor.tailor(CV_MD, JD_MD, auto_approve=True, interview=False, **SETTINGS)
    report = result.report
    assert result.status == "completed", report.get("errors")
    assert report["job"]["parser"] == f"llm:{LABEL}"
    assert report["warnings"] == [] and report["errors"] == []  # no step fell back offline
    written = [i for i in report["items"] if i.get("engine") == LABEL]
    assert written, "the model wrote no item"
    assert all(i["status"] == "generated" and i["qa"]["passed"] for i in written)
    assert result.markdown.strip()
    assert report["usage"]["cost_usd"] > 0  # a hosted model is priced (claude-haiku-4-5)
    interactions = recorded(vcr)
    bodies = [body for body, _, _ in interactions]
    schemas = {b["tool_choice"]["name"] for b in bodies}
    assert {"StructuredCV", "JobPosting", "GapReport", "Plan", "Rewrite"} <= schemas
    assert all(b["tool_choice"]["type"] == "tool" for b in bodies)  # forced, every call
    assert {status for _, status, _ in interactions} == {200}


def test_no_key_in_any_anthropic_cassette() -> None:
    folder = CASSETTES / "test_anthropic_contract"
    files = sorted(folder.glob("*.yaml"))
    assert files
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert FAKE_ANTHROPIC_KEY not in text and "x-api-key" not in text.lower(), path.name
        for interaction in yaml.safe_load(text)["interactions"]:
            assert "anthropic-version" in interaction["request"]["headers"]  # it was Anthropic
