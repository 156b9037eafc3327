"""assemble: the final CV from the decisions, in recruiter order, with coverage before/after,
diff statistics and the validation gates (nothing lost, not much shorter than the original).

Bullets move only when it helps: one that carries evidence for the job moves above an
unquantified one that carries none; a quantified bullet (a number, %, money) never moves down;
the author's order stays otherwise; and a CV whose tailoring changed no line (it already used
every evidenced JD term) keeps its order."""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from typing import Any

from langgraph.runtime import Runtime

from cvtailor.checks.coverage import keyword_coverage
from cvtailor.checks.fabrication import PII_PATTERNS, PII_REMOVED_BY_DEFAULT, pii_findings
from cvtailor.context import Context
from cvtailor.models import (
    SECTION_ORDER,
    AssemblyResult,
    Coverage,
    CVItem,
    DiffStats,
    ItemStatus,
    PrivacyFinding,
    SectionKind,
    StructuredCV,
)
from cvtailor.nodes.common import settings, timed
from cvtailor.state import TailorState
from cvtailor.text.vocabulary import default_vocabulary
from cvtailor.writers.markdown import cv_plain_text

MIN_LENGTH_RATIO = 0.75


# Numbers that are names, not quantities: years, and an acronym's number (ASC 842, FY2023).
_NOT_A_QUANTITY = re.compile(r"\b(?:19|20)\d{2}\b|\b[A-Z]{2,}[ -]?\d+\b")


def quantified(text: str) -> bool:
    """A bullet with a number, a percentage or an amount of money."""
    return bool(re.search(r"\d|[$€£]", _NOT_A_QUANTITY.sub(" ", text)))


def order_bullets(items: list[CVItem], relevant: Callable[[CVItem], bool]) -> list[CVItem]:
    """A bullet that carries evidence for the job moves above one that carries none and is not
    quantified; nothing ever moves above a quantified bullet, so the author's strongest,
    quantified bullets keep their place and their order."""
    out = list(items)
    moved = True
    while moved:  # each swap removes one irrelevant-above-relevant pair, so this ends
        moved = False
        for n in range(len(out) - 1):
            above, below = out[n], out[n + 1]
            if relevant(below) and not relevant(above) and not quantified(above.text):
                out[n], out[n + 1] = below, above
                moved = True
    return out


def apply_decisions(state: TailorState) -> StructuredCV:
    """The CV with each item's decision applied (accept, edit, reject, a failed draft keeps the
    original), emptied parts dropped, in recruiter order when a line changed."""
    cv = state["cv"].model_copy(deep=True)
    drafts = state.get("drafts") or {}
    decisions = state.get("decisions") or {}
    for section in cv.sections:
        for entry in section.entries:
            for item in entry.items:
                draft, decision = drafts.get(item.id), decisions.get(item.id)
                if draft is None:
                    continue
                item.raw_output = draft.raw_output
                item.evidence = draft.evidence
                item.metadata.update({
                    "qa_score": draft.qa.score if draft.qa else None,
                    "qa_issues": [i.model_dump() for i in draft.qa.issues] if draft.qa else [],
                    "engine": draft.engine, "attempts": draft.attempt, "keywords": draft.keywords,
                })
                action = decision.action if decision else "accept"
                if draft.status == ItemStatus.GENERATION_FAILED:
                    item.text, item.status = item.original, ItemStatus.GENERATION_FAILED
                elif action == "edit":
                    item.text, item.status = decision.text.strip(), ItemStatus.USER_MODIFIED  # type: ignore[union-attr]
                elif action == "reject":
                    item.text = item.original
                    item.metadata["rejected"] = True
                elif decision is not None and decision.by == "user":
                    item.text, item.status = draft.text, ItemStatus.USER_ACCEPTED
                else:
                    item.text, item.status = draft.text, draft.status
            entry.items = [i for i in entry.items if i.text.strip()]
        section.entries = [e for e in section.entries if e.items or e.heading or e.details]
    cv.sections = [s for s in cv.sections if s.entries]
    # A tailoring that changed no line (nothing was missing) leaves the order alone too.
    if any(item.text != item.original for item in cv.items()):
        _recruiter_order(cv, state)
    return cv


def _recruiter_order(cv: StructuredCV, state: TailorState) -> None:
    """Sections in recruiter order; in each role, bullets with evidence for the job first
    (see `order_bullets`). Evidence that decides counts (the vocabulary's, the user's);
    semantic similarity only ranks candidates, so it moves nothing."""
    evidenced = {e.item_id for rows in (state.get("evidence") or {}).values() for e in rows
                 if e.via != "semantic"}
    for section in cv.sections:
        if section.kind in (SectionKind.EXPERIENCE, SectionKind.PROJECTS):
            for entry in section.entries:
                entry.items = order_bullets(entry.items, lambda i: i.id in evidenced)
    cv.sections.sort(key=lambda s: SECTION_ORDER.index(SectionKind(s.kind)))


def privacy_findings(cv: StructuredCV, keep: bool) -> list[PrivacyFinding]:
    """Personal data in the CV by type and place, the value masked; never the full value."""
    places = [("contact", line) for line in cv.contact]
    places += [(entry.id, line) for section in cv.sections for entry in section.entries
               for line in (entry.heading, *entry.details) if line]
    places += [(item.id, item.original or item.text) for item in cv.items()]
    out = []
    for where, text in places:
        for kind, masked in pii_findings(text):
            removed = kind in PII_REMOVED_BY_DEFAULT and not keep
            out.append(PrivacyFinding(type=kind, value=masked, where=where,
                                      action="left out" if removed else "kept"))
    return out


_SEGMENT = re.compile(r"\s*(?:[·|•;]|\s[–—-]\s|\t|\s{3,})\s*")


