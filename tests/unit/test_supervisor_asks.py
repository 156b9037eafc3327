"""The asks every supervisor's ad makes, in the ad's words ("Plan the rotas", "Supervise the
team", "Line management of the practice team", "Keep the parts inventory right-sized"), are
the vocabulary's skills, so a CV line that shows them in its own words decides them."""

from cvtailor.engines.offline.cv_parser import parse_cv_text
from cvtailor.engines.offline.jd_parser import parse_jd_text
from cvtailor.research.evidence import analyze_gaps, find_evidence
from cvtailor.text.vocabulary import default_vocabulary

CV = """# Dee Rahman

## Experience

### Lead Technician — Northgate Motors
Mar 2020 – Present

- Planned the weekly staff timetable for 9 people, covering holidays and sickness
- Counted and reordered the bay's filters and belts every Friday
- Shift leader for the 4 technicians of the commercial bay
- Worked alongside the body shop on insurance repairs
"""
JD = """# Workshop Supervisor

## What you'll do
- Plan the rotas
- Keep the parts inventory right-sized
- Supervise a team of technicians
- Manage outside vendors for body work
"""


def test_a_supervisors_asks_in_the_ads_words_are_decided_by_the_cvs_words() -> None:
    vocab = default_vocabulary()
    job = parse_jd_text(JD, vocab)
    report = analyze_gaps(job, find_evidence(parse_cv_text(CV), job, vocab), vocab=vocab)
    status = {r.text: report.by_requirement()[r.id].status for r in job.requirements}
    assert status["Plan the rotas"] == "matched"
    assert status["Keep the parts inventory right-sized"] == "matched"
    assert status["Supervise a team of technicians"] == "matched"
    # working alongside another shop is no managing of vendors: not decided
    assert status["Manage outside vendors for body work"] != "matched"


def test_a_key_qualification_names_the_skill_not_the_ads_order() -> None:
    """"Supervise" and "rota" as key qualifications read as an order and a thing: the list
    gives the skill's name ("Staff supervision", "Staff scheduling"); the line keeps its own
    words ("the weekly staff rota" is not respelled "rotas")."""
    import cvtailor

    cv = CV.replace("Planned the weekly staff timetable for 9 people",
                    "Wrote the weekly staff rota for 9 people")
    jd = JD.replace("- Plan the rotas", "- Plan the rota")
    result = cvtailor.tailor(cv, jd)
    qualifications = result.report["key_qualifications"]
    assert "Staff supervision" in qualifications
    assert "Staff scheduling" in qualifications
    assert not {"Supervise", "Rota"} & set(qualifications)
    assert "Wrote the weekly staff rota for 9 people" in result.markdown


def test_a_line_two_asks_of_one_skill_would_lead_takes_the_label_not_the_order() -> None:
    """"Supervise and motivate a team" and "team leader or supervisory experience" both find
    an acting shift lead's line: it leads with "Supervisory experience", not "Supervise"."""
    import cvtailor

    cv = ("# Darren Okafor\n\n## Experience\n\n### Warehouse Operative, Brightwell Foods DC\n"
          "Apr 2021 – Present\n\n- Acting shift lead on nights two weeks in four: allocated "
          "work to 14 pickers and loaders\n- Picked 180+ cases an hour on voice picking\n")
    jd = ("# Warehouse Team Leader\n\n## What you'll do\n- Supervise and motivate a team of "
          "pickers and loaders on nights\n\n## What we're looking for\n- Previous team leader "
          "or supervisory experience in a warehouse\n")
    markdown = cvtailor.tailor(cv, jd).markdown
    assert "- Supervisory experience: acting shift lead on nights" in markdown
    assert "Supervise:" not in markdown
