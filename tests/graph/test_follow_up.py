"""The interview's follow-up round (issue 9): a described answer that does not show its
requirement in so many words is quoted back ("You answered '...'. Does that show
negotiation?"); a "yes" is the person's explicit claim and the JD's term goes into their own
item, under its role; a "no" claims nothing and keeps the item in their words. Never about a
named thing the answer does not name, never a question twice, never more than max_questions."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from cvtailor.models import (
    Answer,
    JobPosting,
    Question,
    Requirement,
    RequirementMatch,
    StructuredCV,
)
from cvtailor.models.gaps import GapReport
from cvtailor.research.evidence import analyze_gaps, find_evidence, second_term_questions
from cvtailor.research.interview import (
    answer_evidence,
    apply_answers,
    follow_up_questions,
    merge_evidence,
)
from cvtailor.text.vocabulary import default_vocabulary
from tests.conftest import buyer_cv as _cv
from tests.conftest import kafka_and_negotiation_job as _job

# Re-quoting parts and moving them to new suppliers is negotiation to a buyer, but it says
# neither the word nor two of the requirement's own words: the engine cannot decide it.
REQUOTED = ("At Cobalt Payments I re-quoted our top 20 parts every quarter and moved two of "
            "them to new suppliers.")

CV_MD = """# Test Person

## Experience

### Buyer — Cobalt Payments
- Placed 1,900 purchase orders a year for 40 suppliers.

### Purchasing Coordinator — Lumen Health
- Kept the supplier master data current in the ERP.
"""

JD_MD = """# Senior Buyer — Acme Pumps

