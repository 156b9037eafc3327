"""Rule-based rewriting that only respells, reorders and names what the text already evidences.

- A skill the item names in another spelling takes the JD's spelling (Postgres -> PostgreSQL).
- A capability the item evidences through a tool or phrase is named next to it
  (Jenkins pipelines -> Jenkins (CI/CD) pipelines); never one the item does not evidence.
- Weak openers become direct ones (Responsible for -> Owned), nothing else changes.
- Skills lines are reordered so the JD's terms come first.
- A missing summary is built only from the CV's own role title and evidenced terms.
"""

from __future__ import annotations

import re

from cvtailor.models import CVItem, Draft, ItemStatus, ItemType, WriteTask
from cvtailor.text.vocabulary import Vocabulary
from cvtailor.text.wordforms import contains, says

WEAK_OPENERS = {
    "responsible for ": "Owned ",
    "was responsible for ": "Owned ",
    "in charge of ": "Led ",
    "participated in ": "Contributed to ",
    "worked on ": "Contributed to ",
    "involved in ": "Contributed to ",
    "duties included ": "",
    "tasked with ": "",
}
MAX_INSERTED = 2


def _fix_opener(text: str) -> str:
    lowered = text.lower()
    for weak, strong in WEAK_OPENERS.items():
        if lowered.startswith(weak):
            rest = text[len(weak):]
            if not strong:
                return rest[:1].upper() + rest[1:]
            return strong + rest
    return text


def _join(terms: list[str]) -> str:
    if len(terms) <= 1:
        return "".join(terms)
    return ", ".join(terms[:-1]) + " and " + terms[-1]


def rewrite_sentence(
    text: str, keywords: list[str], vocab: Vocabulary, jd_spellings: frozenset[str] = frozenset()
) -> tuple[str, list[str]]:
    """Surface `keywords` (JD spellings) that `text` evidences. Returns (text, used keywords).
    A spelling the JD itself uses somewhere (`jd_spellings`, lower case) is never changed."""
    used: list[str] = []
    wanted = {vocab.canonical(k) or k: k for k in keywords}
    hits = vocab.find(text, phrases=True)
    # 1. Same skill, other spelling -> the JD's spelling (right to left keeps offsets valid).
    for hit in sorted(hits, key=lambda h: -h.start):
        jd = wanted.get(hit.term)
        if (jd and hit.via != "phrase" and hit.surface != jd and not contains(text, jd)
                and hit.surface.lower() not in jd_spellings):
            text = text[: hit.start] + jd + text[hit.end:]
            used.append(jd)
    # 2. Capabilities evidenced by a named tool: name them right after the tool.
    inserted = 0
    hits = vocab.find(text, phrases=True)
    for hit in sorted(hits, key=lambda h: -h.start):
        if inserted >= MAX_INSERTED:
            break
        broader = vocab.implied(hit.term) if hit.via != "phrase" else set()
        if hit.via == "phrase":
            broader = {hit.term}
        adds = [jd for name, jd in wanted.items() if name in broader and not contains(text, jd)
                and jd not in used]
        if not adds:
            continue
        adds = adds[: MAX_INSERTED - inserted]
        if hit.via == "phrase":
            continue  # phrase evidence is named at the end, see 3.
        following = text[hit.end:]
        head, _, last = adds[0].rpartition(" ")
        if len(adds) == 1 and head and re.match(rf"\s+{re.escape(last)}\b", following, re.I):
            # "Jenkins pipelines" + "CI/CD pipelines" -> "Jenkins CI/CD pipelines"
            text = text[: hit.end] + f" {head}" + following
        else:
            text = text[: hit.end] + f" ({_join(adds)})" + following
        used.extend(adds)
        inserted += len(adds)
    # 3. Capabilities evidenced by a phrase ("worked with VP-level clients"): a closing tag.
    phrase_terms = [wanted[h.term] for h in hits if h.via == "phrase" and h.term in wanted
                    and not says(text, wanted[h.term]) and wanted[h.term] not in used]
    phrase_terms = list(dict.fromkeys(phrase_terms))[: max(0, MAX_INSERTED - inserted)]
    if phrase_terms:
        body = text.rstrip()
        end = "." if body.endswith(".") else ""
        body = body[:-1] if end else body
        text = f"{body} ({_join([t.lower() if t[:1].isupper() and t[1:2].islower() else t for t in phrase_terms])}){end}"
        used.extend(phrase_terms)
    return text, used


