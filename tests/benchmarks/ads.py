"""The offline JD parser on the hand-written ads of tests/fixtures/ads (issue 9), each read
from its file (text, Markdown, HTML, DOCX, PDF) by `read_document` as a user's JD is, scored
against their blind expectations (expected.json). Prints JSON.

    python tests/benchmarks/ads.py

Per ad and in total: must-find phrases found (as tests/unit/test_ads.py counts them),
must-not phrases leaked into a requirement, requirements that read as fragments, the
requirement count, and whether the title and company are right.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


def main() -> int:
    sys.path.insert(0, str(ROOT / "tests" / "unit"))
    import test_ads as ads  # the test's own matching and fragment rules

    rows: list[dict[str, Any]] = []
    for name, want in ads.EXPECTED.items():
        job = ads.parsed(name)
        texts = [ads.squash(r.text) for r in job.requirements]
        titles = {ads.norm(str(want["title"]))} | {ads.norm(str(t)) for t in
                                                  want.get("title_accept", [])}  # type: ignore[attr-defined]
        rows.append({
            "ad": name, "requirements": len(job.requirements),
            "must_find": sum(ads.found_in(p, texts) for p in want["must_find"]),  # type: ignore[attr-defined]
            "must_find_total": len(want["must_find"]),  # type: ignore[arg-type]
            "leaks": sum(ads.squash(p) in t for p in want["must_not"] for t in texts),  # type: ignore[attr-defined]
            "fragments": sum(bool(ads.fragment_reason(r.text)) for r in job.requirements),
            "title_ok": ads.norm(job.title) in titles,
            "company_ok": ads.norm(job.company) == ads.norm(str(want["company"])),
        })
    summary = {
        "ads": len(rows),
        "must_find": f"{sum(r['must_find'] for r in rows)}/{sum(r['must_find_total'] for r in rows)}",
        "ads_without_requirements": sum(r["requirements"] == 0 for r in rows),
        "ads_under_6_requirements": sum(r["requirements"] < 6 for r in rows),
        "ads_wrong_title_or_company": sum(not (r["title_ok"] and r["company_ok"]) for r in rows),
        "must_not_leaks": sum(r["leaks"] for r in rows),
        "fragments": sum(r["fragments"] for r in rows),
    }
    print(json.dumps({"summary": summary, "ads": rows}, indent=2))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    sys.exit(main())
