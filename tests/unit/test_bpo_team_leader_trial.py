"""Found trying the tool on a Cebu customer service representative's plain-text CV and a
Philippine BPO's team leader ad, written before running anything. Each test failed on the code
before the fix."""

from __future__ import annotations

from cvtailor.engines.offline.jd_parser import parse_jd_text
from cvtailor.session import analyze
from cvtailor.text.vocabulary import default_vocabulary

JD = """Team Leader - Customer Service (US Account)
Apex Global CX - Cebu IT Park, Cebu City
Full-time | Night shift | Onsite

Qualifications
- College graduate
- Willing to work night shift and onsite at Cebu IT Park
- Proficient in MS Excel and reporting
"""


def test_a_city_named_as_one_is_the_location() -> None:
    job = parse_jd_text(JD, default_vocabulary())
    assert (job.company, job.location) == ("Apex Global CX", "Cebu IT Park, Cebu City")
    # the words of the place are no terms ("Park", "Cebu"), nor is working on site
    assert not any(k in ("Park", "Cebu", "onsite") for r in job.requirements
                   for k in r.keywords)


def test_a_college_graduate_is_one_with_a_bachelors_degree() -> None:
    cv = ("MARIA CRISTINA REYES\nCebu City, Philippines\n\nWORK EXPERIENCE\n\nCustomer Service "
          "Representative - ConnectCall Philippines, Cebu City\nMarch 2020 - May 2022\n- Answered "
          "billing calls\n\nEDUCATION\nBachelor of Science in Business Administration, "
          "University of San Carlos, 2019\n")
    reqs = {r["text"]: r for r in analyze(cv, JD, semantic=False)["requirements"]}
    assert reqs["College graduate"]["status"] == "matched"
    no_degree = cv.split("EDUCATION")[0]
    reqs = {r["text"]: r for r in analyze(no_degree, JD, semantic=False)["requirements"]}
    assert reqs["College graduate"]["status"] == "gap"
