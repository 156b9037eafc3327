"""Regenerate with feedback on the offline engine, through the graph: a review decision
`{"action": "regenerate", "feedback": ...}` comes back as the next round's draft with a note of
what was done; the note reaches report.json; no request ever costs a fact."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from cvtailor import Session
from cvtailor.engines.offline.feedback import parse_feedback
from cvtailor.storage.session_store import SessionStore
from tests.conftest import CV_MD, JD_MD

CASUAL = ("Cut p95 latency of the shipment-tracking API from 850 ms to 120 ms by reworking "
          "Postgres indexes; didn't need new hardware & saved the ops guys a lot of pager noise.")


def regenerate(tmp_path: Path, feedback: dict[str, str], cv: str | Path = CV_MD
               ) -> tuple[Session, dict[str, dict[str, Any]]]:
    """A session stopped at review, the items regenerated with `feedback`, and the next
    round's review items by id."""
    session = Session.start(cv, JD_MD, store=SessionStore(tmp_path / "s.sqlite"),
                            interview=False, customization_level="extensive")
    assert session.status == "awaiting_review"
    session.decide({i: {"action": "regenerate", "feedback": f} for i, f in feedback.items()})
    assert session.status == "awaiting_review" and session.pending["round"] == 2
    return session, {i["id"]: i for i in session.pending["items"]}


def numbers(text: str) -> list[str]:
    return re.findall(r"(?<![A-Za-z])\d[\d.,]*", text)


def test_shorter_drops_clauses_never_facts_and_says_by_how_much(tmp_path: Path) -> None:
    session, items = regenerate(tmp_path, {"summary-1-1": "Too long, make it shorter"})
    item = items["summary-1-1"]
    before, after = len(item["original"].split()), len(item["draft"].split())
    assert after < before
    assert item["feedback_note"] == f"shortened from {before} to {after} words"
    assert numbers(item["draft"]) == numbers(item["original"])  # 8 years, 2.3 TB
    for fact in ("PostgreSQL", "BigQuery", "Python", "Kubernetes"):
        assert fact in item["draft"]
    assert item["qa"]["passed"]
    session.decide({})
    row = next(i for i in session.report()["items"] if i["id"] == "summary-1-1")
    assert row["final"] == item["draft"] and row["feedback_note"] == item["feedback_note"]
    from cvtailor.writers.review import render_review_html

    assert f"feedback: {item['feedback_note']}" in render_review_html(session.report())


def test_keep_my_wording_gives_the_original_back(tmp_path: Path) -> None:
    _, items = regenerate(tmp_path, {"experience-1-4": "Please use my original wording",
                                     "experience-1-3": "keep my wording"})
    # Round 1 had named CI/CD next to Jenkins; the person's own words come back.
    assert items["experience-1-4"]["draft"] == items["experience-1-4"]["original"]
    assert items["experience-1-4"]["feedback_note"] == "kept your wording"
    # ... with at most the JD's spellings of what it already names (k8s, GCP).
    three = items["experience-1-3"]
    assert three["draft"] == three["original"].replace("k8s", "Kubernetes").replace(
        "GCP", "Google Cloud")
    assert three["feedback_note"].startswith("kept your wording (JD spelling: ")


def test_more_formal_spells_out_contractions_and_casual_words(tmp_path: Path) -> None:
    cv = CV_MD.read_text(encoding="utf-8")
    line = next(x for x in cv.splitlines() if x.startswith("- Cut p95 latency"))
    path = tmp_path / "cv.md"
    path.write_text(cv.replace(line, "- " + CASUAL), encoding="utf-8")
    _, items = regenerate(tmp_path, {"experience-1-2": "this sounds too casual"}, cv=path)
    item = items["experience-1-2"]
    assert "didn't" not in item["draft"] and "did not need" in item["draft"]
    assert " guys" not in item["draft"] and "colleagues" in item["draft"]
    assert "many pager noise" in item["draft"] and "&" not in item["draft"]
    assert numbers(item["draft"]) == numbers(item["original"])
    assert item["feedback_note"].startswith("more formal: 'didn't' -> 'did not'")
    assert item["qa"]["passed"]


def test_mention_x_only_when_the_item_evidences_it(tmp_path: Path) -> None:
    _, items = regenerate(tmp_path, {"experience-1-4": "could you mention test automation?",
                                     "experience-1-2": "Mention Terraform",
                                     "experience-2-3": "more formal and highlight Kubernetes"})
    shown = items["experience-1-4"]
    assert "test automation" in shown["draft"] and shown["qa"]["passed"]
    assert shown["feedback_note"] == "mentioned test automation"
    refused = items["experience-1-2"]
    assert "Terraform" not in refused["draft"]
    assert refused["feedback_note"] == "Terraform is not evidenced by this item; not added"
    both = items["experience-2-3"]
    assert "Kubernetes" not in both["draft"]
    assert both["feedback_note"] == ("Kubernetes is not evidenced by this item; not added; "
                                     "already formal: no contractions or casual words to change")


def test_feedback_it_cannot_follow_gets_the_conservative_version_and_says_so(
        tmp_path: Path) -> None:
    _, items = regenerate(tmp_path, {"skills-1-3": "hmm, not sure about this one"})
    item = items["skills-1-3"]
    assert "cannot follow this request" in item["feedback_note"]
    assert "CI/CD" not in item["draft"]  # no added terms: the JD's spellings only
    assert "Kubernetes" in item["draft"]


@pytest.mark.parametrize("text,expected", [
    ("make it shorter", (True, False, False, [])),
    ("TOO LONG", (True, False, False, [])),
    ("more concise please", (True, False, False, [])),
    ("Use my original wording", (False, True, False, [])),
    ("revert", (False, True, False, [])),
    ("don't change my text", (False, True, False, [])),
    ("More formal", (False, False, True, [])),
    ("a bit too informal", (False, False, True, [])),
    ("mention Kafka", (False, False, False, ["Kafka"])),
    ("Could you Mention Kafka here?", (False, False, False, ["Kafka"])),
    ("Shorter, and include stakeholder management.", (True, False, False,
                                                      ["stakeholder management"])),
    ("Please highlight Kubernetes and make it shorter", (True, False, False, ["Kubernetes"])),
    ("great job", (False, False, False, [])),
])
def test_feedback_is_parsed_robustly(text: str, expected: tuple[Any, ...]) -> None:
    request = parse_feedback(text)
    assert (request.shorter, request.keep_wording, request.formal, request.mention) == expected
    assert request.understood == any(expected)
