"""Performance figures of cvtailor, printed as ONE JSON object (a benchmark, not a test).

    python tests/benchmarks/perf.py [--quick] [--only fanout,offline,...] [--corpus DIR]

Sections (all offline, no key, no network):

- fanout: a generated CV with N rewritable bullets (5, 20, 80), the LLM engine writing every
  item through the scripted chat model of `cvtailor.testing` with a fixed latency per call
  (200 ms), at max_concurrency 1/4/8/16, through the Session API (SQLite store,
  durability="sync"). `critical_path_s` is the model latency along the run's actual call
  structure: the calls before the fan-out in order (parallel ones in ceil(calls/concurrency)
  waves), ceil(write calls/concurrency) waves of writes, then the calls after. `ratio` =
  wall / critical path; `speedup_vs_sequential` = wall at concurrency 1 / wall.
- checkpoint_overhead_pct: the 20-item run (concurrency 8) on the compiled graph with no
  checkpointer, InMemorySaver, and SQLite with durability exit / async / sync: median wall of
  interleaved runs, and the overhead against no checkpointer in percent.
- resume_repeated_calls: a child process is killed (os._exit) half-way through the model call
  that follows the k-th returned write call (k=10 of n=20); the session is resumed in this
  process; a "repeated call" is a model call of the resumed run for an item whose call had
  returned before the kill. Once with the LLM response cache off at concurrency 1 (what the
  checkpoints alone save), once with the defaults (cache on, concurrency 4).
- prompt_tokens_ratio_vs_naive: prompt tokens of the 20-item run's calls against the same calls
  sending the whole CV and whole JD (plus their own instructions) each: sum(actual) /
  sum(system + CV + JD), both counted as the scripted model does (characters / 4).
- offline: wall and peak RSS (/usr/bin/time) of `cvtailor tailor ... --auto-approve` per
  corpus CV (../shared/corpus/cvs; skipped if absent), of `cvtailor --help` and of
  `python -c "import cvtailor"`: medians of --runs runs, process start included.
- scale: `cvtailor sessions` (a process) and SessionStore.list_sessions() with 1,000 sessions.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE_CV = ROOT / "examples" / "cv_maria_santos.md"
EXAMPLE_JD = ROOT / "examples" / "jd_data_platform_engineer.md"
LATENCY = 0.2

# Bullets that each carry a JD skill in a spelling the engine respells, so the plan rewrites
# every one of them (checked: the run's write calls equal the items asked for).
_BULLETS = [
    "Tuned Postgres queries and indexes for the {n} busiest reports",
    "Ran {n} services on k8s with automated rollbacks",
    "Kept {n} Kafka topics healthy during peak trading hours",
    "Managed {n} GCP projects with Terraform modules",
]
_BLOCK = re.compile(r'<data name="(?:item|current_summary|current)" id="([^"]+)"[^>]*>\n(.*?)\n'
                    r"</data>", re.S)


def make_cv(items: int) -> str:
    """A Markdown CV with `items` rewritable items: a summary, a skills line and items - 2
    experience bullets, five per role (key qualifications are turned off in these runs)."""
    lines = ["# Alex Doe", "", "Lisbon, Portugal · alex.doe@example.org", "", "## Summary", "",
             "Data engineer who runs Postgres, k8s and Airflow for billing teams.", "",
             "## Experience", ""]
    for n in range(items - 2):
        if n % 5 == 0:
            year = 2024 - 2 * (n // 5)
            lines += ["", f"### Data Engineer — Company {n // 5 + 1}", "",
                      f"*Lisbon, Portugal* | {year - 2} – {year}", ""]
        lines.append("- " + _BULLETS[n % len(_BULLETS)].format(n=n + 3) + ".")
    lines += ["", "## Skills", "", "- Python, SQL, Postgres, k8s, Jenkins, Airflow, Kafka", ""]
    return "\n".join(lines)


def echo(schema: str, messages: list[Any]) -> dict[str, Any]:
    """A writer that answers with the item's own text (always passes the fact check)."""
    found = _BLOCK.search(str(messages[-1].content))
    text = found.group(2) if found else ""
    return {"text": text, "evidence": [found.group(1)] if found else [], "keywords": []}


