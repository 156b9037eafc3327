"""Pruning old sessions: `cvtailor prune --older-than 30d [--dry-run]` and `prune()`.

A session is old when its record was last updated (started, answered, reviewed, resumed)
before the cut-off. Each is removed by the same path as `delete` (`Session.delete`: every
trace, see `storage.erase`); one another process is running is skipped, never waited for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from cvtailor.errors import InputError

_AGE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([dh])\s*$", re.I)


def parse_age(value: str | timedelta) -> timedelta:
    """'30d' / '12h' (days or hours) as a timedelta; InputError for anything else."""
    if isinstance(value, timedelta):
        return value
    found = _AGE.match(str(value))
    if not found:
        raise InputError(f"--older-than must be a number of days or hours such as 30d or 12h, "
                         f"not {value!r}")
    amount, unit = float(found.group(1)), found.group(2).lower()
    return timedelta(days=amount) if unit == "d" else timedelta(hours=amount)


@dataclass
class PruneResult:
    """Which sessions were (or, in a dry run, would be) deleted, and which were skipped."""

    cutoff: str
    deleted: list[str] = field(default_factory=list)
    skipped: dict[str, str] = field(default_factory=dict)  # session -> why
    dry_run: bool = False


def prune(older_than: str | timedelta, *, store: Any = None, dry_run: bool = False,
          outputs: bool = False, now: datetime | None = None) -> PruneResult:
    """Delete every session last updated more than `older_than` ago ('30d', '12h' or a
    timedelta) from `store` (a SessionStore, a path or URL; default the user's store), with
    their outputs when `outputs`. `dry_run` only lists them."""
    from cvtailor.session import Session
    from cvtailor.storage.lease import SessionBusyError
    from cvtailor.storage.session_store import SessionStore

    age = parse_age(older_than)
    cutoff = (now or datetime.now(UTC)) - age
    result = PruneResult(cutoff=cutoff.isoformat(timespec="seconds"), dry_run=dry_run)
    the_store = store if isinstance(store, SessionStore) else SessionStore(
        str(store) if isinstance(store, Path) else store)
    try:
        for record in the_store.list_sessions():
            if _when(record.updated_at or record.created_at) >= cutoff:
                continue
            if record.status == "running":
                result.skipped[record.id] = "running"
                continue
            if dry_run:
                result.deleted.append(record.id)
                continue
            try:
                Session.open(record.id, store=the_store).delete(outputs=outputs)
            except SessionBusyError as exc:
                result.skipped[record.id] = str(exc)
                continue
            result.deleted.append(record.id)
    finally:
        if the_store is not store:
            the_store.close()
    return result


def _when(stamp: str) -> datetime:
    try:
        when = datetime.fromisoformat(stamp)
    except (TypeError, ValueError):
        return datetime.max.replace(tzinfo=UTC)  # unreadable: never pruned
    return when if when.tzinfo else when.replace(tzinfo=UTC)


__all__ = ["PruneResult", "parse_age", "prune"]
