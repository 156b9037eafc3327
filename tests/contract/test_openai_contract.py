"""The real ChatOpenAI client (via init_chat_model) against recorded OpenAI-compatible HTTP."""

from __future__ import annotations

from typing import Any

import pytest

from cvtailor.context import Context
from cvtailor.engines.llm.engine import LLMEngine
from cvtailor.engines.llm.errors import LLMError
from cvtailor.guards.usage import metered
from cvtailor.models import GapReport, JobPosting, StructuredCV
from tests.contract import samples
from tests.contract.stub import OPENAI_BASE

pytestmark = pytest.mark.vcr


SETTINGS: dict[str, Any] = {"engine": "llm", "provider": "openai", "model": "gpt-4.1-mini",
                            "base_url": OPENAI_BASE, "llm_cache": "off", "timeout_seconds": 10}


def engine(**overrides: Any) -> LLMEngine:
    return LLMEngine(Context(**{**SETTINGS, **overrides}))


def test_parse_cv_structured_output(stub) -> None:
    stub.queue(("json", samples.CV))
    with metered() as usage:
        cv = engine().parse_cv(samples.CV_TEXT, "markdown")
    assert isinstance(cv, StructuredCV)
    assert [i.id for i in cv.items()] == ["experience-1-1", "experience-1-2", "skills-1-1"]
    assert all(i.original == i.text for i in cv.items())
    assert usage.llm_calls == 1 and usage.input_tokens > 0 and usage.output_tokens > 0
    assert usage.cost_usd == 0.0  # a local server costs nothing


def test_parse_jd_structured_output(stub) -> None:
    stub.queue(("json", samples.JOB))
    job = engine().parse_jd(samples.JD_TEXT)
    assert isinstance(job, JobPosting)
    assert [r.priority for r in job.requirements] == ["critical", "important", "nice_to_have"]
    assert job.parser == f"llm:openai:gpt-4.1-mini@{OPENAI_BASE}"


def test_gap_analysis_structured_output(stub) -> None:
    stub.queue(("json", samples.GAPS))
    cv, job = StructuredCV.model_validate(samples.CV), JobPosting.model_validate(samples.JOB)
    report = engine().analyze_gaps(cv, job, {})
    assert isinstance(report, GapReport)
    assert [m.status for m in report.matches] == ["matched", "partial", "gap"]
    assert report.coverage == round((3 + 1) / 6, 3)  # weights 3/2/1, partial counts half
    # Every requirement the model did not match is asked about: the partial one too (a
    # confirm question when the model cited CV lines, else describe), most important first.
    assert [q.id for q in report.questions] == ["q-req-2", "q-req-3"]


def test_plan_structured_output(stub) -> None:
    stub.queue(("json", samples.PLAN))
    cv, job = StructuredCV.model_validate(samples.CV), JobPosting.model_validate(samples.JOB)
    plan = engine().plan(cv, job, GapReport.model_validate(samples.GAPS),
                         level="moderate", key_qualifications=10)
    planned_cv = plan.added_to(cv)
    assert plan.for_item("experience-1-1") is not None
    assert plan.key_qualifications == ["Airflow pipelines", "PostgreSQL"]
    assert "experience-1-1" in planned_cv.item_map()


def test_write_item_is_a_tool_call_response(stub) -> None:
    stub.queue(("json", samples.REWRITE))
    draft = engine().write_item(samples.write_task())
    assert draft.text == samples.REWRITE["text"]
    assert draft.engine == f"openai:gpt-4.1-mini@{OPENAI_BASE}"
    assert '"PostgreSQL"' in (draft.raw_output or "")  # the tool call's raw arguments
    assert draft.evidence == ["experience-1-1"]


def test_malformed_json_is_repaired_with_one_re_ask(stub) -> None:
    stub.queue(("raw", '{"text": "Built Airflow pipelines", "evidence": ['),
               ("json", samples.REWRITE))
    with metered() as usage:
        draft = engine().write_item(samples.write_task())
    assert draft.text == samples.REWRITE["text"]
    assert usage.llm_calls == 2  # the bad answer and the repair both count


def test_malformed_twice_falls_back_to_the_offline_parser(stub) -> None:
    stub.queue(("raw", "Sure! Here is the job: {title: Senior"), ("raw", "{still not json"))
    with pytest.raises(LLMError) as info:  # the engine raises; the graph falls back
        engine().parse_jd(samples.JD_TEXT)
    assert info.value.kind == "validation" and not info.value.transient
    stub.queue(("raw", "Sure! Here is the job: {title: Senior"), ("raw", "{still not json"))
    job = samples.parse_jd_run(SETTINGS, "malformed")
    assert job.parser == "offline (fallback)" and job.requirements


def test_rate_limit_then_success_through_the_node_retry_policy(stub) -> None:
    stub.queue(("error", 429), ("json", samples.JOB))
    graph = samples.parse_jd_graph()
    ctx = Context(engine="llm", provider="openai", model="gpt-4.1-mini", base_url=OPENAI_BASE,
                  llm_cache="off", timeout_seconds=10, llm_steps="parse_jd")
    out = graph.invoke({"jd_text": samples.JD_TEXT}, {"configurable": {"thread_id": "t429"}},
                       context=ctx)
    assert out["job"].parser.startswith("llm:openai:gpt-4.1-mini")
    assert len(out["job"].requirements) == 3


def test_server_error_then_the_fallback_model_answers(stub) -> None:
    stub.queue(("error", 500), ("json", samples.JOB))
    job = engine(fallback_model=f"openai:gpt-4.1-nano@{OPENAI_BASE}").parse_jd(samples.JD_TEXT)
    assert job.parser == f"llm:openai:gpt-4.1-nano@{OPENAI_BASE}"  # the secondary model produced it


def test_bad_request_is_not_retried_and_write_item_raises_for_the_node(stub) -> None:
    stub.queue(("error", 400))
    with pytest.raises(LLMError) as info:
        engine().write_item(samples.write_task())
    assert info.value.kind == "client" and not info.value.transient
