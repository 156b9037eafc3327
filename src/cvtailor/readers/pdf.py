"""PDF (text layer) -> Markdown-ish text the CV parser reads.

pypdf gives positioned text fragments; lines are rebuilt from them by position, so that:
- two-column layouts (a sidebar and a main column) are read one column after the other;
- a narrow date column to the left of entries ("2017 – / Present") is attached to its entry;
- icon-font glyph names and pictographs ("/linkedin-in", "♂¶obile-alt", "✉") are dropped;
- wrapped lines of one bullet or paragraph are joined, hyphenated words re-joined;
- known section names become `## ` headings, entry heading lines after content become `### `.
A PDF without a text layer (a scan) is an InputError that says so; nothing is invented.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import dataclass, field
from io import BytesIO
from typing import Any

from cvtailor.errors import InputError
from cvtailor.readers.textlayout import lines_to_markdown

MAX_PAGES = 30


@dataclass
class Frag:
    """A piece of text pypdf placed on the page: where it starts, its font size, its text."""

    x: float
    y: float
    size: float
    text: str

    @property
    def end(self) -> float:
        """Where the text ends on the page, estimated from its length and font size."""
        return self.x + 0.5 * self.size * len(self.text)


@dataclass
class Line:
    """The fragments on one baseline."""

    y: float
    frags: list[Frag] = field(default_factory=list)

    @property
    def x(self) -> float:
        """The left edge of the line."""
        return min(f.x for f in self.frags)

    @property
    def size(self) -> float:
        """The largest font size on the line."""
        return max(f.size for f in self.frags)

    def text(self) -> str:
        """The line's text, fragments left to right; a wide gap between two reads ' | '."""
        out = ""
        prev: Frag | None = None
        for f in sorted(self.frags, key=lambda f: f.x):
            piece = f.text
            if piece.startswith("|") or out.endswith("|"):
                out = out.rstrip() + " "
                piece = piece.lstrip()
            elif prev is not None and out and not out.endswith(" ") and not piece.startswith(
                    (" ", ",", ".", ";", ":", ")")):
                gap = f.x - prev.end
                if gap > 3 * f.size:
                    out += " | "
                elif gap > 0.3 * f.size or (re.match(r"[\w(\[]", piece) and re.search(r"[\w.,;:)]$", out) and gap > -0.1 * f.size):
                    out += " "
            out += piece
            prev = f
        return re.sub(r"[ \t]+", " ", out).strip()


_ICON_WORDS = (
    "mobile", "mobile-alt", "phone", "phone-alt", "phone-square", "envelope", "envelope-o",
    "envelope-square", "linkedin", "linkedin-in", "linkedin-square", "github", "github-alt",
    "github-square", "gitlab", "house-chimney", "home", "globe", "map-marker", "map-marker-alt",
    "map-pin", "twitter", "x-twitter", "link", "calendar", "birthday-cake", "stack-overflow",
    "orcid", "google-scholar", "researchgate", "skype", "medium", "blog", "at", "fax",
)
_ICON_SET = {w.lower() for w in _ICON_WORDS}
# Glyph names that cannot be words: "/linkedin-in", "♂¶obile-alt", "github-square", "HOUSE-CHIMNEY"
_ICON = re.compile(
    r"(?:^|(?<=\s))(?:/(?:" + "|".join(re.escape(w) for w in _ICON_WORDS) + r")|[^\w\s]*obile-alt|"
    + "|".join(re.escape(w) for w in _ICON_WORDS if "-" in w) + r")(?=\s|$)", re.I)
_ICON_CAPS = re.compile(r"(?:^|(?<=\s))(?:" + "|".join(
    re.escape(w.upper()) for w in _ICON_WORDS if "-" in w or w in ("linkedin", "github", "gitlab",
                                                                    "twitter", "envelope")
) + r")(?=\s+\S)")
_PICTO = re.compile(
    "[\ue000-\uf8ff\U000f0000-\U000ffffd\U0001f300-\U0001faff\u2600-\u26ff\u2700-\u2713"
    "\u2715-\u27bf\U0001f100-\U0001f1ff\u2302-\u23ff\u260e\u2709\u2706]"
)
_PAGE_NO = re.compile(
    r"^(?:.{0,40}\s[–—-]\s*)?(?:page\s*)?\d{1,2}\s*(?:/|of)\s*\d{1,2}\s*$|^\s*-?\s*\d{1,2}\s*-?\s*$",
    re.I)


