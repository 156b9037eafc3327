"""The person's profile in LangGraph's cross-thread store (`BaseStore`): what they confirmed,
described or rejected in gap interviews, kept across sessions (long-term memory).

Entries live under the namespace `("profiles", NAME, "entries")`, one item per concept (its
slug is the key). The store is the session store's (`SessionStore.profile_store`: SQLite next
to the checkpoints, or PostgreSQL), or the server's own under `langgraph dev`; nodes reach it
with `run_profile()`.

`Profile` is also the API behind `cvtailor profile`: list, show, forget, export, import.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import ValidationError

from cvtailor.errors import CVTailorError, InputError, parse_json
from cvtailor.models import ProfileEntry, ProfileExport
from cvtailor.storage.private import write_private

if TYPE_CHECKING:
    from langgraph.store.base import BaseStore

    from cvtailor.context import Context

ROOT = "profiles"
ENTRIES = "entries"
DEFAULT_PROFILE = "default"
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
_LIST_PAGE = 1000


class ProfileError(CVTailorError):
    """A profile or profile entry that does not exist, or a bad profile name."""


class ProfileNameError(ProfileError, InputError):
    """A profile name that is not allowed (bad input: the CLI exits 2)."""


def check_name(name: str) -> str:
    """The profile name, or ProfileError: letters, digits, '.', '_' and '-', at most 64."""
    if not _NAME.match(name or ""):
        raise ProfileNameError(f"bad profile name {name!r}: use letters, digits, '.', '_' or '-' "
                           "(at most 64, starting with a letter or digit)")
    return name


def slug(concept: str) -> str:
    """An entry id for a concept: lower case, words joined by '-' ('CI/CD' -> 'ci-cd')."""
    return re.sub(r"[^a-z0-9+#]+", "-", concept.lower()).strip("-") or "entry"


class Profile:
    """One person's profile in a `BaseStore`."""

    def __init__(self, store: BaseStore, name: str = DEFAULT_PROFILE) -> None:
        self.store = store
        self.name = check_name(name)
        self.namespace = (ROOT, self.name, ENTRIES)

    # -- reading ---------------------------------------------------------------------------
    def entries(self) -> list[ProfileEntry]:
        """Every entry, by id."""
        rows: list[ProfileEntry] = []
        offset = 0
        while True:
            page = self.store.search(self.namespace, limit=_LIST_PAGE, offset=offset)
            for item in page:
                try:
                    rows.append(ProfileEntry.model_validate(item.value))
                except ValidationError:
                    continue  # a row written by a newer version: left alone, not lost
            if len(page) < _LIST_PAGE:
                break
            offset += _LIST_PAGE
        return sorted(rows, key=lambda e: e.id)

    def exists(self) -> bool:
        """Whether the profile has any entry."""
        return bool(self.store.search(self.namespace, limit=1))

    def get(self, entry_id: str) -> ProfileEntry:
        """One entry; ProfileError when there is none."""
        item = self.store.get(self.namespace, entry_id)
        if item is None:
            raise ProfileError(f"profile {self.name!r} has no entry {entry_id!r} "
                               "(see `cvtailor profile list`)")
        return ProfileEntry.model_validate(item.value)

    def require(self) -> Profile:
        """This profile if it has entries (or is the default one); else ProfileError naming
        the profiles there are."""
        if self.name == DEFAULT_PROFILE or self.exists():
            return self
        known = ", ".join(profile_names(self.store)) or "none yet"
        raise ProfileError(f"no profile {self.name!r} (profiles: {known})")

    # -- writing ---------------------------------------------------------------------------
    def put(self, entry: ProfileEntry) -> None:
        """Store an entry (replacing the one with its id)."""
        self.store.put(self.namespace, entry.id, entry.model_dump(mode="json"), index=False)

    def remember(self, entries: list[ProfileEntry]) -> None:
        """Store what a person just answered; a confirmation of a concept already confirmed
        adds its CV lines to the ones remembered."""
        for entry in entries:
            item = self.store.get(self.namespace, entry.id)
            if item is not None and entry.kind == "confirmed":
                try:
                    old = ProfileEntry.model_validate(item.value)
                except ValidationError:
                    old = None
                if old is not None and old.kind == "confirmed":
                    lines = [*old.evidence, *(t for t in entry.evidence if t not in old.evidence)]
                    entry = entry.model_copy(update={"evidence": lines})
            self.put(entry)

    def forget(self, entry_id: str) -> ProfileEntry:
        """Remove an entry and return it; ProfileError (nothing removed) when there is none."""
        entry = self.get(entry_id)
        self.store.delete(self.namespace, entry_id)
        return entry

    # -- files -----------------------------------------------------------------------------
    def dump(self) -> ProfileExport:
        """The whole profile as an export document."""
        return ProfileExport(profile=self.name, entries=self.entries())

    def export(self, path: str | Path) -> Path:
        """Write the profile to a JSON file (0600); the path written."""
        target = Path(path).expanduser()
        text = json.dumps(self.dump().model_dump(mode="json"), indent=2, ensure_ascii=False)
        try:
            write_private(target, text + "\n")  # the person's answers: readable by them alone
        except OSError as exc:
            raise InputError(f"cannot write profile file {target}: "
                             f"{exc.strerror or type(exc).__name__}") from None
        return target

    def load(self, document: ProfileExport) -> int:
        """Add an export document's entries (an entry with the same id is replaced); how many."""
        for entry in document.entries:
            self.put(entry)
        return len(document.entries)

    def import_file(self, path: str | Path) -> int:
        """Add the entries of an exported file; the whole file is checked before anything is
        written (a bad file changes nothing). How many entries were added."""
        return self.load(read_export(path))


def read_export(path: str | Path) -> ProfileExport:
    """An exported profile file, checked; InputError with one line when it is not one."""
    source = Path(path).expanduser()
    try:
        text = source.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"profile file not found: {source}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read profile file {source}: {exc}") from None
    data = parse_json(text, f"profile file {source}")
    try:
        document = ProfileExport.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ())) or "top level"
        raise InputError(f"profile file {source} is not a cvtailor profile export: {where}: "
                         f"{first.get('msg', 'invalid')}") from None
    ids = [e.id for e in document.entries]
    if len(ids) != len(set(ids)):
        raise InputError(f"profile file {source} has the same entry id twice")
    return document


def profile_names(store: BaseStore) -> list[str]:
    """The profiles that have entries in `store`."""
    spaces = store.list_namespaces(prefix=(ROOT,), max_depth=2, limit=_LIST_PAGE)
    return sorted({ns[1] for ns in spaces if len(ns) >= 2})


def run_profile(ctx: Context) -> Profile | None:
    """The running graph's profile (the store it was compiled with, or the server's), or None
    when the graph has no store (`analyze`, a graph built without one)."""
    try:
        from langgraph.config import get_store

        store = get_store()
    except Exception:  # outside a run, or no store
        return None
    if store is None:
        return None
    return Profile(store, ctx.profile or DEFAULT_PROFILE)
