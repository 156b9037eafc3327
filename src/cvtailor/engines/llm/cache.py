"""A persistent cache of model answers, per session: an identical request in the same session
(a replay, a resumed node, a re-run after an interrupt) is answered from SQLite at no cost.
Regenerate-with-feedback never reads or writes it (the engine bypasses it).

Keyed by the session id and a hash of the request: provider, model, server, output method,
output schema and every message. Stores the validated output and the raw text.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
from pathlib import Path
from typing import Any

_SCHEMA = ("CREATE TABLE IF NOT EXISTS llm_cache (session TEXT, key TEXT, output TEXT, "
           "raw TEXT, created_at TEXT DEFAULT CURRENT_TIMESTAMP, PRIMARY KEY (session, key))")


# The structured-output method each model accepted last (auto mode remembers it across runs).
_METHODS = "CREATE TABLE IF NOT EXISTS llm_methods (model TEXT PRIMARY KEY, method TEXT)"


# hashlib lets go of the GIL for inputs of 2048 bytes or more; for a prompt of a few KB that
# costs more than the hash: the item writer then waits for the GIL behind the run's other
# threads (up to the 5 ms switch interval) while it holds its node slot. Fed in smaller
# pieces, the digest is the same and the thread keeps the GIL.
_HASH_PIECE = 2047


def request_key(*parts: Any) -> str:
    """SHA-256 hex digest of the parts as sorted JSON: the cache key of one request."""
    blob = memoryview(json.dumps(parts, sort_keys=True, ensure_ascii=False,
                                 default=str).encode("utf-8"))
    digest = hashlib.sha256()
    for start in range(0, len(blob), _HASH_PIECE):
        digest.update(blob[start:start + _HASH_PIECE])
    return digest.hexdigest()


class ResponseCache:
    """Model answers per session and request key, and the structured-output method each model
    accepted last, in a private SQLite file."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path).expanduser()
        from cvtailor.storage.private import private_dir, private_file

        private_dir(self.path.parent)
        private_file(self.path)  # before SQLite opens it: the journal/WAL take its mode
        self._lock = threading.Lock()
        self._conn = sqlite3.connect(str(self.path), check_same_thread=False, timeout=30)
        self._conn.execute("PRAGMA busy_timeout = 30000")
        self._conn.execute(_SCHEMA)
        self._conn.execute(_METHODS)
        self._conn.commit()

    def get(self, session: str, key: str) -> tuple[dict[str, Any], str] | None:
        """(output, raw text) cached for the session and key, or None."""
        with self._lock:
            row = self._conn.execute("SELECT output, raw FROM llm_cache WHERE session=? AND key=?",
                                     (session, key)).fetchone()
        return (json.loads(row[0]), row[1]) if row else None

    def put(self, session: str, key: str, output: dict[str, Any], raw: str) -> None:
        """Store (or replace) the validated output and raw text of a request."""
        with self._lock:
            self._conn.execute("INSERT OR REPLACE INTO llm_cache (session, key, output, raw) "
                               "VALUES (?,?,?,?)", (session, key, json.dumps(output), raw))
            self._conn.commit()

    def method(self, model: str) -> str:
        """The structured-output method the model accepted last; '' when none is stored."""
        with self._lock:
            row = self._conn.execute("SELECT method FROM llm_methods WHERE model=?",
                                     (model,)).fetchone()
        return str(row[0]) if row else ""

    def set_method(self, model: str, method: str) -> None:
        """Remember the structured-output method the model accepted."""
        with self._lock:
            self._conn.execute("INSERT OR REPLACE INTO llm_methods (model, method) VALUES (?,?)",
                               (model, method))
            self._conn.commit()

    def close(self) -> None:
        """Close the SQLite connection."""
        with self._lock:
            self._conn.close()


__all__ = ["ResponseCache", "request_key"]
