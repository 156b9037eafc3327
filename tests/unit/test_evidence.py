"""Evidence decisions: paraphrases count through explicit knowledge, near-misses never do."""

from pathlib import Path

import pytest

import cvtailor
from cvtailor.engines.offline.cv_parser import parse_cv_text
from cvtailor.engines.offline.jd_parser import parse_jd_text
from cvtailor.models import GapReport
from cvtailor.research.evidence import (
    add_semantic,
    analyze_gaps,
    find_evidence,
    near_miss,
)
from cvtailor.text.cvtext import evidence_corpus
from cvtailor.text.vocabulary import default_vocabulary

CV = """# Sam Doe

## Experience

### Backend Engineer — Acme
Jan 2019 – Present

- Built Jenkins pipelines for 40 services
- Worked with VP-level clients to agree on quarterly targets
- Replaced cron jobs with an event-driven pipeline on RabbitMQ
- Preparing for the CPA exam
"""
JD = """# Platform Engineer

## Requirements
- Experience with CI/CD
- Stakeholder management
- Hands-on experience with Apache Kafka
- Active CPA license
- Experience with workflow orchestration (Airflow, Dagster or Prefect)
"""


def setup():
    vocab = default_vocabulary()
    cv, job = parse_cv_text(CV), parse_jd_text(JD, vocab)
    return vocab, cv, job, find_evidence(cv, job, vocab)


def status_of(job, report, text):
    req = next(r for r in job.requirements if text in r.text)
    return report.by_requirement()[req.id]


def test_paraphrases_count_and_near_misses_do_not() -> None:
    _, _, job, evidence = setup()
    report = analyze_gaps(job, evidence)
    assert status_of(job, report, "CI/CD").status == "matched"
    assert status_of(job, report, "Stakeholder").status == "matched"
    assert status_of(job, report, "Kafka").status == "gap"  # RabbitMQ is not Kafka
    assert status_of(job, report, "CPA").status == "gap"  # preparing is not holding
    assert any(q.requirement_id == status_of(job, report, "Kafka").requirement_id
               for q in report.questions)


def test_semantic_candidates_never_claim_and_skip_siblings() -> None:
    vocab, cv, job, evidence = setup()
    corpus = evidence_corpus(cv)
    kafka = next(r for r in job.requirements if "Kafka" in r.text)
    rabbit = next(i for i, t in corpus.items() if "RabbitMQ" in t)
    assert near_miss(kafka.keywords, corpus[rabbit], vocab)
    orchestration = next(r for r in job.requirements if "orchestration" in r.text)
    jenkins = next(i for i, t in corpus.items() if "Jenkins" in t)
    found = {kafka.id: [(rabbit, 0.9)], orchestration.id: [(jenkins, 0.6)]}
    merged = add_semantic(evidence, found, corpus, job, vocab)
    assert not any(e.item_id == rabbit for e in merged[kafka.id])
    report = analyze_gaps(job, merged)
    match = report.by_requirement()[orchestration.id]
    assert match.status == "partial" and not match.covered_keywords
    question = next(q for q in report.questions if q.requirement_id == orchestration.id)
    # a Jenkins line cannot show Airflow, Dagster or Prefect: ask where, do not quote it
    assert (question.kind, question.evidence, question.term) == ("describe", [], "Airflow")


def _paraphrase_setup():
    from cvtailor.models import JobPosting, Requirement

    vocab = default_vocabulary()
    cv = parse_cv_text("""# Ana Roe

## Experience

### Civil Engineer — Marsh Engineers
Jan 2020 – Present

- Reviewed 80+ contractor submittals and RFIs and made weekly site visits
- Preparing for the PE exam
""")
    corpus = evidence_corpus(cv)
    line = next(i for i, t in corpus.items() if "submittals" in t)
    pe = next(i for i, t in corpus.items() if "PE exam" in t)
    job = JobPosting(title="Civil Engineer", requirements=[
        Requirement(id="ca", text="Construction phase services: submittals, RFIs, site visits",
                    category="responsibility", keywords=["construction phase services"]),
        Requirement(id="pe", text="Professional Engineer license", category="education",
                    keywords=["Professional Engineer"]),
        Requirement(id="kafka", text="Production experience with Kafka",
                    keywords=["Kafka"]),
    ])
    return vocab, cv, job, corpus, line, pe


def test_a_strong_match_decides_a_term_the_vocabulary_does_not_know() -> None:
    from cvtailor.engines.offline.planner import make_plan

    vocab, cv, job, corpus, line, _ = _paraphrase_setup()
    found = {"ca": [(line, 0.66)], "pe": [(line, 0.9)], "kafka": [(line, 0.9)]}
    merged = add_semantic(find_evidence(cv, job, vocab), found, corpus, job, vocab)
    decided = [e for e in merged["ca"] if e.via == "similarity"]
    assert decided and decided[0].term == "construction phase services"
    # a credential is held or not, and a term the vocabulary knows is decided by it alone
    assert all(e.via == "semantic" and not e.term for e in merged["pe"] + merged["kafka"])
    report = analyze_gaps(job, merged)
    assert report.by_requirement()["ca"].covered_keywords == ["construction phase services"]
    assert not report.by_requirement()["kafka"].covered_keywords
    plan = make_plan(cv, job, report, vocab)
    assert "Construction phase services" in plan.key_qualifications


def test_a_line_that_names_one_of_two_listed_things_never_decides_the_other() -> None:
    """"You'll lead store openings and refits" and "Led the store through a full refit in
    2023": the sentence cosine is high (0.67) because of the refit, so similarity decided
    "store openings" and the CV said "Store openings: led the store through a full refit".
    The other of two listed things is decided only when the line is close to it itself."""
    from cvtailor.models import JobPosting, Requirement

    vocab = default_vocabulary()
    cv = parse_cv_text("# A\n\n## Experience\n\n### Store Manager — Hallam & Grey\n"
                       "2021 – Present\n\n- Led the store through a full refit in 2023, "
                       "trading throughout the 6-week works.\n")
    job = JobPosting(title="Area Manager", requirements=[Requirement(
        id="open", text="You'll lead store openings and refits",
        keywords=["store openings", "refits"])])
    corpus = evidence_corpus(cv)
    line = next(i for i, t in corpus.items() if "refit" in t and "Led" in t)
    merged = add_semantic(find_evidence(cv, job, vocab), {"open": [(line, 0.67)]}, corpus,
                          job, vocab)
    assert {e.term for e in merged["open"]} == {"refits"}
    assert analyze_gaps(job, merged).by_requirement()["open"].covered_keywords == ["refits"]


def test_a_weaker_match_or_a_credential_not_held_stays_a_question() -> None:
    vocab, cv, job, corpus, line, pe = _paraphrase_setup()
    found = {"ca": [(line, 0.55)], "pe": [(pe, 0.95)]}
    merged = add_semantic(find_evidence(cv, job, vocab), found, corpus, job, vocab)
    assert [e.via for e in merged["ca"]] == ["semantic"]
    assert not any(e.via == "similarity" for e in merged["pe"])


def test_a_numbered_standard_is_not_another_of_the_same_family() -> None:
    from cvtailor.text.wordforms import phrase_in, phrase_near

    line = "Adopted ASC 842 for 22 branch leases; ISO 9001 certified plant"
    assert phrase_in("ASC 842", line)
    assert not phrase_in("ASC 606", line) and not phrase_near("ASC 606", line)
    assert not phrase_in("ISO 13485", line) and not phrase_near("ISO 13485", line)


def test_a_y_word_and_its_ies_forms_are_one_word_form() -> None:
    from cvtailor.text.wordforms import phrase_in, says, stem

    assert stem("strategies") == stem("strategy") and stem("applied") == stem("apply")
    assert says("Developing product strategies for 3 apps", "product strategy")
    assert says("Ran the company policies review", "company policy")
    assert not says("Developing product strategies", "product strategist")
    assert not phrase_in("data policy", "Wrote the data privacy notice")


def test_a_word_ending_in_se_and_its_forms_are_one_word_form() -> None:
    """"Experience of supervising and teaching learners" found nothing in "Supervise 2 BSc
    ODP students each year": the plural -s came off what was left of "supervis(ing)", so
    "supervising" was "supervi" and "supervise" "supervis" (so too "warehouses" and
    "warehouse", "purchasing" and "purchase", "licensing" and "license")."""
    from cvtailor.text.wordforms import phrase_near, stem

    for forms in (("supervise", "supervising", "supervised"), ("warehouse", "warehouses"),
                  ("purchase", "purchasing"), ("license", "licensing"), ("menu", "menus"),
                  ("focus", "focused", "focuses"), ("process", "processes", "processing")):
        assert len({stem(w) for w in forms}) == 1, forms
    assert phrase_near("supervising", "Supervise 2 BSc ODP students each year")
    # guard: different words stay apart
    assert stem("process") != stem("proceeds") and stem("success") != stem("succeed")


