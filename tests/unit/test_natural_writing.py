"""The offline engine writes like a person, on every labelled case of every set (tuned and
held-out alike: these are guarantees, not tuned figures; auto-approved, semantic off): no JD
term appended in brackets, no template sentence, no word written twice in a row, no credential
the CV only works towards, no quantified bullet moved below an unquantified one; and a CV that
already covers its JD (tests/fixtures/perfect_match/) stays as it was. One tailoring per case
(~0.1 s each)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from cvtailor import Session
from cvtailor.checks.fabrication import unheld_credentials
from cvtailor.models import SectionKind, StructuredCV
from cvtailor.nodes.assemble import quantified
from cvtailor.storage.session_store import SessionStore
from cvtailor.text.vocabulary import default_vocabulary
from cvtailor.text.wordforms import spelled_out

ROOT = Path(__file__).resolve().parents[1]
CASES = sorted(p for name in ("cases", "holdout", "blind", "blind2", "blind3", "blind4",
                                "blind5", "blind6", "blind7", "blind8", "blind9", "blind10",
                                "blind11", "blind12", "blind13", "blind14", "blind15",
                                "blind16", "blind17")
               for p in (ROOT / "benchmarks" / name).iterdir() if (p / "truth.json").exists())
PERFECT = sorted(p for p in (ROOT / "fixtures" / "perfect_match").iterdir()
                 if (p / "truth.json").exists())
TEMPLATES = [
    r"strengths relevant to",
    r"relevant to this role",
    r"\bwith experience in\b",
    r"\bexperience in (?:a |an )?(?:bachelor|master|associate|doctor|ph\.?d|mba|degree|"
    r"cpa|pmp|cfa|certif)",
    r"\bproven track record\b",
    r"\bresults-driven\b",
    r"\bcore competencies include\b",
    r"\bkey strengths\b",
]
_BRACKETED = re.compile(r"\(([^()]{1,60})\)")


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    store = SessionStore(tmp_path_factory.mktemp("natural") / "s.sqlite")
    out: dict[str, dict[str, Any]] = {}
    try:
        for folder in CASES + PERFECT:
            truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
            session = Session.start(folder / truth["cv"], folder / truth["jd"], store=store,
                                    auto_approve=True, semantic=False,
                                    session_id=f"{folder.parent.name}-{folder.name}")
            values, result = session.values, session.result()
            out[f"{folder.parent.name}/{folder.name}"] = {
                "truth": truth, "cv": values["cv"], "final": values["final_cv"],
                "job": values["job"], "report": result.report, "markdown": result.markdown,
            }
    finally:
        store.close()
    return out


def new_lines(run: dict[str, Any]) -> list[tuple[str, str]]:
    """(original, written) for every item line the tailoring changed or added."""
    before = {i.id: i.original for i in run["cv"].items()}
    return [(before.get(i.id, ""), i.text) for i in run["final"].items()
            if i.text != before.get(i.id, "")]


def jd_terms(run: dict[str, Any]) -> set[str]:
    job = run["job"]
    return {k.lower() for r in job.requirements for k in r.keywords} | {
        s.lower() for s in job.skills}


def test_every_case_ran(runs: dict[str, dict[str, Any]]) -> None:
    assert len(runs) == len(CASES) + len(PERFECT) >= 10
    assert all(r["report"]["status"] == "completed" for r in runs.values())


def test_no_jd_term_is_appended_in_brackets(runs: dict[str, dict[str, Any]]) -> None:
    vocab = default_vocabulary()
    found = []
    for name, run in runs.items():
        terms = jd_terms(run)
        for original, text in new_lines(run):
            for m in _BRACKETED.finditer(text):
                inner = m.group(1).strip()
                is_term = inner.lower() in terms or vocab.canonical(inner) is not None or any(
                    vocab.canonical(p.strip()) for p in re.split(r",| and ", inner) if p.strip())
                if is_term and m.group(0) not in original and not _spelled_out(inner, original,
                                                                              text[:m.start()]):
                    found.append(f"{name}: {text}")
    assert not found, "\n".join(found)


def _spelled_out(short: str, original: str, before: str) -> bool:
    """The CV's own short form, now after the words it stands for ("passed IPM economic
    thresholds" -> "passed integrated pest management (IPM) economic thresholds"): the
    term is written out, not appended."""
    return re.search(rf"(?<![\w-]){re.escape(short)}(?![\w-])", original) is not None \
        and spelled_out(before.rstrip(), short.rstrip("s")) is not None


_REPEATED = re.compile(r"\b([A-Za-z]{2,})\s+\1\b", re.IGNORECASE)


def test_no_word_is_written_twice_in_a_row(runs: dict[str, dict[str, Any]]) -> None:
    """A term worked into a line shares the words the line has ("acute care" + "care nursing
    experience" -> "acute care nursing experience", not "acute care care ...")."""
    found = [f"{name}: {text}" for name, run in runs.items()
             for original, text in new_lines(run)
             if _REPEATED.search(text) and not _REPEATED.search(original)]
    assert not found, "\n".join(found)


def test_no_template_sentences(runs: dict[str, dict[str, Any]]) -> None:
    found = [f"{name}: {text}" for name, run in runs.items() for _, text in new_lines(run)
             for pattern in TEMPLATES if re.search(pattern, text, re.IGNORECASE)]
    assert not found, "\n".join(found)


def test_no_credential_the_cv_only_works_towards(runs: dict[str, dict[str, Any]]) -> None:
    vocab = default_vocabulary()
    found = []
    for name, run in runs.items():
        evidence = "\n".join([*(i.original for i in run["cv"].items() if i.original),
                              *(e.heading for s in run["cv"].sections for e in s.entries)])
        for _, text in new_lines(run):
            unheld = unheld_credentials(text, evidence, vocab)
            if unheld:
                found.append(f"{name}: {unheld} in {text!r}")
        for credential in run["truth"].get("credentials_not_held", []):
            assert credential not in run["report"]["key_qualifications"], name
    assert not found, "\n".join(found)


def _bullets(cv: StructuredCV) -> dict[str, list[tuple[str, str]]]:
    return {e.id: [(i.id, i.text) for i in e.items] for s in cv.sections
            if s.kind in (SectionKind.EXPERIENCE, SectionKind.PROJECTS) for e in s.entries}


def test_a_quantified_bullet_never_moves_below_an_unquantified_one(
    runs: dict[str, dict[str, Any]]
) -> None:
    found = []
    for name, run in runs.items():
        after = _bullets(run["final"])
        for entry, items in _bullets(run["cv"]).items():
            order = [i for i, _ in after.get(entry, [])]
            for n, (upper, upper_text) in enumerate(items):
                for lower, lower_text in items[n + 1:]:
                    if (quantified(upper_text) and not quantified(lower_text)
                            and upper in order and lower in order
                            and order.index(upper) > order.index(lower)):
                        found.append(f"{name}: {upper} fell below {lower}")
    assert not found, "\n".join(found)


@pytest.mark.parametrize("folder", PERFECT, ids=lambda p: p.name)
def test_a_cv_that_already_covers_its_jd_stays_as_it_was(
    runs: dict[str, dict[str, Any]], folder: Path
) -> None:
    run = runs[f"{folder.parent.name}/{folder.name}"]
    assert run["report"]["diff"]["line_similarity"] >= 0.8
    facts = [f for values in run["truth"]["facts"].values() for f in values]
    assert [f for f in facts if f not in run["markdown"]] == []


@pytest.mark.semantic
@pytest.mark.parametrize("folder", PERFECT, ids=lambda p: p.name)
def test_with_semantic_search_a_covering_cv_claims_nothing(folder: Path) -> None:
    """The default run (semantic search on) of a CV that already covers its JD: a strong
    similarity once wrote "Census Bureau data" into a line about survey data."""
    from cvtailor import tailor

    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    original = (folder / truth["cv"]).read_text(encoding="utf-8")
    result = tailor(folder / truth["cv"], folder / truth["jd"])

    def count(text: str, term: str) -> int:
        return len(re.findall(rf"(?<![A-Za-z0-9]){re.escape(term)}(?![A-Za-z0-9])", text,
                              flags=re.IGNORECASE))

    claimed = [u["requirement"] for u in truth["unevidenced"]
               if any(count(result.markdown, k) > count(original, k) for k in u["keywords"])]
    assert claimed == []
    assert result.report["diff"]["line_similarity"] >= 0.8
