"""A real ad buried in hundreds of KB of legal boilerplate reads as the ad: the boilerplate is
trimmed (with a warning saying what), the size limit applies to what is left, the JD parser
sees only the real requirements, and it takes less than twice a normal JD's time."""

from __future__ import annotations

import time

import pytest

from cvtailor.errors import InputError
from cvtailor.readers import MAX_TEXT_CHARS, from_bytes
from cvtailor.text.vocabulary import default_vocabulary

AD = """# Senior Data Engineer

Northwind Energy · Lisbon · Hybrid

## Responsibilities

- Build and run batch and streaming pipelines in Python and SQL.
- Own the Airflow deployment and its data quality checks.
- Model the warehouse with dbt for the analytics team.

## Requirements

- 5+ years building data pipelines in Python.
- Strong SQL and experience with PostgreSQL or BigQuery.
- Experience with Apache Kafka or another streaming platform.
- Kubernetes and Terraform in production.
"""

EEO = ("Northwind Energy is an equal opportunity employer. We consider all qualified applicants "
       "without regard to race, colour, religion, sex, sexual orientation, gender identity, "
       "national origin, disability or protected veteran status, clause {n}.")
PRIVACY = ("We process the personal data you send us in accordance with applicable law and our "
           "privacy notice; data protection requests go to the data protection officer ({n}).")


def _buried(size: int = 400_000) -> str:
    parts = [AD, "\n## Equal Opportunity\n"]
    n = 0
    while sum(len(p) for p in parts) < size * 0.55:
        parts.append(EEO.format(n=n) + "\n")
        n += 1
    parts.append("\n## Privacy Notice\n")
    while sum(len(p) for p in parts) < size:
        parts.append(PRIVACY.format(n=n) + "\n")
        n += 1
    return "\n".join(parts)


def _parse(text: str, name: str) -> tuple[float, list[str], tuple[str, ...]]:
    from cvtailor.engines.offline.jd_parser import parse_jd_text

    vocab = default_vocabulary()
    start = time.perf_counter()
    doc = from_bytes(text.encode(), name=name, kind="JD")
    job = parse_jd_text(doc.text, vocab)
    return time.perf_counter() - start, [r.text for r in job.requirements], doc.warnings


def test_jd_buried_in_boilerplate_reads_as_the_ad() -> None:
    big = _buried()
    assert len(big) > MAX_TEXT_CHARS  # refused before this change
    _parse(AD, "warm.md")
    normal_s = min(_parse(AD, "jd.md")[0] for _ in range(3))
    big_s, reqs, warnings = _parse(big, "jd.md")
    _, normal_reqs, _ = _parse(AD, "jd.md")
    assert reqs == normal_reqs
    assert not any("equal opportunity" in r.lower() or "privacy" in r.lower() for r in reqs)
    assert any("Trimmed boilerplate" in w and "Equal Opportunity" in w for w in warnings)
    assert big_s < 2 * normal_s + 0.25, (big_s, normal_s)  # + a floor for a tiny normal time


def test_size_limit_applies_after_trimming_for_every_format() -> None:
    real = AD + "\n".join(f"- Requirement number {n} about pipelines and data." for n in
                          range(9000))
    assert len(real) > MAX_TEXT_CHARS
    with pytest.raises(InputError, match="too long"):
        from_bytes(real.encode(), name="jd.md", kind="JD")


def test_cv_text_limit_is_the_same_for_text_and_extracted_formats() -> None:
    from tests.formats.hostile import docx_of_paragraphs, para

    words = "Built pipelines in Python and SQL for the energy team every week. "
    text = "# Jane\n\n## Experience\n\n" + "\n".join(f"- {words}{n}" for n in range(7000))
    with pytest.raises(InputError, match="too long"):
        from_bytes(text.encode(), name="cv.md")
    docx = docx_of_paragraphs([para(f"{words}{n}") for n in range(7000)])
    with pytest.raises(InputError, match="too long"):
        from_bytes(docx, name="cv.docx")
