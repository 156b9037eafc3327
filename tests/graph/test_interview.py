"""The gap interview: confirm and describe questions, answers that land where they belong, and
nothing claimed that the answer does not say."""

from __future__ import annotations

from pathlib import Path

from cvtailor import Session
from cvtailor.models import (
    Answer,
    JobPosting,
    Question,
    QuestionEvidence,
    Requirement,
    StructuredCV,
)
from cvtailor.research.interview import answer_evidence, apply_answers, bullet_from_answer
from cvtailor.storage.session_store import SessionStore
from cvtailor.text.vocabulary import default_vocabulary
from tests.conftest import CV_MD, JD_MD, two_role_cv


def _cv() -> StructuredCV:
    return two_role_cv("Backend Engineer", "Software Engineer", "Split the order module into 7 services.")


def _job() -> JobPosting:
    return JobPosting(title="Platform Engineer", requirements=[
        Requirement(id="req-1", text="Experience with Apache Kafka", keywords=["Apache Kafka"]),
        Requirement(id="req-2", text="Microservices design", keywords=["microservices"]),
        Requirement(id="req-3", text="Mentoring engineers", keywords=["mentoring"]),
    ])


def test_a_rabbitmq_answer_to_a_kafka_question_never_claims_kafka() -> None:
    cv, job = _cv(), _job()
    q = Question(id="q-req-1", requirement_id="req-1", text="?", term="Apache Kafka")
    out = apply_answers(cv, job, [q], [Answer(
        question_id="q-req-1", text="At Lumen Health I ran RabbitMQ queues for lab results.")])
    [item_id] = out.described
    item = out.cv.item_map()[item_id]
    assert "Kafka" not in item.text and "RabbitMQ" in item.text
    # The item is the person's own words, under the role they named...
    assert out.cv.locate(item_id)[1].organization == "Lumen Health"
    # ...and it does not evidence Kafka: a sibling named in its place.
    assert "req-1" not in answer_evidence(out.cv, job, default_vocabulary())


def test_a_described_answer_lands_under_the_role_it_names_and_evidences_the_term() -> None:
    cv, job = _cv(), _job()
    q = Question(id="q-req-3", requirement_id="req-3", text="?", term="mentoring")
    out = apply_answers(cv, job, [q], [Answer(
        question_id="q-req-3", text="At Cobalt Payments I onboarded and coached 3 new engineers.")])
    [item_id] = out.described
    entry = out.cv.locate(item_id)[1]
    assert entry.organization == "Cobalt Payments"
    assert out.cv.item_map()[item_id].text == "Onboarded and coached 3 new engineers."
    found = answer_evidence(out.cv, job, default_vocabulary())["req-3"]
    assert [(e.item_id, e.via, e.term) for e in found] == [(item_id, "user", "mentoring")]


def test_an_answer_that_tells_a_cv_line_again_is_shown_once_on_that_line() -> None:
    """The person describes work their CV already lists, in other words: no second bullet
    saying it again; the CV line (with its numbers) carries the answer and its term. An answer
    about work the CV does not list is a bullet of its own."""
    from cvtailor.engines.offline.planner import make_plan
    from cvtailor.research.evidence import analyze_gaps, find_evidence
    from cvtailor.research.interview import merge_evidence

    vocab = default_vocabulary()
    cv, job = _cv(), _job()
    [line] = cv.items()
    q = Question(id="q-req-2", requirement_id="req-2", text="?", term="microservices")
    out = apply_answers(cv, job, [q], [Answer(
        question_id="q-req-2",
        text="At Cobalt Payments I split the order module into separate microservices.")])
    assert out.described == [line.id] and len(out.cv.items()) == 1  # no second bullet
    found = answer_evidence(out.cv, job, vocab)["req-2"]
    assert [(e.item_id, e.via, e.term) for e in found] == [(line.id, "user", "microservices")]
    report = analyze_gaps(job, merge_evidence(find_evidence(out.cv, job, vocab), {"req-2": found}),
                          vocab=vocab)
    plan = make_plan(out.cv, job, report, vocab)
    assert any(p.item_id == line.id and "microservices" in p.attested for p in plan.items)
    # an answer that restates the line without the term: the follow-up quotes the answer and
    # a yes would put the term on the CV line
    from cvtailor.research.interview import follow_up_questions

    out = apply_answers(cv, job, [q], [Answer(
        question_id="q-req-2", text="At Cobalt Payments I split the order module into 7 "
                                    "smaller services.")])
    report = analyze_gaps(job, find_evidence(out.cv, job, vocab), vocab=vocab)
    [follow_up] = follow_up_questions(out.cv, job, report, vocab)
    assert [e.item_id for e in follow_up.evidence] == [line.id]
    assert "smaller services" in follow_up.text
    # new work is the person's own bullet
    out = apply_answers(cv, job, [q], [Answer(
        question_id="q-req-2", text="At Cobalt Payments I designed the ledger API as "
                                    "microservices behind a gateway.")])
    assert out.described != [line.id] and len(out.cv.items()) == 2
    # an answer naming no role that tells the line again is still shown once, on that line
    out = apply_answers(cv, job, [q], [Answer(
        question_id="q-req-2", text="I split the order module into separate microservices.")])
    assert out.described == [line.id] and len(out.cv.items()) == 1
    # ... unless it gives a number the line lacks: the person's own fact stays in the CV
    out = apply_answers(cv, job, [q], [Answer(
        question_id="q-req-2", text="At Cobalt Payments I split the order module into 7 "
                                    "separate microservices for 40 teams.")])
    assert out.described != [line.id] and "40 teams" in out.cv.items()[-1].text


