"""What trying the tool as a job seeker found, on a CV and an ad outside every labelled set: a
Berlin supply chain analyst (a Markdown CV with a skills table) to a senior demand planning
analyst (a Hamburg retailer's ad in English, laid out as German ads are: "Your tasks", "Your
profile", "(m/f/d)"). Each test failed on the code before the fix."""

from __future__ import annotations

from cvtailor.engines.offline.cv_parser import parse_cv_text
from cvtailor.engines.offline.jd_parser import parse_jd_text
from cvtailor.models import SectionKind
from cvtailor.text.vocabulary import default_vocabulary
from cvtailor.writers.markdown import render_markdown

VOCAB = default_vocabulary()

AD = """# Senior Demand Planning Analyst (m/f/d)

**Nordmarkt SE** · Hamburg · Full-time

## Your tasks
- Own statistical demand forecasting for our fresh and ambient ranges
- Prepare the demand inputs for the monthly S&OP process

## Your profile
- Very good SQL and Python skills
- Fluent German and very good English

## Nice to have
- Knowledge of promotion and seasonality effects
"""


def test_your_tasks_and_your_profile_are_read() -> None:
    """Only the "Nice to have" list was read: "Your tasks" and "Your profile" named no section,
    so their bullets counted only as an ad with no requirement section would have them. The
    title kept "(m/f/d)", and "Fluent" was a term ("Does ... show fluent?")."""
    job = parse_jd_text(AD, VOCAB)
    assert job.title == "Senior Demand Planning Analyst"
    kinds = {r.text: (r.category, r.priority) for r in job.requirements}
    assert len(job.requirements) == 5
    assert kinds["Own statistical demand forecasting for our fresh and ambient ranges"][0] == \
        "responsibility"
    assert kinds["Knowledge of promotion and seasonality effects"][1] == "nice_to_have"
    german = next(r for r in job.requirements if r.text.startswith("Fluent German"))
    assert "Fluent" not in german.keywords


def test_a_markdown_skills_table_is_a_list_of_labelled_lines() -> None:
    """"| Area | Tools |", "|---|---|" and each row were items, printed "- |---|---|"."""
    cv = parse_cv_text("# Jonas Weber\n\n## Skills\n\n| Area | Tools |\n|---|---|\n| Analytics "
                       "| Python (pandas), SQL |\n| BI | Power BI, Tableau |\n\n## Languages\n\n"
                       "German (native), English (C1)\n")
    skills = next(s for s in cv.sections if s.kind == SectionKind.SKILLS)
    assert [i.text for e in skills.entries for i in e.items] == [
        "Analytics: Python (pandas), SQL", "BI: Power BI, Tableau"]
    assert "|---|" not in render_markdown(cv)