def test_a_noun_in_ee_is_no_form_of_its_verb() -> None:
    """"Accompany trainee drivers on the routes" was matched by a certificate, "First aid
    training for drivers": "trainee" lost its -ee and was "train", as "training" is, so the
    requirement counted as shown, was never asked about, and its term was written nowhere
    (blind58). A "credit committee" was "commit" too. A verb in -ee keeps its forms."""
    from cvtailor.text.wordforms import phrase_near, stem

    assert not phrase_near("trainee drivers", "First aid training for drivers, 2024")
    assert not phrase_near("credit committee", "Committed to credit quality in every file")
    assert phrase_near("trainee drivers", "Rode along with 6 trainee bus drivers on their routes")
    for forms in (("trainee", "trainees"), ("employee", "employees"),
                  ("committee", "committees"), ("degree", "degrees"),
                  ("guarantee", "guarantees", "guaranteed")):
        assert len({stem(w) for w in forms}) == 1, forms
    assert stem("trainee") != stem("training") and stem("employee") != stem("employing")


def test_a_short_acronym_of_a_term_must_be_in_the_line() -> None:
    """"IP addressing" is not any line that says "addresses": the acronym is too short to
    match as a word form, so it must be there itself."""
    from cvtailor.text.wordforms import phrase_near

    assert not phrase_near("IP addressing", "Re-entered their schedules, setpoints and addresses")
    assert phrase_near("IP addressing", "Set IP addresses on 40 controllers")
    assert phrase_near("RN license", "Registered Nurse, License #RN-448213 (active)")


def test_a_compound_with_a_short_part_is_said_whole() -> None:
    """"in-service training" is not "factory service training": the short part of a
    hyphenated compound is part of the term, written with a hyphen, a space or neither."""
    from cvtailor.text.wordforms import phrase_near

    assert not phrase_near("in-service training", "Philips IntelliVue factory service training")
    assert phrase_near("in-service training", "Gave in-service training to 3 nursing units")
    assert phrase_near("on-call rotation", "Took part in the on call rotation")
    assert not phrase_near("on-call rotation", "Set the call rotation for the desk")


def test_a_named_thing_no_candidate_line_names_is_a_describe_question() -> None:
    """A line about scholarships cannot "show Spanish": the question asks where, not yes/no.
    A practice (negotiation) can be shown in other words, so it is still a confirm question."""
    from cvtailor.models import Evidence, GapReport, JobPosting, Requirement, RequirementMatch
    from cvtailor.research.evidence import interview_questions

    line = "Signed up 212 seventh and eighth graders for the College Bound Scholarship"
    job = JobPosting(requirements=[
        Requirement(id="req-1", text="Bonus if you speak Spanish", keywords=["Spanish"]),
        Requirement(id="req-2", text="Negotiation with vendors", keywords=["negotiation"])])
    semantic = [Evidence(item_id="experience-1-1", score=0.5, via="semantic", matched=line)]
    report = GapReport(matches=[
        RequirementMatch(requirement_id=r.id, status="partial", evidence=semantic)
        for r in job.requirements])
    kinds = {q.term: q.kind for q in interview_questions(job, report,
                                                         {"experience-1-1": line})}
    assert kinds == {"Spanish": "describe", "negotiation": "confirm"}


def test_similarity_never_decides_the_jobs_own_title() -> None:
    """"Canteen manager: staff canteen ... run by a team of 3" was written into a canteen
    assistant's CV from a line near "As canteen manager you will run our canteen ..." (blind84's
    first run): the person applies to become one, and a similar line never makes them one."""
    from cvtailor.models import JobPosting, Requirement

    vocab = default_vocabulary()
    cv = parse_cv_text("""# Line Ipsen

## Experience

### Canteen Assistant — Nordlandet Kantine
2019 – Present

- Staff canteen in a shared office building, run by a team of 3, serving breakfast and lunch
""")
    corpus = evidence_corpus(cv)
    line = next(i for i, t in corpus.items() if "Staff canteen" in t)
    ask = "As canteen manager you will run our canteen at a head office"
    held = "Two years of canteen manager experience in a staff canteen"  # a role held before
    for title, text, via in [("Canteen Manager", ask, "semantic"),
                             ("Kitchen Supervisor", ask, "semantic"),
                             ("Canteen Manager", held, "semantic"),
                             ("Kitchen Supervisor", held, "similarity")]:
        job = JobPosting(title=title, requirements=[Requirement(
            id="run", text=text, category="responsibility", keywords=["canteen manager"])])
        merged = add_semantic(find_evidence(cv, job, vocab), {"run": [(line, 0.7)]}, corpus,
                              job, vocab)
        decided = any(e.via == "similarity" for e in merged["run"] if e.item_id == line)
        assert decided == (via == "similarity"), (title, text)


def test_similarity_never_decides_a_term_that_holds_a_name() -> None:
    """"U.S. Census Bureau data" for a line about survey data was written into the perfect-match
    CV ("Analyzed survey Census Bureau data"): a name is named or not held."""
    from cvtailor.models import Requirement
    from cvtailor.research.similarity import decided_term

    vocab = default_vocabulary()
    census = Requirement(id="r1", text="Experience working with U.S. Census Bureau data",
                         keywords=["Census Bureau data"])
    reviews = Requirement(id="r2", text="Run executive business reviews with sponsors",
                          keywords=["executive business reviews"])
    opening = Requirement(id="r3", text="Executive business reviews with sponsors",
                          keywords=["Executive business reviews"])
    assert decided_term(census, vocab) is None
    assert decided_term(reviews, vocab) == "executive business reviews"
    assert decided_term(opening, vocab) == "Executive business reviews"  # a sentence's capital


def test_similarity_never_decides_a_thing_a_person_holds() -> None:
    """A requirement of experience that asks for a technical qualification too ("a technical
    qualification in welding and 4 years in a fabrication shop") let a line about the shop
    decide "technical qualification" by its cosine: it led that line and the key
    qualifications, a credential no line of work shows (a held-out set's first run)."""
    from cvtailor.models import Requirement
    from cvtailor.research.similarity import decided_term

    vocab = default_vocabulary()
    trade = Requirement(id="r1", text="You will have a technical qualification in welding or a "
                        "related metal trade and at least 4 years in a fabrication shop",
                        category="experience", keywords=["technical qualification", "welding"])
    assert decided_term(trade, vocab) is None
    clean = Requirement(id="r2", text="A clean driving record and 3 years of delivery work",
                        category="experience", keywords=["clean driving record"])
    assert decided_term(clean, vocab) is None


def test_similarity_never_decides_work_for_new_people_from_naming_them() -> None:
    """"hiring new sonographers", once it led its requirement, was written into a cardiac
    sonographer's CV from "Charge sonographer 2 days a week: assign our 5 scanners to rooms"
    (cosine 0.61): the line is near the term for naming sonographers, and hires no one. A line
    that says the work, or names other people, may still decide it."""
    from cvtailor.research.similarity import owes_field

    vocab = default_vocabulary()
    charge = ("Charge sonographer 2 days a week: assign our 5 scanners to rooms and fit in "
              "add-on studies from the clinic.")
    assert owes_field("hiring new sonographers", "Lead Echo Sonographer", charge, vocab)
    assert owes_field("training new operators", "Rice Mill Shift Supervisor",
                      "Rice mill operator on the husker line.", vocab)
    assert not owes_field("hiring new sonographers", "Lead Echo Sonographer",
                          "Hired and trained two new sonographers for the lab.", vocab)
    assert not owes_field("Coach junior watchmakers", "After-Sales Service Team Leader",
                          "Show the apprentices how to regulate a movement.", vocab)


def test_similarity_never_decides_whom_or_where_the_work_is_for() -> None:
    from cvtailor.models import Requirement
    from cvtailor.research.similarity import decided_term
    from cvtailor.text.vocabulary import default_vocabulary

    vocab = default_vocabulary()
    surgery = Requirement(id="req-1", text="On a typical overnight you might induce and monitor "
                          "anesthesia for an emergency surgery",
                          keywords=["emergency surgery", "anesthesia"])
    assert decided_term(surgery, vocab) is None  # a line about anesthesia shows no emergency
    funnels = Requirement(id="req-2", text="Run weekly funnel reviews with the growth team",
                          keywords=["weekly funnel reviews"])
    assert decided_term(funnels, vocab) == "weekly funnel reviews"
    # whom the work is with, later in a list after "with": "tally clerks" was written into
    # a stevedore's line about signalling crane drivers
    crew = Requirement(id="req-3", text="Coordinate the operation with crane operators, tally "
                       "clerks and the ship's officers", keywords=["tally clerks",
                                                                   "crane operators"])
    assert decided_term(crew, vocab) is None
    budget = Requirement(id="req-4", text="Own forecasting, budgeting and variance analysis",
                         keywords=["variance analysis"])
    assert decided_term(budget, vocab) == "variance analysis"


def test_a_credential_line_never_decides_a_practice() -> None:
    from cvtailor.models import JobPosting, Requirement
    from cvtailor.text.cvtext import not_work_ids

    vocab = default_vocabulary()
    cv = parse_cv_text("""# Ana Roe

## Experience

### Network Engineer — Buckeye Mutual
Jan 2020 – Present

- Split the flat office network into 14 VLANs with firewall rules between them

## Certifications

- Palo Alto Networks PCNSE, 2022
""")
    corpus = evidence_corpus(cv)
    line = next(i for i, t in corpus.items() if "VLANs" in t)
    cert = next(i for i, t in corpus.items() if "PCNSE" in t)
    job = JobPosting(title="Network Engineer", requirements=[Requirement(
        id="seg", text="Put workload isolation in place so card systems stay apart",
        category="responsibility", keywords=["workload isolation"])])
    found = {"seg": [(line, 0.7), (cert, 0.7)]}
    merged = add_semantic(find_evidence(cv, job, vocab), found, corpus, job, vocab,
                          not_work_ids(cv))
    # the work line decides; the certificate line only prompts a question
    assert {e.item_id: e.via for e in merged["seg"]} == {line: "similarity", cert: "semantic"}


