"""API keys never reach logs, report.json, checkpoints or cassettes."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from cvtailor.engines.llm.errors import redact
from cvtailor.testing import Reply
from tests.contract.conftest import CASSETTES, FAKE_GOOGLE_KEY, FAKE_OPENAI_KEY
from tests.llm.helpers import VICTIM, item_key, model, start

KEY = "sk-proj-cvtailorSECRET0123456789abcdef"


def test_no_key_or_authorization_header_in_any_cassette() -> None:
    cassettes = list(CASSETTES.rglob("*.yaml"))
    assert len(cassettes) >= 10
    for path in cassettes:
        text = path.read_text()
        for secret in (FAKE_OPENAI_KEY, FAKE_GOOGLE_KEY, "Bearer "):
            assert secret not in text, (path, secret)
        assert "x-goog-api-key" not in text.lower() and "authorization:" not in text.lower()


def test_redact_masks_configured_keys_and_key_shapes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    assert KEY not in redact(f"Incorrect API key provided: {KEY}.")
    assert "AIzaSyA0123456789abcdefghijKLMN" not in redact("key=AIzaSyA0123456789abcdefghijKLMN")
    assert "abcdefgh12345678" not in redact("Authorization: Bearer abcdefgh12345678")


def test_a_key_echoed_by_the_provider_lands_nowhere(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    echoed = Reply.fail(401, message=f"Incorrect API key provided: {KEY}")
    chat = model(rules={item_key(VICTIM): [echoed, echoed]})
    store = tmp_path / "s.sqlite"
    with caplog.at_level(logging.DEBUG):
        session = start(store, chat, auto_approve=True, out_dir=str(tmp_path / "out"))
    assert session.status == "completed"
    report = (tmp_path / "out" / "report.json").read_text()
    assert "401" in report and "***" in report  # the failure is reported, the key is not
    assert KEY not in report
    assert KEY not in caplog.text
    session.store.close()
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert KEY.encode() not in path.read_bytes(), path  # checkpoints, cache, outputs


def test_a_key_echoed_in_a_model_answer_never_enters_state_or_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    echoing = Reply.rewrite(f"Built payment services; debug: api_key={KEY}", [VICTIM])
    chat = model(rules={item_key(VICTIM): [echoing, echoing, echoing]})
    cache = tmp_path / "cache" / "llm-cache.sqlite"
    session = start(tmp_path / "s.sqlite", chat, auto_approve=False,
                    llm_cache=str(cache))
    assert session.status == "awaiting_review"
    drafts = {i["id"]: i for i in (session.pending or {})["items"]}
    assert KEY not in str(drafts)
    session.accept_all()
    assert session.status == "completed"
    session.store.close()
    assert b"api_key=***" in cache.read_bytes()  # the answer was cached, masked
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert KEY.encode() not in path.read_bytes(), path  # checkpoints, WAL, cache
