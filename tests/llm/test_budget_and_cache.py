"""The cost cap stops a run at a checkpoint and the run resumes once the cap is raised;
identical requests are served from the session's cache; regenerate is never cached."""

from __future__ import annotations

from pathlib import Path

from cvtailor import Session
from cvtailor.storage.session_store import SessionStore
from tests.llm.helpers import model, prices_file, start


def test_cost_cap_stops_at_a_checkpoint_and_resumes_after_raising_it(tmp_path: Path) -> None:
    store = tmp_path / "s.sqlite"
    chat = model()
    prices = prices_file(tmp_path, 1000.0)  # ~$0.5 a call: the cap bites after a few items
    session = start(store, chat, auto_approve=True, max_cost_usd=1.0, prices=prices)

    assert session.status == "awaiting_budget"
    pending = session.pending
    assert pending and pending["type"] == "cost_cap" and pending["node"] == "write_item"
    spent = session.values["usage"]
    assert spent.cost_usd >= 1.0 and spent.llm_calls < len(session.values["plan"].items)
    report = session.report()
    assert report["status"] == "awaiting_budget"
    assert any("raise the cap" in w for w in report["warnings"])
    calls_before = len(chat.calls)

    again = Session.open(session.id, store=SessionStore(store), max_cost_usd=100.0)
    assert again.status == "awaiting_budget"  # until resumed
    again.resume()
    assert again.status == "completed"
    planned = [p.item_id for p in again.values["plan"].items]
    # Every item was written exactly once across the stop: finished ones were not redone.
    assert len(chat.calls) == len(planned)
    assert len(chat.calls) > calls_before
    usage = again.values["usage"]
    assert usage.llm_calls == len(planned) and usage.cost_usd > spent.cost_usd


def test_resume_without_a_higher_cap_stays_stopped(tmp_path: Path) -> None:
    store = tmp_path / "s.sqlite"
    session = start(store, model(), auto_approve=True, max_tokens=1500)
    assert session.status == "awaiting_budget"
    Session.open(session.id, store=SessionStore(store)).resume()
    assert Session.open(session.id, store=SessionStore(store)).status == "awaiting_budget"


def test_replay_is_served_from_the_cache_and_regenerate_is_not(tmp_path: Path) -> None:
    store = tmp_path / "s.sqlite"
    chat = model()
    session = start(store, chat, llm_cache=str(tmp_path / "cache.sqlite"))
    assert session.status == "awaiting_review"
    written = len(chat.calls)
    before_writes = next(h["checkpoint"] for h in session.history() if h["next"] == ["plan"])

    session.replay(before_writes)  # the same prompts again: all answered from the cache
    assert session.status == "awaiting_review"
    assert len(chat.calls) == written

    target = session.pending["items"][-1]["id"]
    session.decide({target: {"action": "regenerate", "feedback": "shorter please"}})
    assert len(chat.calls) == written + 1  # feedback always reaches the model
    assert f'id="{target}"' in str(chat.calls[-1]["messages"][-1].content)
    session.decide({target: {"action": "regenerate", "feedback": "shorter please"}})
    assert len(chat.calls) == written + 2  # ...even when identical: never cached
