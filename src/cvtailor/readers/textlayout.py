"""Visual lines of a laid-out document (a PDF page) -> Markdown-ish text for the CV parser.

Every word is kept; only line structure is inferred: wrapped lines are joined, hyphenation at a
line end is undone, known section names (or larger-font short lines after the first section)
become `## ` headings, and the first line of an entry after content becomes a `### ` heading.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise
from statistics import median

from cvtailor.models import SectionKind
from cvtailor.readers.linkedin_pdf import linkedin_profile
from cvtailor.text.cvtext import CONTACTISH, DATE_RANGE, FLAT_SECTIONS, section_kind, tidy_markdown

# A bullet glyph, or a character that is also text ("-", "–", "*", "+") followed by a space:
# "+91 98450 12345" is a phone number and "-5% waste" a figure, not bullets.
BULLET_GLYPH = re.compile(r"^\s*(?:[•◦▪‣●○■□➢►✓∙·\u2022\uf0b7\uf0a7]\s*|[-–*+]\s+)"
                          r"(?=\S)")
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
    lines = _person_specification(_europass(_joined_labels(linkedin_profile(lines))))
    layout = _Layout.of(lines)
    _move_name_first(lines, layout.body)
    logical = _logical_lines(lines, layout, dehyphenate)
    return _MarkdownWriter().write(logical)


def _joined_labels(lines: list[tuple[str, float, float]]) -> list[tuple[str, float, float]]:
    """A section name wrapped in a narrow label column ("EDUCATION AND" over "TRAINING") is
    one line again."""
    out: list[tuple[str, float, float]] = []
    for text, size, x in lines:
        if out and len(out[-1][0].split()) <= 4 and len(text.split()) <= 3 \
                and section_kind(out[-1][0]) is None \
                and section_kind(f"{out[-1][0]} {text}") is not None:
            out[-1] = (f"{out[-1][0]} {text}", out[-1][1], min(out[-1][2], x))
        else:
            out.append((text, size, x))
    return out


# The Europass CV's language grid: its column heads and its legend, the same on every one.
_EUROPASS_GRID = re.compile(
    r"^(?:(?:other language\(s\)\s+)?understanding\s+speaking\s+writing|listening\s+reading"
    r"\s+spoken interaction\s+spoken production|levels:\s*a1 and a2\b.*|(?:and )?c2:\s*"
    r"proficient user|common european framework of reference for languages)$", re.IGNORECASE)
# Its rows' labels: each starts a line of its own, however long the line before it.
EUROPASS_ROW = re.compile(r"^(?:mother tongue\(s\)|other language\(s\)|digital skills|"
                          r"driving licen[cs]e|communication skills|organisational(?: /|,)? "
                          r"managerial skills|job-related skills|other skills)\b", re.IGNORECASE)
# Its label column's first row: "PERSONAL INFORMATION" before the person's name.
_EUROPASS_LABEL = re.compile(r"^(?:personal information|curriculum vitae)\s*\|\s*", re.I)


def _europass(lines: list[tuple[str, float, float]]) -> list[tuple[str, float, float]]:
    """A Europass CV's lines without its language grid's heads and legend ("Listening
    Reading Spoken interaction ..."), the name without the label before it."""
    out = []
    for n, (text, size, x) in enumerate(lines):
        if n < 3 and _EUROPASS_LABEL.match(text):
            text = _EUROPASS_LABEL.sub("", text)
        if not _EUROPASS_GRID.match(text):
            out.append((text, size, x))
    return out


# A person specification table's head row ("Criteria Essential Desirable"), its cells run
# together on one line by the PDF's text layer.
_SPEC_HEAD = re.compile(r"^(?:(?:criteria|requirements?|attributes?)\s+)?essential(?: criteria)?"
                        r"\s*\|?\s*desirable(?: criteria)?(?:\s*\|?\s*(?:how |method of )?"
                        r"assess(?:ed|ment))?$", re.IGNORECASE)
# The criteria a row names in the table's first column, run into its first cell's text.
_SPEC_LABEL = re.compile(r"^(?:qualifications?|education(?: and training)?|training|"
                         r"experience|skills?(?: and abilities)?|knowledge|abilities|"
                         r"personal (?:qualities|attributes)|other(?: requirements)?|"
                         r"special requirements|competencies)\s+", re.IGNORECASE)


# How a criterion is assessed, run onto the end of the desirable cell's line ("Experience
# with SystmOne Interview", "Application form, certificates").
_ASSESSED = re.compile(r"(?:(?:^|\s+)(?:application|form|interview|certificates?|tests?|"
                       r"presentation|references?|[AIT])[,/&]?)+\s*$", re.IGNORECASE)


def _person_specification(lines: list[tuple[str, float, float]]
                          ) -> list[tuple[str, float, float]]:
    """A person specification table (Criteria | Essential | Desirable) as two lists, one per
    column ("Essential:" then its items, "Desirable:" then its): the PDF's text layer runs a
    row's cells together ("Qualifications BSc (Hons) Physiotherapy | Post-graduate training in
    falls"), so each item is rebuilt from where its line starts (the desirable column is far
    right) and a wrapped line's lower-case start."""
    at = next((n for n, (text, _, _) in enumerate(lines) if _SPEC_HEAD.match(text)), None)
    if at is None:
        return lines
    head_size, head_x = lines[at][1], lines[at][2]
    end = at + 1
    while end < len(lines) and lines[end][1] <= head_size + 0.5 \
            and lines[end][2] >= head_x - 5:
        end += 1
    body = lines[at + 1:end]
    inner = [x for text, _, x in body if x > head_x + 20]
    if not body or not inner:
        return lines
    first = min(inner)  # the essential column's left edge
    assessed = "assess" in lines[at][0].lower()  # a "How assessed" column after Desirable
    columns: dict[str, list[str]] = {"Essential": [], "Desirable": []}

    def add(column: str, text: str) -> None:
        items = columns[column]
        if items and text[:1].islower():
            items[-1] = f"{items[-1]} {text}"
        else:
            items.append(text)

    for text, _, x in body:
        parts = [part.strip() for part in text.split(" | ")]
        if x <= head_x + 5:  # a row's first line: its criteria label, then its cells
            parts[0] = _SPEC_LABEL.sub("", parts[0], count=1)
        cells = ["Desirable"] if x >= first + 100 else ["Essential", "Desirable"]
        for column, part in zip(cells, parts, strict=False):
            if assessed and column == "Desirable":
                part = _ASSESSED.sub("", part)  # "... training in Application" / "form,"
            if part:
                add(column, part)
    size = body[0][1]
    out: list[tuple[str, float, float]] = []
    for name, items in columns.items():
        if items:
            out += [(f"{name}:", size, head_x), *((f"- {item}", size, head_x) for item in items)]
    return [*lines[:at], *out, *lines[end:]]


def _looks_like_name(text: str, size: float, body: float) -> bool:
    """A large short line that is not contact details: the person's name."""
    return size >= 1.3 * body and len(text.split()) <= 6 and not CONTACTISH.search(text)


def _move_name_first(lines: list[tuple[str, float, float]], body: float) -> None:
    """The name is the largest short line near the top; it is moved to the first line."""
    top = max(range(min(40, len(lines))), key=lambda i: lines[i][1])
    if _looks_like_name(lines[top][0], lines[top][1], body):
        name = lines.pop(top)
        # the headline under it ("Payroll Executive") goes with it, when a sidebar read
        # first put the name further down: it heads the main column, not the sidebar's end
        headline = lines.pop(top) if top and top < len(lines) and len(
            lines[top][0].split()) <= 6 and abs(lines[top][2] - name[2]) < 2 \
            and not CONTACTISH.search(lines[top][0]) \
            and section_kind(lines[top][0].rstrip(":")) is None else None
        lines.insert(0, name)
        if headline is not None:
            lines.insert(1, headline)


@dataclass
class _Layout:
    """What the page's lines tell about its typography: body font size and full line length."""

    body: float  # the median font size
    maxlen: int  # the length of a full line (90th percentile)
    section_size: float | None = None  # font size of the first known section heading

    @classmethod
    def of(cls, lines: list[tuple[str, float, float]]) -> _Layout:
        lengths = sorted(len(t) for t, _, _ in lines)
        return cls(body=median(s for _, s, _ in lines),
                   maxlen=lengths[int(0.9 * (len(lengths) - 1))] or 80)

    def full(self, text: str) -> bool:
        """Does `text` fill (almost) a whole line?"""
        return len(text) >= 0.72 * self.maxlen

    def heading(self, text: str, size: float, seen_section: bool) -> SectionKind | None:
        """The section a line opens: a known section name, or (after the first section) a
        larger-font short line, which opens an OTHER section; None for any other line."""
        words = len(text.split())
        if words <= 6:
            kind = section_kind(text.rstrip(":"))
            if kind is not None:
                if self.section_size is None:
                    self.section_size = size
                return kind
        bar = 1.15 * self.body
        if self.section_size is not None:
            bar = max(bar, 0.95 * self.section_size)
        if seen_section and size >= bar and words <= 6 and not DATE_RANGE.search(text) \
                and not text.endswith("."):
            return SectionKind.OTHER  # a section the parser does not name
        return None


@dataclass
class _Logical:
    """One logical line: a visual line, or wrapped visual lines joined."""

    kind: str  # name | section | bullet | line
    text: str
    x: float
    section: SectionKind | None = None  # the kind of a section heading
    last: str = ""  # its last visual line, when wrapped ones were joined onto it


def _logical_lines(lines: list[tuple[str, float, float]], layout: _Layout,
                   dehyphenate: bool) -> list[_Logical]:
    """Phase 1: classify each visual line (name, section heading, bullet, line) and join
    wrapped lines onto the bullet or paragraph they continue."""
    logical: list[_Logical] = []
    seen_section = False
    # bullets whose wrapped lines hang under their text: a line at a bullet's own x is then
    # a new line; where none hangs, the glyph is inline and a wrap starts at the glyph's x
    hanging = any(_is_bullet(a[0]) and not _is_bullet(b[0]) and a[2] + 2 < b[2] <= a[2] + 30
                  for a, b in pairwise(lines))
    for n, (text, size, x) in enumerate(lines):
        heading = layout.heading(text, size, seen_section)  # first: it notes the section size
        if n == 0 and _looks_like_name(text, size, layout.body):
            logical.append(_Logical("name", text, x))
        elif heading is not None:
            seen_section = True
            logical.append(_Logical("section", text.rstrip(":"), x, heading))
        elif _is_bullet(text):
            logical.append(_Logical("bullet", _strip_bullet(text), x))
        elif logical and _wraps_onto(logical[-1], text, x, seen_section, layout.full,
                                     hanging):
            logical[-1].text = _join(logical[-1].text, text, dehyphenate)
            logical[-1].last = text
        else:
            logical.append(_Logical("line", text, x))
    return logical


def _wraps_onto(prev: _Logical, text: str, x: float, seen_section: bool,
                full: Callable[[str], bool], hanging: bool = True) -> bool:
    """Is the line at `x` the wrapped continuation of the logical line before it?"""
    if x > prev.x + _COLUMN_GAP or x < prev.x - _LABEL_GAP:
        # a line of the next column over, or one that starts in a label column on the left
        # ("English B2 B2 B1" under a paragraph of the main column): not this one wrapped
        return False
    if prev.kind == "bullet" and x > prev.x + 2:
        return True  # indented under a bullet
    return (prev.kind in ("bullet", "line")
            and (seen_section or prev.text.endswith("-"))
            and not (prev.kind == "bullet" and x <= prev.x + 1
                     # an inline glyph's wrap starts at the glyph, no further left
                     and (hanging or x < prev.x - 1)) and " | " not in text
            and _continues(prev.text, text, full, prev.last))


_COLUMN_GAP = 60  # points: further right than a bullet's hanging indent ever is
_LABEL_GAP = 40  # points: further left than a paragraph's first line is ever indented


def _is_short(text: str) -> bool:
    """Short enough to be an entry's heading or details line rather than prose."""
    words = len(text.split())
    return (words <= 14 and not text.endswith(".")) or (
        bool(DATE_RANGE.search(text)) and words <= 22)


class _MarkdownWriter:
    """Phase 2: logical lines -> Markdown. Inside experience-like sections, the first short line
    after content starts an entry (`### `); a date-only line before it is held and written
    under the entry heading."""

    def __init__(self) -> None:
        self.out: list[str] = []
        self.section: SectionKind | None = None
        self.state = "start"  # start | header | content
        self.held_date: str | None = None
        # a date read before its entry's heading: written after the heading's details lines
        # ("### Technician" / "Lusomed Devices S.A., Maia" / "03/2019–Present"), where an
        # entry's dates stand, so the employer line stays a details line
        self.pending_date: str | None = None
        self.entry_dated = False  # the current entry already has its date line

    def write(self, logical: list[_Logical]) -> str:
        """The Markdown text of all the logical lines."""
        for line in logical:
            self._add(line)
        self._release_date()
        return tidy_markdown("\n".join(self.out))

    def _release_date(self) -> None:
        if self.pending_date:
            self.out.append(self.pending_date)
            self.pending_date = None
        if self.held_date:
            self.out.append(self.held_date)
            self.held_date = None

    def _add(self, line: _Logical) -> None:
        if line.kind == "name":
            self.out += [f"# {line.text}", ""]
        elif line.kind == "section":
            self._release_date()
            self.section = line.section
            self.out += ["", f"## {line.text}", ""]
            self.state = "start"
        elif line.kind == "bullet":
            self._release_date()
            self.out.append(f"- {line.text}")
            self.state = "content"
        elif self.section is None or self.section in FLAT_SECTIONS:
            self.out.append(line.text)
            if self.section is SectionKind.SUMMARY:
                self.out.append("")
        else:
            self._entry_line(line.text)

    def _entry_line(self, text: str) -> None:
        """A plain line in an experience-like section: an entry heading, a details line under
        it, or prose."""
        short = _is_short(text)
        dated = bool(_DATE_ONLY.match(text))
        if short and (self.state in ("start", "content") or (
                dated and self.entry_dated and self.held_date is None)):
            # a second date under an entry that has one starts the next entry ("2014 - 2016
            # Master of ..." then "2010 - 2014 Bachelor of ..." with nothing in between)
            if dated:
                self._release_date()
                self.held_date = text
            else:
                self.out += ["", f"### {text}"]
                self.entry_dated = False
            self.state = "header"
        elif short and self.state == "header":
            if self.held_date is not None and (self.entry_dated or not any(
                    o.startswith("### ") for o in self.out[-2:])):
                self.out += ["", f"### {text}"]
                self.pending_date, self.held_date = self.held_date, None
                self.entry_dated = True
            else:
                self.out.append(text)
                self.entry_dated = self.entry_dated or dated
        else:
            self._release_date()
            self.out += [text, ""]
            self.state = "content"


def _continues(prev: str, text: str, full: Callable[[str], bool], last: str = "") -> bool:
    """Is `text` the wrapped continuation of `prev` (a bullet or paragraph line, whose last
    visual line is `last` when lines were joined onto it)?"""
    if section_kind(text.rstrip(":")) is not None and len(text.split()) <= 5:
        return False
    if _DATE_ONLY.match(text) or EUROPASS_ROW.match(text):
        return False
    if re.match(r"[a-z(]", text) or re.search(r"[A-Za-z]-$|[,;&/]$|\b(?:and|or|of|the|to|in|with|for|a)$", prev):
        return True
    if not full(last or prev):  # "(EQF" / "level 4)" / "Escola ...": a short last line
        return False
    if prev.endswith((".", ":", "!", "?")):
        # a new sentence in the same paragraph only when it is itself a long line
        return bool(full(text)) and not DATE_RANGE.search(text[:40])
    return not (DATE_RANGE.search(text) and len(text.split()) <= 14)
