"""Regenerate with feedback, offline: the common requests a person makes at review, followed
by rules that never touch a fact.

- "shorter" ("make it shorter", "too long", "more concise", "trim it"): filler qualifiers go
  ("successfully", "in order to" -> "to") and then trailing clauses that hold no number, name
  or skill, while the line keeps at least 52% of its length (QA's floor is 50%).
- "keep my wording" ("use my original wording", "revert", "as I wrote it"): the original text
  back, with at most the JD's spellings of skills it already names (Postgres -> PostgreSQL).
- "more formal" ("too casual", "more professional", "no contractions"): contractions spelled
  out, casual words replaced ("a lot of" -> "many", "set up" -> "established").
- "mention X" ("include X", "highlight X", "add X"): X is worked in only when the item's own
  evidence shows it (and not as a credential still being worked towards); otherwise it is
  refused with the reason.

Every request yields a note that the review and report.json show ("shortened from 31 to 19
words", "Terraform is not evidenced by this item; not added"). Anything else is not understood
and gets the conservative version (the JD's spellings only), and a note saying so.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from cvtailor.checks.fabrication import numbers, proper_names, unheld_credentials
from cvtailor.engines.offline.writer import attest, rewrite_sentence, rewrite_skills_line, write
from cvtailor.models import Draft, FeedbackRequest, ItemType, WriteTask
from cvtailor.text.vocabulary import Vocabulary
from cvtailor.text.wordforms import contains, phrase_in

_SHORTER = re.compile(
    r"\b(?:shorter|shorten|too long|too wordy|wordy|concise|condense|trim|tighten|briefer|"
    r"brief|less text|fewer words|cut (?:it )?down|one line|succinct)\b", re.I)
_KEEP = re.compile(
    r"\b(?:(?:keep|use|go back to|restore|revert to|stick (?:to|with)|prefer|want)\s+(?:my|the)\s+"
    r"(?:own\s+|original\s+|old\s+)*(?:wording|words|text|version|phrasing|line|bullet)|"
    r"original wording|my (?:own )?wording|as i (?:wrote|had) it|revert|undo|"
    r"(?:don'?t|do not) (?:change|rewrite|reword) (?:my|it|this))\b", re.I)
_FORMAL = re.compile(
    r"\b(?:formal|professional(?: tone)?|less casual|too casual|too informal|informal|"
    r"no contractions|less chatty|more serious)\b", re.I)
_MENTION = re.compile(
    r"\b(?:mention|include|add|highlight|emphasi[sz]e|bring out|call out|name|show|cite)\s+"
    r"(?:that\s+(?:i|I)\s+(?:used|use|know|did|have)\s+)?(?:my\s+|the\s+)?"
    r"(?P<what>.+?)\s*(?=$|[,;.!?]|\s+(?:and|but|please|too|as well|here|in (?:this|the) "
    r"(?:item|bullet|line|summary))\b)", re.I)

_FILLER: tuple[tuple[str, str], ...] = (
    (r"\bsuccessfully\s+", ""), (r"\beffectively\s+", ""), (r"\bactively\s+", ""),
    (r"\b(?:very|really|highly|extremely|truly)\s+", ""), (r"\bin order to\b", "to"),
    (r"\bwith the goal of\b", "to"), (r"\bdue to the fact that\b", "because"),
    (r"\b(?:a wide range of|a variety of|various)\s+", ""), (r"\bwas able to\s+", ""),
    (r"\bon a (daily|weekly|monthly|quarterly|yearly) basis\b", r"\1"),
    (r"\bas well as\b", "and"), (r"\bin the process of\s+", ""), (r"\bthe overall\b", "the"),
)
_CONTRACTIONS: tuple[tuple[str, str], ...] = (
    (r"\bcan't\b", "cannot"), (r"\bwon't\b", "will not"), (r"\bshan't\b", "shall not"),
    (r"\b(\w+)n't\b", r"\1 not"), (r"\b(it|that|there|what|here)'s\b", r"\1 is"),
    (r"\blet's\b", "let us"), (r"\b(\w+)'re\b", r"\1 are"), (r"\b(\w+)'ve\b", r"\1 have"),
    (r"\b(\w+)'ll\b", r"\1 will"), (r"\bI'm\b", "I am"), (r"\b(\w+)'d\b", r"\1 would"),
)
_CASUAL: tuple[tuple[str, str], ...] = (
    (r"\b(?:a lot of|lots of|tons of|loads of|a bunch of)\b", "many"),
    (r"\b(?:kind of|sort of|pretty|super)\s+", ""), (r"\bset up\b", "established"),
    (r"\bkicked off\b", "launched"), (r"\bfigured out\b", "determined"),
    (r"\bhelped out\b", "assisted"), (r"\bfixed up\b", "repaired"), (r"\bguys\b", "colleagues"),
    (r"\bkids\b", "children"), (r"\bstuff\b", "material"), (r"\bhuge\b", "substantial"),
    (r"\bawesome\b", "excellent"), (r"\bboss\b", "manager"), (r"\bgonna\b", "going to"),
    (r"\bwanna\b", "want to"), (r"\bok(?:ay)?\b", "acceptable"), (r"\s&\s", " and "),
    (r"!", "."),
)
_CLAUSE = re.compile(r"(?:,|;|\s[—–-])\s+")
_MIN_SHARE = 0.52  # QA refuses a draft under half the original


def parse_feedback(text: str) -> FeedbackRequest:
    """What a reviewer's free-text feedback asks for, as far as the rules understand it."""
    text = (text or "").strip()
    mention = [m.group("what").strip(" \"'“”") for m in _MENTION.finditer(text)]
    mention = [m for m in mention if m and len(m) <= 60 and not _SHORTER.fullmatch(m)]
    return FeedbackRequest(
        text=text, shorter=bool(_SHORTER.search(text)), keep_wording=bool(_KEEP.search(text)),
        formal=bool(_FORMAL.search(text)), mention=list(dict.fromkeys(mention)))


