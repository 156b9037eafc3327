"""How often the tailored CV leads a line with a JD term ("Turn times: took files from
submission to clear-to-close in 11 days ..."): the writing's most visible rule. The offline
writer does it when a term the CV evidences (or the person confirmed) has no noun of its line
to join; this counts it, auto-approved and with the simulated truthful user's interview.

Per set: lines (every tailored item but key qualifications and skills lists) and those with a
new "Term: " lead-in, totals only.

Usage: python tests/benchmarks/lead_ins.py [--cases-dir tests/benchmarks/SET] [--interview]
Prints JSON. Not a test.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from quality import CASES

LEAD_IN = re.compile(r"^([^:]{2,60}): ")


def lead_ins(items: list[dict[str, Any]]) -> tuple[int, int]:
    """(lines, lines with a lead-in the original did not have) of one tailored CV's items."""
    lines = added = 0
    for item in items:
        if item.get("type") in ("key_qualification", "skill"):
            continue
        final = item.get("final") or ""
        lines += 1
        m = LEAD_IN.match(final)
        added += bool(m) and not (item.get("original") or "").startswith(m.group(0))
    return lines, added


def main() -> int:
    """Print the totals of one set as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases-dir", type=Path, default=CASES)
    parser.add_argument("--interview", action="store_true",
                        help="Answer the gap interview as the simulated truthful user.")
    args = parser.parse_args()
    from simulated_user import run_interview

    import cvtailor

    total = {"cases": 0, "lines": 0, "lead_ins": 0}
    for folder in sorted(p for p in args.cases_dir.iterdir() if (p / "truth.json").exists()):
        truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
        cv, jd = folder / truth["cv"], folder / truth["jd"]
        result = run_interview(cv, jd, truth, {})["result"] if args.interview \
            else cvtailor.tailor(cv, jd)
        lines, added = lead_ins(result.report["items"])
        total["cases"] += 1
        total["lines"] += lines
        total["lead_ins"] += added
    print(json.dumps({"set": args.cases_dir.name, "interview": args.interview, **total}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
