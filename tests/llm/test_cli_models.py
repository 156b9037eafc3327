"""The model options on the command line: --provider/--model select the LLM engine, and
--max-cost stops a run that `review --max-cost` continues."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cvtailor.cli import app
from cvtailor.testing import use_chat_model
from tests.conftest import CV_MD, JD_MD
from tests.llm.helpers import model, prices_file


def test_max_cost_stops_and_review_continues(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    chat = model()
    use_chat_model(chat)  # registers provider "scripted"
    monkeypatch.setenv("CVTAILOR_LLM_STEPS", "write_item")
    monkeypatch.setenv("CVTAILOR_PRICES", prices_file(tmp_path, 1000.0))
    store, out = str(tmp_path / "s.sqlite"), tmp_path / "out"
    runner = CliRunner()
    first = runner.invoke(app, ["tailor", str(CV_MD), str(JD_MD), "--auto-approve",
                                "--provider", "scripted", "--model", "scripted:scripted",
                                "--max-cost", "1", "--store", store, "--out", str(out),
                                "--json"])
    assert first.exit_code == 0, first.output
    payload = json.loads(first.stdout)
    assert payload["status"] == "awaiting_budget"
    assert any("raise the cap" in w for w in payload["warnings"])
    assert json.loads((out / "report.json").read_text())["status"] == "awaiting_budget"

    second = runner.invoke(app, ["review", payload["session"], "--max-cost", "100",
                                 "--store", store, "--json"])
    assert second.exit_code == 0, second.output
    done = json.loads(second.stdout)
    assert done["status"] == "completed"
    report = json.loads((out / "report.json").read_text())
    engines = {i["engine"] for i in report["items"] if i["draft"] is not None}
    assert engines == {"scripted:scripted"} and report["usage"]["cost_usd"] > 1.0
