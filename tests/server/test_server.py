"""cvtailor served by a real `langgraph dev`, driven with langgraph_sdk like any client.

One server per module (see conftest). Offline and hermetic: the server listens on 127.0.0.1,
the offline engine needs no network, analytics and version checks are off.
"""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import CV_MD, JD_MD
from tests.graph.test_inputs import PROSE_JD, cli_requirements, corpus_jd
from tests.server.conftest import Server, start_server, stop_server

sdk = pytest.importorskip("langgraph_sdk", reason="langgraph-sdk is in the dev extra")
pytestmark = [pytest.mark.server, pytest.mark.slow]

GRAPH = "cvtailor"


def client(server: Server) -> Any:
    return sdk.get_sync_client(url=server.url)


def assistant_id(server: Server) -> str:
    return str(client(server).assistants.search(graph_id=GRAPH)[0]["assistant_id"])


def start_input() -> dict[str, Any]:
    return {"cv_text": CV_MD.read_text(encoding="utf-8"),
            "jd_text": JD_MD.read_text(encoding="utf-8"), "cv_name": CV_MD.name,
            "jd_name": JD_MD.name}


def run(server: Server, thread_id: str, **kwargs: Any) -> Any:
    return client(server).runs.wait(thread_id, assistant_id(server), raise_error=False,
                                    **kwargs)


def answer_until_done(server: Server, thread_id: str) -> dict[str, Any]:
    c = client(server)
    for _ in range(6):
        state = c.threads.get_state(thread_id)
        if not state["next"]:
            return dict(state["values"])
        kind = state["interrupts"][0]["value"].get("type")
        resume = {"answers": []} if kind == "gap_questions" else {"accept_all": True}
        out = run(server, thread_id, command={"resume": resume})
        assert "__error__" not in (out or {}), out
    raise AssertionError("the run did not finish")


def test_schemas_have_a_described_input_form(server: Server) -> None:
    schemas = client(server).assistants.get_schemas(assistant_id(server))
    form = schemas["input_schema"]
    assert form is not None, "Studio shows no input form without an input schema"
    props = form["properties"]
    for key in ("cv_text", "cv_file", "jd_text", "jd_file"):
        assert props[key].get("description"), key
    assert all(p.get("description") for p in props.values())
    assert schemas["output_schema"] is not None
    assert all(p.get("description") for p in schemas["output_schema"]["properties"].values())
    settings = schemas["context_schema"]["properties"]
    assert "registered engine" in settings["engine"]["description"]
    assert "Not accepted from clients" in settings["out_dir"]["description"]


def test_run_streams_progress_stops_for_review_resumes_and_replays(server: Server) -> None:
    c = client(server)
    thread = c.threads.create()["thread_id"]
    custom: list[dict[str, Any]] = []
    for part in c.runs.stream(thread, assistant_id(server), input=start_input(),
                              stream_mode=["custom", "updates"]):
        assert part.event != "error", part.data
        if part.event == "custom":
            custom.append(part.data)
    assert {"type": "node", "node": "parse_jd", "status": "end"}.items() <= next(
        e for e in custom if e.get("node") == "parse_jd" and e.get("status") == "end").items()
    state = c.threads.get_state(thread)
    assert state["next"] == ["review"]
    payload = state["interrupts"][0]["value"]
    assert payload["type"] == "review" and payload["items"]

    values = answer_until_done(server, thread)
    assert values["stage"] == "exported"
    assert "Maria Santos" in values["outputs"]["cv.md"]
    assert values["final_cv"]["sections"]

    # Replay from the checkpoint before the plan: the run stops at review again.
    history = c.threads.get_history(thread, limit=100)
    before_plan = next(h for h in history if h["next"] == ["plan"])
    out = run(server, thread, input=None, checkpoint_id=before_plan["checkpoint_id"])
    assert "__error__" not in (out or {}), out
    assert c.threads.get_state(thread)["next"] == ["review"]


def test_jd_read_inside_the_graph_matches_the_cli(server: Server) -> None:
    path = corpus_jd(PROSE_JD)
    expected = cli_requirements(path)
    c = client(server)
    for given in ({"jd_text": path.read_text(encoding="utf-8"), "jd_name": path.name},
                  {"jd_file": {"filename": path.name, "content_base64":
                               base64.b64encode(path.read_bytes()).decode()}}):
        thread = c.threads.create()["thread_id"]
        out = run(server, thread, input={"cv_text": CV_MD.read_text(encoding="utf-8"),
                                         **given})
        assert "__error__" not in (out or {}), out
        job = c.threads.get_state(thread)["values"]["job"]
        assert [r["text"] for r in job["requirements"]] == expected


def test_cv_as_a_base64_file(server: Server) -> None:
    c = client(server)
    thread = c.threads.create()["thread_id"]
    cv_file = {"filename": "cv.md", "content_base64": base64.b64encode(CV_MD.read_bytes()).decode()}
    out = run(server, thread, input={"cv_file": cv_file, "jd_text": JD_MD.read_text("utf-8")},
              context={"auto_approve": True})
    assert "__error__" not in (out or {}), out
    assert "Maria Santos" in out["outputs"]["cv.md"]


