"""What a described answer means (issue 9): a hedged "no" is declined; a described practice is
the person's claim of it when it is about the requirement (in its own words, or by MiniLM
cosine, `research.answers.ABOUT_MIN`); an off-topic answer is not; a named thing (a tool, a
standard) must still be named."""

from __future__ import annotations

from pathlib import Path

import pytest

from cvtailor.models import (
    Answer,
    CVItem,
    JobPosting,
    Question,
    QuestionEvidence,
    Requirement,
    SectionKind,
    StructuredCV,
)
from cvtailor.research.answers import ABOUT_MIN, OFF_TOPIC_BELOW, hedged_no, unnamed
from cvtailor.research.interview import answer_evidence, apply_answers, is_no, supported_term
from cvtailor.text.vocabulary import default_vocabulary
from tests.conftest import buyer_cv as _cv
from tests.conftest import kafka_and_negotiation_job as _job


def _describe(req_id: str, text: str) -> tuple[list[Question], list[Answer]]:
    return ([Question(id=f"q-{req_id}", requirement_id=req_id, text="?")],
            [Answer(question_id=f"q-{req_id}", text=text)])


@pytest.mark.semantic
def test_a_described_practice_is_the_persons_claim_and_lands_under_its_role() -> None:
    cv, job = _cv(), _job()
    # not two of the requirement's own words, but about it: accepted by its cosine
    answer = "At Cobalt Payments I bargained prices and terms with our vendors."
    out = apply_answers(cv, job, *_describe("req-2", answer))
    [item_id] = out.described
    assert out.cv.locate(item_id)[1].organization == "Cobalt Payments"
    assert "req-2" not in answer_evidence(out.cv, job, default_vocabulary())  # words alone
    found = answer_evidence(out.cv, job, default_vocabulary(), semantic=True)["req-2"]
    assert [(e.item_id, e.via, e.term) for e in found] == [(item_id, "user", "negotiation")]


@pytest.mark.semantic
def test_an_answer_about_something_else_stands_for_no_unknown_subject() -> None:
    """Asked about "indexing strategies" (a subject the vocabulary does not know), an answer is
    the person's claim of it; one about asyncio workers is about something else, so it is
    kept in their words and labelled with nothing (a follow-up may ask)."""
    cv = _cv()
    job = JobPosting(title="Backend Engineer", requirements=[Requirement(
        id="req-1", text="Strong grasp of indexing strategies",
        keywords=["indexing strategies"])])
    vocab = default_vocabulary()
    assert vocab.canonical("indexing strategies") is None
    out = apply_answers(cv, job, *_describe(
        "req-1", "At Cobalt Payments I used asyncio for our webhook workers"))
    assert len(out.described) == 1
    assert "req-1" not in answer_evidence(out.cv, job, vocab, semantic=True)
    out = apply_answers(cv, job, *_describe(
        "req-1", "At Cobalt Payments I added composite indexes to our busiest Postgres tables"))
    found = answer_evidence(out.cv, job, vocab, semantic=True)["req-1"]
    assert [e.term for e in found] == ["indexing strategies"]


@pytest.mark.semantic
def test_an_off_topic_answer_is_kept_in_the_persons_words_and_claims_nothing() -> None:
    cv, job = _cv(), _job()
    out = apply_answers(cv, job, *_describe(
        "req-2", "At Cobalt Payments I migrated the ledger database to a new cluster."))
    assert len(out.described) == 1  # nothing the person said is lost...
    assert "req-2" not in answer_evidence(out.cv, job, default_vocabulary(), semantic=True)


def test_an_unclear_answer_given_with_the_input_places_and_claims_nothing() -> None:
    """The interrupt asks "maybe" again; an answers file given at the start or a profile's old
    answer is applied without asking, and there "maybe" must not become "Kafka: maybe"."""
    cv, job = _cv(), _job()
    for text in ("maybe", "kind of", "I'm not sure", "yes", "Yes, I have"):
        out = apply_answers(cv, job, *_describe("req-1", text))
        assert not out.described and not out.declined and out.cv == cv, text


