"""The graph end to end, in process, with the offline engine or a scripted one."""

from __future__ import annotations

from pathlib import Path

import pytest

from cvtailor import Session, build_graph, tailor
from cvtailor.models import ItemStatus
from cvtailor.storage.session_store import SessionStore
from cvtailor.testing import ScriptedEngine, use_engine
from tests.conftest import CV_MD, JD_MD, answer_rounds


def start(store_path: Path, **settings) -> Session:
    settings.setdefault("interview", False)
    return Session.start(CV_MD, JD_MD, store=SessionStore(store_path), **settings)


@pytest.mark.semantic
def test_happy_path_auto_approve(tmp_path: Path) -> None:
    result = tailor(CV_MD, JD_MD, out_dir=str(tmp_path / "out"))
    assert result.status == "completed"
    assert (tmp_path / "out" / "cv.md").read_text() == result.markdown
    report = result.report
    assert report["coverage"]["after"] > report["coverage"]["before"]
    assert any(i["final"] != i["original"] for i in report["items"] if i["original"])
    statuses = {r["status"] for r in report["requirements"]}
    assert {"matched", "gap"} <= statuses
    assert set(report["phases"]) == {"parse", "analyze", "write", "review", "finish"}
    assert not any("Semantic search" in w for w in report["warnings"])  # embeddings loaded


def test_stops_at_review_then_decisions_complete_it(store_path: Path) -> None:
    session = start(store_path)
    assert session.status == "awaiting_review"
    pending = session.pending
    assert pending and pending["type"] == "review" and pending["items"]
    first = pending["items"][0]
    session.decide({first["id"]: {"action": "edit", "text": first["original"] + " (edited)"}})
    assert session.status == "completed"
    final = session.values["final_cv"].item_map()
    assert final[first["id"]].text.endswith("(edited)")
    assert final[first["id"]].status == ItemStatus.USER_MODIFIED
    audit = [a.model_dump() for a in session.values["audit"]]
    assert any(a["action"] == "edit" and a["item"] == first["id"] for a in audit)


def test_regenerate_one_item_leaves_every_other_item_byte_identical(store_path: Path) -> None:
    engine = ScriptedEngine(name="regen")
    session = start(store_path, engine=use_engine(engine))
    items = session.pending["items"]
    target = items[1]["id"]
    before = {i["id"]: i["draft"] for i in items}
    engine.outputs[target] = [items[1]["original"]]  # what the "model" writes on the retry
    calls_before = len(engine.calls)

    session.decide({target: {"action": "regenerate", "feedback": "keep my wording"}})
    assert session.status == "awaiting_review"
    again = session.pending["items"]
    assert [i["id"] for i in again] == [target]
    assert [c.item_id for c in engine.calls[calls_before:]] == [target]
    assert engine.calls[-1].feedback == "keep my wording" and engine.calls[-1].round == 2

    session.decide({})  # accept
    final = session.values["final_cv"].item_map()
    for item_id, text in before.items():
        if item_id != target and text:
            assert final[item_id].text == text  # byte-identical
    assert final[target].text == items[1]["original"]
    assert len(session.values["versions"]) == 2


def test_engine_exception_in_one_item_marks_only_that_item(store_path: Path) -> None:
    probe = start(store_path.with_name("probe.sqlite"), auto_approve=True)
    planned = [p.item_id for p in probe.values["plan"].items]
    victim = next(i for i in planned if i.startswith("experience"))

    engine = ScriptedEngine(name="boom", fail={victim: TimeoutError("model timed out")})
    session = start(store_path, engine=use_engine(engine), auto_approve=True)
    assert session.status == "completed"
    report = {i["id"]: i for i in session.report()["items"]}
    assert report[victim]["status"] == ItemStatus.GENERATED_FALLBACK
    assert "timeout" in report[victim]["error"]
    others = [i for i in planned if i != victim]
    assert all(report[i]["status"] == ItemStatus.GENERATED for i in others)
    assert any(victim in w for w in session.values["warnings"])


def test_failure_of_every_engine_keeps_the_original(store_path: Path) -> None:
    probe = start(store_path.with_name("probe.sqlite"), auto_approve=True)
    victim = next(p.item_id for p in probe.values["plan"].items
                  if p.item_id.startswith("experience"))
    # The offline engine itself failing: nothing to fall back to -> original kept.
    engine = ScriptedEngine(name="offline-broken", fail={victim: RuntimeError("bug")})
    register = use_engine(engine, "offline-broken")
    session = start(store_path, engine=register, auto_approve=True)
    final = session.values["final_cv"].item_map()[victim]
    assert session.status == "completed"
    # a non-offline engine falls back to offline; the scripted one is not 'offline'
    assert final.status == ItemStatus.GENERATED_FALLBACK


