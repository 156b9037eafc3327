"""What a gap-interview answer lets the CV carry: every term it supports, never one it does
not; a person's "yes" counts as attested even when the CV also names the term (a licence line
cannot be rewritten, so the term goes to the key qualifications); a line that takes several
confirmed terms keeps each; and a question is never about a sentence's verb or subject."""

from __future__ import annotations

from cvtailor.engines.offline.planner import make_plan
from cvtailor.models import (
    CVEntry,
    CVSection,
    Evidence,
    ItemType,
    JobPosting,
    Requirement,
    SectionKind,
    StructuredCV,
)
from cvtailor.research.evidence import analyze_gaps, find_evidence
from cvtailor.research.interview import merge_evidence, supported_terms
from cvtailor.text.vocabulary import default_vocabulary


def test_an_answer_supports_every_term_it_names_and_no_other() -> None:
    vocab = default_vocabulary()
    answer = "Packaged our Python services as Docker images."
    assert supported_terms(["Python", "Docker"], answer, vocab,
                           requirement="Python and Docker") == ["Python", "Docker"]
    assert supported_terms(["Python", "PostgreSQL"], answer, vocab,
                           requirement="Python and PostgreSQL") == ["Python"]
    # a named tool the answer does not say is never added, whatever else it supports
    assert "Apache Kafka" not in supported_terms(
        ["event streaming pipelines", "Apache Kafka"], "Ran RabbitMQ queues for orders.", vocab,
        requirement="Build event streaming pipelines on Apache Kafka")
    # a known practice described in other words only stays unlabelled
    assert supported_terms(["negotiation"], "Maintained a clause library of 85 fallback "
                           "positions that associates use.", vocab,
                           requirement="Negotiate commercial contracts with vendors") == []


def test_a_confirmed_row_is_attested_even_when_the_cv_names_the_term() -> None:
    def rows(line: str) -> list[tuple[str, str]]:
        found = {"req-1": [Evidence(item_id="c-1", score=1.0, via="lexical",
                                    term="PT license")]}
        confirmed = {"req-1": [Evidence(item_id="c-1", score=0.9, via="user",
                                        term="PT license", matched=line)]}
        return [(e.item_id, e.via) for e in merge_evidence(found, confirmed)["req-1"]]

    # the line shows it in its own words: the person's yes lets the JD's spelling be written
    assert rows("Physical Therapist, Colorado, License #PTL.0012874") == [("c-1", "user")]
    # the line already spells it the JD's way: nothing to attest
    assert rows("Colorado PT license #PTL.0012874") == [("c-1", "lexical")]


def _cv() -> StructuredCV:
    work = CVSection(id="experience", kind=SectionKind.EXPERIENCE, heading="Experience")
    work.entries.append(CVEntry(id="experience-1", heading="Physical Therapist — Summit Rehab",
                                title="Physical Therapist", organization="Summit Rehab"))
    work.entries[0].add_item("Treat 14 patients a day with manual therapy.", ItemType.BULLET)
    certs = CVSection(id="certifications", kind=SectionKind.CERTIFICATIONS,
                      heading="Licenses")
    certs.entries.append(CVEntry(id="certifications-1"))
    certs.entries[0].add_item("Physical Therapist, Colorado, License #PTL.0012874 (active)",
                              ItemType.CERTIFICATION)
    return StructuredCV(name="Test Person", sections=[work, certs])


def test_a_yes_on_a_licence_line_puts_the_term_in_the_key_qualifications() -> None:
    vocab = default_vocabulary()
    cv = _cv()
    job = JobPosting(title="Sports PT", requirements=[
        Requirement(id="req-1", text="Manual therapy skills", keywords=["manual therapy"]),
        Requirement(id="req-2", text="Active Colorado PT license and eligible by the start date",
                    keywords=["Colorado PT license", "start date", "eligible"])])
    cert = next(i.id for i in cv.items() if i.type == ItemType.CERTIFICATION)
    confirmed = {"req-2": [Evidence(item_id=cert, score=0.9, via="user",
                                    term="Colorado PT license",
                                    matched=cv.item_map()[cert].text)]}

    def plan(evidence: dict[str, list[Evidence]]) -> list[str]:
        report = analyze_gaps(job, evidence, vocab=vocab)
        return make_plan(cv, job, report, vocab).key_qualifications

    found = find_evidence(cv, job, vocab)
    assert "Colorado PT license" not in plan(found)  # the line names it, nobody attested it
    assert "Colorado PT license" in plan(merge_evidence(found, confirmed))


def test_a_later_attested_term_never_breaks_one_already_written() -> None:
    from cvtailor.engines.offline.writer import write
    from cvtailor.models import CVItem, ItemPlan, WriteTask

    line = "Reviewed quiz data every quarter and rewrote weak questions."
    item = CVItem(id="experience-1-1", type=ItemType.BULLET, text=line, original=line)
    terms = ["learning effectiveness", "assessment effectiveness"]
    task = WriteTask(item=item, section=SectionKind.EXPERIENCE, plan=ItemPlan(
        item_id=item.id, keywords=terms, attested=terms))
    text = write(task, default_vocabulary()).text
    assert "learning effectiveness" in text.lower(), text


def test_a_term_is_never_a_pronoun_contraction_or_a_past_participle() -> None:
    from cvtailor.text.jd_terms import key_phrases

    # "worked" after "have" and "you've" are the sentence's verb and subject, not what a
    # recruiter searches for (a confirm question asked "does this show worked?")
    for text in ("You should have worked with Spark or a similar engine on large datasets",
                 "We'd love it if you've worked with Spark"):
        phrases = [p.lower() for p in key_phrases(text)]
        assert not any(w in p.split() for p in phrases
                       for w in ("worked", "you've", "we'd")), phrases
    assert key_phrases("You have led cross-functional teams") == ["cross-functional teams"]


def test_a_line_that_says_the_term_in_its_own_order_is_not_given_it_twice() -> None:
    from cvtailor.engines.offline.writer import write
    from cvtailor.models import CVItem, ItemPlan, WriteTask

    line = "Build weekly labor schedules in 7shifts against sales forecasts."
    item = CVItem(id="experience-1-1", type=ItemType.BULLET, text=line, original=line)
    task = WriteTask(item=item, section=SectionKind.EXPERIENCE, plan=ItemPlan(
        item_id=item.id, keywords=["building labor schedules"],
        attested=["building labor schedules"]))
    assert write(task, default_vocabulary()).text == line


def test_a_line_takes_one_label_at_most() -> None:
    from cvtailor.engines.offline.writer import write
    from cvtailor.models import CVItem, ItemPlan, WriteTask

    line = "Partnered with employee resource group leads on outreach to 4 organizations."
    item = CVItem(id="experience-1-1", type=ItemType.BULLET, text=line, original=line)
    terms = ["DEI", "inclusive hiring", "talent sourcing"]
    task = WriteTask(item=item, section=SectionKind.EXPERIENCE, plan=ItemPlan(
        item_id=item.id, keywords=terms, attested=terms))
    draft = write(task, default_vocabulary())
    # two confirmed terms share one lead-in; a third would make it a list of labels
    assert draft.text.count(":") == 1 and draft.text.startswith(
        "DEI and inclusive hiring: "), draft.text
    assert draft.keywords == ["DEI", "inclusive hiring"]


def test_a_lone_noun_the_answer_says_does_not_stand_for_the_requirement() -> None:
    """"... for every patient" says "patients", the people the work is for; the answer is about
    the home exercise programs it was asked about."""
    from cvtailor.research.interview import supported_term

    answer = "At Summit Ridge I write a personalized take-home program with video for every patient."
    assert supported_term(["home exercise programs", "HEP", "patients"], answer,
                          default_vocabulary(),
                          requirement="Build home exercise programs (HEP) that patients follow"
                          ) == "home exercise programs"


