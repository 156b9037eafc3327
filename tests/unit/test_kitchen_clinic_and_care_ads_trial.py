"""Found trying the tool on four more CV/ad pairs written before running anything: an Ottawa
lead dental hygienist (a prose ad), a Columbus accounts payable supervisor (a plain-text CV,
an Indeed-style ad), a Kinsale sous chef (a JSON Resume CV, a Markdown ad) and a Hamilton
disability support team leader (a prose ad). Each test failed on the code before the fix."""

from __future__ import annotations

from cvtailor.engines.offline.jd_parser import parse_jd_text
from cvtailor.models import JobPosting
from cvtailor.session import analyze
from cvtailor.text.vocabulary import default_vocabulary


def _parse(body: str) -> JobPosting:
    return parse_jd_text(f"# Team Leader\n\n**Te Whare Awhina Services** · Hamilton\n\n{body}",
                         default_vocabulary())


def _keywords(job: JobPosting) -> dict[str, list[str]]:
    return {r.text: r.keywords for r in job.requirements}


def test_an_award_named_after_a_place_called_new_keeps_its_new() -> None:
    kw = _keywords(_parse(
        "## Requirements\n\n- You will hold the New Zealand Certificate in Health and Wellbeing "
        "(Level 4)\n"))
    assert list(kw.values()) == [["New Zealand Certificate in Health and Wellbeing", "Level 4"]]


def test_how_good_or_how_often_is_no_term_alone() -> None:
    """"or higher" gave "higher", which a CV's "Higher Certificate in Culinary Arts" met."""
    kw = _keywords(_parse(
        "## Requirements\n\n- Food Safety Level 2 or higher\n- You must be registered with the "
        "CDHO and in good standing\n- You'll run the kitchen in their absence\n"))
    assert kw["Food Safety Level 2 or higher"] == ["Food Safety", "Level 2"]
    assert kw["You must be registered with the CDHO and in good standing"] == ["CDHO"]
    assert kw["You'll run the kitchen in their absence"] == ["kitchen"]


def test_a_kitchens_perks_are_no_requirement_but_its_duties_are() -> None:
    job = _parse("## About you\n\n- Staff meals, tips shared, and a 4-day week\n"
                 "- Prepare staff meals and the daily family lunch\n")
    assert [r.text for r in job.requirements] == [
        "Prepare staff meals and the daily family lunch"]


def test_a_noun_shared_before_a_passive_is_not_a_second_duty() -> None:
    """"make sure our infection prevention and control protocols are followed" was cut into
    "Make sure our infection prevention" and "Control protocols are followed ..."."""
    job = _parse("We are looking for a Team Leader to lead a team of 15 support workers. You "
                 "will make sure our infection prevention and control protocols are followed "
                 "in every home.\n\n## Requirements\n\n- Experience in disability support\n")
    texts = [r.text for r in job.requirements]
    assert texts[:2] == ["Lead a team of 15 support workers", "You will make sure our infection "
                         "prevention and control protocols are followed in every home"]
    assert not any(t.startswith("Control protocols") for t in texts)


def test_a_kitchen_title_in_french_is_one_term() -> None:
    kw = _keywords(_parse("## About you\n\n- At least 2 years' experience as a Chef de Partie "
                          "or Junior Sous Chef in a quality kitchen\n"))
    (terms,) = kw.values()
    assert "Chef de Partie" in terms and "Chef" not in terms


CV = ("# Daniel Kowalski\n\n## Experience\n\n### Accounts Payable Clerk — Midwest Packaging, "
      "Dublin, OH\n*2018 – 2021*\n\n- Entered invoices in QuickBooks\n\n## Education\n\n"
      "A.A.S. Accounting, Columbus State Community College, 2018\n")


def _status(cv: str, ask: str) -> str:
    jd = f"# AP Supervisor\n\n**Lakeview Foods** · Columbus, OH\n\n## Qualifications\n\n- {ask}\n"
    (req,) = analyze(cv, jd, semantic=False)["requirements"]
    return str(req["status"])


def test_an_applied_science_associate_degree_has_the_field_written_after_it() -> None:
    """"A.A.S. Accounting" was read as an associate's in applied science: no associate's
    degree in accounting."""
    assert _status(CV, "Associate's degree in Accounting") == "matched"
    assert _status(CV, "Associate's degree in Nursing") == "gap"


def test_the_lowest_degree_offered_meets_the_requirement() -> None:
    """"Associate's or Bachelor's degree in Accounting or Finance": the A.A.S. meets it; the
    bachelor's it offers instead is not missing (and never written: it is not held)."""
    assert _status(CV, "Associate's or Bachelor's degree in Accounting or Finance") == "matched"
    assert _status(CV, "Bachelor's degree in Accounting") == "gap"
    report = analyze(CV, "# AP Supervisor\n\n**Lakeview Foods** · Columbus, OH\n\n## "
                         "Qualifications\n\n- Associate's or Bachelor's degree in Accounting\n",
                     semantic=False)
    (req,) = report["requirements"]
    assert "Bachelor's degree" not in req.get("covered_keywords", [])
