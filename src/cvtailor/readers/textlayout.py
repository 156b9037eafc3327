"""Visual lines of a laid-out document (a PDF page) -> Markdown-ish text for the CV parser.

Every word is kept; only line structure is inferred: wrapped lines are joined, hyphenation at a
line end is undone, known section names (or larger-font short lines after the first section)
become `## ` headings, and the first line of an entry after content becomes a `### ` heading.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from statistics import median
from typing import Any

from cvtailor.models import SectionKind
from cvtailor.text.cvtext import CONTACTISH, DATE_RANGE, FLAT_SECTIONS, section_kind, tidy_markdown

BULLET_GLYPH = re.compile(r"^\s*(?:[•◦▪‣●○■□➢►✓∙·\-–*+]|\u2022|\uf0b7|\uf0a7)\s*(?=\S)")
_DATE_ONLY = re.compile(rf"^\W*(?:{DATE_RANGE.pattern})\W*$")


def _is_bullet(text: str) -> bool:
    # "- " or "* " bullets, or bullet glyphs; a leading en dash in "– 2019" is not one
    return bool(BULLET_GLYPH.match(text)) and not _DATE_ONLY.match(text)


def _strip_bullet(text: str) -> str:
    return BULLET_GLYPH.sub("", text, count=1).strip()


def _join(a: str, b: str, dehyphenate: bool = True) -> str:
    if re.search(r"[A-Za-z]-$", a) and re.match(r"[a-z]", b):
        last = a.split()[-1] if a.split() else ""
        if not dehyphenate or re.search(r"[/.@]", last):
            return a + b  # a real hyphen at a line end ("read-" + "through", URLs)
        return a[:-1] + b  # TeX hyphenation: "Devel-" + "oping"
    return f"{a} {b}"


def lines_to_markdown(raw: list[tuple[str, float, float]], *, dehyphenate: bool = True) -> str:
    """(text, font size, x) per visual line, in reading order -> Markdown-ish text.
    `dehyphenate`: a hyphen at a line end is the typesetter's (TeX), not the author's."""
    lines = [(re.sub(r"\s+", " ", t).strip(), s, x) for t, s, x in raw]
    lines = [line for line in lines if line[0]]
    if not lines:
        return ""
    body = median(s for _, s, _ in lines)
    # the name: the largest short line near the top, moved first
    top = max(range(min(40, len(lines))), key=lambda i: lines[i][1])
    if lines[top][1] >= 1.3 * body and len(lines[top][0].split()) <= 6 and not CONTACTISH.search(
            lines[top][0]):
        lines.insert(0, lines.pop(top))
    lengths = sorted(len(t) for t, _, _ in lines)
    maxlen = lengths[int(0.9 * (len(lengths) - 1))] or 80

    def full(text: str) -> bool:
        return len(text) >= 0.72 * maxlen

    section_size: list[float] = []  # font size of the first known section heading

    def heading_kind(text: str, size: float, seen_section: bool) -> SectionKind | bool | None:
        words = len(text.split())
        if words <= 6:
            kind = section_kind(text.rstrip(":"))
            if kind is not None:
                if not section_size:
                    section_size.append(size)
                return kind
        bar = max(1.15 * body, 0.95 * section_size[0]) if section_size else 1.15 * body
        if seen_section and size >= bar and words <= 6 and not DATE_RANGE.search(text) \
                and not text.endswith("."):
            return True  # a section the parser does not name: an "other" section
        return None

    # 1. logical lines: (kind, text) with kind in heading|bullet|line; wrapped lines joined
    logical: list[list[Any]] = []  # [kind, text, section-kind-value, x]
    seen_section = False
    for n, (text, size, x) in enumerate(lines):
        hk = heading_kind(text, size, seen_section)
        if n == 0 and size >= 1.3 * body and len(text.split()) <= 6 and not CONTACTISH.search(text):
            logical.append(["name", text, "", x])
            continue
        if hk is not None and hk is not False:
            seen_section = True
            kind_value = hk.value if isinstance(hk, SectionKind) else SectionKind.OTHER.value
            logical.append(["section", text.rstrip(":"), kind_value, x])
            continue
        if _is_bullet(text):
            logical.append(["bullet", _strip_bullet(text), "", x])
            continue
        prev = logical[-1] if logical else None
        indented = bool(prev and prev[0] == "bullet" and x > prev[3] + 2 and hk is None)
        if indented or (prev and prev[0] in ("bullet", "line")
                        and (seen_section or prev[1].endswith("-"))
                        and not (prev[0] == "bullet" and x <= prev[3] + 1) and " | " not in text
                        and _continues(prev[1], text, full)):
            assert prev is not None
            prev[1] = _join(prev[1], text, dehyphenate)
            continue
        logical.append(["line", text, "", x])

    # 2. Markdown: entry headings after content inside experience-like sections
    out: list[str] = []
    section: SectionKind | None = None
    state = "start"  # start | header | content
    held_date: str | None = None
    for kind, text, value, _x in logical:
        if kind == "name":
            out += [f"# {text}", ""]
            continue
        if kind == "section":
            if held_date:
                out.append(held_date)
                held_date = None
            section = SectionKind(value)
            out += ["", f"## {text}", ""]
            state = "start"
            continue
        if kind == "bullet":
            if held_date:
                out.append(held_date)
                held_date = None
            out.append(f"- {text}")
            state = "content"
            continue
        if section is None or section in FLAT_SECTIONS:
            out.append(text)
            if section is not None and section is SectionKind.SUMMARY:
                out.append("")
            continue
        short = (len(text.split()) <= 14 and not text.endswith(".")) or (
            bool(DATE_RANGE.search(text)) and len(text.split()) <= 22)
        if short and state in ("start", "content"):
            if _DATE_ONLY.match(text):
                held_date = text
                state = "header"
                continue
            out += ["", f"### {text}"]
            state = "header"
            continue
        if short and state == "header":
            if held_date is not None and not any(o.startswith("### ") for o in out[-2:]):
                out += ["", f"### {text}", held_date]
                held_date = None
            else:
                out.append(text)
            continue
        if held_date:
            out.append(held_date)
            held_date = None
        out += [text, ""]
        state = "content"
    if held_date:
        out.append(held_date)
    text = "\n".join(out)
    return tidy_markdown(text)


def _continues(prev: str, text: str, full: Callable[[str], bool]) -> bool:
    """Is `text` the wrapped continuation of `prev` (a bullet or paragraph line)?"""
    if section_kind(text.rstrip(":")) is not None and len(text.split()) <= 5:
        return False
    if _DATE_ONLY.match(text):
        return False
    if re.match(r"[a-z(]", text) or re.search(r"[A-Za-z]-$|[,;&/]$|\b(?:and|or|of|the|to|in|with|for|a)$", prev):
        return True
    if not full(prev):
        return False
    if prev.endswith((".", ":", "!", "?")):
        # a new sentence in the same paragraph only when it is itself a long line
        return bool(full(text)) and not DATE_RANGE.search(text[:40])
    return not (DATE_RANGE.search(text) and len(text.split()) <= 14)