def test_an_explicit_role_wins_and_an_unplaceable_answer_goes_to_additional_experience() -> None:
    cv, job = _cv(), _job()
    q = Question(id="q-req-3", requirement_id="req-3", text="?", term="mentoring")
    out = apply_answers(cv, job, [q], [
        Answer(question_id="q-req-3", text="I coached two interns.", role="Lumen Health")])
    assert out.cv.locate(out.described[0])[1].organization == "Lumen Health"
    out = apply_answers(cv, job, [q], [Answer(question_id="q-req-3", text="I coached interns.")])
    assert out.cv.locate(out.described[0])[0].heading == "Additional Experience"


def test_an_answer_about_something_held_goes_with_what_the_cv_holds() -> None:
    """"I've held a full UK driving licence since 2012" is no work: it goes in the CV's
    certifications section, or a new "Licences and Certifications" one, not under Additional
    Experience."""
    from cvtailor.models import CVEntry, CVSection, ItemType, SectionKind

    cv, job = _cv(), _job()
    q = Question(id="q-req-3", requirement_id="req-3", text="?", term="UK driving licence")
    answer = Answer(question_id="q-req-3", text="Yes, I've held a full UK driving licence "
                                                "since 2012.")
    out = apply_answers(cv, job, [q], [answer])
    section = out.cv.locate(out.described[0])[0]
    assert (section.kind, section.heading) == (SectionKind.CERTIFICATIONS,
                                               "Licences and Certifications")
    assert not any(s.heading == "Additional Experience" for s in out.cv.sections)
    entry = CVEntry(id="certifications-1")
    entry.add_item("PMP, 2019", ItemType.BULLET)
    cv.sections.append(CVSection(id="certifications", kind=SectionKind.CERTIFICATIONS,
                                 heading="Certifications", entries=[entry]))
    out = apply_answers(cv, job, [q], [answer])
    assert out.cv.locate(out.described[0])[0].heading == "Certifications"


def test_confirm_yes_is_evidence_on_the_quoted_line_and_no_declines() -> None:
    cv, job = _cv(), _job()
    line = cv.items()[0]
    confirm = Question(id="q-req-2", requirement_id="req-2", text="?", term="microservices",
                       kind="confirm", evidence=[QuestionEvidence(item_id=line.id,
                                                                  text=line.text)])
    out = apply_answers(cv, job, [confirm], [Answer(question_id="q-req-2", text="yes")])
    assert [(e.item_id, e.via, e.term) for e in out.confirmed["req-2"]] == [
        (line.id, "user", "microservices")]
    out = apply_answers(cv, job, [confirm], [Answer(question_id="q-req-2", text="no")])
    assert out.declined == ["req-2"] and not out.confirmed and not out.described
    assert out.cv == cv  # a "no" changes nothing in the CV


