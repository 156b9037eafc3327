"""One fan-out point of perf.py, measured closely, printed as ONE JSON object (a benchmark, not a
test): the median wall of `--runs` Session.start runs of a generated CV (`--items`), the LLM
engine writing every item through the scripted model with `--latency` seconds a call, at
`--concurrency`, against the run's critical path (see perf.py's docstring).

    python tests/benchmarks/fanout_point.py [--items 20] [--concurrency 8] [--latency 0.2]
                                            [--runs 15]

Two warm-up runs come first (imports, engines). Before every measured run the process-wide
memo caches are cleared (the vocabulary's lookups and the word-form / JD-statement caches), so
a run does not profit from the previous one; each cache only saves work within a run.
With --latency 0 the wall is the run's fixed overhead alone.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import perf  # the sibling module: same CV, JD, model and critical path


def clear_caches() -> None:
    """Forget what earlier runs of this process memoised."""
    from cvtailor.engines.offline import jd_parser
    from cvtailor.text import wordforms
    from cvtailor.text.vocabulary import default_vocabulary

    default_vocabulary()._found.clear()
    for module, name in ((wordforms, "_whole_word"), (wordforms, "_numbers"),
                         (jd_parser, "_key"), (jd_parser, "_words")):
        fn = getattr(module, name, None)  # absent in older code (an A/B against it)
        if hasattr(fn, "cache_clear"):
            fn.cache_clear()


def measure(items: int, concurrency: int, latency: float, runs: int) -> dict[str, Any]:
    """Median wall, critical path and ratio of one point."""
    jd = perf.EXAMPLE_JD.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory(prefix="cvtailor-point-") as tmp:
        folder = Path(tmp)
        os.environ["CVTAILOR_STORE"] = str(folder / "default.sqlite")
        perf.run_session(perf.make_cv(5), jd, 4, 0.0, folder)
        perf.run_session(perf.make_cv(items), jd, concurrency, 0.0, folder)
        walls: list[float] = []
        phases: dict[str, int] = {}
        for _ in range(runs):
            clear_caches()
            wall, chat, _ = perf.run_session(perf.make_cv(items), jd, concurrency, latency, folder)
            walls.append(wall)
            phases = perf._phases(chat.calls)
        for store in perf._STORES.values():
            store.close()
        perf._STORES.clear()
    median = statistics.median(walls)
    crit = perf.critical_path(phases, concurrency, latency)
    return {"machine": perf.machine(), "items": items, "concurrency": concurrency,
            "latency_s": latency, "runs": runs, "wall_s": round(median, 4),
            "walls_s": [round(w, 4) for w in walls], "critical_path_s": crit,
            "ratio": round(median / crit, 3) if crit else None}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=20)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--latency", type=float, default=perf.LATENCY)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    for name in [n for n in os.environ if n.startswith("CVTAILOR_")]:
        del os.environ[name]  # defaults only
    print(json.dumps(measure(args.items, args.concurrency, args.latency, args.runs), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
