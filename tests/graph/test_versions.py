"""Versions: compare two, pin one for export, and refine a completed CV with a checked edit."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cvtailor import Session
from cvtailor.applications.versions import cv_at
from cvtailor.cli import app
from cvtailor.errors import InputError, SessionError
from cvtailor.storage.session_store import SessionStore
from tests.conftest import CV_MD, JD_MD


def completed(tmp_path: Path, **settings: object) -> Session:
    """A session reviewed in two rounds (one item regenerated), then completed."""
    session = Session.start(CV_MD, JD_MD, store=SessionStore(tmp_path / "s.sqlite"),
                            interview=False, out_dir=str(tmp_path / "out"), **settings)
    items = session.pending["items"]  # type: ignore[index]
    session.decide({items[0]["id"]: {"action": "edit", "text": items[0]["draft"] + " daily"},
                    items[1]["id"]: "reject"})
    assert session.status == "completed"
    return session


def bullet(session: Session) -> tuple[str, str]:
    """An experience bullet of the final CV: its id and text."""
    item = next(i for i in session.values["final_cv"].items()
                if i.id.startswith("experience") and i.original)
    return item.id, item.text


def test_the_latest_version_is_the_final_cv_and_zero_the_original(tmp_path: Path) -> None:
    session = completed(tmp_path)
    values = session.values
    final = {i.id: i.text for i in values["final_cv"].items()}
    assert {i.id: i.text for i in cv_at(values, 1).items()} == final
    original = {i.id: i.original for i in values["cv"].items() if i.original}
    assert {i.id: i.text for i in cv_at(values, 0).items()}.items() <= original.items()


def test_diff_shows_the_words_that_changed(tmp_path: Path) -> None:
    session = completed(tmp_path)
    item_id, text = bullet(session)
    session.edit(item_id, text.replace(" and ", " & ", 1) if " and " in text else text + " too")
    result = session.diff(1, 2)
    assert [row["id"] for row in result["items"]] == [item_id]
    kinds = {kind for kind, _ in result["items"][0]["ops"]}
    assert "ins" in kinds and "same" in kinds
    assert session.diff(2, 2)["items"] == []
    assert session.diff(0, 2)["items"]  # tailoring changed lines of the original


def test_an_edit_is_a_new_version_reassembled_and_exported(tmp_path: Path) -> None:
    session = completed(tmp_path)
    item_id, text = bullet(session)
    new_text = text + " every week"
    session.edit(item_id, new_text)
    assert session.status == "completed"
    versions = session.versions()
    assert [(v["round"], v["kind"]) for v in versions] == [(1, "review"), (2, "edit")]
    assert versions[1]["items"][item_id] == {"draft": text, "action": "edit", "final": new_text}
    assert session.values["final_cv"].item_map()[item_id].text == new_text
    assert new_text in (tmp_path / "out" / "cv.md").read_text()
    report = session.report()
    assert report["audit"][-1]["item"] == item_id and report["audit"][-1]["action"] == "edit"
    # The edit is a step of its own in the history, written as the graph's edit node.
    sources = [(h["source"], h["next"]) for h in session.history()]
    assert ("update", ["assemble"]) in sources


@pytest.mark.parametrize("addition", [
    "at Stripe", "lifting revenue by 47%", "using Terraform", "as a certified PMP",
    # Facts of other lines moved here: the CV saves analysts "12 hours" a week elsewhere, says
    # "Google Cloud" in its skills and migrated "22 services" in this role.
    "with 12 years of experience", "at Google", "while leading 22 engineers",
])
def test_an_edit_that_adds_a_fact_is_refused_and_nothing_changes(tmp_path: Path,
                                                                  addition: str) -> None:
    session = completed(tmp_path)
    item_id, text = bullet(session)
    before = (len(session.history()), session.versions(), (tmp_path / "out" / "cv.md").read_text())
    with pytest.raises(InputError, match=f"edit of {item_id} refused"):
        session.edit(item_id, f"{text} {addition}")
    assert (len(session.history()), session.versions(),
            (tmp_path / "out" / "cv.md").read_text()) == before


def test_edit_needs_a_completed_session_and_a_known_item(tmp_path: Path) -> None:
    session = completed(tmp_path)
    with pytest.raises(SessionError, match="has no item 'nope'"):
        session.edit("nope", "text")
    waiting = Session.start(CV_MD, JD_MD, store=session.store, interview=False)
    with pytest.raises(SessionError, match="not completed"):
        waiting.edit("summary-1-1", "text")


def test_a_pin_chooses_what_export_writes_and_is_stored(tmp_path: Path) -> None:
    session = completed(tmp_path)
    item_id, text = bullet(session)
    session.edit(item_id, text + " every week")
    session.pin(1)
    assert Session.open(session.id, store=session.store).pinned == 1
    assert session.exported_cv().item_map()[item_id].text == text
    assert (tmp_path / "out" / "cv.md").read_text().count("every week") == 0
    report = {i["id"]: i for i in session.report()["items"]}
    assert (session.report()["version"], report[item_id]["final"]) == (1, text)
    with pytest.raises(SessionError, match="has no version 9"):
        session.pin(9)
    session.pin(None)
    assert session.exported_cv().item_map()[item_id].text == text + " every week"
    report = {i["id"]: i for i in session.report()["items"]}
    assert (session.report()["version"], report[item_id]["final"]) == (None, text + " every week")
    session.pin(1)
    session.edit(item_id, text + " each week")  # an edit unpins
    assert session.pinned is None


def test_cli_diff_pin_edit_and_bad_input(tmp_path: Path) -> None:
    session = completed(tmp_path)
    store = str(tmp_path / "s.sqlite")
    item_id, text = bullet(session)
    runner = CliRunner()

    run = runner.invoke(app, ["edit", session.id, item_id, text + " weekly", "--store", store,
                              "--json"])
    assert run.exit_code == 0, run.output
    assert json.loads(run.stdout)["status"] == "completed"

    run = runner.invoke(app, ["versions", session.id, "--diff", "1", "2", "--store", store])
    assert run.exit_code == 0, run.output
    assert item_id in run.stdout and "{+weekly+}" in run.stdout

    run = runner.invoke(app, ["versions", session.id, "--diff", "1", "2", "--json",
                              "--store", store])
    assert json.loads(run.stdout)["items"][0]["b"] == text + " weekly"

    run = runner.invoke(app, ["versions", session.id, "--pin", "1", "--store", store])
    assert run.exit_code == 0 and "exports version 1" in run.stdout
    out = tmp_path / "export"
    run = runner.invoke(app, ["export", session.id, "--out", str(out), "--store", store])
    assert run.exit_code == 0, run.output
    written = (out / "cv.md").read_text()
    assert text in written and text + " weekly" not in written

    for args, message in [
        (["versions", session.id, "--diff", "1", "7"], "has no version 7"),
        (["versions", session.id, "--pin", "7"], "has no version 7"),
        (["edit", session.id, "nope", "x"], "has no item 'nope'"),
        (["edit", session.id, item_id, text + " at Stripe"], "refused"),
    ]:
        run = runner.invoke(app, [*args, "--store", store])
        assert run.exit_code != 0
        assert message in run.stderr and "Traceback" not in run.output
        assert len(run.stderr.strip().splitlines()) == 1
    assert len(Session.open(session.id, store=store).versions()) == 2


def test_a_store_made_before_pins_gains_the_column(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "old.sqlite"
    with sqlite3.connect(path) as conn:  # the table as stores made before this change have it
        conn.execute("CREATE TABLE cvtailor_sessions (id TEXT PRIMARY KEY, created_at TEXT, "
                     "updated_at TEXT, cv_name TEXT, jd_name TEXT, settings TEXT, status TEXT)")
        conn.execute("INSERT INTO cvtailor_sessions VALUES ('old', 't', 't', 'cv', 'jd', '{}', "
                     "'completed')")
    store = SessionStore(path)
    assert store.get_session("old").pinned_version is None
    store.pin_version("old", 3)
    assert store.get_session("old").pinned_version == 3
    assert [r.id for r in store.list_sessions()] == ["old"]