def test_an_answer_about_a_place_the_cv_does_not_have_keeps_the_place() -> None:
    """"At Globex I ..." (no such role in the CV) lands under Additional Experience and says
    Globex; "At Cobalt Payments I ..." lands under that role without it."""
    cv, job = _cv(), _job()
    out = apply_answers(cv, job, *_describe(
        "req-2", "At Globex I negotiated three-year freight contracts with 4 carriers"))
    [item_id] = out.described
    assert out.cv.locate(item_id)[2].text == \
        "At Globex, negotiated three-year freight contracts with 4 carriers"
    out = apply_answers(cv, job, *_describe(
        "req-2", "At Cobalt Payments I negotiated three-year contracts with 4 vendors"))
    [item_id] = out.described
    _, entry, item = out.cv.locate(item_id)
    assert entry.organization == "Cobalt Payments"
    assert item.text == "Negotiated three-year contracts with 4 vendors"


def test_an_answer_that_describes_a_project_lands_under_it() -> None:
    """"My personal stock trading project uses MLflow" names no heading, but says "project" and
    two words of exactly one project's: it goes there, as that project's line."""
    from cvtailor.models import CVEntry, CVSection, SectionKind

    cv = _cv()
    projects = CVSection(id="projects", kind=SectionKind.PROJECTS, heading="Projects", entries=[
        CVEntry(id="projects-1", heading="Personal Project: Predictive Stock Trading Model"),
        CVEntry(id="projects-2", heading="Open-source Invoice Parser")])
    cv.sections.append(projects)
    out = apply_answers(cv, _job(), *_describe(
        "req-2", "My personal stock trading project negotiates API rates with 2 data vendors"))
    [item_id] = out.described
    _, entry, item = out.cv.locate(item_id)
    assert entry.id == "projects-1"
    assert item.text == "Negotiates API rates with 2 data vendors"
    # a project named by no two of its words stays where answers of no place go
    out = apply_answers(cv, _job(), *_describe(
        "req-2", "My weekend project negotiates API rates with 2 data vendors"))
    [item_id] = out.described
    assert out.cv.locate(item_id)[1].id not in ("projects-1", "projects-2")


@pytest.mark.parametrize(("answer", "organization", "line"), [
    # the role named by its title: placed there, in the voice of its other lines
    ("As Purchasing Coordinator I negotiated freight rates with 4 carriers", "Lumen Health",
     "Negotiated freight rates with 4 carriers"),
    # no such role: what the person said they were is kept
    ("As a contractor I negotiated freight rates with 4 carriers", "",
     "As a contractor, negotiated freight rates with 4 carriers"),
    # when first: the dates go after the work, where a CV line has them
    ("From 2019 to 2020 at Lumen Health I negotiated freight rates with 4 carriers",
     "Lumen Health", "Negotiated freight rates with 4 carriers from 2019 to 2020"),
    # ... and an unknown place after them is kept like any other
    ("In 2018 at Globex I negotiated freight rates with 4 carriers.", "",
     "At Globex, negotiated freight rates with 4 carriers in 2018."),
    # the place said later is where the line sits; a second sentence loses its "I" too
    ("I negotiated freight rates with 4 carriers at Lumen Health. I also renegotiated 2 "
     "of them in 2021.", "Lumen Health",
     "Negotiated freight rates with 4 carriers. Also renegotiated 2 of them in 2021."),
    ("At Cobalt Payments I've been negotiating freight rates with 4 carriers since 2021",
     "Cobalt Payments", "Negotiating freight rates with 4 carriers since 2021"),
    # ... but a place that is more than the employer keeps its words
    ("I negotiated freight rates at Lumen Health's Denver depot", "Lumen Health",
     "Negotiated freight rates at Lumen Health's Denver depot"),
    ("I negotiated freight rates at Lumen Health Labs in 2021", "Lumen Health",
     "Negotiated freight rates at Lumen Health Labs in 2021"),
    # a yes said in passing is no part of the line
    ("Freight rates, yes, at Lumen Health with 4 carriers", "Lumen Health",
     "Freight rates with 4 carriers"),
    # two employers: under one of them (the longer name), and the other is not lost
    ("At Lumen Health and Cobalt Payments I negotiated freight rates with 4 carriers.",
     "Cobalt Payments", "Negotiated freight rates with 4 carriers at Lumen Health and Cobalt "
     "Payments."),
])
def test_an_answer_lands_under_the_role_it_names_in_the_cvs_voice(
    answer: str, organization: str, line: str,
) -> None:
    out = apply_answers(_cv(), _job(), *_describe("req-2", answer))
    [item_id] = out.described
    _, entry, item = out.cv.locate(item_id)
    assert (entry.organization, item.text) == (organization, line)


