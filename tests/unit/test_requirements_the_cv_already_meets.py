"""Requirements a CV already meets in its own words are matched, not asked about: a degree
whose field is in brackets, one field of two the ad offers with "or", and "<X> experience" for
a CV that says X. Each such question took one of the interview's ten from a requirement the CV
does not show."""

from cvtailor.engines.offline.cv_parser import parse_cv_text
from cvtailor.engines.offline.jd_parser import parse_jd_text
from cvtailor.research.evidence import analyze_gaps, find_evidence
from cvtailor.text.vocabulary import default_vocabulary

CV = """# Jo Reid

## Summary
Field geologist with 6 years in Western Australian exploration, running drill programs.

## Experience

### Field Geologist — Red Dune Resources Ltd
Mar 2021 – Present

- Log RC chips and diamond core for 4 rigs on gold projects around Kalgoorlie

## Education
- Bachelor of Science (Geology) — Curtin University, 2019
"""


def _match(requirement: str, cv: str = CV) -> tuple[str, list[str], list[str]]:
    vocab = default_vocabulary()
    job = parse_jd_text(f"# Project Geologist\n\n## Requirements\n- {requirement}\n", vocab)
    report = analyze_gaps(job, find_evidence(parse_cv_text(cv), job, vocab), vocab=vocab)
    match = report.matches[0]
    return match.status, match.missing_keywords, [q.term for q in report.questions]


def test_a_degree_with_its_field_in_brackets_meets_one_of_two_fields() -> None:
    status, _, asked = _match("Degree in geology or geoscience")
    assert status == "matched"
    assert "geoscience" not in asked


def test_the_other_field_alone_is_still_asked() -> None:
    cv = CV.replace("Bachelor of Science (Geology)", "Bachelor of Science (Chemistry)")
    status, _, _ = _match("Degree in geology or geoscience", cv)
    assert status != "matched"


def test_experience_of_what_the_cv_says_is_matched() -> None:
    status, missing, asked = _match("4+ years' exploration experience")
    assert status == "matched", missing
    assert not asked


def test_experience_of_what_the_cv_does_not_say_is_asked() -> None:
    status, _, _ = _match("4+ years' grade control experience")
    assert status != "matched"


def test_a_grading_word_before_experience_names_nothing() -> None:
    from cvtailor.research.evidence import _experience_of
    assert _experience_of("specialized experience") == ""
    assert _experience_of("supervisory experience") == ""
    assert _experience_of("fund accounting experience") == "fund accounting"


def test_a_degree_in_one_field_of_a_list_settles_the_others() -> None:
    cv = CV.replace("Bachelor of Science (Geology)", "BSc (Hons) Ecology and Conservation")
    requirement = "A degree in ecology, biology, environmental science or a related subject"
    status, missing, asked = _match(requirement, cv)
    assert status == "matched", missing
    assert "environmental science" not in asked


def test_a_degree_in_a_field_the_ad_does_not_offer_settles_nothing() -> None:
    cv = CV.replace("Bachelor of Science (Geology)", "BSc (Hons) Accounting")
    requirement = "A degree in ecology, biology or environmental science"
    status, _, _ = _match(requirement, cv)
    assert status != "matched"


ST_CV = """# Sam Ortiz

## Experience

### Surgical Technologist — Oakwood Surgery Center
July 2017 – Present

- Scrub general and orthopedic cases, 6 a day

## Education
- Associate of Applied Science in Surgical Technology — Sinclair Community College, 2017
"""


def test_a_programme_finished_is_the_programme_an_ad_asks_graduates_of() -> None:
    status, missing, asked = _match("Graduate of an accredited surgical technology program",
                                    ST_CV)
    assert status == "matched", missing
    assert not asked


def test_a_programme_not_finished_is_not() -> None:
    cv = ST_CV.replace("Sinclair Community College, 2017",
                       "Sinclair Community College, expected 2027")
    status, _, _ = _match("Graduate of an accredited surgical technology program", cv)
    assert status != "matched"


PLANT_CV = """# Sione Taufa

## Experience

### Desalination Plant Operator — Island Water Ltd
Mar 2016 – Present

- Run the reverse osmosis desalination units on 12-hour shifts
- Clean and pack the sand filters each quarter
"""


def test_the_alternative_to_a_setting_the_cv_names_is_not_asked() -> None:
    """"At least 5 years operating a desalination or water treatment plant", for a CV that runs
    desalination units, asked: Does "... desalination units ..." show water treatment plant?
    One of the two is what the ad asks for, and the CV names it."""
    _, _, asked = _match("At least 5 years operating a desalination or water treatment plant",
                         PLANT_CV)
    assert not any("water treatment" in term or "desalination" in term for term in asked)
    # a list of three, the CV naming the first: neither of the others is asked
    _, _, asked = _match("5 years in desalination, borehole or other water treatment work",
                         PLANT_CV)
    assert not any("borehole" in term or "water treatment" in term for term in asked)


def test_a_second_thing_the_ad_asks_for_with_and_is_still_asked() -> None:
    """"and" asks for both: the CV naming desalination shows nothing of the wastewater."""
    _, _, asked = _match("Experience of desalination and wastewater treatment plants",
                         PLANT_CV)
    assert any("wastewater" in term for term in asked)


def test_the_alternative_to_a_term_the_cv_says_only_in_part_is_still_asked() -> None:
    """"... filter maintenance or desalination experience": the CV names desalination, not
    "desalination experience", so the tailored CV would still say neither term; the other one,
    which a line may show, is asked about."""
    _, _, asked = _match("Several years of hands-on filter maintenance or desalination "
                         "experience", PLANT_CV)
    assert any("filter maintenance" in term for term in asked)
