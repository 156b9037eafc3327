"""The whole graph on a "small local model": cvtailor.tailor with engine="llm",
provider="llama_cpp" against tests/llm/local_stub.py (in-process, 127.0.0.1, a free port; no
cassette needed) through each way real local servers misbehave, to a completed, guarded CV."""

from __future__ import annotations

from typing import Any

import pytest

import cvtailor
from cvtailor.engines.llm import engine as llm_engine
from tests.conftest import CV_MD, JD_MD
from tests.llm.local_stub import LocalStub


def run(stub: LocalStub, **settings: Any) -> Any:
    llm_engine._METHOD_MEMORY.clear()  # each behaviour starts without a remembered method
    return cvtailor.tailor(CV_MD, JD_MD, engine="llm", provider="llama_cpp",
                           model="qwen2.5-coder-1.5b", base_url=stub.base_url, llm_cache="off",
                           **settings)


def methods(stub: LocalStub) -> list[str]:
    return [(b.get("response_format") or {}).get("type")
            or ("tools" if b.get("tools") else "prompt") for b in stub.requests]


def assert_completed_and_guarded(result: Any, stub: LocalStub) -> None:
    report = result.report
    assert result.status == "completed", report.get("errors")
    label = f"llama_cpp:qwen2.5-coder-1.5b@{stub.base_url}"
    assert report["job"]["parser"] == f"llm:{label}"
    written = [i for i in report["items"] if i.get("engine") == label]
    assert written, "the model wrote no item"
    assert all(i["status"] != "generated_fallback" for i in written)
    # The guard had the last word on every item the model wrote.
    assert all(i.get("qa") is None or i["qa"]["passed"] or i["status"] == "initial"
               for i in report["items"])
    assert result.markdown.strip()


def test_llama_cpp_rejects_json_schema_and_the_engine_moves_to_forced_tools() -> None:
    with LocalStub("llama_cpp") as stub:
        result = run(stub)
    assert_completed_and_guarded(result, stub)
    used = methods(stub)
    # json_schema was rejected (HTTP 500) at most once per concurrent first call (parse_cv and
    # parse_jd start together, so their requests may interleave in any order), then the
    # remembered method (a forced tool call) was used for everything else.
    rejected = used.count("json_schema")
    assert 1 <= rejected <= 2 and stub.statuses.count(500) == rejected
    assert set(used) - {"json_schema"} == {"tools"}
    assert used[-1] == "tools" and used.count("tools") > rejected
    assert all(b["tool_choice"] != "auto" for b in stub.requests if b.get("tools"))


def test_json_in_code_fences_with_chatter_is_read() -> None:
    with LocalStub("fenced") as stub:
        result = run(stub, structured_output="prompt")
    assert_completed_and_guarded(result, stub)
    assert set(methods(stub)) == {"prompt"} and set(stub.statuses) == {200}


def test_truncated_json_gets_one_repair_re_ask_per_prompt() -> None:
    with LocalStub("malformed") as stub:
        result = run(stub, structured_output="json_mode", customization_level="light")
    assert_completed_and_guarded(result, stub)
    repairs = [b for b in stub.requests
               if "could not be used" in str(b["messages"][-1]["content"])]
    assert repairs and len(repairs) <= len(stub.requests) // 2


def test_slow_first_token_within_the_local_timeout() -> None:
    with LocalStub("llama_cpp", first_token_delay=1.5) as stub:
        result = run(stub, structured_output="tools", customization_level="light")
    assert_completed_and_guarded(result, stub)


def test_a_request_over_the_context_is_never_sent() -> None:
    with LocalStub("llama_cpp") as stub:
        result = run(stub, structured_output="tools", context_tokens=2600,
                     customization_level="light")
    assert_completed_and_guarded(result, stub)
    # No step fell back offline: the CV was parsed a section-headed chunk at a time, the gaps
    # a group of requirements at a time (each chunk once: no repair re-asks).
    assert result.report["warnings"] == [] and result.report["errors"] == []
    cv_chunks = [b for b in stub.requests if '<data name="cv">' in str(b["messages"][-1]["content"])]
    assert len(cv_chunks) >= 2
    assert not [b for b in stub.requests if "could not be used" in str(b["messages"][-1]["content"])]
    from langchain_core.messages.utils import count_tokens_approximately

    plans = [b for b in stub.requests if "Return the Plan" in str(b["messages"][-1]["content"])]
    assert len(plans) >= 2  # the plan was made a group of items at a time
    for body in stub.requests:  # every request left room for an answer
        tools = str(body.get("tools") or "")
        size = count_tokens_approximately([m["content"] or "" for m in body["messages"]])
        assert size + len(tools) // 4 <= 2600 - 256


@pytest.mark.parametrize("provider,port", [("ollama", 11434), ("llama_cpp", 8080),
                                           ("vllm", 8000)])
def test_local_providers_default_base_url_timeout_and_context(provider: str, port: int) -> None:
    from cvtailor.context import Context
    from cvtailor.engines.llm.engine import LLMEngine

    engine = LLMEngine(Context(engine="llm", provider=provider, model="m", llm_cache="off"))
    spec = engine.extract_spec
    assert spec.base_url == f"http://localhost:{port}/v1" and spec.local
    assert engine.context_tokens(spec) == 4096
    assert engine.model(spec).request_timeout == 600  # type: ignore[attr-defined]
