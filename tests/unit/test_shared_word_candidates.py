"""A requirement no CV line names, but that a line shows in the person's own words, is asked
as a confirm question quoting that line, not "Your CV does not mention ...". Found trying the
tool on a school business manager's CV (a Markdown CV; a school's prose ad with a person
specification) and a transport planner's (a LinkedIn prose ad): "Line manage two admin
assistants" for "managing staff", "flag routes that lose money" for "route profitability",
"tachograph rest periods" for "rest time rules". Each test failed on the code before the
fix."""

from __future__ import annotations

from typing import Any

from cvtailor.session import analyze

CV = """# Helen Okafor

## Experience

### Finance and Operations Officer — Roundhay Park Academy, Leeds
*September 2019 – present*

- Prepare the monthly management accounts and the three-year budget forecast for the finance committee
- Look after the contracts for cleaning, catering and grounds
- Line manage two admin assistants and the site caretaker

### Transport Planner — Van Lieshout Logistics, Venlo
*2015 – 2019*

- Build next-day trip plans around drivers' hours and tachograph rest periods
- Check every month's fuel and toll costs per route and flag routes that lose money
"""

JD = """# School Business Manager

**Moorside Primary School** · Bradford

## Person specification
- Experience of managing staff
- You will analyse route profitability
- You will make sure we comply with EU driving and rest time rules
- Experience of using Power BI or of planning chilled freight
"""


def _questions() -> dict[str, dict[str, Any]]:
    report = analyze(CV, JD, semantic=False)
    return {q["term"]: q for q in report["questions"]}


def _quoted(q: dict[str, Any]) -> list[str]:
    return [e["text"] for e in q["evidence"]]


def test_a_line_in_the_persons_words_is_quoted() -> None:
    asked = _questions()
    assert asked["managing staff"]["kind"] == "confirm"
    assert "Line manage two admin assistants and the site caretaker" in _quoted(
        asked["managing staff"])
    assert asked["route profitability"]["kind"] == "confirm"
    assert _quoted(asked["route profitability"])[0].startswith("Check every month's fuel")
    assert any("tachograph rest periods" in t for t in _quoted(asked["rest time rules"]))


def test_a_named_thing_is_never_asked_of_lines_that_share_other_words() -> None:
    """"Does '... chilled freight ...' show Power BI?" would ask nothing: Power BI is named
    or not held."""
    asked = _questions()
    assert asked["Power BI"]["kind"] == "describe", asked["Power BI"]


def test_plain_language_is_no_tongue() -> None:
    """"You'll write in plain language" was taken for a language spoken, as "a community
    language" is: asked "Do you speak it?", and never of a line that shows it."""
    from cvtailor.research.evidence import spoken_term
    from cvtailor.text.vocabulary import default_vocabulary

    vocab = default_vocabulary()
    assert not spoken_term("plain language", vocab)
    assert not spoken_term("body language", vocab)
    assert spoken_term("a community language", vocab) and spoken_term("French", vocab)
