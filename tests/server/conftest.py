"""A real `langgraph dev` server for the server tests, started once per module.

The server runs from its own virtual environment (langgraph-cli[inmem] pins protobuf/grpcio):
CVTAILOR_SERVER_PYTHON names that environment's python, else `langgraph` on PATH is used. Its
working folder is a temporary one (the server keeps `.langgraph_api/` there), with a copy of
langgraph.json whose paths point back at this checkout. Its log is kept so tests can count
serializer warnings.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
STARTUP_SECONDS = 90


def langgraph_command() -> list[str] | None:
    """How to run the langgraph CLI: CVTAILOR_SERVER_PYTHON's, or `langgraph` on PATH."""
    python = os.environ.get("CVTAILOR_SERVER_PYTHON")
    if python:
        cli = Path(python).with_name("langgraph")
        return [str(cli)] if cli.exists() else None
    found = shutil.which("langgraph")
    if found:
        return [found]
    return None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Server:
    url: str
    log: Path
    workdir: Path

    def log_text(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")


def start_server(workdir: Path, env_extra: dict[str, str] | None = None) -> tuple[
        subprocess.Popen[bytes], Server]:
    cmd = langgraph_command()
    if cmd is None:
        pytest.skip("langgraph dev is not installed: set CVTAILOR_SERVER_PYTHON to the python "
                    "of a venv with `pip install -e . 'langgraph-cli[inmem]'` (.ci/run does)")
    config = json.loads((ROOT / "langgraph.json").read_text(encoding="utf-8"))
    config["dependencies"] = [str(ROOT)]
    config["graphs"] = {name: str(ROOT / spec.removeprefix("./"))
                        for name, spec in config["graphs"].items()}
    config["checkpointer"] = {"path": str(ROOT / config["checkpointer"]["path"].removeprefix("./"))}
    config["env"] = {"CVTAILOR_SEMANTIC": "false", **(env_extra or {})}
    workdir.mkdir(parents=True, exist_ok=True)
    (workdir / "langgraph.json").write_text(json.dumps(config), encoding="utf-8")
    port = free_port()
    log = workdir / "server.log"
    env = {**os.environ, "LANGGRAPH_CLI_NO_ANALYTICS": "1", "LANGGRAPH_NO_VERSION_CHECK": "true",
           "CVTAILOR_SEMANTIC": "false", "PYTHONUNBUFFERED": "1", "NO_COLOR": "1"}
    env.pop("CVTAILOR_STORE", None)
    env.pop("CVTAILOR_SERVER_OUT_DIR", None)
    env.update(env_extra or {})
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [*cmd, "dev", "--no-browser", "--no-reload", "--port", str(port),
             "--host", "127.0.0.1", "--config", "langgraph.json"],
            cwd=workdir, env=env, stdout=out, stderr=subprocess.STDOUT,
            start_new_session=sys.platform != "win32")
    server = Server(f"http://127.0.0.1:{port}", log, workdir)
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"langgraph dev exited ({proc.returncode}):\n"
                               + server.log_text()[-3000:])
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                pass
            import urllib.request
            with urllib.request.urlopen(server.url + "/ok", timeout=2) as resp:
                if resp.status == 200:
                    return proc, server
        except OSError:
            time.sleep(0.5)
    stop_server(proc)
    raise RuntimeError("langgraph dev did not start:\n" + server.log_text()[-3000:])


def stop_server(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    proc, srv = start_server(tmp_path_factory.mktemp("langgraph-dev"))
    try:
        yield srv
    finally:
        stop_server(proc)
