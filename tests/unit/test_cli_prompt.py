"""The terminal interview (`cvtailor tailor --interview` on a TTY): an answer to a describe
question that says neither no nor where and how ("maybe") is asked again on the spot, not sent
(where the whole round would be refused and asked again)."""

from __future__ import annotations

from typing import Any

import pytest


class _Session:
    def __init__(self, questions: list[dict[str, Any]]) -> None:
        self.pending: dict[str, Any] = {"questions": questions}
        self.sent: list[Any] = []

    def answer(self, answers: Any) -> None:
        self.sent.append(answers)


def test_a_maybe_is_asked_again_before_the_round_is_sent(monkeypatch: pytest.MonkeyPatch
                                                         ) -> None:
    from rich.prompt import Prompt

    from cvtailor import cli

    typed = iter(["maybe", "At Acme I tuned slow queries with composite indexes", "maybe"])
    prompts: list[str] = []

    def ask(prompt: str, **_: Any) -> str:
        prompts.append(prompt)
        return next(typed)

    monkeypatch.setattr(Prompt, "ask", ask)
    session = _Session([
        {"id": "q-req-8", "kind": "describe", "text": "Your CV does not mention indexing."},
        {"id": "q-req-7-also", "kind": "confirm", "text": "Does 'PostgreSQL' show it?"}])
    cli._ask_answers(session)  # type: ignore[arg-type]
    assert session.sent == [[
        {"question_id": "q-req-8", "text": "At Acme I tuned slow queries with composite indexes"},
        {"question_id": "q-req-7-also", "text": "maybe"}]]  # a confirm's maybe is no yes
    assert "where (which role) and how" in prompts[1]
