"""Quality benchmark: truthful and tailored, measured on labelled cases.

For every case in tests/benchmarks/cases/<name>/ (cv.*, jd.*, truth.json) it tailors the CV
auto-approved and prints JSON per case and overall:

- jd_spelling_before/after: the same, counting only the JD's own spelling (the first keyword):
  what a recruiter's search or an ATS matches.
- recall_after: evidenced requirements surfaced in the tailored CV (a JD keyword or synonym
  from truth.json present in the text); recall_before: the same on the original CV, so the
  effect of tailoring is visible (a tailoring that changes nothing scores recall_before).
- unevidenced_claimed: unevidenced requirements whose keywords appear more often in the
  tailored CV than in the original (must be 0).
- held_claimed: the ad's held things (a requirement keyword naming a degree, a credential, a
  licence, a clearance or a record) the tailored CV names more often than the original, that
  no answer of the person says and no "yes" of theirs confirmed, whatever the labels say
  (must be 0).
- facts_preserved: employers, titles, date ranges, degrees, institutions and numbers from
  truth.json found verbatim in the tailored CV (must be all, but those only a line of personal
  data holds: a date of birth, a national ID or a street address leaves the CV by default, and
  the report says so; `facts_left_out_personal` lists them, `facts_lost` what is left).
- line_similarity: how much of the CV reads as it did — difflib ratio of the item lines
  before and after, in order (report.json `diff.line_similarity`); a CV that already covers
  its JD should stay near 1.0 (tests/fixtures/perfect_match/).
- items_changed, length_ratio, coverage before/after (report.json), seconds.

- jd_recall_before/after: evidenced requirements with one of the JD's own terms ("jd_terms",
  else the first keyword) in the CV — what the issue calls evidenced recall; split by
  truth.json's `paraphrase` (`jd_recall_paraphrase_*`: the CV evidences it in other words;
  `jd_recall_spelled_*`: its evidence line already has a JD term). Cases without the label
  get it computed: the evidence line holds none of the JD terms.
- With --interview: the run stops for the gap interview and a simulated truthful user
  (simulated_user.py, answering only from truth.json) answers it; adds questions asked,
  requirements recovered by the interview (JD term absent without it, present with it) and
  how many of those landed in the item that evidences them.

--engine drift: the LLM engine on `cvtailor.testing.DriftChatModel` (a small model that adds
unevidenced terms, inflates and drops numbers, drops names, promotes "candidate" to the
credential and pastes the JD's phrasing), and the offline engine on the same cases; per set
(cases, holdout, blind, or --cases-dir) it prints unevidenced claims, facts lost and JD-term
recall of both, the drifts the model made and what became of the items it wrote.

Usage: python tests/benchmarks/quality.py [--engine offline] [--case NAME] [--markdown]
       python tests/benchmarks/quality.py --engine drift [--seed N] [--cases-dir DIR]
           [--guard-off _new_job_terms,offline_instead]   # ablation: what each part catches
       python tests/benchmarks/quality.py --cases-dir tests/benchmarks/holdout
       python tests/benchmarks/quality.py --interview [--cases-dir tests/benchmarks/blind]
       python tests/benchmarks/quality.py --cases-dir tests/fixtures/perfect_match
Not a test: it prints numbers; nothing here asserts or times out.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path
from typing import Any

CASES = Path(__file__).parent / "cases"


def _count(text: str, term: str) -> int:
    pattern = rf"(?<![A-Za-z0-9]){re.escape(term)}(?![A-Za-z0-9])"
    return len(re.findall(pattern, text, flags=re.IGNORECASE))


def _cv_text(path: Path) -> str:
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        values: list[str] = []

        def walk(node: Any) -> None:
            if isinstance(node, dict):
                for v in node.values():
                    walk(v)
            elif isinstance(node, list):
                for v in node:
                    walk(v)
            elif node is not None:
                values.append(str(node))

        walk(json.loads(raw))
        return "\n".join(values)
    return raw


def _jd_terms(entry: dict[str, Any]) -> list[str]:
    return list(entry.get("jd_terms") or entry["keywords"][:1])


def _left_out_lines(original: str, report: dict[str, Any]) -> list[str]:
    """The CV's lines the report says were left out as personal data (by default)."""
    from cvtailor.checks.fabrication import PII_REMOVED_BY_DEFAULT, pii_findings

    if not any(p.get("action") == "left out" for p in report.get("privacy") or []):
        return []
    return [line for line in original.splitlines()
            if any(kind in PII_REMOVED_BY_DEFAULT for kind, _ in pii_findings(line))]