def test_a_question_the_cv_already_answers_in_other_words_is_asked_last() -> None:
    """A term the CV already shows by a close match is written whether or not the person is
    asked, so its confirm question waits until the requirements no line shows have been asked:
    with ten questions, the budget goes where an answer can change the CV."""
    from cvtailor.models import Evidence, GapReport, JobPosting, Requirement, RequirementMatch
    from cvtailor.research.evidence import interview_questions

    reviews = "Run twice-yearly value reviews with VP-level sponsors of 38 accounts"
    signup = "Took 12 new customers from signed contract to first live dashboard"
    job = JobPosting(requirements=[
        Requirement(id="req-1", text="Run executive business reviews with sponsors",
                    keywords=["executive business reviews"], priority="critical"),
        Requirement(id="req-2", text="Lead onboarding for newly signed customers",
                    keywords=["customer onboarding"], priority="nice_to_have")])
    report = GapReport(matches=[
        RequirementMatch(requirement_id="req-1", status="partial", evidence=[Evidence(
            item_id="experience-1-1", score=0.8, via="similarity",
            term="executive business reviews", matched=reviews)]),
        RequirementMatch(requirement_id="req-2", status="partial", evidence=[Evidence(
            item_id="experience-1-2", score=0.5, via="semantic", matched=signup)])])
    corpus = {"experience-1-1": reviews, "experience-1-2": signup}
    asked = [q.requirement_id for q in interview_questions(job, report, corpus)]
    assert asked == ["req-2", "req-1"]


def test_a_vague_term_is_asked_after_clear_ones_of_its_priority() -> None:
    """An ad's opening lines give terms that say little ("content", "second UX"); with ten
    questions they wait for the same priority's clear asks ("plain language"), which would
    otherwise come later in the ad and go unasked. A higher priority still comes first."""
    from cvtailor.models import GapReport, JobPosting, Requirement, RequirementMatch
    from cvtailor.research.evidence import interview_questions, vague_term

    vocab = default_vocabulary()
    assert [vague_term(t, vocab) for t in ("content", "second UX", "crews", "plain language",
                                           "usability testing", "Figma", "onboarding")] == [
        True, True, True, False, False, False, False]
    # a lone word too rare for general English names something specific
    assert [vague_term(t, vocab) for t in ("microcopy", "escalations", "traffic")] == [
        False, False, True]
    job = JobPosting(requirements=[
        Requirement(id="req-1", text="As our second UX Writer, you'll join the Payments squad",
                    keywords=["second UX"], priority="important"),
        Requirement(id="req-2", text="You'll map the content for each flow",
                    keywords=["content"], priority="critical"),
        Requirement(id="req-3", text="You'll write in plain language",
                    keywords=["plain language"], priority="important")])
    report = GapReport(matches=[RequirementMatch(requirement_id=f"req-{i}", status="gap")
                                for i in (1, 2, 3)])
    asked = [q.requirement_id for q in interview_questions(job, report, {}, vocab)]
    assert asked == ["req-2", "req-3", "req-1"]


def test_whether_the_person_can_take_the_hours_is_asked_last() -> None:
    """"Able to work nights on a rotating shift" and "Availability for rotating shifts" ask
    whether the person can take the job's hours; no CV line shows that, and with ten
    questions they took the place of duties ("Plan machine loading for the shift"). A duty
    about the hours ("Join the on-call rotation") is work and keeps its place."""
    from cvtailor.models import GapReport, JobPosting, Requirement, RequirementMatch
    from cvtailor.research.evidence import hours_asked, interview_questions

    assert hours_asked("Able to work nights on a rotating shift")
    assert hours_asked("Availability for rotating shifts")
    assert hours_asked("You are used to working nights and on snow duty")
    assert not hours_asked("Join the on-call rotation")
    assert not hours_asked("Able to explain a technical problem to colleagues")
    job = JobPosting(requirements=[
        Requirement(id="req-1", text="Able to work nights on a rotating shift",
                    keywords=["rotating shift"], priority="critical"),
        Requirement(id="req-2", text="Plan machine loading for the shift",
                    keywords=["machine loading"], priority="important")])
    report = GapReport(matches=[RequirementMatch(requirement_id=f"req-{i}", status="gap")
                                for i in (1, 2)])
    asked = [q.requirement_id for q in interview_questions(job, report, {},
                                                           default_vocabulary())]
    assert asked == ["req-2", "req-1"]


def test_the_make_up_of_the_team_led_is_asked_last() -> None:
    """"Leads one stripping crew of 8 strippers, 2 pilers and a tractor driver" describes the
    team the job leads; with ten questions, "Does 'Stripped cork ...' show stripping crew?"
    took the place of a duty. A duty with one count of people ("Lead a team of 8
    operators") keeps its place."""
    from cvtailor.models import GapReport, JobPosting, Requirement, RequirementMatch
    from cvtailor.research.evidence import interview_questions, team_described

    crew = "Leads one stripping crew of 8 strippers, 2 pilers and a tractor driver"
    assert team_described(crew)
    assert team_described("Responsible for the drawing hall: 9 machine operators, "
                          "2 apprentices and the coil handling area")
    assert not team_described("Lead a team of 8 operators")
    assert not team_described("Run 2 lines and 3 presses")  # no people counted
    job = JobPosting(requirements=[
        Requirement(id="req-1", text=crew, keywords=["stripping crew"], priority="critical"),
        Requirement(id="req-2", text="Plan the order in which the trees are stripped",
                    keywords=["stripping order"], priority="important")])
    report = GapReport(matches=[RequirementMatch(requirement_id=f"req-{i}", status="gap")
                                for i in (1, 2)])
    asked = [q.requirement_id for q in interview_questions(job, report, {},
                                                           default_vocabulary())]
    assert asked == ["req-2", "req-1"]


def test_a_close_match_decides_only_when_the_term_itself_is_near_the_line() -> None:
    """Under DECIDE_MIN, a sentence cosine in the close band decides when the JD term's own
    cosine with the line reaches TERM_MIN: a scorecard for 42 suppliers shows supplier
    performance management; mounting panels on roofs is near "check roof framing" as a
    sentence, not as a term, so it stays a question."""
    from cvtailor.models import JobPosting, Requirement
    from cvtailor.research.similarity import CLOSE_MIN, DECIDE_MIN, TERM_MIN, decides

    assert decides(DECIDE_MIN) and not decides(CLOSE_MIN)
    assert decides(CLOSE_MIN, TERM_MIN) and not decides(CLOSE_MIN - 0.01, 1.0)
    vocab = default_vocabulary()
    scorecard = ("Built a quarterly scorecard for all 42 suppliers covering on-time delivery, "
                 "PPM defects and quoted lead time")
    racking = "Mounted racking and panels on 130+ tile, shingle and flat roofs."
    job = JobPosting(requirements=[
        Requirement(id="spm", text="Supplier performance management with scorecards",
                    keywords=["Supplier performance management"]),
        Requirement(id="roof", text="Check roof framing before you lay out the array",
                    keywords=["check roof framing"])])
    corpus = {"experience-1-1": scorecard, "experience-1-2": racking}
    found = {"spm": [("experience-1-1", 0.58)], "roof": [("experience-1-2", 0.58)]}
    merged = add_semantic({}, found, corpus, job, vocab)
    assert [(e.via, e.term) for e in merged["spm"]] == [
        ("similarity", "Supplier performance management")]
    assert [(e.via, e.term) for e in merged["roof"]] == [("semantic", "")]


def test_a_line_near_the_requirement_by_the_jobs_field_alone_decides_nothing() -> None:
    """A Histology Supervisor's "Prepare the histology budget" is near a line about the
    histology team's rota (cosine 0.64, over DECIDE_MIN) because both say "histology": the
    line says nothing of a budget, so it stays a question. A Fire Inspector's "fire
    inspections" is still decided by "Inspected 140 businesses ...", which says the rest."""
    from cvtailor.models import JobPosting, Requirement
    from cvtailor.research.similarity import owes_field

    vocab = default_vocabulary()
    rota = "Set the monthly bench rotation and weekend coverage for the 8-person histology team."
    assert owes_field("histology budget", "Histology Supervisor", rota, vocab)
    inspected = "Inspected 140 businesses under the 2021 International Fire Code."
    assert not owes_field("fire inspections", "Fire Inspector I", inspected, vocab)
    # only when the title's words are what the line shares and a lone noun is left over
    assert not owes_field("budget", "Histology Supervisor", rota, vocab)
    assert not owes_field("histology budget", "Lab Supervisor", rota, vocab)
    assert not owes_field("histology budget", "Histology Supervisor", "Ran the lab.", vocab)
    job = JobPosting(title="Histology Supervisor", requirements=[
        Requirement(id="budget", text="Prepare the histology budget with our administrator",
                    keywords=["histology budget"])])
    merged = add_semantic({}, {"budget": [("experience-1-1", 0.64)]},
                          {"experience-1-1": rota}, job, vocab)
    assert [(e.via, e.term) for e in merged["budget"]] == [("semantic", "")]


