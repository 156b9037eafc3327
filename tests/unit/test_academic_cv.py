"""A PhD's academic CV to a data scientist post: a "## Research Interests" section under the
name is a section (not lines of the header), and a new summary names tools, not a practice
("... working with Python, SQL and Version control")."""

from __future__ import annotations

from cvtailor.engines.offline.cv_parser import parse_cv_text
from cvtailor.engines.offline.writer import summary_sentence
from cvtailor.models import SectionKind
from cvtailor.text.cvtext import interest_ids
from cvtailor.text.vocabulary import default_vocabulary


def test_a_section_under_the_name_that_the_names_list_lacks_is_still_a_section() -> None:
    cv = parse_cv_text("# Dr. Lena Hoffmann\nToronto, ON · lena@example.com\n\n"
                       "## Research Interests\nBayesian statistics, ecological forecasting\n\n"
                       "## Selected Work Credits\n- Edited the feature documentary Ice Roads\n\n"
                       "## Education\n**PhD, Ecology**, University of Toronto, 2020 – 2025\n")
    assert cv.contact == ["Toronto, ON · lena@example.com"]
    assert [(s.kind, s.heading) for s in cv.sections] == [
        (SectionKind.OTHER, "Research Interests"), (SectionKind.OTHER, "Selected Work Credits"),
        (SectionKind.EDUCATION, "Education")]
    # what the research is about is liked, not done: no evidence of a skill
    assert interest_ids(cv) == {i.id for i in cv.sections[0].entries[0].items}
    # the name may be a second-level heading, and "## Contact" is the header's
    cv = parse_cv_text("## Jane Doe\nLeeds\n\n## Contact\n07700 900123\n\n## Experience\n"
                       "### Nurse — NHS\n2020 – 2024\n- Cared for patients\n")
    assert (cv.name, cv.contact) == ("Jane Doe", ["Leeds", "07700 900123"])


def test_a_new_summary_names_tools_not_a_practice() -> None:
    vocab = default_vocabulary()
    assert summary_sentence("Doctoral Researcher", ["Python", "SQL", "version control"],
                            vocab) == "Doctoral Researcher working with Python and SQL."


def test_a_lead_in_lowers_a_verb_before_a_name_but_not_a_name() -> None:
    """"Backtests: Built Bayesian hierarchical models ..." kept the capital of a verb because
    a name followed it (as "Crown Melbourne's ..." keeps a name's)."""
    from cvtailor.engines.offline.writer import _lead_in

    assert _lead_in("Built Bayesian hierarchical models in Stan", "Backtests") == \
        "Backtests: built Bayesian hierarchical models in Stan"
    assert _lead_in("Crown Melbourne's VIP rooms, 40 covers", "Fine dining") == \
        "Fine dining: Crown Melbourne's VIP rooms, 40 covers"


def test_bayesian_models_and_out_of_sample_checks_show_the_ads_terms() -> None:
    from cvtailor.engines.offline.jd_parser import parse_jd_text
    from cvtailor.research.evidence import find_evidence

    vocab = default_vocabulary()
    cv = parse_cv_text("# A\n\n## Experience\n\n### Doctoral Researcher — University of "
                       "Toronto\n2020 – 2025\n\n- Built Bayesian hierarchical models in Stan to "
                       "forecast fish recruitment, with out-of-sample checks against 10 years of "
                       "survey data\n")
    job = parse_jd_text("# Data Scientist\n\n## Requirements\n- Strong knowledge of "
                        "probabilistic modelling\n- Design experiments and backtests to evaluate "
                        "model changes\n", vocab)
    found = find_evidence(cv, job, vocab)
    terms = {e.term for rows in found.values() for e in rows if e.via != "semantic"}
    assert {"probabilistic modelling", "backtests"} <= terms
