"""Job description text -> JobPosting, deterministically (the fallback parser for every engine).

Sections (responsibilities / requirements / nice to have) come from headings or `Label:`
lines; each bullet or sentence under them is a requirement, categorised with the skills
vocabulary and prioritised by its section and its wording. Instruction-like text ("ignore
previous instructions...") is recorded in `suspicious` and never becomes a requirement.
"""

from __future__ import annotations

import re

from cvtailor.models import JobPosting, Requirement
from cvtailor.text.cvtext import BULLET, clean_inline, strip_front_matter
from cvtailor.text.vocabulary import Hit, Vocabulary

_RESP = ("responsibilit", "what you'll do", "what you will do", "the role", "your role",
         "duties", "in this role", "you will", "day to day", "day-to-day", "what you'd do",
         "key objectives", "your impact", "the job", "what you’ll do", "job description")
_REQ = ("requirement", "qualification", "what you'll bring", "what you will bring",
        "who you are", "must have", "must-have", "required", "what we're looking for",
        "what we’re looking for", "looking for", "skills", "you have", "about you",
        "you bring", "you'll need", "you will need", "experience", "what you’ll bring",
        "ideal candidate", "competencies", "you might be a fit", "you may be a good fit")
_NICE = ("nice to have", "nice-to-have", "preferred", "bonus", "plus", "good to have",
         "desired", "desirable", "extra credit", "ideally", "not required")
_IGNORE = ("about us", "about the company", "benefits", "perks", "compensation", "salary",
           "how to apply", "equal opportunity", "eeo", "our values", "why join", "why you'll",
           "location", "the team", "about the team", "what we offer", "we offer", "pay",
           "hiring process", "interview process", "diversity")

INJECTION = re.compile(
    r"ignore (?:all |any )?(?:the )?(?:previous|prior|above|earlier) (?:instructions|prompts?)|"
    r"disregard (?:all |any )?(?:the )?(?:previous|prior|above)|"
    r"\bsystem prompt\b|\byou are now\b|\bas an ai\b|\bnew instructions?\b|"
    r"(?:add|insert|include|put) (?:a |an |the )?[\w .'-]{0,40}\bto (?:the |your |their |my )?"
    r"(?:cv|resume|résumé)\b|\bdo not tell the (?:user|candidate)\b",
    re.IGNORECASE,
)
_REQUIRED_HEADING = re.compile(r"\b(required|minimum|basic|must|essential|mandatory)\b",
                               re.IGNORECASE)
_YEARS = re.compile(r"(\d+)\s*\+?\s*(?:-\s*\d+\s*)?(?:years|yrs)", re.IGNORECASE)
_EDU = re.compile(r"\b(degree|bachelor|master|ph\.?d|diploma|b\.?s\.?c?|m\.?s\.?c?|mba|"
                  r"graduate|doctorate|certif|licen[cs]e)", re.IGNORECASE)
_CRITICAL = re.compile(r"\b(must|required|requires|essential|mandatory|minimum|at least)\b",
                       re.IGNORECASE)
_NICE_INLINE = re.compile(r"\b(nice to have|preferred|a plus|bonus|ideally|desirable|"
                          r"is a plus|would be great)\b", re.IGNORECASE)
_SOFT = re.compile(r"\b(communicat\w*|collaborat\w*|leadership|team ?player|mentor\w*|"
                   r"interpersonal|self-starter|ownership|empath\w*|curious|curiosity|"
                   r"attention to detail|organi[sz]ed|problem[- ]solving)\b", re.IGNORECASE)
_TECH_CATEGORIES = {
    "programming_language", "framework", "library", "database", "cloud", "devops_tool", "ci_cd",
    "infrastructure", "message_broker", "data_tool", "ml", "testing", "design_tool",
    "business_tool", "crm", "office_tool", "security", "analytics",
}
_LEVELS = ("intern", "junior", "entry", "mid", "senior", "staff", "principal", "lead",
           "head", "director", "manager", "vp", "chief")
