"""The real Gemini client (langchain-google-genai, REST) against recorded Gemini-compatible HTTP."""

from __future__ import annotations

from typing import Any

import pytest

from cvtailor.context import Context
from cvtailor.engines.llm.engine import LLMEngine
from cvtailor.guards.usage import metered
from tests.contract import samples
from tests.contract.stub import BASE

pytestmark = pytest.mark.vcr
MODEL = "google_genai:gemini-2.5-flash"


def settings(**overrides: Any) -> dict[str, Any]:
    return {"engine": "llm", "provider": "google_genai", "model": MODEL, "base_url": BASE,
            "llm_cache": "off", "timeout_seconds": 10, **overrides}


def test_parse_jd_structured_output_with_a_response_schema(stub) -> None:
    stub.queue(("json", samples.JOB))
    with metered() as usage:
        job = LLMEngine(Context(**settings())).parse_jd(samples.JD_TEXT)
    assert job.parser == f"llm:google_genai:gemini-2.5-flash@{BASE}"
    assert [r.id for r in job.requirements] == ["req-1", "req-2", "req-3"]
    assert usage.llm_calls == 1 and usage.input_tokens > 0


def test_write_item_as_a_function_call(stub) -> None:
    stub.queue(("json", samples.REWRITE))
    engine = LLMEngine(Context(**settings(structured_output="function_calling")))
    draft = engine.write_item(samples.write_task())
    assert draft.text == samples.REWRITE["text"]
    assert draft.engine.startswith("google_genai:gemini-2.5-flash")


def test_malformed_json_then_repair(stub) -> None:
    stub.queue(("raw", "I rewrote it as: Built Airflow pipelines (JSON to follow)"),
               ("json", samples.REWRITE))
    draft = LLMEngine(Context(**settings())).write_item(samples.write_task())
    assert draft.text == samples.REWRITE["text"]


def test_rate_limit_then_success_through_the_node_retry_policy(stub) -> None:
    stub.queue(("error", 429), ("json", samples.JOB))
    graph = samples.parse_jd_graph()
    out = graph.invoke({"jd_text": samples.JD_TEXT}, {"configurable": {"thread_id": "g429"}},
                       context=Context(**settings(llm_steps="parse_jd")))
    assert out["job"].parser.startswith("llm:google_genai:gemini-2.5-flash")


def test_server_error_then_offline_for_that_step(stub) -> None:
    # 500 is transient: the node's retry policy tries three times, then the offline fallback.
    stub.queue(("error", 500), ("error", 500), ("error", 500))
    job = samples.parse_jd_run(settings(llm_steps="parse_jd"), "g500")
    assert job.parser == "offline (fallback)" and job.requirements
