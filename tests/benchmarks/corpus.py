"""Read every file of the shared public corpus (../shared/corpus, never copied into the project)
with cvtailor's readers and print a JSON table: files read, items found, failures with reasons.

    python tests/benchmarks/corpus.py [CORPUS_DIR]

CVs are read and structured (sections, entries, items, dated entries); JDs are read and parsed
into requirements. A failure is a clear InputError (counted, with its message) or any other
exception (a crash: the script exits 1).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
DEFAULT = ROOT.parent / "shared" / "corpus"


def read_cv(path: Path) -> dict[str, Any]:
    from cvtailor.engines.offline.cv_parser import parse_cv_text
    from cvtailor.readers import parse_structured, read_document

    doc = read_document(path, "CV")
    cv = parse_structured(doc.text, doc.format) or parse_cv_text(doc.text, doc.format)
    entries = [e for s in cv.sections for e in s.entries]
    return {"format": doc.format, "name": cv.name, "sections": len(cv.sections),
            "entries": len(entries), "dated_entries": sum(1 for e in entries if e.dates),
            "items": len(cv.items())}


def read_jd(path: Path) -> dict[str, Any]:
    from cvtailor.engines.offline.jd_parser import parse_jd_text
    from cvtailor.readers import read_document
    from cvtailor.text.vocabulary import default_vocabulary

    doc = read_document(path, "JD")
    job = parse_jd_text(doc.text, default_vocabulary())
    return {"format": doc.format, "title": job.title, "items": len(job.requirements),
            "words": len(doc.text.split())}


def main(corpus: Path) -> int:
    from cvtailor.errors import InputError

    rows: list[dict[str, Any]] = []
    crashes = 0
    for kind, folder, reader in (("CV", "cvs", read_cv), ("JD", "jds", read_jd)):
        for path in sorted((corpus / folder).iterdir()):
            if not path.is_file():
                continue
            started = time.perf_counter()
            row: dict[str, Any] = {"kind": kind, "file": path.name}
            try:
                row.update(reader(path))
                row["ok"] = row["items"] > 0
                if not row["ok"]:
                    row["reason"] = "no items found"
            except InputError as exc:
                row.update(ok=False, items=0, reason=str(exc))
            except Exception as exc:  # a crash: the point of this benchmark is that none happen
                crashes += 1
                row.update(ok=False, items=0, reason=f"CRASH {type(exc).__name__}: {exc}")
            row["seconds"] = round(time.perf_counter() - started, 3)
            rows.append(row)
    summary = {
        kind: {"files": sum(1 for r in rows if r["kind"] == kind),
               "read": sum(1 for r in rows if r["kind"] == kind and r["ok"]),
               "items_found": sum(r["items"] for r in rows if r["kind"] == kind),
               "failures": [{"file": r["file"], "reason": r["reason"]}
                            for r in rows if r["kind"] == kind and not r["ok"]]}
        for kind in ("CV", "JD")}
    summary["crashes"] = crashes
    print(json.dumps({"summary": summary, "files": rows}, indent=2, ensure_ascii=False))
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT))
