"""How the duty readers of `cvtailor.text.duties` decide, on labelled cases: each reader
(training newcomers, shift handovers, preventive maintenance, toolbox talks, rotas, incident
reports, quality checks, complaints, shift logs, safety rules, procedures, improvements, and
every other reader `cvtailor.text.duties.READERS` lists) over
every requirement of a set's ads and every line of its CVs (`evidence_corpus`), with no
model.

Per reader, the requirements it decides, by what the labels say of them:

- `evidenced`: a requirement the labels say the CV evidences (`with_label_term`: the term the
  reader gives holds one of the labels' JD terms, so the tailored CV surfaces it);
- `unevidenced`: one the labels say the CV does not evidence, a false claim (must be 0);
- `unlabelled`: one the labels do not name.

A requirement is matched to its label when either text holds the other. Totals only, unless
`--show` (for the development sets: it prints the requirement, the term and the line).

Usage: python tests/benchmarks/duties.py [--cases-dir tests/benchmarks/SET] [--show]
Prints JSON. Not a test.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from quality import CASES


def main() -> int:
    """Print the totals of one set as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases-dir", type=Path, default=CASES)
    parser.add_argument("--show", action="store_true",
                        help="Print each decision (development sets only).")
    args = parser.parse_args()
    from cvtailor.engines.offline.cv_parser import parse_cv_text
    from cvtailor.engines.offline.jd_parser import parse_jd_text
    from cvtailor.readers import parse_structured, read_document
    from cvtailor.text.cvtext import evidence_corpus
    from cvtailor.text.duties import READERS
    from cvtailor.text.vocabulary import default_vocabulary

    vocab = default_vocabulary()
    totals: dict[str, dict[str, int]] = {
        read.__name__: {"evidenced": 0, "with_label_term": 0, "unevidenced": 0, "unlabelled": 0}
        for read in READERS}
    for folder in sorted(p for p in args.cases_dir.iterdir() if (p / "truth.json").exists()):
        truth: dict[str, Any] = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
        job = parse_jd_text(read_document(folder / truth["jd"], "JD").text, vocab)
        doc = read_document(folder / truth["cv"], "CV")
        cv = parse_structured(doc.text, doc.format) or parse_cv_text(doc.text, doc.format)
        lines = list(evidence_corpus(cv).values())
        for req in job.requirements:
            for read in READERS:
                found = [(line, term) for line in lines for term in [read(req, line)] if term]
                if not found:
                    continue
                line, term = found[0]
                labels = [(kind, e) for kind in ("evidenced", "unevidenced")
                          for e in truth[kind] if e["requirement"].lower() in req.text.lower()
                          or req.text.lower() in e["requirement"].lower()]
                row = totals[read.__name__]
                kind = labels[0][0] if labels else "unlabelled"
                row[kind] += 1
                held = kind == "evidenced" and any(
                    j.lower() in term.lower() for j in labels[0][1]["jd_terms"])
                row["with_label_term"] += held
                if args.show:
                    print(f"{read.__name__}: {kind}{' (label term)' if held else ''}: "
                          f"{term!r} | {req.text[:80]} || {line[:100]}", file=sys.stderr)
                break  # one reader decides a requirement, as research reads them in order
    print(json.dumps({"cases_dir": str(args.cases_dir), "readers": totals}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