def test_no_question_is_about_the_jobs_own_title() -> None:
    """"As our next QA Automation Engineer, you'll help build the suite ...": the title the
    ad restates is not a requirement term; the question is about what the role does."""
    from cvtailor.engines.offline.jd_parser import parse_jd_text

    vocab = default_vocabulary()
    job = parse_jd_text("# QA Automation Engineer\n\n## Requirements\n"
                        "- As our next QA Automation Engineer, you'll own regression testing "
                        "for the claims portal\n", vocab)
    assert job.title == "QA Automation Engineer"
    cv = StructuredCV(name="A")
    report = analyze_gaps(job, find_evidence(cv, job, vocab), 10, vocab, {})
    assert report.questions
    assert all(q.term.lower() not in ("qa", "qa automation engineer") for q in report.questions)
    job = JobPosting(title="QA Automation Engineer", requirements=[Requirement(
        id="req-1", text="As our next QA Automation Engineer, you'll own regression testing",
        keywords=["next Automation Engineer", "regression testing"])])
    report = analyze_gaps(job, find_evidence(cv, job, vocab), 10, vocab, {})
    assert [q.term for q in report.questions] == ["regression testing"]
    # the role's name, where the ad's title adds to it ("Senior Property Manager")
    job = JobPosting(title="Senior Property Manager", requirements=[Requirement(
        id="req-1", text="We're looking for a Property Manager to run our Fair Housing audits",
        keywords=["Property Manager", "Fair Housing audits"])])
    report = analyze_gaps(job, find_evidence(cv, job, vocab), 10, vocab, {})
    assert [q.term for q in report.questions] == ["Fair Housing audits"]


def test_no_question_is_about_the_ads_way_of_speaking() -> None:
    """Whom the job reports to, a figure of speech for the role, an idiom and the time a
    credential may still be earned in ask nothing of the person: "Have you done Manager?",
    "Does this line show link?" and "Have you done hire?" are no questions. The title's main
    part, restated before a comma of the title ("E-Discovery Analyst, Litigation Support"), is
    the title too. What else the sentence asks is still asked."""
    vocab = default_vocabulary()
    cv = StructuredCV(name="A")
    cases = [
        ("You'll report to the Litigation Support Manager and issue legal holds",
         ["Litigation Support", "Manager", "legal holds"], ["legal holds"]),
        ("Reporting to the Director of Nursing, you will lead staff scheduling",
         ["Director of Nursing", "staff scheduling"], ["staff scheduling"]),
        # a possessive in the title is still the title (the sixtieth pass: "Have you done
        # Children's Social Care Team Manager?")
        ("Reporting to the Children's Social Care Team Manager",
         ["Children's Social Care Team Manager"], []),
        ("Reporting to the Head of Children's Services, you will lead safeguarding audits",
         ["Children's Services", "safeguarding audits"], ["safeguarding audits"]),
        # the job's own workplace, which it will run or lead, is what the job is: "Does ...
        # show busiest practice?" asks nothing; a place the work is done with is still asked
        ("Lead our busiest practice, with 3 testing rooms and a team of 8",
         ["busiest practice", "testing rooms"], ["testing rooms"]),
        ("As Lead Custodian you will run the house and grounds day to day", ["grounds"], []),
        ("Work with the quality control laboratory on sampling",
         ["quality control laboratory", "sampling"], ["quality control laboratory", "sampling"]),
        ("Explain complex findings in plain English to the lawyers",
         ["complex findings", "English"], ["complex findings"]),
        ("Explain the fix to the business owner in plain language", ["fix", "plain language"],
         ["fix"]),
        # writing in plain language is a skill, not an idiom
        ("Write in plain language for a general audience", ["plain language"],
         ["plain language"]),
        ("The successful candidate will be the link between sales, the office and the field",
         ["link", "sales"], ["sales"]),
        ("Be the face of the firm on site", ["face of the firm"], []),
        ("You'll be the head chef's right hand on banquet nights",
         ["right hand", "banquet nights"], ["banquet nights"]),
        ("Drive right-hand drive vans on the island routes", ["right-hand drive vans"],
         ["right-hand drive vans"]),
        # the figure may take an adjective; what it is about is still asked
        ("Be the calm voice on escalations when a customer isn't happy",
         ["calm voice", "escalations"], ["escalations"]),
        # a kind of request is a term; requests alone are not
        ("You will respond to service requests from residents",
         ["service requests", "residents"], ["service requests", "residents"]),
        ("ICC Fire Inspector I certification is required, or must be earned within 12 months "
         "of hire", ["ICC Fire Inspector", "hire"], ["ICC Fire Inspector"]),
        ("As an E-Discovery Analyst, you'll manage legal holds",
         ["E-Discovery", "Analyst", "legal holds"], ["legal holds"]),
        ("Staying abreast of developments in web applications",
         ["Staying abreast", "web applications"], ["web applications"]),
        # whom the person is the one for, two of them named (the twenty-sixth pass: "Have
        # you done dispatch call?")
        ("You'll be the person drivers and dispatch call when a truck is down",
         ["dispatch call", "truck"], ["truck"]),
        # the first person a team of several words calls (the fifty-sixth pass: "Have you
        # done care team calls?")
        ("You will be the first person our customer care team calls when a router is down",
         ["care team calls", "router"], ["router"]),
        ("You will be the first person the pickers on your shift turn to when a scanner fails",
         ["shift turn", "scanner"], ["scanner"]),
        # a quantity or the busy season is no term
        ("Make sure that we bake the right amount, calm in the summer rush",
         ["right amount", "summer rush"], []),
        # one person's role, whom the work is with, is no question; asked to be one, it is
        ("As comfortable talking a charge nurse through a fix of infusion pumps",
         ["charge nurse", "infusion pumps"], ["infusion pumps"]),
        ("Experience as a charge nurse on a surgical ward", ["charge nurse"], ["charge nurse"]),
        # English as a language the job asks for is asked about
        ("Bilingualism (English and French) is an asset", ["French", "English"],
         ["French", "English"]),
    ]
    from cvtailor.research.evidence import _askable

    for text, keywords, askable in cases:
        req = Requirement(id="req-1", text=text, keywords=keywords)
        assert _askable(req, "E-Discovery Analyst, Litigation Support") == askable, text
    job = JobPosting(title="E-Discovery Analyst, Litigation Support", requirements=[
        Requirement(id="req-1", text=cases[0][0], keywords=cases[0][1])])
    report = analyze_gaps(job, find_evidence(cv, job, vocab), 10, vocab, {})
    assert [q.term for q in report.questions] == ["legal holds"]


def test_a_confirmed_list_takes_the_term_at_its_end() -> None:
    from cvtailor.engines.offline.writer import write
    from cvtailor.models import CVItem, ItemPlan, WriteTask

    line = "**Tooling:** Git, GitHub Actions, MkDocs, Sphinx"
    item = CVItem(id="skills-1-1", type=ItemType.SKILL, text=line, original=line)
    term = ["static site generator"]
    task = WriteTask(item=item, section=SectionKind.SKILLS, plan=ItemPlan(
        item_id=item.id, keywords=term, attested=term))
    draft = write(task, default_vocabulary())
    assert draft.text == "**Tooling:** Git, GitHub Actions, MkDocs, Sphinx, static site generator"
    assert draft.keywords == term
    # a sentence is no list: a skills paragraph is left to the sentence rules
    prose = CVItem(id="skills-1-2", type=ItemType.SKILL, text="I write docs.",
                   original="I write docs.")
    assert write(WriteTask(item=prose, section=SectionKind.SKILLS, plan=ItemPlan(
        item_id=prose.id, keywords=term, attested=term)), default_vocabulary()).keywords == []


def test_a_second_confirmed_term_goes_to_another_line_the_person_confirmed() -> None:
    from cvtailor.engines.offline.planner import _attested_carriers

    cv = _cv()
    cv.sections[0].entries[0].add_item("Ran return-to-play testing for 30 athletes.",
                                       ItemType.BULLET)
    first, second = [i.id for i in cv.items() if i.type == ItemType.BULLET]
    per_item: dict[str, list[str]] = {}
    # both terms were confirmed on both lines: the first takes the first line, the second the
    # other one, rather than a second lead-in on the first that the writer would refuse
    _attested_carriers(per_item, cv, {"orthopedic rehab": [first, second],
                                      "sports medicine": [first, second]}, "")
    assert per_item == {first: ["orthopedic rehab"], second: ["sports medicine"]}


