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
    # each later sentence that starts with a verb gets its "I" too
    assert _as_clause("Developed the Netflix web UI. Worked closely with 4 designers.") == (
        "I developed the Netflix web UI. I worked closely with 4 designers")
    # a gerund reads as what the person is (or was) doing; a title is no gerund
    assert _as_clause("Leading 3 product teams. Developing product strategies.") == (
        "I am leading 3 product teams. I am developing product strategies")
    assert _as_clause("Leading 3 product teams", current=False) == "I was leading 3 product teams"
    assert _as_clause("Engineering Manager for 3 teams") is None


def test_a_second_line_of_one_role_says_also_in_the_right_place() -> None:
    from cvtailor.engines.offline.letter import _also

    assert _also("I cut costs by 12%") == "I also cut costs by 12%"
    assert _also("I am leading 3 teams") == "I am also leading 3 teams"


def test_articles() -> None:
    assert [_article(t) for t in ("HR Generalist", "Engineer", "QA Analyst", "MBA fellow",
                                  "Senior Buyer")] == ["an", "an", "a", "an", "a"]


def test_the_cited_work_is_told_latest_role_first() -> None:
    """The first term's evidence may sit in an older role; the letter still tells the latest
    role first, so "Before that, at ..." is true."""
    from cvtailor.engines.offline.letter import _achievement_sentences, _achievements
    from cvtailor.models import CVSection, ItemType, SectionKind, StructuredCV

    experience = CVSection(id="experience", kind=SectionKind.EXPERIENCE, heading="Experience")
    for n, org in enumerate(("Google", "Netflix"), 1):
        experience.entries.append(CVEntry(id=f"experience-{n}", heading=f"PM — {org}",
                                          title="PM", organization=org))
    new = experience.entries[0].add_item("Leading 3 product teams", ItemType.BULLET)
    old = experience.entries[1].add_item("Cut churn by 12%", ItemType.BULLET)
    cv = StructuredCV(name="A", sections=[experience])
    chosen = _achievements(cv, [("retention", [old.id]), ("product management", [new.id])])
    assert [item.id for _, item in chosen] == [new.id, old.id]
    assert _achievement_sentences(chosen)[1].startswith("Before that, at Netflix, I cut")
