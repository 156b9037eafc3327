"""Why the gap interview misses what it misses: totals per labelled set, no case's detail.

For every case of a set it runs the interview with the simulated truthful user
(simulated_user.py, every round answered) and sorts each evidenced requirement whose JD term
is not in the tailored CV by what happened to it:

- not_asked: no question was about it (the budget ran out, or a question about a sibling term
  of the same JD sentence was asked instead);
- described_not_labelled: asked as a describe question; the answer was not labelled with the
  term, and no follow-up confirmed it;
- confirmed_other_term: the person said yes to a term other than the labelled ones;
- confirm_described: a confirm question quoted other lines, so the person described instead.

It also counts the questions by what the labels say about them (about an evidenced
requirement, an unevidenced one, or one the labels do not know) and how many cases asked all
`max_questions`. Questions about an evidenced requirement are split further: how many were
about one the tailored CV surfaces without the interview (`questions_on_surfaced`: the
sentence also asked for something else), and how many asked again about one a question had
already asked about (`questions_repeat`, follow-ups included). Totals only, so a held-out set can be diagnosed without reading its cases.

Usage: python tests/benchmarks/interview_misses.py [--cases-dir tests/benchmarks/SET]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from quality import CASES, _surfaced
from simulated_user import _norm, answer, match_truth, run_interview

import cvtailor
from cvtailor.context import Context


def misses(folder: Path) -> tuple[Counter[str], int]:
    """The miss and question counts of one case, and how many questions it asked."""
    truth: dict[str, Any] = json.loads((folder / "truth.json").read_text())
    run = run_interview(folder / truth["cv"], folder / truth["jd"], truth, {})
    markdown = run["result"].markdown
    auto = cvtailor.tailor(folder / truth["cv"], folder / truth["jd"]).markdown
    counts: Counter[str] = Counter()
    asked: dict[str, list[tuple[str, str]]] = {}
    for question in run["questions"]:
        found = match_truth(question, truth)
        counts["questions_" + (found[0] if found else "unlabelled")] += 1
        if found and found[0] == "evidenced":
            if _surfaced(auto, found[1]):
                counts["questions_on_surfaced"] += 1
            elif found[1]["requirement"] in asked:
                counts["questions_repeat"] += 1
        if found:
            asked.setdefault(found[1]["requirement"], []).append(
                (question["kind"], answer(question, truth)))
    for entry in truth["evidenced"]:
        if _surfaced(markdown, entry):
            counts["surfaced"] += 1
            continue
        rows = asked.get(entry["requirement"], [])
        if not rows:
            counts["not_asked"] += 1
            counts["not_asked_" + _why_not_asked(entry, run)] += 1
        elif any(kind == "describe" for kind, _ in rows):
            counts["described_not_labelled"] += 1
        elif any(text == "yes" for _, text in rows):
            counts["confirmed_other_term"] += 1
        else:
            counts["confirm_described"] += 1
    return counts, len(run["questions"])


def _why_not_asked(entry: dict[str, Any], run: dict[str, Any]) -> str:
    """Why no question was about an evidenced requirement: no requirement of the report names
    its JD terms (`no_requirement`), the one that does counts as matched (`matched`), a question
    about that requirement asked about another of its terms (`sibling`), or none was asked about
    that requirement (`unasked`: the budget went elsewhere, or its term was judged weak)."""
    terms = [_norm(t) for t in entry["jd_terms"] if _norm(t)]
    rows = [r for r in run["result"].report.get("requirements", [])
            if any(t in _norm(r["text"]) or any(t == _norm(k) for k in r["keywords"])
                   for t in terms)]
    if not rows:
        return "no_requirement"
    if all(r.get("status") == "matched" for r in rows):
        return "matched"
    ids = {str(q.get("requirement_id")) for q in run["questions"]}
    return "sibling" if any(r.get("id") in ids for r in rows) else "unasked"


def main() -> int:
    """Print the totals of one set as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases-dir", type=Path, default=CASES)
    args = parser.parse_args()
    total: Counter[str] = Counter()
    asked: list[int] = []
    for folder in sorted(p for p in args.cases_dir.iterdir() if (p / "truth.json").exists()):
        counts, questions = misses(folder)
        total.update(counts)
        asked.append(questions)
    budget = Context().max_questions
    print(json.dumps({"set": args.cases_dir.name, "cases": len(asked), **dict(sorted(
        total.items())), "questions": sum(asked), "cases_at_max": sum(
            n >= budget for n in asked)}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
