"""Found trying the tool on two more CV/ad pairs written before running anything: an Atlanta
store manager (a US ad in prose and bullets) and a Singapore demand planner (a Markdown ad).
Each test failed on the code before the fix."""

from __future__ import annotations

from cvtailor.engines.offline.jd_parser import parse_jd_text
from cvtailor.session import analyze
from cvtailor.text.vocabulary import default_vocabulary
from cvtailor.text.wordforms import compound_spelling


def test_a_compound_written_open_or_closed_is_the_same_word() -> None:
    assert compound_spelling("keyholders", "6 of my hires became key holders") == "key holders"
    assert compound_spelling("key holders", "Trained the keyholders") == "keyholders"
    assert compound_spelling("workflow", "set up a new work flow") == "work flow"
    # each part is a word of its own (three letters at least), the whole at least seven
    assert compound_spelling("data", "data base") == ""
    assert compound_spelling("setup", "set up the tills") == ""


def test_a_line_that_writes_the_compound_the_other_way_evidences_it() -> None:
    cv = ("# Jasmine Carter\n\n## Experience\n\n### Assistant Store Manager — Peachtree "
          "Outfitters, Atlanta, GA\n*2020 – present*\n\n- Hire, schedule and coach part-time "
          "associates; 6 of my hires became key holders\n")
    jd = ("# Store Manager\n\n**Southern Threads** · Atlanta, GA\n\n## What you'll do\n\n"
          "- Recruit and develop keyholders\n")
    (req,) = analyze(cv, jd, semantic=False)["requirements"]
    assert req["status"] != "gap"
    assert [(e["term"], e["matched"]) for e in req["evidence_detail"]] == [
        ("keyholders", "key holders")]


def test_a_light_verb_before_what_the_vocabulary_names_is_no_term() -> None:
    job = parse_jd_text("# Store Manager\n\n**Southern Threads** · Atlanta, GA\n\n## What you'll "
                        "bring\n\n- Experience managing a P&L and controlling payroll\n- 5+ "
                        "years in software testing, with at least 1 year leading or mentoring "
                        "testers\n- Budgeting and forecasting\n", default_vocabulary())
    kw = [r.keywords for r in job.requirements]
    assert kw[0] == ["payroll", "P&L"]
    assert "leading" not in kw[1]
    assert kw[2] == ["Budgeting", "forecasting"]


def test_what_the_ad_likens_the_job_to_is_no_requirement() -> None:
    """"As Store Manager, you are the CEO of your store" gave the term "CEO"."""
    job = parse_jd_text("# Store Manager\n\n**Southern Threads** · Atlanta, GA\n\n## What you'll "
                        "do\n\nAs Store Manager, you are the CEO of your store. You'll own the "
                        "P&L.\n", default_vocabulary())
    assert [r.text for r in job.requirements] == ["You'll own the P&L"]


def test_a_frontend_ads_names_and_the_cv_s_tools_that_show_them() -> None:
    """Found on a Berlin senior frontend engineer's ad: "Core Web Vitals" gave "Vitals" (read
    as vital signs) and "Core Web"; a CV's SCSS did not show CSS; "Experience building or
    maintaining a component library" gave the term "building". The ad's bare "E2E" stays
    asked: respelled to it, "Wrote end-to-end tests with Cypress" would read "Wrote E2E with
    Cypress"."""
    cv = ("# Lukas Becker\n\n## Experience\n\n### Frontend Developer — Parcelio GmbH, Berlin\n"
          "*2021 – present*\n\n- Wrote end-to-end tests with Cypress\n- Built landing pages in "
          "Vue.js and SCSS\n- Split 40 buttons and forms into a shared component library\n")
    jd = ("# Senior Frontend Engineer\n\n**Lieferwerk** · Berlin\n\n## Must have\n\n- Improve "
          "web performance (Core Web Vitals)\n- Deep knowledge of modern CSS\n- Experience with "
          "automated testing (unit, integration and E2E)\n- Experience building or maintaining "
          "a component library\n")
    reqs = analyze(cv, jd, semantic=False)["requirements"]
    assert "Core Web Vitals" in reqs[0]["keywords"] and "Vitals" not in reqs[0]["keywords"]
    assert [r["status"] for r in reqs[1:]] == ["matched", "partial", "matched"]
    assert any(e["term"] == "automated testing" for e in reqs[2]["evidence_detail"])
    assert reqs[3]["keywords"] == ["component library"]
