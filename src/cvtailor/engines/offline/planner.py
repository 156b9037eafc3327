"""The improvement plan: which items to rewrite, which evidenced JD terms each should carry,
the key qualifications, the summary, and per-section recommendations."""

from __future__ import annotations

import re

from cvtailor.checks.coverage import PRIORITY_WEIGHT
from cvtailor.checks.fabrication import check_draft, credential_held
from cvtailor.engines.offline.writer import (
    WEAK_OPENERS,
    attest,
    noun_first,
    rewrite_sentence,
    summary_sentence,
    summary_tools,
)
from cvtailor.models import (
    CVEntry,
    CVItem,
    CVSection,
    Draft,
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
from cvtailor.research.degrees import degree_qualifications
from cvtailor.text.cvtext import evidence_corpus
from cvtailor.text.jd_terms import content_stems, title_main
from cvtailor.text.qualifications import lone_verb, names_qualification, repeats
from cvtailor.text.vocabulary import Vocabulary
from cvtailor.text.wordforms import contains, says, spelled_as_name, word_form_span

REWRITABLE = {ItemType.BULLET, ItemType.PROJECT_BULLET, ItemType.SUMMARY, ItemType.SKILL,
              ItemType.KEY_QUALIFICATION, ItemType.TEXT}
# Lines a term may lead as "Term: ..." when their words evidence it but cannot take it.
LEAD_IN_ITEMS = frozenset({ItemType.BULLET, ItemType.PROJECT_BULLET})
MAX_QUALIFICATION_CHARS = 30
MIN_QUALIFICATIONS = 2


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


# Evidence a person gave (confirmed a CV line, or described it in the interview), or that
# research decided by a strong semantic match for a term the vocabulary does not know
# (research/similarity.py): its term may be written into that item even when the vocabulary
# does not know it.
ATTESTED_VIA = frozenset({"user", "similarity"})


def attested_keywords(report: GapReport) -> dict[str, list[str]]:
    """JD keyword -> the items the person said evidence it (in evidence order)."""
    out: dict[str, list[str]] = {}
    for match in report.matches:
        # a requirement's main term before its others: where two compete for one line, the
        # line names what the requirement is about ("access controls", not "sensitive member
        # data" of "manage access controls for sensitive member data")
        rows = sorted(match.evidence, key=lambda e: match.covered_keywords.index(e.term)
                      if e.term in match.covered_keywords else len(match.covered_keywords))
        for e in rows:
            if e.via in ATTESTED_VIA and e.term and e.term in match.covered_keywords:
                ids = out.setdefault(e.term, [])
                if e.item_id not in ids:
                    ids.append(e.item_id)
    return out


def held_keywords(
    keywords: list[tuple[str, list[str]]], corpus: dict[str, str], vocab: Vocabulary
) -> list[tuple[str, list[str]]]:
    """Evidenced keywords without the credentials the CV only works towards: "CPA" evidenced
    by "passed 2 of 4 CPA exam sections" is not held, so it is carried nowhere."""
    return [(k, ids) for k, ids in keywords
            if credential_held(k, " \n ".join(corpus.get(i, "") for i in ids), vocab)]


def nouns_first(keywords: list[tuple[str, list[str]]], vocab: Vocabulary
                ) -> list[tuple[str, list[str]]]:
    """A lone verb ("Supervise") goes after a keyword of the same skill in other words
    ("supervisory experience"): a line both would lead takes the one that reads as a label."""
    out = list(keywords)
    for k, ids in keywords:
        name = vocab.canonical(k)
        if name is None or not lone_verb(k):
            continue
        later = [n for n, (o, _) in enumerate(out) if o != k and not lone_verb(o)
                 and vocab.canonical(o) == name]
        if later and later[-1] > out.index((k, ids)):
            out.remove((k, ids))
            out.insert(later[-1], (k, ids))  # just after it, once removed from before it
    return out


def covers_job(cv_text: str, keywords: list[str]) -> bool:
    """Every evidenced JD term is already in the CV as the JD says it (or a word form of it:
    "first article inspections"; a number must be written as the JD writes it: "ASC 842" is not
    "ASC 606"): nothing is missing, so tailoring rightly changes nothing."""
    return bool(keywords) and all(
        contains(cv_text, k) or (not re.search(r"\d", k) and says(cv_text, k)
                                 and word_form_span(k, cv_text) is None) for k in keywords)


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
    corpus = evidence_corpus(cv)
    keywords = nouns_first(held_keywords(evidenced_keywords(job, report), corpus, vocab), vocab)
    plan.keywords = [k for k, _ in keywords]
    cv_text = " ".join(corpus.values())
    if covers_job(cv_text, plan.keywords):
        plan.summary = "The CV already uses the job's terms for everything it evidences."
        _plan_gap_note(plan, report)
        return plan
    attested = attested_keywords(report)
    per_item = _carriers(cv, keywords, cv_text, vocab)
    _attested_carriers(per_item, cv, attested, cv_text, job)
    _plan_items(plan, cv, per_item, keywords, level, attested)
    contexts = _contexts(job)
    chosen = _plan_key_qualifications(plan, cv, keywords, corpus, vocab, key_qualifications,
                                      attested, degree_qualifications(job, report, corpus, cv),
                                      contexts, _unqualified(job, vocab, contexts))
    _plan_summary(plan, cv, keywords, chosen, vocab)
    _plan_gap_note(plan, report)
    _plan_reorder_note(plan, cv_text)
    return plan


def _carriers(
    cv: StructuredCV, keywords: list[tuple[str, list[str]]], cv_text: str, vocab: Vocabulary
) -> dict[str, list[str]]:
    """Which item carries which evidenced JD term:
    - every item that names the skill in another spelling takes the JD's spelling;
    - a term the CV never says (only implies, or evidences by a phrase) is named once: in the
      first evidence bullet that can take it as a person would write it ("Jenkins pipelines"
      -> "Jenkins CI/CD pipelines"), and in the skills line that lists the implying tool."""
    items = cv.item_map()
    per_item: dict[str, list[str]] = {}
    for keyword, ids in keywords:
        name = vocab.canonical(keyword)
        carriers = [i for i in ids if i in items and items[i].type in REWRITABLE
                    and items[i].status != ItemStatus.STATIC]
        if name is None:
            # a term the vocabulary does not know, said in another form of its words
            # ("average handling time"): the line takes the JD's form
            for cid in carriers:
                if not contains(items[cid].original, keyword) and noun_first(keyword) \
                        and word_form_span(keyword, items[cid].original) is not None:
                    per_item.setdefault(cid, []).append(keyword)
            continue
        spelled = [i for i in carriers if any(
            h.term == name and h.via != "phrase" for h in vocab.find(items[i].original))]
        for cid in spelled:
            per_item.setdefault(cid, []).append(keyword)
        if spelled or says(cv_text, keyword):
            continue
        bullets = [i for i in carriers if items[i].type != ItemType.SKILL
                   and keyword in rewrite_sentence(items[i].original, [keyword], vocab)[1]]
        if not bullets:  # no sentence takes it in its words: a bullet whose own words the
            # vocabulary knows show it ("NetFlow dashboards") leads with it (writer.attest)
            bullets = [i for i in carriers if items[i].type in LEAD_IN_ITEMS and any(
                h.term == name for h in vocab.find(items[i].original, phrases=True))]
        skills = [i for i in carriers if items[i].type == ItemType.SKILL]
        for cid in bullets[:1] + skills[:1]:
            per_item.setdefault(cid, []).append(keyword)
    return per_item


def _attested_carriers(per_item: dict[str, list[str]], cv: StructuredCV,
                       attested: dict[str, list[str]], cv_text: str,
                       job: JobPosting | None = None) -> None:
    """A term the person confirmed but the CV never says is named once, in the first item they
    confirmed shows it (a bullet before a skills line) that carries no other confirmed term
    yet: a line takes one term it cannot work into its words as a lead-in, so a second term
    for that line goes to the next line the person confirmed, unless the line says part of
    it and takes the rest into its words, or the two are one phrase of a requirement
    (`_one_phrase`: "rhizome deliveries at the weighbridge", both on "Weigh the growers'
    trucks on the scale at the gate ...", never "Weighbridge: carried the dug rhizomes to the
    road ..."). A name ("GNSS/RTK receivers")
    goes to the confirmed line that shares most of its words ("Set base and rover GPS
    receivers ...", not "Ran a Leica TS16 robotic total station ..."). A line that names
    another thing its requirement asks for is that thing's evidence: for "Perform boundary
    surveys, topographic surveys and ALTA/NSPS surveys", boundary surveys go to "Searched for
    and tied property corners ...", not to "Collected shots for topographic surveys ..."."""
    items = cv.item_map()
    carrying: dict[str, list[str]] = {}  # line -> the confirmed terms it carries
    for keyword, ids in attested.items():
        # a skills line that lists the term is no line the person confirmed it for
        if says(cv_text, keyword) or any(keyword in terms for i, terms in per_item.items()
                                         if items[i].type != ItemType.SKILL):
            continue
        carriers = [i for i in ids if i in items and items[i].type in REWRITABLE
                    and items[i].type != ItemType.KEY_QUALIFICATION]
        named = content_stems(keyword) if spelled_as_name(keyword) else set()
        texts = {i: items[i].original or items[i].text for i in carriers}
        # the other terms of the requirements that ask for it
        fellows = [o for req in (job.requirements if job else []) if keyword in req.keywords
                   for o in req.keywords if o != keyword]
        # a line that takes the term into its words takes it even when it carries another
        # one: the next line confirmed with it may not show it ("Booked sea freight ...")
        rank = {i: (_summary_refusing(items[i], keyword),
                    i in carrying and not _takes(texts[i], keyword)
                    and not any(_one_phrase(keyword, o, job) for o in carrying[i]),
                    items[i].type == ItemType.SKILL,
                    any(contains(texts[i], o) for o in fellows),
                    -len(named & content_stems(texts[i])),
                    -len(content_stems(keyword) & content_stems(texts[i]))) for i in carriers}
        carriers.sort(key=rank.__getitem__)
        if carriers:
            per_item.setdefault(carriers[0], []).append(keyword)
            carrying.setdefault(carriers[0], []).append(keyword)


def _one_phrase(term: str, other: str, job: JobPosting | None) -> bool:
    """The two terms are of one phrase of a requirement, not things it lists: "rhizome
    deliveries at the weighbridge" is one activity, which one line shows ("Weigh the growers'
    trucks on the scale at the gate ..."); "intercompany accounting and consolidation" are
    two, which two lines may show."""
    for req in job.requirements if job else []:
        if term not in req.keywords or other not in req.keywords:
            continue
        low = req.text.lower()
        a, b = low.find(term.lower()), low.find(other.lower())
        if a < 0 or b < 0:
            continue
        lo, hi = sorted(((a, a + len(term)), (b, b + len(other))))
        between = low[lo[1]:hi[0]]
        if lo[1] <= hi[0] and not re.search(r",|;|/|&|\b(?:and|or|as well as)\b", between):
            return True
    return False


def _takes(text: str, term: str) -> bool:
    """The line says part of the term and works the rest into its words ("sign the rates" ->
    "sign the annual rates"), with no lead-in."""
    return bool(content_stems(term) & content_stems(text)) \
        and attest(text, term, label=False) != text


def _summary_refusing(item: CVItem, term: str) -> bool:
    """A summary is a paragraph, with no lead-in: it takes a term only into a noun the term
    refines, and one that has none goes after the confirmed bullets, whose lead-in it joins."""
    text = item.original or item.text
    return item.type == ItemType.SUMMARY and attest(text, term, label=False) == text


def _plan_items(
    plan: Plan, cv: StructuredCV, per_item: dict[str, list[str]],
    keywords: list[tuple[str, list[str]]], level: str,
    attested: dict[str, list[str]] | None = None,
) -> None:
    """An item is rewritten when it carries a term it does not say yet, opens weakly (and is
    relevant, or the level is extensive), or is a relevant skills line (JD terms first)."""
    relevant_ids = {i for _, ids in keywords for i in ids}
    for section in cv.sections:
        for entry in section.entries:
            for item in entry.items:
                if item.type not in REWRITABLE or item.status == ItemStatus.STATIC:
                    continue
                wanted = [k for k in per_item.get(item.id, []) if not contains(item.text, k)]
                weak = any(item.text.lower().startswith(w) for w in WEAK_OPENERS)
                relevant = item.id in relevant_ids
                take = bool(wanted) or (weak and level != "light" and relevant) or (
                    level == "extensive" and weak)
                if item.type == ItemType.SKILL and relevant and level != "light":
                    take = True
                if take:
                    plan.items.append(ItemPlan(
                        item_id=item.id, keywords=wanted, evidence=[item.id],
                        reason=("surface " + ", ".join(wanted)) if wanted else "sharpen wording",
                        attested=[k for k in wanted if item.id in (attested or {}).get(k, [])],
                    ))


def _plan_key_qualifications(
    plan: Plan, cv: StructuredCV, keywords: list[tuple[str, list[str]]], corpus: dict[str, str],
    vocab: Vocabulary, limit: int, attested: dict[str, list[str]],
    degrees: dict[str, str], contexts: dict[str, list[str]], unqualified: set[str],
) -> list[tuple[str, list[str]]]:
    """Key qualifications: evidenced JD terms in the JD's spelling, each <= 30 characters, a
    degree only as `degrees` states it (the JD's phrase for the CV's degree: "Bachelor's
    degree in Accounting"; Education keeps its line), each naming what the person has or does
    (text/qualifications.py: no population, no fragment), none repeating another's words, none
    the guard would reject — added as a section only when the list adds something: at least
    two terms, one of them not yet in the CV as written."""
    # a degree the JD asks for is a screening criterion: it is never crowded out by the limit
    ordered = sorted(keywords, key=lambda row: row[0] not in degrees)
    chosen = _qualifications(ordered, corpus, vocab, attested, limit, degrees, contexts,
                             unqualified)[:limit]
    plan.key_qualifications = [vocab.display(k) for k, _ in chosen]
    cv_text = " ".join(corpus.values())
    adds = len(chosen) >= MIN_QUALIFICATIONS and any(not contains(cv_text, k) for k, _ in chosen)
    if adds and cv.section(SectionKind.KEY_QUALIFICATIONS) is None:
        _add_qualifications_section(plan, chosen, vocab, attested)
    return chosen


def _qualifications(
    keywords: list[tuple[str, list[str]]], corpus: dict[str, str], vocab: Vocabulary,
    attested: dict[str, list[str]], limit: int, degrees: dict[str, str] | None = None,
    contexts: dict[str, list[str]] | None = None, unqualified: set[str] | None = None,
) -> list[tuple[str, list[str]]]:
    # The first `limit` terms the guard passes, in order: it stops there rather than checking
    # every keyword (with key qualifications off, none), since each check runs the whole guard.
    seen: set[str] = set()
    chosen: list[tuple[str, list[str]]] = []
    for k, ids in keywords:
        if 0 <= limit <= len(chosen):
            break
        name = vocab.canonical(k) or (k if k in attested else None)
        known = vocab.canonical(k) is not None or bool(degrees and k in degrees)
        if degrees and k in degrees:
            k, name = degrees[k], degrees[k]  # "Bachelor's degree in Accounting"
        elif name is not None and vocab.category(name) == "degree":
            continue
        if len(k) > MAX_QUALIFICATION_CHARS or name is None:
            continue
        said = [corpus.get(i, "") for i in ids] + ([k] if k in attested else [])
        if vocab.canonical(k) == name and " " in name and (lone_verb(k) or (
                " " not in k and k.islower())):
            # "Supervise" is an order to the reader, "rota" a thing, not what the person
            # does with it: the skill's name stands for them ("Staff supervision", "Staff
            # scheduling")
            k = name
        if name.lower() in seen or k in (unqualified or set()) or not names_qualification(
                k, (contexts or {}).get(k, []), known=known):
            continue  # "critically ill patients": who the work is for, not a qualification
        if any(repeats(k, q) for q, _ in chosen):
            continue  # "Statistics" after "Bachelor's degree, Statistics"
        draft = Draft(item_id="key-qualification", text=vocab.display(k), original="")
        if check_draft(draft, said, vocab).passed:
            seen.add(name.lower())  # not "ASC 606" evidenced by "ASC 842": the guard says no
            _choose(chosen, k, ids)
    return chosen


def _choose(chosen: list[tuple[str, list[str]]], k: str, ids: list[str]) -> None:
    """`k` joins the list; one it repeats ("Forecasting" before "Budgeting and forecasting")
    gives it its place and its evidence."""
    shorter = [n for n, (q, _) in enumerate(chosen) if repeats(q, k)]
    if not shorter:
        chosen.append((k, ids))
        return
    merged = [*dict.fromkeys([*(i for n in shorter for i in chosen[n][1]), *ids])]
    chosen[shorter[0]] = (k, merged)
    for n in reversed(shorter[1:]):
        del chosen[n]


def _contexts(job: JobPosting) -> dict[str, list[str]]:
    """JD keyword -> the texts of the requirements it comes from."""
    out: dict[str, list[str]] = {}
    for req in job.requirements:
        for k in req.keywords:
            out.setdefault(k, []).append(req.text)
    return out


def _unqualified(job: JobPosting, vocab: Vocabulary,
                 contexts: dict[str, list[str]] | None = None) -> set[str]:
    """The keywords of requirements whose best term names no qualification ("Provide direct
    care to critically ill patients ... using the nursing process"): such a requirement gives
    no key qualification, not a lesser term instead (its evidence surfaces elsewhere). A
    keyword some other requirement leads with, or one the vocabulary knows, stays."""
    contexts = _contexts(job) if contexts is None else contexts
    blocked: set[str] = set()
    free: set[str] = set()
    for req in job.requirements:
        if not req.keywords:
            continue
        best = req.keywords[0]
        if names_qualification(best, contexts.get(best, []),
                               known=vocab.canonical(best) is not None):
            free.update(req.keywords)
        else:
            blocked.update(req.keywords)
    # the job's own title is no qualification of a person applying for it ("Area Manager")
    titled = {k for req in job.requirements for k in req.keywords if _names_the_job(k, job.title)}
    return {k for k in blocked - free if vocab.canonical(k) is None} | titled


def _names_the_job(keyword: str, title: str) -> bool:
    """The keyword is the job's title, or two or more words of its main part ("Area Manager"
    of "Area Manager – North Yorkshire")."""
    main = title_main(title)
    said = keyword.lower().split()
    return bool(main) and (keyword.lower() == main
                           or (len(said) >= 2 and set(said) <= set(main.split())))


def _add_qualifications_section(
    plan: Plan, chosen: list[tuple[str, list[str]]], vocab: Vocabulary,
    attested: dict[str, list[str]],
) -> None:
    section = CVSection(id="key-qualifications", kind=SectionKind.KEY_QUALIFICATIONS,
                        heading="Key Qualifications")
    entry = CVEntry(id="key-qualifications-1")
    for n, (k, ids) in enumerate(chosen, 1):
        item = CVItem(id=f"key-qualifications-1-{n}", type=ItemType.KEY_QUALIFICATION,
                      text=vocab.display(k), original="", evidence=ids)
        entry.items.append(item)
        plan.items.append(ItemPlan(item_id=item.id, keywords=[vocab.display(k)], evidence=ids,
                                   reason="key qualification evidenced by the CV",
                                   attested=[vocab.display(k)] if k in attested else []))
    section.entries.append(entry)
    plan.additions.insert(0, section)
    plan.recommendations.append(SectionRecommendation(
        section="Key Qualifications", what="Add a key qualifications list",
        why="Recruiters and ATS scan the top of the CV for the job's terms",
        after=", ".join(plan.key_qualifications),
    ))


def _plan_summary(
    plan: Plan, cv: StructuredCV, keywords: list[tuple[str, list[str]]],
    chosen: list[tuple[str, list[str]]], vocab: Vocabulary,
) -> None:
    """An existing summary is respelled like any other item (see `_carriers`), never given an
    extra sentence. A missing one is planned only when one sentence a person would write can
    be built from the CV's own facts: the latest role title and the tools it evidences."""
    if cv.section(SectionKind.SUMMARY) is not None:
        if chosen:
            plan.summary = "Keep the summary; it takes the job's spellings where it names them."
        return
    experience = cv.section(SectionKind.EXPERIENCE)
    role = next((e for e in experience.entries if e.title), None) if experience else None
    terms = [k for k, _ in keywords]
    if role is None or summary_sentence(role.title, terms, vocab) is None:
        return
    tools = {t.lower() for t in summary_tools(terms, vocab)}
    used = [(k, ids) for k, ids in keywords if vocab.display(k).lower() in tools]
    summary_ids = [role.id, *sorted({i for _, ids in used for i in ids})]
    section = CVSection(id="summary", kind=SectionKind.SUMMARY, heading="Summary")
    section.entries.append(CVEntry(id="summary-1", items=[CVItem(
        id="summary-1-1", type=ItemType.SUMMARY, text="", original="", evidence=summary_ids)]))
    plan.additions.insert(0, section)
    plan.items.append(ItemPlan(item_id="summary-1-1", keywords=[k for k, _ in used],
                               evidence=summary_ids, role_title=role.title,
                               reason="no summary: one sentence from the CV's own facts"))
    plan.summary = "Add a one-sentence summary: the latest role and the tools it evidences."


def _plan_gap_note(plan: Plan, report: GapReport) -> None:
    gaps = report.by_status("gap")
    if gaps:
        plan.recommendations.append(SectionRecommendation(
            section="Gaps", what=f"{len(gaps)} requirement(s) have no evidence in the CV",
            why="They are not claimed; answer the gap questions if you do have the experience",
        ))


def _plan_reorder_note(plan: Plan, cv_text: str) -> None:
    if any(contains(cv_text, k) for k in plan.keywords):
        plan.recommendations.append(SectionRecommendation(
            section="Experience", what="Bullets with the job's terms move up in each role",
            why="The strongest evidence comes first; a quantified achievement never moves "
                "below an unquantified bullet",
        ))