def _surfaced(text: str, entry: dict[str, Any]) -> bool:
    return any(_count(text, t) for t in _jd_terms(entry))


def _paraphrase(entry: dict[str, Any]) -> bool:
    if "paraphrase" in entry:
        return bool(entry["paraphrase"])
    return not _surfaced(entry["evidence"], entry)


def _ratio(text: str, rows: list[dict[str, Any]]) -> float | None:
    return round(sum(_surfaced(text, e) for e in rows) / len(rows), 3) if rows else None


# The kind and level words of a held thing ("licence", "certification", "bachelor's degree"):
# what is left names what is held ("CIEH-accredited" of "CIEH-accredited degree").
_KIND = re.compile(r"\b(?:licen[cs]\w*|certificat\w*|credentials?|registration|records?|"
                   r"checks?|clearances?|accredit\w*|qualifications?|degrees?|diplomas?|"
                   r"bachelor\w*|master\w*|associate\w*|doctora\w*|ph\.?d|tertiary|"
                   r"(?:post|under)?graduate)(?:['’]s)?\b",
                   re.IGNORECASE)


def held_claims(keywords: list[str], original: str, tailored: str, answers: str = "",
                yes_terms: set[str] | None = None) -> list[str]:
    """The ad's held things (a requirement keyword naming a degree, a credential, a licence, a
    clearance or a record) the tailored CV names more often than the original, that no answer
    of the person says and no "yes" of theirs confirmed, and whose name the CV does not have:
    what is left of the keyword without its kind and level words ("CIEH-accredited" of
    "CIEH-accredited degree"). A level alone ("Bachelor's degree" for a B.S.) is
    research/degrees' to decide, and tested there."""
    from cvtailor.research.interview import held_thing
    from cvtailor.text.jd_terms import content_stems

    own, said, yes = content_stems(original), answers.lower(), yes_terms or set()
    return sorted({k for k in keywords if held_thing(k)
                   and _count(tailored, k) > _count(original, k)
                   and k.lower() not in said and k.lower() not in yes
                   and not content_stems(_KIND.sub(" ", k)) <= own})


def _weighted(rows: list[dict[str, Any]], key: str, size: str) -> float | None:
    """A per-case ratio over all cases, each weighted by how many requirements it counts."""
    total = sum(r[size] for r in rows if r[key] is not None)
    hits = sum(r[key] * r[size] for r in rows if r[key] is not None)
    return round(hits / total, 3) if total else None