def test_people_the_cv_names_alone_never_match_the_work_done_to_them() -> None:
    """"Hire, train and develop supervisors": a CV naming supervisors (as the person's own
    title, or the people they worked beside) shows no hiring or training. The work itself,
    or the person's own word, still matches."""
    from cvtailor.models import Evidence, JobPosting, Requirement

    job = JobPosting(requirements=[
        Requirement(id="dev", text="Hire, train and develop supervisors and associates",
                    keywords=["supervisors"]),
        Requirement(id="sql", text="Write SQL for the finance team", keywords=["SQL"])])
    named = {"dev": [Evidence(item_id="experience-1-1", score=1.0, via="lexical",
                              term="supervisors", matched="supervisors")],
             "sql": [Evidence(item_id="experience-1-2", score=1.0, via="lexical",
                              term="SQL", matched="SQL")]}
    report = analyze_gaps(job, named)
    assert report.by_requirement()["dev"].status == "partial"
    assert report.by_requirement()["sql"].status == "matched"
    said = {"dev": [Evidence(item_id="experience-1-1", score=0.9, via="user",
                             term="supervisors", matched="I hired and trained 4 supervisors")]}
    assert analyze_gaps(job, said).by_requirement()["dev"].status == "matched"


def test_what_the_person_received_or_wishes_for_is_no_evidence() -> None:
    """A new graduate "eager to join a team where I can keep learning from senior mentors"
    got "Mentoring" and "Coaching" as key qualifications; being mentored, or wishing to learn
    Kubernetes, evidences neither. Mentoring others does."""
    vocab = default_vocabulary()
    job = parse_jd_text("# Engineer\n\n## Requirements\n\n- Mentoring junior engineers\n"
                        "- Experience with Kubernetes\n", vocab)

    def found(line: str) -> set[str]:
        cv = parse_cv_text(f"# A\n\n## Summary\n\n{line}\n")
        return {e.term for rows in find_evidence(cv, job, vocab).values() for e in rows}

    assert not found("Eager to join a team where I can keep learning from senior mentors.")
    assert not found("Eager to learn Kubernetes and to be mentored by senior engineers.")
    assert found("Mentored 3 junior engineers through their first Kubernetes upgrade.") \
        >= {"Kubernetes"}
    assert any("ment" in t.lower() for t in found("Mentored 3 junior engineers."))


def test_an_interest_or_a_skill_being_learned_is_no_evidence_and_is_asked_about() -> None:
    """"Currently learning: Rust, Go" and "Interested in machine learning" made "Rust" and
    "Machine learning" key qualifications; neither is held. A line of an interests or hobbies
    section ("Machine learning, hiking, chess") is what the person likes, not what they did:
    no evidence, and the requirement is asked about. "Learning management systems", "machine
    learning" inside work and a skill in use are evidence as before."""
    vocab = default_vocabulary()
    job = parse_jd_text("# Engineer\n\n## Requirements\n\n- Production experience with Rust\n"
                        "- Machine learning experience\n- Python\n", vocab)

    def found(cv_text: str) -> set[str]:
        cv = parse_cv_text(cv_text)
        return {e.term for rows in find_evidence(cv, job, vocab).values() for e in rows}

    for line in ("Currently learning: Rust, Go", "Learning Rust and Python in my spare time",
                 "Interested in machine learning", "Keen interest in machine learning"):
        assert not found(f"# A\n\n## Skills\n\n- {line}\n"), line
    assert found("# A\n\n## Skills\n\n- Python, Rust; learning Go\n") >= {"Python", "Rust"}
    # the job sought is no job done
    for summary in ("Aspiring machine learning engineer with a support background.",
                    "Objective: to obtain a position writing Rust.",
                    "Support engineer seeking a role in machine learning."):
        assert not found(f"# A\n\n## Summary\n\n{summary}\n"), summary
    from cvtailor.text.cvtext import own_claims

    # (a confirm question quoted it: 'Does "I am looking for a supervisor's post in which I can
    # run a production lab." show production targets?')
    assert "production lab" not in own_claims(
        "Technician with 12 years in labs. I am looking for a supervisor's post in which I can "
        "run a production lab.")
    assert found("# A\n\n## Experience\n\n### Analyst — Acme\n2020 – 2024\n\n- Built machine "
                 "learning models in Python\n") >= {"Python"}
    hobbies = "# A\n\n## Experience\n\n### Analyst — Acme\n2020 – 2024\n\n- Ran reports\n\n" \
              "## Interests\n\n- Machine learning, Rust meetups, hiking\n"
    assert not found(hobbies)
    cv = parse_cv_text(hobbies)
    report = analyze_gaps(job, find_evidence(cv, job, vocab))
    assert status_of(job, report, "Machine learning").status != "matched"
    assert any("achine learning" in q.term for q in report.questions)


def test_a_credential_the_cv_names_and_holds_is_not_asked_for() -> None:
    """"ASE C1 certification is required" and a certifications line "ASE C1 Automobile
    Service Consultant, 2019, recertified 2024": held, so no "Your CV does not mention ASE C1
    certification" question. A permit, an exam in progress or passed sections are not the
    credential."""
    vocab = default_vocabulary()
    cv = parse_cv_text("# A\n\n## Certifications\n\n- ASE C1 Automobile Service Consultant, "
                       "2019, recertified 2024\n- Class A CDL permit holder, test booked for "
                       "March 2027\n- Passed 2 of 4 CPA exam sections (FAR, REG)\n")
    job = parse_jd_text("# Service Manager\n\n## Requirements\n- ASE C1 certification is "
                        "required\n- A Class A CDL license\n- A CPA license\n", vocab)
    report = analyze_gaps(job, find_evidence(cv, job, vocab))
    assert status_of(job, report, "ASE C1").status == "matched"
    assert status_of(job, report, "CDL").status != "matched"
    assert status_of(job, report, "CPA").status != "matched"
    assert not any("ASE" in q.term for q in report.questions)


def test_whom_the_work_is_for_is_no_evidence_of_being_one() -> None:
    """An answer "I report monthly to the area manager" made "Area Manager", the job's own
    title, a key qualification of a store manager. Being asked to be someone ("As Area
    Manager you'll lead 9 stores") is evidenced by being one, never by working for one."""
    from cvtailor.engines.offline import OfflineEngine

    vocab = default_vocabulary()
    job = parse_jd_text("# Area Manager – North Yorkshire\n\n## The role\n\nAs Area Manager "
                        "you'll lead 9 stores, each with its own store manager.\n\n"
                        "## Requirements\n\n- Partner with product managers\n", vocab)

    def terms(line: str) -> set[str]:
        cv = parse_cv_text(f"# A\n\n## Experience\n\n### Store Manager — Hallam\n2021 – 2024"
                           f"\n\n- {line}\n")
        return {e.term for rows in find_evidence(cv, job, vocab).values() for e in rows}

    assert "Area Manager" not in terms("Set the payroll budget and report monthly to the area "
                                       "manager.")
    assert "Area Manager" in terms("Promoted to area manager for 6 stores in 2023.")
    assert "product managers" in terms("Worked with product managers on the roadmap.")
    # nor is the job's own title a key qualification, however it is evidenced
    engine = OfflineEngine()
    cv = parse_cv_text("# A\n\n## Experience\n\n### Area Manager — Hallam\n2021 – 2024\n\n"
                       "- Led 6 stores as area manager.\n- Partnered with product managers.\n")
    report = analyze_gaps(job, find_evidence(cv, job, vocab))
    assert not any("Area Manager" in q for q in engine.plan(cv, job, report).key_qualifications)