def clean_glyph_noise(text: str) -> str:
    """Drop icon-font glyph names and pictographs; keep every real word."""
    text = text.replace("\xad", "-").replace("\u00a0", " ").replace("\ufb01", "fi").replace(
        "\ufb02", "fl")
    text = _PICTO.sub(" ", text)
    text = text.replace("♂¶", "")
    text = _ICON.sub(" ", text)
    text = _ICON_CAPS.sub(" ", text)
    if text.strip().lower().lstrip("/") in _ICON_SET:  # a fragment that is only a glyph name
        return ""
    return re.sub(r"[ \t]+", " ", text).strip(" ")


def _fragments(page: Any) -> list[Frag]:
    frags: list[Frag] = []

    def visit(text: str, cm: Any, tm: Any, font: Any, size: float) -> None:
        if not text or not text.strip():
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        scale = abs(tm[0] * cm[0]) or abs(tm[3] * cm[3]) or 1.0
        eff = abs(size * scale) or 10.0
        parts = text.split("\n")
        for n, part in enumerate(parts):
            if part.strip():
                frags.append(Frag(float(x), float(y) - n * eff * 1.2, float(eff), part))

    page.extract_text(visitor_text=visit)
    return frags


def _group_lines(frags: list[Frag]) -> list[Line]:
    lines: list[Line] = []
    for f in sorted(frags, key=lambda f: (-f.y, f.x)):
        for line in lines[-6:]:
            if abs(line.y - f.y) <= max(1.5, 0.35 * min(f.size, line.size)):
                line.frags.append(f)
                break
        else:
            lines.append(Line(f.y, [f]))
    return lines


def _split_columns(lines: list[Line], width: float) -> list[list[Line]]:
    """Two columns when a vertical gutter separates text on most lines of the page."""
    if len(lines) < 12:
        return [lines]
    starts = Counter(round(f.x) for line in lines for f in line.frags)
    best: tuple[int, float] | None = None
    for x, _ in starts.most_common(12):
        score = _gutter_score(lines, x, width)
        if score is not None and (best is None or score > best[1]):
            best = (x, score)
    if best is None:
        return [lines]
    x = best[0]
    cols: list[list[Line]] = [[], []]
    for line in lines:
        lf = [f for f in line.frags if f.x < x - 2]
        rf = [f for f in line.frags if f.x >= x - 2]
        if lf:
            cols[0].append(Line(line.y, lf))
        if rf:
            cols[1].append(Line(line.y, rf))
    return cols