def test_first_person_answers_read_as_cv_lines() -> None:
    assert bullet_from_answer("At Acme, I ran the on-call rota.") == "Ran the on-call rota."
    assert bullet_from_answer("I have led 4 audits") == "Led 4 audits"
    assert bullet_from_answer("Led 4 audits at Acme.") == "Led 4 audits at Acme."
    # no "I" left in a later clause, and no "have" orphaned by the first one's
    assert bullet_from_answer(
        "I have 9 years of classroom experience and have spent the last four years designing "
        "online courses.") == ("9 years of classroom experience and spent the last four years "
                               "designing online courses.")
    assert bullet_from_answer("I'm a native Spanish speaker.") == "Native Spanish speaker."
    assert bullet_from_answer("I close the books every month, and I brought it down to 6 "
                              "days.") == "Close the books every month, and brought it down to 6 days."
    assert bullet_from_answer("I led our ASC 842 adoption: I read the standard and wrote the "
                              "memo.") == "Led our ASC 842 adoption: read the standard and wrote the memo."
    assert bullet_from_answer("I build units from learning objectives; at Northfield High I "
                              "redesigned the biology course.") == (
        "Build units from learning objectives; at Northfield High, redesigned the biology course.")
    assert bullet_from_answer("I logged the issues I found.") == "Logged the issues I found."
    # an employer whose name holds a comma before its legal form: "At Mekong Meas Rice Mill
    # Co., Ltd. Teach ..." had been written, the place left in and the sentence broken
    assert bullet_from_answer("At Mekong Meas Rice Mill Co., Ltd. I teach the young workers "
                              "who join the mill.") == "Teach the young workers who join the mill."
    assert bullet_from_answer("At Acme, Inc. I ran the night shift.") == "Ran the night shift."


def test_a_no_is_recorded_and_not_asked_again_in_the_session(store_path: Path) -> None:
    session = Session.start(CV_MD, JD_MD, store=SessionStore(store_path), interview=True)
    assert session.status == "awaiting_answers"
    questions = session.pending["questions"]
    assert all(q["kind"] in ("confirm", "describe") and q["term"] for q in questions)
    kafka = next(q for q in questions if "Kafka" in q["requirement"])
    other = next(q for q in questions if q["kind"] == "describe" and q is not kafka)
    # One "no", and one described answer, which sends the run back through research and
    # gap analysis: the new report's questions leave the declined requirement out.
    session.answer({kafka["id"]: "no",
                    other["id"]: "At Cobalt Payments I did this for the settlement service."})
    assert kafka["requirement_id"] in session.values["declined"]
    asked = [q.requirement_id for q in session.values["gap_report"].questions]
    assert asked  # the report was rebuilt and still has other open questions
    assert kafka["requirement_id"] not in asked
    session.accept_all()
    assert "Kafka" not in session.result().markdown


def test_a_rabbitmq_answer_in_a_real_run_never_yields_kafka(store_path: Path) -> None:
    session = Session.start(CV_MD, JD_MD, store=SessionStore(store_path), interview=True)
    kafka = next(q for q in session.pending["questions"] if "Kafka" in q["requirement"])
    session.answer({kafka["id"]: "At Cobalt Payments I ran RabbitMQ for settlement events."})
    session.accept_all()
    assert session.status == "completed"
    assert "Kafka" not in session.result().markdown


def test_a_confirmed_line_takes_the_jd_term_in_a_sentence_a_person_would_write() -> None:
    from cvtailor.engines.offline.writer import attest

    assert attest("Split a monolithic order module into 7 services.", "microservices") == \
        "Split a monolithic order module into 7 microservices."
    assert attest("SQL models in dbt", "data models") == "SQL data models in dbt"
    # the words the line already has are shared, never written twice
    assert attest("RN with 6 years of acute care experience.", "care nursing experience",
                  label=False) == "RN with 6 years of acute care nursing experience."
    assert attest("Charge nurse 2-3 shifts per week.", "relief charge nurse",
                  label=False) == "Relief charge nurse 2-3 shifts per week."
    assert attest("Served as charge nurse 2-3 shifts per week.", "relief charge nurse") == \
        "Served as relief charge nurse 2-3 shifts per week."
    assert attest("Ran monthly steering reviews with the CFO.", "stakeholder management") == \
        "Stakeholder management: ran monthly steering reviews with the CFO."
    # A summary is a paragraph: no label is put in front of it.
    assert attest("Engineer with 7 years of backend work.", "stakeholder management",
                  label=False) == "Engineer with 7 years of backend work."


def test_confirm_yes_writes_the_term_into_the_quoted_line(store_path: Path) -> None:
    session = Session.start(CV_MD, JD_MD, store=SessionStore(store_path), interview=True)
    confirm = [q for q in session.pending["questions"] if q["kind"] == "confirm"
               and q["evidence"][0]["item_id"].startswith("experience")]
    assert confirm, "the example has requirements its CV bullets show in other words"
    q = confirm[0]
    session.answer({q["id"]: "yes"})
    session.accept_all()
    items = session.values["final_cv"].item_map()
    # one of the lines it quoted carries the term (the one that takes it best)
    written = [items[line["item_id"]] for line in q["evidence"]
               if q["term"].lower() in items[line["item_id"]].text.lower()]
    assert written, "the yes put the term into a line the question quoted"


