"""Coverage: how much of a job's requirements a CV evidences (by gap status) and how much of
the job's vocabulary its text carries (what an ATS search sees). Priority-weighted."""

from __future__ import annotations

from cvtailor.models import JobPosting, RequirementMatch
from cvtailor.text.vocabulary import Vocabulary
from cvtailor.text.wordforms import contains

PRIORITY_WEIGHT = {"critical": 3.0, "important": 2.0, "nice_to_have": 1.0}
_STATUS_CREDIT = {"matched": 1.0, "partial": 0.5, "gap": 0.0}


def weighted_coverage(job: JobPosting, matches: list[RequirementMatch]) -> float:
    """Priority-weighted share of requirements evidenced (matched 1, partial 0.5, gap 0)."""
    weights = {r.id: PRIORITY_WEIGHT[r.priority] for r in job.requirements}
    total = sum(weights.values())
    got = sum(weights[m.requirement_id] * _STATUS_CREDIT[m.status]
              for m in matches if m.requirement_id in weights)
    return round(got / total, 3) if total else 0.0


def keyword_coverage(job: JobPosting, text: str, vocab: Vocabulary) -> float:
    """Priority-weighted share of the JD's keywords written in `text` as the JD spells them —
    what a recruiter's search or an ATS sees. Each requirement counts the fraction of its
    keywords present."""
    total = got = 0.0
    found: dict[str, bool] = {}  # requirements share keywords: search the text once for each
    for req in job.requirements:
        if not req.keywords:
            continue
        weight = PRIORITY_WEIGHT[req.priority]
        total += weight
        for k in req.keywords:
            if k not in found:
                found[k] = contains(text, k)
        present = sum(1 for k in req.keywords if found[k])
        got += weight * present / len(req.keywords)
    return round(got / total, 3) if total else 0.0