## Requirements
- Strong negotiation skills with suppliers
- Production experience with Apache Kafka
"""


# No CV line names suppliers' negotiation here, so it is a describe question ("Have you done
# this?"): an answer telling work is no account of where negotiation shows (as one given to
# a confirm question is) and gets the follow-up.
DESCRIBE_JD = JD_MD.replace(" with suppliers", "")


def _described(cv: StructuredCV, job: JobPosting, answers: dict[str, str]
               ) -> tuple[StructuredCV, list[Question]]:
    """The CV after described answers, and the follow-ups its next gap analysis asks."""
    questions = [Question(id=f"q-{rid}", requirement_id=rid, text="?") for rid in answers]
    out = apply_answers(cv, job, questions, [Answer(question_id=f"q-{rid}", text=text)
                                             for rid, text in answers.items()])
    vocab = default_vocabulary()
    evidence = merge_evidence(find_evidence(out.cv, job, vocab),
                              answer_evidence(out.cv, job, vocab))  # as research merges them
    report = analyze_gaps(job, evidence, vocab=vocab)
    return out.cv, follow_up_questions(out.cv, job, report, vocab)


def test_a_practice_described_in_other_words_gets_a_follow_up_quoting_the_answer() -> None:
    cv, [question] = _described(_cv(), _job(), {"req-2": REQUOTED})
    item = next(i for i in cv.items() if i.status == "user_provided")
    assert question.kind == "confirm" and question.term == "negotiation"
    assert question.id == "q-req-2-answer" and question.requirement_id == "req-2"
    # the person's own words are quoted back, not the CV line made of them
    assert [(e.item_id, e.text) for e in question.evidence] == [(item.id, REQUOTED)]
    assert f'You answered: "{REQUOTED}". Does that show negotiation?' in question.text
    assert item.text.startswith("Re-quoted our top 20 parts")


def test_no_follow_up_for_a_named_thing_or_an_answer_that_already_shows_the_term() -> None:
    _, asked = _described(_cv(), _job(), {
        "req-1": "At Cobalt Payments I ran the event pipelines for settlement.",  # no Kafka
        "req-2": "At Cobalt Payments I negotiated supplier contracts every quarter."})
    assert asked == []


def test_no_follow_up_for_a_name_the_vocabulary_does_not_know() -> None:
    job = _job()
    job.requirements.append(Requirement(id="req-3", text="Solid working knowledge of US GAAP",
                                        keywords=["US GAAP"]))
    _, asked = _described(_cv(), job, {
        "req-3": "At Cobalt Payments I led our lease accounting adoption and wrote the memo."})
    assert asked == []  # "US GAAP" is held when the answer names it, not on a yes


def test_a_kind_of_system_the_answer_does_not_name_is_followed_up() -> None:
    """"Keep batch records in the ERP for every lot", answered "I enter every lot's times ...
    into the factory computer system": ERP is a kind of system (SAP and NetSuite are ERPs), so
    only the person knows whether theirs is one. `may_follow_up` said so, but the answer not
    naming "ERP" stopped the question; a product (Kafka, US GAAP) still is held only when the
    answer names it."""
    job = _job()
    job.requirements.append(Requirement(id="req-3", text="Keep batch records in the ERP for "
                                        "every lot", keywords=["ERP", "batch records"]))
    _, asked = _described(_cv(), job, {
        "req-1": "At Cobalt Payments I ran the event pipelines for settlement.",
        "req-3": "At Cobalt Payments I enter every lot's times and temperatures into the "
                 "factory computer system."})
    assert [(q.requirement_id, q.term) for q in asked] == [("req-3", "ERP")]


def test_the_mes_is_a_kind_of_system_too() -> None:
    """"Record production data in the MES", answered "I enter tonnes rolled ... into the
    mill's production system": Siemens Opcenter and DELMIA Apriso are MESs, so the MES is a
    kind of system like the ERP, and only the person knows whether theirs is one."""
    job = _job()
    job.requirements.append(Requirement(id="req-3", text="Record production data in the MES",
                                        keywords=["MES", "production data"]))
    _, asked = _described(_cv(), job, {
        "req-1": "At Cobalt Payments I ran the event pipelines for settlement.",
        "req-3": "At Cobalt Payments I enter tonnes rolled and stops into the mill's "
                 "production system."})
    assert [(q.requirement_id, q.term) for q in asked] == [("req-3", "MES")]


def test_a_yes_confirms_the_persons_item_and_a_no_declines() -> None:
    job = _job()
    cv, [question] = _described(_cv(), job, {"req-2": REQUOTED})
    yes = apply_answers(cv, job, [question], [Answer(question_id=question.id, text="yes")])
    [row] = yes.confirmed["req-2"]
    assert (row.item_id, row.via, row.term) == (question.evidence[0].item_id, "user",
                                                 "negotiation")
    no = apply_answers(cv, job, [question], [Answer(question_id=question.id, text="no")])
    assert no.declined == ["req-2"] and not no.confirmed and no.cv == cv
    # the answer said again is not a yes, and adds no second copy of it
    again = apply_answers(cv, job, [question], [Answer(question_id=question.id, text=REQUOTED)])
    assert not again.confirmed and not again.declined and again.cv == cv


def _interview(tmp_path: Path, jd_md: str, answer_for: Any
               ) -> tuple[list[dict[str, str]], str]:
    """A real run of the buyer CV against `jd_md` with a 4-question budget, every round
    answered by `answer_for(question)`: the rounds (question id -> term) and the final CV."""
    from cvtailor import Session
    from cvtailor.storage.session_store import SessionStore

    (tmp_path / "cv.md").write_text(CV_MD, encoding="utf-8")
    (tmp_path / "jd.md").write_text(jd_md, encoding="utf-8")
    session = Session.start(tmp_path / "cv.md", tmp_path / "jd.md", interview=True,
                            store=SessionStore(tmp_path / "s.sqlite"), max_questions=4)
    rounds: list[dict[str, str]] = []
    while session.status == "awaiting_answers":
        questions = session.pending["questions"]
        rounds.append({q["id"]: q["term"] for q in questions})
        session.answer({q["id"]: answer_for(q) for q in questions})
    session.accept_all()
    assert session.status == "completed"
    return rounds, session.result().markdown


def _run(tmp_path: Path, follow_up_answer: str) -> tuple[list[dict[str, str]], str]:
    return _interview(tmp_path, DESCRIBE_JD, lambda q: (
        follow_up_answer if q["id"].endswith("-answer")
        else REQUOTED if "egotiat" in q["requirement"] else "no"))


def test_a_yes_in_the_second_round_puts_the_term_into_the_persons_own_line(
        tmp_path: Path) -> None:
    rounds, markdown = _run(tmp_path, "yes")
    assert len(rounds) == 2 and all(id_.endswith("-answer") for id_ in rounds[1])
    asked = [id_ for r in rounds for id_ in r]
    assert len(asked) == len(set(asked)) <= 4  # never twice, never over the budget
    cobalt = markdown.split("Cobalt Payments", 1)[1].split("Lumen Health", 1)[0]
    [line] = [ln for ln in cobalt.splitlines() if "re-quoted" in ln]
    assert "negotiat" in line.lower()  # the JD's term, in the person's line, under its role
    assert "Kafka" not in markdown
    # the profile keeps the described answer; the follow-up's yes is about this session's line
    from cvtailor.storage.profile import Profile
    from cvtailor.storage.session_store import SessionStore

    kinds = {e.term: e.kind for e in Profile(SessionStore(tmp_path / "s.sqlite").profile_store)
             .entries()}
    assert kinds == {"negotiation skills": "described", "Apache Kafka": "rejected"}


def test_a_no_in_the_second_round_claims_nothing_and_keeps_the_persons_words(
        tmp_path: Path) -> None:
    rounds, markdown = _run(tmp_path, "no")
    assert len(rounds) == 2
    assert "Re-quoted our top 20 parts" in markdown  # nothing the person said is lost
    assert "negotiat" not in markdown.lower() and "Kafka" not in markdown


# A requirement that asks for two things: once the first is settled, the second is asked.
TWO_THINGS_JD = """# Senior Buyer — Acme Pumps

