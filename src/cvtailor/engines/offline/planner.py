"""The improvement plan: which items to rewrite, which evidenced JD terms each should carry,
the key qualifications, the summary, and per-section recommendations."""

from __future__ import annotations

from cvtailor.checks.coverage import PRIORITY_WEIGHT
from cvtailor.engines.offline.writer import WEAK_OPENERS
from cvtailor.models import (
    CVEntry,
    CVItem,
    CVSection,
    GapReport,
    ItemPlan,
    ItemStatus,
    ItemType,
    JobPosting,
    Plan,
    SectionKind,
    SectionRecommendation,
    StructuredCV,
)
from cvtailor.text.vocabulary import Vocabulary
from cvtailor.text.wordforms import contains, says

REWRITABLE = {ItemType.BULLET, ItemType.PROJECT_BULLET, ItemType.SUMMARY, ItemType.SKILL,
              ItemType.KEY_QUALIFICATION, ItemType.TEXT}
MAX_QUALIFICATION_CHARS = 30


def evidenced_keywords(job: JobPosting, report: GapReport) -> list[tuple[str, list[str]]]:
    """(JD keyword, evidence ids) for every evidenced keyword, most important first."""
    by_req = report.by_requirement()
    ranked = sorted(job.requirements, key=lambda r: -PRIORITY_WEIGHT[r.priority])
    out: dict[str, list[str]] = {}
    for req in ranked:
        match = by_req.get(req.id)
        if match is None:
            continue
        for keyword in match.covered_keywords:
            ids = [e.item_id for e in match.evidence if e.term == keyword]
            out.setdefault(keyword, [])
            out[keyword].extend(i for i in ids if i not in out[keyword])
    return list(out.items())