def run_case(folder: Path, settings: dict[str, Any], interview: bool = False) -> dict[str, Any]:
    import cvtailor

    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    cv_path, jd_path = folder / truth["cv"], folder / truth["jd"]
    original = _cv_text(cv_path)
    started = time.perf_counter()
    result = cvtailor.tailor(cv_path, jd_path, **settings)
    extra: dict[str, Any] = {}
    yes_terms: set[str] = set()
    if interview:
        from simulated_user import placed_right, run_interview

        auto = result.markdown
        run = run_interview(cv_path, jd_path, truth, settings)
        result = run["result"]
        recovered = [e for e in truth["evidenced"]
                     if not _surfaced(auto, e) and _surfaced(result.markdown, e)]
        placed = [e for e in recovered
                  if placed_right(e, run["items"], lambda text, t: _count(text, t) > 0)]
        yes_terms = {str(q.get("term") or "").lower() for q in run["questions"]
                     if run["answers"].get(q["id"], "").strip().lower().startswith("yes")}
        extra = {"questions": len(run["questions"]),
                 "recovered": len(recovered), "recovered_placed": len(placed),
                 "misplaced": [e["requirement"] for e in recovered if e not in placed],
                 "answers": run["answers"]}
    seconds = round(time.perf_counter() - started, 3)
    tailored = result.markdown

    evidenced = truth["evidenced"]
    before = [e for e in evidenced if any(_count(original, k) for k in e["keywords"])]
    after = [e for e in evidenced if any(_count(tailored, k) for k in e["keywords"])]
    jd_before = [e for e in evidenced if _count(original, e["keywords"][0])]
    jd_after = [e for e in evidenced if _count(tailored, e["keywords"][0])]
    claimed = [u["requirement"] for u in truth["unevidenced"]
               if any(_count(tailored, k) > _count(original, k) for k in u["keywords"])]
    said = " ".join(str(a) for a in extra.get("answers", {}).values())
    keywords = [k for r in result.report.get("requirements", []) for k in r.get("keywords", [])]
    held_claimed = held_claims(keywords, original, tailored, said, yes_terms)
    facts = [(kind, f) for kind, values in truth["facts"].items() for f in values]
    # a date of birth, a national ID or a street address leaves the CV by default, and the
    # report says so (`privacy`): a fact only such a line holds ("Date of birth: 14 March
    # 1992") is left out on purpose, counted apart, never lost unseen
    private = _left_out_lines(original, result.report)
    public = [line for line in original.splitlines() if line not in private]
    missing = [(kind, f) for kind, f in facts if f not in tailored]
    left_out = [f"{kind}: {f}" for kind, f in missing if any(f in line for line in private)
                and not any(f in line for line in public)]
    lost = [f"{kind}: {f}" for kind, f in missing if f"{kind}: {f}" not in left_out]
    jd_recall_before = [e for e in evidenced if _surfaced(original, e)]
    jd_recall_after = [e for e in evidenced if _surfaced(tailored, e)]
    para = [e for e in evidenced if _paraphrase(e)]
    spelled = [e for e in evidenced if not _paraphrase(e)]
    report = result.report
    return {
        "case": folder.name,
        "status": result.status,
        "evidenced": len(evidenced),
        "jd_recall_before": round(len(jd_recall_before) / len(evidenced), 3),
        "jd_recall_after": round(len(jd_recall_after) / len(evidenced), 3),
        "jd_not_surfaced": [e["requirement"] for e in evidenced if e not in jd_recall_after],
        "paraphrase": len(para),
        "jd_recall_paraphrase_before": _ratio(original, para),
        "jd_recall_paraphrase_after": _ratio(tailored, para),
        "spelled": len(spelled),
        "jd_recall_spelled_before": _ratio(original, spelled),
        "jd_recall_spelled_after": _ratio(tailored, spelled),
        "recall_before": round(len(before) / len(evidenced), 3) if evidenced else None,
        "recall_after": round(len(after) / len(evidenced), 3) if evidenced else None,
        "not_surfaced": [e["requirement"] for e in evidenced if e not in after],
        "jd_spelling_before": round(len(jd_before) / len(evidenced), 3) if evidenced else None,
        "jd_spelling_after": round(len(jd_after) / len(evidenced), 3) if evidenced else None,
        "unevidenced": len(truth["unevidenced"]),
        "unevidenced_claimed": claimed,
        "held_claimed": held_claimed,
        "facts": len(facts),
        "facts_preserved": len(facts) - len(lost) - len(left_out),
        "facts_lost": lost,
        "facts_left_out_personal": left_out,
        "items_changed": (report.get("diff") or {}).get("items_changed"),
        "items_total": (report.get("diff") or {}).get("items_total"),
        "items_added": (report.get("diff") or {}).get("items_added"),
        "line_similarity": (report.get("diff") or {}).get("line_similarity"),
        "length_ratio": round(len(tailored) / max(1, len(original)), 3),
        "coverage": report.get("coverage"),
        "seconds": seconds,
        **extra,
    }


