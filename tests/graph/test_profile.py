"""The profile: a person's gap answers remembered across applications (LangGraph's store).

Application 1 answers the interview (a yes, a described answer, a no); application 2, to a
related job, asks none of them again, puts the confirmed term into the same CV line, reuses the
described answer and never claims the no. Only the person's own answers are remembered.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cvtailor import Session, tailor
from cvtailor.models import (
    Answer,
    CVEntry,
    CVSection,
    GapReport,
    ItemType,
    JobPosting,
    ProfileEntry,
    Question,
    QuestionEvidence,
    Requirement,
    SectionKind,
    StructuredCV,
)
from cvtailor.research.memory import entries_from_answers, recall
from cvtailor.storage.profile import Profile, ProfileError, read_export
from cvtailor.storage.session_store import SessionStore
from cvtailor.text.vocabulary import default_vocabulary
from tests.conftest import CV_MD, JD_MD, answer_rounds

# A related job: three requirements asked in application 1, and one (Spark) that was not answered.
JD2 = """# Senior Data Engineer

**Northwind Grid** · Porto, Portugal · Full-time

Northwind Grid builds software for electricity retailers.

## Requirements

- 6+ years of experience in data engineering.
- Strong Python and SQL.
- Production experience running services on Kubernetes.
- Infrastructure as code with Terraform.
- Hands-on experience with Apache Kafka for event streaming.
- Experience with Google Cloud or another major cloud provider.

## Nice to have