def test_fabricating_writer_is_caught_and_never_reaches_the_cv(store_path: Path) -> None:
    probe = start(store_path.with_name("probe.sqlite"), auto_approve=True)
    victim = next(p.item_id for p in probe.values["plan"].items
                  if p.item_id.startswith("experience"))
    lies = ["Migrated 40 services at Google to Kafka, saving $2M."] * 3
    engine = ScriptedEngine(name="liar", outputs={victim: list(lies)})
    session = start(store_path, engine=use_engine(engine), auto_approve=True)
    final = session.values["final_cv"].item_map()[victim]
    # Every attempt failed QA: the offline engine's draft (which passes it) is used instead.
    assert final.status == ItemStatus.GENERATED_FALLBACK
    assert final.metadata["engine"] == "offline"
    assert all(i["severity"] == "warning" for i in final.metadata["qa_issues"])
    error = session.values["drafts"][victim].error
    assert all(code in error for code in ("fabricated_number", "unsupported_skill",
                                          "unsupported_name"))
    assert len(engine.calls_for(victim)) == 3  # bounded retries
    markdown = session.result().markdown
    assert "at Google" not in markdown and "$2M" not in markdown and "Kafka" not in markdown


def test_replay_from_a_past_checkpoint(store_path: Path) -> None:
    session = start(store_path, auto_approve=True)
    final = session.result().markdown
    history = session.history()
    at_plan = next(h for h in history if h["next"] == ["plan"])
    session.replay(at_plan["checkpoint"])
    assert session.status == "completed"
    assert session.result().markdown == final
    assert len(session.history()) > len(history)


def test_fork_with_changed_input(store_path: Path, jd_text: str) -> None:
    session = start(store_path, auto_approve=True)
    first = session.result()
    start_cp = [h for h in session.history() if "parse_jd" in h["next"]][-1]
    other_jd = ("# Site Reliability Engineer\n\n## Requirements\n- Kubernetes in production\n"
                "- Python\n- Prometheus and Grafana monitoring\n")
    fork = session.fork(start_cp["checkpoint"], {"jd_text": other_jd})
    assert fork.id != session.id  # a fork is a new application; the source stays as it was
    assert session.result().report == first.report
    forked = fork.result()
    assert forked.status == "completed"
    assert [r["text"] for r in forked.report["requirements"]] != [
        r["text"] for r in first.report["requirements"]]
    assert "Prometheus" in forked.report["requirements"][2]["text"]


def test_gap_interview_answer_becomes_user_provided_evidence(store_path: Path) -> None:
    session = start(store_path, interview=True)
    assert session.status == "awaiting_answers"
    questions = session.pending["questions"]
    kafka = next(q for q in questions if "Kafka" in q["text"])
    session.answer({kafka["id"]: "Ran a three-broker Kafka cluster for order events at "
                                 "Cobalt Payments."})
    answer_rounds(session, lambda q: None)  # a later round, if any, answered with nothing
    assert session.status == "awaiting_review"
    report = session.report()
    req = next(r for r in report["requirements"] if r["id"] == kafka["requirement_id"])
    assert req["status"] != "gap"
    # The answer names the employer, so it lands under that role, as the person's own item.
    placed = [session.values["cv"].locate(e) for e in req["evidence"]]
    assert any(found and "Cobalt Payments" in found[1].heading
               and found[2].status == "user_provided" for found in placed)
    session.decide({})
    markdown = session.result().markdown
    # under the Cobalt Payments role, the line need not say where it was again
    assert "three-broker Apache Kafka cluster for order events" in markdown
    assert "events at Cobalt Payments" not in markdown
    # An unanswered gap is never claimed.
    assert "Terraform" not in markdown and "Scala" not in markdown


def test_graph_compiles_without_checkpointer_for_the_server() -> None:
    graph = build_graph()
    nodes = set(graph.get_graph().nodes)
    assert {"parse_cv", "parse_jd", "research", "gap_analysis", "gap_review", "plan",
            "write_item", "qa_item", "review", "assemble", "export"} <= nodes


def test_checkpoints_load_without_unregistered_type_warnings(
    store_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    start(store_path, auto_approve=True)
    caplog.clear()
    session = Session.open(Session.open.__self__ and SessionStore(store_path).list_sessions()[0].id,
                           store=SessionStore(store_path))
    assert session.values["final_cv"].items()
    assert "unregistered" not in caplog.text.lower()


@pytest.mark.semantic
def test_delete_removes_checkpoints_index_and_record(store_path: Path) -> None:
    from cvtailor.semantic import index as retrieval
    session = start(store_path, auto_approve=True)
    index_dir = session.context.index_dir
    assert Path(index_dir).parent == store_path.parent
    client = retrieval._client(index_dir)
    name = retrieval.collection_name(session.id)
    assert name in [c.name for c in client.list_collections()]
    session.delete()
    assert name not in [c.name for c in client.list_collections()]
    assert not SessionStore(store_path).list_sessions()
    assert not list(SessionStore(store_path).checkpointer.list(
        {"configurable": {"thread_id": session.id}}))


def test_offline_regenerate_offers_the_conservative_alternative(store_path: Path) -> None:
    session = start(store_path)
    items = session.pending["items"]
    added = next(i for i in items if "CI/CD" in i["draft"] and "CI/CD" not in i["original"])
    session.decide({added["id"]: {"action": "regenerate", "feedback": "less jargon"}})
    again = session.pending["items"]
    assert [i["id"] for i in again] == [added["id"]]
    assert "CI/CD" not in again[0]["draft"]
    session.decide({})
    versions = session.versions()
    assert [v["round"] for v in versions] == [1, 2]
    assert versions[0]["items"][added["id"]]["action"] == "regenerate"
