"""Why the offline engine misses what it misses without the interview: totals per labelled
set, no case's detail.

For every case of a set it tailors the CV with auto-approve (as quality.py does) and sorts each
evidenced requirement whose JD term is not in the tailored CV by where the chain stopped:

- unparsed: no requirement the parser took from the ad holds it (matched as duties.py matches a
  label: either text holds the other);
- no_keyword: parsed, but none of its keywords is one of the label's JD terms, holds one or is
  held by one, so even a line decided for it could not write the label's term;
- gap: a keyword holds the term, and no CV line is even close (status "gap");
- asked_only: a keyword holds the term, and only close lines (semantic candidates) stand for it:
  the interview would ask, the offline engine writes nothing;
- decided_other_term: lines decided some of its keywords, none of them the label's term;
- decided_not_written: a decided keyword holds the label's term, and the tailored CV still does
  not show it (a writing or placing miss).

Totals only, so a held-out set can be diagnosed without reading its cases; `--show` prints each
miss (for development sets only).

Usage: python tests/benchmarks/auto_misses.py [--cases-dir tests/benchmarks/SET] [--show]
Prints JSON. Not a test.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from quality import CASES, _jd_terms, _surfaced

KINDS = ("unparsed", "no_keyword", "gap", "asked_only", "decided_other_term",
         "decided_not_written")


def _holds(a: str, b: str) -> bool:
    a, b = a.lower(), b.lower()
    return a in b or b in a


def kind_of_miss(entry: dict[str, Any], requirements: list[dict[str, Any]]) -> str:
    """Where the chain stopped for one evidenced requirement the tailored CV misses."""
    text = entry["requirement"].lower()
    parsed = [r for r in requirements if _holds(str(r.get("text", "")), text)]
    if not parsed:
        return "unparsed"
    terms = _jd_terms(entry)
    req = next((r for r in parsed if any(_holds(k, t) for k in r.get("keywords", [])
                                         for t in terms)), None)
    if req is None:
        return "no_keyword"
    decided = {str(e.get("term") or "") for e in req.get("evidence_detail", [])
               if e.get("via") != "semantic" and e.get("term")}
    if any(_holds(d, t) for d in decided for t in terms):
        return "decided_not_written"
    if decided:
        return "decided_other_term"
    return "gap" if req.get("status") == "gap" else "asked_only"


def main() -> int:
    """Print the totals of one set as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases-dir", type=Path, default=CASES)
    parser.add_argument("--show", action="store_true",
                        help="Print each miss (development sets only).")
    args = parser.parse_args()
    import cvtailor

    totals: Counter[str] = Counter()
    paraphrased: Counter[str] = Counter()
    for folder in sorted(p for p in args.cases_dir.iterdir() if (p / "truth.json").exists()):
        truth: dict[str, Any] = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
        result = cvtailor.tailor(folder / truth["cv"], folder / truth["jd"], engine="offline")
        requirements = result.report.get("requirements", [])
        for entry in truth["evidenced"]:
            if _surfaced(result.markdown, entry):
                continue
            kind = kind_of_miss(entry, requirements)
            totals[kind] += 1
            paraphrased[kind] += bool(entry.get("paraphrase"))
            if args.show:
                print(f"{kind}: {entry['requirement'][:90]} | {entry['jd_terms']}",
                      file=sys.stderr)
    print(json.dumps({"cases_dir": str(args.cases_dir),
                      "misses": {k: totals[k] for k in KINDS},
                      "paraphrased": {k: paraphrased[k] for k in KINDS}}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
