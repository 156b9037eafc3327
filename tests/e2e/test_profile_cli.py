"""`cvtailor profile` as a user runs it: list, show, forget, export, import, and one-line
errors that change nothing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from cvtailor.cli import app
from tests.conftest import CV_MD, JD_MD


def cli(*args: str) -> Any:
    """The command in this process (the profile command is tested here, not start-up)."""
    return CliRunner().invoke(app, list(args))


def _entries(store: Path, name: str = "me") -> list[dict]:
    run = cli("profile", "list", "--profile", name, "--store", str(store), "--json")
    assert run.exit_code == 0, run.stderr
    return json.loads(run.stdout)


def _one_line_error(run: Any, code: int) -> None:
    assert run.exit_code == code, run.stderr
    assert run.stderr.startswith("error:") and "Traceback" not in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1


def test_the_profile_command(tmp_path: Path) -> None:
    store = tmp_path / "s.sqlite"
    started = cli("tailor", str(CV_MD), str(JD_MD), "--interview", "--profile", "me",
                  "--store", str(store), "--out", str(tmp_path / "out"), "--json")
    assert started.exit_code == 0, started.stderr
    summary = json.loads(started.stdout)
    asked = {q["term"]: q["id"] for q in summary["pending"]["questions"]}
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({asked["Kubernetes"]: "yes", asked["Apache Kafka"]: "no"}))
    answered = cli("review", summary["session"], "--answers", str(answers), "--accept-all",
                   "--store", str(store), "--json")
    assert answered.exit_code == 0, answered.stderr

    entries = _entries(store)
    assert {(e["id"], e["kind"]) for e in entries} == {("kubernetes", "confirmed"),
                                                       ("kafka", "rejected")}
    text = cli("profile", "list", "--profile", "me", "--store", str(store))
    assert "kubernetes" in text.stdout and "you said no" in text.stdout
    shown = cli("profile", "show", "kubernetes", "--profile", "me", "--store", str(store))
    assert "CV line: Migrated 22 services" in shown.stdout

    # Unknown entry, unknown profile, unknown action, bad file: one line, nothing changes.
    _one_line_error(cli("profile", "forget", "nope", "--profile", "me", "--store", str(store)), 1)
    _one_line_error(cli("profile", "list", "--profile", "nobody", "--store", str(store)), 1)
    _one_line_error(cli("profile", "frob", "--store", str(store)), 2)
    bad = tmp_path / "bad.json"
    bad.write_text('{"entries": "none"}')
    _one_line_error(cli("profile", "import", str(bad), "--profile", "me",
                        "--store", str(store)), 2)
    assert _entries(store) == entries

    exported = tmp_path / "me.json"
    assert cli("profile", "export", str(exported), "--profile", "me",
               "--store", str(store)).exit_code == 0
    forgot = cli("profile", "forget", "kafka", "--profile", "me", "--store", str(store))
    assert forgot.exit_code == 0 and "kafka" in forgot.stdout
    assert [e["id"] for e in _entries(store)] == ["kubernetes"]
    imported = cli("profile", "import", str(exported), "--profile", "laptop",
                   "--store", str(store))
    assert imported.exit_code == 0, imported.stderr
    assert _entries(store, "laptop") == entries