_LABEL = re.compile(r"^\s*((?:\*\*|__)?[^:*_]{1,40}:(?:\*\*|__)?|(?:\*\*|__)[^*_]{1,40}(?:\*\*|__)\s*:)\s*(.*)$")


def _rewrite_skills_line(
    text: str, keywords: list[str], vocab: Vocabulary, jd_spellings: frozenset[str] = frozenset()
) -> tuple[str, list[str]]:
    m = _LABEL.match(text)
    label, sep, body = (m.group(1).rstrip(": ") if m and not m.group(1).endswith(("**", "__"))
                        else m.group(1) if m else "", ":" if m else "", m.group(2) if m else text)
    parts = [p.strip() for p in re.split(r",(?![^()]*\))|;|\|", body) if p.strip()]
    if len(parts) < 2:
        return rewrite_sentence(text, keywords, vocab, jd_spellings)
    wanted = {vocab.canonical(k) or k.lower(): k for k in keywords}
    order = {name: n for n, name in enumerate(wanted)}
    used: list[str] = []
    respelled: list[str] = []
    ranks: list[int] = []
    named: set[str] = set()
    for part in parts:
        hits = vocab.find(part)
        named |= {h.term for h in hits}
        for hit in sorted(hits, key=lambda h: -h.start):
            jd = wanted.get(hit.term)
            if jd and hit.surface != jd and hit.surface.lower() not in jd_spellings:
                part = part[: hit.start] + jd + part[hit.end:]
            if jd and jd not in used:
                used.append(jd)
        respelled.append(part)
        ranks.append(min((order[h.term] for h in hits if h.term in order), default=999))
    new_parts = [respelled[n] for n in sorted(range(len(respelled)), key=lambda n: (ranks[n], n))]
    # Capabilities the listed tools imply and the JD asks for, added once, at the end.
    implied: set[str] = set()
    for name in named:
        implied |= vocab.implied(name)
    for name, jd in wanted.items():
        if name in implied and name not in named and not contains(text, jd):
            new_parts.append(vocab.display(jd))
            used.append(jd)
    body_out = ", ".join(new_parts)
    if not sep:
        return body_out, used
    return (f"{label} {body_out}" if label.endswith(("**", "__")) else f"{label}: {body_out}"), used


def build_summary(task: WriteTask) -> str:
    """A summary from facts only: the most recent role title and evidenced JD terms."""
    terms = task.plan.keywords[:4]
    lead = task.plan.role_title or "Professional"
    return f"{lead} with experience in {_join(terms)}." if terms else lead


def write(task: WriteTask, vocab: Vocabulary) -> Draft:
    item: CVItem = task.item
    base = item.original or item.text
    keywords = task.plan.keywords
    jd_spellings = frozenset(k.lower() for k in task.job_keywords)
    if item.type == ItemType.KEY_QUALIFICATION:
        text, used = (keywords[0] if keywords else base), keywords[:1]
    elif item.type == ItemType.SUMMARY and not base:
        text, used = build_summary(task), keywords[:4]
    elif item.type == ItemType.SKILL:
        text, used = _rewrite_skills_line(base, keywords, vocab, jd_spellings)
    else:
        text, used = rewrite_sentence(_fix_opener(base), keywords, vocab, jd_spellings)
        if item.type == ItemType.SUMMARY:
            missing = [k for k in keywords if not contains(text, k) and k not in used]
            if missing:
                text = text.rstrip()
                text += ("" if text.endswith(".") else ".") + (
                    f" Strengths relevant to this role: {_join(missing[:4])}.")
                used.extend(missing[:4])
    return Draft(
        item_id=item.id,
        text=text,
        original=item.original,
        evidence=list(task.plan.evidence or [item.id]),
        keywords=used,
        raw_output=None,
        engine="offline",
        attempt=task.attempt,
        round=task.round,
        status=ItemStatus.GENERATED,
        feedback=task.feedback,
    )