@pytest.mark.parametrize(("given", "context", "message"), [
    ({"jd_text": "Hello there."}, {}, "no recognisable requirements"),
    ({"cv_file": {"filename": "cv.pdf", "content_base64": "%%%"}}, {}, "not valid base64"),
    ({}, {"engine": "os:getcwd"}, "import path"),
    ({}, {"engine": "nonesuch"}, "unknown engine 'nonesuch'"),
    ({}, {"out_dir": "/tmp/anywhere"}, "does not accept out_dir"),
    ({}, {"index_dir": "/tmp/anywhere"}, "does not accept index_dir"),
])
def test_errors_reach_the_client_with_their_message(
        server: Server, given: dict[str, Any], context: dict[str, Any], message: str) -> None:
    thread = client(server).threads.create()["thread_id"]
    payload = {**start_input(), **given}
    if "cv_file" in given:
        payload.pop("cv_text")
    out = run(server, thread, input=payload, context=context)
    error = (out or {}).get("__error__") or {}
    assert message in error.get("message", ""), out
    assert "internal error" not in error.get("message", "")


def test_no_files_written_without_a_server_output_folder(server: Server) -> None:
    before = {p for p in server.workdir.rglob("*") if p.is_file()}
    thread = client(server).threads.create()["thread_id"]
    out = run(server, thread, input=start_input(), context={"auto_approve": True})
    assert set(out["outputs"]) == {"cv.md"}
    after = {p for p in server.workdir.rglob("*") if p.is_file()}
    assert {p.name for p in after - before} <= {"server.log"}  # checkpoints are in .langgraph_api
    assert all(".langgraph_api" in p.parts for p in after - before if p.name != "server.log")


def test_an_invalid_review_answer_then_a_valid_one_completes(server: Server) -> None:
    c = client(server)
    thread = c.threads.create()["thread_id"]
    run(server, thread, input=start_input())
    assert c.threads.get_state(thread)["next"] == ["review"]
    out = run(server, thread, command={"resume": {"decisions": "accept everything please"}})
    assert "__error__" not in (out or {}), out
    state = c.threads.get_state(thread)
    assert state["next"] == ["review"], "an invalid answer is asked again"
    assert state["interrupts"][0]["value"]["error"], "with what was wrong"
    run(server, thread, command={"resume": {"accept_all": True}})
    assert c.threads.get_state(thread)["values"]["stage"] == "exported"


def test_the_interview_asks_a_follow_up_round_over_the_sdk(server: Server) -> None:
    from tests.graph.test_follow_up import CV_MD as BUYER_CV
    from tests.graph.test_follow_up import DESCRIBE_JD as BUYER_JD
    from tests.graph.test_follow_up import REQUOTED

    c = client(server)
    thread = c.threads.create()["thread_id"]
    context = {"interview": True, "max_questions": 4}  # a run's context: given with each run
    run(server, thread, input={"cv_text": BUYER_CV, "jd_text": BUYER_JD, "cv_name": "cv.md",
                               "jd_name": "jd.md"}, context=context)
    first = c.threads.get_state(thread)["interrupts"][0]["value"]
    assert first["type"] == "gap_questions"
    run(server, thread, context=context, command={"resume": {"answers": {
        q["id"]: REQUOTED if "egotiat" in q["requirement"] else "no"
        for q in first["questions"]}}})
    second = c.threads.get_state(thread)["interrupts"][0]["value"]
    [follow_up] = second["questions"]  # the same interrupt type, asked again
    assert second["type"] == "gap_questions" and follow_up["kind"] == "confirm"
    assert follow_up["evidence"][0]["text"] == REQUOTED  # their own words, quoted back
    run(server, thread, context=context,
        command={"resume": {"answers": {follow_up["id"]: "yes"}}})
    values = answer_until_done(server, thread)
    lines = [item["text"] for s in values["final_cv"]["sections"] for e in s["entries"]
             for item in e["items"]]
    assert any("re-quoted" in t and "negotiat" in t.lower() for t in lines), lines


def test_readme_sdk_snippet_runs(server: Server, monkeypatch: pytest.MonkeyPatch) -> None:
    import re

    from tests.server.conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    found = re.search(r"```python\n(from langgraph_sdk import get_sync_client\n.*?)```", readme,
                      re.S)
    assert found, "README 'Serve it' has the SDK snippet"
    monkeypatch.chdir(ROOT)
    printed: list[str] = []
    code = found.group(1).replace("http://127.0.0.1:2024", server.url)
    exec(compile(code, "README.md", "exec"), {"print": lambda *a: printed.append(str(a[0]))})
    assert "Maria Santos" in printed[-1]


def test_zz_no_serializer_warnings_in_the_server_log(server: Server) -> None:
    """Runs last in this module: every run above loaded checkpoints (resume, replay)."""
    thread = client(server).threads.create()["thread_id"]
    run(server, thread, input=start_input())
    answer_until_done(server, thread)
    log = server.log_text()
    assert "Starting background run" in log or "Background run" in log
    assert log.count("Deserializing unregistered type") == 0
    assert "Blocked deserialization" not in log


def test_server_output_folder_gets_files_per_thread(tmp_path: Path) -> None:
    out_root = tmp_path / "outputs"
    proc, srv = start_server(tmp_path / "srv", {"CVTAILOR_SERVER_OUT_DIR": str(out_root)})
    try:
        thread = client(srv).threads.create()["thread_id"]
        out = run(srv, thread, input=start_input(), context={"auto_approve": True})
        assert "__error__" not in (out or {}), out
        assert (out_root / thread / "cv.md").is_file()
        assert Path(out["outputs"]["report.json"]).parent == out_root / thread
    finally:
        stop_server(proc)