_STOP = set((
    "a ability able all also an and any are as at background be both by can comparable deep "
    "demonstrated direct directly dynamic equivalent etc excellent experience experienced "
    "expertise familiar familiarity fast-paced field for from good great hands-on has have "
    "high-quality ideally in including into is it its knowledge least like more multiple must "
    "new of on or other our plus practical preferred professional proficiency proficient "
    "progressive proven record related relevant required should similar skill skills solid "
    "strong such than the their this to track understanding use using various we well who "
    "will with work working would year years you your "
).split())


def _heading_kind(heading: str) -> str | None:
    h = clean_inline(heading).lower().strip(" :")
    if not h:
        return None
    for kind, keys in (("nice", _NICE), ("ignore", _IGNORE), ("resp", _RESP), ("req", _REQ)):
        if any(k in h for k in keys):
            return kind
    return None


def _label_line(line: str) -> tuple[str | None, str]:
    """`Must have: Python, SQL` -> ("req", "Python, SQL")."""
    m = re.match(r"^\s*(?:\*\*|__)?([A-Za-z][\w '’/-]{1,40}?)(?:\*\*|__)?\s*:\s*(.*)$", line)
    if not m:
        return None, line
    kind = _heading_kind(m.group(1))
    return kind, m.group(2).strip()


def fallback_keywords(text: str, limit: int = 3) -> list[str]:
    """Salient phrases of a requirement the vocabulary does not know (content-word runs)."""
    words = re.findall(r"[A-Za-z][A-Za-z0-9+#./'-]*", clean_inline(text))
    chunks: list[list[str]] = [[]]
    for w in words:
        if w.lower() in _STOP or len(w) < 3:
            if chunks[-1]:
                chunks.append([])
        else:
            chunks[-1].append(w)
    phrases = [" ".join(c[:3]) for c in chunks if c]
    phrases.sort(key=lambda p: -len(p.split()))
    return phrases[:limit]


def _content_words(text: str) -> list[str]:
    return [w for w in re.findall(r"[A-Za-z][A-Za-z0-9+#./'-]*", clean_inline(text))
            if w.lower() not in _STOP and len(w) >= 3]


def residual_keywords(text: str, hits: list[Hit]) -> list[str]:
    """The part of a requirement the vocabulary did not name, when that part is most of it:
    "negotiating commercial contracts directly with counterparties" is about negotiating, so
    naming "commercial contracts" alone must not make it matched."""
    rest = text
    for hit in sorted(hits, key=lambda h: -h.start):
        rest = rest[: hit.start] + " , " + rest[hit.end:]
    named = len(_content_words(text)) - len(_content_words(rest))
    if named * 2 > len(_content_words(text)):
        return []
    return [p for p in fallback_keywords(rest, limit=2) if len(p) >= 6]


def _categorise(text: str, section: str, vocab: Vocabulary) -> str:
    names = vocab.names_in(text)
    cats = {vocab.category(n) for n in names}
    if _EDU.search(text) or cats & {"degree", "certification"}:
        return "education"
    if section == "resp":
        return "responsibility"
    if _YEARS.search(text):
        return "experience"
    if cats & _TECH_CATEGORIES:
        return "technical_skill"
    if "soft_skill" in cats or _SOFT.search(text):
        return "soft_skill"
    return "domain"


def _priority(text: str, section: str) -> str:
    if section == "nice" or _NICE_INLINE.search(text):
        return "nice_to_have"
    if _CRITICAL.search(text) or _YEARS.search(text):
        return "critical"
    return "important"


def _split_sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?;])\s+", text) if len(s.split()) >= 3]


