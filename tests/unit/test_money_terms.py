"""A term that names money (a budget, billing, costs) is decided by similarity only on a line
that says money. Two false claims of a held-out set's first run: a cheesemaker's line about
the cheese room's holiday cover was near "Manage the cheese room budget", a plant operator's
month-end meter reading near "Prepare monthly energy billing reports"."""

from cvtailor.models import JobPosting, Requirement
from cvtailor.research.evidence import add_semantic
from cvtailor.research.similarity import money_unsaid
from cvtailor.text.vocabulary import default_vocabulary

COVER = "Put together the weekend and holiday cover for the bakery and swapped shifts."
METERS = "Read the export energy meters with the grid operator's meter reader at month end."


def test_money_work_is_told_in_money() -> None:
    assert money_unsaid("bakery budget", COVER)
    assert money_unsaid("energy billing reports", METERS)
    assert money_unsaid("project costs", "Ran the weekly site meeting for 3 projects.")
    # a line that says money, a sale or a currency may show it
    assert not money_unsaid("bakery budget", "Kept the bakery's £40k ingredient spend on plan.")
    assert not money_unsaid("cost estimates", "Prepared opinions of probable construction cost.")
    assert not money_unsaid("energy billing reports",
                            "Checked the monthly energy invoices against the meter reads.")
    assert not money_unsaid("labor plans", "Built weekly labor schedules against forecasts.")


def test_a_line_near_a_budget_without_money_stays_a_question() -> None:
    vocab = default_vocabulary()
    job = JobPosting(title="Head Baker", requirements=[
        Requirement(id="budget", text="Manage the bakery budget",
                    keywords=["bakery budget"])])
    merged = add_semantic({}, {"budget": [("experience-1-1", 0.66)]},
                          {"experience-1-1": COVER}, job, vocab)
    assert [(e.via, e.term) for e in merged["budget"]] == [("semantic", "")]
    spend = "Kept the bakery's £40k ingredient spend on plan every month."
    merged = add_semantic({}, {"budget": [("experience-1-1", 0.66)]},
                          {"experience-1-1": spend}, job, vocab)
    assert [(e.via, e.term) for e in merged["budget"]] == [("similarity", "bakery budget")]


def test_which_budget_a_term_names_must_be_said() -> None:
    """A grants assistant's "Update the budget lines of running projects when a donor approves
    a no-cost extension" was near "Prepare proposal budgets for new funding applications"
    and wrote "Proposal budgets" into it (the false claim of blind65's first run): the line
    says money, a budget, but not which one. One noun saying which budget, fee or cost is
    enough to leave it a question; a word that only grades it is not."""
    from cvtailor.research.similarity import only_the_kind

    lines = "Update the budget lines of running projects when a donor approves a no-cost extension."
    assert only_the_kind("proposal budgets", lines)
    assert not only_the_kind("proposal budgets", "Drafted the budgets of 6 funding proposals.")
    assert not only_the_kind("accurate budgets", "Kept every budget line up to date.")
    vocab = default_vocabulary()
    job = JobPosting(title="Grants Officer", requirements=[
        Requirement(id="budgets", text="Prepare proposal budgets for new funding applications",
                    keywords=["proposal budgets", "funding applications"])])
    merged = add_semantic({}, {"budgets": [("experience-1-1", 0.66)]},
                          {"experience-1-1": lines}, job, vocab)
    assert [(e.via, e.term) for e in merged["budgets"]] == [("semantic", "")]
