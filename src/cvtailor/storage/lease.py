"""One process at a time per session: a lease row in the session store.

A process that runs a session (start, answer, decide, resume, delete) holds the session's
lease: its pid, host, process start time and an expiry it renews from a heartbeat thread.
A second process gets `SessionBusyError` ("session X is in use by pid N since T") instead of
forking the checkpoint chain, unless it asked to wait. A lease is taken over when it is stale:
its expiry passed (the holder hung, or died on another host), or its process is gone (same
host: the pid no longer runs, or now belongs to a process started later).

The lease is released on every exit path of the block that holds it (return, exception,
Ctrl-C, SIGTERM); a SIGKILL leaves a row whose process is dead, which `sessions` shows as
`interrupted` and the next process takes over. The SQL is the same for SQLite (3.24+) and
PostgreSQL; the SQLite store uses its own connection here, so the heartbeat never shares a
transaction with the checkpointer.
"""

from __future__ import annotations

import os
import signal
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from cvtailor.errors import SessionError

# A SessionStore (storage.session_store imports this module): location, path, _pg, _execute.
SessionStore = Any

TABLE = ("CREATE TABLE IF NOT EXISTS cvtailor_leases (session TEXT PRIMARY KEY, pid INTEGER, "
         "host TEXT, started TEXT, acquired_at TEXT, expires_at DOUBLE PRECISION)")
TTL_S = 60.0  # a holder that stops renewing loses the lease after this long
HEARTBEAT_S = TTL_S / 4
POLL_S = 0.2  # how often a waiting process looks again

_ACQUIRE = (
    "INSERT INTO cvtailor_leases (session, pid, host, started, acquired_at, expires_at) "
    "VALUES (?,?,?,?,?,?) ON CONFLICT(session) DO UPDATE SET pid=excluded.pid, "
    "host=excluded.host, started=excluded.started, acquired_at=excluded.acquired_at, "
    "expires_at=excluded.expires_at WHERE cvtailor_leases.expires_at < ? OR "
    "(cvtailor_leases.pid = ? AND cvtailor_leases.host = ? AND cvtailor_leases.started = ?)")
_TAKE_OVER = ("UPDATE cvtailor_leases SET pid=?, host=?, started=?, acquired_at=?, expires_at=? "
              "WHERE session=? AND pid=? AND host=? AND started=?")
_RENEW = ("UPDATE cvtailor_leases SET expires_at=? WHERE session=? AND pid=? AND host=? "
          "AND started=?")
_RELEASE = "DELETE FROM cvtailor_leases WHERE session=? AND pid=? AND host=? AND started=?"
_SELECT = "SELECT pid, host, started, acquired_at, expires_at FROM cvtailor_leases"


class SessionBusyError(SessionError):
    """Another live process holds the session's lease."""


def process_started(pid: int) -> str:
    """When process `pid` started (Linux: clock ticks since boot; '' elsewhere or when it
    is gone): with the pid, it tells a live holder from a later process given the same pid."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as fh:
            return fh.read().rsplit(")", 1)[1].split()[19]
    except (OSError, IndexError):
        return ""


def pid_alive(pid: int) -> bool:
    """Whether a process with this pid exists on this host (zombies count as dead)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return True


HOST = socket.gethostname()


@dataclass(frozen=True)
class Holder:
    """Who holds a lease: pid, host, process start, since when (ISO), until when (epoch s)."""

    pid: int
    host: str
    started: str
    acquired_at: str
    expires_at: float

    @classmethod
    def me(cls) -> Holder:
        """This process, as a holder whose lease expires TTL_S from now."""
        pid = os.getpid()
        return cls(pid, HOST, process_started(pid),
                   datetime.now(UTC).isoformat(timespec="seconds"), time.time() + TTL_S)

    def same_process(self, other: Holder) -> bool:
        """Whether both name one process."""
        return (self.pid, self.host, self.started) == (other.pid, other.host, other.started)

    def alive(self, now: float | None = None) -> bool:
        """Whether the lease still binds: not expired and, on this host, its process runs."""
        if self.expires_at < (time.time() if now is None else now):
            return False
        if self.host != HOST:
            return True
        return pid_alive(self.pid) and (not self.started
                                        or process_started(self.pid) in ("", self.started))

    def describe(self, session_id: str) -> str:
        """The one-line message a second process gets."""
        where = "" if self.host == HOST else f" on {self.host}"
        return (f"session {session_id} is in use by pid {self.pid}{where} since "
                f"{self.acquired_at}; try again when it finishes (or pass --wait SECONDS)")


