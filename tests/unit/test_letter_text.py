"""The offline cover letter's sentence handling: sentences, roles, clauses, articles."""

from __future__ import annotations

from cvtailor.engines.offline.letter import _article, _as_clause, role_of
from cvtailor.models import CVEntry, sentences


def test_sentences_keep_decimals_and_abbreviations_inside() -> None:
    text = ("Moved 2.3 TB a day, e.g. carrier feeds. Cut costs by $1.1M. Led the U.S. team "
            "well. Done")
    assert sentences(text) == ["Moved 2.3 TB a day, e.g. carrier feeds.",
                               "Cut costs by $1.1M.", "Led the U.S. team well.", "Done"]


def test_role_of_names_an_employer_only_where_the_entry_has_one() -> None:
    assert role_of(CVEntry(id="e", title="QA Analyst",
                           organization="Meridian Claims Software, Columbus, OH")) == (
        "QA Analyst", "Meridian Claims Software")
    assert role_of(CVEntry(id="e", title="Data Analyst, Cascade Claims Solutions",
                           organization="Tacoma, WA")) == ("Data Analyst",
                                                           "Cascade Claims Solutions")
    assert role_of(CVEntry(id="e", title="Executive Assistant",
                           organization="Ardent Biologics | Portland, OR")) == (
        "Executive Assistant", "Ardent Biologics")
    assert role_of(CVEntry(id="e", title="Site Lead", organization="SITE SUPERINTENDENT")) == (
        "Site Lead", "")


def test_bullets_become_first_person_clauses_only_when_they_start_with_a_verb() -> None:
    assert _as_clause("Cut p95 latency from 850 ms to 120 ms.") == (
        "I cut p95 latency from 850 ms to 120 ms")
    assert _as_clause("Run weekly payroll for 1,850 employees") == (
        "I run weekly payroll for 1,850 employees")
    assert _as_clause("Migrated 22 services to GKE") == "I migrated 22 services to GKE"
    assert _as_clause("Python, SQL and dbt") is None
    assert _as_clause("AWS certified since 2020") is None


def test_articles() -> None:
    assert [_article(t) for t in ("HR Generalist", "Engineer", "QA Analyst", "MBA fellow",
                                  "Senior Buyer")] == ["an", "an", "a", "an", "a"]