def test_a_yes_that_tells_the_persons_own_work_is_their_line_not_the_quoted_one() -> None:
    """"Does 'Placed 1,900 purchase orders a year.' show negotiation?" answered "Yes, I
    negotiated freight rates with 4 carriers at Lumen Health": the person points at other
    work, so that work is their line under Lumen Health, labelled with the term they said yes
    to, and the quoted line is not vouched for. A bare yes, or "Yes, that line shows it",
    vouches for the quoted line."""
    cv, job = _cv(), _job()
    [quoted] = cv.sections[0].entries[0].items
    question = Question(id="q-req-2", requirement_id="req-2", kind="confirm", term="negotiation",
                        text="?", evidence=[QuestionEvidence(item_id=quoted.id,
                                                             text=quoted.text)])
    out = apply_answers(cv, job, [question], [Answer(
        question_id="q-req-2",
        text="Yes, I negotiated freight rates with 4 carriers at Lumen Health")])
    assert not out.confirmed
    [item_id] = out.described
    _, entry, item = out.cv.locate(item_id)
    assert (entry.organization, item.text) == ("Lumen Health",
                                               "Negotiated freight rates with 4 carriers")
    found = answer_evidence(out.cv, job, default_vocabulary())["req-2"]
    assert [(e.item_id, e.term) for e in found] == [(item_id, "negotiation")]
    for text in ("yes", "Yes, that line shows it"):
        out = apply_answers(cv, job, [question], [Answer(question_id="q-req-2", text=text)])
        assert [e.item_id for e in out.confirmed["req-2"]] == [quoted.id] and not out.described


def test_no_but_is_declined_never_claimed() -> None:
    cv, job = _cv(), _job()
    for text in ("No, but I used RabbitMQ at Lumen Health.",
                 "Not directly; I ran RabbitMQ queues at Lumen Health.",
                 "I haven't used Kafka, but I ran RabbitMQ at Lumen Health.",
                 # taken back, or not quite what was asked
                 "We had Kafka in the codebase at Lumen Health but I never touched it",
                 "At Lumen Health the platform team ran Kafka, though not me personally",
                 "Only RabbitMQ at Lumen Health, never Kafka",
                 "Sort of - we ran RabbitMQ at Lumen Health"):
        assert hedged_no(text) and is_no(text), text
        out = apply_answers(cv, job, *_describe("req-1", text))
        assert out.declined == ["req-1"] and not out.described and out.cv == cv, text
    # a described answer is not a hedge, even when it says "not" or "but"
    for text in ("At Lumen Health I ran Kafka, but only for the lab feed.",
                 "I cut vendor costs by 20%, but not at the expense of quality",
                 "Only at Lumen Health: I ran Kafka for the lab feed",
                 "Nope"):
        assert not hedged_no(text), text