def summarise(rows: list[dict[str, Any]]) -> dict[str, Any]:
    evidenced = sum(r["evidenced"] for r in rows)
    return {
        "cases": len(rows),
        "evidenced_requirements": evidenced,
        "recall_before": round(sum(r["recall_before"] * r["evidenced"] for r in rows)
                               / evidenced, 3),
        "recall_after": round(sum(r["recall_after"] * r["evidenced"] for r in rows)
                              / evidenced, 3),
        "jd_spelling_before": round(sum(r["jd_spelling_before"] * r["evidenced"] for r in rows)
                                    / evidenced, 3),
        "jd_spelling_after": round(sum(r["jd_spelling_after"] * r["evidenced"] for r in rows)
                                   / evidenced, 3),
        "jd_recall_before": round(sum(r["jd_recall_before"] * r["evidenced"] for r in rows)
                                  / evidenced, 3),
        "jd_recall_after": round(sum(r["jd_recall_after"] * r["evidenced"] for r in rows)
                                 / evidenced, 3),
        "paraphrase_requirements": sum(r["paraphrase"] for r in rows),
        **{f"jd_recall_{part}_{when}": _weighted(rows, f"jd_recall_{part}_{when}", part)
           for part in ("paraphrase", "spelled") for when in ("before", "after")},
        **({"questions_max": max(r["questions"] for r in rows),
            "questions_total": sum(r["questions"] for r in rows),
            "recovered": sum(r["recovered"] for r in rows),
            "recovered_placed": sum(r["recovered_placed"] for r in rows)}
           if rows and "questions" in rows[0] else {}),
        "unevidenced_requirements": sum(r["unevidenced"] for r in rows),
        "unevidenced_claimed": sum(len(r["unevidenced_claimed"]) for r in rows),
        "held_claimed": sum(len(r["held_claimed"]) for r in rows),
        "facts": sum(r["facts"] for r in rows),
        "facts_preserved": sum(r["facts_preserved"] for r in rows),
        "facts_left_out_personal": sum(len(r["facts_left_out_personal"]) for r in rows),
        "items_changed": sum(r["items_changed"] or 0 for r in rows),
        "items_total": sum(r["items_total"] or 0 for r in rows),
        "line_similarity_mean": round(sum(r["line_similarity"] or 0.0 for r in rows)
                                      / max(1, len(rows)), 3),
        "line_similarity_min": min((r["line_similarity"] or 0.0 for r in rows), default=None),
        "seconds_total": round(sum(r["seconds"] for r in rows), 2),
    }


def markdown_table(rows: list[dict[str, Any]], overall: dict[str, Any]) -> str:
    lines = ["| case | recall before -> after | JD spelling before -> after | "
             "unevidenced claimed | facts kept | items changed | lines kept | length |",
             "|---|---|---|---|---|---|---|---|"]
    for r in rows:
        lines.append(
            f"| {r['case']} | {r['recall_before']:.2f} -> {r['recall_after']:.2f} | "
            f"{r['jd_spelling_before']:.2f} -> {r['jd_spelling_after']:.2f} | "
            f"{len(r['unevidenced_claimed'])}/{r['unevidenced']} | "
            f"{r['facts_preserved']}/{r['facts']} | {r['items_changed']}/{r['items_total']} "
            f"(+{r['items_added']}) | {r['line_similarity'] or 0:.2f} | {r['length_ratio']:.2f}x |")
    o = overall
    lines.append(f"| **all {o['cases']}** | **{o['recall_before']:.2f} -> "
                 f"{o['recall_after']:.2f}** | **{o['jd_spelling_before']:.2f} -> "
                 f"{o['jd_spelling_after']:.2f}** | **{o['unevidenced_claimed']}/"
                 f"{o['unevidenced_requirements']}** | **{o['facts_preserved']}/{o['facts']}**"
                 f" | {o['items_changed']}/{o['items_total']} | {o['line_similarity_mean']:.2f} | |")
    return "\n".join(lines)


SETS = {name: CASES.parent / name
        for name in ("cases", "holdout", "blind", "blind2", "blind3", "blind4", "blind5",
                     "blind6", "blind7", "blind8", "blind9", "blind10", "blind11",
                     "blind12", "blind13", "blind14", "blind15", "blind16",
                     "blind17")}


def drift_run(folder: Path, seed: int) -> dict[str, Any]:
    """One case tailored by the LLM engine on a DriftChatModel, with what the model drifted
    and how its items ended (kept, replaced by the offline draft, original kept)."""
    from cvtailor.testing import DriftChatModel, use_chat_model

    model = DriftChatModel(seed=seed)
    row = run_case(folder, use_chat_model(model, "drift", llm_cache="off",
                                          interview=False))
    kinds: dict[str, int] = {}
    for _, done, _ in model.drifted:
        for kind in done:
            kinds[kind] = kinds.get(kind, 0) + 1
    row["drifts"] = kinds
    row["drifted_answers"] = len(model.drifted)
    row["writer_calls"] = len(model.calls_for("Rewrite"))
    return row