def test_two_terms_of_one_phrase_of_a_requirement_stay_on_the_line_that_shows_it() -> None:
    """"receive and grade farmers' rhizome deliveries at the weighbridge": the person said
    their weighing line shows rhizome deliveries, then yes to "Does '<weighing line>' /
    'Carried the dug rhizomes to the road ...' show weighbridge?", and the weighbridge went to
    the carrying line ("Weighbridge: carried the dug rhizomes to the road ..."), which is no
    weighbridge at all: a line already carrying one term passed the next on. Two terms of one
    phrase are one activity, which one line shows; things a requirement lists (the next test)
    still go to a line each."""
    from cvtailor.engines.offline.planner import _attested_carriers

    cv = _cv()
    entry = cv.sections[0].entries[0]
    entry.items.clear()
    entry.add_item("Weigh the growers' trucks on the scale at the gate.", ItemType.BULLET)
    entry.add_item("Carried the dug rhizomes to the road for the factory truck.",
                   ItemType.BULLET)
    weigh, carried = [i.id for i in cv.items() if i.type == ItemType.BULLET]

    def carriers(text: str, terms: list[str]) -> dict[str, list[str]]:
        job = JobPosting(title="Shift Supervisor", requirements=[Requirement(
            id="req-1", text=text, category="responsibility", keywords=terms)])
        per_item: dict[str, list[str]] = {}
        _attested_carriers(per_item, cv, {terms[0]: [weigh], terms[1]: [weigh, carried]}, "",
                           job)
        return per_item

    assert carriers("Receive and grade farmers' rhizome deliveries at the weighbridge",
                    ["rhizome deliveries", "weighbridge"]) == {
        weigh: ["rhizome deliveries", "weighbridge"]}
    assert carriers("Check rhizome deliveries and the weighbridge",
                    ["rhizome deliveries", "weighbridge"]) == {
        weigh: ["rhizome deliveries"], carried: ["weighbridge"]}


def test_a_roles_heading_is_quoted_only_for_experience_or_education() -> None:
    from cvtailor.models import GapReport, RequirementMatch
    from cvtailor.research.evidence import interview_questions
    from cvtailor.text.cvtext import evidence_corpus, heading_ids

    cv = _cv()
    role = cv.sections[0].entries[0]
    corpus = evidence_corpus(cv)
    rows = [Evidence(item_id=role.id, score=0.7, via="semantic"),
            Evidence(item_id=role.items[0].id, score=0.6, via="semantic")]

    def quoted(category: str) -> list[str]:
        req = Requirement(id="req-1", text="Deliver in-service training to clinical staff",
                          keywords=["in-service training"], category=category)  # type: ignore[arg-type]
        report = GapReport(matches=[RequirementMatch(requirement_id="req-1", status="partial",
                                                     evidence=rows)])
        [question] = interview_questions(JobPosting(requirements=[req]), report, corpus,
                                         default_vocabulary(), heading_ids(cv))
        return [e.item_id for e in question.evidence]

    # "Does 'Physical Therapist — Summit Rehab' show in-service training?": a whole job
    assert quoted("responsibility") == [role.items[0].id]
    assert quoted("experience") == [role.id, role.items[0].id]


def test_a_requirements_main_term_comes_before_its_others_on_a_line() -> None:
    from cvtailor.engines.offline.planner import attested_keywords
    from cvtailor.models import GapReport, RequirementMatch

    line = "experience-1-1"
    rows = [Evidence(item_id=line, score=0.9, via="user", term=term)
            for term in ("sensitive member data", "access controls")]  # answered in this order
    report = GapReport(matches=[RequirementMatch(
        requirement_id="req-7", status="matched", evidence=rows,
        covered_keywords=["access controls", "sensitive member data"])])
    assert list(attested_keywords(report)) == ["access controls", "sensitive member data"]


def _questions(cv: StructuredCV, req: Requirement, rows: list[Evidence],
               covered: list[str] | None = None) -> list:  # type: ignore[type-arg]
    from cvtailor.models import GapReport, RequirementMatch
    from cvtailor.research.evidence import interview_questions
    from cvtailor.text.cvtext import evidence_corpus

    report = GapReport(matches=[RequirementMatch(
        requirement_id=req.id, status="partial", evidence=rows,
        covered_keywords=covered or [],
        missing_keywords=[k for k in req.keywords if k not in (covered or [])])])
    return interview_questions(JobPosting(requirements=[req]), report, evidence_corpus(cv),
                               default_vocabulary())


def test_a_describe_question_asks_whether_a_held_thing_is_held() -> None:
    """"A full UK driving licence is essential": "Have you done this?" is no question to ask
    of a licence; the person is asked whether they hold it, and from whom and since when."""
    cv = _cv()
    licence = Requirement(id="req-1", text="A full UK driving licence is essential",
                          keywords=["UK driving licence"])
    [question] = _questions(cv, licence, [])
    assert question.kind == "describe" and "Do you hold it?" in question.text
    assert "Have you done this?" not in question.text
    duty = Requirement(id="req-1", text="Run weekly stock counts", keywords=["stock counts"])
    assert "Have you done this?" in _questions(cv, duty, [])[0].text
    # "ACA, ACCA or CIMA qualified": an acronym the ad asks the person to be qualified in
    aca = Requirement(id="req-1", text="ACA, ACCA or CIMA qualified (or part-qualified)",
                      keywords=["ACA", "ACCA"])
    assert "Do you hold it?" in _questions(cv, aca, [])[0].text
    # licensing deals are work, not a licence ("Do you hold it?" read as nonsense)
    deals = Requirement(id="req-1", text="Assess partnerships and licensing opportunities",
                        keywords=["licensing"])
    assert "Have you done this?" in _questions(cv, deals, [])[0].text


def test_no_question_asks_whether_a_line_shows_what_it_says() -> None:
    """"Does 'Performed preventive maintenance on 1,400 devices' show preventive maintenance?"
    is no question: the line says it (the requirement is partial for "on schedule"). Its
    other term is asked about instead, as the second-term question."""
    from cvtailor.models import GapReport, RequirementMatch
    from cvtailor.research.evidence import second_term_questions
    from cvtailor.text.cvtext import evidence_corpus

    cv = _cv()
    cv.sections[0].entries[0].add_item("Performed preventive maintenance on 1,400 devices.",
                                       ItemType.BULLET)
    line = cv.sections[0].entries[0].items[-1].id
    req = Requirement(id="req-1", text="Carry out preventive maintenance and calibration",
                      keywords=["preventive maintenance", "calibration"])
    rows = [Evidence(item_id=line, score=1.0, via="lexical", term="preventive maintenance")]
    assert _questions(cv, req, rows, ["preventive maintenance"]) == []
    # nor one the evidence names by a phrase the vocabulary knows
    known = [Evidence(item_id=cv.sections[0].entries[0].items[0].id, score=0.8, via="phrase",
                      term="hands-on care")]
    hands_on = Requirement(id="req-1", text="Hands-on care and calibration",
                           keywords=["hands-on care", "calibration"])
    assert _questions(cv, hands_on, known, ["hands-on care"]) == []
    report = GapReport(matches=[RequirementMatch(
        requirement_id=req.id, status="partial", evidence=rows,
        covered_keywords=["preventive maintenance"], missing_keywords=["calibration"])])
    [second] = second_term_questions(JobPosting(requirements=[req]), report,
                                     evidence_corpus(cv), default_vocabulary(), [], [])
    assert (second.id, second.term) == ("q-req-1-also", "calibration")
    # never about the job's own title ("As Area Manager you'll lead 9 stores ...")
    titled = Requirement(id="req-1", text="As Area Manager you'll lead 9 stores, each with "
                         "its own store manager", keywords=["Area Manager", "store manager"])
    said = GapReport(matches=[RequirementMatch(
        requirement_id="req-1", status="partial", covered_keywords=["store manager"],
        missing_keywords=["Area Manager"],
        evidence=[Evidence(item_id=line, score=1.0, via="lexical", term="store manager")])])
    assert second_term_questions(
        JobPosting(title="Area Manager – North Yorkshire", requirements=[titled]), said,
        evidence_corpus(cv), default_vocabulary(), ["q-req-1"], []) == []
    # a line that shows it in other words is still quoted
    other = Requirement(id="req-1", text="Carry out planned maintenance",
                        keywords=["planned maintenance"])
    [question] = _questions(cv, other, [Evidence(item_id=line, score=0.6, via="semantic")])
    assert question.kind == "confirm" and question.evidence[0].item_id == line


