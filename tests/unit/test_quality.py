"""The fabrication guard and the other per-draft checks, engine-independent."""

from __future__ import annotations

import pytest

from cvtailor.checks.fabrication import check_draft, mask, numbers, pii_findings
from cvtailor.models import Draft
from cvtailor.text.vocabulary import default_vocabulary

EVIDENCE = ["Cut infrastructure spend by $410K in Jan 2019 across 22 services using Postgres.",
            "Senior Data Engineer — Lumen Freight"]


def check(text: str, original: str = EVIDENCE[0]):
    draft = Draft(item_id="x", text=text, original=original)
    return check_draft(draft, EVIDENCE, default_vocabulary())


def codes(text: str) -> set[str]:
    return {i.code for i in check(text).issues if i.severity == "error"}


def test_number_formats_are_normalised() -> None:
    assert numbers("$410K") == numbers("$410,000") == {"410000"}
    assert numbers("Jan 2019") == numbers("01/2019") == {"2019-01"}
    assert numbers("35%") == {"35%"} and numbers("1.2M") == {"1.2e+06"}


def test_faithful_rewrite_passes() -> None:
    result = check("Cut infrastructure spend by $410,000 in 01/2019 across 22 services using "
                   "PostgreSQL.")
    assert result.passed, result.issues


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Cut spend by $500K across 22 services using Postgres in Jan 2019.", "fabricated_number"),
        ("Cut spend by $410K in Jan 2019 across 22 services, a 40% saving, using Postgres.",
         "fabricated_number"),
        ("Cut spend by $410K in March 2020 across 22 services using Postgres.",
         "fabricated_number"),
        ("Cut spend by $410K in Jan 2019 across 22 services using Postgres and Kafka.",
         "unsupported_skill"),
        ("Cut spend by $410K in Jan 2019 across 22 services at Google using Postgres.",
         "unsupported_name"),
        ("As Principal Engineer, cut spend by $410K in Jan 2019 across 22 Postgres services.",
         "unsupported_name"),
        ("Cut spend by $410K in Jan 2019 across 22 services; holds a PhD and AWS certification.",
         "unsupported_skill"),
    ],
)
def test_fabrications_are_errors(text: str, code: str) -> None:
    assert code in codes(text)


def test_length_placeholder_and_empty() -> None:
    assert "length" in codes("Cut spend.")
    assert "placeholder" in codes("Cut infrastructure spend by $410K in Jan 2019 across 22 "
                                  "services using Postgres [insert metric].")
    assert "empty" in codes("   ")


def test_personal_data_is_masked_never_repeated() -> None:
    found = dict(pii_findings("SSN 123-45-6789, born on 12/03/1990, lives at 42 Baker Street"))
    assert set(found) >= {"national_id", "date_of_birth", "street_address"}
    assert found["national_id"].endswith("6789") and "123-45" not in found["national_id"]
    assert mask("123-45-6789") == "***-**-6789"


def test_a_job_term_inside_a_term_the_evidence_shows_is_no_new_claim() -> None:
    # "Recruiting metrics" is evidenced by the CV's time-to-fill (the vocabulary's knowledge);
    # the job's other term "metrics" is that term's own word, not a claim of its own
    vocab = default_vocabulary()
    evidence = ["Run intake meetings with hiring managers; average time-to-fill fell from 62 "
                "to 41 days."]
    draft = Draft(item_id="kq", text="Recruiting metrics", original="")
    result = check_draft(draft, evidence, vocab, job_terms=["recruiting metrics", "metrics"])
    assert result.passed, result.issues
    # the same word said outside it is still the job's term the evidence does not show
    draft = Draft(item_id="kq", text="Recruiting metrics and sales metrics", original="")
    result = check_draft(draft, evidence, vocab, job_terms=["recruiting metrics", "metrics"])
    assert "unsupported_term" in {i.code for i in result.issues}


def test_a_draft_that_drops_one_of_two_equal_numbers_drops_a_fact() -> None:
    """"Trained 3 apprentices through their 2nd and 3rd periods": a rewrite without "and 3rd"
    still says 3 and 2, but drops one of the line's facts."""
    original = "Trained 3 apprentices through their 2nd and 3rd periods"
    dropped = check("Mentoring: trained 3 apprentices through their 2nd periods", original)
    assert "dropped_fact" in {i.code for i in dropped.issues}
    kept = check("Mentoring: trained 3 apprentices through their 2nd and 3rd periods", original)
    assert "dropped_fact" not in {i.code for i in kept.issues}