def make_plan(
    cv: StructuredCV,
    job: JobPosting,
    report: GapReport,
    vocab: Vocabulary,
    level: str = "moderate",
    key_qualifications: int = 10,
) -> Plan:
    """The plan; new sections it plans (summary, qualifications) are in `Plan.additions`."""
    plan = Plan(customization_level=level)  # type: ignore[arg-type]
    keywords = evidenced_keywords(job, report)
    plan.keywords = [k for k, _ in keywords]
    full_text = " ".join(i.original for i in cv.items())

    # Which item carries which evidenced JD term:
    # - every item that names the skill in another spelling takes the JD's spelling;
    # - a term the CV never says (only implies, or evidences by a phrase) is named once, in
    #   its strongest evidence item, and in the skills line that lists the implying tool.
    items = cv.item_map()
    cv_text = " ".join([full_text, *(e.heading for s in cv.sections for e in s.entries)])
    per_item: dict[str, list[str]] = {}
    for keyword, ids in keywords:
        name = vocab.canonical(keyword)
        if name is None:
            continue
        carriers = [i for i in ids if i in items and items[i].type in REWRITABLE
                    and items[i].status != ItemStatus.STATIC]
        spelled = [i for i in carriers if any(
            h.term == name and h.via != "phrase" for h in vocab.find(items[i].original))]
        for cid in spelled:
            per_item.setdefault(cid, []).append(keyword)
        if not spelled and not says(cv_text, keyword):
            bullets = [i for i in carriers if items[i].type != ItemType.SKILL]
            skills = [i for i in carriers if items[i].type == ItemType.SKILL]
            for cid in bullets[:1] + skills[:1]:
                per_item.setdefault(cid, []).append(keyword)
    for section in cv.sections:
        for entry in section.entries:
            for item in entry.items:
                if item.type not in REWRITABLE or item.status == ItemStatus.STATIC:
                    continue
                wanted = [k for k in per_item.get(item.id, []) if not contains(item.text, k)]
                weak = any(item.text.lower().startswith(w) for w in WEAK_OPENERS)
                relevant = any(item.id in ids for _, ids in keywords)
                take = bool(wanted) or (weak and level != "light" and relevant) or (
                    level == "extensive" and weak)
                if item.type == ItemType.SKILL and relevant and level != "light":
                    take = True
                if take:
                    plan.items.append(ItemPlan(
                        item_id=item.id, keywords=wanted, evidence=[item.id],
                        reason=("surface " + ", ".join(wanted)) if wanted else "sharpen wording",
                    ))

    # Key qualifications: evidenced JD terms, JD spelling, each <= 30 characters.
    quals = [(k, ids) for k, ids in keywords
             if len(k) <= MAX_QUALIFICATION_CHARS and vocab.canonical(k) is not None]
    seen: set[str] = set()
    chosen: list[tuple[str, list[str]]] = []
    for k, ids in quals:
        key = (vocab.canonical(k) or k).lower()
        if key not in seen:
            seen.add(key)
            chosen.append((k, ids))
    chosen = chosen[:key_qualifications]
    plan.key_qualifications = [vocab.display(k) for k, _ in chosen]
    if chosen and cv.section(SectionKind.KEY_QUALIFICATIONS) is None:
        section = CVSection(id="key-qualifications", kind=SectionKind.KEY_QUALIFICATIONS,
                            heading="Key Qualifications")
        entry = CVEntry(id="key-qualifications-1")
        for n, (k, ids) in enumerate(chosen, 1):
            item = CVItem(id=f"key-qualifications-1-{n}", type=ItemType.KEY_QUALIFICATION,
                          text=vocab.display(k), original="", evidence=ids)
            entry.items.append(item)
            plan.items.append(ItemPlan(item_id=item.id, keywords=[vocab.display(k)], evidence=ids,
                                       reason="key qualification evidenced by the CV"))
        section.entries.append(entry)
        plan.additions.insert(0, section)
        plan.recommendations.append(SectionRecommendation(
            section="Key Qualifications", what="Add a key qualifications list",
            why="Recruiters and ATS scan the top of the CV for the job's terms",
            after=", ".join(plan.key_qualifications),
        ))

    # Summary: rewrite the existing one, or plan one from the CV's own facts.
    top = [k for k, _ in chosen[:4]]
    summary = cv.section(SectionKind.SUMMARY)
    if summary is None and top:
        summary_ids = sorted({i for _, ids in chosen[:4] for i in ids})
        experience = cv.section(SectionKind.EXPERIENCE)
        role = next((e for e in experience.entries if e.title), None) if experience else None
        if role is not None:
            summary_ids.insert(0, role.id)
        section = CVSection(id="summary", kind=SectionKind.SUMMARY, heading="Summary")
        entry = CVEntry(id="summary-1", items=[CVItem(
            id="summary-1-1", type=ItemType.SUMMARY, text="", original="", evidence=summary_ids)])
        section.entries.append(entry)
        plan.additions.insert(0, section)
        plan.items.append(ItemPlan(item_id="summary-1-1", keywords=top, evidence=summary_ids,
                                   reason="no summary: write one from the CV's own facts",
                                   role_title=role.title if role is not None else ""))
        plan.summary = "Add a summary naming the role and the evidenced strengths."
    elif summary is not None and top:
        for entry in summary.entries:
            for item in entry.items[:1]:
                if plan.for_item(item.id) is None:
                    missing = [k for k in top if not says(item.text, k)]
                    if missing:
                        plan.items.append(ItemPlan(item_id=item.id, keywords=missing,
                                                   evidence=[item.id, *sorted(
                                                       {i for _, ids in chosen[:4] for i in ids})],
                                                   reason="summary: lead with evidenced terms"))
        plan.summary = "Lead the summary with the evidenced strengths the job asks for."

    gaps = report.by_status("gap")
    if gaps:
        plan.recommendations.append(SectionRecommendation(
            section="Gaps", what=f"{len(gaps)} requirement(s) have no evidence in the CV",
            why="They are not claimed; answer the gap questions if you do have the experience",
        ))
    if any(contains(full_text, k) for k in plan.keywords):
        plan.recommendations.append(SectionRecommendation(
            section="Experience", what="Bullets reordered by relevance to the job",
            why="The strongest evidence comes first in each role",
        ))
    return plan