def test_a_licence_line_shows_only_the_licence_it_names() -> None:
    """A credential is held or not: 'Physical Therapist, Colorado, License ...' may show a
    "Colorado PT license" (its words, PT as the initials), never a "master license" or an
    "orthopedic clinical specialist certification": those are asked as describe questions."""
    cv = _cv()
    licence = cv.sections[1].entries[0].items[0].id
    rows = [Evidence(item_id=licence, score=0.6, via="semantic")]

    def asked(term: str) -> tuple[str, list[str]]:
        req = Requirement(id="req-1", text=f"Hold a {term}", keywords=[term])
        [question] = _questions(cv, req, rows)
        return question.kind, [e.item_id for e in question.evidence]

    assert asked("Colorado PT license") == ("confirm", [licence])
    assert asked("master license") == ("describe", [])
    assert asked("orthopedic specialist certification") == ("describe", [])


def test_a_term_the_ad_calls_also_fine_is_an_alternative() -> None:
    """"a valid journeyman electrician license (a master license is also fine)": one of the
    two is enough, so the other is no second question."""
    from cvtailor.models import GapReport, RequirementMatch
    from cvtailor.research.evidence import second_term_questions
    from cvtailor.text.cvtext import evidence_corpus

    cv = _cv()
    licence = cv.sections[1].entries[0].items[0].id
    req = Requirement(id="req-1", text="A valid PT license (a specialist license is also fine)",
                      keywords=["PT license", "specialist license"])
    report = GapReport(matches=[RequirementMatch(
        requirement_id=req.id, status="partial",
        evidence=[Evidence(item_id=licence, score=0.9, via="user", term="PT license")],
        covered_keywords=["PT license"], missing_keywords=["specialist license"])])
    assert second_term_questions(JobPosting(requirements=[req]), report, evidence_corpus(cv),
                                 default_vocabulary(), ["q-req-1"], []) == []


def test_a_product_the_vocabulary_does_not_know_is_named_or_asked_about() -> None:
    """"Does 'Developed and deployed machine learning models' show SageMaker?" asks the person
    to vouch for a product the line does not name: like a tool the vocabulary knows, it is a
    describe question. An acronym of the field is no product ("continuous IV infusions")."""
    cv = _cv()
    line = cv.sections[0].entries[0].items[0].id
    rows = [Evidence(item_id=line, score=0.6, via="semantic")]

    def kind(term: str) -> str:
        [question] = _questions(cv, Requirement(id="req-1", text=f"Use {term}",
                                                keywords=[term]), rows)
        return question.kind

    assert kind("SageMaker") == "describe"
    assert kind("Hugging Face models") == "describe"
    assert kind("continuous IV infusions") == "confirm"
    assert kind("orthopedic rehab") == "confirm"


def test_a_question_never_asks_about_a_term_the_cv_already_names() -> None:
    """The quoted line cannot show Salesforce (a product it does not name), so the question
    falls back to a term the line can show: never to one the line or the CV already says
    ("Does 'Closed work orders in the CMMS' show CMMS?")."""
    cv = _cv()
    cv.sections[0].entries[0].add_item("Closed work orders in the CMMS the same shift.",
                                       ItemType.BULLET)
    line = cv.sections[0].entries[0].items[-1].id
    req = Requirement(id="req-1", text="Document every visit in our CMMS and in Salesforce",
                      keywords=["Salesforce", "CMMS", "visit notes"])
    rows = [Evidence(item_id=line, score=1.0, via="lexical", term="CMMS")]
    [question] = _questions(cv, req, rows, ["CMMS"])
    assert (question.kind, question.term) == ("confirm", "visit notes")
    # said by the line, though the evidence has it only as a similar line: still not asked
    rows = [Evidence(item_id=line, score=0.6, via="semantic")]
    [question] = _questions(cv, req, rows)
    assert question.term == "visit notes"
    # nothing left that the line could show: a describe question about the product
    only = Requirement(id="req-1", text="Use our CMMS and Salesforce",
                       keywords=["Salesforce", "CMMS"])
    [question] = _questions(cv, only, [Evidence(item_id=line, score=1.0, via="lexical",
                                                term="CMMS")], ["CMMS"])
    assert (question.kind, question.term) == ("describe", "Salesforce")


def _second_terms(text: str, keywords: list[str]) -> list[str]:
    """The terms of the second-term questions for a requirement whose first keyword the
    person confirmed on the CV's first line and whose first question was asked."""
    from cvtailor.models import GapReport, RequirementMatch
    from cvtailor.research.evidence import second_term_questions
    from cvtailor.text.cvtext import evidence_corpus

    cv = _cv()
    line = cv.sections[0].entries[0].items[0].id
    req = Requirement(id="req-1", text=text, keywords=keywords)
    report = GapReport(matches=[RequirementMatch(
        requirement_id=req.id, status="partial",
        evidence=[Evidence(item_id=line, score=0.9, via="user", term=keywords[0])],
        covered_keywords=keywords[:1], missing_keywords=keywords[1:])])
    return [q.term for q in second_term_questions(
        JobPosting(requirements=[req]), report, evidence_corpus(cv), default_vocabulary(),
        ["q-req-1"], [])]


def test_a_second_term_question_is_never_about_words_of_a_clause() -> None:
    """"Run and evolve our Kubernetes clusters": once Kubernetes is settled, "Does ... show
    evolve clusters?" is no question; nor are words ending on a preposition ("releases
    alongside"). A real second term still is."""
    def second(keywords: list[str]) -> list[str]:
        return _second_terms("Run and evolve our clusters", keywords)

    assert second(["manual therapy", "evolve clusters"]) == []
    assert second(["manual therapy", "releases alongside"]) == []
    assert second(["manual therapy", "sports rehab"]) == ["sports rehab"]


def test_a_second_term_question_is_never_about_what_the_work_comes_before() -> None:
    """"Carry out autorefraction and tonometry before consultations": once the checks are
    settled, "Does ... show consultations?" asks nothing of them; what the work is for
    ("for the active fleet") is no question either. The work itself still is."""
    second = _second_terms
    assert second("Carry out tonometry before consultations",
                  ["tonometry", "consultations"]) == []
    assert second("Oversee flight following for the active fleet",
                  ["flight following", "active fleet"]) == []
    assert second("Carry out tonometry and visual field tests",
                  ["tonometry", "visual field tests"]) == ["visual field tests"]


def test_a_line_that_says_the_short_form_the_ad_gives_is_not_asked_about() -> None:
    """"Set up and repair variable frequency drives (VFDs)": a line that tuned 40 VFDs says
    it; "Does ... show variable frequency drives?" is no question. The short form is the
    initials of the words before the brackets, a hyphen's parts included (OTP)."""
    from cvtailor.research.evidence import other_form

    cv = _cv()
    cv.sections[0].entries[0].add_item("Installed and tuned 40+ PowerFlex VFDs on conveyors.",
                                       ItemType.BULLET)
    line = cv.sections[0].entries[0].items[-1].id
    req = Requirement(id="req-1", text="Set up and repair variable frequency drives (VFDs)",
                      keywords=["variable frequency drives"])
    assert _questions(cv, req, [Evidence(item_id=line, score=0.6, via="semantic")]) == []
    assert other_form("OTP", "Report daily on on-time performance (OTP)") == [
        "on-time performance"]
    assert other_form("Kubernetes", "Kubernetes networking (CNI, service meshes)") == []
    assert other_form("service desk", "Run the service desk (ITIL)") == []  # not initials


