"""The improvement plan is shown (analyze, report.json, the gap report) and a draft's raw model
output can be read back (`review --show-raw ITEM`)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from cvtailor import Session
from cvtailor.cli import app
from cvtailor.session import analyze
from cvtailor.storage.session_store import SessionStore
from cvtailor.testing import use_chat_model
from tests.conftest import CV_MD, JD_MD
from tests.llm.helpers import model


def test_analyze_shows_the_plan_per_section() -> None:
    report = analyze(CV_MD, JD_MD)
    plan = report["plan"]
    assert plan["customization_level"] == "moderate" and plan["summary"]
    sections = {s["section"]: s for s in plan["sections"]}
    experience = sections["Experience"]
    assert experience["items"] and all(i["reason"] for i in experience["items"])
    assert any("Kubernetes" in i["keywords"] for i in experience["items"])
    assert experience["recommendations"][0]["why"]
    assert "Gaps" in sections  # what is not claimed, and why
    assert report["status"] == "analyzed" and report["requirements"]


def test_cli_analyze_prints_the_plan_and_report_json_carries_it(tmp_path: Path) -> None:
    runner = CliRunner()
    run = runner.invoke(app, ["analyze", str(CV_MD), str(JD_MD)])
    assert run.exit_code == 0, run.output
    assert "Plan" in run.stdout and "experience-1-3" in run.stdout
    run = runner.invoke(app, ["tailor", str(CV_MD), str(JD_MD), "--auto-approve", "--out",
                              str(tmp_path), "--store", str(tmp_path / "s.sqlite")])
    assert run.exit_code == 0, run.output
    report = json.loads((tmp_path / "report.json").read_text())
    assert [s["section"] for s in report["plan"]["sections"]][:2] == [
        "Key Qualifications", "Summary"]
    assert "The plan: what will change, and why" in (tmp_path / "gap_report.md").read_text()


def test_review_show_raw_prints_the_model_answer(tmp_path: Path) -> None:
    store = tmp_path / "s.sqlite"
    session = Session.start(CV_MD, JD_MD, store=SessionStore(store), interview=False,
                            **use_chat_model(model(), llm_steps="write_item"))
    item = session.pending["items"][0]["id"]  # type: ignore[index]
    raw = session.raw_output(item)
    assert raw and json.loads(raw)["text"]
    runner = CliRunner()
    run = runner.invoke(app, ["review", session.id, "--show-raw", item, "--store", str(store)])
    assert run.exit_code == 0, run.output
    assert json.loads(run.stdout)["text"] == json.loads(raw)["text"]
    assert Session.open(session.id, store=store).status == "awaiting_review"  # unchanged

    run = runner.invoke(app, ["review", session.id, "--show-raw", "nope", "--store", str(store)])
    assert run.exit_code == 1 and "has no draft of item 'nope'" in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1


def test_offline_drafts_have_no_raw_output(tmp_path: Path) -> None:
    store = tmp_path / "s.sqlite"
    session = Session.start(CV_MD, JD_MD, store=SessionStore(store), interview=False)
    item = session.pending["items"][0]["id"]  # type: ignore[index]
    run = CliRunner().invoke(app, ["review", session.id, "--show-raw", item, "--json",
                                   "--store", str(store)])
    assert run.exit_code == 0 and json.loads(run.stdout)["raw_output"] is None
