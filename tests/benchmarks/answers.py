"""Described-answer benchmark: is a person's described answer *about* the requirement it was
asked for? Calibrates `research.answers.ABOUT_MIN` (the MiniLM cosine at which a described
practice is accepted as the person's claim of the requirement).

From every labelled case (truth.json) and the offline engine's own requirements of its JD
(each mapped to its labelled requirement as the simulated user does, `match_truth`):

- positive: an evidenced requirement and its labelled `answer` (what the truthful person says
  when asked to describe it);
- off_topic: the answer of requirement A offered to every other requirement B of the same JD
  (evidenced or not) — an answer that is not about B;
- sibling: for an unevidenced requirement with a `near_miss`, "At <role> I used <near_miss>
  ..." (a sibling named in its place);
- no_but: "No, but <answer of A>" offered to A and to every B (a hedged negative).

Scores: `cosine` (answer vs requirement sentence) and `margin` (that cosine minus the best
cosine of the answer with any other requirement of the JD). For each: AUC positive vs every
negative, and the zero-false-accept threshold (the lowest value above every negative pair)
with the positives it keeps, both over the pairs the cosine decides (`decided_by_cosine`:
the rule accepts the pair with a perfect cosine and rejects it without one — a practice the
vocabulary knows, not in the requirement's own words, naming nothing). `accepted` applies cvtailor's whole rule (`supported_term` with
the semantic check; an answer the person said, a named thing said, a subject the vocabulary
does not know and the two-content-words rule accept many off-topic pairs on their own), and
`accepted_by_cosine` counts the pairs only ABOUT_MIN accepted (negatives must be 0).
`by_subject` counts the pairs a subject the vocabulary does not know would take from the
answer without a cosine, and `by_subject_off_topic` those of them under OFF_TOPIC_BELOW, which
`supported_term` labels with nothing (positives there must be 0 on the tuned sets).

Usage: python tests/benchmarks/answers.py [--cases-dir tests/benchmarks/holdout]
Prints JSON. Not a test.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

CASES = Path(__file__).parent / "cases"
sys.path.insert(0, str(Path(__file__).parent))


def auc(pos: list[float], neg: list[float]) -> float | None:
    """Probability that a positive outscores a negative (ties count half)."""
    if not pos or not neg:
        return None
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return round(wins / (len(pos) * len(neg)), 3)


def load_pairs(folder: Path) -> list[dict[str, Any]]:
    """(answer, requirement) pairs of one case, labelled positive or by kind of negative."""
    from simulated_user import match_truth

    from cvtailor.engines.offline.jd_parser import parse_jd_text
    from cvtailor.readers import read_document
    from cvtailor.text.vocabulary import default_vocabulary

    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    job = parse_jd_text(read_document(folder / truth["jd"], kind="JD").text,
                        default_vocabulary())
    labelled = []  # (engine requirement, kind, truth entry)
    for req in job.requirements:
        found = match_truth({"requirement": req.text,
                             "term": req.keywords[0] if req.keywords else ""}, truth)
        if found is not None:
            labelled.append((req, found[0], found[1]))
    pairs: list[dict[str, Any]] = []
    others = [r.text for r, _, _ in labelled]

    target = {r.text: k for r, k, _ in labelled}

    def add(kind: str, answer: str, req: Any) -> None:
        pairs.append({"case": folder.name, "kind": kind, "answer": answer,
                      "target": target[req.text],
                      "requirement": req.text, "keywords": list(req.keywords),
                      "others": [t for t in others if t != req.text]})

    for req, kind, entry in labelled:
        if kind == "evidenced" and entry.get("answer"):
            add("positive", entry["answer"], req)
            add("no_but", f"No, but {entry['answer'][:1].lower()}{entry['answer'][1:]}", req)
        if kind == "unevidenced" and entry.get("near_miss"):
            role = truth["facts"]["employers"][0] if truth["facts"].get("employers") else "work"
            add("sibling", f"At {role} I used {entry['near_miss']} for this every week.", req)
        for other, _, other_entry in labelled:
            if other_entry is entry or other.text == req.text:
                continue
            if kind == "evidenced" and entry.get("answer"):
                add("off_topic", entry["answer"], other)
    return pairs


def score(pairs: list[dict[str, Any]]) -> None:
    """Cosine and margin of every pair, and whether cvtailor's rule accepts it."""
    from cvtailor.research.interview import supported_term
    from cvtailor.semantic.embeddings import cosines
    from cvtailor.text.vocabulary import default_vocabulary
    from cvtailor.text.wordforms import says

    vocab = default_vocabulary()
    texts = [(p["answer"], p["requirement"]) for p in pairs]
    best_other = [(p["answer"], t) for p in pairs for t in p["others"]]
    values = cosines(texts + best_other)
    direct, rest = values[:len(texts)], values[len(texts):]
    n = 0
    for p, value in zip(pairs, direct, strict=True):
        other = rest[n:n + len(p["others"])]
        n += len(p["others"])
        p["cosine"] = round(value, 4)
        p["margin"] = round(value - max(other, default=0.0), 4)
        def accepts(similarity: float | None, p: dict[str, Any] = p) -> bool:
            return bool(p["keywords"]) and not _declined(p["answer"]) and supported_term(
                p["keywords"], p["answer"], vocab, requirement=p["requirement"],
                similarity=similarity) is not None

        p["accepted"] = accepts(value)
        # the semantic check decides this pair: accepted with a perfect cosine, not without
        p["decided_by_cosine"] = accepts(1.0) and not accepts(None)
        # taken as the requirement's unknown subject (no cosine asked), unless off topic
        first = p["keywords"][0] if p["keywords"] else ""
        p["by_subject"] = bool(first) and vocab.canonical(first) is None and accepts(None) \
            and not any(says(p["answer"], k) for k in p["keywords"])