def test_a_condition_of_the_job_is_no_question() -> None:
    """"Occasional travel may be required up to 10% per year": "Have you done occasional
    travel?" is no question; nor is passing a background check. Travel as the work ("Travel
    management experience", "Conduct background checks on new hires") still is."""
    cv = _cv()

    def asked(text: str, term: str) -> list[str]:
        req = Requirement(id="req-1", text=text, keywords=[term])
        return [q.term for q in _questions(cv, req, [])]

    assert asked("Occasional travel may be required up to 10% per year",
                 "Occasional travel") == []
    assert asked("Must pass a background check and drug screen", "background check") == []
    assert asked("Travel management experience required", "Travel management") == [
        "Travel management"]
    assert asked("Conduct background checks on new hires", "background checks") == [
        "background checks"]


def test_a_confirmed_term_takes_the_place_of_the_lines_word_for_it() -> None:
    """"monthly close" confirmed as month-end close reads "the month-end close", not "the
    monthly month-end close"; a noun the term refines still takes its head."""
    from cvtailor.engines.offline.writer import attest

    assert attest("Ran the monthly close for our 3 entities", "month-end close") == \
        "Ran the month-end close for our 3 entities"
    assert attest("Monthly close for 3 entities", "month-end close") == \
        "Month-end close for 3 entities"
    assert attest("Split a monolith into 7 services", "microservices") == \
        "Split a monolith into 7 microservices"
    assert attest("Built SQL models in dbt", "data models") == "Built SQL data models in dbt"
    # the verb after a lead-in is no noun a term's words go before ("... Prior lead a team")
    assert "Prior lead a team" not in attest(
        "Day-to-day supervision: lead a team of 4 RDs", "Prior lead")


def test_an_answer_about_the_practice_claims_no_standard_it_does_not_name() -> None:
    """Asked about the month-end close of "Own the month-end close for multiple entities under
    US GAAP", an answer about the close says nothing of GAAP: the CV gets the close, and US
    GAAP stays a question. Named, it is the person's."""
    vocab = default_vocabulary()
    requirement = "Own the month-end close for multiple entities under US GAAP"
    keywords = ["month-end close", "US GAAP"]
    assert supported_terms(keywords, "At Acme Corp I owned the close for our 3 entities every "
                           "month", vocab, requirement=requirement) == ["month-end close"]
    assert set(supported_terms(keywords, "At Acme Corp I owned the close for our 3 entities "
                               "every month under US GAAP", vocab,
                               requirement=requirement)) == set(keywords)


def test_a_line_of_what_the_person_holds_is_quoted_only_for_a_credential() -> None:
    """A confirm question about a practice never quotes a certificate line or a role's
    heading ("Does 'Physical Therapist, Colorado, License #PTL...' show manual therapy?"):
    a yes would vouch for a licence, with no line of work to carry the term. Nor a referee's
    words: a yes would put the term in their mouth. A question about a licence may quote
    it."""
    from cvtailor.engines.offline import OfflineEngine

    cv = _cv()
    [work_line] = cv.sections[0].entries[0].items
    [licence] = cv.sections[1].entries[0].items
    refs = CVSection(id="references", kind=SectionKind.OTHER, heading="References",
                     entries=[CVEntry(id="references-1")])
    quote = refs.entries[0].add_item("Sam got our athletes back on the field sooner. — Coach",
                                     ItemType.TEXT)
    cv.sections.append(refs)
    job = JobPosting(title="Sports PT", requirements=[
        Requirement(id="req-1", text="Plan return-to-sport rehabilitation",
                    keywords=["return-to-sport rehabilitation"]),
        Requirement(id="req-2", text="A Colorado physical therapist license",
                    category="education", keywords=["physical therapist license"])])
    rows = [Evidence(item_id=i, score=0.6, via="semantic")
            for i in (quote.id, licence.id, work_line.id, "experience-1")]
    report = OfflineEngine().analyze_gaps(cv, job, {"req-1": rows, "req-2": rows})
    questions = {q.requirement_id: q for q in report.questions}
    assert [e.item_id for e in questions["req-1"].evidence] == [work_line.id]
    assert licence.id in [e.item_id for e in questions["req-2"].evidence]


def test_no_question_is_about_what_the_job_will_teach() -> None:
    """"In the first 30 days you will: Learn about our product, our value propositions ...":
    settling in is the job's to teach, so no question asks whether a line shows "value
    propositions"; the duties around it are asked."""
    vocab = default_vocabulary()
    cv = StructuredCV(name="A")
    job = JobPosting(title="Customer Support Engineer", requirements=[
        Requirement(id=f"req-{n}", text=text, keywords=keywords) for n, (text, keywords) in
        enumerate([
            ("Learn about our product, our value propositions and our customers",
             ["value propositions"]),
            ("Meet for an initial chat with each Customer Engineer", ["initial chat"]),
            ("Complete an assignment from engineering to further your knowledge of our code "
             "base", ["code base"]),
            ("Meet the service levels agreed with enterprise customers", ["service levels"]),
            ("Troubleshoot and solve reported issues with customers", ["reported issues"]),
        ], 1)])
    report = analyze_gaps(job, find_evidence(cv, job, vocab), 10, vocab, {})
    assert sorted(q.term for q in report.questions) == ["reported issues", "service levels"]


def test_an_acronyms_plural_is_said_by_its_singular() -> None:
    """"Designing and developing APIs" is shown by "Developed a REST API using FastAPI": "Does
    it show APIs?" is no question."""
    from cvtailor.engines.offline import OfflineEngine

    vocab = default_vocabulary()
    work = CVSection(id="experience", kind=SectionKind.EXPERIENCE, heading="Experience")
    work.entries.append(CVEntry(id="experience-1", heading="Developer — Acme",
                                title="Developer", organization="Acme"))
    line = work.entries[0].add_item("Developed a REST API using FastAPI and PostgreSQL.",
                                    ItemType.BULLET)
    cv = StructuredCV(name="A", sections=[work])
    job = JobPosting(title="Web Developer", requirements=[Requirement(
        id="req-1", text="Designing and developing APIs", keywords=["APIs"])])
    rows = [Evidence(item_id=line.id, score=0.6, via="semantic")]
    assert OfflineEngine(vocab).analyze_gaps(cv, job, {"req-1": rows}).questions == []


def test_the_asked_term_stands_with_another_word_of_its_requirement_the_answer_says() -> None:
    # asked about "loyalty program", the person tells of the hotel's rewards club and says
    # "enrolled": the asked term is what they described, not only the word they repeated
    vocab = default_vocabulary()
    answer = "Enrolled more than 60 guests a month in the hotel's rewards club at check-in."
    keywords = ["loyalty program", "Enrolling", "guests"]
    terms = supported_terms(keywords, answer, vocab,
                            requirement="Enrolling more guests in our loyalty program")
    assert terms[0] == "loyalty program" and "Enrolling" in terms
    # never a named thing the answer does not name, nor people other than the ones it names
    assert "Apache Kafka" not in supported_terms(
        ["Apache Kafka", "event streaming"], "Built event streaming on RabbitMQ queues.", vocab,
        requirement="Apache Kafka event streaming")
    assert "product managers" not in supported_terms(
        ["product managers", "roadmap"], "Shaped the roadmap with 4 state underwriting "
        "managers.", vocab, requirement="Work with product managers on the roadmap")


