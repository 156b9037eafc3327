"""Versions of a session's CV: what the CV read at each one, how two differ, and the checked
update an edit of a completed CV makes.

Every review round is a version (`models.Version`, in the graph's `versions`), and so is every
edit after completion (`kind="edit"`). Version 0 is the original CV. The CV at version N is the
assembled CV's structure (the latest `final_cv`) with each item's text as the versions up to N
left it: accepted or edited text, the original for a rejected item, unchanged by a
regenerate (its new draft is decided in a later round). The latest version is the final CV.

An edit after completion is refused when the fabrication guard finds a number, skill,
employer or other name, or a credential that neither the CV nor the person's answers support
(`check_edit`); the session is then left as it was. An accepted edit becomes a `Decision` (and,
for an item no writer drafted, a `Draft`) written to the thread as the graph's `edit` node
(`update_state(..., as_node="edit")`), so the run re-assembles and re-exports from there and
the checkpoint history shows the edit where it happened.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from cvtailor.errors import InputError, SessionError
from cvtailor.models import (
    Decision,
    DecisionEvent,
    Draft,
    ItemDiff,
    ItemStatus,
    QAResult,
    StructuredCV,
    Version,
    VersionDiff,
    VersionItem,
    versions_of,
)


def version_numbers(values: Mapping[str, Any]) -> list[int]:
    """The session's version numbers, oldest first (0, the original CV, is always there)."""
    return [0, *sorted(v.round for v in versions_of(values.get("versions")))]


def check_version(values: Mapping[str, Any], n: int, session: str = "") -> int:
    """`n` when the session has version `n`; a one-line SessionError naming the versions
    otherwise."""
    known = version_numbers(values)
    if n not in known:
        where = f"session {session} " if session else ""
        raise SessionError(f"{where}has no version {n} (versions: "
                           f"{', '.join(map(str, known))})")
    return n


def texts_at(values: Mapping[str, Any], n: int) -> dict[str, str]:
    """Item id -> text at version `n` for every item a version up to `n` decided."""
    out: dict[str, str] = {}
    for version in sorted(versions_of(values.get("versions")), key=lambda v: v.round):
        if version.round > n:
            break
        for item_id, row in version.items.items():
            if row.action != "regenerate":
                out[item_id] = row.final
    return out


def cv_at(values: Mapping[str, Any], n: int) -> StructuredCV:
    """The CV as version `n` reads (0: the original). Items with no text at that version
    (sections the plan added later, say) are left out."""
    base = values.get("final_cv") or values["cv"]
    cv: StructuredCV = base.model_copy(deep=True)
    texts = texts_at(values, n) if n else {}
    originals = values["cv"].item_map()
    for section in cv.sections:
        for entry in section.entries:
            for item in entry.items:
                source = originals.get(item.id, item)
                if item.id in texts:
                    item.text = texts[item.id]
                elif n == 0 or item.status not in (ItemStatus.STATIC, ItemStatus.INITIAL):
                    item.text = source.original
            entry.items = [i for i in entry.items if i.text.strip()]
        section.entries = [e for e in section.entries if e.items or e.heading or e.details]
    cv.sections = [s for s in cv.sections if s.entries]
    return cv


def diff(values: Mapping[str, Any], a: int, b: int) -> VersionDiff:
    """Version `a` against version `b`, item by item, as a word diff."""
    from cvtailor.writers.review import word_ops

    left, right = cv_at(values, a), cv_at(values, b)
    lmap, rmap = left.item_map(), right.item_map()
    order = [i.id for i in right.items()] + [i for i in lmap if i not in rmap]
    rows, same = [], 0
    for item_id in order:
        old, new = lmap.get(item_id), rmap.get(item_id)
        ta, tb = old.text if old else "", new.text if new else ""
        if ta.split() == tb.split():
            same += 1
            continue
        located = (right if new else left).locate(item_id)
        rows.append(ItemDiff(id=item_id, section=located[0].heading if located else "",
                             a=ta, b=tb, ops=word_ops(ta, tb)))
    return VersionDiff(a=a, b=b, items=rows, unchanged=same)


