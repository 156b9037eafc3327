"""Terms that user trials lost or garbled, each test failing on the code before its fix: a
law's name ("the Liquor Licensing Act 1990 (Tas)", a Hobart venue manager's key selection
criteria), a licence's grade ("high risk work licence", a SEEK warehouse ad), a duty's object
past its leading verb ("Track backlog ...", a Quebec maintenance planner ad) and a
third-person duty's second verb ("... and documents competency assessments", a US lead
pharmacy technician ad)."""

from __future__ import annotations

from cvtailor.engines.offline.jd_parser import parse_jd_text
from cvtailor.text.jd_terms import key_phrases
from cvtailor.text.vocabulary import default_vocabulary

VOCAB = default_vocabulary()


def _terms(section: str, line: str) -> list[str]:
    job = parse_jd_text(f"Venue Manager\nAcme\n\n{section}\n- {line}\n", VOCAB)
    return [k for r in job.requirements for k in r.keywords]


def test_a_laws_name_is_a_term() -> None:
    assert "Liquor Licensing Act" in _terms(
        "Key selection criteria", "Sound knowledge of the Liquor Licensing Act 1990 (Tas) and "
        "workplace health and safety obligations")
    assert key_phrases("Knowledge of the Employment Rights Act")[0] == "Employment Rights Act"
    # the verb stays a verb
    assert "Act" not in key_phrases("Senior staff act as mentors")


def test_a_licence_keeps_its_grade() -> None:
    assert "high risk work licence" in _terms("Requirements",
                                              "A current LF (forklift) high risk work licence")
    assert key_phrases("Hold a current high voltage switching authorisation")[0] == \
        "high voltage switching authorisation"


def test_a_duty_keeps_its_object_past_its_verb() -> None:
    assert "backlog" in _terms("Responsibilities", "Track backlog and schedule compliance KPIs")


def test_a_third_person_duty_says_its_second_verb_as_a_verb() -> None:
    terms = _terms("Responsibilities", "Trains and orients new pharmacy technicians and "
                                       "documents competency assessments")
    assert "competency assessments" in terms and "documents competency assessments" not in terms
    terms = _terms("Responsibilities", "Monitors drug expiration dates and coordinates returns")
    assert "coordinates returns" not in terms and "drug expiration dates" in terms


def test_a_grades_letter_stays_with_its_kind() -> None:
    """"CPR Level C" gave "CPR Level" and "C" (a programming language's name), and "A Class C
    driver licence" gave "C" alone (an Ontario child care ad, a trial's own check)."""
    terms = _terms("Requirements", "You have current Standard First Aid and CPR Level C")
    assert "CPR Level C" in terms and "C" not in terms, terms
    assert _terms("Requirements", "A Class C driver licence") == ["Class C driver licence"]
    assert "C" in _terms("Requirements", "Proficiency in C, C++ and Python")


def test_a_laws_act_alone_is_no_term() -> None:
    terms = _terms("About the role", "Make sure the centre meets all requirements of the Child "
                                     "Care and Early Years Act (CCEYA)")
    assert "Act" not in terms and "CCEYA" in terms, terms
