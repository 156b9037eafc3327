"""PDF (text layer) -> Markdown-ish text the CV parser reads.

pypdf gives positioned text fragments; lines are rebuilt from them by position, so that:
- two-column layouts (a sidebar and a main column) are read one column after the other;
- a narrow date column to the left of entries ("2017 – / Present") is attached to its entry;
- icon-font glyph names and pictographs ("/linkedin-in", "♂¶obile-alt", "✉") are dropped, and
  a profile handle linked to its page ("hdent") shows the link ("linkedin.com/in/hdent");
- wrapped lines of one bullet or paragraph are joined, hyphenated words re-joined;
- known section names become `## ` headings, entry heading lines after content become `### `.
A PDF without a text layer (a scan) is an InputError that says so; nothing is invented.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cvtailor.errors import InputError
from cvtailor.readers import pdf_extract
from cvtailor.readers.hidden import masked
from cvtailor.readers.pdf_extract import MAX_PAGES
from cvtailor.readers.textlayout import lines_to_markdown


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


# A character UTF-8 encoded and read back one byte a character, as Latin-1 or as Windows-1252
# ("Â·" for "·", "Ã©" for "é", "â€”" for "—", "â€™" for "’"), as some PDF producers' text layers
# give it (an HTML page rendered without its charset): characters no word writes side by side.
_TAIL_BYTE = "\u0080-\u00bf" + "".join(sorted(set(
    bytes(range(0x80, 0xa0)).decode("cp1252", errors="ignore"))))
_MOJIBAKE = re.compile(f"[\u00c2-\u00df][{_TAIL_BYTE}]|[\u00e0-\u00ef][{_TAIL_BYTE}]{{2}}")


def _unmangled(run: re.Match[str]) -> str:
    for codec in ("latin-1", "cp1252"):
        try:
            return run.group(0).encode(codec).decode("utf-8")
        except UnicodeError:
            continue
    return run.group(0)


def clean_glyph_noise(text: str) -> str:
    """Drop icon-font glyph names and pictographs; keep every real word."""
    text = _MOJIBAKE.sub(_unmangled, text)
    text = text.replace("\xad", "-").replace("\u00a0", " ").replace("\ufb01", "fi").replace(
        "\ufb02", "fl")
    text = _PICTO.sub(" ", text)
    text = text.replace("♂¶", "")
    text = _ICON.sub(" ", text)
    text = _ICON_CAPS.sub(" ", text)
    if text.strip().lower().lstrip("/") in _ICON_SET:  # a fragment that is only a glyph name
        return ""
    return re.sub(r"[ \t]+", " ", text).strip(" ")


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


PDF_TIMEOUT_S = float(os.environ.get("CVTAILOR_PDF_TIMEOUT", "60"))
PDF_MEMORY_MB = int(os.environ.get("CVTAILOR_PDF_MEMORY_MB", "1024"))


def _refusal(code: str, detail: str, name: str, kind: str) -> InputError:
    """The one-line error for a PDF the extractor refused."""
    if code == "encrypted":
        return InputError(f"{kind} PDF {name} is password-protected; remove the password "
                          "or export it again")
    if code == "pages":
        return InputError(f"{kind} PDF {name} has {detail} pages; the limit is {MAX_PAGES}")
    if code in ("fragments", "operations"):
        return InputError(f"{kind} PDF {name} has {detail}; no CV needs that many: export it "
                          "again, or save it as DOCX or Markdown")
    if code == "memory":
        return InputError(f"{kind} PDF {name} needs more than {PDF_MEMORY_MB} MB to read; "
                          "export it again, or save it as DOCX or Markdown")
    return InputError(f"{kind} file {name} is a damaged or not supported PDF ({detail}); export "
                      "it again as PDF, or save it as DOCX or Markdown")


def extract_bounded(data: bytes, *, name: str = "", kind: str = "CV") -> dict[str, Any]:
    """pdf_extract.extract in a child process with a memory limit (RLIMIT_AS), a CPU limit and
    a wall-clock timeout: a PDF that hangs, blows up or crashes pypdf (even with SIGSEGV)
    becomes one InputError line."""
    worker = Path(pdf_extract.__file__)
    cpu = max(1, int(PDF_TIMEOUT_S))
    try:
        proc = subprocess.run(
            [sys.executable, "-P", str(worker), str(PDF_MEMORY_MB), str(cpu)], input=data,
            capture_output=True, timeout=PDF_TIMEOUT_S, check=False)
    except subprocess.TimeoutExpired:
        raise InputError(f"{kind} PDF {name} took longer than {PDF_TIMEOUT_S:.0f} s to read and "
                         "was stopped; export it again, or save it as DOCX or Markdown") from None
    if proc.returncode < 0:
        try:
            sig = signal.Signals(-proc.returncode).name
        except ValueError:
            sig = f"signal {-proc.returncode}"
        why = ("took too long" if sig == "SIGXCPU" else f"crashed the PDF reader ({sig})")
        raise InputError(f"{kind} PDF {name} {why}; export it again, or save it as DOCX or "
                         "Markdown")
    try:
        result: dict[str, Any] = json.loads(proc.stdout)
    except ValueError:
        err = proc.stderr.decode("utf-8", "replace")
        if "MemoryError" in err:
            raise _refusal("memory", "", name, kind) from None
        last = (err.strip().splitlines() or ["no output"])[-1][:160]
        raise InputError(f"{kind} PDF {name} could not be read (the PDF reader failed: "
                         f"{last})") from None
    if "error" in result:
        raise _refusal(result["error"], result.get("detail", ""), name, kind)
    return dict(result["ok"])


def pdf_to_markdown_bounded(data: bytes, *, name: str = "",
                            kind: str = "CV") -> tuple[str, list[str]]:
    """A PDF -> (Markdown-ish text, warnings about hidden text), read in a bounded process."""
    return _to_markdown(extract_bounded(data, name=name, kind=kind), name, kind)


def pdf_to_markdown(data: bytes, *, name: str = "", kind: str = "CV") -> str:
    """A PDF -> Markdown-ish text, read in this process (trusted input); InputError when it
    has no text layer (a scan)."""
    try:
        extracted = pdf_extract.extract(data)
    except pdf_extract.Refused as exc:
        raise _refusal(exc.code, exc.detail, name, kind) from None
    return _to_markdown(extracted, name, kind)[0]


def _to_markdown(extracted: dict[str, Any], name: str, kind: str) -> tuple[str, list[str]]:
    lines: list[tuple[str, float, float]] = []
    for page in extracted["pages"]:
        frags = [Frag(float(x), float(y), float(size), str(text))
                 for x, y, size, text in page["frags"]]
        linked(frags, page.get("links") or [])
        lines += _page_lines(frags, float(page["width"]) or 612.0)
    words = sum(len(o[0].split()) for o in lines)
    if words < 5:
        raise InputError(
            f"{kind} PDF {name} has no text layer (it looks scanned or is only images); cvtailor "
            "does not OCR: export the PDF again from the original document, or save it as DOCX "
            "or Markdown")
    producer = str(extracted.get("producer") or "")
    tex = bool(re.search(r"TeX|LaTeX", producer)) or not producer.strip()
    notes = [f"Left out hidden text (PDF, {why}): {masked(text)}"
             for why, text in extracted.get("hidden") or [] if str(text).strip()]
    if extracted.get("unchecked"):
        notes.append(f"Could not check page(s) {extracted['unchecked']} of {name or 'the PDF'} "
                     "for hidden text (damaged drawing operations); their text was read as is")
    return lines_to_markdown(lines, dehyphenate=tex), notes


def linked(frags: list[Frag], links: list[Any]) -> None:
    """A profile handle that links to its page shows the link: "hdent" under a LinkedIn icon,
    linking to https://www.linkedin.com/in/hdent, reads "linkedin.com/in/hdent" (a bare
    handle says nothing to a recruiter). Only a text the link's address ends with is
    replaced, so the handle itself stays in the CV, as written."""
    for f in frags:
        handle = f.text.strip()
        if not re.fullmatch(r"@?[\w.-]{2,40}", handle) or "." in handle.strip("."):
            continue
        for x0, y0, x1, y1, url in links:
            if not (x0 - 2 <= f.x <= x1 + 2 and y0 - 2 <= f.y <= y1 + 2):
                continue
            shown = re.sub(r"(?i)^(?:https?://)?(?:www\.)?", "", str(url)).rstrip("/")
            if shown.lower().endswith("/" + handle.lstrip("@").lower()):
                f.text = f.text.replace(handle, shown)
            break


def _page_lines(frags: list[Frag], width: float) -> list[tuple[str, float, float]]:
    """One page's lines, column by column, without glyph noise and page numbers."""
    for f in frags:
        f.text = clean_glyph_noise(f.text)
    frags = [f for f in frags if f.text.strip()]
    out: list[tuple[str, float, float]] = []
    for column in _split_columns(_group_lines(frags), width):
        out += [o for o in _column_lines(column) if not _PAGE_NO.match(o[0])]
    return out
