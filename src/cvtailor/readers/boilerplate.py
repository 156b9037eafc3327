"""A job ad's boilerplate (equal-opportunity, privacy, legal, benefits, cookie text) is not
requirements: it is trimmed before the size limit and before the JD parser sees it, so a real
ad with hundreds of KB of legal text reads as the ad. The text is cut into sections (headings)
then paragraphs, in one pass; a section whose heading names boilerplate goes whole, and so
does a paragraph that reads as boilerplate or repeats an earlier one. What was dropped is said
in one warning."""

from __future__ import annotations

import re

_HEADING = re.compile(r"^(?:#{1,6}\s+(.{1,120})|\*\*(.{1,120})\*\*:?|([A-Z][^\n.!?]{1,80}):)\s*$")
_BOILER_HEADING = re.compile(
    r"\b(?:equal (?:employment )?opportunit|EEO|diversity|inclusion statement|privacy|"
    r"data protection|GDPR|legal|disclaimer|terms(?: and| &) conditions|terms of use|cookie|"
    r"benefits|perks|what we offer|compensation|pay transparency|salary range|accommodation|"
    r"accessibility|e-verify|right to work|fraud|recruitment scam|notice to (?:agencies|"
    r"recruiters)|agency|background check|about (?:us|the company)|our values|"
    r"affirmative action|applicant (?:privacy|notice)|california|CCPA)", re.I)
_BOILER_TEXT = re.compile(
    r"equal (?:employment )?opportunity|without regard to|regardless of (?:race|age|gender)|"
    r"race, (?:colou?r|religion)|sexual orientation|gender identity|protected (?:veteran|"
    r"characteristic|status)|reasonable accommodation|personal (?:data|information) (?:we|you|"
    r"will|is|are)|privacy (?:notice|policy|statement)|data protection|GDPR|cookies?\b.{0,40}"
    r"(?:consent|policy)|e-verify|affirmative action|unsolicited (?:resumes|cvs|applications)|"
    r"recruitment (?:agencies|fraud|scam)|all rights reserved|pay transparency|"
    r"background (?:check|screening)|in accordance with (?:applicable )?(?:law|legislation)",
    re.I)
_REQUIREMENTS = re.compile(r"\b(?:require|responsib|qualif|experience|skills?|you will|you'll|"
                           r"what you|must|should|nice to have|preferred)", re.I)
KEEP_FRACTION_WARN = 0.02  # say nothing when less than 2% of the text was dropped
TRIM_OVER = 20_000  # characters: a normal ad (2-8 KB) is left as written, benefits and all


def _sections(text: str) -> list[tuple[str, list[str]]]:
    """(heading, paragraphs) in order; the text before the first heading has heading ''."""
    sections: list[tuple[str, list[str]]] = [("", [])]
    para: list[str] = []

    def flush() -> None:
        if para:
            sections[-1][1].append("\n".join(para))
            para.clear()

    for line in text.split("\n"):
        m = _HEADING.match(line.strip()) if len(line) <= 130 else None
        if m:
            flush()
            sections.append((line, []))
        elif not line.strip():
            flush()
        else:
            para.append(line)
    flush()
    return sections


def _heading_words(line: str) -> str:
    return line.strip().strip("#*: ").strip()


def trim_boilerplate(text: str) -> tuple[str, list[str]]:
    """(`text` without boilerplate sections and paragraphs and repeated paragraphs, warnings
    saying what was dropped). Text without boilerplate, and any text shorter than TRIM_OVER
    (a normal ad, which the JD parser reads whole), comes back as it was."""
    if len(text) < TRIM_OVER:
        return text, []
    kept: list[str] = []
    seen: set[str] = set()
    dropped_sections: list[str] = []
    dropped_chars = 0
    repeats = 0
    for heading, paras in _sections(text):
        words = _heading_words(heading)
        size = sum(len(p) + 2 for p in paras)
        if heading and _BOILER_HEADING.search(words) and not _REQUIREMENTS.search(words):
            dropped_sections.append(words[:40])
            dropped_chars += size + len(heading)
            continue
        body: list[str] = []
        for p in paras:
            key = re.sub(r"\W+", " ", p).strip().lower()
            if len(key) > 40 and key in seen:
                repeats += 1
                dropped_chars += len(p) + 2
                continue
            seen.add(key)
            if len(p) > 120 and len(_BOILER_TEXT.findall(p[:4000])) >= 1 and not (
                    p.lstrip().startswith(("-", "*", "•"))):
                dropped_chars += len(p) + 2
                continue
            body.append(p)
        if heading and not body and paras:
            dropped_sections.append(words[:40])
            dropped_chars += len(heading)
            continue
        kept.append("\n\n".join(([heading] if heading else []) + body))
    if not dropped_chars or dropped_chars < KEEP_FRACTION_WARN * max(1, len(text)):
        return text, []
    out = "\n\n".join(k for k in kept if k.strip()).strip() + "\n"
    what = []
    if dropped_sections:
        names = sorted(set(dropped_sections))
        what.append(f"{len(dropped_sections)} section(s) ({', '.join(names[:6])}"
                    f"{', ...' if len(names) > 6 else ''})")
    if repeats:
        what.append(f"{repeats} repeated paragraph(s)")
    if not what:
        what.append("legal/boilerplate paragraphs")
    return out, [f"Trimmed boilerplate from the job description: {'; '.join(what)} — "
                 f"{dropped_chars // 1024} KB dropped, {len(out)} characters kept"]
