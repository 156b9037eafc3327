"""JD understanding benchmark: title, company and requirements found by the offline JD parser,
against hand labels. Prints JSON.

    python tests/benchmarks/jd_parsing.py [--corpus DIR]

Labelled JDs: examples/jd_*.md (labels in tests/benchmarks/jd_labels.json) and every
tests/benchmarks/{cases,holdout}/*/ whose truth.json has a "job" label (new cases are picked up
automatically; the 16 the labels were first written for are summed separately as "originals").
A title or company is right when it equals the label case-insensitively, punctuation ignored.

Unlabelled: the shared corpus's plain-text ads (../shared/corpus/jds/*.txt from the repo root;
skipped when absent): the requirements themselves, how many, and which look like fragments (a
lowercase start, under 3 words and no known skill, no verb or skill at all, or boilerplate).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
# ../shared/corpus from the repo root (or from a parent of it, for a clone in a subfolder).
CORPUS = next((p / "shared" / "corpus" for p in ROOT.parents if (p / "shared" / "corpus").is_dir()),
              ROOT.parent / "shared" / "corpus")
ORIGINALS = {
    "examples/jd_data_platform_engineer.md",
    *(f"cases/{n}" for n in (
        "data_analyst_to_government_analyst", "enterprise_ae_to_saas_sales",
        "fpa_analyst_to_finance_manager", "fullstack_engineer_to_backend_engineer",
        "product_designer_to_ux_designer", "recruiter_to_ta_partner", "registered_nurse_to_icu",
        "restaurant_manager_to_operations_manager", "teacher_to_instructional_designer",
        "technical_writer_to_docs_engineer")),
    *(f"holdout/{n}" for n in (
        "mechanical_to_manufacturing_engineer", "paralegal_to_contracts_manager",
        "pharmacist_to_clinical_pharmacist", "social_media_to_marketing_manager",
        "warehouse_supervisor_to_logistics_coordinator")),
}
_BOILERPLATE = re.compile(
    r"\b(salary|benefits|401\(k\)|equal opportunity|eeo|not eligible for (?:visa )?sponsorship|"
    r"(?:how )?to apply|applicants? (?:must|will)|paid time off|health insurance|about us|"
    r"we offer|compensation|perks)\b", re.I)
_VERBISH = re.compile(
    r"\b(\w+(?:ing|ed)|is|are|be|have|has|know|use|build|lead|run|write|design|manage|own|"
    r"experience|knowledge|proficiency|proficient|familiarity|familiar|ability|skills?|degree|"
    r"years?|understanding|expertise|certification|license|grasp)\b", re.I)


def norm(text: str) -> str:
    """Case-insensitive, punctuation-free form for comparing a found value with its label."""
    return " ".join(re.sub(r"[^\w]+", " ", text.lower()).split())


def labelled_jds() -> list[tuple[str, Path, dict[str, str]]]:
    out: list[tuple[str, Path, dict[str, str]]] = []
    labels = json.loads((HERE / "jd_labels.json").read_text(encoding="utf-8"))
    for key, label in labels.items():
        if not key.startswith("_") and (ROOT / key).is_file():
            out.append((key, ROOT / key, label))
    for group in ("cases", "holdout"):  # the 24 labelled JDs, as first counted
        for folder in sorted((HERE / group).glob("*/")):
            truth_file = folder / "truth.json"
            if not truth_file.is_file():
                continue
            truth = json.loads(truth_file.read_text(encoding="utf-8"))
            if isinstance(truth.get("job"), dict) and truth.get("jd"):
                out.append((f"{group}/{folder.name}", folder / truth["jd"], truth["job"]))
    return out


def parse(path: Path) -> Any:
    from cvtailor.engines.offline.jd_parser import parse_jd_text
    from cvtailor.readers import read_document
    from cvtailor.text.vocabulary import default_vocabulary

    doc = read_document(path, "JD")
    return parse_jd_text(doc.text, default_vocabulary())


def fragment_reason(text: str) -> str:
    """Why a requirement looks like a fragment or boilerplate ("" when it does not)."""
    from cvtailor.text.vocabulary import default_vocabulary

    known = bool(default_vocabulary().find(text))
    words = text.split()
    if words and words[0][:1].islower() and not (known and default_vocabulary().find(words[0])):
        return "starts lowercase"
    if len(words) < 3 and not known:
        return "under 3 words, no known skill"
    if not known and not _VERBISH.search(text):
        return "no verb or skill"
    if _BOILERPLATE.search(text):
        return "boilerplate"
    return ""


def summarise(rows: list[dict[str, Any]]) -> dict[str, Any]:
    return {"jds": len(rows), "title_right": sum(r["title_ok"] for r in rows),
            "company_right": sum(r["company_ok"] for r in rows),
            "both_right": sum(r["title_ok"] and r["company_ok"] for r in rows),
            "requirements": sum(r["requirements"] for r in rows)}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    args = ap.parse_args()
    rows: list[dict[str, Any]] = []
    for key, path, label in labelled_jds():
        job = parse(path)
        rows.append({
            "jd": key, "original": key in ORIGINALS,
            "title": job.title, "title_label": label.get("title", ""),
            "title_ok": norm(job.title) == norm(label.get("title", "")),
            "company": job.company, "company_label": label.get("company", ""),
            "company_ok": norm(job.company) == norm(label.get("company", "")),
            "sources": dict(getattr(job, "sources", {}) or {}),
            "requirements": len(job.requirements),
        })
    corpus: list[dict[str, Any]] = []
    folder = args.corpus / "jds"
    for path in sorted(folder.glob("*.txt")) if folder.is_dir() else []:
        job = parse(path)
        reqs = [{"text": r.text, "priority": r.priority, "keywords": r.keywords,
                 "fragment": fragment_reason(r.text)} for r in job.requirements]
        corpus.append({"jd": path.name, "title": job.title, "company": job.company,
                       "requirements": len(reqs),
                       "fragments": sum(1 for r in reqs if r["fragment"]),
                       "items": reqs})
    report = {
        "summary": {"originals": summarise([r for r in rows if r["original"]]),
                    "all_labelled": summarise(rows),
                    "corpus_txt": {r["jd"]: {"requirements": r["requirements"],
                                             "fragments": r["fragments"]} for r in corpus}
                    if corpus else "skipped: no corpus at " + str(folder)},
        "labelled": rows,
        "corpus_txt": corpus,
    }
    print(json.dumps(report, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    sys.exit(main())