def test_of_lines_that_name_one_word_the_one_telling_the_requirement_is_quoted() -> None:
    # three lines say "guests"; the one that enrols guests in the rewards club is the one to
    # ask about for "Enrolling more guests in our loyalty program", whatever their order
    from cvtailor.models import GapReport, RequirementMatch
    from cvtailor.research.evidence import interview_questions

    corpus = {"experience-1-1": "Lifted our guest satisfaction scores for the arrival "
                                "experience from 82 to 91",
              "experience-1-2": "Checked in 120-180 guests a shift in Opera PMS",
              "experience-1-3": "Enrolled 60+ guests a month in the hotel's rewards club"}
    rows = [Evidence(item_id=i, score=1.0, via="lexical", term="guests") for i in corpus]
    req = Requirement(id="req-1", text="Enrolling more guests in our loyalty program",
                      keywords=["loyalty program", "guests"], category="responsibility")
    report = GapReport(matches=[RequirementMatch(
        requirement_id="req-1", status="partial", evidence=rows, covered_keywords=["guests"],
        missing_keywords=["loyalty program"])])
    [question] = interview_questions(JobPosting(requirements=[req]), report, corpus,
                                     default_vocabulary())
    assert question.kind == "confirm" and question.evidence[0].item_id == "experience-1-3"


def test_an_answer_that_does_not_say_a_held_thing_is_no_claim_of_it() -> None:
    # "A CIEH-accredited degree in environmental health, or the Higher Certificate in Food
    # Control": the person holds the certificate, and said so; the degree is not theirs. Asked
    # about "a clean driving record", they told of the driving: a record is held, not done.
    vocab = default_vocabulary()
    requirement = ("A CIEH-accredited degree in environmental health, or the Higher Certificate "
                   "in Food Control")
    terms = supported_terms(["CIEH-accredited degree", "Higher Certificate in Food Control"],
                            "I hold the Higher Certificate in Food Control from the CIEH, "
                            "awarded in 2020.", vocab, requirement=requirement)
    assert "CIEH-accredited degree" not in terms
    assert "Higher Certificate in Food Control" in terms
    assert supported_terms(["clean driving record"], "I drove between 4 hospitals and 11 "
                           "clinics, 500-600 miles a month.", vocab,
                           requirement="You have a clean driving record") == []
    # work described in the requirement's own words still stands for a practice it names
    assert supported_terms(["loyalty program", "guests"], "Enrolled 60 guests a month in the "
                           "hotel's rewards club.", vocab,
                           requirement="Enrolling more guests in our loyalty program"
                           )[0] == "loyalty program"


def _survey_cv(*lines: str) -> tuple[StructuredCV, list[str]]:
    """A survey technician's CV with one role of these bullets, and their item ids."""
    work = CVSection(id="experience", kind=SectionKind.EXPERIENCE, heading="Experience")
    work.entries.append(CVEntry(id="experience-1", heading="Survey Technician — Tarheel",
                                title="Survey Technician", organization="Tarheel"))
    ids = [work.entries[0].add_item(line, ItemType.BULLET).id for line in lines]
    return StructuredCV(name="Test Person", sections=[work]), ids


def _carrying(cv: StructuredCV, req: Requirement, term: str, confirmed: list[str]
              ) -> list[str]:
    """The items a survey party chief's plan writes `term` into, once the person said yes to
    a question quoting the `confirmed` lines (in that order) for it."""
    vocab = default_vocabulary()
    job = JobPosting(title="Survey Party Chief", requirements=[req])
    lines = {i.id: i.text for i in cv.item_map().values()}
    yes = {req.id: [Evidence(item_id=i, score=0.9, via="user", term=term, matched=lines[i])
                    for i in confirmed]}
    report = analyze_gaps(job, merge_evidence(find_evidence(cv, job, vocab), yes), vocab=vocab)
    plan = make_plan(cv, job, report, vocab)
    return [p.item_id for p in plan.items if term in p.keywords]


def test_a_name_confirmed_on_two_lines_goes_to_the_line_sharing_its_words() -> None:
    # "Does 'Ran a Leica TS16 robotic total station ...' / 'Set base and rover GPS receivers
    # ...' show GNSS/RTK receivers?" yes: the receivers line takes the name, not the total
    # station line ("GNSS/RTK receivers: ran a Leica TS16 ..." read as what it is not)
    cv, (station, gps) = _survey_cv(
        "Ran a Leica TS16 robotic total station as instrument operator on 2-person crews.",
        "Set base and rover GPS receivers and tied control to the state's real-time network.")
    req = Requirement(id="req-1", text="Run a robotic total station and GNSS/RTK receivers",
                      keywords=["GNSS/RTK receivers"], category="responsibility")
    carrying = _carrying(cv, req, "GNSS/RTK receivers", [station, gps])
    assert carrying == [gps], carrying


def test_a_describe_question_never_says_the_cv_does_not_mention_what_it_names() -> None:
    """A dissertation "on data analytics in fraud detection" names data analytics, but an
    education line is no work to quote for "Use data analytics to test whole populations":
    the question said "Your CV does not mention data analytics", which the person can see is
    false. It says the CV names it, but not in a role."""
    from cvtailor.engines.offline.cv_parser import parse_cv_text
    from cvtailor.engines.offline.jd_parser import parse_jd_text
    from cvtailor.research.evidence import analyze_gaps, find_evidence
    from cvtailor.text.cvtext import evidence_corpus, not_work_ids

    vocab = default_vocabulary()
    cv = parse_cv_text("# A\n\n## Experience\n\n### Auditor — Acme\n2023 – Present\n\n"
                       "- Tested payables controls for 9 clients\n\n## Education\n\n"
                       "### BSc Accounting — University of Leeds\n2020 – 2023\n\n"
                       "- Dissertation on data analytics in fraud detection\n")
    job = parse_jd_text("# Internal Auditor\n\n## Requirements\n\n- Use data analytics to "
                        "test whole populations\n- Report findings to the audit committee\n",
                        vocab)
    report = analyze_gaps(job, find_evidence(cv, job, vocab), max_questions=10, vocab=vocab,
                          corpus=evidence_corpus(cv), not_work=not_work_ids(cv))
    texts = {q.term: q.text for q in report.questions}
    assert "Your CV names data analytics, but not in a role." in texts["data analytics"]
    assert "Your CV does not mention report findings." in texts["Report findings"]


def test_an_answer_never_stands_for_a_role_it_does_not_name() -> None:
    """"Work deals that usually involve the owner, an office manager and a finance lead, so
    multi-threading is part of the job": the question asked about "office manager", and the
    answer (mapping contacts per account) was written as "Office manager: map 3-5 contacts
    ...", a title the person never held. An answer stands for no role it does not name, and
    is not followed up about one."""
    from cvtailor.text.jd_terms import role_named

    assert role_named("office manager") and role_named("finance lead")
    assert not role_named("multi-threading") and not role_named("supervise technicians")
    assert not role_named("external auditors")  # the people worked with: no one's title
    vocab = default_vocabulary()
    text = ("Work deals that usually involve the owner, an office manager and a finance lead, "
            "so multi-threading is part of the job")
    answer = "At Relay Analytics I map several contacts per target account."
    assert supported_terms(["office manager"], answer, vocab, requirement=text) == []
    from cvtailor.research.interview import may_follow_up

    assert not may_follow_up("office manager", vocab) and may_follow_up("multi-threading", vocab)
    # asked to be one, the person's account of that work is their claim of it
    assert supported_terms(["shift supervisor"], "At Acme I ran the night shift for 12 pickers.",
                           vocab, requirement="Experience as a shift supervisor"
                           ) == ["shift supervisor"]