def parse_jd_text(text: str, vocab: Vocabulary) -> JobPosting:
    text = strip_front_matter(text.replace("\r\n", "\n"))
    job = JobPosting(parser="offline")
    lines = text.split("\n")
    section: str | None = None
    section_required = False  # under a "Required / Minimum qualifications" heading
    candidates: list[tuple[str, str]] = []  # (text, section kind)
    prose: list[str] = []

    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if INJECTION.search(line):
            job.suspicious.append(clean_inline(line)[:200])
            continue
        heading = re.match(r"^#{1,6}\s+(.*)$", line)
        bold = re.match(r"^(?:\*\*|__)(.+?)(?:\*\*|__):?$", line)
        letters = re.sub(r"[^A-Za-z]", "", line)
        caps = (not BULLET.match(line) and len(letters) >= 4 and line.upper() == line
                and len(line.split()) <= 8)
        plain_heading = (not BULLET.match(line) and len(line.split()) <= 6
                         and not re.search(r"[.,;!?]$", line) and _heading_kind(line) is not None)
        if heading or bold or caps or plain_heading or (
                line.endswith(":") and len(line.split()) <= 8):
            title = (heading or bold).group(1) if (heading or bold) else line.rstrip(":")  # type: ignore[union-attr]
            kind = _heading_kind(title)
            required = kind == "req" and _REQUIRED_HEADING.search(clean_inline(title)) is not None
            if not job.title and (heading or caps or bold) and kind is None:
                job.title = clean_inline(title).title() if caps else clean_inline(title)
            section = kind  # an unknown heading (the job title, "Location") is not a section
            section_required = required
            continue
        label, rest = _label_line(line) if not BULLET.match(line) else (None, line)
        if label in ("req", "nice", "resp") and rest:
            for part in re.split(r";|,(?![^()]*\))", rest) if len(rest) < 200 else [rest]:
                if part.strip():
                    candidates.append((part.strip(), label))
            continue
        if BULLET.match(line):
            body = clean_inline(BULLET.sub("", line, count=1))
            if section in ("req", "nice", "resp"):
                candidates.append((body, "req!" if section == "req" and section_required
                                   else section))
            elif section is None:
                prose.append(body)
            continue
        plain = clean_inline(line)
        if not job.title and len(plain.split()) <= 10:
            job.title = plain
            continue
        if section in ("req", "nice", "resp"):
            candidates.extend((s, section) for s in _split_sentences(plain))
        elif section is None:
            prose.append(plain)

    if not any(kind in ("req", "req!", "nice") for _, kind in candidates):
        # No requirement section: use prose and stray bullets that name known skills.
        for sentence in (s for p in prose for s in _split_sentences(p) or [p]):
            if vocab.names_in(sentence):
                candidates.append((sentence, "req"))

    seen: set[str] = set()
    for body, marked in candidates:
        kind = "req" if marked == "req!" else marked
        body = body.strip(" .;")
        if len(body) < 3 or body.lower() in seen:
            continue
        seen.add(body.lower())
        hits = vocab.find(body)
        keywords = list(dict.fromkeys(h.surface for h in hits))
        if kind == "resp":
            job.responsibilities.append(body)
            if not keywords:
                continue
        if not keywords:
            keywords = fallback_keywords(body)
        elif kind != "resp":
            keywords += residual_keywords(body, hits)
        if not keywords:
            continue
        category = _categorise(body, kind, vocab)
        job.requirements.append(
            Requirement(
                id=f"req-{len(job.requirements) + 1}",
                text=body,
                category=category,  # type: ignore[arg-type]
                priority=("critical" if marked == "req!" and not _NICE_INLINE.search(body)
                          else _priority(body, kind)),  # type: ignore[arg-type]
                keywords=keywords,
            )
        )
        for hit in hits:
            if hit.surface not in job.skills:
                job.skills.append(hit.surface)

    lowered = (job.title or "").lower()
    job.level = next((lvl for lvl in _LEVELS if re.search(rf"\b{lvl}\b", lowered)), "")
    if not job.level:
        years = [int(m.group(1)) for m in _YEARS.finditer(text)]
        if years:
            job.level = "senior" if max(years) >= 5 else "mid" if max(years) >= 2 else "junior"
    m = re.search(r"\bAbout\s+([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})", text)
    if m and m.group(1).lower() not in {"us", "you", "the", "this"}:
        job.company = m.group(1).strip()
    else:
        m = re.search(r"\b(?:at|join)\s+([A-Z][\w&.-]+(?:\s+[A-Z][\w&.-]+){0,2})", text)
        job.company = m.group(1) if m else ""
    job.industry_terms = [s for s in job.skills if vocab.category(vocab.canonical(s) or "") in
                          {"domain", "finance", "legal", "healthcare", "education", "sales",
                           "marketing", "hr", "operations"}]
    return job