def contact_without_pii(line: str) -> str:
    """A contact line with only its personal-data segments removed: "Rua das Flores 123 ·
    born 1990-01-02 · ana@example.org · +351 912 000 111" keeps the email and phone. Segments
    are split on ·, |, •, ;, dashes and tabs, or on commas when there are none of those; a
    segment that overlaps a national ID, date of birth or street address goes."""
    spans = [(m.start(), m.end()) for kind in PII_REMOVED_BY_DEFAULT
             for m in PII_PATTERNS[kind].finditer(line)]
    first = _SEGMENT.search(line)
    sep = _SEGMENT if first else re.compile(r"\s*,\s*")
    pieces: list[str] = []
    pos = 0
    for m in [*sep.finditer(line), None]:
        end = m.start() if m else len(line)
        segment = line[pos:end]
        if segment.strip() and not any(a < end and b > pos for a, b in spans):
            pieces.append(segment.strip())
        pos = m.end() if m else len(line)
    joiner = f" {first.group(0).strip() or '·'} " if first else ", "
    out = joiner.join(pieces).strip(" ,·|")
    return out if re.search(r"\w", out) else ""


def drop_personal_details(cv: StructuredCV) -> tuple[StructuredCV, list[str], set[str]]:
    """National IDs, dates of birth and street addresses leave the tailored CV by default:
    the contact line or item holding one is left out (city/region lines stay)."""
    def sensitive(text: str) -> list[str]:
        return sorted({k for k, _ in pii_findings(text) if k in PII_REMOVED_BY_DEFAULT})

    cv = cv.model_copy(deep=True)
    notes, kept, removed = [], [], set()
    for line in cv.contact:
        found = sensitive(line)
        if not found:
            kept.append(line)
            continue
        rest = contact_without_pii(line)
        if rest:
            kept.append(rest)
        what = "part of a contact line" if rest else "a contact line"
        notes.append(f"Left out {what} with personal data ({', '.join(found)}); "
                     "use --keep-personal-details to keep it")
    cv.contact = kept
    for section in cv.sections:
        for entry in section.entries:
            lines = [line for line in (entry.heading, *entry.details) if line]
            if found := sorted({k for line in lines for k in sensitive(line)}):
                # "Date of Birth: 14 March 1991" read as an entry's heading
                entry.heading = "" if sensitive(entry.heading) else entry.heading
                entry.details = [line for line in entry.details if not sensitive(line)]
                notes.append(f"Left out a heading line of {entry.id} with personal data "
                             f"({', '.join(found)}); use --keep-personal-details to keep it")
            for item in list(entry.items):
                found = sensitive(item.text)
                if found:
                    entry.items.remove(item)
                    removed.add(item.id)
                    notes.append(f"Left out item {item.id} with personal data "
                                 f"({', '.join(found)}); use --keep-personal-details to keep it")
    return cv, notes, removed


def diff_stats(before: StructuredCV, after: StructuredCV) -> DiffStats:
    """Original vs tailored CV: items changed, added, removed, words added and removed, and
    how much of it reads as it did."""
    old = {i: item for i, item in before.item_map().items() if item.original}
    new = after.item_map()
    changed = [i for i in old if i in new and new[i].text != old[i].original]
    a, b = cv_plain_text(before, original=True).split(), cv_plain_text(after).split()
    ops = difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes()
    added = sum(j2 - j1 for tag, _, _, j1, j2 in ops if tag in ("insert", "replace"))
    # How much of the CV reads as it did: the item lines, in order, before and after.
    lines_before = [item.original for item in before.items() if item.original]
    lines_after = [item.text for item in after.items() if item.text]
    similarity = difflib.SequenceMatcher(a=lines_before, b=lines_after, autojunk=False).ratio()
    removed = sum(i2 - i1 for tag, i1, i2, _, _ in ops if tag in ("delete", "replace"))
    return DiffStats(items_total=len(old), items_changed=len(changed),
                     items_added=len([i for i in new if i not in old]),
                     items_removed=len([i for i in old if i not in new]),
                     words_before=len(a), words_after=len(b),
                     words_added=added, words_removed=removed,
                     line_similarity=round(similarity, 3))


@timed("assemble")
def assemble(state: TailorState, runtime: Runtime[Context]) -> dict[str, Any]:
    """The final CV (personal details dropped unless kept), with coverage before/after, diff
    statistics, privacy findings and warnings (lost items, too short)."""
    ctx = settings(runtime)
    original = state["cv"]
    final = apply_decisions(state)
    warnings: list[str] = []
    removed: set[str] = set()
    if not ctx.keep_personal_details:
        final, notes, removed = drop_personal_details(final)
        warnings += notes
    before_items, after_items = original.item_map(), final.item_map()  # once, not per item
    lost = [i for i, item in before_items.items() if i not in after_items
            and item.original and i not in removed]
    if lost:
        warnings.append(f"Items missing from the final CV: {lost}")
    before_text, after_text = cv_plain_text(original, original=True), cv_plain_text(final)
    ratio = len(after_text) / max(1, len(before_text))
    if ratio < MIN_LENGTH_RATIO:
        warnings.append(f"The tailored CV is {ratio:.0%} of the original's length "
                        f"(the floor is {MIN_LENGTH_RATIO:.0%})")
    vocab = default_vocabulary()
    job = state["job"]
    result = AssemblyResult(
        coverage=Coverage(before=keyword_coverage(job, before_text, vocab),
                          after=keyword_coverage(job, after_text, vocab),
                          evidenced=state["gap_report"].coverage),
        diff=diff_stats(original, final),
        length_ratio=round(ratio, 3),
        privacy=privacy_findings(original, ctx.keep_personal_details),
    )
    return {"final_cv": final, "result": result, "warnings": warnings,
            "stage": "rewrite_applied"}
