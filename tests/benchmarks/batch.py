"""Batch throughput, printed as ONE JSON object (a benchmark, not a test).

    python tests/benchmarks/batch.py [--jds 20] [--repeat 3] [--semantic]

One CV (the example) against N job ads (the example JD under other titles and company names),
offline, each application in a fresh SQLite store and output folder: wall time of
`cvtailor.batch` with threads at concurrency 1, 2 and 4 and with worker processes at 2 and 4
(median of --repeat runs, interleaved), and the wall time of running the finished batch again
(every application skipped). The machine's core count and load are printed too: the offline
engine is CPU-bound, so threads share one core's worth of Python and processes pay their start
(imports, graph compile, and with --semantic the embedding model) once per worker.
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
sys.path.insert(0, str(ROOT))

MODES = (("threads", 1), ("threads", 2), ("threads", 4), ("processes", 2), ("processes", 4))


def main() -> None:
    """Run the modes and print the JSON."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--jds", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--semantic", action="store_true")
    args = parser.parse_args()
    os.environ["CVTAILOR_SEMANTIC"] = "true" if args.semantic else "false"
    from tests.conftest import CV_MD
    from tests.e2e.test_batch import jd_variants

    from cvtailor.applications.batch import batch

    walls: dict[str, list[float]] = {f"{kind}_{n}": [] for kind, n in MODES}
    rerun: list[float] = []
    with tempfile.TemporaryDirectory(prefix="cvtailor-batch-bench-") as tmp:
        jds = jd_variants(Path(tmp) / "jds", args.jds)
        batch(CV_MD, jds[:1], out_dir=Path(tmp) / "warm", store=Path(tmp) / "warm.sqlite",
              concurrency=1)  # imports and the first graph compile are not in any figure
        for r in range(args.repeat):
            for kind, n in MODES:
                where = Path(tmp) / f"{kind}-{n}-{r}"
                start = time.perf_counter()
                result = batch(CV_MD, jds, out_dir=where, store=where / "s.sqlite",
                               concurrency=n, processes=kind == "processes")
                walls[f"{kind}_{n}"].append(time.perf_counter() - start)
                assert all(i.run_status == "completed" for i in result.items)
                if kind == "threads" and n == 2:
                    start = time.perf_counter()
                    batch(CV_MD, jds, out_dir=where, store=where / "s.sqlite", concurrency=n)
                    rerun.append(time.perf_counter() - start)
    medians = {k: round(statistics.median(v), 2) for k, v in walls.items()}
    print(json.dumps({
        "jds": args.jds, "repeat": args.repeat, "semantic": args.semantic,
        "cores": os.cpu_count(), "load_avg_1m": round(os.getloadavg()[0], 2),
        "wall_s": medians,
        "per_application_s": {k: round(v / args.jds, 3) for k, v in medians.items()},
        "speedup_vs_threads_1": {k: round(medians["threads_1"] / v, 2)
                                 for k, v in medians.items()},
        "rerun_all_skipped_s": round(statistics.median(rerun), 2),
    }, indent=2))


if __name__ == "__main__":
    main()
