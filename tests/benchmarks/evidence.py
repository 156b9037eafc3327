"""Evidence benchmark: how the gap analysis classifies labelled requirements, and how well raw
embedding similarity alone would separate evidenced from unevidenced ones.

For each case's truth.json requirement it finds the parsed JD requirement with the most words
in common and reports its status (matched / partial / gap), plus the best MiniLM cosine between
the requirement and any CV item. Prints JSON: a confusion table (truth x status), the AUC of
raw cosine, and how many evidenced / unevidenced requirements clear `SEMANTIC_MIN`.
A claimed (matched) unevidenced requirement would be a truthfulness failure.

Usage: python tests/benchmarks/evidence.py [--cases-dir tests/benchmarks/holdout]
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path
from typing import Any

CASES = Path(__file__).parent / "cases"


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9+#/]+", text.lower()) if len(w) > 2}


def auc(pos: list[float], neg: list[float]) -> float | None:
    if not pos or not neg:
        return None
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return round(wins / (len(pos) * len(neg)), 3)


def main() -> int:
    from cvtailor.research.evidence import SEMANTIC_MIN
    from cvtailor.semantic.embeddings import default_embedder
    from cvtailor.session import analyze
    from cvtailor.text.cvtext import evidence_corpus

    parser = argparse.ArgumentParser()
    parser.add_argument("--cases-dir", type=Path, default=CASES)
    args = parser.parse_args()
    embedder = default_embedder()
    confusion: dict[str, dict[str, int]] = {
        "evidenced": {"matched": 0, "partial": 0, "gap": 0},
        "unevidenced": {"matched": 0, "partial": 0, "gap": 0},
    }
    cosines: dict[str, list[float]] = {"evidenced": [], "unevidenced": []}
    claims: list[dict[str, Any]] = []
    for folder in sorted(p for p in args.cases_dir.iterdir() if (p / "truth.json").exists()):
        truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
        report = analyze(folder / truth["cv"], folder / truth["jd"], semantic=True)
        parsed = report["requirements"]
        from cvtailor.engines.offline.cv_parser import parse_cv_text
        from cvtailor.readers import parse_structured, read_document

        doc = read_document(folder / truth["cv"])
        cv = parse_structured(doc.text, doc.format) or parse_cv_text(doc.text, doc.format)
        items = list(evidence_corpus(cv).values())
        item_vectors = embedder.embed(items)
        for kind in ("evidenced", "unevidenced"):
            for row in truth[kind]:
                words = _words(row["requirement"])
                best = max(parsed, key=lambda r: len(words & _words(r["text"])), default=None)
                if best is None:
                    continue
                confusion[kind][best["status"]] += 1
                if kind == "unevidenced" and best["status"] == "matched":
                    claims.append({"case": folder.name, "requirement": row["requirement"],
                                   "parsed": best["text"], "evidence": best["evidence"]})
                vector = embedder.embed([row["requirement"]])[0]
                cosines[kind].append(float((item_vectors @ vector).max()) if items else 0.0)
    result = {
        "cases_dir": str(args.cases_dir),
        "confusion": confusion,
        "unevidenced_matched": claims,
        "embedding_auc": auc(cosines["evidenced"], cosines["unevidenced"]),
        "semantic_min": SEMANTIC_MIN,
        "evidenced_above_min": sum(c >= SEMANTIC_MIN for c in cosines["evidenced"]),
        "unevidenced_above_min": sum(c >= SEMANTIC_MIN for c in cosines["unevidenced"]),
        "evidenced": len(cosines["evidenced"]),
        "unevidenced": len(cosines["unevidenced"]),
    }
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
