"""What trying the tool as a job seeker found, on ads outside every labelled set: a LinkedIn
prose ad for a senior transport planner (no headings under "About the job") and a Quebec
maintenance planner ad. The employer's story and the job's announcement were read as duties,
and so were asked about; "e.g." and a lone "actions" became terms. Each test failed on the
code before its fix."""

from __future__ import annotations

from cvtailor.engines.offline.jd_parser import parse_jd_text
from cvtailor.models import Requirement
from cvtailor.text.vocabulary import default_vocabulary

VOCAB = default_vocabulary()

PLANNER = """Senior Transport Planner - International Road Freight

Kuehne+Nagel · Born, Limburg, Netherlands (On-site)

About the job

At Kuehne+Nagel, our road logistics team in Born moves goods for automotive and consumer brands across Europe every day. We are growing and are looking for a Senior Transport Planner to strengthen our international desk.

In this role you will take ownership of the planning of our own fleet and charter partners on routes between the Benelux, Germany, France and Poland. You will coach two junior planners and help them grow. You will analyse route profitability and propose improvements to the operations manager.

What we are looking for: you have an MBO 4 or HBO degree in logistics and at least four years of experience as a planner in international road transport. Experience with Power BI would be an advantage.
"""

MILL = """# Maintenance Planner

**Domtar — Windsor, Quebec** · Permanent

## Your role
- Analyse breakdowns with the reliability team (root cause analysis) and follow up on actions
- Build the weekly maintenance schedule with operations and the crew supervisors

## Assets
- Planning and scheduling training (e.g. Doc Palmer, Marshall Institute)
"""


def _reqs(ad: str) -> list[Requirement]:
    return parse_jd_text(ad, VOCAB).requirements


def test_the_employers_story_and_the_jobs_announcement_ask_nothing() -> None:
    texts = [r.text for r in _reqs(PLANNER)]
    assert not any(t.startswith(("At Kuehne+Nagel", "We are growing")) for t in texts), texts
    # what the job asks stays
    assert any("route profitability" in t for t in texts)
    assert any("junior planners" in t for t in texts)
    assert any("Power BI" in t for t in texts)


def test_an_announcement_that_names_a_duty_stays() -> None:
    """"We are looking for a Lead Medical Assistant to coordinate our MA team": the purpose
    after the title is a duty, not the team's news ("to strengthen our desk")."""
    from cvtailor.engines.offline.jd_parser import _employer_story

    assert _employer_story("We are growing and are looking for a Senior Transport Planner to "
                           "strengthen our international desk", "Kuehne+Nagel")
    assert _employer_story("We're hiring a Line Cook to join our kitchen", "Fennel")
    assert not _employer_story("We are looking for a Lead Medical Assistant to coordinate our "
                               "MA team", "Green Country")
    assert not _employer_story("We are looking for a planner with TMS experience", "Acme")


def test_examples_lead_in_and_a_lone_actions_are_no_terms() -> None:
    reqs = _reqs(MILL)
    terms = {k for r in reqs for k in r.keywords}
    assert "Doc Palmer" in terms and not any(k.lower().startswith("e.g") for k in terms), terms
    assert "actions" not in terms, terms
    assert "root cause analysis" in terms
