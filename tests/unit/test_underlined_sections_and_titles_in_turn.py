"""A plain-text CV that underlines its section names ("Employment history" over "=====") and
names one of them as no name list does ("Cards and training"), with a role whose titles came in
turn ("Labourer, then Scaffolder") over its employer's line. On the code before this test
"Cards and training" was read as a job under the employment history, and "then Scaffolder" as
the second job's employer, with the real employer's line ("Pennine Access Ltd, Wakefield")
written out as one of its bullets."""

from cvtailor.engines.offline.cv_parser import entry_heading_facts, parse_cv_text
from cvtailor.models import SectionKind

CV = """CRAIG ASH
Castleford | 07700 900000 | craig@example.co.uk

Employment history
==================

Apr 2020 – present    Scaffolder and Chargehand
                      Aire Valley Scaffolding Ltd, Bradford

- Erect, alter and dismantle tube and fitting scaffolds on housing jobs.

Sep 2014 – Mar 2020   Labourer, then Scaffolder
                      Pennine Access Ltd, Wakefield

- Started as a labourer carrying and loading, then carded in 2017.

Cards and training
==================
- CISRS Scaffolder card, 2017
- Full UK driving licence (C1)
"""


def test_an_underlined_heading_like_the_known_sections_is_a_section() -> None:
    cv = parse_cv_text(CV, "text")
    assert [(s.kind, s.heading) for s in cv.sections] == [
        (SectionKind.EXPERIENCE, "Employment history"),
        (SectionKind.CERTIFICATIONS, "Cards and training")]
    jobs = cv.sections[0].entries
    assert [(e.title, e.organization) for e in jobs] == [
        ("Scaffolder and Chargehand", "Aire Valley Scaffolding Ltd"),
        ("Labourer, then Scaffolder", "Pennine Access Ltd")]
    assert [i.text for i in jobs[1].items] == [
        "Started as a labourer carrying and loading, then carded in 2017."]
    held = [i.text for e in cv.sections[1].entries for i in e.items] or [
        e.heading for e in cv.sections[1].entries]
    assert "Full UK driving licence (C1)" in " ".join(held)


def test_titles_in_turn_are_one_title_and_an_employer_may_follow() -> None:
    assert entry_heading_facts("Sales Assistant, later Supervisor, Tesco")[:2] == (
        "Sales Assistant, later Supervisor", "Tesco")
    assert entry_heading_facts("Cook, Acme Ltd")[:2] == ("Cook", "Acme Ltd")
    # an employer whose name opens on such a word, capitalised, is still the employer
    assert entry_heading_facts("Producer, Now TV")[:2] == ("Producer", "Now TV")


def test_a_dated_underlined_line_is_no_section() -> None:
    cv = parse_cv_text("""ANA ROSS

Experience
==========

Cook, Acme Ltd 2019 - 2021
==========================
- Prepped vegetables for 200 covers.
""", "text")
    assert [s.kind for s in cv.sections] == [SectionKind.EXPERIENCE]


def test_an_underlined_name_no_word_of_which_is_known_stays_in_its_section() -> None:
    """A CV may underline its employers as it does its sections: a name that says no kind of
    section by any word of it stays where it is, not a section of its own."""
    cv = parse_cv_text("""ANA ROSS

Employment history
==================

Harbour Lights Restaurant
=========================
Commis chef, March 2019 - June 2021
- Prepped vegetables for 200 covers.
""", "text")
    assert [s.kind for s in cv.sections] == [SectionKind.EXPERIENCE]