def edit_evidence(values: Mapping[str, Any], item_id: str) -> list[str]:
    """What an edit may rest on: every line of the original CV (items, entry headings and
    details, contact lines), the item's current text (already checked), the person's answers
    and the terms they confirmed."""
    cv: StructuredCV = values["cv"]
    out = [*cv.contact, *_entry_lines(cv), *_current_and_answers(values, item_id)]
    out += [e.text for rows in (values.get("confirmed") or {}).values() for e in rows
            if getattr(e, "text", "")]
    plan = values.get("plan")
    out += [term for p in (plan.items if plan else []) for term in p.attested]
    return [t for t in out if t]


def entry_evidence(values: Mapping[str, Any], item_id: str) -> list[str]:
    """What an edit's numbers and names may rest on: the item's own entry (heading, details,
    every item's original text), its current text, and the person's answers."""
    out = [*_entry_lines(values["cv"], item_id), *_current_and_answers(values, item_id)]
    return [t for t in out if t]


def _entry_lines(cv: StructuredCV, item_id: str | None = None) -> list[str]:
    """Every entry's heading, details and items' original texts (only the entry holding
    `item_id` when one is given)."""
    out: list[str] = []
    for section in cv.sections:
        for entry in section.entries:
            if item_id is None or any(i.id == item_id for i in entry.items):
                out += [entry.heading, *entry.details]
                out += [i.original or i.text for i in entry.items]
    return out


def _current_and_answers(values: Mapping[str, Any], item_id: str) -> list[str]:
    """The item's current text (already checked) and the person's answers."""
    final = values.get("final_cv")
    current = final.item_map().get(item_id) if final else None
    return ([current.text] if current is not None else []) + [
        a.text for a in values.get("answers") or []]


def check_edit(values: Mapping[str, Any], item_id: str, text: str) -> QAResult:
    """The fabrication guard's verdict on an edit of a completed CV: refused when it adds a
    fact (`ADDS_A_FACT`); its length, a number it drops and keywords are the person's choice."""
    from cvtailor.checks.fabrication import ADDS_A_FACT, check_draft
    from cvtailor.text.vocabulary import default_vocabulary

    vocab = default_vocabulary()
    item = values["cv"].item_map()[item_id]
    draft = Draft(item_id=item_id, text=text, original=item.original)
    result = check_draft(draft, edit_evidence(values, item_id), vocab)
    # Numbers and names must come from the item's own entry (its role, school...): "12 hours"
    # elsewhere in the CV does not make "12 years" here, nor "Google Cloud" in the skills "at
    # Google" in this role. Skills may come from anywhere in the CV.
    scoped = check_draft(draft, entry_evidence(values, item_id), vocab)
    result.issues += [i for i in scoped.issues
                      if i.code in ("fabricated_number", "unsupported_name")
                      and i.code not in {r.code for r in result.issues}]
    refusing = [i for i in result.issues if i.code in ADDS_A_FACT]
    return result.model_copy(update={"passed": not refusing, "issues": refusing or [
        i.model_copy(update={"severity": "warning"}) for i in result.issues]})


def edit_update(values: Mapping[str, Any], item_id: str, text: str,
                session: str = "") -> dict[str, Any]:
    """The state update an edit of item `item_id` makes (a new version), once it is checked;
    a one-line SessionError (unknown item) or InputError (refused) otherwise."""
    final: StructuredCV | None = values.get("final_cv")
    if final is None or item_id not in final.item_map():
        known = ", ".join(list(final.item_map())[:8]) if final else ""
        raise SessionError(f"session {session} has no item {item_id!r} in its CV"
                           + (f" (items: {known}, ...)" if known else ""))
    text = " ".join(text.split())
    verdict = check_edit(values, item_id, text)
    if not verdict.passed:
        reasons = "; ".join(i.message for i in verdict.issues)
        raise InputError(f"edit of {item_id} refused, it adds what the CV does not support: "
                         f"{reasons}")
    number = version_numbers(values)[-1] + 1
    now = datetime.now(UTC).isoformat()
    current = final.item_map()[item_id].text
    decision = Decision(action="edit", text=text, round=number, by="user")
    update: dict[str, Any] = {
        "decisions": {item_id: decision},
        "audit": [DecisionEvent.of(item_id, decision, at=now)],
        "versions": [Version(round=number, at=now, kind="edit", items={
            item_id: VersionItem(draft=current, action="edit", final=text)})],
    }
    drafts = values.get("drafts") or {}
    if item_id not in drafts:  # assemble applies decisions to drafted items
        original = values["cv"].item_map()[item_id].original
        update["drafts"] = {item_id: Draft(item_id=item_id, text=current, original=original,
                                           round=number, engine="user", settled=True)}
    return update
