"""`applications`, `mark` and `fork` as a user runs them: separate processes, exit codes, one
line per error, and nothing changed by a refused command."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import CV_MD, JD_MD

pytestmark = pytest.mark.slow


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "cvtailor.cli", *args], capture_output=True,
                          text=True, timeout=180, stdin=subprocess.DEVNULL)


def fingerprint(store: Path, out: Path) -> str:
    """A hash of every checkpoint, write and record row, and of every output file."""
    digest = hashlib.sha256()
    conn = sqlite3.connect(store)
    for table in ("checkpoints", "writes", "cvtailor_sessions"):
        for row in conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2, 3"):
            digest.update(repr(row).encode())
    conn.close()
    for path in sorted(out.rglob("*")):
        digest.update(path.name.encode() + (path.read_bytes() if path.is_file() else b""))
    return digest.hexdigest()


def test_mark_fork_and_list_from_the_command_line(tmp_path: Path) -> None:
    store, out = tmp_path / "s.sqlite", tmp_path / "out"
    s = ("--store", str(store))
    run = cli("tailor", str(CV_MD), str(JD_MD), "--auto-approve", "--out", str(out), "--json", *s)
    assert run.returncode == 0, run.stderr
    source = json.loads(run.stdout)["session"]

    # Refused: one line on stderr, a non-zero exit, nothing changed.
    before = fingerprint(store, out)
    for args, code, message in (
            (("mark", source, "sent"), 2, "status must be one of draft, ready, applied, closed"),
            (("mark", "nope", "applied"), 1, "no session 'nope'"),
            (("applications", "--status", "sent"), 2, "status must be one of"),
            (("fork", "nope"), 1, "no session 'nope'"),
            (("fork", source, "--checkpoint", "nope"), 1, "has no checkpoint"),
            (("fork", source, "--out", str(out)), 2, "its own output folder")):
        refused = cli(*args, *s)
        assert refused.returncode == code, (args, refused.stderr)
        assert message in refused.stderr and refused.stderr.count("\n") == 1, refused.stderr
    assert fingerprint(store, out) == before

    # fork: a new application, the source byte-identical.
    other = tmp_path / "sre.md"
    other.write_text("# Site Reliability Engineer\n\nNorthwind Grid\n\n## Requirements\n"
                     "- Kubernetes in production\n- Python\n- Prometheus monitoring\n")
    forked = cli("fork", source, "--jd", str(other), "--out", str(tmp_path / "sre"), "--json", *s)
    assert forked.returncode == 0, forked.stderr
    fork = json.loads(forked.stdout)
    assert fork["session"] != source and fork["status"] == "completed"
    assert (tmp_path / "sre" / "cv.md").is_file()
    conn = sqlite3.connect(store)
    assert conn.execute("SELECT count(*) FROM checkpoints WHERE thread_id = ?",
                        (fork["session"],)).fetchone()[0] > 0
    conn.close()

    marked = cli("mark", fork["session"], "applied", "--favourite", "--company", "Northwind",
                 "--json", *s)
    assert marked.returncode == 0, marked.stderr
    assert json.loads(marked.stdout)["status"] == "applied"

    listing = cli("applications", "--json", *s)
    apps = {a["session"]: a for a in json.loads(listing.stdout)}
    assert apps[source]["title"] == "Data Platform Engineer"
    assert apps[source]["company"] == "Harborline Energy" and apps[source]["status"] == "ready"
    assert (apps[fork["session"]]["title"], apps[fork["session"]]["company"],
            apps[fork["session"]]["favourite"]) == ("Site Reliability Engineer", "Northwind",
                                                    True)
    applied = cli("applications", "--status", "applied", *s)
    assert fork["session"] in applied.stdout and source not in applied.stdout
    assert "Northwind" in applied.stdout and "->" in applied.stdout
    assert cli("sessions", *s).stdout.count("\n") == 3  # header + two sessions, still works