def test_what_the_person_only_watched_is_asked_about_never_written() -> None:
    """An audit associate's "Shadowed senior auditors on SOX testing" gave "SOX" as a key
    qualification, and "Sat in on monthly budget meetings" decided "Budget management" and
    was written as "Budget management: sat in on ...". Watching or sitting in is not doing:
    such a line is quoted in a confirm question. What the same line says the person did
    ("... and reconciled the results to the ledger"), and work one attends ("Attended 1,200
    emergency calls"), are evidence as before."""
    from cvtailor.text.cvtext import without_watched

    vocab = default_vocabulary()
    job = parse_jd_text("# Internal Auditor\n\n## Requirements\n\n- Perform SOX testing\n"
                        "- Budget management experience\n- Experience with stock counts\n"
                        "- Bank reconciliations\n", vocab)
    cv = parse_cv_text(
        "# A\n\n## Experience\n\n### Audit Associate — Acme LLP\n2023 – Present\n\n"
        "- Shadowed senior auditors on SOX testing for a US-listed subsidiary\n"
        "- Sat in on monthly budget meetings with the head of finance\n"
        "- Observed the stock count at a client's warehouse and prepared its bank "
        "reconciliations\n")
    evidence = find_evidence(cv, job, vocab)
    report = analyze_gaps(job, evidence, max_questions=10, vocab=vocab,
                          corpus=evidence_corpus(cv))
    for text in ("SOX", "stock counts"):  # "Does 'Shadowed ... SOX testing' show SOX?"
        match = status_of(job, report, text)
        assert match.status != "matched", text
        assert all(e.via == "semantic" and not e.term for e in match.evidence), text
        question = next(q for q in report.questions if q.requirement_id == match.requirement_id)
        assert question.kind == "confirm" and question.evidence, text
    assert status_of(job, report, "reconciliations").status == "matched"
    line = "Sat in on monthly budget meetings with the head of finance"
    merged = add_semantic({}, {"budget": [("experience-1-2", 0.65)]},
                          {"experience-1-2": line}, job.model_copy(update={"requirements": [
                              job.requirements[1].model_copy(update={"id": "budget"})]}),
                          vocab)
    assert [(e.via, e.term) for e in merged["budget"]] == [("semantic", "")]
    for work in ("Attended 1,200 emergency calls", "Observed patients for adverse reactions",
                 "Led toolbox talks", "Built dashboards (Power BI) for finance"):
        assert without_watched(work) == work
    # a skill marked as only a course is the person's to confirm; the rest of the list stands
    assert without_watched("Excel, Power BI (online course), SQL") == "Excel, , SQL"
    assert "led toolbox talks" in without_watched(
        "Attended weekly safety briefings and led toolbox talks")


def test_work_the_person_watched_being_done_decides_nothing() -> None:
    """"Spent 3 days at a washing station ..., watching arabica being pulped and fermented"
    was written as "Arabica wet processing: spent 3 days ..." for "Experience of arabica wet
    processing" (a similar line, decided): the person saw it done, the line is theirs to
    confirm."""
    from cvtailor.text.cvtext import watched

    vocab = default_vocabulary()
    job = parse_jd_text("# Coffee QC\n\n## Requirements\n\n- Experience of arabica wet "
                        "processing\n", vocab)
    line = ("Spent 3 days at a washing station in Cau Dat, watching arabica being pulped and "
            "fermented.")
    merged = add_semantic({}, {job.requirements[0].id: [("experience-1-1", 0.7)]},
                          {"experience-1-1": line}, job, vocab)
    assert [(e.via, e.term) for e in merged[job.requirements[0].id]] == [("semantic", "")]
    assert watched("Watching the pallets get loaded, then signed the manifests")
    assert not watched("Watched for signs of deterioration on the ward")


def test_others_watched_at_their_work_decides_nothing(tmp_path: Path) -> None:
    """"Spent a week ... with a marine research team ... watching them hang sponge cuttings on
    ropes to grow" was decided as "sponge farming" by its cosine and written as a skill and a
    lead-in (blind157's first run, its one claim): the person watched others farm sponges.
    A line that supervises by watching stands."""
    from cvtailor.text.cvtext import watched, without_watched

    line = ("Spent a week in 2022 with a marine research team off Pserimos watching them hang "
            "sponge cuttings on ropes to grow.")
    cv, jd = tmp_path / "cv.md", tmp_path / "jd.md"
    cv.write_text("# Nikos Diver\nPothia | nikos@example.com\n\n## Experience\n\n"
                  "### Sponge Diver, Kalymnos Sponges, Pothia\n2015 - Present\n"
                  f"- {line}\n- Dive for sponges on the deep grounds from May to October.\n",
                  encoding="utf-8")
    jd.write_text("# Head Sponge Diver\n\n## The role\n- Dive for sponges on the deep grounds\n"
                  "\nWe are starting a trial with a marine research team in 2027, so experience "
                  "of sponge farming would also be welcome.\n", encoding="utf-8")
    text = cvtailor.tailor(cv, jd, engine="offline").markdown
    assert "farming" not in text.lower()
    assert line in text
    assert "cuttings" not in without_watched(line)
    assert watched("Watched him splice the eye, then spliced the next one myself")
    for work in ("Watch the apprentices weld and correct their grip",
                 "Dive with the new divers and watch their ascents"):
        assert not watched(work)


def test_a_line_that_says_only_the_kind_of_work_decides_nothing() -> None:
    """"Prepared audit working papers in CaseWare for year-end engagements" (external audit)
    was decided as "Risk-based internal audits" by its cosine and written as that lead-in:
    the line says "audit", never which kind the ad asks for."""
    from cvtailor.research.similarity import only_the_kind

    line = "Prepared audit working papers in CaseWare for year-end engagements"
    assert only_the_kind("risk-based internal audits", line)
    assert not only_the_kind("microservices", "Split a monolith into 7 services")
    assert not only_the_kind("supplier performance management",
                             "Built a quarterly scorecard for all 42 suppliers")
    assert not only_the_kind("internal audits", "Led 12 internal audits of our sites")


def test_a_line_that_says_only_what_the_work_is_done_to_decides_nothing() -> None:
    """"Carried out 3 tandem lifts of precast stair cores with the site's second tower crane"
    was decided as "tower crane erection" by its cosine and written as that lead-in (blind24's
    first run, the one claim): the line names the crane, never its erection."""
    from cvtailor.research.similarity import only_the_object

    line = "Carried out 3 tandem lifts of precast stair cores with the site's second tower crane."
    assert only_the_object("tower crane erection", line)
    assert not only_the_object("tower crane erection", "Erected and climbed 4 tower cranes")
    assert not only_the_object("microservices", "Split a monolith into 7 services")
    assert not only_the_object("coach advisors", "Trained 3 new advisors")
    assert not only_the_object("multi-year contracts", "Negotiated multi-year renewals")
    assert not only_the_object(  # the line says the rest of the requirement: the work itself
        "construction administration", "Reviewed 80+ contractor submittals and RFIs and made "
        "weekly site visits during construction", "Construction administration: submittals, "
        "RFIs, site visits")


def test_work_done_by_hand_is_no_tool_named_by_its_kind(tmp_path: Path) -> None:
    """"Sit down with customers ... and sketch the layout with them" is near "Drawing cartoons
    in Galaincha or other carpet design software" for the design work, and tells of no tool:
    unattended, the CV read "Carpet design software: sit down with customers ..." (the
    forty-fourth blind set's first run, its one claim). A tool named by its kind is decided
    only by a line that tells of a tool; the rest is asked."""
    from cvtailor.research.similarity import tool_unsaid

    sketch = ("Sit down with customers who want a rug made to their own size and colours and "
              "sketch the layout with them.")
    assert tool_unsaid("rug design software", sketch)
    assert tool_unsaid("stock control system", "Count the yarn by colour every Friday")
    assert not tool_unsaid("rug design software", "Draw cartoons on the computer in CAD")
    assert not tool_unsaid("stock control system", "Log every delivery in the stock database")
    assert not tool_unsaid("supplier performance management",
                           "Built a quarterly scorecard for all 42 suppliers")
    cv, jd = tmp_path / "cv.md", tmp_path / "jd.md"
    cv.write_text("# Leyla Karimova\nSheki | leyla.karimova@example.com\n\n## Experience\n\n"
                  "### Rug Weaver, Ipek Yolu Workshop, Sheki\n2015 - Present\n"
                  f"- {sketch}\n"
                  "- Weave wool kilims on a vertical loom from the cartoon, row by row.\n"
                  "- Check the size and edges of each rug against the order before it is cut "
                  "from the loom.\n\n## Education\n"
                  "- Vocational certificate in weaving, Sheki Vocational Lyceum, 2014\n",
                  encoding="utf-8")
    jd.write_text("# Weaving Workshop Master\n\n## The role\n"
                  "- Weave wool kilims on vertical looms\n"
                  "- Check size and edges of every rug before it leaves the loom\n\n"
                  "## Nice to have\n"
                  "- Drawing cartoons in Galaincha or other rug design software\n",
                  encoding="utf-8")
    text = cvtailor.tailor(cv, jd, engine="offline").markdown
    assert "software" not in text.lower()
    assert sketch[:-1] in text


def test_a_course_not_finished_is_no_evidence_of_its_field() -> None:
    """"Staff nurse ..., now working towards a Postgraduate Diploma in Critical Care Nursing
    (Year 1 of 2)" matched "at least 1 year in critical care": a course being studied is no
    experience of its field. The line is asked about instead; a finished one still counts."""
    vocab = default_vocabulary()
    job = parse_jd_text("# CNM\n\n## Requirements\n\n- At least 1 year in critical care\n",
                        vocab)

    def status(line: str) -> str:
        cv = parse_cv_text(f"# A\n\n## Profile\n\n{line}\n")
        report = analyze_gaps(job, find_evidence(cv, job, vocab))
        return report.matches[0].status

    assert status("Staff nurse, now working towards a Postgraduate Diploma in Critical Care "
                  "Nursing (Year 1 of 2, due 2027).") != "matched"
    assert status("Staff nurse with a Postgraduate Diploma in Critical Care Nursing (2022).") \
        == "matched"


