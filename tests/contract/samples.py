"""A small CV, a small JD and the structured answers a model gives for them."""

from __future__ import annotations

from typing import Any

from cvtailor.models import CVItem, ItemPlan, SectionKind, WriteTask

CV_TEXT = """# Ana Ruiz
ana@example.com

## Experience

### Data Engineer — Acme Corp
2021 – 2024
- Built Airflow pipelines loading 2TB per day into Postgres
- Mentored 3 junior engineers

## Skills
- Python, SQL, Airflow
"""

JD_TEXT = """# Senior Data Engineer — Beta Ltd

## Requirements
- 3+ years building data pipelines with Airflow
- Strong PostgreSQL skills
- Experience with Kafka is a plus
"""

CV = {
    "name": "Ana Ruiz", "contact": ["ana@example.com"], "source_format": "markdown",
    "sections": [
        {"id": "experience", "kind": "experience", "heading": "Experience", "entries": [{
            "id": "experience-1", "heading": "Data Engineer — Acme Corp",
            "title": "Data Engineer", "organization": "Acme Corp", "dates": "2021 – 2024",
            "items": [
                {"id": "experience-1-1", "type": "bullet",
                 "text": "Built Airflow pipelines loading 2TB per day into Postgres"},
                {"id": "experience-1-2", "type": "bullet",
                 "text": "Mentored 3 junior engineers"}]}]},
        {"id": "skills", "kind": "skills", "heading": "Skills", "entries": [{
            "id": "skills-1", "items": [
                {"id": "skills-1-1", "type": "skill", "text": "Python, SQL, Airflow"}]}]},
    ],
}

JOB = {
    "title": "Senior Data Engineer", "company": "Beta Ltd", "level": "senior",
    "skills": ["Airflow", "PostgreSQL", "Kafka"],
    "requirements": [
        {"id": "req-1", "text": "3+ years building data pipelines with Airflow",
         "category": "experience", "priority": "critical", "keywords": ["Airflow"]},
        {"id": "req-2", "text": "Strong PostgreSQL skills", "category": "technical_skill",
         "priority": "important", "keywords": ["PostgreSQL"]},
        {"id": "req-3", "text": "Experience with Kafka is a plus",
         "category": "technical_skill", "priority": "nice_to_have", "keywords": ["Kafka"]},
    ],
    "parser": "llm",
}

GAPS = {
    "matches": [
        {"requirement_id": "req-1", "status": "matched", "covered_keywords": ["Airflow"],
         "evidence": [{"item_id": "experience-1-1", "score": 0.9, "via": "semantic",
                       "term": "Airflow", "matched": "Built Airflow pipelines"}]},
        {"requirement_id": "req-2", "status": "partial", "covered_keywords": ["PostgreSQL"],
         "evidence": [{"item_id": "experience-1-1", "score": 0.6, "via": "semantic",
                       "term": "PostgreSQL", "matched": "into Postgres"}]},
        {"requirement_id": "req-3", "status": "gap", "missing_keywords": ["Kafka"]},
    ],
    "questions": [{"id": "q-req-3", "requirement_id": "req-3",
                   "text": "Have you worked with Kafka? Where?"}],
}

PLAN = {
    "summary": "Lead with Airflow pipelines; spell PostgreSQL as the JD does.",
    "keywords": ["Airflow", "PostgreSQL"],
    "items": [{"item_id": "experience-1-1", "keywords": ["Airflow", "PostgreSQL"],
               "evidence": ["experience-1-1"], "reason": "carries both evidenced terms"}],
    "key_qualifications": ["Airflow pipelines", "PostgreSQL"],
    "recommendations": [{"section": "experience", "what": "Use the JD's spelling",
                         "why": "ATS search", "before": "Postgres", "after": "PostgreSQL"}],
}

REWRITE = {"text": "Built Airflow data pipelines loading 2TB per day into PostgreSQL",
           "evidence": ["experience-1-1"], "keywords": ["Airflow", "PostgreSQL"]}


def write_task() -> WriteTask:
    item = CVItem(id="experience-1-1",
                  text="Built Airflow pipelines loading 2TB per day into Postgres",
                  original="Built Airflow pipelines loading 2TB per day into Postgres")
    return WriteTask(item=item, section=SectionKind.EXPERIENCE,
                     plan=ItemPlan(item_id=item.id, keywords=["Airflow", "PostgreSQL"],
                                   evidence=[item.id]),
                     evidence_items=[item], job_keywords=["Airflow", "PostgreSQL"])


def parse_jd_graph():  # type: ignore[no-untyped-def]
    """parse_jd alone, with the retry policy and the offline fallback the real graph uses."""
    from langgraph.checkpoint.memory import InMemorySaver
    from langgraph.graph import END, START, StateGraph

    from cvtailor.context import Context
    from cvtailor.engines.llm.errors import LLM_RETRY_POLICY
    from cvtailor.nodes.parse_jd import parse_jd, parse_jd_offline
    from cvtailor.state import TailorState

    builder = StateGraph(TailorState, context_schema=Context)
    builder.add_node("parse_jd", parse_jd, retry_policy=LLM_RETRY_POLICY,
                     error_handler=parse_jd_offline)
    builder.add_edge(START, "parse_jd")
    builder.add_edge("parse_jd", END)
    return builder.compile(checkpointer=InMemorySaver())


def parse_jd_run(settings: dict[str, Any], thread: str):  # type: ignore[no-untyped-def]
    """The parsed JobPosting of one parse_jd_graph run with these run settings."""
    from cvtailor.context import Context

    out = parse_jd_graph().invoke({"jd_text": JD_TEXT}, {"configurable": {"thread_id": thread}},
                                  context=Context(**settings))
    return out["job"]
