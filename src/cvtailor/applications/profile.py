"""The person's profile from Python: what gap interviews taught cvtailor about them.

    from cvtailor.applications.profile import open_profile

    with open_profile("default", store="sessions.sqlite") as profile:
        for entry in profile.entries():
            print(entry.id, entry.kind, entry.term)
        profile.forget("apache-kafka")
        profile.export("me.json")

Sessions choose a profile with `profile=NAME` (a `Context` field; `--profile` on the command
line); see `storage.profile` for what is remembered and how a later session uses it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from cvtailor.models import ProfileEntry
from cvtailor.storage.profile import (
    DEFAULT_PROFILE,
    Profile,
    ProfileError,
    profile_names,
    read_export,
)
from cvtailor.storage.session_store import SessionStore

__all__ = ["DEFAULT_PROFILE", "Profile", "ProfileError", "open_profile", "profile_names",
           "read_export", "run_profile_command"]


@contextmanager
def open_profile(name: str = DEFAULT_PROFILE,
                 store: SessionStore | str | Path | None = None) -> Iterator[Profile]:
    """The profile `name` in a session store (a SessionStore, a SQLite path, a PostgreSQL URL,
    or None for the default store); a store opened here is closed afterwards."""
    if isinstance(store, SessionStore):
        yield Profile(store.profile_store, name)
        return
    with SessionStore(store) as opened:
        yield Profile(opened.profile_store, name)


ACTIONS = ("list", "show", "forget", "export", "import")


def run_profile_command(action: str, target: str | None, name: str | None = None,
                        store: str | Path | None = None) -> tuple[object, str]:
    """`cvtailor profile ACTION [TARGET]`: what it prints as JSON and as text. An unknown
    action, profile or entry, or a missing target, raises a one-line error and changes
    nothing. Only `import` creates a profile."""
    from cvtailor.errors import InputError

    if action not in ACTIONS:
        raise InputError(f"unknown profile action {action!r}: use {', '.join(ACTIONS)}")
    if action in ("forget", "export", "import") and not target:
        what = "an entry ID" if action == "forget" else "a FILE"
        raise InputError(f"`cvtailor profile {action}` needs {what}")
    with open_profile(name or DEFAULT_PROFILE, store) as profile:
        if action == "import":
            document = read_export(target or "")  # checked whole before anything is written
            count = profile.load(document)
            return ({"profile": profile.name, "imported": count},
                    f"Imported {count} entries into profile {profile.name!r}")
        profile.require()
        if action == "forget":
            entry = profile.forget(target or "")
            return ({"profile": profile.name, "forgotten": entry.model_dump(mode="json")},
                    f"Forgot {entry.id} ({entry.kind}: {entry.term or entry.concept})")
        if action == "export":
            path = profile.export(target or "")
            return ({"profile": profile.name, "file": str(path),
                     "entries": len(profile.entries())},
                    f"Exported profile {profile.name!r} to {path}")
        entries = [profile.get(target)] if action == "show" and target else profile.entries()
        data = [e.model_dump(mode="json") for e in entries]
        if action == "show":
            return data, "\n\n".join(_describe(e) for e in entries) or "(empty profile)"
        rows = [(e.id, e.kind, e.term or e.concept, _summary(e)) for e in entries]
        return data, (_columns(("id", "kind", "term", "remembered"), rows) if rows
                      else f"Profile {profile.name!r} is empty.")


def _summary(entry: ProfileEntry) -> str:
    text = {"confirmed": "; ".join(entry.evidence), "described": entry.answer,
            "rejected": "you said no"}[entry.kind]
    return text if len(text) <= 70 else text[:67] + "..."


def _describe(entry: ProfileEntry) -> str:
    lines = [f"{entry.id} ({entry.kind}) — {entry.term or entry.concept}",
             f"  asked for: {entry.requirement}" if entry.requirement else ""]
    lines += [f"  CV line: {line}" for line in entry.evidence]
    if entry.answer:
        lines.append(f"  your answer: {entry.answer}" + (f" (under {entry.role})"
                                                          if entry.role else ""))
    lines.append(f"  from session {entry.session or '-'} at {entry.at or '-'}")
    return "\n".join(line for line in lines if line)


def _columns(header: tuple[str, ...], rows: Sequence[tuple[str, ...]]) -> str:
    widths = [max([len(h), *(len(r[i]) for r in rows)]) for i, h in enumerate(header)]
    return "\n".join("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True))
                     .rstrip() for row in [header, *rows])