def test_a_named_thing_must_be_named_whatever_the_cosine() -> None:
    vocab = default_vocabulary()
    assert supported_term(["Apache Kafka"], "At Lumen Health I ran an event streaming "
                          "platform for lab results.", vocab,
                          requirement="Experience with Apache Kafka", similarity=0.99) is None
    # a practice whose requirement names a tool: the description must name the tool too
    requirement = "Keep every account and call note current in Salesforce"
    answer = "At Acme I logged each client conversation in our CRM the same day."
    assert unnamed(requirement, answer) == ["Salesforce"]
    assert supported_term(["account management"], answer, vocab, requirement=requirement,
                          similarity=0.99) is None
    # the same practice, nothing named: its cosine decides
    practice = "Negotiate supplier contracts"
    said = "At Acme I bargained prices and terms with our vendors."
    assert supported_term(["negotiation"], said, vocab, requirement=practice,
                          similarity=ABOUT_MIN) == "negotiation"
    assert supported_term(["negotiation"], said, vocab, requirement=practice,
                          similarity=ABOUT_MIN - 0.01) is None
    # asked about itself ("that is your claim of it"), an answer in one of the requirement's
    # own words stands for it unless its cosine says it is about something else; with no
    # cosine, only two of its words do
    said = "At Acme I bargained prices and terms with each supplier."
    assert supported_term(["negotiation"], said, vocab, requirement=practice,
                          similarity=OFF_TOPIC_BELOW) == "negotiation"
    assert supported_term(["negotiation"], said, vocab, requirement=practice,
                          similarity=OFF_TOPIC_BELOW - 0.01) is None
    assert supported_term(["negotiation"], said, vocab, requirement=practice) is None
    stock = ("At Montres Reymond I keep the bench stocks of mainsprings, gaskets and crowns "
             "topped up and order from the parts store each Monday.")
    assert supported_term(["stock management"], stock, vocab, similarity=0.37,
                          requirement="Take charge of stock management for the team's "
                                      "parts") == "stock management"
    # a sibling in the practice's place, in none of the requirement's words, is still refused
    assert supported_term(["mechanical ventilation"], "At Riverbend Medical Center I used "
                          "high-flow nasal cannula and BiPAP every week.", vocab,
                          requirement="Experience with mechanical ventilation and ventilator "
                                      "management", similarity=0.34) is None
    # asked about another of its terms, the practice still needs an answer about it
    assert supported_term(["supplier contracts", "negotiation"], "At Acme I filed the signed "
                          "contracts.", vocab, requirement=practice,
                          similarity=ABOUT_MIN - 0.01) != "negotiation"
    # an abbreviation of the requirement's own words is not a name; "A/B" is not either
    assert unnamed("Build home exercise programs (HEP) that patients follow", "") == []
    assert unnamed("Help data scientists design A/B tests", "") == []


def test_a_question_says_what_an_answer_means() -> None:
    from cvtailor.research.evidence import analyze_gaps, find_evidence

    cv, job = _cv(), _job()
    vocab = default_vocabulary()
    report = analyze_gaps(job, find_evidence(cv, job, vocab), vocab=vocab)
    describe = [q for q in report.questions if q.kind == "describe"]
    assert describe and all("say where" in q.text and "answer no" in q.text
                            for q in describe)


def test_a_hedged_no_in_a_real_run_is_declined_and_adds_nothing(tmp_path: Path) -> None:
    from cvtailor import Session
    from cvtailor.storage.session_store import SessionStore
    from tests.conftest import CV_MD, JD_MD

    session = Session.start(CV_MD, JD_MD, store=SessionStore(tmp_path / "s.sqlite"),
                            interview=True)
    questions = session.pending["questions"]
    # the payload keeps its keys; its text says what an answer means
    assert all({"id", "kind", "term", "text", "requirement_id"} <= set(q) for q in questions)
    kafka = next(q for q in questions if "Kafka" in q["requirement"])
    assert "answer no" in kafka["text"] or "yes or no" in kafka["text"]
    session.answer({kafka["id"]: "Not directly; I ran RabbitMQ for settlement events at Cobalt."})
    assert kafka["requirement_id"] in session.values["declined"]
    session.accept_all()
    markdown = session.result().markdown
    assert "Kafka" not in markdown and "settlement events at Cobalt" not in markdown


KITCHEN_CV = """# Sam Ortega

## Experience

### Kitchen Manager — Oak & Ember Kitchen
*2019 – Present*

- Build weekly labor schedules in 7shifts against sales forecasts, keeping labor at 28% of sales.
- Ran inventory counts every Sunday and cut food waste by 12%.
"""
KITCHEN_JD = """# Operations Manager — Harvest Foods

## Requirements
- Build labor plans from daily order forecasts and adjust staffing hour by hour
- Inventory management and shrink reduction
"""


