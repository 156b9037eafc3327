"""What trying the tool as a job seeker found, on an ad outside every labelled set: a UK
recruitment agency's ad for a site manager with a regional housebuilder ("The Role", "The
Candidate", an Employment Agency notice, a town and county under the title). Each test failed
on the code before the fix."""

from __future__ import annotations

from cvtailor.engines.offline.jd_parser import parse_jd_text
from cvtailor.text.vocabulary import default_vocabulary

VOCAB = default_vocabulary()

AD = """Site Manager - Residential New Build
Leeds, West Yorkshire
£55,000 - £62,000 + car allowance + bonus

Brightwater Recruitment are delighted to be working with a leading regional housebuilder to \
recruit an experienced Site Manager for a 140-plot development in North Leeds.

The Role
- Run a site of 140 plots from groundworks to handover
- Hold daily toolbox talks and keep the site safe and tidy

The Candidate
- SMSTS certificate (must be in date)
- CSCS Black Card

The Package
- Company car and 25 days holiday

Brightwater Recruitment is acting as an Employment Agency in relation to this vacancy.
"""


def test_a_town_and_its_county_is_the_location_not_the_company() -> None:
    job = parse_jd_text(AD, VOCAB)
    assert job.location == "Leeds, West Yorkshire" and job.company != "Leeds, West Yorkshire"


def test_the_candidate_asks_and_the_agency_notice_does_not() -> None:
    """The Candidate's lines were read as duties, "must be in date" gave the term "date", and
    the Employment Agency notice was a requirement."""
    job = parse_jd_text(AD, VOCAB)
    rows = {r.text: r for r in job.requirements}
    assert list(rows) == ["Run a site of 140 plots from groundworks to handover",
                          "Hold daily toolbox talks", "SMSTS certificate (must be in date)",
                          "CSCS Black Card"]
    assert rows["CSCS Black Card"].category != "responsibility"
    assert rows["SMSTS certificate (must be in date)"].keywords == ["SMSTS"]  # the scheme, as a CV names it