def test_every_named_example_shows_what_it_exemplifies() -> None:
    """"Proficiency in web markup, including HTML5, CSS3" with a CV listing HTML5 and CSS3 was
    partial (for "web markup") and asked about; "B.Tech, Computer Science and Engineering"
    did not meet "Degree in Computer Science, Engineering, or a related field"."""
    vocab = default_vocabulary()
    job = parse_jd_text("# Front End Engineer\n\n## Requirements\n\n- Proficiency in web "
                        "markup, including HTML5, CSS3\n- Degree in Computer Science, "
                        "Engineering, or a related field\n", vocab)
    cv = parse_cv_text("# A\n\n## Skills\n\n- HTML5, CSS3, React\n\n## Education\n\n"
                       "### B.Tech, Computer Science and Engineering\n2018 – 2022\n")
    report = analyze_gaps(job, find_evidence(cv, job, vocab))
    assert status_of(job, report, "web markup").status == "matched"
    assert status_of(job, report, "Degree in").status == "matched"
    only_one = parse_cv_text("# A\n\n## Skills\n\n- HTML5, React\n")
    report = analyze_gaps(job, find_evidence(only_one, job, vocab))
    assert status_of(job, report, "web markup").status != "matched"


def test_a_bundler_shows_front_end_build_tooling() -> None:
    """"Familiarity with modern front-end build pipelines and tools" was a gap for a CV listing
    Webpack and Babel, and its term kept "modern", which no CV says."""
    vocab = default_vocabulary()
    job = parse_jd_text("# Front End Engineer\n\n## Requirements\n\n- Familiarity with modern "
                        "front-end build pipelines and tools\n", vocab)
    assert job.requirements[0].keywords == ["front-end build pipelines"]
    cv = parse_cv_text("# A\n\n## Skills\n\n- React, Webpack, Babel\n")
    assert analyze_gaps(job, find_evidence(cv, job, vocab)).matches[0].status == "matched"


def test_external_audit_is_no_internal_audit() -> None:
    """An audit associate's "two years in external audit" gave the cover letter "My
    experience covers internal audit": the vocabulary held both as one skill. Internal audit
    is its own; "external or internal audit" asks for either."""
    vocab = default_vocabulary()
    job = parse_jd_text("# Internal Auditor\n\n## Requirements\n\n- 2+ years of internal audit "
                        "experience\n- 2+ years in external or internal audit\n", vocab)
    cv = parse_cv_text("# A\n\n## Summary\n\nAudit associate with two years in external "
                       "audit.\n")
    report = analyze_gaps(job, find_evidence(cv, job, vocab))
    assert status_of(job, report, "of internal audit").status != "matched"
    assert status_of(job, report, "external or internal").status == "matched"


def test_an_apprentice_does_not_lead_apprentices() -> None:
    """"You'll lead a crew of 2-3 apprentices" matched a CV whose summary and registration say
    "Electrical apprentice": the people a duty is for, named as the person's own title, show
    none of the work."""
    from cvtailor.models import JobPosting, Requirement

    vocab = default_vocabulary()
    # the prose ad's parse gave the people as its one term
    job = JobPosting(title="Journeyman Electrician", requirements=[Requirement(
        id="req-1", text="You'll lead a crew of 2-3 apprentices", keywords=["apprentices"])])
    cv = parse_cv_text("# A\n\n## Summary\n\nElectrical apprentice (4th year) with commercial "
                       "experience.\n")
    assert analyze_gaps(job, find_evidence(cv, job, vocab)).matches[0].status != "matched"


def test_a_course_taken_is_asked_about_not_claimed() -> None:
    """A career changer's JSON Resume lists "Statistics" among the courses of an associate
    degree; it made "Statistical analysis" a key qualification. A course taken is what the
    person studied, not work they did: it evidences what the ad asks of an education, and
    otherwise the question names it as the CV writes it ("Your CV names "Statistics", but
    not in a role") instead of saying the CV does not mention it. The same for a Markdown
    CV's "Relevant coursework:" line."""
    from cvtailor.models import Requirement
    from cvtailor.readers.jsonresume import json_resume_to_cv
    from cvtailor.text.cvtext import not_work_ids

    vocab = default_vocabulary()
    job = parse_jd_text("# Data Analyst\n\n## Requirements\n\n- Apply statistical analysis to "
                        "program data\n", vocab)
    as_json = json_resume_to_cv({
        "basics": {"name": "Daniel Reyes"},
        "work": [{"name": "Salt & Cedar", "position": "General Manager",
                  "startDate": "2018-03", "highlights": ["Ran daily operations"]}],
        "education": [{"institution": "Austin Community College", "studyType": "AAS",
                       "area": "Business Administration", "courses": ["Statistics"]}]})
    as_markdown = parse_cv_text(
        "# Daniel Reyes\n\n## Experience\n\n### General Manager — Salt & Cedar\n2018 – 2024\n\n"
        "- Ran daily operations\n\n## Education\n\n### AAS in Business Administration — Austin "
        "Community College\n2012 – 2014\n\n- Relevant coursework: Statistics, Managerial "
        "Accounting\n")
    for cv in (as_json, as_markdown):
        evidence = find_evidence(cv, job, vocab)
        report = analyze_gaps(job, evidence, max_questions=10, vocab=vocab,
                              corpus=evidence_corpus(cv), not_work=not_work_ids(cv))
        match = status_of(job, report, "statistical")
        assert match.status != "matched"
        assert not any(e.term for e in match.evidence)
        [question] = [q for q in report.questions if q.requirement_id == match.requirement_id]
        assert "names \"Statistics\", but not in a role" in question.text
        # what the ad asks of an education, a course shows
        studied = Requirement(id="req-9", text="Coursework in statistics", category="education",
                              keywords=["statistics"])
        rows = find_evidence(cv, job.model_copy(update={"requirements": [studied]}), vocab)
        assert rows["req-9"] and rows["req-9"][0].term == "statistics"


def test_a_line_that_says_a_known_term_in_its_words_is_asked_about() -> None:
    """"Scheduled preventive and corrective maintenance on 12 chillers" says preventive
    maintenance in its words, not as the phrase the vocabulary knows: it is no evidence on its
    own (nothing is written), but it is quoted in a confirm question, never "Your CV does not
    mention preventive maintenance"."""
    from cvtailor.text.cvtext import not_work_ids

    vocab = default_vocabulary()
    job = parse_jd_text("# Facilities Technician\n\n## Requirements\n\n- Preventive maintenance "
                        "of HVAC equipment\n", vocab)
    cv = parse_cv_text("# A\n\n## Experience\n\n### Technician — Acme\n2020 – Present\n\n"
                       "- Scheduled preventive and corrective maintenance on 12 chillers\n")
    evidence = find_evidence(cv, job, vocab)
    report = analyze_gaps(job, evidence, max_questions=10, vocab=vocab,
                          corpus=evidence_corpus(cv), not_work=not_work_ids(cv))
    match = status_of(job, report, "Preventive")
    assert match.status != "matched" and not any(e.term for e in match.evidence)
    [question] = report.questions
    assert question.kind == "confirm" and question.term == "Preventive maintenance"
    assert [e.text for e in question.evidence] == [
        "Scheduled preventive and corrective maintenance on 12 chillers"]


def test_a_credential_the_cv_says_is_not_held_yet_is_not_held_by_another_name() -> None:
    """A pharmacy technician's "Ohio Pharmacy Technician Registration (certified pharmacy
    technician), 2018" names the CPhT by its long form, but the same CV says "PTCB CPhT exam
    scheduled for March 2027": "CPhT" was a key qualification. The CV's own word that it is
    not held beats the other name; without that line the long form still evidences it."""
    vocab = default_vocabulary()
    job = parse_jd_text("# Pharmacy Operations Supervisor\n\n## Requirements\n\n- An active "
                        "CPhT certification (PTCB or NHA) and an Ohio pharmacy technician "
                        "registration\n", vocab)
    held = ("# A\n\n## Experience\n\n### Pharmacy Technician — MetroHealth\n2021 – Present\n\n"
            "- Fill 300+ unit-dose orders a shift\n\n## Certifications\n\n"
            "- Ohio Pharmacy Technician Registration (certified pharmacy technician), 2018\n")
    rows = find_evidence(parse_cv_text(held), job, vocab)[job.requirements[0].id]
    assert any(e.term == "CPhT" for e in rows)
    cv = parse_cv_text(held + "- PTCB CPhT exam scheduled for March 2027\n")
    evidence = find_evidence(cv, job, vocab)
    assert not any(e.term == "CPhT" for e in evidence[job.requirements[0].id])
    # and the registration alone does not settle a requirement that also asks for the CPhT:
    # its "(PTCB or NHA)" offers two issuers of the CPhT, not the registration in its place
    report = analyze_gaps(job, evidence, max_questions=10, vocab=vocab,
                          corpus=evidence_corpus(cv))
    assert report.matches[0].status != "matched"
    assert [q.term for q in report.questions] == ["CPhT"]


def test_alternatives_in_brackets_are_alternatives_to_what_they_follow() -> None:
    from cvtailor.research.evidence import one_suffices

    assert one_suffices("Experience with Airflow, Dagster or Prefect", ["Dagster"])
    assert one_suffices("Experience with Airflow (or Dagster)", ["Dagster"])
    assert not one_suffices("An active CPhT certification (PTCB or NHA) and an Ohio "
                            "registration", ["CPhT"])