@pytest.mark.semantic
def test_a_no_takes_back_what_similarity_decided(tmp_path: Path) -> None:
    """Unattended, a strong similarity match writes "labor plans" into the scheduling line; a
    person who answers no to that question never sees it written, even when no answer of that
    round confirmed or described anything (the run went straight to planning)."""
    from cvtailor import Session, tailor
    from cvtailor.storage.session_store import SessionStore

    cv, jd = tmp_path / "cv.md", tmp_path / "jd.md"
    cv.write_text(KITCHEN_CV, encoding="utf-8")
    jd.write_text(KITCHEN_JD, encoding="utf-8")
    assert "labor plans" in tailor(cv, jd).markdown.lower()  # decided without the person
    session = Session.start(cv, jd, store=SessionStore(tmp_path / "s.sqlite"), interview=True)
    asked: list[str] = []
    while session.status == "awaiting_answers" and session.pending \
            and session.pending.get("type") == "gap_questions":
        questions = session.pending["questions"]
        asked += [q["term"] for q in questions]
        session.answer({q["id"]: "no" for q in questions})
    assert any("labor plans" in term.lower() for term in asked)
    session.accept_all()
    assert "labor plans" not in session.result().markdown.lower()


def test_an_answer_that_says_the_person_watched_claims_nothing() -> None:
    """"At Cobalt Payments I shadowed the team that runs our Kafka cluster" is kept in the
    person's words (nothing they said is lost) and labels nothing: watching is not doing.
    The same answer saying they ran it is their claim."""
    cv, job = _cv(), _job()
    vocab = default_vocabulary()
    out = apply_answers(cv, job, *_describe(
        "req-1", "At Cobalt Payments I shadowed the team that runs our Kafka cluster."))
    assert len(out.described) == 1
    assert "req-1" not in answer_evidence(out.cv, job, vocab)
    out = apply_answers(cv, job, *_describe(
        "req-1", "At Cobalt Payments I ran our Kafka cluster for two years."))
    assert [e.term for e in answer_evidence(out.cv, job, vocab)["req-1"]] == ["Apache Kafka"]


def test_an_answer_that_shortens_the_employers_name_lands_under_it() -> None:
    """"At MetroHealth I review the Pyxis override reports ..." for a CV whose employer is
    "MetroHealth Medical Center" went to "Additional Experience" as "at MetroHealth, review
    ...": people shorten their employer's name. The first words of one employer's name place
    the answer under that role; words two employers share place it nowhere."""
    cv, job = _cv(), _job()
    out = apply_answers(cv, job, *_describe(
        "req-2", "At Lumen I negotiated freight rates with 4 carriers."))
    [item_id] = out.described
    _, entry, item = out.cv.locate(item_id)
    assert (entry.organization, item.text) == ("Lumen Health",
                                               "Negotiated freight rates with 4 carriers.")
    two = cv.model_copy(deep=True)
    two.sections[0].entries[0].organization = "Lumen Payments"
    out = apply_answers(two, job, *_describe(
        "req-2", "At Lumen I negotiated freight rates with 4 carriers."))
    _, entry, _ = out.cv.locate(out.described[0])
    assert entry.organization not in ("Lumen Health", "Lumen Payments")


