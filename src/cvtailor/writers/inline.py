"""Inline Markdown in CV text (`**bold**`, `*italic*`, `[text](url)`) as runs for HTML/DOCX/JSON.

Templates turn runs into markup (and escape them); no HTML is built here.
"""

from __future__ import annotations

import re

_TOKEN = re.compile(r"(\*\*|__)(.+?)\1|(?<![\w*])[*_](\S(?:.*?\S)?)[*_](?![\w*])|\[([^\]]+)\]\(([^)\s]*)\)")


def runs(text: str) -> list[tuple[str, bool, bool]]:
    """(text, bold, italic) pieces of a line; links keep their text."""
    out: list[tuple[str, bool, bool]] = []
    pos = 0
    for m in _TOKEN.finditer(text):
        if m.start() > pos:
            out.append((text[pos:m.start()], False, False))
        if m.group(2) is not None:
            out.append((m.group(2), True, False))
        elif m.group(3) is not None:
            out.append((m.group(3), False, True))
        else:
            out.append((m.group(4), False, False))
        pos = m.end()
    if pos < len(text):
        out.append((text[pos:], False, False))
    return [r for r in out if r[0]]


def plain(text: str) -> str:
    """The text without emphasis markers; links keep their text."""
    return "".join(t for t, _, _ in runs(text)).strip()
