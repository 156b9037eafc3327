"""Pages a person reads, from report.json's data: the review/diff page (original vs tailored side
by side, changed words highlighted, each change with its evidence and QA result) and the gap
report (matched / partial / gap with evidence, coverage before/after) as HTML and Markdown."""

from __future__ import annotations

import difflib
import re
from functools import cache
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined

from cvtailor.text.cvtext import tidy_markdown
from cvtailor.writers.html import html_environment
from cvtailor.writers.inline import plain

STATUSES = ("matched", "partial", "gap")


def word_ops(original: str, final: str) -> list[tuple[str, str]]:
    """The word diff in reading order: ('same'|'del'|'ins', text) segments, a deletion before
    its replacement. Words are compared; whitespace is normalised."""
    a, b = original.split(), final.split()
    ops: list[tuple[str, str]] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if tag == "equal":
            ops.append(("same", " ".join(a[i1:i2])))
            continue
        if i2 > i1:
            ops.append(("del", " ".join(a[i1:i2])))
        if j2 > j1:
            ops.append(("ins", " ".join(b[j1:j2])))
    return ops


def word_diff(original: str, final: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(left, right) segments: ('same'|'del', text) for the original, ('same'|'ins', text) for
    the tailored text."""
    ops = word_ops(original, final)
    return [o for o in ops if o[0] != "ins"], [o for o in ops if o[0] != "del"]


def _pct(value: Any) -> str:
    return "–" if value is None else f"{float(value):.0%}"


def _context(report: dict[str, Any]) -> dict[str, Any]:
    """What the review and gap report templates show, from report.json's data."""
    items = report.get("items") or []
    reqs = report.get("requirements") or []
    rows = _item_rows(items, reqs)
    groups = {s: [r for r in reqs if r.get("status") == s] for s in STATUSES}
    for r in reqs:
        r.setdefault("evidence_detail", [])
    coverage = report.get("coverage") or {}
    job = report.get("job") or {}
    item_text = {i["id"]: i.get("original") or "" for i in items}
    for r in reqs:  # evidence that is a role or a degree, not a line: the words it matched
        for d in r["evidence_detail"]:
            if not item_text.get(d.get("item_id", "")):
                item_text[d.get("item_id", "")] = d.get("matched") or ""
    return {
        "session": report.get("session") or "", "status": report.get("status") or "",
        "job_title": job.get("title") or "", "company": job.get("company") or "",
        "rows": rows, "changed": [r for r in rows if r["changed"]],
        "unchanged": [r for r in rows if not r["changed"]],
        "groups": groups, "requirements": reqs, "questions": report.get("questions") or [],
        "coverage_before": _pct(coverage.get("before")), "coverage_after": _pct(coverage.get("after")),
        "coverage_evidenced": _pct(coverage.get("evidenced")),
        "key_qualifications": report.get("key_qualifications") or [],
        "warnings": report.get("warnings") or [], "diff": report.get("diff") or {},
        "item_text": item_text,
        "plan": report.get("plan"),
    }


def _item_rows(items: list[dict[str, Any]], reqs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per item: original and final text, their word diff, evidence, QA result and the
    requirements the item evidences."""
    by_id = {i["id"]: i for i in items}
    req_by_item: dict[str, list[str]] = {}
    for r in reqs:
        for item_id in r.get("evidence") or []:
            req_by_item.setdefault(item_id, []).append(r["text"])
    rows = []
    for item in items:
        final = item.get("final")
        final = item.get("draft") if final is None else final
        final = item["original"] if final is None else final
        left, right = word_diff(item.get("original") or "", final or "")
        evidence = [{"id": e, "text": (by_id.get(e) or {}).get("original") or ""}
                    for e in item.get("evidence") or []]
        qa = item.get("qa") or {}
        rows.append({
            "id": item["id"], "section": item.get("section", ""), "type": item.get("type", ""),
            "status": item.get("status", ""),
            "changed": (final or "") != (item.get("original") or ""),
            "original": item["original"], "final": final or "", "left": left, "right": right,
            "evidence": evidence, "keywords": item.get("keywords") or [],
            "qa_passed": qa.get("passed", True), "qa_score": qa.get("score"),
            "qa_issues": qa.get("issues") or [], "engine": item.get("engine") or "",
            "attempts": item.get("attempts") or 0,
            "feedback_note": item.get("feedback_note") or "",
            "requirements": req_by_item.get(item["id"], []),
        })
    return rows


def render_review_html(report: dict[str, Any]) -> str:
    """The review page: each item's original and tailored text side by side, with evidence
    and QA."""
    return html_environment().get_template("review.html.j2").render(**_context(report))


def render_gap_report_html(report: dict[str, Any]) -> str:
    """The gap report as an HTML page."""
    return html_environment().get_template("gap_report.html.j2").render(**_context(report))


@cache
def _md_environment() -> Environment:
    env = Environment(loader=PackageLoader("cvtailor", "writers/templates"),
                      undefined=StrictUndefined, autoescape=False, trim_blocks=True,
                      lstrip_blocks=True, keep_trailing_newline=True)
    env.filters["mdcell"] = lambda s: re.sub(r"\s+", " ", str(s)).replace("|", "\\|")
    env.filters["plain"] = plain
    return env


def render_gap_report_md(report: dict[str, Any]) -> str:
    """The gap report as Markdown."""
    text = _md_environment().get_template("gap_report.md.j2").render(**_context(report))
    return tidy_markdown(text)
