"""Durability costs, printed as ONE JSON object (a benchmark, not a test).

    python tests/benchmarks/durability.py [--runs N]

- lease_ms: acquiring and releasing a session's lease (storage.lease.hold) on a SQLite store,
  mean of N.
- offline_run_s: one offline auto-approved Session.start (lease included), median of N.
- delete_ms: Session.delete (secure_delete, VACUUM, WAL truncate, index and cache) in a
  store holding N completed sessions, median over deleting them one by one.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
os.environ.setdefault("CVTAILOR_SEMANTIC", "false")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=10)
    runs = parser.parse_args().runs

    from cvtailor.session import Session
    from cvtailor.storage.lease import hold
    from cvtailor.storage.session_store import SessionStore

    cv, jd = ROOT / "examples" / "cv_maria_santos.md", ROOT / "examples" / "jd_data_platform_engineer.md"
    with tempfile.TemporaryDirectory() as tmp, SessionStore(Path(tmp) / "s.sqlite") as store:
        os.environ["CVTAILOR_STORE"] = str(Path(tmp) / "s.sqlite")
        with hold(store, "warm-up"):
            pass
        started = time.perf_counter()
        for i in range(runs * 20):
            with hold(store, f"lease-{i}"):
                pass
        lease_ms = (time.perf_counter() - started) / (runs * 20) * 1000
        walls = []
        for i in range(runs):
            t = time.perf_counter()
            Session.start(cv, jd, store=store, session_id=f"s{i}", auto_approve=True)
            walls.append(time.perf_counter() - t)
        deletes = []
        for i in range(runs):
            t = time.perf_counter()
            Session.open(f"s{i}", store=store).delete()
            deletes.append((time.perf_counter() - t) * 1000)
    print(json.dumps({"runs": runs, "lease_ms": round(lease_ms, 3),
                      "offline_run_s": round(statistics.median(walls), 3),
                      "delete_ms": round(statistics.median(deletes), 1),
                      "load_avg_1m": round(os.getloadavg()[0], 2)}, indent=2))


if __name__ == "__main__":
    main()