def test_a_credential_being_studied_with_its_exam_booked_is_not_held() -> None:
    """"CPC Transport Manager (Road Haulage) — studying, exam booked for June 2027" matched
    the ad's "Transport Manager CPC" word for word: the line says it is being studied, so it is
    a line to ask about, never the credential held."""
    from cvtailor.text.not_held import unfinished

    vocab = default_vocabulary()
    job = parse_jd_text("# Transport Planner\n\n## Requirements\n\n- Desirable: Transport "
                        "Manager CPC\n", vocab)
    cv = parse_cv_text("# A\n\n## Experience\n\n### Logistics Coordinator — Harvest Foods\n"
                       "2022 – Present\n\n- Plan daily trunking runs in Paragon\n\n"
                       "## Qualifications\n\n- CPC Transport Manager (Road Haulage) — studying, "
                       "exam booked for June 2027\n")
    rows = find_evidence(cv, job, vocab)[job.requirements[0].id]
    assert rows and not any(e.term for e in rows)
    assert unfinished("NEBOSH General Certificate, exam scheduled for May")
    assert not unfinished("NEBOSH General Certificate, 2021")


def _lapsed_report(jd: str, cv_text: str) -> GapReport:
    """The gap report of a one-requirement ad against a CV with a lapsed line."""
    vocab = default_vocabulary()
    job = parse_jd_text(jd, vocab)
    cv = parse_cv_text(cv_text)
    return analyze_gaps(job, find_evidence(cv, job, vocab), max_questions=10, vocab=vocab,
                        corpus=evidence_corpus(cv))


def test_a_credential_the_cv_says_has_lapsed_is_asked_about_again() -> None:
    """A medical assistant's "BLS, American Heart Association (expired 2022)" named the BLS
    the ad asks for, so no question was asked and the CV went out without it. The line
    evidences nothing, but a CV is often older than a renewal: the person is asked whether
    they hold it now, the line quoted. A line that is no credential ("replacing life-expired
    track circuits") is no lapsed one."""
    from cvtailor.text.not_held import lapsed

    report = _lapsed_report(
        "# Lead Medical Assistant\n\n## Requirements\n\n- Current BLS certification from the "
        "American Heart Association\n",
        "# A\n\n## Experience\n\n### Medical Assistant — Desert Sky Clinic\n2021 – Present\n\n"
        "- Room 30+ patients a day and take vitals\n\n## Certifications\n\n"
        "- BLS, American Heart Association (expired 2022)\n")
    assert report.matches[0].status != "matched"
    [question] = report.questions
    assert (question.kind, question.term) == ("describe", "BLS")
    assert '"BLS, American Heart Association (expired 2022)"' in question.text
    assert "Do you hold it now?" in question.text
    assert lapsed("PMP (lapsed 2020)") and lapsed("CSCS card, no longer valid")
    assert not lapsed("Installed axle counters, replacing life-expired track circuits")


def test_a_course_or_exam_not_finished_is_never_quoted_for_years_of_experience() -> None:
    """"Certified Medical Assistant (CMA) exam — passed Part 1, retaking Part 2 in 2027" was
    quoted to ask whether it shows 3+ years in primary care. An exam being retaken, or a
    course done without the credential ("not certified"), is not finished: never a line of
    experience, and never the credential."""
    from cvtailor.text.not_held import unfinished

    assert unfinished("Certified Medical Assistant (CMA) exam — passed Part 1, retaking Part 2")
    assert unfinished("Phlebotomy course completed, 2020 (not certified)")
    assert not unfinished("Phlebotomy technician, certified 2020")
    vocab = default_vocabulary()
    job = parse_jd_text("# Lead Medical Assistant\n\n## Requirements\n\n- 3+ years as a "
                        "medical assistant in primary care\n", vocab)
    cv = parse_cv_text("# A\n\n## Experience\n\n### Medical Assistant — Desert Sky Family "
                       "Clinic\n2021 – Present\n\n- Room 30+ patients a day and take vitals\n\n"
                       "## Certifications\n\n- Certified Medical Assistant (CMA) exam — passed "
                       "Part 1, retaking Part 2 in 2027\n")
    report = analyze_gaps(job, find_evidence(cv, job, vocab), max_questions=10, vocab=vocab,
                          corpus=evidence_corpus(cv))
    quoted = [e.text for q in report.questions for e in q.evidence]
    assert quoted and not any("exam" in text for text in quoted)


def test_a_line_that_names_the_other_of_two_duties_never_decides_it() -> None:
    """"You'll also support the statutory audit and look after VAT" and "Look after VAT
    returns for the UK and Irish entities and answer HMRC queries": the sentence cosine is
    high (0.66) because of the VAT, so similarity decided "statutory audit" and the CV said
    "Statutory audit: look after VAT returns ...". Two duties joined by "and <verb> <verb>"
    are listed together as two things."""
    from cvtailor.models import JobPosting, Requirement

    vocab = default_vocabulary()
    cv = parse_cv_text("# A\n\n## Experience\n\n### Assistant Accountant — Calder Foods\n"
                       "2022 – Present\n\n- Look after VAT returns for the UK and Irish "
                       "entities and answer HMRC queries\n- Prepare the monthly management "
                       "accounts pack, closing by working day 5\n")
    job = JobPosting(title="Management Accountant", requirements=[
        Requirement(id="audit", text="You'll also support the statutory audit and look "
                    "after VAT", keywords=["statutory audit", "VAT"]),
        Requirement(id="close", text="You'll own the month-end close and the management "
                    "accounts", keywords=["month-end close", "management accounts"])])
    corpus = evidence_corpus(cv)
    vat = next(i for i, t in corpus.items() if "VAT" in t)
    merged = add_semantic(find_evidence(cv, job, vocab), {"audit": [(vat, 0.66)]}, corpus,
                          job, vocab)
    assert {e.term for e in merged["audit"]} == {"VAT"}
    assert analyze_gaps(job, merged).by_requirement()["audit"].covered_keywords == ["VAT"]


def test_a_lapsed_training_line_evidences_nothing_and_is_asked_about() -> None:
    """"Designated Safeguarding Lead training (expired 2024)" matched "Designated
    Safeguarding Lead (DSL) training" through "Safeguarding", which became a key
    qualification. A line that says it has lapsed shows nothing now; the person is asked
    whether they hold it now, the line quoted."""
    report = _lapsed_report(
        "# Assistant Headteacher\n\n## About you\n\n- Designated Safeguarding Lead (DSL) "
        "training, or willingness to complete it\n",
        "# A\n\n## Experience\n\n### Class Teacher — Hillfields Primary\n2018 – Present\n\n"
        "- Taught a class of 30\n\n## Qualifications\n\n"
        "- Designated Safeguarding Lead training (expired 2024)\n")
    assert report.matches[0].status != "matched" and not report.matches[0].covered_keywords
    [question] = report.questions
    assert "Do you hold it now?" in question.text
    assert [e.text for e in question.evidence] == [
        "Designated Safeguarding Lead training (expired 2024)"]


def test_a_certificate_listed_as_held_meets_the_ad_that_names_its_kind() -> None:
    """"A First Aid certificate" was a gap for a CV listing "First Aid (HLTAID011), 2025"
    under "Licences and Training": the line never says "certificate". A line of a
    certifications list names what is held; a lapsed or unfinished one does not, and a
    degree is no licence of its field ("BSc (Hons) Nursing" holds no nursing licence)."""
    vocab = default_vocabulary()
    job = parse_jd_text("# Operations Supervisor\n\n## Requirements\n\n- A First Aid "
                        "certificate\n- A current nursing licence\n", vocab)
    cv = parse_cv_text("# A\n\n## Experience\n\n### Team Leader — Southgate Logistics\n"
                       "2022 – Present\n\n- Run a crew of 14 on the afternoon shift\n\n"
                       "## Licences and Training\n\n- First Aid (HLTAID011), 2025\n\n"
                       "## Education\n\n- BSc (Hons) Nursing, University of Leeds, 2019\n")
    first_aid, nursing = (find_evidence(cv, job, vocab)[r.id] for r in job.requirements)
    assert [e.term for e in first_aid] == ["First Aid certificate"]
    assert not any(e.term for e in nursing)
    lapsed = parse_cv_text("# A\n\n## Licences and Training\n\n- First Aid (HLTAID011) "
                           "(expired 2021)\n")
    assert not find_evidence(lapsed, job, vocab)[job.requirements[0].id]


def test_the_hours_wait_for_every_other_question_in_a_later_round() -> None:
    """In the interview's later rounds the questions the first had no room for came before a
    requirement's second term, so "Able to work nights on a rotating shift" took the last
    question from the second half of a duty ("chemical dispensing system" of "Supervise the
    automatic dye and chemical dispensing system"): whether the person can take the hours
    comes after every other question."""
    from cvtailor.context import Context
    from cvtailor.engines.offline import OfflineEngine
    from cvtailor.engines.offline.cv_parser import parse_cv_text
    from cvtailor.engines.offline.jd_parser import parse_jd_text
    from cvtailor.nodes.gap_analysis import analyze
    from cvtailor.research.evidence import find_evidence

    vocab = default_vocabulary()
    cv = parse_cv_text("# Ada Kaya\n\n## Experience\n\n### Integration Analyst — Acme Health\n"
                       "2015 – Present\n\n- Built HL7 interfaces between the lab system and the "
                       "EHR\n- Ran the weekly release of interface changes\n")
    job = parse_jd_text("# Integration Lead\n\n## Requirements\n- Able to work nights on a "
                        "rotating shift\n- Experience with HL7 and FHIR interfaces\n", vocab)
    state = {"cv": cv, "job": job, "evidence": find_evidence(cv, job, vocab),
             "asked": ["q-req-2"]}
    report = analyze(state, OfflineEngine(), Context())["gap_report"]  # type: ignore[arg-type]
    assert [q.id for q in report.questions] == ["q-req-2-also", "q-req-1"]


