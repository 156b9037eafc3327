"""A senior contact centre advisor's CV to a team leader ad: "with an average handling time of
6 minutes" shows the ad's "average handle time" in another form of its words, and the CV
takes the ad's form; the ad's "Hafren Water · Cardiff · £30,500" line gives its town, "...
alongside our workforce planning team" names no term "alongside", and "resolve them at first
point" is call-centre speech, no term."""

from __future__ import annotations

from pathlib import Path

import cvtailor
from cvtailor.engines.offline.jd_parser import parse_jd_text
from cvtailor.engines.offline.writer import rewrite_sentence, word_form_span
from cvtailor.text.vocabulary import default_vocabulary

VOCAB = default_vocabulary()

AD = """Team Leader – Customer Contact Centre
Hafren Water · Cardiff · £30,500

What you'll do
- Manage performance against KPIs including average handle time and customer satisfaction
- Manage real-time queue performance alongside our workforce planning team
- Handle complaints escalated by your team and resolve them at first point
- Manage absence, holiday and return-to-work meetings in line with our policies
"""

CV = """# Sophie Turner

## Experience

### Senior Customer Service Advisor — Dragon Energy, Cardiff
Mar 2021 – Present

- Take 60–80 inbound calls a day, with an average handling time of 6 minutes against a 7-minute target
- Hold return to work meetings after sickness when covering the team leader
"""


def test_the_ads_town_and_terms() -> None:
    job = parse_jd_text(AD, VOCAB)
    assert (job.company, job.location) == ("Hafren Water", "Cardiff")
    keywords = [k for r in job.requirements for k in r.keywords]
    assert not any("alongside" in k or "first point" in k for k in keywords)


def test_a_term_said_in_another_form_of_its_words_takes_the_ads_form(tmp_path: Path) -> None:
    line = "Take 60–80 inbound calls a day, with an average handling time of 6 minutes"
    assert rewrite_sentence(line, ["average handle time"], VOCAB)[0] == \
        "Take 60–80 inbound calls a day, with an average handle time of 6 minutes"
    # the last word's form is the sentence's grammar: never "12 usability test"
    assert word_form_span("usability test", "Ran 12 usability tests") is None
    (tmp_path / "cv.md").write_text(CV, encoding="utf-8")
    (tmp_path / "jd.txt").write_text(AD, encoding="utf-8")
    markdown = cvtailor.tailor(tmp_path / "cv.md", tmp_path / "jd.txt").markdown
    assert "an average handle time of 6 minutes" in markdown
    assert "Hold return-to-work meetings" in markdown