def _declined(text: str) -> bool:
    from cvtailor.research.interview import is_no

    return is_no(text)


def summary(pairs: list[dict[str, Any]], key: str) -> dict[str, Any]:
    """AUC and the zero-false-accept threshold of one score."""
    pos = [p[key] for p in pairs if p["kind"] == "positive"]
    out: dict[str, Any] = {}
    negatives = [p for p in pairs if p["kind"] != "positive"]
    out["auc_vs_off_topic"] = auc(pos, [p[key] for p in negatives if p["kind"] == "off_topic"])
    out["auc_vs_all"] = auc(pos, [p[key] for p in negatives])
    decided = [p for p in pairs if p["decided_by_cosine"]]
    pos = [p[key] for p in decided if p["kind"] == "positive"]
    neg = [p[key] for p in decided if p["kind"] != "positive"]
    out["decided_pairs"] = {"positive": len(pos), "negative": len(neg)}
    out["auc_decided"] = auc(pos, neg)
    top = max(neg, default=0.0)
    out["zero_false_accept_threshold"] = round(top + 1e-4, 4)
    out["positives_above"] = sum(v > top for v in pos)
    return out


def main() -> int:
    """Print the calibration JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases-dir", type=Path, default=CASES)
    parser.add_argument("--pairs", action="store_true", help="Also print every pair.")
    args = parser.parse_args()
    from cvtailor.research.answers import ABOUT_MIN, OFF_TOPIC_BELOW

    folders = sorted(p for p in args.cases_dir.iterdir() if (p / "truth.json").exists())
    pairs = [p for f in folders for p in load_pairs(f)]
    score(pairs)
    kinds = sorted({p["kind"] for p in pairs})
    accepted = {k: sum(p["accepted"] for p in pairs if p["kind"] == k) for k in kinds}
    by_cosine = {k: sum(p["accepted"] and p["decided_by_cosine"] for p in pairs
                        if p["kind"] == k) for k in kinds}
    out: dict[str, Any] = {
        "cases": len(folders),
        "pairs": {k: sum(p["kind"] == k for p in pairs) for k in kinds},
        "cosine": summary(pairs, "cosine"),
        "margin": summary(pairs, "margin"),
        "about_min": ABOUT_MIN,
        "accepted": accepted,
        "accepted_by_cosine": by_cosine,
        # pairs a subject the vocabulary does not know takes from the answer, and of those
        # the ones whose cosine is under OFF_TOPIC_BELOW (labelled with nothing)
        "off_topic_below": OFF_TOPIC_BELOW,
        "by_subject": {k: sum(p["by_subject"] for p in pairs if p["kind"] == k) for k in kinds},
        "by_subject_off_topic": {k: sum(p["by_subject"] and p["cosine"] < OFF_TOPIC_BELOW
                                        for p in pairs if p["kind"] == k) for k in kinds},
        "top_decided_negatives": sorted(
            ({k: p[k] for k in ("case", "kind", "cosine", "margin", "requirement", "answer")}
             for p in pairs if p["kind"] != "positive" and p["decided_by_cosine"]),
            key=lambda p: -p["cosine"])[:8],
        "positives_rejected": [
            {k: p[k] for k in ("case", "cosine", "margin", "requirement", "answer")}
            for p in pairs if p["kind"] == "positive" and p["decided_by_cosine"]
            and not p["accepted"]],
    }
    if args.pairs:
        out["all"] = pairs
    print(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