def _settings(chat: Any, concurrency: int, **extra: Any) -> dict[str, Any]:
    from cvtailor.testing import use_chat_model

    extra.setdefault("llm_cache", "off")  # every write reaches the model
    return use_chat_model(chat, llm_steps="write_item", semantic=False, auto_approve=True,
                          interview=False, key_qualifications=0, max_concurrency=concurrency,
                          **extra)


def _phases(calls: list[dict[str, Any]]) -> dict[str, int]:
    """Model calls per phase of the graph, from what the scripted model saw."""
    out = {"before": 0, "writes": 0, "rewrites": 0}
    for call in calls:
        system = str(call["messages"][0].content) if call["messages"] else ""
        if call["schema"] != "Rewrite":
            out["before"] += 1
        elif "rejected by the fact checker" in system:
            out["rewrites"] += 1  # a QA retry: a later wave
        else:
            out["writes"] += 1
    return out


def critical_path(phases: dict[str, int], concurrency: int, latency: float) -> float:
    # Calls before the fan-out (parse, gap analysis, plan) are sequential steps here (the
    # write-only runs have none); writes and QA retries run in waves of `concurrency`.
    waves = (phases["before"] + math.ceil(phases["writes"] / concurrency)
             + math.ceil(phases["rewrites"] / concurrency))
    return round(waves * latency, 3)


_STORES: dict[Path, Any] = {}


def run_session(cv: str, jd: str, concurrency: int, latency: float, folder: Path,
                **extra: Any) -> tuple[float, Any, Any]:
    """One Session.start (a new session in the folder's store, as a long-lived process
    would run it); wall seconds, the scripted model and the session."""
    from cvtailor import Session
    from cvtailor.storage.session_store import SessionStore
    from cvtailor.testing import ScriptedChatModel

    chat = ScriptedChatModel(responder=echo, latency=latency)
    if folder not in _STORES:
        _STORES[folder] = SessionStore(folder / "sessions.sqlite")
    store = _STORES[folder]
    started = time.perf_counter()
    session = Session.start(cv, jd, store=store, **_settings(chat, concurrency, **extra))
    wall = time.perf_counter() - started
    assert session.status == "completed", session.status
    return wall, chat, session


def fanout(folder: Path, sizes: list[int], concurrencies: list[int], repeat: int,
           latency: float) -> dict[str, Any]:
    jd = EXAMPLE_JD.read_text(encoding="utf-8")
    run_session(make_cv(5), jd, 4, 0.0, folder)  # warm-up: imports, vocabulary, engines
    out: dict[str, Any] = {"latency_s": latency, "runs_per_point": repeat, "points": []}
    for size in sizes:
        cv = make_cv(size)
        walls: dict[int, float] = {}
        for c in concurrencies:
            samples, phases = [], {}
            for _ in range(repeat):
                wall, chat, _ = run_session(cv, jd, c, latency, folder)
                samples.append(wall)
                phases = _phases(chat.calls)
            wall = statistics.median(samples)
            walls[c] = wall
            crit = critical_path(phases, c, latency)
            out["points"].append({
                "items": size, "write_calls": phases["writes"] + phases["rewrites"],
                "calls_before_fanout": phases["before"], "concurrency": c,
                "wall_s": round(wall, 3), "critical_path_s": crit,
                "ratio": round(wall / crit, 3) if crit else None,
                "speedup_vs_sequential": (round(walls[1] / wall, 2) if 1 in walls else None),
            })
    return out