def test_a_described_answer_is_followed_up_about_a_kind_of_system() -> None:
    """"Keep batch records in the ERP for every lot", answered "I enter every lot's times,
    temperatures and additions into the factory computer system": ERP is a named thing, so
    the answer was never asked whether it shows one, and only the person knows whether that
    system is an ERP. A kind other named things are (SAP and NetSuite are ERPs) is followed
    up; a product (Kafka, SAP) or a credential is still held only when the answer names it."""
    from cvtailor.research.interview import may_follow_up

    vocab = default_vocabulary()
    assert vocab.kind_of_thing("ERP") and vocab.kind_of_thing("CMMS")
    assert not vocab.kind_of_thing("SAP") and not vocab.kind_of_thing("Kafka")
    assert not vocab.kind_of_thing("Bachelor's degree")
    assert may_follow_up("ERP", vocab) and may_follow_up("CMMS", vocab)
    assert not may_follow_up("Kafka", vocab) and not may_follow_up("NetSuite", vocab)


def test_the_job_restated_under_another_name_is_not_asked_about() -> None:
    """"As our L&D Specialist you'll design and deliver training ..." for a Learning and
    Development Specialist asked "Your CV does not mention L&D Specialist. Have you done
    this?": the ad naming its own job is no requirement of it."""
    req = Requirement(id="req-1", text="As our L&D Specialist you'll design and deliver "
                      "training for warehouse team leaders", keywords=["L&D Specialist",
                                                                        "design"])
    assert all(q.term != "L&D Specialist" for q in _questions(_cv(), req, []))
    # an ad that names the role with no article ("As canteen manager you will run ...")
    bare = Requirement(id="req-1", text="As canteen manager you will run our canteen at a "
                       "head office in Aakirkeby", keywords=["canteen manager", "head office"])
    assert all(q.term != "canteen manager" for q in _questions(_cv(), bare, []))
    # a role the person is asked to take on is asked about
    duty = Requirement(id="req-1", text="Serve as a clinical instructor for DPT students",
                       keywords=["clinical instructor"])
    assert [q.term for q in _questions(_cv(), duty, [])] == ["clinical instructor"]


def test_a_practice_of_the_same_field_named_in_an_answer_is_no_sibling_in_its_place() -> None:
    # a roster (scheduling) beside the logistics the answer describes; Kafka still is not
    # RabbitMQ
    from cvtailor.research.interview import supported_term
    from cvtailor.text.vocabulary import default_vocabulary

    vocab = default_vocabulary()
    answer = ("At Red Dune Resources Ltd I book flights, camp rooms, vehicles and fuel for a "
              "field team of 9 on an 8/6 roster.")
    assert supported_term(["logistics"], answer, vocab,
                          requirement="Coordinate field logistics and camp",
                          similarity=0.54) == "logistics"
    assert supported_term(["Kafka"], "At Acme I ran RabbitMQ queues for 40 services", vocab,
                          requirement="Experience with Kafka", similarity=0.6) is None


def test_whom_the_work_is_for_is_never_asked_in_the_works_place() -> None:
    from cvtailor.engines.offline.cv_parser import parse_cv_text
    from cvtailor.engines.offline.jd_parser import parse_jd_text
    from cvtailor.research.evidence import analyze_gaps, find_evidence
    from cvtailor.text.cvtext import evidence_corpus
    from cvtailor.text.vocabulary import default_vocabulary

    vocab = default_vocabulary()
    cv = parse_cv_text("# Dean Holt\n\n## Experience\n\n### Scaffolder — Aire Valley Scaffolding\n"
                       "2019 – Present\n\n- Got the council's permission to scaffold over the "
                       "pavement on 5 terraced street jobs, with fans and a covered walkway\n")
    job = parse_jd_text("# Scaffolding Supervisor\n\n## Responsibilities\n"
                        "- Apply for scaffold licences from local highway authorities\n", vocab)
    from cvtailor.models import Evidence

    corpus = evidence_corpus(cv)
    line = next(i for i, t in corpus.items() if "permission" in t)
    evidence = find_evidence(cv, job, vocab)
    evidence[job.requirements[0].id] = [Evidence(  # the close line `add_semantic` finds
        item_id=line, score=0.47, via="semantic", term="", matched=corpus[line])]
    report = analyze_gaps(job, evidence, vocab=vocab, corpus=corpus)
    assert report.questions, "the licences are asked about"
    assert all("authorities" not in q.term for q in report.questions), \
        [q.term for q in report.questions]


def test_a_term_confirmed_on_two_lines_skips_the_line_of_another_term_it_asks_for() -> None:
    # "Perform boundary surveys, topographic surveys and ALTA/NSPS surveys": yes to "Does
    # '... topographic surveys ...' / 'Searched for and tied property corners ...' show
    # boundary surveys?" puts them on the corners line; the other one is the topographic
    # surveys' ("topographic boundary surveys" is neither)
    cv, (topo, corners) = _survey_cv(
        "Collected shots for topographic surveys of commercial sites up to 40 acres.",
        "Searched for and tied property corners, iron pins and concrete monuments on 150+ lot "
        "and tract surveys.")
    req = Requirement(id="req-1", text="Perform boundary surveys, topographic surveys and "
                      "ALTA/NSPS surveys", category="responsibility",
                      keywords=["boundary surveys", "topographic surveys", "ALTA/NSPS surveys"])
    carrying = _carrying(cv, req, "boundary surveys", [topo, corners])
    assert carrying == [corners], carrying


def test_confirmed_lines_keep_the_order_their_question_quoted_them_in() -> None:
    # the question quotes its best candidate first; a yes goes to it before a later line
    # ("Send trays ... back to the decontamination and assembly team" before "Perform
    # surgical counts ..." for Sterile Processing), whatever their order in the CV
    confirmed = {"req-1": [Evidence(item_id=i, score=0.9, via="user", term="Sterile Processing",
                                    matched=f"line {i}") for i in ("c-9", "c-3")]}
    found = {"req-1": [Evidence(item_id=i, score=1.0, via="lexical", term="instrument")
                       for i in ("c-3", "c-9")]}
    rows = merge_evidence(found, confirmed)["req-1"]
    assert [(e.item_id, e.via) for e in rows if e.via == "user"] == [("c-9", "user"),
                                                                      ("c-3", "user")]
    assert [e.item_id for e in rows if e.via == "lexical"] == ["c-3", "c-9"]


def test_a_department_the_work_is_done_with_may_be_shown_under_another_name() -> None:
    # "Does 'Send trays ... back to the decontamination and assembly team ...' show Sterile
    # Processing?": a department's name is no product the line must name; the person says
    # whether the team is it (the question used to ask about "tray issues" instead)
    vocab = default_vocabulary()
    trays = ("Send trays with missing or broken instruments back to the decontamination and "
             "assembly team with a tag.")
    req = Requirement(id="req-1", text="Work with Sterile Processing to resolve instrument and "
                      "tray issues", category="responsibility",
                      keywords=["Sterile Processing", "tray issues", "instrument"])
    job = JobPosting(title="Lead Surgical Technologist", requirements=[req])
    corpus = {"experience-1-1": trays}
    evidence = {"req-1": [Evidence(item_id="experience-1-1", score=0.5, via="semantic", term="",
                                   matched=trays)]}
    report = analyze_gaps(job, evidence, vocab=vocab, corpus=corpus)
    assert [(q.term, q.kind) for q in report.questions] == [("Sterile Processing", "confirm")]
    # a name the work is not done with (a product's) is still named or not held
    req = req.model_copy(update={"text": "Log every returned tray in Censis Tracker",
                                 "keywords": ["Censis Tracker"]})
    report = analyze_gaps(job.model_copy(update={"requirements": [req]}), evidence,
                          vocab=vocab, corpus=corpus)
    assert [(q.term, q.kind) for q in report.questions] == [("Censis Tracker", "describe")]


def test_a_described_answer_never_stands_for_a_make_it_does_not_name() -> None:
    """Asked about "Yamato overlock machines" (a make the vocabulary does not know), an answer
    about overlock machines of no named make was labelled with the whole term: the CV read
    "Yamato overlock machines: sew on ...". (The forty-fifth blind set's first run made that
    claim of another make.) The make is named or not held."""
    from cvtailor.text.vocabulary import default_vocabulary

    vocab = default_vocabulary()
    requirement = "Experience with Yamato overlock machines"
    answer = ("At Confecciones Rivera I sew on single-needle, overlock and coverstitch machines "
              "on knit T-shirts.")
    assert supported_terms(["Yamato overlock machines"], answer, vocab,
                           requirement=requirement, similarity=0.7) == []
    assert supported_terms(["Yamato overlock machines"], "I ran the line's six Yamato "
                           "overlock machines at Confecciones Rivera.", vocab,
                           requirement=requirement, similarity=0.7) == [
        "Yamato overlock machines"]