def drift_compare(folder: Path, seed: int, case: list[str]) -> dict[str, Any]:
    """Offline and drift runs of every case of one set, side by side."""
    folders = sorted(p for p in folder.iterdir() if (p / "truth.json").exists())
    if case:
        folders = [f for f in folders if f.name in case]
    offline = [run_case(f, {"engine": "offline", "interview": False}) for f in folders]
    drift = [drift_run(f, seed) for f in folders]

    def totals(rows: list[dict[str, Any]]) -> dict[str, Any]:
        overall = summarise(rows)
        return {"unevidenced_claimed": overall["unevidenced_claimed"],
                "claims": [f"{r['case']}: {c}" for r in rows for c in r["unevidenced_claimed"]],
                "facts_lost": sum(len(r["facts_lost"]) for r in rows),
                "facts_left_out_personal": overall["facts_left_out_personal"],
                "lost": [f"{r['case']}: {f}" for r in rows for f in r["facts_lost"]],
                "jd_recall_after": overall["jd_recall_after"],
                "seconds": overall["seconds_total"]}

    kinds: dict[str, int] = {}
    for r in drift:
        for kind, n in r["drifts"].items():
            kinds[kind] = kinds.get(kind, 0) + n
    return {
        "cases": len(folders),
        "evidenced_requirements": sum(r["evidenced"] for r in offline),
        "unevidenced_requirements": sum(r["unevidenced"] for r in offline),
        "facts": sum(r["facts"] for r in offline),
        "offline": totals(offline),
        "drift": {**totals(drift), "writer_calls": sum(r["writer_calls"] for r in drift),
                  "drifted_answers": sum(r["drifted_answers"] for r in drift),
                  "drifts": kinds},
        "recall_drift_minus_offline": round(
            summarise(drift)["jd_recall_after"] - summarise(offline)["jd_recall_after"], 3),
        "per_case": [{"case": o["case"], "offline": o["jd_recall_after"],
                      "drift": d["jd_recall_after"], "drift_claims": d["unevidenced_claimed"],
                      "drift_lost": d["facts_lost"]} for o, d in zip(offline, drift, strict=True)],
    }


def switch_off(parts: str) -> None:
    """Ablation: the named checks of checks/fabrication.py find nothing, and
    `offline_instead` keeps the original text when every model draft fails QA."""
    from cvtailor.checks import fabrication
    from cvtailor.nodes import qa_item

    for name in filter(None, (p.strip() for p in parts.split(","))):
        if name == "offline_instead":
            qa_item.offline_instead = lambda *a, **k: None  # type: ignore[assignment]
        elif callable(getattr(fabrication, name, None)):
            setattr(fabrication, name, lambda *a, **k: [])
        else:
            raise SystemExit(f"--guard-off: no such part {name!r}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engine", default="offline")
    parser.add_argument("--case", action="append", default=[])
    parser.add_argument("--cases-dir", type=Path, default=CASES,
                        help="Folder of cases (tests/benchmarks/holdout is the held-out set).")
    parser.add_argument("--markdown", action="store_true", help="Also print the README table.")
    parser.add_argument("--interview", action="store_true",
                        help="Answer the gap interview with the simulated truthful user.")
    parser.add_argument("--seed", type=int, default=0, help="The drift model's seed.")
    parser.add_argument("--guard-off", default="", help=(
        "Ablation, with --engine drift: comma-separated guard parts to switch off "
        "(_dropped_names, _new_job_terms, _new_wording, _dropped_numbers, offline_instead)."))
    args = parser.parse_args()
    if args.engine == "drift":
        switch_off(args.guard_off)
        sets = ({args.cases_dir.name: args.cases_dir} if args.cases_dir != CASES else SETS)
        if args.case:  # only the sets that hold the cases asked for
            sets = {n: f for n, f in sets.items() if any((f / c).is_dir() for c in args.case)}
        print(json.dumps({"engine": "drift", "seed": args.seed,
                          "sets": {name: drift_compare(folder, args.seed, args.case)
                                   for name, folder in sets.items()}}, indent=2))
        return 0
    folders = sorted(p for p in args.cases_dir.iterdir() if (p / "truth.json").exists())
    if args.case:
        folders = [f for f in folders if f.name in args.case]
    rows = [run_case(f, {"engine": args.engine}, interview=args.interview) for f in folders]
    overall = summarise(rows)
    print(json.dumps({"engine": args.engine, "interview": args.interview, "cases": rows,
                      "overall": overall}, indent=2))
    if args.markdown:
        print(markdown_table(rows, overall), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
