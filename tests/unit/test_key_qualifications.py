"""Key qualifications a recruiter would believe (issue 9): each names what the person has or
does, keeps the JD's whole noun phrase, and none repeats another's words."""

from __future__ import annotations

from cvtailor.engines.offline.jd_parser import duty_keywords, fallback_keywords, parse_jd_text
from cvtailor.engines.offline.planner import _qualifications, _unqualified
from cvtailor.text.qualifications import names_qualification, population, repeats
from cvtailor.text.vocabulary import default_vocabulary


def chosen(terms: list[str], contexts: dict[str, list[str]] | None = None,
           degrees: dict[str, str] | None = None) -> list[str]:
    """The key qualifications of terms the person confirmed, each evidenced by its own line."""
    vocab = default_vocabulary()
    keywords = [(t, [f"item-{n}"]) for n, t in enumerate(terms)]
    corpus = {f"item-{n}": f"Daily work with {t}." for n, t in enumerate(terms)}
    attested = {t: [f"item-{n}"] for n, t in enumerate(terms)}
    return [k for k, _ in _qualifications(keywords, corpus, vocab, attested, 10, degrees or {},
                                          contexts or {})]


def test_a_leading_modifier_the_jd_writes_is_kept() -> None:
    # "<something> experience" keeps its whole something; an adverb grading an adjective stays
    assert fallback_keywords("2+ years of acute care nursing experience (step-down or ED)")[0] \
        == "acute care nursing experience"
    assert duty_keywords("Provide direct care to 1–2 critically ill patients per shift")[0] \
        == "critically ill patients"
    # ... while a verb after an adverb is still no part of a term
    assert fallback_keywords("Deliver carefully planned product launches")[0] \
        == "planned product launches"
    assert fallback_keywords("Proactively source passive candidates") == ["source"]


def test_a_population_or_collaborator_is_no_key_qualification() -> None:
    assert chosen(["critically ill patients", "solutions consultants", "financial analysts",
                   "acute care nursing experience"]) == ["acute care nursing experience"]
    assert population("hiring managers", ["Partner with our hiring managers on every search"])
    # an activity done to people is what the person does
    assert not population("supervising analysts", ["Experience supervising analysts"])
    assert chosen(["supervising analysts"]) == ["supervising analysts"]
    assert names_qualification("Relational databases", known=True)
    # a firm the work is done with is no more a qualification than the people are: "General
    # contractor" above a plumber's roles says they were one
    assert chosen(["general contractor", "development agency", "change orders"]) == [
        "change orders"]
    assert chosen(["vendor management"]) == ["vendor management"]


def test_a_clause_fragment_or_a_graded_lone_noun_is_no_key_qualification() -> None:
    assert chosen(["team grows", "adjust staffing hour", "design engineer intended",
                   "difficult conversations", "clinical deterioration"]) == [
        "clinical deterioration"]
    # a lone plural noun names things; one made from a verb names an activity
    assert chosen(["courses", "entities", "renewals", "sepsis"]) == ["renewals", "sepsis"]


def test_no_key_qualification_repeats_another_ones_words() -> None:
    vocab = default_vocabulary()
    keywords = [("Bachelor's degree", ["edu-1"]), ("statistics", ["edu-1"]), ("SQL", ["exp-1"])]
    corpus = {"edu-1": "B.S. in Statistics, Ohio State University, 2016",
              "exp-1": "Wrote SQL queries against the claims warehouse."}
    got = [k for k, _ in _qualifications(keywords, corpus, vocab, {}, 10,
                                         {"Bachelor's degree": "Bachelor's degree, Statistics"})]
    assert got == ["Bachelor's degree, Statistics", "SQL"]
    # a longer one that says a shorter one's words takes its place
    assert chosen(["forecasting", "variance analysis", "budgeting and forecasting"]) == [
        "budgeting and forecasting", "variance analysis"]
    assert repeats("Forecasting", "Budgeting and forecasting")
    assert not repeats("Data quality", "Data visualization")


JD_ICU = """# ICU Nurse

## Responsibilities

- Provide direct care to 1–2 critically ill patients per shift using the nursing process.

## Requirements

- 2+ years of acute care nursing experience.
"""


def test_a_requirement_whose_best_term_is_a_population_gives_no_key_qualification() -> None:
    vocab = default_vocabulary()
    job = parse_jd_text(JD_ICU, vocab)
    unqualified = _unqualified(job, vocab)
    assert "nursing process" in unqualified  # not a lesser term in its place
    assert "acute care nursing experience" not in unqualified
    terms = ["critically ill patients", "nursing process", "acute care nursing experience"]
    keywords = [(t, [f"item-{n}"]) for n, t in enumerate(terms)]
    corpus = {f"item-{n}": f"Daily work with {t}." for n, t in enumerate(terms)}
    attested = {t: [f"item-{n}"] for n, t in enumerate(terms)}
    assert [k for k, _ in _qualifications(keywords, corpus, vocab, attested, 10, {}, {},
                                          unqualified)] == ["acute care nursing experience"]


def test_a_lone_verb_is_no_key_qualification() -> None:
    """"Supervise" (from "schedule and supervise technicians on all three shifts") stood as a
    key qualification: an action without what it acts on names none."""
    from cvtailor.text.qualifications import lone_verb, names_qualification

    assert lone_verb("supervise") and not names_qualification("Supervise")
    assert not lone_verb("budgeting") and not lone_verb("scheduling")
    assert names_qualification("supervising analysts")