- Spark for batch processing.
"""
TERRAFORM = "At Lumen Freight I wrote Terraform modules for our GKE clusters."
ANSWERED = {"Kubernetes", "Infrastructure as code", "Apache Kafka"}


def _terms(session: Session) -> dict[str, dict]:
    return {q["term"]: q for q in (session.pending or {}).get("questions", [])}


def _first_application(store: SessionStore) -> str:
    """Application 1, answered (over the interview's rounds); the CV line its Kubernetes
    question quoted."""
    session = Session.start(CV_MD, JD_MD, store=store, interview=True)
    answers = {"Kubernetes": "yes", "Infrastructure as code": TERRAFORM, "Apache Kafka": "no"}
    asked = answer_rounds(session, lambda q: answers.get(q["term"]))
    assert set(asked) >= ANSWERED and asked["Kubernetes"]["kind"] == "confirm"
    session.accept_all()
    assert session.status == "completed"
    return str(asked["Kubernetes"]["evidence"][0]["text"])


def test_a_second_application_asks_nothing_already_answered(store_path: Path) -> None:
    store = SessionStore(store_path)
    kube_line = _first_application(store)

    entries = {e.id: e for e in Profile(store.profile_store).entries()}
    assert {(e.kind, e.term) for e in entries.values()} == {
        ("confirmed", "Kubernetes"), ("described", "Infrastructure as code"),
        ("rejected", "Apache Kafka")}
    assert entries["kubernetes"].evidence[0] == kube_line
    assert entries["infrastructure-as-code"].role == "Lumen Freight"

    # Without the profile (another, empty one) the related job asks all three again...
    fresh = Session.start(CV_MD, JD2, store=store, interview=True, profile="someone-else")
    assert set(_terms(fresh)) >= ANSWERED
    # ...with it, only the question never answered.
    second = Session.start(CV_MD, JD2, store=store, interview=True)
    assert second.status == "awaiting_answers"
    assert set(_terms(second)) == {"Spark"}
    second.answer({})
    second.accept_all()
    assert second.status == "completed"
    final = second.values["final_cv"]
    # The confirmed evidence: the JD term lands in the same CV line.
    line = next(i for i in final.items() if i.original and i.original[:40] == kube_line[:40])
    assert "Kubernetes" in line.text
    # The described answer is reused, under the same role.
    added = [i for i in final.items() if i.metadata.get("answer") == TERRAFORM]
    assert [final.locate(i.id)[1].organization for i in added] == ["Lumen Freight"]
    assert "Terraform modules" in added[0].text
    # The "no" is never claimed, and the requirement is declined.
    assert "Kafka" not in second.result().markdown
    kafka = next(r.id for r in second.values["job"].requirements if "Kafka" in r.text)
    assert kafka in second.values["declined"]
    assert any("answered 3 gap question(s)" in w for w in second.report()["warnings"])
    # Reading the profile wrote nothing new: the same three entries.
    assert {e.id for e in Profile(store.profile_store).entries()} == set(entries)


def test_the_gap_report_lists_only_questions_the_profile_does_not_answer(
    store_path: Path,
) -> None:
    from cvtailor.session import analyze

    store = SessionStore(store_path)
    _first_application(store)
    asked = {q["term"] for q in analyze(CV_MD, JD2, store=store)["questions"]}
    assert asked == {"Spark"}
    # Another person's (empty) profile: the three answered questions are listed again.
    others = {q["term"] for q in analyze(CV_MD, JD2, store=store, profile="someone-else")[
        "questions"]}
    assert others >= ANSWERED


def test_auto_approve_alone_writes_nothing(store_path: Path) -> None:
    store = SessionStore(store_path)
    result = tailor(CV_MD, JD_MD, store=store)
    assert result.status == "completed"
    # An interview accepted without answers writes nothing either.
    session = Session.start(CV_MD, JD_MD, store=store, interview=True)
    session.answer({})
    session.accept_all()
    assert Profile(store.profile_store).entries() == []


def test_forget_removes_an_entry_and_the_question_comes_back(store_path: Path) -> None:
    store = SessionStore(store_path)
    _first_application(store)
    profile = Profile(store.profile_store)
    forgotten = profile.forget("kafka")
    assert forgotten.kind == "rejected"
    assert {e.id for e in profile.entries()} == {"kubernetes", "infrastructure-as-code"}
    with pytest.raises(ProfileError, match="no entry 'kafka'"):
        profile.forget("kafka")
    again = Session.start(CV_MD, JD2, store=store, interview=True)
    assert set(_terms(again)) == {"Apache Kafka"}  # the plus (Spark) waits for a later round


def test_export_import_round_trip(store_path: Path, tmp_path: Path) -> None:
    store = SessionStore(store_path)
    _first_application(store)
    source = Profile(store.profile_store)
    path = source.export(tmp_path / "profile.json")
    other = SessionStore(tmp_path / "elsewhere.sqlite")
    target = Profile(other.profile_store, "laptop")
    assert target.import_file(path) == 3
    assert target.entries() == source.entries()
    assert read_export(path).profile == "default"
    assert path.stat().st_mode & 0o777 == 0o600  # the person's answers, theirs alone
    # The imported profile answers on the other machine too.
    session = Session.start(CV_MD, JD2, store=other, interview=True, profile="laptop")
    assert set(_terms(session)) == {"Spark"}


def test_a_bad_profile_file_changes_nothing(tmp_path: Path, store_path: Path) -> None:
    from cvtailor.errors import InputError

    profile = Profile(SessionStore(store_path).profile_store, "me")
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "cvtailor-profile", "profile": "x", "entries": '
                   '[{"id": "a", "kind": "confirmed", "concept": "A"}, {"id": "b"}]}')
    with pytest.raises(InputError, match="not a cvtailor profile export"):
        profile.import_file(bad)
    assert profile.entries() == []
    with pytest.raises(ProfileError, match="bad profile name"):
        Profile(profile.store, "../etc")


# -- the rules, without a graph -------------------------------------------------------------

def _cv() -> StructuredCV:
    experience = CVSection(id="experience", kind=SectionKind.EXPERIENCE, heading="Experience")
    experience.entries.append(CVEntry(id="experience-1", heading="Engineer — Acme",
                                      title="Engineer", organization="Acme"))
    experience.entries[0].add_item("Split the order module into 7 services.", ItemType.BULLET)
    return StructuredCV(name="Test Person", sections=[experience])


def _job() -> JobPosting:
    return JobPosting(title="Engineer", requirements=[
        Requirement(id="req-1", text="Microservices design", keywords=["microservices"]),
        Requirement(id="req-2", text="Mentoring engineers", keywords=["mentoring"]),
    ])


def test_a_confirmation_applies_only_where_the_same_line_is_in_the_cv() -> None:
    vocab = default_vocabulary()
    cv, job = _cv(), _job()
    line = cv.items()[0]
    confirm = Question(id="q-req-1", requirement_id="req-1", text="?", term="microservices",
                       kind="confirm",
                       evidence=[QuestionEvidence(item_id=line.id, text=line.text)])
    entries = entries_from_answers(cv, job, [confirm], [
        Answer(question_id="q-req-1", text="yes"), Answer(question_id="q-req-2", text=" ")],
        vocab)
    assert [(e.kind, e.evidence) for e in entries] == [("confirmed", [line.text])]
    found = recall(entries, cv, job, GapReport(), vocab)
    assert [(e.item_id, e.via, e.term) for e in found.confirmed["req-1"]] == [
        (line.id, "user", "microservices")]
    other = _cv()
    other.items()[0].text = other.items()[0].original = "Split the billing module into 4 services."
    assert not recall(entries, other, job, GapReport(), vocab).used  # asked again there


def test_a_rejection_declines_the_same_concept_in_another_spelling() -> None:
    vocab = default_vocabulary()
    job = JobPosting(title="Engineer", requirements=[
        Requirement(id="r9", text="Kafka streaming", keywords=["Kafka"])])
    no = ProfileEntry(id="kafka", kind="rejected", concept=vocab.canonical("Apache Kafka")
                      or "apache kafka", term="Apache Kafka")
    found = recall([no], _cv(), job, GapReport(), vocab)
    assert found.declined == ["r9"] and found.requirements == {"r9"}
    assert not recall([no], _cv(), job, GapReport(), vocab, skip={"r9"}).used


def test_a_maybe_is_neither_remembered_nor_recalled() -> None:
    """"maybe" to "say where and how" places nothing, so the profile keeps nothing of it; one
    an older version kept is no answer, and the question comes back."""
    vocab = default_vocabulary()
    job = JobPosting(title="Engineer", requirements=[
        Requirement(id="r9", text="Kafka streaming", keywords=["Kafka"])])
    describe = Question(id="q-r9", requirement_id="r9", text="?", term="Kafka")
    assert entries_from_answers(_cv(), job, [describe], [
        Answer(question_id="q-r9", text="maybe")], vocab) == []
    old = ProfileEntry(id="kafka", kind="described", concept=vocab.canonical("Kafka") or "kafka",
                       term="Kafka", answer="maybe")
    assert not recall([old], _cv(), job, GapReport(), vocab).used


def test_the_served_graph_uses_the_servers_store() -> None:
    """`langgraph dev` gives the exported graph (no checkpointer, no store) its own store; the
    nodes find it there, across threads."""
    from langgraph.checkpoint.memory import InMemorySaver
    from langgraph.store.memory import InMemoryStore
    from langgraph.types import Command

    from cvtailor.server import ServerContext, build_server_graph

    served = build_server_graph()
    assert served.checkpointer is None and served.store is None
    store = InMemoryStore()
    graph = served.copy(update={"checkpointer": InMemorySaver(), "store": store})
    inputs = {"cv_text": CV_MD.read_text(), "jd_text": JD_MD.read_text()}
    first = {"configurable": {"thread_id": "one"}}
    graph.invoke(inputs, first, context=ServerContext(interview=True, semantic=False))
    asked = {q["term"]: q["id"]
             for q in graph.get_state(first).interrupts[0].value["questions"]}
    graph.invoke(Command(resume={"answers": {asked["Apache Kafka"]: "no"}}), first,
                 context=ServerContext(interview=True, semantic=False))
    assert [e.id for e in Profile(store).entries()] == ["kafka"]
    second = {"configurable": {"thread_id": "two"}}
    graph.invoke({**inputs, "jd_text": JD2}, second,
                 context=ServerContext(interview=True, semantic=False))
    terms = {q["term"] for q in graph.get_state(second).interrupts[0].value["questions"]}
    assert "Apache Kafka" not in terms and "Kubernetes" in terms


def test_a_requirement_the_cv_already_shows_spends_only_a_rejection() -> None:
    from cvtailor.models import RequirementMatch

    vocab = default_vocabulary()
    cv, job = _cv(), _job()
    matched = GapReport(matches=[RequirementMatch(requirement_id="req-1", status="matched"),
                                 RequirementMatch(requirement_id="req-2", status="matched")])
    yes = ProfileEntry(id="microservices", kind="confirmed", concept="Microservices",
                       evidence=[cv.items()[0].text])
    said = ProfileEntry(id="mentoring", kind="described", concept=concept("mentoring"),
                        answer="I coached two interns.", role="Acme")
    assert not recall([yes, said], cv, job, matched, vocab).used
    no = ProfileEntry(id="mentoring", kind="rejected", concept=concept("mentoring"))
    assert recall([no], cv, job, matched, vocab).declined == ["req-2"]


def concept(term: str) -> str:
    from cvtailor.research.memory import concept_of

    return concept_of(term, default_vocabulary())