def checkpoint_overhead(folder: Path, size: int, concurrency: int, repeat: int,
                        latency: float) -> dict[str, Any]:
    from langgraph.checkpoint.memory import InMemorySaver

    from cvtailor.context import Context
    from cvtailor.graph import build_graph
    from cvtailor.readers import from_text
    from cvtailor.session import GRAPH_POOL, _graph_input, run_scope
    from cvtailor.storage.session_store import SessionStore
    from cvtailor.testing import ScriptedChatModel

    cv = from_text(make_cv(size), kind="CV")
    jd = from_text(EXAMPLE_JD.read_text(encoding="utf-8"), kind="JD")
    payload = _graph_input(cv, jd)
    modes = ["none", "memory", "sqlite-exit", "sqlite-async", "sqlite-sync"]
    samples: dict[str, list[float]] = {m: [] for m in modes}
    for n in range(repeat + 1):  # the first round warms up and is not counted
        for mode in modes:
            chat = ScriptedChatModel(responder=echo, latency=latency)
            context = Context(**_settings(chat, concurrency))
            store = None
            if mode == "none":
                saver = None
            elif mode == "memory":
                saver = InMemorySaver()
            else:
                store = SessionStore(Path(tempfile.mkdtemp(dir=folder)) / "s.sqlite")
                saver = store.checkpointer
            graph = build_graph(saver)
            config: Any = {"configurable": {"thread_id": f"t{n}"},
                           "max_concurrency": GRAPH_POOL}  # as Session runs it
            durability = mode.split("-")[1] if mode.startswith("sqlite") else "async"
            started = time.perf_counter()
            with run_scope(context):
                if saver is None:
                    graph.invoke(payload, config, context=context)
                else:
                    graph.invoke(payload, config, context=context, durability=durability)
            wall = time.perf_counter() - started
            if store is not None:
                store.close()
            if n:
                samples[mode].append(wall)
    base = statistics.median(samples["none"])
    return {
        "items": size, "concurrency": concurrency, "latency_s": latency, "runs": repeat,
        "wall_s": {m: round(statistics.median(v), 4) for m, v in samples.items()},
        "overhead_pct": {m: round(100 * (statistics.median(v) - base) / base, 2)
                         for m, v in samples.items() if m != "none"},
    }


def _resume_child(store_path: str, session_id: str, kill_after: int, log: str,
                  concurrency: int, cache: str) -> None:
    """Run a session and die (os._exit) when `kill_after` write calls have returned."""
    from cvtailor import Session
    from cvtailor.storage.session_store import SessionStore
    from cvtailor.testing import ScriptedChatModel

    class Killing(ScriptedChatModel):
        def _generate(self, messages: Any, *args: Any, **kwargs: Any) -> Any:
            with open(log, encoding="utf-8") as fh:
                done = sum(1 for _ in fh)
            if done >= kill_after:  # a crash while the next items are being written
                time.sleep(LATENCY / 2)
                os._exit(17)
            result = super()._generate(messages, *args, **kwargs)
            found = _BLOCK.search(str(messages[-1].content))
            with open(log, "a", encoding="utf-8") as fh:  # this call has returned
                fh.write((found.group(1) if found else "?") + "\n")
            return result

    chat = Killing(responder=echo, latency=LATENCY)
    Session.start(make_cv(20), EXAMPLE_JD.read_text(encoding="utf-8"), store=SessionStore(store_path),
                  session_id=session_id, **_settings(chat, concurrency, llm_cache=cache))


def resume_repeated(folder: Path, kill_after: int, concurrency: int,
                    cache: str) -> dict[str, Any]:
    from cvtailor import Session
    from cvtailor.storage.session_store import SessionStore
    from cvtailor.testing import ScriptedChatModel

    work = Path(tempfile.mkdtemp(dir=folder))
    store_path, log = str(work / "s.sqlite"), str(work / "calls.log")
    Path(log).write_text("", encoding="utf-8")
    child = subprocess.run(
        [sys.executable, __file__, "--resume-child", store_path, "perf-resume",
         str(kill_after), log, str(concurrency), cache], capture_output=True, text=True)
    before = [line for line in Path(log).read_text(encoding="utf-8").splitlines() if line]
    chat = ScriptedChatModel(responder=echo, latency=LATENCY)
    settings = _settings(chat, concurrency, llm_cache=cache)
    store = SessionStore(store_path)
    session = Session.open("perf-resume", store=store, **{
        k: v for k, v in settings.items() if k != "engine"})
    session.resume()
    resumed = [m.group(1) for m in (_BLOCK.search(str(c["messages"][-1].content))
                                    for c in chat.calls) if m]
    repeated = [i for i in resumed if i in set(before)]
    out = {"items": 20, "concurrency": concurrency, "response_cache": cache or "on",
           "child_exit": child.returncode, "calls_before_kill": len(before),
           "calls_after_resume": len(resumed), "repeated_calls": len(repeated),
           "status_after_resume": session.status}
    store.close()
    return out