def test_a_qualification_in_a_field_is_not_work_in_that_field() -> None:
    """"A third-level qualification in supply chain or logistics": the fields are no
    qualification, and a warehouse job at "PharmaLink Logistics" matched it."""
    vocab = default_vocabulary()
    cv = parse_cv_text("# Ciarán Byrne\n\n## Employment\n\n### Warehouse Operative — PharmaLink "
                       "Logistics, Dublin\n2021 – Present\n\n- Cycle counts on 3,000 pick "
                       "locations in a third-party logistics warehouse\n")
    job = parse_jd_text("Inventory Controller\n\nAbout you\nA third-level qualification in supply "
                        "chain or logistics would be an advantage but is not essential.\n", vocab)
    assert "third-level qualification" in job.requirements[0].keywords
    report = analyze_gaps(job, find_evidence(cv, job, vocab))
    assert status_of(job, report, "third-level").status != "matched"


def test_a_question_quotes_first_a_line_that_names_what_it_asks() -> None:
    """"Does 'Proficiency in Fast Rescue Boats (FRB), 2021' show anchor handling operations?":
    the line of the requirement's other term was quoted, and the summary that names anchor
    handling vessels came second or not at all."""
    vocab = default_vocabulary()
    cv = parse_cv_text("# Ingrid Solberg\n\n## Summary\n\nAble seaman with seven years on offshore "
                       "supply and anchor handling vessels in the North Sea.\n\n## Experience\n\n"
                       "### Able Seaman — Nordhav Offshore AS\n2020 – Present\n\n- Coxswain of the "
                       "fast rescue boat in weekly drills\n\n## Certifications\n\n- Proficiency in "
                       "Fast Rescue Boats (FRB), 2021\n")
    job = parse_jd_text("Bosun\n\nAbout you\nExperience with anchor handling operations and a "
                        "certificate for fast rescue boats are an advantage.\n", vocab)
    corpus = evidence_corpus(cv)
    summary = next(i for i, t in corpus.items() if "anchor handling vessels" in t)
    # the summary as the semantic search finds it, scored below the certificate's own line
    merged = add_semantic(find_evidence(cv, job, vocab), {job.requirements[0].id: [
        (summary, 0.45)]}, corpus, job, vocab)
    report = analyze_gaps(job, merged, 0, vocab, corpus)
    asked = [q for q in report.questions if "anchor" in q.term]
    assert asked and "anchor handling" in asked[0].evidence[0].text


def test_a_summary_line_decides_only_when_the_term_is_near_it(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """"Whole slide imaging" went into a cytotechnologist's Key Qualifications from the
    summary ("Cytotechnologist with 13 years at the microscope ...", cosine 0.62; blind87's
    first run): a summary sums up the CV and is near every requirement of its field, so it
    decides only when the JD term itself is near it too. The same sentence closeness from a
    line of work still decides (the research node, Chroma replaced)."""
    from cvtailor.semantic import index
    from cvtailor.session import Session
    from cvtailor.storage.session_store import SessionStore

    cv = ("# Kai Medeiros\n\n## Summary\n\nCytotechnologist with 13 years at the microscope "
          "in a Honolulu pathology practice.\n\n## Experience\n\n### Cytotechnologist — Mauka "
          "Pathology\n2019 – Present\n\n- Screen the fields of view the imager picks on each "
          "slide.\n")
    jd = ("# Lead Cytotechnologist\n\n## Requirements\n\n- Run computer-assisted screening "
          "on our gynecologic cases.\n")

    def close_to(prefix: str):  # type: ignore[no-untyped-def]
        def search(corpus: dict[str, str], queries: dict[str, str],
                   **_: object) -> dict[str, list[tuple[str, float]]]:
            ids = [i for i, t in corpus.items() if t.startswith(prefix)]
            return {q: [(i, 0.7) for i in ids] for q in queries}
        return search

    for prefix, decided in [("Cytotechnologist with", False), ("Screen the fields", True)]:
        monkeypatch.setattr(index, "search", close_to(prefix))
        result = Session.start(cv, jd, store=SessionStore(tmp_path / f"{decided}.sqlite"),
                               semantic=True, auto_approve=True).result()
        vias = {e["via"] for r in result.report["requirements"]
                for e in r["evidence_detail"] if e["matched"].startswith(prefix)}
        assert ("similarity" in vias) == decided, prefix


def test_work_on_another_press_is_no_machine_named_by_its_kind() -> None:
    """"Press colour pellets for the multi-colour items on the hand screw press in the pellet
    shed" is near "Run the hydraulic pellet pressing machine", and says no machine: unattended,
    the CV read "Pellet pressing machine: press colour pellets ..." and named it a key
    qualification (the hundred-and-eleventh blind set's first run, its one claim). A machine
    named by its kind is decided only by a line that says a machine; the rest is asked."""
    from cvtailor.research.similarity import machine_unsaid

    pressing = ("Press the clay slugs for the garden pots on the hand screw press in the "
                "back shed.")
    assert machine_unsaid("pot pressing machine", pressing)
    assert machine_unsaid("labelling machinery", "Label every jar by hand")
    assert not machine_unsaid("pot pressing machine",
                              "Set up and run the pot pressing machines on two shifts")
    assert not machine_unsaid("kiln loading", pressing)


def test_one_part_of_a_word_written_of_two_is_no_such_thing() -> None:
    """"Guide paddle rafts ..." is near "Lead stand-up paddleboard tours", and carrying buckets
    for a university team surveying a lake with an electric boat near "electrofishing
    surveys": the first runs of the hundred-and-thirty-ninth and fortieth blind sets wrote each
    term into its line. A word written of two parts is decided only by a line that says it,
    or both of its parts; one part alone is asked about."""
    from cvtailor.research.similarity import compound_unsaid

    assert compound_unsaid("stand-up paddleboard tours", "Guide canoes and paddle boats for "
                           "school groups on the river")
    assert compound_unsaid("electrofishing surveys", "Helped the ranger count the fish in the "
                           "weir pool with an electric landing net")
    assert not compound_unsaid("stand-up paddleboard tours", "Lead paddleboard tours at dawn")
    assert not compound_unsaid("firefighting", "Fighting fires in the forests each summer")
    assert not compound_unsaid("bookkeeping", "Keep the books for the shop")
    assert not compound_unsaid("quality checks", "Check every piece before it goes out")
    # one word's family is no compound: "notified" says the notifications
    assert not compound_unsaid("notifications of infectious disease",
                               "Follow up 60+ notified cases of campylobacter a year")


@pytest.mark.parametrize(("text", "keywords", "term", "matched"), [
    # the parse's keyword says the duty in more of the ad's words
    ("Take charge of cash handling at the ticket office",
     ["cash handling at the ticket", "ticket office"], "cash handling", True),
    ("Help the owner prepare quotations for new wells",
     ["owner prepare quotations"], "quotations", True),
    ("Hold client consultations before every wedding",
     ["Hold client consultations", "wedding"], "client consultations", True),
    # or names whose the duty is
    ("Plan the operating team's weekly work", ["operating team's"], "weekly work", True),
    ("As foreman you will plan the daily work of your rig crew", ["rig crew", "foreman"],
     "daily work", True),
    # near misses: a duty beside the keywords, never one of them
    ("Train and supervise our apprentices and carry out quality checks on every panel",
     ["supervise", "quality checks"], "apprentices", False),
    ("Train new staff in aseptic technique", ["aseptic technique"], "new staff", False),
    ("Supervise apprentices in the joinery shop", ["Supervise", "joinery shop"],
     "apprentices", False),
    ("Plan the weekly work with the operating team", ["operating team"], "weekly work", False),
])
def test_a_duty_read_in_the_ads_words_covers_the_keyword_it_is_part_of(
        text: str, keywords: list[str], term: str, matched: bool) -> None:
    """A duty reader gives the ad's own words for the duty ("cash handling"); the parse cuts
    its keywords elsewhere ("cash handling at the ticket", "operating team's"). The duty
    covers a keyword that says it in more words or names whose it is, and is what is written
    (the rest of the requirement, "ticket office", is still asked about); one merely beside
    the keywords covers none of them."""
    from cvtailor.models import Evidence, JobPosting, Requirement

    line = "Took the day's takings and kept the weekly plan for the crew"
    job = JobPosting(requirements=[Requirement(id="req-1", text=text, keywords=keywords)])
    found = {"req-1": [Evidence(item_id="experience-1-1", score=0.8, via="similarity",
                                term=term, matched=line)]}
    result = analyze_gaps(job, found, corpus={"experience-1-1": line}).matches[0]
    assert (term in result.covered_keywords) is matched  # what is written
    assert (result.status == "gap") is not matched