def test_a_short_answer_or_one_about_an_earlier_role_at_the_same_firm_lands_where_it_says(
        ) -> None:
    """A transport planner's answers: "yes, Paragon at Harvest Foods" to "Have you used
    routing and scheduling software?" was a bullet "paragon at Harvest Foods" under Additional
    Experience; it points at the line that names Paragon, which carries the term. "At Harvest
    Foods I picked and loaded chilled orders ..." went under the later of two roles at that
    firm; it goes under the one whose lines it shares. "I hold a full UK driving licence"
    was the line "Hold a full UK driving licence"."""
    from cvtailor.models import CVEntry, CVSection, ItemType, SectionKind, StructuredCV

    experience = CVSection(id="experience", kind=SectionKind.EXPERIENCE, heading="Experience")
    for n, title in enumerate(["Logistics Coordinator", "Warehouse Operative"], 1):
        experience.entries.append(CVEntry(
            id=f"experience-{n}", heading=f"{title} — Harvest Foods Distribution Ltd",
            title=title, organization="Harvest Foods Distribution Ltd"))
    planning = experience.entries[0].add_item(
        "Plan daily trunking runs between our two sites using Paragon", ItemType.BULLET)
    experience.entries[1].add_item("Picked and loaded chilled orders to tight departure times",
                                   ItemType.BULLET)
    cv = StructuredCV(name="Tomasz Nowak", sections=[experience])
    job = JobPosting(title="Transport Planner", requirements=[
        Requirement(id="req-1", text="Confident using routing and scheduling software",
                    keywords=["routing and scheduling"]),
        Requirement(id="req-2", text="Experience of chilled distribution",
                    keywords=["chilled distribution"]),
        Requirement(id="req-3", text="A full UK driving licence",
                    keywords=["UK driving licence"])])
    out = apply_answers(cv, job, [Question(id=f"q-{r.id}", requirement_id=r.id, text="?",
                                           term=r.keywords[0]) for r in job.requirements], [
        Answer(question_id="q-req-1", text="yes, Paragon at Harvest Foods"),
        Answer(question_id="q-req-2", text="At Harvest Foods I picked and loaded chilled "
                                           "orders for 3 years before moving into planning."),
        Answer(question_id="q-req-3", text="I hold a full UK driving licence since 2016.")])
    pointed, chilled, licence = out.described
    assert pointed == planning.id
    _, entry, _ = out.cv.locate(chilled)
    assert entry.title == "Warehouse Operative"
    _, _, item = out.cv.locate(licence)
    assert item.text == "Full UK driving licence since 2016."
    found = answer_evidence(out.cv, job, default_vocabulary())
    assert [(e.item_id, e.term) for e in found["req-1"]] == [(planning.id,
                                                              "routing and scheduling")]


def test_an_answer_that_tells_two_lines_again_adds_no_bullet() -> None:
    """"At Harvest Foods I plan the daily trunking runs between our two sites in Paragon and
    book 60+ supplier deliveries a week" tells two lines of that role again, one duty each: it
    was a third bullet saying both. The first of them carries the answer; an answer with a
    duty no line says is its own bullet."""
    from cvtailor.models import ItemType
    from cvtailor.research.interview import restated_lines

    cv = _cv()
    entry = cv.sections[0].entries[0]
    book = entry.add_item("Book inbound deliveries for 60+ suppliers a week in our dock "
                          "scheduling system", ItemType.BULLET)
    plan = entry.add_item("Plan daily trunking runs between our two sites using Paragon, "
                          "cutting empty miles by 12%", ItemType.BULLET)
    line = restated_lines(entry, "Plan the daily trunking runs between our two sites in "
                                 "Paragon and book 60+ supplier deliveries a week.")
    assert line is not None and line.id == plan.id and book.id != plan.id
    assert restated_lines(entry, "Plan the daily trunking runs between our two sites in "
                                 "Paragon and negotiate rates with 3 hauliers.") is None
    assert restated_lines(entry, "Plan the daily trunking runs between our two sites in "
                                 "Paragon and book 80 supplier deliveries a week.") is None


def _role_and_lapsed_line(title: str, employer: str, held: SectionKind, lapsed: str
                          ) -> tuple[StructuredCV, CVItem]:
    """A CV of one role with one line, and a list of what is held (entry "held-1") whose one
    line says it has lapsed."""
    from cvtailor.models import CVEntry, CVSection, ItemType

    experience = CVSection(id="experience", kind=SectionKind.EXPERIENCE, heading="Experience",
                           entries=[CVEntry(id="experience-1", title=title,
                                            organization=employer)])
    experience.entries[0].add_item("Led the team each shift", ItemType.BULLET)
    listed = CVSection(id="held", kind=held, heading="Qualifications",
                       entries=[CVEntry(id="held-1")])
    line = listed.entries[0].add_item(lapsed, ItemType.BULLET)
    return StructuredCV(name="A", sections=[experience, listed]), line