def prompt_tokens(folder: Path, size: int, concurrency: int) -> dict[str, Any]:
    cv, jd = make_cv(size), EXAMPLE_JD.read_text(encoding="utf-8")
    _, chat, _ = run_session(cv, jd, concurrency, 0.0, folder)
    actual = naive = 0
    for call in chat.calls:
        messages = call["messages"]
        actual += max(1, sum(len(str(m.content)) for m in messages) // 4)
        system = str(messages[0].content) if len(messages) > 1 else ""
        naive += max(1, (len(system) + len(cv) + len(jd)) // 4)
    return {"items": size, "calls": len(chat.calls), "prompt_tokens": actual,
            "naive_prompt_tokens": naive, "ratio": round(actual / naive, 3),
            "counted_as": "characters / 4, as the scripted model reports usage"}


def _measure(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, float, int]:
    """Wall seconds, peak RSS (MiB) and exit code of one process, by /usr/bin/time when there
    is one (wait4 of a child forked from this big process would count this process's pages)."""
    timer = shutil.which("time", path="/usr/bin:/bin")
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        full = [timer, "-f", "%e %M %x", "-o", report.name, *cmd] if timer else cmd
        started = time.perf_counter()
        proc = subprocess.run(full, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              stdin=subprocess.DEVNULL, env=env)
        wall = time.perf_counter() - started
        if timer:
            line = report.read().strip().splitlines()[-1].split()
            return float(line[0]), int(line[1]) / 1024, int(line[2])
    return wall, float("nan"), proc.returncode


def _median_of(runs: int, cmd: list[str], env: dict[str, str] | None = None) -> dict[str, Any]:
    samples = [_measure(cmd, env) for _ in range(runs)]
    return {"wall_s": round(statistics.median(s[0] for s in samples), 3),
            "peak_rss_mib": round(statistics.median(s[1] for s in samples), 1),
            "exit_codes": sorted({s[2] for s in samples}), "runs": runs}


def offline(folder: Path, corpus: Path | None, runs: int) -> dict[str, Any]:
    cli = shutil.which("cvtailor")
    base = [cli] if cli else [sys.executable, "-m", "cvtailor.cli"]
    env = {k: v for k, v in os.environ.items() if not k.startswith("CVTAILOR_")}
    env["CVTAILOR_STORE"] = str(folder / "offline.sqlite")
    out: dict[str, Any] = {
        "command": "cvtailor tailor CV examples/jd_data_platform_engineer.md --auto-approve "
                   "--out DIR", "process": " ".join(base),
        "help": _median_of(runs, [*base, "--help"], env),
        "import_cvtailor": _median_of(runs, [sys.executable, "-c", "import cvtailor"], env),
        "missing_file": _median_of(runs, [*base, "tailor", str(folder / "nope.md"),
                                          str(EXAMPLE_JD)], env),
    }

    def tailor(cv: Path, env_: dict[str, str], n: int) -> dict[str, Any]:
        return _median_of(n, [*base, "tailor", str(cv), str(EXAMPLE_JD), "--auto-approve",
                              "--out", str(folder / "out")], env_)

    cold = dict(env, CVTAILOR_MODEL_CACHE=str(Path(tempfile.mkdtemp(dir=folder)) / "cache"))
    out["example_cold_model_cache"] = tailor(EXAMPLE_CV, cold, 1)  # first run on a machine
    out["example"] = tailor(EXAMPLE_CV, env, runs)
    if corpus is None or not corpus.is_dir():
        out["corpus"] = {"skipped": f"no corpus folder at {corpus}"}
        return out
    rows = {}
    for cv in sorted(p for p in corpus.iterdir() if p.is_file()):
        rows[cv.name] = tailor(cv, env, runs)
    walls = [r["wall_s"] for r in rows.values()]
    rss = [r["peak_rss_mib"] for r in rows.values()]
    out["corpus"] = {"folder": str(corpus), "cvs": rows,
                     "median_wall_s": round(statistics.median(walls), 3),
                     "max_wall_s": max(walls), "max_peak_rss_mib": max(rss)}
    return out


def scale(folder: Path, sessions: int, runs: int) -> dict[str, Any]:
    from cvtailor.context import Context
    from cvtailor.storage.session_store import SessionRecord, SessionStore

    path = folder / "many.sqlite"
    store = SessionStore(path)
    settings = Context().to_dict()
    for n in range(sessions):
        store.save_session(SessionRecord(f"20260101-000000-{n:06x}", "", "", "cv.md", "jd.md",
                                         settings, "completed"))
    started = time.perf_counter()
    listed = store.list_sessions()
    in_process = time.perf_counter() - started
    store.close()
    assert len(listed) == sessions
    cli = shutil.which("cvtailor")
    base = [cli] if cli else [sys.executable, "-m", "cvtailor.cli"]
    env = {k: v for k, v in os.environ.items() if not k.startswith("CVTAILOR_")}
    return {"sessions": sessions, "list_sessions_s": round(in_process, 4),
            "cli_sessions": _median_of(runs, [*base, "sessions", "--store", str(path)], env),
            "cli_sessions_json": _median_of(runs, [*base, "sessions", "--store", str(path),
                                                   "--json"], env)}


def machine() -> dict[str, Any]:
    info: dict[str, Any] = {"cpus": os.cpu_count(), "python": sys.version.split()[0]}
    with_model = shutil.which("lscpu")
    if with_model:
        text = subprocess.run([with_model], capture_output=True, text=True).stdout
        found = re.search(r"Model name:\s*(.+)", text)
        info["cpu"] = found.group(1).strip() if found else ""
    info["load_average_at_start"] = [round(x, 2) for x in os.getloadavg()]
    return info


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="fanout,checkpoint,resume,tokens,offline,scale")
    parser.add_argument("--quick", action="store_true", help="fewer points and runs")
    parser.add_argument("--runs", type=int, default=3, help="runs per whole-process figure")
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "cvs")
    parser.add_argument("--resume-child", nargs=6, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.resume_child:
        store, sid, k, log, c, cache = args.resume_child
        _resume_child(store, sid, int(k), log, int(c), cache)
        return 0
    for name in [n for n in os.environ if n.startswith("CVTAILOR_")]:
        del os.environ[name]  # defaults only
    wanted = set(args.only.split(","))
    sizes, concurrencies = ([5, 20], [1, 8]) if args.quick else ([5, 20, 80], [1, 4, 8, 16])
    repeat = 1 if args.quick else 3
    result: dict[str, Any] = {"machine": machine()}
    with tempfile.TemporaryDirectory(prefix="cvtailor-perf-") as tmp:
        folder = Path(tmp)
        os.environ["CVTAILOR_STORE"] = str(folder / "default.sqlite")
        if "fanout" in wanted:
            result["fanout"] = fanout(folder, sizes, concurrencies, repeat, LATENCY)
        if "checkpoint" in wanted:
            result["checkpoint_overhead_pct"] = checkpoint_overhead(
                folder, 20, 8, 3 if args.quick else 7, LATENCY)
        if "resume" in wanted:
            result["resume_repeated_calls"] = {
                "checkpoints_only": resume_repeated(folder, 10, 1, "off"),
                "defaults": resume_repeated(folder, 10, 4, ""),
            }
        if "tokens" in wanted:
            result["prompt_tokens_ratio_vs_naive"] = prompt_tokens(folder, 20, 8)
        if "offline" in wanted:
            result["offline"] = offline(folder, args.corpus, 1 if args.quick else args.runs)
        if "scale" in wanted:
            result["scale"] = scale(folder, 1000, 1 if args.quick else args.runs)
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
