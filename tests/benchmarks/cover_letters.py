"""Cover-letter benchmark: is the letter written, and does it say only what the CV supports?

For every labelled case (tests/benchmarks/cases, holdout and blind by default; each with cv.*,
jd.* and truth.json) it tailors the CV auto-approved with `cover_letter=True` and reads the
letter the run wrote (`outputs["cover_letter.md"]`). Per case and overall, as JSON:

- letters_written: cases whose run produced a letter.
- unevidenced_terms: truth.json's unevidenced requirements whose keywords the letter names
  and the original CV does not (must be 0). The position's title and the company are taken
  out of the letter first: naming the job applied for is not a claim.
- numbers_absent: numbers in the letter that the original CV does not have (must be 0;
  normalised like the fabrication guard: "$120K" = "$120,000").
- names_absent: capitalised names in the letter (employers, titles, institutions) that the
  original CV does not contain, other than the words of the title, the company, a letter's
  own words ("Dear", "Kind regards") and skills (the JD's spelling of a skill the CV
  evidences, "CI/CD" for Jenkins pipelines: unevidenced_terms counts skills) (must be 0).
- employers_cited: truth.json employers the letter names (the achievements it cites carry
  their employer), sentences, words, the evidenced terms it names and the guard's findings
  (sentences it left out).

Usage: python tests/benchmarks/cover_letters.py [--cases-dir DIR ...] [--case NAME] [--show]
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

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
from quality import _count, _cv_text  # noqa: E402

SETS = [HERE / "cases", HERE / "holdout", HERE / "blind"]
# A letter's own words: its greeting, close and connectives, not names.
LETTER_WORDS = {"Dear", "Kind", "Thank", "My", "Before", "Another", "One", "In", "A", "I",
                "Most", "At", "There"}


def _without(text: str, *phrases: str) -> str:
    for phrase in phrases:
        if phrase.strip():
            text = re.sub(re.escape(phrase.strip()), " ", text, flags=re.IGNORECASE)
    return text


def run_case(folder: Path, settings: dict[str, Any]) -> dict[str, Any]:
    """Tailor one case with a cover letter and measure the letter."""
    import cvtailor
    from cvtailor.checks.fabrication import numbers, proper_names

    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    cv_path, jd_path = folder / truth["cv"], folder / truth["jd"]
    original = _cv_text(cv_path)
    started = time.perf_counter()
    result = cvtailor.tailor(cv_path, jd_path, cover_letter=True, **settings)
    seconds = round(time.perf_counter() - started, 3)
    letter = result.outputs.get("cover_letter.md", "")
    job = result.report.get("job") or {}
    title, company = job.get("title", ""), job.get("company", "")
    body = _without(letter, title, company)
    claimed = sorted({k for u in truth["unevidenced"] for k in u["keywords"]
                      if _count(body, k) and not _count(original, k)})
    absent_numbers = sorted(numbers(body) - numbers(original))
    lowered = original.lower()
    job_words = set(re.findall(r"[A-Za-z][\w&'’.-]*", f"{title} {company}"))
    from cvtailor.text.vocabulary import default_vocabulary

    skills = [(h.start, h.end) for h in default_vocabulary().find(body)]
    absent_names = sorted(n for n in proper_names(body, skip=skills)
                          if n.lower() not in lowered and n not in job_words
                          and n not in LETTER_WORDS)
    employers = [e for e in truth["facts"].get("employers", []) if e in letter]
    from cvtailor.models import sentences

    paragraphs = [p for p in letter.split("\n\n") if p.strip()]
    return {
        "case": folder.name,
        "set": folder.parent.name,
        "status": result.status,
        "letter": bool(letter.strip()),
        "sentences": sum(len(sentences(p)) for p in paragraphs),
        "words": len(letter.split()),
        "unevidenced_terms": claimed,
        "numbers_absent": absent_numbers,
        "names_absent": absent_names,
        "employers_cited": employers,
        "title": title,
        "company": company,
        "seconds": seconds,
        "text": letter,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases-dir", type=Path, action="append", default=[])
    parser.add_argument("--case", action="append", default=[])
    parser.add_argument("--engine", default="offline")
    parser.add_argument("--show", action="store_true", help="Print each letter to stderr.")
    args = parser.parse_args()
    folders = sorted((p for d in (args.cases_dir or SETS) for p in d.iterdir()
                      if (p / "truth.json").exists()), key=lambda p: (p.parent.name, p.name))
    if args.case:
        folders = [f for f in folders if f.name in args.case]
    rows = []
    for folder in folders:
        row = run_case(folder, {"engine": args.engine})
        text = row.pop("text")
        rows.append(row)
        if args.show:
            print(f"--- {row['set']}/{row['case']}\n{text}", file=sys.stderr)
    overall = {
        "cases": len(rows),
        "letters_written": sum(r["letter"] for r in rows),
        "unevidenced_terms": sum(len(r["unevidenced_terms"]) for r in rows),
        "numbers_absent": sum(len(r["numbers_absent"]) for r in rows),
        "names_absent": sum(len(r["names_absent"]) for r in rows),
        "letters_citing_an_employer": sum(bool(r["employers_cited"]) for r in rows),
        "sentences_median": sorted(r["sentences"] for r in rows)[len(rows) // 2] if rows else 0,
        "words_median": sorted(r["words"] for r in rows)[len(rows) // 2] if rows else 0,
    }
    print(json.dumps({"engine": args.engine, "cases": rows, "overall": overall}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