class Leases:
    """The lease table of one session store."""

    def __init__(self, store: SessionStore) -> None:
        self.store = store
        self._lock = threading.Lock()
        self._conn: Any = None
        if getattr(store, "_pg", None) is None:
            import sqlite3

            # Its own connection (the store created the table), with the store's busy timeout.
            self._conn = sqlite3.connect(str(store.path), check_same_thread=False, timeout=30)
            self._conn.execute("PRAGMA busy_timeout = 30000")
            self._conn.execute("PRAGMA synchronous = NORMAL")  # as the store's: no fsync per beat

    def execute(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        """One statement, committed; its rows."""
        if self._conn is None:
            rows: list[tuple[Any, ...]] = self.store._execute(sql, params)
            return rows
        with self._lock:
            found: list[tuple[Any, ...]] = self._conn.execute(sql, params).fetchall()
            self._conn.commit()
            return found

    def holder(self, session_id: str) -> Holder | None:
        """The session's lease row, live or not."""
        rows = self.execute(_SELECT + " WHERE session = ?", (session_id,))
        if not rows:
            return None
        pid, host, started, acquired_at, expires_at = rows[0]
        return Holder(int(pid), str(host), str(started), str(acquired_at), float(expires_at))

    def holders(self) -> dict[str, Holder]:
        """Every lease row, by session."""
        return {r[0]: Holder(int(r[1]), r[2], r[3], r[4], float(r[5]))
                for r in self.execute("SELECT session, pid, host, started, acquired_at, "
                                      "expires_at FROM cvtailor_leases")}

    def try_acquire(self, session_id: str, me: Holder) -> Holder | None:
        """Take the lease (or take over a stale one): None when `me` holds it now, else the
        live holder."""
        mine = (me.pid, me.host, me.started, me.acquired_at, me.expires_at)
        self.execute(_ACQUIRE, (session_id, *mine, time.time(), me.pid, me.host, me.started))
        current = self.holder(session_id)
        if current is None or current.same_process(me):
            return None if current else self.try_acquire(session_id, me)
        if current.alive():
            return current
        self.execute(_TAKE_OVER, (*mine, session_id, current.pid, current.host, current.started))
        current = self.holder(session_id)
        return None if current is not None and current.same_process(me) else current

    def renew(self, session_id: str, me: Holder) -> None:
        """Push the lease's expiry TTL_S into the future."""
        self.execute(_RENEW, (time.time() + TTL_S, session_id, me.pid, me.host, me.started))

    def release(self, session_id: str, me: Holder) -> None:
        """Give the lease up (only if `me` still holds it)."""
        self.execute(_RELEASE, (session_id, me.pid, me.host, me.started))

    def close(self) -> None:
        """Close the SQLite connection of the lease table."""
        if self._conn is not None:
            with self._lock:
                self._conn.close()


# Leases this process holds: (store location, session) -> [depth, thread id, holder, stop].
_held: dict[tuple[str, str], list[Any]] = {}
_held_lock = threading.Lock()


def leases_of(store: SessionStore) -> Leases:
    """The store's lease table (made once per store)."""
    found: Leases | None = getattr(store, "leases", None)
    if found is None:
        found = Leases(store)
        store.leases = found
    return found


@contextmanager
def hold(store: SessionStore, session_id: str, wait: float = 0.0) -> Iterator[None]:
    """Hold the session's lease for the block (re-entrant in one thread). `wait`: seconds to
    wait for a busy session before SessionBusyError."""
    key = (store.location, session_id)
    with _held_lock:
        entry = _held.get(key)
        if entry is not None and entry[1] == threading.get_ident():
            entry[0] += 1
            nested = True
        else:
            nested = False
    if nested and entry is not None:
        try:
            yield
        finally:
            with _held_lock:
                entry[0] -= 1
        return
    if entry is not None:  # another thread of this process runs the session
        raise SessionBusyError(entry[2].describe(session_id))
    leases = leases_of(store)
    me = Holder.me()
    deadline = time.monotonic() + max(0.0, wait)
    while (busy := leases.try_acquire(session_id, me)) is not None:
        if time.monotonic() >= deadline:
            raise SessionBusyError(busy.describe(session_id))
        time.sleep(POLL_S)
    stop = threading.Event()
    with _held_lock:
        _held[key] = [1, threading.get_ident(), me, stop]
    beat = threading.Thread(target=_heartbeat, args=(leases, session_id, me, stop),
                            name=f"cvtailor-lease-{session_id}", daemon=True)
    beat.start()
    try:
        with _terminate_as_exit():
            yield
    finally:
        stop.set()
        with _held_lock:
            _held.pop(key, None)
        beat.join(timeout=5)
        leases.release(session_id, me)


def _heartbeat(leases: Leases, session_id: str, me: Holder, stop: threading.Event) -> None:
    while not stop.wait(HEARTBEAT_S):
        try:
            leases.renew(session_id, me)
        except Exception:  # a busy or closed store: the next beat tries again
            continue


@contextmanager
def _terminate_as_exit() -> Iterator[None]:
    """SIGTERM inside the block raises SystemExit(143), so `finally` blocks (the lease's
    release) run; only in the main thread and only over the default handler."""
    if (threading.current_thread() is not threading.main_thread()
            or signal.getsignal(signal.SIGTERM) is not signal.SIG_DFL):
        yield
        return

    def _exit(signum: int, frame: object) -> None:
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, _exit)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)


def live(holder: Holder | None, now: float | None = None) -> bool:
    """Whether a lease row binds (None: no lease)."""
    return holder is not None and holder.alive(now)


__all__ = ["HEARTBEAT_S", "HOST", "TTL_S", "Holder", "Leases", "SessionBusyError", "hold",
           "leases_of", "live", "pid_alive", "process_started"]
