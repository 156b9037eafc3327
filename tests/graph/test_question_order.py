"""Which questions a short interview spends its budget on (issue 9): what the ad asks for
comes before what it calls a plus, a requirement's second thing included, and a second
question is never about the people the work is done with."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from cvtailor.models import JobPosting, Requirement, RequirementMatch
from cvtailor.models.gaps import GapReport
from cvtailor.research.evidence import second_term_questions
from cvtailor.text.vocabulary import default_vocabulary

CV_MD = """# Test Person

## Experience

### Buyer — Cobalt Payments
- Placed 1,900 purchase orders a year for 40 suppliers.
"""

JD_MD = """# Senior Buyer — Acme Pumps

## Requirements
- Experience with supplier negotiations and supplier audits

## Nice to have
- Apache Kafka is a plus
"""


def _rounds(tmp_path: Path, budget: int) -> list[list[str]]:
    """The question ids of each round of a real run, every question answered as a buyer who
    negotiated and audited suppliers and never used Kafka would."""
    from cvtailor import Session
    from cvtailor.storage.session_store import SessionStore

    def answer(q: dict[str, Any]) -> str:
        if q["id"].endswith("-also"):
            return "At Cobalt Payments I ran supplier audits at 12 plants a year."
        if "negotiat" in q["term"]:
            return "At Cobalt Payments I led supplier negotiations for our top 20 parts."
        return "no"

    (tmp_path / "cv.md").write_text(CV_MD, encoding="utf-8")
    (tmp_path / "jd.md").write_text(JD_MD, encoding="utf-8")
    session = Session.start(tmp_path / "cv.md", tmp_path / "jd.md", interview=True,
                            store=SessionStore(tmp_path / "s.sqlite"), max_questions=budget)
    rounds: list[list[str]] = []
    while session.status == "awaiting_answers":
        questions = session.pending["questions"]
        rounds.append([q["id"] for q in questions])
        session.answer({q["id"]: answer(q) for q in questions})
    session.accept_all()
    assert session.status == "completed"
    return rounds


def test_a_plus_is_asked_after_what_the_ad_asks_for(tmp_path: Path) -> None:
    """The first round leaves the plus (Kafka) for later although it has room for it, so the
    second thing the required item asks for (supplier audits) comes first."""
    rounds = _rounds(tmp_path, 4)
    assert rounds[0] == ["q-req-1"]
    assert rounds[1] == ["q-req-1-also", "q-req-2"]


def test_a_short_interview_spends_its_questions_on_what_the_ad_asks_for(
        tmp_path: Path) -> None:
    rounds = _rounds(tmp_path, 2)
    assert rounds == [["q-req-1"], ["q-req-1-also"]]  # the plus is never reached


def test_a_plus_alone_is_asked_in_the_first_round(tmp_path: Path) -> None:
    """With nothing else to ask, the plus is the first round: the interview never ends
    before it asked anything."""
    from cvtailor import Session
    from cvtailor.storage.session_store import SessionStore

    (tmp_path / "cv.md").write_text(CV_MD, encoding="utf-8")
    (tmp_path / "jd.md").write_text("# Senior Buyer — Acme Pumps\n\n## Requirements\n"
                                    "- Placing purchase orders\n\n## Nice to have\n"
                                    "- Apache Kafka is a plus\n", encoding="utf-8")
    session = Session.start(tmp_path / "cv.md", tmp_path / "jd.md", interview=True,
                            store=SessionStore(tmp_path / "s.sqlite"))
    assert session.status == "awaiting_answers"
    assert [q["term"] for q in session.pending["questions"]] == ["Apache Kafka"]


def _second_terms(*rows: tuple[str, str, str, str]) -> list[tuple[str, str]]:
    """The second-term questions (id, term) of requirements given as (id, text, first term,
    second term), each asked about its first term, which the CV shows."""
    job = JobPosting(requirements=[Requirement(id=r, text=text, keywords=[first, second])
                                   for r, text, first, second in rows])
    report = GapReport(matches=[
        RequirementMatch(requirement_id=r, status="partial", covered_keywords=[first],
                         missing_keywords=[second])
        for r, _, first, second in rows])
    got = second_term_questions(job, report, {}, default_vocabulary(),
                                [f"q-{r}" for r, *_ in rows], [])
    return [(q.id, q.term) for q in got]


def test_no_second_question_about_the_people_the_work_is_done_with() -> None:
    """"Manage credit holds with our yard managers": once credit holds are settled, "Does ...
    show yard managers?" asks nothing of the person; a second thing they would do is still
    asked."""
    assert _second_terms(
        ("a", "Manage credit holds with our yard managers", "credit holds", "yard managers"),
        ("b", "Own cash application and deductions", "cash application", "deductions"),
    ) == [("q-b-also", "deductions")]


def test_no_second_question_about_what_or_where_the_work_is_for() -> None:
    """"Oversee flight following for the active fleet": once flight following is settled,
    "Does ... show active fleet?" asks nothing of the person; nor does "sensitive member data"
    of "Manage access controls for sensitive member data". The work named after "to" ("stay
    alert to fraud red flags") or with whom it is done ("... with Maintenance Control") is
    still asked."""
    assert _second_terms(
        ("a", "Oversee flight following for the active fleet", "flight following",
         "active fleet"),
        ("b", "Manage access controls for sensitive member data", "access controls",
         "sensitive member data"),
        ("d", "Apply agency guidelines and stay alert to fraud red flags", "agency guidelines",
         "fraud red flags"),
        ("c", "Coordinate MEL deferrals and aircraft availability with Maintenance Control",
         "MEL deferrals", "aircraft availability"),
    ) == [("q-d-also", "fraud red flags"), ("q-c-also", "aircraft availability")]


def test_no_second_question_about_a_terms_other_form() -> None:
    """"Write user requirement specifications (URS) for new equipment": once the
    specifications are settled, "Does ... show URS?" asks the same thing again and spent one
    of the ten questions (three of them in one development case); a second thing the ad
    names is still asked ("Lead risk assessments (FMEA)": FMEA is a method, not the
    assessments' initials)."""
    assert _second_terms(
        ("a", "Write user requirement specifications (URS) for new equipment",
         "user requirement specifications", "URS"),
        ("b", "Lead risk assessments (FMEA) with engineering and quality", "risk assessments",
         "FMEA"),
    ) == [("q-b-also", "FMEA")]


def test_a_term_the_cv_says_but_for_a_qualifier_is_asked_last(tmp_path: Path) -> None:
    """The CV says "infection control": asking whether it shows "strict infection control"
    is about one word, so the question about wound care, of which the CV says nothing, comes
    first although its requirement comes second."""
    from cvtailor import Session
    from cvtailor.storage.session_store import SessionStore

    (tmp_path / "cv.md").write_text(
        "# Test Person\n\n## Experience\n\n### Staff Nurse — Riverside Hospital\n"
        "- Kept infection control standards on a 28-bed surgical ward.\n", encoding="utf-8")
    (tmp_path / "jd.md").write_text(
        "# Charge Nurse — Acme Health\n\n## Requirements\n"
        "- Hold the ward to strict infection control\n- Experience with wound care\n",
        encoding="utf-8")
    session = Session.start(tmp_path / "cv.md", tmp_path / "jd.md", interview=True,
                            store=SessionStore(tmp_path / "s.sqlite"), max_questions=2)
    asked = [q["term"] for q in session.pending["questions"]]
    assert asked == ["wound care", "strict infection control"]


def test_the_core_of_a_term_is_two_words_or_more_of_it() -> None:
    from cvtailor.research.evidence import core_said

    corpus = {"i1": "Kept infection control standards on the ward",
              "i2": "Reported loss ratios to the board every month",
              "i3": "Clerk of the course at twelve county shows"}
    assert core_said("strict infection control", corpus)
    assert core_said("loss ratio results", corpus)  # a word form: "ratios"
    assert not core_said("infection prevention", corpus)  # one word is no core
    assert not core_said("email newsletter", corpus)
    assert not core_said("control of the board", corpus)  # no part ends in "of" / "the"
    assert not core_said("Clerk of Works", corpus)  # "Clerk of" joins, it is no core
    assert not core_said("reports to the board", corpus)  # nor "to the board"
    # a name spelled as an acronym is a core of one word
    said = {"i1": "Closed 40 loans a month inside every TRID timeline"}
    assert core_said("TRID deadlines", said)
    assert not core_said("RESPA deadlines", said)
    assert not core_said("TRID", said)  # the term itself is said: no core of it