def test_a_described_answer_is_labelled_only_with_a_term_it_supports() -> None:
    from cvtailor.research.interview import supported_term

    vocab = default_vocabulary()
    # A named skill must be said by the answer: a clause library is not "negotiation".
    assert supported_term(["negotiation"], "Maintained a clause library of 85 fallback "
                          "positions that associates use.", vocab) is None
    assert supported_term(["negotiation"], "Negotiated renewals with 12 suppliers.",
                          vocab) == "negotiation"
    # The requirement's own subject, in the person's words, stands.
    assert supported_term(["executive business reviews"], "Ran quarterly reviews with the "
                          "CFO of each account.", vocab) == "executive business reviews"
    # A sibling named in its place never does.
    assert supported_term(["Apache Kafka"], "Ran RabbitMQ queues for orders.", vocab) is None


def test_an_answer_about_a_second_term_is_labelled_with_that_term() -> None:
    """The second-term question asked "does it show caseload?" and the person described their
    caseload: their answer is about caseload, not about the requirement's first term ('disputed
    files', which the answer does not say and the CV shows elsewhere)."""
    cv, job = _cv(), JobPosting(title="Examiner", requirements=[Requirement(
        id="req-1", text="You will manage a caseload of high-severity and disputed files",
        keywords=["disputed files", "caseload"])])
    q = Question(id="q-req-1-also", requirement_id="req-1", text="?", term="caseload")
    answer = Answer(question_id="q-req-1-also",
                    text="At Cobalt Payments I carry a large caseload of open property files.")
    out = apply_answers(cv, job, [q], [answer])
    found = answer_evidence(out.cv, job, default_vocabulary())["req-1"]
    assert [e.term for e in found] == ["caseload"]
    # the same answer to the first question, or one replayed without its question, keeps
    # the requirement's own order
    out = apply_answers(cv, job, [], [answer.model_copy(update={"question_id": "q-req-1"})])
    found = answer_evidence(out.cv, job, default_vocabulary())["req-1"]
    assert [e.term for e in found] == ["disputed files"]


def test_an_answer_about_other_people_is_no_claim_of_the_people_the_ad_names() -> None:
    """Asked about "product managers", the person described presenting to 4 state underwriting
    managers: other people of that kind. The answer claims no product managers, gets no
    follow-up, and its line keeps its number phrase as written (a term never goes inside a
    counted noun: "4 state underwriting product managers" would change a fact)."""
    from cvtailor.engines.offline.writer import attest
    from cvtailor.research.evidence import analyze_gaps, find_evidence
    from cvtailor.research.interview import follow_up_questions, supported_term

    vocab = default_vocabulary()
    answer = "Presented the annual review to the VP and 4 state underwriting managers."
    assert supported_term(["product managers"], answer, vocab,
                          requirement="Work with product managers on rate changes") is None
    assert supported_term(["product managers"], "Met our product managers weekly.", vocab,
                          requirement="Work with product managers") == "product managers"
    cv, job = _cv(), JobPosting(title="Pricing Analyst", requirements=[Requirement(
        id="req-1", text="Work with product managers on rate changes",
        keywords=["product managers"])])
    q = Question(id="q-req-1", requirement_id="req-1", text="?", term="product managers")
    out = apply_answers(cv, job, [q], [Answer(question_id="q-req-1",
                                              text=f"At Cobalt Payments I {answer[0].lower()}"
                                                   f"{answer[1:]}")])
    assert "req-1" not in answer_evidence(out.cv, job, vocab)
    report = analyze_gaps(job, find_evidence(out.cv, job, vocab), vocab=vocab)
    assert follow_up_questions(out.cv, job, report, vocab) == []
    assert "4 state underwriting managers" in attest(answer, "product managers")
    # a word of the same stem that names no people ("watchmaking school") is no other people
    from cvtailor.research.interview import other_people
    assert not other_people("junior watchmakers", "At Montres Reymond I sit with the two "
                            "first-year learners from the Vallée de Joux watchmaking school.")
    assert other_people("junior watchmakers", "At Montres Reymond I sit with our senior "
                        "watchmakers on Fridays.")
