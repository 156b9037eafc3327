"""What the profile (long-term memory) costs and spares, printed as ONE JSON object (a benchmark,
not a test).

    python tests/benchmarks/profile.py [--runs N]

All offline, semantic search off, one SQLite store in a temporary folder:

- questions_without / questions_with: gap questions application 2 (a related JD) asks with an
  empty profile, and with the profile application 1's three answers left (yes, a described
  answer, a no).
- run_s: median wall of an auto-approved run (Session.start, the whole graph) with a profile of
  0, 3 and 200 entries: the profile is read at gap_analysis (twice) and gap_review.
- read_ms: median time of reading a 200-entry profile (Profile.entries()) and of recall() for
  the related JD against it.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

from tests.conftest import CV_MD, JD_MD  # noqa: E402
from tests.graph.test_profile import JD2, TERRAFORM  # noqa: E402

from cvtailor import Session  # noqa: E402
from cvtailor.models import ProfileEntry  # noqa: E402
from cvtailor.research.memory import recall  # noqa: E402
from cvtailor.storage.profile import Profile  # noqa: E402
from cvtailor.storage.session_store import SessionStore  # noqa: E402
from cvtailor.text.vocabulary import default_vocabulary  # noqa: E402


def _median(fn, runs: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    import os

    os.environ["CVTAILOR_SEMANTIC"] = "false"
    with tempfile.TemporaryDirectory() as tmp:
        store = SessionStore(Path(tmp) / "s.sqlite")
        first = Session.start(CV_MD, JD_MD, store=store, interview=True, profile="three")
        asked = {q["term"]: q["id"] for q in first.pending["questions"]}
        first.answer({asked["Kubernetes"]: "yes", asked["Infrastructure as code"]: TERRAFORM,
                      asked["Apache Kafka"]: "no"})
        first.accept_all()
        without = Session.start(CV_MD, JD2, store=store, interview=True, profile="empty")
        with_it = Session.start(CV_MD, JD2, store=store, interview=True, profile="three")
        big = Profile(store.profile_store, "big")
        big.load(Profile(store.profile_store, "three").dump())
        for n in range(197):
            big.put(ProfileEntry(id=f"c{n}", kind="rejected", concept=f"concept {n}"))

        def run(name: str) -> None:
            Session.start(CV_MD, JD2, store=store, auto_approve=True, profile=name)

        run("empty")  # warm up: imports, the vocabulary, the store's tables
        out: dict[str, object] = {
            "questions_without": len(without.pending["questions"]),
            "questions_with": len(with_it.pending["questions"]),
            "run_s": {name: round(_median(lambda n=name: run(n), args.runs), 4)
                      for name, _ in (("empty", 0), ("three", 3), ("big", 200))},
        }
        entries = big.entries()
        values = with_it.values
        vocab = default_vocabulary()
        out["read_ms"] = {
            "entries_200": round(1000 * _median(big.entries, 50), 3),
            "recall_200": round(1000 * _median(lambda: recall(
                entries, values["cv"], values["job"], values["gap_report"], vocab), 50), 3),
        }
        store.close()
    print(json.dumps(out))


if __name__ == "__main__":
    main()
