"""A new store file set up by several connections at once (batch threads, two processes):
LangGraph's SqliteStore migrations run without a transaction, so the setup must survive the
race (it once failed a batch application with 'UNIQUE constraint failed:
store_migrations.v')."""

from __future__ import annotations

import threading
from pathlib import Path

from cvtailor.storage.session_store import SessionStore


def test_profile_stores_on_a_new_file_set_up_at_once_all_work(tmp_path: Path) -> None:
    for round_ in range(5):
        path = tmp_path / f"s{round_}.sqlite"
        stores = [SessionStore(path) for _ in range(6)]
        barrier, errors = threading.Barrier(len(stores)), []

        def open_profile(store: SessionStore, barrier: threading.Barrier = barrier,
                         errors: list[str] = errors) -> None:
            barrier.wait()
            try:
                store.profile_store.put(("profiles", "default", "entries"), "k", {"v": 1})
            except Exception as exc:
                errors.append(repr(exc))

        threads = [threading.Thread(target=open_profile, args=(s,)) for s in stores]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        try:
            assert errors == []
            item = stores[0].profile_store.get(("profiles", "default", "entries"), "k")
            assert item is not None and item.value == {"v": 1}
        finally:
            for s in stores:
                s.close()
