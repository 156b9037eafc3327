"""A small model that drifts (cvtailor.testing.DriftChatModel) through the whole graph: the guard
catches every drift, an item whose model drafts all fail gets the offline draft, and the CV
claims nothing the truth labels call unevidenced and loses no fact. The full measurement is
`python tests/benchmarks/quality.py --engine drift`."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from langchain_core.messages import HumanMessage, SystemMessage

import cvtailor
from cvtailor.checks.fabrication import check_draft
from cvtailor.models import Draft
from cvtailor.testing import DriftChatModel, use_chat_model
from cvtailor.text.vocabulary import default_vocabulary

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"
# One case where, before the guard knew the JD's own terms, the drifting model got an
# unevidenced requirement into the CV ("healthcare finance"), and one where the guard replaces
# many drafts (skills lines with tools left out, JD lines pasted in) by the offline ones.
CASES = [BENCH / "cases" / "fpa_analyst_to_finance_manager",
         BENCH / "cases" / "fullstack_engineer_to_backend_engineer"]


def _count(text: str, term: str) -> int:
    return len(re.findall(rf"(?<![A-Za-z0-9]){re.escape(term)}(?![A-Za-z0-9])", text, re.I))


def _measure(folder: Path, settings: dict[str, Any]) -> dict[str, Any]:
    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    original = (folder / truth["cv"]).read_text(encoding="utf-8")
    result = cvtailor.tailor(folder / truth["cv"], folder / truth["jd"], interview=False,
                             **settings)
    text = result.markdown
    terms = [list(e.get("jd_terms") or e["keywords"][:1]) for e in truth["evidenced"]]
    return {
        "status": result.status,
        "claimed": [u["requirement"] for u in truth["unevidenced"]
                    if any(_count(text, k) > _count(original, k) for k in u["keywords"])],
        "lost": [f for values in truth["facts"].values() for f in values if f not in text],
        "recall": sum(any(_count(text, t) for t in ts) for ts in terms),
        "items": result.report["items"],
        "markdown": text, "original": original,
    }


@pytest.mark.parametrize("folder", CASES, ids=[c.name for c in CASES])
def test_a_drifting_model_claims_nothing_and_loses_nothing(folder: Path) -> None:
    model = DriftChatModel(seed=0)
    drift = _measure(folder, use_chat_model(model, "drift", llm_cache="off"))
    offline = _measure(folder, {"engine": "offline"})
    assert drift["status"] == "completed"
    assert len(model.drifted) >= 5  # the model did drift ...
    assert drift["claimed"] == [] and drift["lost"] == []  # ... and none of it got through
    assert drift["recall"] >= offline["recall"]
    for credential in model.cv_credentials:  # "CPA candidate" never became "CPA"
        assert _count(drift["markdown"], credential) <= _count(drift["original"], credential)
    # The model wrote some items as they are, and the guard sent others to the offline engine.
    engines = {i["engine"] for i in drift["items"] if i["draft"] is not None}
    assert "drift:drift" in engines and "offline" in engines
    fallback = [i for i in drift["items"] if i["status"] == "generated_fallback"]
    assert all("offline engine wrote it" in (i.get("error") or "") or i["engine"] == "offline"
               for i in fallback)


def test_the_drift_is_deterministic_and_always_valid_structured_output() -> None:
    def ask(seed: int, item: str) -> dict[str, Any]:
        model = DriftChatModel(seed=seed, drift_rate=1.0,
                               job_terms=["Kubernetes", "stakeholder management"],
                               job_lines=["Lead vendor negotiations across EMEA"])
        system = SystemMessage("Work these JD keywords in where the evidence supports them, "
                               "spelled as given: PostgreSQL.\n")
        user = HumanMessage(f'Section: experience\n<data name="item" id="e-1" type="bullet">\n'
                            f"{item}\n</data>\n<data name=\"evidence_items\">\n"
                            f'[{{"id": "e-1", "text": "{item}"}}]\n</data>\nReturn the Rewrite.')
        return model.answer("Rewrite", [system, user])

    item = "Cut Postgres query latency by 40% for 12 teams at Lumen Freight"
    first = [ask(seed, item)["text"] for seed in range(12)]
    assert first == [ask(seed, item)["text"] for seed in range(12)]  # seeded, not random
    assert len(set(first)) > 3 and all(t.strip() for t in first)
    assert ask(0, "CPA candidate; passed 2 of 4 CPA exam sections")["evidence"] == ["e-1"]


@pytest.mark.parametrize("original,draft,code", [
    # a number or a name of the original left out
    ("Cut Postgres query latency by 40% at Lumen Freight", "Cut PostgreSQL query latency by 40%",
     "dropped_fact"),
    ("| Cloud | AWS (Lambda, SQS), Docker, Datadog |", "| Cloud | AWS, Docker |", "dropped_fact"),
    # a JD term the evidence does not show, though it is not in the vocabulary
    ("Ran weekly huddles for 9 nurses", "Ran weekly huddles for 9 nurses on ventilator "
     "management", "unsupported_term"),
    # the JD's phrasing pasted in as the item
    ("Ran weekly huddles for 9 nurses", "Partner with clinical educators to design onboarding "
     "curricula for 9 nurses", "unsupported_wording"),
    # a new key qualification that is not the term planned for it
    ("", "Production experience", "off_plan"),
])
def test_the_guard_catches_each_drift(original: str, draft: str, code: str) -> None:
    evidence = original or "Production deploys of the ICU huddle tracker; Python experience"
    result = check_draft(Draft(item_id="e-1", text=draft, original=original), [evidence],
                         default_vocabulary(), planned_keywords=["Python"],
                         job_terms=["ventilator management", "onboarding"])
    assert not result.passed
    assert code in {i.code for i in result.issues}


def test_a_respelling_or_an_opener_is_not_a_drop() -> None:
    original = "Responsible for Postgres backups at Lumen Freight (Django, FastAPI)"
    draft = "Owned PostgreSQL backups at Lumen Freight (Django, FastAPI)"
    result = check_draft(Draft(item_id="e-1", text=draft, original=original), [original],
                         default_vocabulary(), planned_keywords=["PostgreSQL"],
                         job_terms=["PostgreSQL", "Kubernetes"])
    assert result.passed, result.issues


@pytest.mark.parametrize("original", [
    "Passed 2 of 4 CPA exam sections while working full time",
    "Payroll lead; CPP candidate",
    "CPP candidate (exam scheduled March 2026)",
])
def test_a_credential_not_held_yet_is_never_claimed(original: str) -> None:
    import random

    from cvtailor.testing import _drift

    claimed = _drift("credential", original, random.Random(0), [], [], original)
    assert claimed and claimed != original
    result = check_draft(Draft(item_id="e-1", text=claimed, original=original), [original],
                         default_vocabulary())
    assert "unheld_credential" in {i.code for i in result.issues}
