"""Interrupts are typed contracts and never brick a thread.

Every payload (gap questions, review, cost cap) says what it asks, the allowed answers and the
JSON schema of a valid answer. An invalid resume value is asked again with `error` set, the
thread stays resumable, and a later valid answer completes it — through the library, and
through LangGraph directly (what a server client sends)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jsonschema
import pytest
from langgraph.checkpoint.memory import InMemorySaver
from langgraph.types import Command

from cvtailor import Session, build_graph
from cvtailor.context import Context
from cvtailor.models import (
    REVIEW_ACTIONS,
    GapQuestionsPayload,
    GapReport,
    InterruptKind,
    ItemStatus,
    Question,
    QuestionEvidence,
    load_payload,
)
from cvtailor.storage.session_store import SessionStore
from tests.conftest import CV_MD, JD_MD, answer_rounds


def start(store_path: Path, **settings: Any) -> Session:
    settings.setdefault("interview", False)
    return Session.start(CV_MD, JD_MD, store=SessionStore(store_path), **settings)


def valid(schema: dict[str, Any], value: Any) -> bool:
    return jsonschema.Draft202012Validator(schema).is_valid(value)


# -- review ------------------------------------------------------------------------------------


def test_review_payload_names_the_allowed_actions_and_the_answer_schema(
    store_path: Path,
) -> None:
    session = start(store_path)
    pending = session.pending
    assert pending is not None and session.waiting_for == InterruptKind.REVIEW
    assert pending["type"] == "review" and pending["error"] is None
    assert pending["allowed_actions"] == ["accept", "edit", "reject", "regenerate"]
    assert "decisions" in pending["message"]
    item = pending["items"][0]
    assert {"id", "section", "entry", "original", "draft", "status", "keywords", "evidence",
            "qa", "engine"} <= set(item)
    schema = pending["answer_schema"]
    ids = [i["id"] for i in pending["items"]]
    assert valid(schema, {"decisions": {ids[0]: "accept",
                                        ids[1]: {"action": "edit", "text": "Mine."}}})
    assert valid(schema, {"accept_all": True})
    assert not valid(schema, {"decisions": {"no-such-item": "accept"}})
    assert not valid(schema, {"decisions": {ids[0]: "approve"}})
    assert load_payload(pending).items[0].id == ids[0]  # the typed view of the same JSON


@pytest.mark.parametrize(
    ("bad", "says"),
    [
        ("approve", "Input should be a valid dictionary (got 'approve')"),  # a bare string
        ({"ITEM": "approve"}, "decisions.ITEM: Input should be 'accept', 'edit', 'reject' or "
                              "'regenerate' (got 'approve')"),
        ({"ITEM": {"action": "approve"}}, "decisions.ITEM.action: Input should be"),
        ({"ITEM": {"action": "edit"}}, "decisions.ITEM: an edit needs the new text"),
        ({"ITEM": {"action": "edit", "txt": "x"}}, "decisions.ITEM.txt: Extra inputs"),
        ({"no-such-item": "accept"}, "no pending item 'no-such-item'"),
    ],
)
def test_an_invalid_decision_is_asked_again_and_a_valid_one_completes(
    store_path: Path, bad: Any, says: str
) -> None:
    session = start(store_path)
    first = session.pending
    assert first is not None
    target = first["items"][0]["id"]
    if isinstance(bad, dict):
        bad = {(target if k == "ITEM" else k): v for k, v in bad.items()}
    says = says.replace("ITEM", target)

    session.decide(bad)  # returns; never raises, never leaves the thread in error
    assert session.status == "awaiting_review"
    again = session.pending
    assert again is not None and says in again["error"]
    assert again["items"] == first["items"] and again["round"] == first["round"]
    assert Session.open(session.id, store=SessionStore(store_path)).status == "awaiting_review"

    session.decide({target: {"action": "edit", "text": "My own words."}})
    assert session.status == "completed"
    final = session.values["final_cv"].item_map()[target]
    assert final.text == "My own words." and final.status == ItemStatus.USER_MODIFIED


def test_several_refusals_in_a_row_then_accept_all(store_path: Path) -> None:
    session = start(store_path)
    session.decide("approve")
    session.decide({"x": "accept"})
    assert "no pending item 'x'" in (session.pending or {})["error"]
    session.accept_all()
    assert session.status == "completed"
    assert len(session.versions()) == 1  # the refused answers made no round


def test_an_empty_review_answer_accepts_every_draft(store_path: Path) -> None:
    session = start(store_path)
    ids = [i["id"] for i in (session.pending or {})["items"]]
    session.decide({})
    assert session.status == "completed"
    assert {d.action for d in session.values["decisions"].values()} == {"accept"}
    assert set(session.versions()[0]["items"]) == set(ids)


def test_through_langgraph_a_bare_string_is_re_asked_and_an_empty_answer_accepts() -> None:
    """What a server client sends: `{"resume": "approve"}`, then `{"resume": {id: {}}}`."""
    graph = build_graph(InMemorySaver())
    cfg = {"configurable": {"thread_id": "t"}}
    ctx = Context(interview=False, semantic=False)
    out = graph.invoke({"cv_text": CV_MD.read_text(), "jd_text": JD_MD.read_text()}, cfg,
                       context=ctx)
    (asked,) = out["__interrupt__"]
    assert asked.value["type"] == InterruptKind.REVIEW
    assert asked.response_schema == asked.value["answer_schema"]  # clients can render a form

    out = graph.invoke(Command(resume="approve"), cfg, context=ctx)
    (again,) = out["__interrupt__"]
    assert "got the string 'approve'" in again.value["error"]
    assert again.id != asked.id

    out = graph.invoke(Command(resume={again.id: {}}), cfg, context=ctx)
    assert "__interrupt__" not in out and out["stage"] == "exported"


# -- gap questions ---------------------------------------------------------------------------


def test_gap_questions_payload_is_the_public_contract(store_path: Path) -> None:
    session = start(store_path, interview=True)
    assert session.status == "awaiting_answers"
    pending = session.pending
    assert pending is not None and pending["type"] == "gap_questions"
    assert {"coverage", "matched", "partial", "gaps", "questions", "allowed_answers",
            "answer_schema", "error", "message"} <= set(pending)
    for q in pending["questions"]:
        assert {"id", "requirement_id", "requirement", "term", "kind", "evidence"} <= set(q)
        assert q["kind"] in ("confirm", "describe")
        assert all(set(e) == {"item_id", "text"} for e in q["evidence"])
    assert pending["allowed_answers"]["confirm"] == ["yes", "no"]
    schema = pending["answer_schema"]
    qid = pending["questions"][0]["id"]
    assert valid(schema, {"answers": {qid: "Ran it at Acme."}})
    assert valid(schema, {"answers": [{"question_id": qid, "text": "Ran it.", "role": "Acme"}]})
    assert not valid(schema, {"answers": {"q-nope": "x"}})


@pytest.mark.parametrize(
    ("bad", "says"),
    [
        ("yes", "got the string 'yes'"),
        ({"q-nope": "Did it."}, "no pending question 'q-nope'"),
        ([{"text": "Did it."}], "an answer names no question_id"),
        ({"QID": 5}, "answers.QID: Input should be a valid string"),
        ({"QID": "maybe"}, "QID: 'maybe' is neither a no nor where and how"),
        ({"QID": "yes"}, "QID: 'yes' is neither a no nor where and how"),
    ],
)
def test_an_invalid_gap_answer_is_asked_again_and_a_valid_one_goes_on(
    store_path: Path, bad: Any, says: str
) -> None:
    session = start(store_path, interview=True)
    questions = (session.pending or {})["questions"]
    kafka = next(q for q in questions if "Kafka" in q["requirement"])
    if isinstance(bad, dict):
        bad = {(kafka["id"] if k == "QID" else k): v for k, v in bad.items()}

    session.answer(bad)
    assert session.status == "awaiting_answers"
    assert says.replace("QID", kafka["id"]) in (session.pending or {})["error"]

    session.answer({kafka["id"]: "Ran a three-broker Kafka cluster at Cobalt Payments."})
    answer_rounds(session, lambda q: None)  # a later round, if any, answered with nothing
    assert session.status == "awaiting_review"
    assert any(i.status == ItemStatus.USER_PROVIDED for i in session.values["cv"].items())


def test_a_maybe_given_with_the_input_is_not_used_and_says_so(store_path: Path) -> None:
    """Answers given at the start are applied without an interrupt, so "maybe" cannot be asked
    again: it is left out, and a warning names the question."""
    asked = start(store_path, interview=True)
    kafka = next(q for q in (asked.pending or {})["questions"]
                 if "Kafka" in q["requirement"] and q["kind"] == "describe")
    session = start(store_path.with_name("given.sqlite"),
                    answers=[{"question_id": kafka["id"], "text": "maybe"}])
    assert not any(i.status == ItemStatus.USER_PROVIDED for i in session.values["cv"].items())
    assert any(kafka["id"] in w and "were not used" in w for w in session.values["warnings"])


def test_an_empty_gap_answer_skips_the_questions(store_path: Path) -> None:
    session = start(store_path, interview=True)
    session.answer({})
    assert session.status == "awaiting_review"
    assert not any(i.status == ItemStatus.USER_PROVIDED for i in session.values["cv"].items())
    assert not session.values.get("audit")


def test_answers_are_checked_against_the_questions_asked_not_interpreted() -> None:
    confirm = Question(id="q-req-3", requirement_id="req-3", text="Does this show it?",
                       requirement="stakeholder management", term="stakeholder management",
                       kind="confirm",
                       evidence=[QuestionEvidence(item_id="experience-1-2",
                                                  text="Worked with VP-level stakeholders")])
    describe = Question(id="q-req-4", requirement_id="req-4", text="Where and how?")
    payload = GapQuestionsPayload.of(GapReport(questions=[confirm, describe]))
    # What yes, no, empty or a sentence mean is research.interview's to read: all kept.
    answers = payload.parse({"answers": {"q-req-3": "Yes, it does", "q-req-4": ""}})
    assert [(a.question_id, a.text) for a in answers] == [("q-req-3", "Yes, it does"),
                                                          ("q-req-4", "")]
    assert [a.role for a in payload.parse([{"requirement_id": "req-4", "text": "Ran it there.",
                                            "role": "Acme"}])] == ["Acme"]
    # ... but "say where and how" answered with neither is asked again: placed as the
    # person's words, "maybe" was a claim ("Indexing strategies: maybe"); a confirm
    # question's "maybe" is no yes, so it declines
    for unclear_answer in ("maybe", "kind of", "I'm not sure", "Yes, extensively"):
        with pytest.raises(ValueError, match="neither a no nor where and how"):
            payload.parse({"answers": {"q-req-4": unclear_answer}})
    assert payload.parse({"answers": {"q-req-3": "maybe", "q-req-4": "no thanks"}})
    assert payload.parse({}) == payload.parse(None) == payload.parse({"answers": []}) == []
    with pytest.raises(ValueError, match="no pending question 'req-9'"):
        payload.parse([{"requirement_id": "req-9", "text": "x"}])
    schema = payload.answer_schema
    assert valid(schema, {"answers": {"q-req-3": "no", "q-req-4": "Ran it at Acme."}})
    assert not valid(schema, {"answers": {"q-req-5": "no"}})


# -- cost cap ----------------------------------------------------------------------------------


def test_an_invalid_cost_cap_answer_is_asked_again_and_raising_the_cap_completes(
    tmp_path: Path,
) -> None:
    from tests.llm.helpers import model, prices_file
    from tests.llm.helpers import start as start_llm

    store = tmp_path / "s.sqlite"
    session = start_llm(store, model(), auto_approve=True, max_cost_usd=1.0,
                        prices=prices_file(tmp_path, 1000.0))
    assert session.status == "awaiting_budget"
    pending = session.pending
    assert pending is not None and pending["type"] == "cost_cap" and pending["error"] is None
    assert pending["allowed_answers"] == ["max_cost_usd", "max_tokens"]
    assert valid(pending["answer_schema"], {"max_cost_usd": 5})
    assert not valid(pending["answer_schema"], {"max_cost": 5})

    # What a client could send: a cap that is not a number, to every pending interrupt.
    bad = {i.id: {"max_cost_usd": "lots"} for i in session.snapshot.interrupts}
    session._run(Command(resume=bad))
    assert session.status == "awaiting_budget"
    assert "max_cost_usd: Input should be a valid number" in (session.pending or {})["error"]

    again = Session.open(session.id, store=SessionStore(store), max_cost_usd=100.0)
    again.resume()
    assert again.status == "completed"


def test_every_kind_is_one_enum_and_each_maps_to_a_session_status() -> None:
    from cvtailor.session import AWAITING

    assert [k.value for k in InterruptKind] == ["gap_questions", "review", "cost_cap"]
    assert set(AWAITING) == set(InterruptKind)
    assert list(REVIEW_ACTIONS) == ["accept", "edit", "reject", "regenerate"]
    # A session paused before the kinds were typed still reads as waiting for answers.
    assert InterruptKind.of({"type": "gap_review"}) == InterruptKind.GAP_QUESTIONS