## Requirements
- Experience with supplier negotiations and supplier audits
- Production experience with Apache Kafka
"""


def _two_things(tmp_path: Path, second: str) -> tuple[list[dict[str, str]], str]:
    return _interview(tmp_path, TWO_THINGS_JD, lambda q: (
        "At Cobalt Payments I led supplier negotiations for our top 20 parts."
        if q["term"] == "supplier negotiations" else second if q["id"].endswith("-also")
        else "no"))


def test_the_second_thing_a_requirement_asks_for_is_asked_once_the_first_is_settled(
        tmp_path: Path) -> None:
    rounds, markdown = _two_things(
        tmp_path, "At Cobalt Payments I ran supplier audits at 12 plants a year.")
    assert rounds[1] == {"q-req-1-also": "supplier audits"}
    assert "supplier negotiations" in markdown and "supplier audits" in markdown
    assert sum(len(r) for r in rounds) <= 4


def test_a_no_to_the_second_thing_keeps_the_first(tmp_path: Path) -> None:
    rounds, markdown = _two_things(tmp_path, "no")
    assert "q-req-1-also" in rounds[1]
    assert "supplier negotiations" in markdown and "supplier audits" not in markdown


def test_a_term_asked_once_is_not_asked_again_for_another_requirement(tmp_path: Path) -> None:
    """The person said no to supplier audits in the first round: the second round does not
    ask about them again as the second thing another requirement asks for (a question of
    the budget spent on an answer already given)."""
    jd = TWO_THINGS_JD.replace("- Production", "- Carry out supplier audits at our plants\n"
                                                "- Production")
    rounds, markdown = _interview(tmp_path, jd, lambda q: (
        "At Cobalt Payments I led supplier negotiations for our top 20 parts."
        if q["term"] == "supplier negotiations" else "no"))
    asked = [term.lower() for r in rounds for term in r.values()]
    assert asked.count("supplier audits") == 1 and "supplier negotiations" in asked
    assert "supplier negotiations" in markdown and "supplier audits" not in markdown


def test_no_second_question_for_alternatives_or_a_declined_requirement() -> None:
    job = JobPosting(requirements=[
        Requirement(id="a", text="Supplier negotiations and supplier audits",
                    keywords=["supplier negotiations", "supplier audits"]),
        Requirement(id="b", text="Jira or Asana", keywords=["Jira", "Asana"]),
        Requirement(id="c", text="Kafka and Flink", keywords=["Kafka", "Flink"])])
    report = GapReport(matches=[
        RequirementMatch(requirement_id=r, status="matched", covered_keywords=[k1],
                         missing_keywords=[k2])
        for r, k1, k2 in (("a", "supplier negotiations", "supplier audits"),
                          ("b", "Jira", "Asana"), ("c", "Kafka", "Flink"))])
    vocab = default_vocabulary()
    asked = ["q-a", "q-b", "q-c"]
    got = second_term_questions(job, report, {}, vocab, asked, declined=["c"])
    assert [(q.id, q.term) for q in got] == [("q-a-also", "supplier audits")]
    assert second_term_questions(job, report, {}, vocab, [], []) == []  # never asked first
    assert second_term_questions(job, report, {}, vocab, [*asked, "q-a-also"], ["c"]) == []


def test_a_yes_that_describes_is_the_claim_and_needs_no_follow_up() -> None:
    job = _job()
    cv, asked = _described(_cv(), job, {"req-2": "Yes — " + REQUOTED})
    assert asked == []  # the person said yes in so many words: nothing to follow up
    [item] = [i for i in cv.items() if i.status == "user_provided"]
    assert item.text.startswith("Re-quoted our top 20 parts")  # no "Yes" in the CV line
    [row] = answer_evidence(cv, job, default_vocabulary())["req-2"]
    assert (row.item_id, row.term) == (item.id, "negotiation")
    # a hedged yes, a named thing not named, and a bare yes claim nothing
    for rid, text in (("req-2", "Yes, but only when my manager was away; I re-quoted parts."),
                      ("req-1", "Yes, at Cobalt Payments I ran the event pipelines."),
                      ("req-2", "yes")):
        cv, _ = _described(_cv(), job, {rid: text})
        assert rid not in answer_evidence(cv, job, default_vocabulary()), text
    cv, _ = _described(_cv(), job, {"req-2": "yes"})
    assert not any(i.status == "user_provided" for i in cv.items())


def test_a_yes_that_describes_a_kind_of_system_claims_it_as_its_follow_up_would() -> None:
    """"Have you kept batch records in the ERP?" answered "Yes — ... into the factory computer
    system": the yes is the person's claim that their system is one, as a yes to the
    follow-up a described answer gets would be (`_a_kind`); a product the answer does not name
    still is not claimed on a yes ("Yes, at Cobalt Payments I ran the event pipelines" for
    Kafka, above)."""
    job = _job()
    job.requirements.append(Requirement(id="req-3", text="Keep batch records in the ERP for "
                                        "every lot", keywords=["ERP", "batch records"]))
    said = ("Yes — at Cobalt Payments I enter every lot's times and temperatures into the "
            "factory computer system.")
    cv, asked = _described(_cv(), job, {"req-3": said})
    assert asked == []  # claimed in so many words: nothing to follow up
    [row] = answer_evidence(cv, job, default_vocabulary())["req-3"]
    assert row.term == "ERP"
    cv, asked = _described(_cv(), job, {"req-3": "A" + said.removeprefix("Yes — a")})
    assert "req-3" not in answer_evidence(cv, job, default_vocabulary())
    assert [q.term for q in asked] == ["ERP"]  # without the yes, it is asked


def _confirm(rid: str, term: str, suffix: str = "") -> Question:
    """A confirm question quoting a CV line, as `interview_questions` words it (a follow-up
    on the person's own answer asks only yes or no)."""
    ask = ("Answer yes or no." if suffix else "Answer yes or no; if another role shows it, "
           "say where and how in a sentence.")
    return Question(id=f"q-{rid}{suffix}", requirement_id=rid, term=term, kind="confirm",
                    text=f"Does \"Placed 1,900 purchase orders a year\" show {term}? {ask}")


def test_where_another_role_shows_a_confirmed_practice_is_the_claim_of_it() -> None:
    """"Does '...' show negotiation? ... if another role shows it, say where and how" answered
    with where and how is the person's account of where negotiation shows: the term goes into
    their line at once, and no follow-up spends a second question on it. A named thing the
    answer does not name (Kafka) is still not claimed, nor is anything on a follow-up's own
    answer, which asked only yes or no."""
    job, vocab = _job(), default_vocabulary()
    # a thing held is held or not: no account of work is one (two held-out claims, fiftieth
    # pass, "vocational qualification" written on a line telling work)
    job.requirements.append(Requirement(
        id="req-3", text="A completed vocational qualification in purchasing",
        keywords=["vocational qualification", "purchasing"]))
    out = apply_answers(_cv(), job, [_confirm("req-2", "negotiation")],
                        [Answer(question_id="q-req-2", text=REQUOTED)])
    [item] = [i for i in out.cv.items() if i.status == "user_provided"]
    [row] = answer_evidence(out.cv, job, vocab)["req-2"]
    assert (row.item_id, row.term) == (item.id, "negotiation")
    report = analyze_gaps(job, merge_evidence(find_evidence(out.cv, job, vocab),
                                              answer_evidence(out.cv, job, vocab)),
                          vocab=vocab)
    assert follow_up_questions(out.cv, job, report, vocab) == []
    for question, text in (
            (_confirm("req-1", "Apache Kafka"), "At Cobalt Payments I ran the event pipelines."),
            (_confirm("req-2", "negotiation", "-answer"), REQUOTED),
            (_confirm("req-2", "negotiation"), "Not really; " + REQUOTED),
            (_confirm("req-2", "negotiation"), "Partly: " + REQUOTED),
            (_confirm("req-2", "negotiation"), "Maybe - " + REQUOTED),
            (_confirm("req-2", "negotiation"), "Only a little; " + REQUOTED),
            (_confirm("req-3", "vocational qualification"), REQUOTED)):
        out = apply_answers(_cv(), job, [question],
                            [Answer(question_id=question.id, text=text)])
        assert question.requirement_id not in answer_evidence(out.cv, job, vocab), text


def test_the_first_round_keeps_two_questions_for_follow_ups(tmp_path: Path) -> None:
    """With the default budget (10), the first round asks 8 of the questions it has, keeping
    two for a later round: two described answers that need a yes/no follow-up each get one."""
    from cvtailor import Session
    from cvtailor.storage.session_store import SessionStore

    tools = ["Apache Kafka", "Terraform", "Snowflake", "Tableau", "Salesforce", "SAP Ariba",
             "Coupa", "Jira", "Workday", "NetSuite", "Power BI", "Looker"]
    (tmp_path / "cv.md").write_text(CV_MD, encoding="utf-8")
    (tmp_path / "jd.md").write_text("# Senior Buyer — Acme Pumps\n\n## Requirements\n"
                                    + "".join(f"- Experience with {t}\n" for t in tools),
                                    encoding="utf-8")
    session = Session.start(tmp_path / "cv.md", tmp_path / "jd.md", interview=True,
                            store=SessionStore(tmp_path / "s.sqlite"))
    assert session.status == "awaiting_answers"
    assert len(session.pending["questions"]) == 8
