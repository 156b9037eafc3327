"""Fuzz every reader with >= 1,000 generated inputs each (hypothesis strategies from
tests/formats/fuzzgen.py) plus the hostile files of tests/formats/hostile.py, and print JSON
counts: inputs, documents read, clean InputErrors, generic messages (the safety net's, or a
message without the file's name), crashes (any other exception), hangs (an input over the
per-input timeout, enforced with SIGALRM; PDFs also have their own worker timeout) and the
slowest input, plus peak RSS of this process and of the PDF worker processes.

    PYTHONPATH=src python tests/benchmarks/fuzz_readers.py [--n 1000] [--timeout 60]
        [--readers pdf,docx]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import signal
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("CVTAILOR_SEMANTIC", "false")

from hypothesis import HealthCheck, given, settings
from tests.formats import hostile
from tests.formats.conftest import CV_MD
from tests.formats.fuzzgen import READERS, read


class Hang(Exception):
    pass


def _alarm(signum: int, frame: Any) -> None:
    raise Hang


def run_one(data: bytes, name: str, kind: str, timeout: int, row: dict[str, Any]) -> None:
    row["inputs"] += 1
    start = time.monotonic()
    signal.alarm(timeout)
    try:
        outcome, message = read(data, name, kind)
        row[outcome] += 1
        if outcome == "generic" and len(row["generic_examples"]) < 5:
            row["generic_examples"].append(message[:200])
    except Hang:
        row["hangs"] += 1
    except Exception as exc:  # a crash: anything but the reader's own InputError
        row["crashes"] += 1
        if len(row["crash_examples"]) < 5:
            row["crash_examples"].append(f"{type(exc).__name__}: {str(exc)[:160]}")
    finally:
        signal.alarm(0)
    row["slowest_s"] = round(max(row["slowest_s"], time.monotonic() - start), 3)


def new_row() -> dict[str, Any]:
    return {"inputs": 0, "ok": 0, "input_error": 0, "generic": 0, "crashes": 0, "hangs": 0,
            "slowest_s": 0.0, "generic_examples": [], "crash_examples": []}


def fuzz(reader: str, n: int, timeout: int) -> dict[str, Any]:
    strategy, name, kind = READERS[reader]
    row = new_row()

    @settings(max_examples=n, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(strategy)
    def body(data: bytes) -> None:
        run_one(data, name, kind, timeout, row)

    body()
    return row


HOSTILE = {
    "billion_laughs.yaml": (hostile.billion_laughs, "CV"),
    "stars.yaml": (hostile.rendercv_stars, "CV"),
    "star_lines.yaml": (hostile.rendercv_star_lines, "CV"),
    "unclosed_comment.md": (hostile.unclosed_comment_jd, "JD"),
    "unclosed_template.md": (hostile.unclosed_template_jd, "JD"),
    "deep.tex": (hostile.deep_latex, "CV"),
    "bullets.docx": (hostile.docx_many_bullets, "CV"),
    "zip_bomb.docx": (hostile.zip_bomb_docx, "CV"),
    "operators.pdf": (hostile.pdf_many_operators, "CV"),
    "utf16.md": (lambda: hostile.utf16_cv(CV_MD, bom=False), "CV"),
    "utf32.md": (lambda: hostile.utf32_cv(CV_MD), "CV"),
}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--timeout", type=int, default=60)
    ap.add_argument("--readers", default=",".join(READERS))
    args = ap.parse_args()
    signal.signal(signal.SIGALRM, _alarm)
    report: dict[str, Any] = {"per_reader": {}, "hostile": {}}
    for reader in args.readers.split(","):
        report["per_reader"][reader] = fuzz(reader, args.n, args.timeout)
    for name, (build, kind) in HOSTILE.items():
        row = new_row()
        run_one(build(), name, kind, args.timeout, row)
        report["hostile"][name] = {k: v for k, v in row.items() if v and k != "inputs"}
    rows = [*report["per_reader"].values()]
    hrows = [new_row() | r for r in report["hostile"].values()]
    report["total"] = {k: sum(r[k] for r in rows + hrows) for k in
                       ("ok", "input_error", "generic", "crashes", "hangs")}
    report["total"]["inputs"] = sum(r["inputs"] for r in rows) + len(hrows)
    report["total"]["slowest_s"] = max(r["slowest_s"] for r in rows + hrows)
    report["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    report["peak_rss_pdf_worker_mb"] = resource.getrusage(
        resource.RUSAGE_CHILDREN).ru_maxrss // 1024
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
