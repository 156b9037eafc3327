"""What a described answer means: a hedged "no", or the person's claim of the requirement.

A describe question asks "have you done X? If you have, say where and how; otherwise answer
no". So a substantive answer that is not a negative is the person's claim of X — for a
*practice* (performance management, A/B tests, negotiation), whenever the answer is about
the requirement it was asked for. A named thing (a tool, a language, a credential, a degree)
is still held only when the answer names it (`interview.supported_term`).

- `unnamed`: a requirement that names something (a tool, standard or credential: "US GAAP",
  "Workday", "WCAG") is not accepted from a description that does not name it.
- `hedged_no`: "No, but I ...", "Not directly; I ...", "I haven't used Kafka, but ...", "We
  had asyncio, but I never touched it", "Only Kafka, never Datadog", "Sort of - ..." — the
  person says they have not done X (or not quite), whatever else they offer: declined, never
  claimed.
- `about`: the answer is about the requirement — MiniLM cosine between the answer and the
  requirement sentence at least ABOUT_MIN. Calibrated by tests/benchmarks/answers.py on the
  tuned cases: positives are each evidenced requirement's labelled answer against its
  requirement; negatives are the answer of requirement A offered to every other requirement B
  of the same job (off-topic) and answers naming a sibling in its place. ABOUT_MIN is the
  lowest value above every negative there (zero accepted); see README "Gap interview".
"""

from __future__ import annotations

import re

# "No, but ...", "Not directly; ...", "I haven't ... but ...", "Never in production, but ..."
_HEDGE = re.compile(
    r"^\s*(?:no|nope|not\s+(?:directly|exactly|really|formally|as\s+such|personally|"
    r"professionally|yet|in\s+a\s+\w+\s+role)|never|i\s+(?:have\s+not|haven't|havent|did\s+not|"
    r"didn't|do\s+not|don't|have\s+never|never))\b[^.;!?]{0,120}?(?:[,;:.!—–-]\s*|\s)"
    r"(?:but|though|however|although|instead|only)\b"
    r"|^\s*not\s+(?:directly|exactly|really|formally|as\s+such|personally|professionally|yet|"
    r"as\s+(?:a|the)\s+\w+|in\s+(?:a|that|this)\s+\w+(?:\s+\w+)?)\b", re.IGNORECASE)

# "We had asyncio in the codebase, but I never touched it", "... though not me personally":
# what the answer first says is taken back by the person's own negation after it.
_TAKEN_BACK = re.compile(
    r"\b(?:but|though|although|however|yet)\b[\s,]+(?:(?:i|i've|i'd)\s+(?:have\s+|had\s+)?"
    r"(?:never|not|didn't|did\s+not|haven't|have\s+not|hadn't|wasn't|was\s+not|don't|"
    r"do\s+not|hardly|barely)|never\s+(?:me|myself|personally|directly|hands-on|used|touched|"
    r"worked)|not\s+(?:me|myself|personally|directly|hands-on|by\s+me))\b", re.IGNORECASE)
# "Only Kafka at StartupCo, never Datadog", "Sort of - we ran Docker Swarm": the person says
# they have not done quite what was asked.
_NOT_QUITE = re.compile(r"^\W*(?:only\b.*\b(?:never|not)\b|(?:sort|kind)\s+of\b(?=\W+\w+\W+\w))",
                        re.IGNORECASE)  # "kind of" alone is no answer (`unclear`): asked again

# "Partly: at Acme I ...", "Maybe - ...", "Only a little; ...": the person says it shows only
# in part (`shows_in_part`).
_IN_PART = re.compile(r"^\W*(?:partly|partially|somewhat|in\s+part|to\s+(?:some|an)\s+extent|"
                      r"maybe|perhaps|possibly|arguably|loosely|indirectly|not\s+fully|"
                      r"a\s+(?:little|bit)|only\s+(?:a\s+little|a\s+bit|partly|partially|"
                      r"sometimes|occasionally|once|rarely))\b", re.IGNORECASE)


def shows_in_part(text: str) -> bool:
    """The answer opens by saying what it tells shows the thing only in part: no account of
    where it shows (beside `hedged_no`, which says it does not)."""
    return bool(_IN_PART.match(text))


ABOUT_MIN = 0.51
# A word that names a thing rather than a practice: an acronym or inner capital ("GAAP",
# "MLflow", "ASC"), a digit ("606"), or a capitalised word inside a sentence ("Workday").
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9+#&/.'-]*")
_ABBREVIATION = re.compile(r"\(([A-Z][A-Za-z&/]{1,7})\)")


def hedged_no(text: str) -> bool:
    """The answer says the person has not done it, then offers something else ("No, but I
    used RabbitMQ"), takes back what it says ("We had asyncio in the codebase, but I never
    touched it"), or says the person did not quite do it ("Only Kafka, never Datadog", "Sort
    of - we ran Docker Swarm")."""
    return bool(_HEDGE.match(text) or _TAKEN_BACK.search(text) or _NOT_QUITE.match(text))


def unnamed(requirement: str, answer: str) -> list[str]:
    """The names in a requirement sentence the answer does not say ("US GAAP", "Workday",
    "WCAG 2.1"): a description of the work never stands for a named thing. An abbreviation
    of the words before it ("home exercise programs (HEP)") is not a name, nor "A/B"."""
    from cvtailor.text.wordforms import says, spelled_out

    text = _ABBREVIATION.sub(lambda m: " " if spelled_out(
        requirement[:m.start()], m.group(1)) is not None else m.group(0), requirement)
    out: list[str] = []
    for match in _WORD.finditer(text):
        word = match.group(0).rstrip(".'-")
        letters = max(re.findall(r"[A-Za-z]+", word), key=len, default="")
        first = not text[:match.start()].strip() or text[:match.start()].rstrip()[-1] in ".:;!?"
        named = (len(letters) >= 2 and any(c.isupper() for c in letters[1:])) or bool(
            re.search(r"\d", word) and len(word) > 1) or (word[:1].isupper() and not first
                                                           and len(letters) >= 2)
        if named and not says(answer, word):
            out.append(word)
    return out


# Below this MiniLM cosine with its requirement an answer is about something else ("used
# asyncio for our webhook workers" for "Strong grasp of indexing strategies": 0.06). Set under
# every labelled answer of the tuned and development sets (the lowest, 0.138) by
# tests/benchmarks/answers.py's pairs; there it turns away 19% of the answers offered to
# another requirement that the subject rule (`interview.supported_term`) accepted.
OFF_TOPIC_BELOW = 0.13


def off_topic(similarity: float | None) -> bool:
    """Whether an answer's cosine with its requirement says it is about something else."""
    return similarity is not None and similarity < OFF_TOPIC_BELOW


def about(similarity: float | None) -> bool:
    """Whether an answer's cosine with its requirement says it is about that requirement."""
    return similarity is not None and similarity >= ABOUT_MIN