def words(text: str) -> int:
    """Words in a line (what the notes count)."""
    return len(text.split())


def _subs(text: str, rules: tuple[tuple[str, str], ...]) -> tuple[str, list[str]]:
    """`text` with every rule applied (case-insensitive; a capital first letter stays
    capital), and the changes made as "old -> new"."""
    changes: list[str] = []
    for pattern, repl in rules:
        def one(m: re.Match[str], repl: str = repl) -> str:
            new = m.expand(repl)
            if m.group(0)[:1].isupper() and new[:1].islower():
                new = new[:1].upper() + new[1:]
            changes.append(f"'{m.group(0).strip()}' -> '{new.strip()}'" if new.strip()
                           else f"'{m.group(0).strip()}' dropped")
            return new
        text = re.sub(pattern, one, text, flags=re.I)
    text = re.sub(r"\s{2,}", " ", text).strip()
    return text, changes


def keeps_facts(new: str, old: str, vocab: Vocabulary) -> bool:
    """Whether `new` still says every number, skill and proper name `old` says."""
    if not numbers(old) <= numbers(new):
        return False
    kept = {h.term for h in vocab.find(new)}
    hits = vocab.find(old)
    if any(h.term not in kept for h in hits):
        return False
    names = proper_names(old, skip=[(h.start, h.end) for h in hits])
    return all(n.lower() in new.lower() for n in names)


def shorten(text: str, vocab: Vocabulary) -> str:
    """`text` without filler qualifiers, then without trailing clauses (of any sentence) and
    sentences that carry no fact; never below 52% of its length and never losing a number,
    skill or name."""
    floor = _MIN_SHARE * len(text)
    out, _ = _subs(text, _FILLER)
    out = out[:1].upper() + out[1:] if text[:1].isupper() else out
    if not keeps_facts(out, text, vocab):
        out = text
    changed = True
    while changed:
        changed = False
        sentences = _SENTENCE.split(out)
        for n in reversed(range(len(sentences))):
            for candidate in _cuts(sentences[n]):
                joined = " ".join(s for s in [*sentences[:n], candidate, *sentences[n + 1:]]
                                  if s)
                if len(joined) >= floor and keeps_facts(joined, text, vocab):
                    out, changed = joined, True
                    break
            if changed:
                break
    return out


