"""Contract tests: the real ChatOpenAI and Gemini clients against recorded HTTP.

Recording (once, by a developer; needs no key and no network, only 127.0.0.1):
    pytest tests/contract --record-mode=once -n 0   # starts the stub on 127.0.0.1:18765
CI replays the committed cassettes in tests/cassettes/ with --record-mode=none (the default
in pyproject), without starting the stub.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.contract.stub import NoStub, StubServer

CASSETTES = Path(__file__).resolve().parents[1] / "cassettes"
FAKE_OPENAI_KEY = "sk-test-cvtailor-FAKE-KEY-0123456789"
# A fake key for the redaction tests, built at run time so no key-shaped literal is committed.
FAKE_GOOGLE_KEY = "AIza" + "TEST-cvtailor-FAKE-KEY-0123456789ab"
FAKE_ANTHROPIC_KEY = "sk-ant-" + "TEST-cvtailor-FAKE-KEY-0123456789"


@pytest.fixture(scope="module")
def vcr_config() -> dict[str, Any]:
    return {
        "filter_headers": ["authorization", "x-goog-api-key", "api-key", "openai-organization",
                           "openai-project", "x-api-key"],
        "filter_query_parameters": ["key"],
        "decode_compressed_response": True,
    }


@pytest.fixture(scope="module")
def vcr_cassette_dir(request: pytest.FixtureRequest) -> str:
    return str(CASSETTES / request.module.__name__.rsplit(".", 1)[-1])


@pytest.fixture(scope="session")
def _stub_server(pytestconfig: pytest.Config) -> Iterator[StubServer | NoStub]:
    if (pytestconfig.getoption("--record-mode", default="none") or "none") == "none":
        yield NoStub()
        return
    server = StubServer().start()
    yield server
    server.stop()


@pytest.fixture
def stub(_stub_server: StubServer | NoStub, monkeypatch: pytest.MonkeyPatch
         ) -> StubServer | NoStub:
    monkeypatch.setenv("OPENAI_API_KEY", FAKE_OPENAI_KEY)
    monkeypatch.setenv("GOOGLE_API_KEY", FAKE_GOOGLE_KEY)
    monkeypatch.setenv("ANTHROPIC_API_KEY", FAKE_ANTHROPIC_KEY)
    monkeypatch.delenv("GEMINI_API_KEY", raising=False)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    return _stub_server
