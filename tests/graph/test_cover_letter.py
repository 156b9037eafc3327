"""The opt-in cover letter: written from the CV's evidence, every sentence guarded, approved
like an item, exported with the CV; a model's letter is guarded too and falls back offline."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from langchain_core.messages import BaseMessage
from typer.testing import CliRunner

from cvtailor import Session, build_graph
from cvtailor.checks.fabrication import numbers
from cvtailor.checks.letter import check_sentence, letter_evidence
from cvtailor.cli import app
from cvtailor.models import LETTER_ID, sentences
from cvtailor.storage.session_store import SessionStore
from cvtailor.testing import ScriptedChatModel, use_chat_model
from cvtailor.text.vocabulary import default_vocabulary
from tests.conftest import CV_MD, JD_MD


def start(tmp_path: Path, **settings: Any) -> Session:
    settings.setdefault("interview", False)
    return Session.start(CV_MD, JD_MD, store=SessionStore(tmp_path / "s.sqlite"),
                         out_dir=str(tmp_path / "out"), **settings)


def test_the_letter_is_a_visible_opt_in_step() -> None:
    graph = build_graph().get_graph()
    edges = {(e.source, e.target) for e in graph.edges}
    assert {("assemble", "cover_letter"), ("cover_letter", "letter_review"),
            ("letter_review", "export"), ("letter_review", "cover_letter"),
            ("assemble", "export")} <= edges


def test_off_by_default(tmp_path: Path) -> None:
    session = start(tmp_path, auto_approve=True)
    assert session.status == "completed"
    assert "cover_letter" not in session.values
    assert not (tmp_path / "out" / "cover_letter.md").exists()


def test_offline_letter_cites_the_cv_and_says_nothing_it_does_not(tmp_path: Path) -> None:
    session = start(tmp_path, auto_approve=True, cover_letter=True, formats="md,html,docx")
    assert session.status == "completed"
    text = (tmp_path / "out" / "cover_letter.md").read_text()
    assert {"cover_letter.html", "cover_letter.docx"} <= set(session.values["outputs"])
    values = session.values
    job, cv = values["job"], values["cv"]
    assert text.startswith(f"Dear {job.company} hiring team,")
    assert job.title in text and cv.name in text
    cv_source = CV_MD.read_text()
    # Concrete achievements with their real numbers, and nothing else in numbers.
    assert len(numbers(text)) >= 3 and numbers(text) <= numbers(cv_source)
    assert "Lumen Freight" in text  # the employer of the achievements it cites
    body = text.replace(job.company, "")  # the addressee is not a claim
    for gap in ("Kafka", "Terraform", "energy", "time-series"):  # requirements the CV lacks
        assert gap.lower() not in body.lower()
    evidence = letter_evidence(cv, values["final_cv"], job)
    vocab = default_vocabulary()
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    assert 5 <= len(paragraphs) <= 7
    for sentence in (s for p in paragraphs for s in sentences(p)):
        assert check_sentence(sentence, evidence, vocab) == [], sentence
    letter = values["cover_letter"]
    assert letter.status == "approved" and letter.qa.passed and letter.evidence


def test_the_letter_is_reviewed_like_an_item(tmp_path: Path) -> None:
    session = start(tmp_path, cover_letter=True)
    session.decide({})  # the CV's drafts
    assert session.status == "awaiting_review"
    pending = session.pending
    assert [i["id"] for i in pending["items"]] == [LETTER_ID]
    draft = pending["items"][0]["draft"]

    # An edit that adds a fact is asked again, with the reason; nothing is exported yet.
    session.decide({LETTER_ID: {"action": "edit", "text": "Dear team,\n\nI led 40 people at "
                                "Stripe and hold a PMP."}})
    assert session.status == "awaiting_review"
    assert "Stripe" in session.pending["error"]
    assert not (tmp_path / "out" / "cover_letter.md").exists()

    session.decide({LETTER_ID: {"action": "regenerate", "feedback": "shorter"}})
    assert session.status == "awaiting_review" and session.pending["round"] == 2

    edited = draft.replace("Thank you for your time and consideration.", "Thank you.")
    session.decide({LETTER_ID: {"action": "edit", "text": edited}})
    assert session.status == "completed"
    assert (tmp_path / "out" / "cover_letter.md").read_text().strip() == edited.strip()
    assert [e["action"] for e in session.report()["audit"] if e["item"] == LETTER_ID] == [
        "regenerate", "edit"]


def test_a_rejected_letter_is_not_exported_and_an_edit_keeps_it_decided(tmp_path: Path) -> None:
    session = start(tmp_path, cover_letter=True)
    session.decide({})
    session.decide({LETTER_ID: "reject"})
    assert session.status == "completed"
    assert not (tmp_path / "out" / "cover_letter.md").exists()
    item = next(i for i in session.values["final_cv"].items() if i.original)
    session.edit(item.id, item.text + " daily")  # re-assembles without asking again
    assert session.status == "completed"


def _letter_model(letter: str) -> ScriptedChatModel:
    def responder(schema: str, messages: list[BaseMessage]) -> dict[str, Any]:
        return {"text": letter, "evidence": ["experience-1-1"]}

    return ScriptedChatModel(responder=responder)


def test_a_model_letter_is_guarded_and_kept_when_true(tmp_path: Path) -> None:
    letter = ("Dear Harborline Energy hiring team,\n\nI am applying for the Data Platform "
              "Engineer role. At Lumen Freight I migrated 22 services to Kubernetes.\n\n"
              "Kind regards,\n\nMaria Santos")
    chat = _letter_model(letter)
    session = start(tmp_path, auto_approve=True, cover_letter=True,
                    **use_chat_model(chat, llm_steps="write_item"))
    written = session.values["cover_letter"]
    assert written.engine.startswith("scripted") and written.raw_output
    assert "migrated 22 services" in (tmp_path / "out" / "cover_letter.md").read_text()
    assert chat.calls_for("CoverLetter")


def test_a_fabricating_model_letter_falls_back_to_the_offline_one(tmp_path: Path) -> None:
    letter = ("Dear Harborline Energy hiring team,\n\nI ran Kafka at Stripe for 9 years. I "
              "hold a PhD from MIT. I cut costs by 73%.\n\nKind regards,\n\nMaria Santos")
    session = start(tmp_path, auto_approve=True, cover_letter=True,
                    **use_chat_model(_letter_model(letter), llm_steps="write_item"))
    text = (tmp_path / "out" / "cover_letter.md").read_text()
    assert "Stripe" not in text and "Kafka" not in text and "73%" not in text
    assert session.values["cover_letter"].engine == "offline"
    assert any("offline letter is used" in w for w in session.report()["warnings"])


@pytest.mark.slow
def test_cli_cover_letter_flag(tmp_path: Path) -> None:
    run = CliRunner().invoke(app, [
        "tailor", str(CV_MD), str(JD_MD), "--auto-approve", "--cover-letter", "--out",
        str(tmp_path / "out"), "--store", str(tmp_path / "s.sqlite"), "--json"])
    assert run.exit_code == 0, run.output
    summary = json.loads(run.stdout)
    assert Path(summary["outputs"]["cover_letter.md"]).read_text().startswith("Dear ")
    run = CliRunner().invoke(app, ["export", summary["session"], "--out", str(tmp_path / "x"),
                                   "--format", "md,html", "--store", str(tmp_path / "s.sqlite")])
    assert run.exit_code == 0, run.output
    assert (tmp_path / "x" / "cover_letter.html").read_text().count("<p>") >= 5