def test_a_renewed_credential_goes_with_the_certifications_in_the_cvs_words() -> None:
    """Asked whether she holds the BLS her CV says expired in 2022, a medical assistant
    answered "Yes, I renewed my BLS with the American Heart Association in September 2026."
    It went under Additional Experience as "Renewed my BLS ...": a credential the vocabulary
    knows is something held, so it goes with the CV's certifications, without the "my"."""
    cv, _ = _role_and_lapsed_line("Medical Assistant", "Desert Sky Family Clinic",
                                  SectionKind.CERTIFICATIONS,
                                  "BLS, American Heart Association (expired 2022)")
    job = JobPosting(title="Lead Medical Assistant", requirements=[Requirement(
        id="req-1", text="Current BLS certification from the American Heart Association",
        keywords=["BLS", "American Heart Association"])])
    out = apply_answers(cv, job, [Question(id="q-req-1", requirement_id="req-1", text="?",
                                           term="BLS", kind="describe")],
                        [Answer(question_id="q-req-1", text="Yes, I renewed my BLS with the "
                                "American Heart Association in September 2026.")])
    [renewed] = out.described
    section, _, item = out.cv.locate(renewed)
    assert section.kind == SectionKind.CERTIFICATIONS
    assert item.text == "Renewed BLS with the American Heart Association in September 2026."


def test_an_answer_of_one_duty_a_longer_line_says_goes_with_that_line() -> None:
    """"yes, I explain price and usage variances to the operations director every month",
    to "You'll be confident presenting numbers to non-finance people", became a bullet under
    Additional Experience, though the line "Build the standard costing model ... and explain
    price and usage variances to the operations director" says all of it. The line carries
    the answer; an answer with a number the line lacks is its own bullet."""
    from cvtailor.models import CVEntry, CVSection, ItemType, SectionKind, StructuredCV
    from cvtailor.research.interview import RESTATED

    entry = CVEntry(id="experience-1", title="Assistant Accountant", organization="Calder")
    costing = entry.add_item("Build the standard costing model in Excel for 220 product lines "
                             "and explain price and usage variances to the operations "
                             "director", ItemType.BULLET)
    cv = StructuredCV(name="P", sections=[CVSection(
        id="experience", kind=SectionKind.EXPERIENCE, heading="Experience", entries=[entry])])
    job = JobPosting(title="Management Accountant", requirements=[Requirement(
        id="req-1", text="You'll be confident presenting numbers to non-finance people",
        keywords=["presenting numbers"])])
    question = [Question(id="q-req-1", requirement_id="req-1", text="?",
                         term="presenting numbers")]
    out = apply_answers(cv, job, question, [Answer(
        question_id="q-req-1", text="yes, I explain price and usage variances to the "
                                    "operations director every month")])
    assert out.described == [costing.id]
    assert out.cv.item_map()[costing.id].metadata[RESTATED][0]["term"] == "presenting numbers"
    out = apply_answers(cv, job, question, [Answer(
        question_id="q-req-1", text="yes, I explain price and usage variances to the "
                                    "3 operations directors every month")])
    assert out.described != [costing.id]


def test_a_renewal_goes_beside_the_lapsed_line_it_answers() -> None:
    """Asked about "Designated Safeguarding Lead training (expired 2024)" under a CV's
    Qualifications, "Yes, I renewed my DSL training with Bristol City Council in October
    2026." goes in that list, beside the lapsed line, not in a new section or Additional
    Experience ("Safeguarding" is no credential the vocabulary knows), nor under the role in
    Bristol that "Bristol City Council" seemed to name."""
    cv, lapsed_line = _role_and_lapsed_line(
        "Class Teacher", "Hillfields Primary, Bristol", SectionKind.EDUCATION,
        "Designated Safeguarding Lead training (expired 2024)")
    job = JobPosting(title="Assistant Headteacher", requirements=[Requirement(
        id="req-1", text="Designated Safeguarding Lead (DSL) training, or willingness to "
                         "complete it", keywords=["Safeguarding", "DSL"])])
    out = apply_answers(cv, job, [Question(
        id="q-req-1", requirement_id="req-1", text="?", term="Safeguarding", kind="describe",
        evidence=[QuestionEvidence(item_id=lapsed_line.id, text=lapsed_line.text)])],
        [Answer(question_id="q-req-1", text="Yes, I renewed my DSL training with Bristol City "
                                            "Council in October 2026.")])
    [renewed] = out.described
    _, entry, item = out.cv.locate(renewed)
    assert entry.id == "held-1"
    assert item.text == "Renewed DSL training with Bristol City Council in October 2026."
