"""A language's name before the thing it qualifies is no language: "Knowledge of Australian
and Italian wine regions" asked for Italian, and a sommelier's "Italian (native)" languages
line evidenced it. The language asked for stays ("Fluent Spanish speaker", "French is a
plus", "Spanish and English required", "can read English manuals")."""

from cvtailor.engines.offline.jd_parser import parse_jd_text
from cvtailor.text.vocabulary import default_vocabulary

AD = """About you
- Knowledge of Australian and Italian wine regions is essential
- Italian cuisine experience
- Fluent Spanish speaker
- French is a plus
- Spanish and English required
- English reading and writing
- You speak and write Swedish well and can read English manuals
"""


def _keywords() -> dict[str, list[str]]:
    return {r.text: r.keywords for r in parse_jd_text(AD, default_vocabulary()).requirements}


def test_a_region_or_cuisine_named_by_its_country_asks_for_no_language() -> None:
    kw = _keywords()
    assert "Italian" not in kw["Knowledge of Australian and Italian wine regions is essential"]
    assert "Italian" not in kw["Italian cuisine experience"]


def test_the_languages_asked_for_stay() -> None:
    kw = _keywords()
    assert "Spanish" in kw["Fluent Spanish speaker"]
    assert kw["French is a plus"] == ["French"]
    assert set(kw["Spanish and English required"]) == {"Spanish", "English"}
    assert "English" in kw["English reading and writing"]
    # what is written in a language asks for it: manuals in English
    assert "English" in kw["You speak and write Swedish well and can read English manuals"]