def _gutter_score(lines: list[Line], x: int, width: float) -> float | None:
    """How well a gutter at `x` splits the page into a sidebar and a main column (fragments
    crossing it count against); None when it does not, or when the left side is a date
    column (handled per line)."""
    if x < 0.2 * width or x > 0.8 * width:
        return None
    crossing = sum(1 for line in lines for f in line.frags if f.x < x - 2 and f.end > x + 4)
    left = [line for line in lines if any(f.x < x - 2 for f in line.frags)]
    right = [line for line in lines if any(f.x >= x - 2 for f in line.frags)]
    if crossing > max(1, len(lines) // 25) or len(left) < 6 or len(right) < 6:
        return None
    left_text = " ".join(f.text for line in left for f in line.frags if f.x < x - 2)
    datey = len(re.findall(r"\b(?:19|20)\d{2}\b|[Pp]resent", left_text))
    if datey * 4 >= len(left_text.split()):
        return None  # a date column, not a sidebar
    return min(len(left), len(right)) - crossing * 5


_DATEISH = re.compile(r"\d{4}|[Pp]resent|[Cc]urrent")


def _column_lines(lines: list[Line]) -> list[tuple[str, float, float]]:
    """Lines of one column as (text, size); a narrow left date cell ("2017 –" over "Present")
    becomes a line of its own, placed before the entry line it belongs to."""
    if not lines:
        return []
    starts = Counter(round(line.x) for line in lines)
    main_x = max(starts, key=lambda x: (starts[x], -x))
    out: list[tuple[str, float, float]] = []
    cell: int | None = None  # index in out of the last date cell
    for line in lines:
        side = [f for f in line.frags if f.end <= main_x + 2 and f.x < main_x - 10]
        rest = [f for f in line.frags if f not in side]
        side_text = Line(line.y, side).text() if side else ""
        if side and cell is not None and len(out) - cell <= 3 and re.search(
                r"[–—-]\s*$", out[cell][0]) and len(side_text.split()) <= 3:
            out[cell] = (f"{out[cell][0]} {side_text}", out[cell][1], out[cell][2])
            if rest:
                out.append((Line(line.y, rest).text(), line.size, Line(line.y, rest).x))
            continue
        if side and rest and _DATEISH.search(side_text):
            out.append((side_text, line.size, line.x))
            cell = len(out) - 1
            out.append((Line(line.y, rest).text(), line.size, Line(line.y, rest).x))
            continue
        out.append((line.text(), line.size, line.x))
    return [o for o in out if o[0]]


def pdf_lines(data: bytes, *, name: str = "", kind: str = "CV") -> list[tuple[str, float, float]]:
    """Text lines of a PDF in reading order, each with its font size and left edge."""
    out: list[tuple[str, float, float]] = []
    for page in _pages(data, name, kind):
        out += _page_lines(page, name, kind)
    return out


def _pages(data: bytes, name: str, kind: str) -> list[Any]:
    """The PDF's pages; InputError for a damaged, password-protected or too long PDF."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(BytesIO(data))
        if reader.is_encrypted:
            try:
                reader.decrypt("")
            except Exception:
                raise InputError(f"{kind} PDF {name} is password-protected; remove the password "
                                 "or export it again") from None
        pages = list(reader.pages)
    except InputError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise InputError(f"{kind} file {name} is a damaged or not supported PDF ({exc}); export "
                         "it again as PDF, or save it as DOCX or Markdown") from None
    if len(pages) > MAX_PAGES:
        raise InputError(f"{kind} PDF {name} has {len(pages)} pages; the limit is {MAX_PAGES}")
    return pages


def _page_lines(page: Any, name: str, kind: str) -> list[tuple[str, float, float]]:
    """One page's lines, column by column, without glyph noise and page numbers."""
    try:
        frags = _fragments(page)
    except Exception as exc:
        raise InputError(f"{kind} file {name} is a damaged or not supported PDF ({exc}); "
                         "export it again, or save it as DOCX or Markdown") from None
    width = float(page.mediabox.width) if page.mediabox else 612.0
    for f in frags:
        f.text = clean_glyph_noise(f.text)
    frags = [f for f in frags if f.text.strip()]
    out: list[tuple[str, float, float]] = []
    for column in _split_columns(_group_lines(frags), width):
        out += [o for o in _column_lines(column) if not _PAGE_NO.match(o[0])]
    return out


def pdf_to_markdown(data: bytes, *, name: str = "", kind: str = "CV") -> str:
    """A PDF -> Markdown-ish text; InputError when it has no text layer (a scan)."""
    lines = pdf_lines(data, name=name, kind=kind)
    tex = _made_by_tex(data)
    words = sum(len(o[0].split()) for o in lines)
    if words < 5:
        raise InputError(
            f"{kind} PDF {name} has no text layer (it looks scanned or is only images); cvtailor "
            "does not OCR: export the PDF again from the original document, or save it as DOCX "
            "or Markdown")
    return lines_to_markdown(lines, dehyphenate=tex)


def _made_by_tex(data: bytes) -> bool:
    """TeX hyphenates words at line ends; most other producers only break at real hyphens."""
    from pypdf import PdfReader

    try:
        meta: dict[str, Any] = dict(PdfReader(BytesIO(data)).metadata or {})
    except Exception:
        return True
    producer = f"{meta.get('/Producer', '')} {meta.get('/Creator', '')}"
    return bool(re.search(r"TeX|LaTeX", producer)) or not producer.strip()
