"""Evidence decisions: paraphrases count through explicit knowledge, near-misses never do."""

from cvtailor.engines.offline.cv_parser import parse_cv_text
from cvtailor.engines.offline.jd_parser import parse_jd_text
from cvtailor.research.evidence import (
    add_semantic,
    analyze_gaps,
    find_evidence,
    near_miss,
)
from cvtailor.text.cvtext import evidence_corpus
from cvtailor.text.vocabulary import default_vocabulary

CV = """# Sam Doe

## Experience

### Backend Engineer — Acme
Jan 2019 – Present

- Built Jenkins pipelines for 40 services
- Worked with VP-level clients to agree on quarterly targets
- Replaced cron jobs with an event-driven pipeline on RabbitMQ
- Preparing for the CPA exam
"""
JD = """# Platform Engineer

## Requirements
- Experience with CI/CD
- Stakeholder management
- Hands-on experience with Apache Kafka
- Active CPA license
- Experience with workflow orchestration (Airflow, Dagster or Prefect)
"""


def setup():
    vocab = default_vocabulary()
    cv, job = parse_cv_text(CV), parse_jd_text(JD, vocab)
    return vocab, cv, job, find_evidence(cv, job, vocab)


def status_of(job, report, text):
    req = next(r for r in job.requirements if text in r.text)
    return report.by_requirement()[req.id]


def test_paraphrases_count_and_near_misses_do_not() -> None:
    _, _, job, evidence = setup()
    report = analyze_gaps(job, evidence)
    assert status_of(job, report, "CI/CD").status == "matched"
    assert status_of(job, report, "Stakeholder").status == "matched"
    assert status_of(job, report, "Kafka").status == "gap"  # RabbitMQ is not Kafka
    assert status_of(job, report, "CPA").status == "gap"  # preparing is not holding
    assert any(q.requirement_id == status_of(job, report, "Kafka").requirement_id
               for q in report.questions)


def test_semantic_candidates_never_claim_and_skip_siblings() -> None:
    vocab, cv, job, evidence = setup()
    corpus = evidence_corpus(cv)
    kafka = next(r for r in job.requirements if "Kafka" in r.text)
    rabbit = next(i for i, t in corpus.items() if "RabbitMQ" in t)
    assert near_miss(kafka.keywords, corpus[rabbit], vocab)
    orchestration = next(r for r in job.requirements if "orchestration" in r.text)
    jenkins = next(i for i, t in corpus.items() if "Jenkins" in t)
    found = {kafka.id: [(rabbit, 0.9)], orchestration.id: [(jenkins, 0.6)]}
    merged = add_semantic(evidence, found, corpus, job, vocab)
    assert not any(e.item_id == rabbit for e in merged[kafka.id])
    report = analyze_gaps(job, merged)
    match = report.by_requirement()[orchestration.id]
    assert match.status == "partial" and not match.covered_keywords
    question = next(q for q in report.questions if q.requirement_id == orchestration.id)
    assert "Jenkins" in question.text
