"""Found trying the tool on four CV/ad pairs written before running anything: a Bristol senior
veterinary nurse (a prose ad), a Phoenix HVAC lead technician (an Indeed ad), a Pune QA lead
(a Markdown ad with a plain-text CV) and a Truganina warehouse supervisor (a SEEK-style ad).
Each test failed on the code before the fix."""

from __future__ import annotations

from typing import Any

from cvtailor.engines.offline.jd_parser import parse_jd_text
from cvtailor.models import JobPosting
from cvtailor.session import analyze
from cvtailor.text.vocabulary import default_vocabulary


def _parse(body: str) -> JobPosting:
    return parse_jd_text(f"# Lead Technician\n\n**Sunbelt Comfort Services** · Phoenix, AZ\n\n"
                         f"{body}", default_vocabulary())


def _keywords(job: JobPosting) -> dict[str, list[str]]:
    return {r.text: r.keywords for r in job.requirements}


def _only_requirement(cv: str, jd: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The analysis of an ad with one requirement, and that requirement."""
    report = analyze(cv, jd, semantic=False)
    (req,) = report["requirements"]
    return report, req


def test_the_sentence_announcing_the_job_keeps_the_duty_it_names() -> None:
    """"We're growing and need a Lead Technician to run a crew of service techs": the title is
    no requirement, running the crew is. Before, the duty was lost with the title (the
    veterinary ad) or the title and the site became its terms (the warehouse ad)."""
    job = _parse("## About the role\n\nWe're growing and need a Lead Technician to run a crew "
                 "of service techs. Our Truganina distribution centre is looking for a "
                 "Warehouse Supervisor to lead our inbound operation on afternoon shift. We are "
                 "looking for a Senior Veterinary Nurse to lead our nursing team day to day. "
                 "We are hiring a Receptionist to join our friendly team.\n\n"
                 "## Requirements\n\n- 5+ years of HVAC service experience\n")
    texts = [r.text for r in job.requirements]
    assert texts[:3] == ["Run a crew of service techs",
                         "Lead our inbound operation on afternoon shift",
                         "Lead our nursing team day to day"]
    assert not any("Receptionist" in t or "join" in t for t in texts)
    kw = _keywords(job)
    assert kw["Lead our inbound operation on afternoon shift"] == ["inbound operation"]
    assert all("Supervisor" not in k and "Technician" not in k for ks in kw.values() for k in ks)


def test_how_long_the_employer_has_been_at_it_is_its_story() -> None:
    job = _parse("Full job description\n\nSunbelt Comfort Services has been keeping the "
                 "Valley cool since 1988. We have been fixing Phoenix air conditioners for "
                 "over 30 years.\n\nResponsibilities:\n- Diagnose and repair heat pumps\n")
    assert [r.text for r in job.requirements] == ["Diagnose and repair heat pumps"]


def test_clock_times_and_how_much_of_the_candidate_are_no_terms() -> None:
    job = _parse("## What you'll bring\n\n- Availability to work afternoon shift (2pm – "
                 "10:30pm)\n- Exposure to the BFSI domain\n")
    kw = _keywords(job)
    assert kw["Exposure to the BFSI domain"] == ["BFSI domain"]
    shift = kw["Availability to work afternoon shift (2pm – 10:30pm)"]
    assert not any(any(c.isdigit() for c in k) for k in shift)


def test_an_unknown_product_listed_with_known_ones_is_a_term() -> None:
    """"Selenium with Java and TestNG": the vocabulary knows the first two; TestNG, a name
    spelled as one, was dropped."""
    kw = _keywords(_parse("## Requirements\n\n- Strong hands-on experience in Selenium with "
                          "Java and TestNG\n"))
    assert kw["Strong hands-on experience in Selenium with Java and TestNG"] == [
        "Selenium", "Java", "TestNG"]


def test_two_verbs_sharing_an_object_give_each_its_object() -> None:
    kw = _keywords(_parse("## Responsibilities\n\n- Monitoring and inducing anaesthesia under "
                          "the direction of the vet\n- Supervising and coaching teaching staff\n"))
    assert kw["Monitoring and inducing anaesthesia under the direction of the vet"] == [
        "Monitoring anaesthesia", "inducing anaesthesia"]
    # a modifier of a noun for people is no object of both ("teaching staff")
    assert "Supervising teaching" not in kw["Supervising and coaching teaching staff"]


def test_an_award_is_asked_for_by_its_whole_name() -> None:
    """"the Certificate in Advanced Veterinary Nursing" gave "Veterinary Nursing" and
    "Certificate": a diploma in veterinary nursing met part of it."""
    kw = _keywords(_parse(
        "## Requirements\n\n- It would be an advantage if you hold the Certificate in Advanced "
        "Veterinary Nursing\n- Certificate IV in Training and Assessment\n- Hold a Certificate "
        "IV in Work Health and Safety\n- Current G2 Supervisor Certificate of Competency\n"
        "- You must hold a Diploma in Dental Hygiene\n"))
    assert list(kw.values()) == [["Certificate in Advanced Veterinary Nursing"],
                                 ["Certificate IV in Training and Assessment"],
                                 ["Certificate IV in Work Health and Safety"],
                                 ["G2 Supervisor Certificate of Competency"],
                                 ["Diploma in Dental Hygiene"]]


def test_a_diploma_in_the_field_does_not_meet_an_advanced_certificate() -> None:
    cv = ("# Hannah Whitfield\n\n## Experience\n\n### Registered Veterinary Nurse — Cotswold "
          "Vets, Bristol\n*2020 – present*\n\n- Monitor anaesthesia for around 15 procedures a "
          "week\n\n## Education\n\nDiploma in Veterinary Nursing (Small Animal), Hartpury "
          "College, 2020\n")
    jd = ("# Senior Veterinary Nurse\n\n**Westbury Animal Hospital** · Bristol\n\n"
          "## Requirements\n\n- You hold the Certificate in Advanced Veterinary Nursing\n")
    _, req = _only_requirement(cv, jd)
    assert req["status"] == "gap"


def test_a_practice_the_vocabulary_knows_is_asked_of_the_line_that_shows_it() -> None:
    """"Strong electrical troubleshooting skills" with "Troubleshoot control boards,
    thermostats and low-voltage wiring": before, "Your CV does not mention electrical
    troubleshooting"; now a confirm question quoting the line (never a claim on it alone)."""
    cv = ("# Marcus Reyes\n\n## Experience\n\n### HVAC Service Technician — Desert Air, Phoenix\n"
          "*2019 – present*\n\n- Troubleshoot control boards, thermostats and low-voltage wiring "
          "with a multimeter\n- Sell maintenance agreements at the end of calls\n"
          "- Log every job in ServiceTitan\n")
    jd = ("# HVAC Lead Technician\n\n**Sunbelt Comfort Services** · Phoenix, AZ\n\n"
          "## Requirements\n\n- Strong electrical troubleshooting skills\n")
    report, req = _only_requirement(cv, jd)
    assert req["status"] != "matched"
    (q,) = [q for q in report["questions"] if q["term"] == "electrical troubleshooting"]
    assert q["kind"] == "confirm"
    assert q["evidence"][0]["text"].startswith("Troubleshoot control boards")