def test_a_short_duty_is_asked_about_whole_and_its_yes_covers_every_term_it_joins() -> None:
    # "present loan files to the credit committee": "Does ... show loan files?" asks nothing
    # of whom the files go to, and the ad's word for them ("credit committee") was never
    # asked. The question is about the whole duty, as an activity, and a yes covers both.
    vocab = default_vocabulary()
    line = ("Take each new file to the Thursday meeting with the branch manager and "
            "accountant, where we decide which loans to approve.")
    req = Requirement(id="req-1", text="You will present loan files to the credit committee",
                      category="responsibility", keywords=["loan files", "credit committee"])
    job = JobPosting(title="Senior Loan Officer", requirements=[req])
    corpus = {"experience-1-1": line}
    evidence = {"req-1": [Evidence(item_id="experience-1-1", score=0.5, via="semantic",
                                   term="", matched=line)]}
    report = analyze_gaps(job, evidence, vocab=vocab, corpus=corpus)
    (question,) = report.questions
    assert (question.term, question.kind) == (
        "presenting loan files to the credit committee", "confirm")
    assert "show presenting loan files to the credit committee?" in question.text
    confirmed = {"req-1": [Evidence(item_id="experience-1-1", score=0.9, via="user",
                                    term=question.term, matched=line)]}
    match = analyze_gaps(job, merge_evidence(evidence, confirmed), vocab=vocab,
                         corpus=corpus).by_requirement()["req-1"]
    assert match.status == "matched"
    assert match.covered_keywords == [question.term] and match.missing_keywords == []
    # the ad's "our" is the employer's: the question says "the"
    req = req.model_copy(update={"text": "Work closely with our winemaking team on picking "
                                         "dates", "keywords": ["picking dates",
                                                               "winemaking team"]})
    rows = ("Walk the rows with the oenologist each morning before harvest to agree which "
            "parcel goes first.")
    report = analyze_gaps(
        job.model_copy(update={"requirements": [req]}),
        {"req-1": [Evidence(item_id="experience-1-1", score=0.5, via="semantic", term="",
                            matched=rows)]}, vocab=vocab, corpus={"experience-1-1": rows})
    assert [q.term for q in report.questions] == [
        "working closely with the winemaking team on picking dates"]
    # no line is close: a describe question asks about the whole duty too, so the answer is
    # written with both of its terms ("headroom" alone left the facilities out)
    req = req.model_copy(update={"text": "Monitor headroom on our credit facilities",
                                 "keywords": ["headroom", "credit facilities"]})
    report = analyze_gaps(job.model_copy(update={"requirements": [req]}), {}, vocab=vocab,
                          corpus={"experience-1-1": "Reconciled the bank accounts daily."})
    assert [(q.term, q.kind) for q in report.questions] == [
        ("monitoring headroom on the credit facilities", "describe")]
    # a duty that holds a practice the vocabulary knows is not: a described answer must
    # support the practice itself, or be followed up
    req = req.model_copy(update={"text": "Carry out risk assessments for events and activities",
                                 "keywords": ["risk assessments", "activities"]})
    report = analyze_gaps(job.model_copy(update={"requirements": [req]}), {}, vocab=vocab,
                          corpus={"experience-1-1": "Reconciled the bank accounts daily."})
    assert [q.term for q in report.questions] == ["risk assessments"]
    # nor one done with people: an account of the person's own driving is no coaching
    req = req.model_copy(update={"text": "Coach drivers to cut energy consumption",
                                 "keywords": ["Coach drivers", "energy consumption"]})
    report = analyze_gaps(job.model_copy(update={"requirements": [req]}), {}, vocab=vocab,
                          corpus={"experience-1-1": "Reconciled the bank accounts daily."})
    assert "coaching" not in report.questions[0].term


def test_no_duty_is_asked_whole_when_it_names_a_thing_or_the_cv_says_part_of_it() -> None:
    vocab = default_vocabulary()
    line = "Ran the nightly batch of 40 jobs that rebuilt the sales tables."
    corpus = {"experience-1-1": line}
    evidence = {"req-1": [Evidence(item_id="experience-1-1", score=0.5, via="semantic",
                                   term="", matched=line)]}

    def terms(text: str, keywords: list[str], found: dict[str, list[Evidence]] = evidence
              ) -> list[str]:
        req = Requirement(id="req-1", text=text, category="responsibility", keywords=keywords)
        job = JobPosting(title="Data Engineer", requirements=[req])
        return [q.term for q in analyze_gaps(job, found, vocab=vocab,
                                             corpus=corpus).questions]

    # a requirement that opens with a name, not a verb ("Spark for batch processing")
    assert terms("Spark for batch processing", ["Spark", "batch processing"]) == ["Spark"]
    # a name among its terms ("Sterile Processing") is asked alone, as before
    assert "with" not in " ".join(terms("Run batch jobs with Apache Airflow",
                                        ["batch jobs", "Apache Airflow"]))
    # the CV already says one of its terms: the question is about what it lacks
    said = {"req-1": [*evidence["req-1"], Evidence(item_id="experience-1-1", score=1.0,
                                                   via="lexical", term="batch jobs")]}
    assert terms("Schedule batch jobs in maintenance windows",
                 ["batch jobs", "maintenance windows"], said) == ["maintenance windows"]


def test_a_duty_is_read_past_the_ads_way_into_it_and_to_its_end() -> None:
    from cvtailor.research.evidence import _duty_span

    vocab = default_vocabulary()

    def duty(text: str, keywords: list[str]) -> str | None:
        req = Requirement(id="req-1", text=text, category="responsibility", keywords=keywords)
        return _duty_span(req, keywords, keywords[0], [], vocab)

    # "Each week you will ...", "You will also ...": the ad's way in is no part of the duty
    assert duty("Each week you will present loan files to the credit committee",
                ["loan files", "credit committee"]) == (
        "presenting loan files to the credit committee")
    # "and" between two nouns is inside the duty; "and" before another verb ends it
    assert duty("You will also manage effluent from the washing and settling process so that "
                "nothing reaches the river", ["settling process", "effluent"]) == (
        "managing effluent from the washing and settling process")
    assert duty("Schedule planned works in maintenance windows and tell customers ahead",
                ["Schedule planned works", "maintenance windows", "tell customers"]) == (
        "scheduling planned works in maintenance windows")
    # a body a capital only honours is no name ("Council"); a name is ("Sterile Processing")
    assert duty("Prepare reports to Council on the bylaw program",
                ["bylaw program", "Council"]) == (
        "preparing reports to Council on the bylaw program")
    assert duty("Work with Sterile Processing on tray issues",
                ["tray issues", "Sterile Processing"]) is None
    # one term only, or a duty too long to read as one
    assert duty("Present loan files every week", ["loan files"]) is None
    assert duty("Present loan files and the monthly portfolio quality report to the regional "
                "credit committee", ["loan files", "credit committee"]) is None


def test_a_second_term_question_asks_about_the_people_the_work_is_done_to() -> None:
    """"Train technicians and operators on good validation practice": once the practice is
    settled, the people the verb is done to are what the duty is about, and asked about
    (the sixtieth pass). The people the work is only done with, to or for, after a
    preposition ("Manage credit holds with our yard managers"), still are not."""
    second = _second_terms
    assert second("Train technicians and operators on good validation practice",
                  ["good validation practice", "technicians"]) == ["technicians"]
    assert second("Manage credit holds with our yard managers",
                  ["credit holds", "yard managers"]) == []

