"""Test-only driver: run one offline, auto-approved tailoring into a SQLite store and SIGKILL
this process at a chosen point. Nothing here is product code; the hooks wrap the graph's node
functions (StateGraph.add_node) and the checkpointer's put_writes of this process only.

    python tests/durable/kill_driver.py STORE OUT_DIR SESSION POINT

The run writes a cover letter too. POINT is `none` (run to the end), `none+edit` (then
refine the completed CV with one edit), `before:NODE` (the node's first run is entered: its input
is checkpointed, it has done nothing), `inside:NODE` (its body has run, its result is not
returned or saved) or `after:NODE` (its writes are saved, the next checkpoint is not); for NODE `edit` the
kill comes in the edit's run, after the first run completed.
With --list it prints the compiled graph's node names as JSON and exits.

With --serve it imports cvtailor once and then, per JSON line on stdin (["drive", args...] or
["cli", args...]), forks a fresh child process that runs the driver or the `cvtailor` command
with its stdout/stderr in files, and answers {"rc", "stdout", "stderr"} on one line. The child
inherits imported modules, never a run's state (the server runs none): it is a fresh process
that skips ~0.8 s of imports, which keeps the kill matrix fast.
"""

from __future__ import annotations

import functools
import json
import os
import signal
import sys
import threading
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
CV = ROOT / "examples" / "cv_maria_santos.md"
JD = ROOT / "examples" / "jd_data_platform_engineer.md"
REACHED = "NODE-NOT-REACHED"
# Whether the kill point is live: for `edit` points only once the first run has completed.
ARMED: list[bool] = [True]


def graph_nodes() -> list[str]:
    """The node names of the compiled graph (so a new node is covered automatically)."""
    from cvtailor.graph import build_graph

    return [n for n in build_graph().nodes if not n.startswith("__")]


def die() -> None:
    sys.stdout.flush()
    os.kill(os.getpid(), signal.SIGKILL)


def install(point: str) -> None:
    """Wrap every node function and the put_writes of every SqliteSaver for `point`."""
    from langgraph.checkpoint.sqlite import SqliteSaver
    from langgraph.config import get_config
    from langgraph.graph import StateGraph

    when, _, target = point.partition(":")
    if target == "edit":  # `edit` is the node Session.edit writes as; its run starts after it
        target = "assemble"
    tasks: dict[str, str] = {}  # task id -> node name
    lock = threading.Lock()

    def wrap(name: str, fn: Any) -> Any:
        @functools.wraps(fn)
        def node(*args: Any, **kwargs: Any) -> Any:
            if name == target and ARMED:
                if when == "before":
                    die()
                task_id = str(get_config()["configurable"].get("__pregel_task_id", ""))
                with lock:
                    tasks[task_id] = name
            result = fn(*args, **kwargs)
            if name == target and when == "inside" and ARMED:
                die()
            return result
        return node

    real_add_node = StateGraph.add_node

    def add_node(self: Any, node: Any, action: Any = None, **kw: Any) -> Any:
        if isinstance(node, str) and callable(action):
            action = wrap(node, action)
        return real_add_node(self, node, action, **kw)

    StateGraph.add_node = add_node  # type: ignore[method-assign]

    real_put_writes = SqliteSaver.put_writes

    def put_writes(self: Any, config: Any, writes: Any, task_id: str,
                   task_path: str = "") -> None:
        real_put_writes(self, config, writes, task_id, task_path)
        if when == "after":
            with lock:
                done = tasks.get(task_id) == target
            if done:
                die()

    SqliteSaver.put_writes = put_writes  # type: ignore[method-assign]


def serve() -> int:
    """Fork a fresh child per request line (see the module docstring)."""
    import tempfile

    from langgraph.checkpoint.sqlite import SqliteSaver  # noqa: F401

    import cvtailor.cli
    import cvtailor.session

    for line in sys.stdin:
        kind, *args = json.loads(line)
        with tempfile.TemporaryDirectory() as tmp:
            out_path, err_path = Path(tmp) / "out", Path(tmp) / "err"
            pid = os.fork()
            if pid == 0:  # the child: a fresh process with cvtailor imported
                code = 1
                try:
                    with open(out_path, "w") as out, open(err_path, "w") as err:
                        os.dup2(out.fileno(), 1)
                        os.dup2(err.fileno(), 2)
                    sys.stdin = open(os.devnull)  # noqa: SIM115
                    sys.argv = [kind, *args]
                    try:
                        code = drive(args) if kind == "drive" else cvtailor.cli.app(args)
                    except SystemExit as exc:
                        code = exc.code if isinstance(exc.code, int) else 1
                    except BaseException:
                        import traceback

                        traceback.print_exc()
                finally:
                    sys.stdout.flush()
                    sys.stderr.flush()
                    os._exit(code)
            _, status = os.waitpid(pid, 0)
            rc = -os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)
            print(json.dumps({"rc": rc, "stdout": out_path.read_text(),
                              "stderr": err_path.read_text()}), flush=True)
    return 0


def main() -> int:
    if sys.argv[1:] == ["--list"]:
        print(json.dumps(graph_nodes()))
        return 0
    if sys.argv[1:] == ["--serve"]:
        return serve()
    return drive(sys.argv[1:5])


def edited_item(values: dict[str, Any]) -> tuple[str, str]:
    """The first item the run rewrote, and its original text."""
    final = values["final_cv"].item_map()
    for item in values["cv"].item_map().values():
        if item.original.strip() and item.id in final and final[item.id].text != item.original:
            return item.id, item.original
    raise AssertionError("the run rewrote no item")


def drive(args: list[str]) -> int:
    """Run one tailoring, killed at the point args[3] names."""
    store, out, session_id, point = args
    if point not in ("none", "none+edit"):
        install(point)
    if point.endswith(":edit"):
        ARMED.clear()
    from cvtailor.session import Session
    from cvtailor.storage.session_store import SessionStore

    with SessionStore(store) as the_store:
        session = Session.start(CV, JD, store=the_store, session_id=session_id,
                                auto_approve=True, engine="offline", out_dir=out,
                                cover_letter=True)
        print(session.status)
        if point.endswith(":edit") or point == "none+edit":
            # `edit` runs only when a completed CV is refined: revert one rewritten item to
            # its original wording (always supported); the edit's run (from assemble on) is
            # where the `edit` kill points strike.
            ARMED[:] = [True]
            session.edit(*edited_item(session.values))
            print(session.status)
    if point not in ("none", "none+edit"):
        print(REACHED)  # the run finished without passing the point
    return 0


if __name__ == "__main__":
    sys.exit(main())