_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def _cuts(sentence: str) -> list[str]:
    """Shorter forms of one sentence, longest first: without its last clause, ..., and, for a
    sentence after the first, without the sentence ('')."""
    end = sentence[-1] if sentence[-1:] in ".;!?" else ""
    out = [sentence[:m.start()].rstrip(" ,;:—–-") + end
           for m in reversed(list(_CLAUSE.finditer(sentence))) if _balanced(sentence[:m.start()])]
    return [c for c in out if c.strip(".;!? ")] + [""]


def _balanced(prefix: str) -> bool:
    return prefix.count("(") == prefix.count(")")


def evidenced_reason(term: str, evidence: str, vocab: Vocabulary) -> str:
    """'' when the evidence shows `term`; otherwise why it may not be added."""
    name = vocab.canonical(term)
    said = phrase_in(term, evidence) or contains(evidence, term) or (
        name is not None and name in vocab.evidenced_names(evidence))
    if not said:
        return f"{term} is not evidenced by this item; not added"
    if unheld_credentials(term, evidence, vocab):
        return f"the CV names {term} only as not held yet; not added"
    return ""


def mention(text: str, term: str, item_type: ItemType, vocab: Vocabulary) -> str:
    """`text` naming `term` (evidenced): the JD's spelling in place, a skills list entry, or
    worked into the line as the offline writer attests a confirmed term."""
    respelled, used = rewrite_sentence(text, [term], vocab)
    if used:
        return respelled
    if item_type == ItemType.SKILL:
        listed, used = rewrite_skills_line(text, [term], vocab)
        if used and contains(listed, term):
            return listed
        return text.rstrip(" ,;") + f", {term}"
    if item_type == ItemType.SUMMARY:
        worked = attest(text, term, label=False)
        return worked if worked != text else text.rstrip() + f" Experienced with {term}."
    return attest(text, term)


def apply_feedback(task: WriteTask, vocab: Vocabulary,
                   conservative: Callable[[WriteTask], Draft]) -> Draft:
    """The item rewritten as the feedback asks, with a note of what was done; feedback the
    rules do not understand gets the `conservative` draft and a note saying so."""
    request = parse_feedback(task.feedback)
    if not request.understood:
        draft = conservative(task)
        draft.feedback_note = ("the offline engine cannot follow this request; it offers the "
                               "conservative version (the JD's spellings only)")
        return draft
    item = task.item
    original = item.original or item.text
    notes: list[str] = []
    if request.keep_wording:
        draft = conservative(task)  # the original with the JD's spellings of what it names
        swaps = [w for w in draft.keywords if not contains(original, w)]
        notes.append("kept your wording" + (f" (JD spelling: {', '.join(swaps)})"
                                            if swaps else ""))
    else:
        draft = write(task, vocab)
    text = draft.text
    evidence = " \n ".join([original, *(i.original or i.text for i in task.evidence_items),
                            *task.plan.attested])
    for term in request.mention:
        reason = evidenced_reason(term, evidence, vocab)
        if reason:
            notes.append(reason)
        elif phrase_in(term, text) or contains(text, term):
            notes.append(f"already mentions {term}")
        else:
            text = mention(text, term, item.type, vocab)
            draft.keywords = list(dict.fromkeys([*draft.keywords, term]))
            notes.append(f"mentioned {term}")
    if request.formal:
        formal, changes = _subs(text, _CONTRACTIONS + _CASUAL)
        if changes and keeps_facts(formal, text, vocab):
            text = formal
            notes.append("more formal: " + ", ".join(changes[:4]))
        else:
            notes.append("already formal: no contractions or casual words to change")
    if request.shorter:
        short = shorten(text, vocab)
        if words(short) < words(text):
            notes.append(f"shortened from {words(text)} to {words(short)} words")
            text = short
        else:
            notes.append(f"nothing to drop without losing a fact; kept at {words(text)} words")
    draft.text, draft.feedback_note = text, "; ".join(notes)
    return draft
