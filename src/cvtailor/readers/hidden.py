"""Text a reader must not take as content: HTML/Markdown comments, template tags, and text a
document hides (white, tiny, off-page or `vanish` text). Comments and tags are removed by
linear scans (no regex that can backtrack on an unclosed `<!--` or `{%`); what was hidden is
reported masked, never in full, and never becomes evidence."""

from __future__ import annotations

import re

_PAIRS = {"comment": (("<!--", "-->"),), "template": (("{%", "%}"), ("{{", "}}"), ("{#", "#}"))}


def masked(text: str, keep: int = 4) -> str:
    """The first few characters of `text` and its length: enough to find it, not to read it."""
    flat = re.sub(r"\s+", " ", text).strip()
    shown = flat[:min(keep, max(1, len(flat) // 4))]  # never most of a short text
    return f"\"{shown}…\" ({len(flat)} characters)"


def _strip(text: str, pairs: tuple[tuple[str, str], ...]) -> tuple[str, list[str]]:
    """`text` without the spans opened and closed by `pairs` (an unclosed one runs to the end,
    as a Markdown renderer hides it); the removed inner texts. One pass, O(len(text))."""
    out: list[str] = []
    removed: list[str] = []
    i = 0
    n = len(text)
    while i < n:
        best = -1
        close = ""
        for open_, end in pairs:
            j = text.find(open_, i)
            if j != -1 and (best == -1 or j < best):
                best, close, width = j, end, len(open_)
        if best == -1:
            out.append(text[i:])
            break
        out.append(text[i:best])
        k = text.find(close, best + width)
        stop = n if k == -1 else k + len(close)
        removed.append(text[best + width:k if k != -1 else n])
        i = stop
    return "".join(out), removed


def strip_comments(text: str, what: str = "comment") -> tuple[str, list[str]]:
    """`text` without HTML comments; a warning per comment that held words, masked."""
    out, removed = _strip(text, _PAIRS["comment"])
    notes = [f"Left out hidden text ({what}): {masked(r)}" for r in removed if r.strip()]
    return out, notes


def strip_template_tags(text: str) -> str:
    """`text` without Liquid/Jinja tags ({% ... %}, {{ ... }}, {# ... #})."""
    return _strip(text, _PAIRS["template"])[0]
