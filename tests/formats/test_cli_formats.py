"""`--format` on tailor and export: every file written; a missing extra is one line, exit 1."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cvtailor.cli import app
from tests.conftest import CV_MD, JD_MD


def test_tailor_and_export_write_requested_formats(tmp_path: Path) -> None:
    runner = CliRunner()
    store, out = str(tmp_path / "s.sqlite"), tmp_path / "out"
    run = runner.invoke(app, ["tailor", str(CV_MD), str(JD_MD), "--auto-approve", "--format",
                              "html,docx,json", "--out", str(out), "--store", store, "--json"])
    assert run.exit_code == 0, run.output
    for name in ("cv.md", "cv.html", "cv.docx", "cv.json", "review.html", "gap_report.html",
                 "gap_report.md", "report.json"):
        assert (out / name).stat().st_size > 0, name
    session = json.loads(run.stdout)["session"]
    again = runner.invoke(app, ["export", session, "--store", store, "--out",
                                str(tmp_path / "again"), "--format", "json", "--json"])
    assert again.exit_code == 0, again.output
    assert (tmp_path / "again" / "cv.json").read_text() == (out / "cv.json").read_text()


def test_pdf_without_weasyprint_is_one_line(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    import cvtailor.writers.pdf as pdf

    monkeypatch.setattr(pdf, "weasyprint_available", lambda: False)
    run = CliRunner().invoke(app, ["tailor", str(CV_MD), str(JD_MD), "--auto-approve",
                                   "--format", "pdf", "--out", str(tmp_path / "o"),
                                   "--store", str(tmp_path / "s.sqlite")])
    assert run.exit_code == 1
    assert 'pip install "cvtailor[pdf]"' in run.output
    assert "Traceback" not in run.output
