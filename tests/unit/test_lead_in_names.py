"""A lead-in ("Term: <the line>") lower-cases the line's first word only when it is a verb or
a small word. A line that opens on the employer's name, a word that is also a verb ("Crown
Melbourne", "Wynn Palace"), lost the employer as the CV writes it: a fact of the CV changed.
Found by blind26's first run (a fact lost with the interview), diagnosed from item ids only."""

from __future__ import annotations

from cvtailor.engines.offline.writer import _lead_in, attest


def test_a_line_that_opens_on_a_name_keeps_it_as_written() -> None:
    assert _lead_in("Crown Melbourne high-limit room: ran 8 tables a shift", "pit supervision") \
        == "Pit supervision: Crown Melbourne high-limit room — ran 8 tables a shift"
    assert attest("Crown Melbourne's poker room, 14 tables", "table games") \
        .endswith("Crown Melbourne's poker room, 14 tables")


def test_a_line_that_opens_on_a_verb_reads_on_after_the_term() -> None:
    assert _lead_in("Dealt blackjack and roulette to 7 players a table", "table games") \
        == "Table games: dealt blackjack and roulette to 7 players a table"
    assert _lead_in("The weekly rota for 9 dealers", "rostering") \
        == "Rostering: the weekly rota for 9 dealers"


def test_a_verb_before_a_short_form_and_a_preposition_before_a_name_read_on() -> None:
    """"Accommodation law: Administer FMLA and ADA ..." and "Tailored product demos: During
    Relay Analytics' pilot ...": the line's verb, or the preposition it opens on, kept its
    capital after the lead-in, a sentence begun twice. A name a verb opens keeps it ("Teach
    First"), as does a name no preposition opens."""
    assert _lead_in("Administer FMLA and ADA accommodation requests", "accommodation law") \
        == "Accommodation law: administer FMLA and ADA accommodation requests"
    assert _lead_in("Read TAFs and SIGMETs for icing on every release", "weather") \
        == "Weather: read TAFs and SIGMETs for icing on every release"
    assert _lead_in("During Relay Analytics' pilot I gave live walkthroughs", "product demos") \
        == "Product demos: during Relay Analytics' pilot I gave live walkthroughs"
    assert _lead_in("At Cirrusgate Networks our docs live in Git", "docs as code") \
        == "Docs as code: at Cirrusgate Networks our docs live in Git"
    assert _lead_in("Teach First trainee, two years in a Leeds school", "teaching") \
        == "Teaching: Teach First trainee, two years in a Leeds school"
