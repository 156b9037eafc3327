"""Kill a run at every node boundary and inside every node; a fresh process continues it with
`review --accept-all` and the CV is byte-identical to an uninterrupted run.

The node list comes from the compiled graph, so a new node is covered automatically. The
killing hooks live in tests/durable/kill_driver.py (a subprocess), not in product code.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from cvtailor.storage.session_store import SessionStore
from tests.conftest import ROOT
from tests.durable.kill_driver import REACHED, graph_nodes

DRIVER = Path(__file__).with_name("kill_driver.py")
NODES = graph_nodes()
# Nodes an offline, auto-approved run never enters (only the LLM engine spends money).
NOT_IN_AN_OFFLINE_RUN = {"cost_cap"}
POINTS = [f"{when}:{node}" for node in NODES for when in ("before", "inside", "after")]


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)])}


class Forker:
    """kill_driver.py --serve: forks a fresh process per request from one that has imported
    cvtailor (so each case skips ~0.8 s of imports per process)."""

    def __init__(self) -> None:
        self.proc = subprocess.Popen([sys.executable, str(DRIVER), "--serve"], text=True,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=_env())

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(json.dumps(list(args)) + "\n")
        self.proc.stdin.flush()
        answer = json.loads(self.proc.stdout.readline())
        return subprocess.CompletedProcess(list(args), answer["rc"], answer["stdout"],
                                           answer["stderr"])

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(timeout=30)


@pytest.fixture(scope="module")
def forker() -> Iterator[Forker]:
    server = Forker()
    yield server
    server.close()


OUTPUTS = ("cv.md", "cover_letter.md")


@pytest.fixture(scope="module")
def baseline(tmp_path_factory: pytest.TempPathFactory, forker: Forker) -> dict[str, bytes]:
    """cv.md and cover_letter.md of one uninterrupted run, and of one refined with an edit
    (shared by every case of this module)."""
    files = {}
    for point in ("none", "none+edit"):
        tmp = tmp_path_factory.mktemp("baseline")
        run = forker.run("drive", str(tmp / "s.sqlite"), str(tmp / "out"), "base", point)
        runs = 2 if point == "none+edit" else 1
        assert run.returncode == 0 and run.stdout.split() == ["completed"] * runs, run.stderr
        for name in OUTPUTS:
            files[f"{point}/{name}"] = (tmp / "out" / name).read_bytes()
    assert files["none/cv.md"] != files["none+edit/cv.md"]  # the edit shows
    return files


def test_the_graph_has_the_nodes_the_matrix_expects() -> None:
    assert {"parse_cv", "parse_jd", "plan", "write_item", "qa_item", "assemble",
            "export"} <= set(NODES)
    assert len(POINTS) == 3 * len(NODES)


@pytest.mark.parametrize("point", POINTS)
def test_killed_at_any_point_review_completes_it_byte_identical(
    point: str, baseline: dict[str, bytes], tmp_path: Path, forker: Forker
) -> None:
    store, out = tmp_path / "s.sqlite", tmp_path / "out"
    killed = forker.run("drive", str(store), str(out), "victim", point)
    node = point.split(":", 1)[1]
    if REACHED in killed.stdout:
        assert node in NOT_IN_AN_OFFLINE_RUN, f"{node} never ran: cover it or list it"
        pytest.skip(f"{node} does not run in an offline auto-approved session")
    assert killed.returncode == -signal.SIGKILL, (killed.returncode, killed.stderr[-2000:])

    with SessionStore(store) as the_store:  # `cvtailor sessions` reads the same list
        listed = {r.id: r.status for r in the_store.list_sessions()}
    assert listed == {"victim": "interrupted"}  # not "running": its process is dead

    resumed = forker.run("cli", "review", "victim", "--accept-all", "--store", str(store), "--json")
    assert resumed.returncode == 0, resumed.stderr[-2000:]
    assert json.loads(resumed.stdout)["status"] == "completed"
    expected = "none+edit" if node == "edit" else "none"
    for name in OUTPUTS:
        assert (out / name).read_bytes() == baseline[f"{expected}/{name}"], name
    assert not [p.name for p in out.iterdir() if p.name.endswith(".tmp")]  # no half files
