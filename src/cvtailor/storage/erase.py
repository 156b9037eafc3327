"""Deleting a session removes every trace of it, not just its row.

    checkpoints and writes   the checkpointer's delete_thread, the session row, its lease;
                             SQLite: `PRAGMA secure_delete=ON` first (freed pages are zeroed),
                             then VACUUM and a WAL checkpoint (TRUNCATE), so neither the file
                             nor its -wal keeps the text; PostgreSQL: VACUUM of the tables
    semantic index           the staged vectors and the Chroma collection, then Chroma's
                             SQLite file purged the same way (full-text index optimised)
    model-response cache     the session's rows in the LLM cache (same SQLite purge)
    outputs (when asked)     the files the session's export wrote, and report.json when it
                             names this session; the folder too once it is empty

Used by `Session.delete` (`cvtailor delete SESSION [--outputs]`) and `prune`.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from pathlib import Path
from typing import Any

# Files export writes (writers.FORMATS, the pages, the report): only these are removed.
OUTPUT_NAMES = {"cv.md", "cv.html", "cv.pdf", "cv.docx", "cv.json", "review.html",
                "gap_report.html", "gap_report.md", "report.json"}


def purge_sqlite(conn: sqlite3.Connection) -> None:
    """Make deleted rows unrecoverable from the file: VACUUM rewrites it without free pages
    (secure_delete zeroed them), and a TRUNCATE checkpoint empties the WAL."""
    conn.commit()
    conn.execute("VACUUM")
    with contextlib.suppress(sqlite3.DatabaseError):
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    conn.commit()


def _open(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), timeout=30)
    conn.execute("PRAGMA busy_timeout = 30000")
    conn.execute("PRAGMA secure_delete = ON")
    return conn


def erase_checkpoints(store: Any, session_id: str) -> None:
    """The session's checkpoints, writes and row, securely (see the module docstring)."""
    if getattr(store, "_pg", None) is not None:
        store.checkpointer.delete_thread(session_id)
        store.delete_session(session_id)
        for table in ("checkpoints", "checkpoint_writes", "checkpoint_blobs",
                      "cvtailor_sessions"):
            with contextlib.suppress(Exception):  # best effort: VACUUM needs table owner
                store._pg.execute(f"VACUUM {table}")  # constant table names
        return
    conn: sqlite3.Connection = store.conn
    conn.execute("PRAGMA secure_delete = ON")
    store.checkpointer.delete_thread(session_id)
    store.delete_session(session_id)
    purge_sqlite(conn)


def erase_index(index_dir: str | None, session_id: str) -> None:
    """The session's semantic index: staged vectors, Chroma collection, Chroma's free pages."""
    from cvtailor.semantic import index as retrieval

    retrieval.drop(index_dir, session_id)
    if not index_dir:
        return
    chroma = Path(index_dir) / "chroma.sqlite3"
    if not chroma.exists():
        return
    conn = _open(chroma)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "embedding_fulltext_search" in tables:  # FTS5 keeps deleted tokens until merged
            with contextlib.suppress(sqlite3.DatabaseError):
                conn.execute("INSERT INTO embedding_fulltext_search(embedding_fulltext_search) "
                             "VALUES('optimize')")
        purge_sqlite(conn)
    finally:
        conn.close()


def erase_cache(cache_path: str | Path | None, session_id: str) -> None:
    """The session's model answers in the LLM cache file (if there is one)."""
    if not cache_path or str(cache_path) in ("off", "none", "0"):
        return
    path = Path(cache_path).expanduser()
    if not path.exists():
        return
    conn = _open(path)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "llm_cache" in tables:
            conn.execute("DELETE FROM llm_cache WHERE session = ?", (session_id,))
        purge_sqlite(conn)
    finally:
        conn.close()


def erase_outputs(outputs: dict[str, Any] | None, out_dirs: list[Path], session_id: str) -> None:
    """The files the session's export wrote, and report.json files naming the session; each
    folder is removed once empty. Other files (another session's, the user's) stay."""
    folders = set(out_dirs)
    for value in (outputs or {}).values():
        path = Path(str(value)) if "\n" not in str(value) else None
        if path is not None and path.name in OUTPUT_NAMES and path.is_file():
            folders.add(path.parent)
            path.unlink()
    for folder in folders:
        report = folder / "report.json"
        with contextlib.suppress(OSError, ValueError, AttributeError):
            if json.loads(report.read_text(encoding="utf-8")).get("session") == session_id:
                report.unlink()
        with contextlib.suppress(OSError):
            folder.rmdir()  # only when empty


def cache_path_of(context: Any) -> str:
    """Where the session's model answers are cached (as the LLM engine decides it)."""
    where = str(getattr(context, "llm_cache", "") or "")
    if where:
        return where
    from cvtailor.storage.session_store import default_store_path

    return str(default_store_path().with_name("llm-cache.sqlite"))


__all__ = ["OUTPUT_NAMES", "cache_path_of", "erase_cache", "erase_checkpoints", "erase_index",
           "erase_outputs", "purge_sqlite"]
