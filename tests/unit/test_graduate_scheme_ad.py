"""A building society's graduate scheme ad, read as a final-year student would: what it
calls itself ("colleagues across the Society"), how it wants findings told ("in plain
English"), when the scheme rotates ("Over the two years") and the lone words a duty says in
passing ("Use it to decide what to write next") are nothing the student is asked for."""

from __future__ import annotations

from cvtailor.engines.offline.jd_parser import parse_jd_text
from cvtailor.text.vocabulary import default_vocabulary

AD = """Graduate Data Analyst – Customer Insight
Midlands Building Society | Nottingham (hybrid)

What you'll be doing
You'll build dashboards in Power BI for colleagues across the Society, and present what you
find to senior stakeholders in plain English. Over the two years you'll rotate through
pricing, marketing and branch network analytics.

What we're looking for
- Some experience of SQL, Python or R
- You have 4+ years working with relational databases
"""


def _keywords(ad: str) -> dict[str, list[str]]:
    return {r.text: r.keywords for r in parse_jd_text(ad, default_vocabulary()).requirements}


def test_the_employers_own_name_and_an_idiom_are_no_terms() -> None:
    found = _keywords(AD)
    power_bi = next(k for t, k in found.items() if "Power BI" in t)
    assert "Society" not in power_bi and "Power BI" in power_bi
    plain = next(k for t, k in found.items() if "plain English" in t)
    # "in plain English" asks for no language, and is how to speak, not a term to ask about
    assert plain == ["senior stakeholders"]


def test_the_schemes_rotations_and_when_they_come_ask_nothing() -> None:
    job = parse_jd_text(AD, default_vocabulary())
    by_text = {r.text: r.priority for r in job.requirements}
    assert not any("rotate" in t for t in by_text)  # what the scheme offers
    assert next(p for t, p in by_text.items() if "4+ years" in t) == "critical"
    # years that say when make nothing critical
    job = parse_jd_text("## Duties\n- Over the two years you will lead our pricing reviews\n",
                        default_vocabulary())
    assert job.requirements[0].priority == "important"


def test_a_duty_whose_only_words_are_vague_asks_nothing() -> None:
    found = _keywords("## Duties\n- Use it to decide what to write next\n- Be the person "
                      "everyone comes to when something needs to get organized\n- Edit, clarify, "
                      "and proofread documents written by others\n")
    assert list(found.values()) == [["proofread documents"]]
