from cvtailor.engines.offline.writer import rewrite_sentence, write
from cvtailor.models import CVItem, ItemPlan, ItemType, SectionKind, WriteTask
from cvtailor.text.vocabulary import default_vocabulary


def test_respells_and_names_implied_capability_naturally() -> None:
    v = default_vocabulary()
    text, used = rewrite_sentence("Built Jenkins pipelines on k8s", ["CI/CD pipelines",
                                                                    "Kubernetes"], v)
    assert text == "Built Jenkins CI/CD pipelines on Kubernetes"
    assert set(used) == {"CI/CD pipelines", "Kubernetes"}


def test_keeps_a_spelling_the_jd_uses_itself() -> None:
    v = default_vocabulary()
    text, _ = rewrite_sentence("Trained staff on our LMS", ["learning management system"], v,
                               frozenset({"lms", "learning management system"}))
    assert text == "Trained staff on our LMS"


def test_never_names_what_the_item_does_not_evidence() -> None:
    v = default_vocabulary()
    text, used = rewrite_sentence("Replaced cron jobs with RabbitMQ consumers", ["Kafka"], v)
    assert "Kafka" not in text and not used


def test_skills_line_reordered_with_jd_terms_first() -> None:
    item = CVItem(id="skills-1-1", type=ItemType.SKILL,
                  text="**Data:** Airflow, dbt, Postgres", original="**Data:** Airflow, dbt, Postgres")
    task = WriteTask(item=item, section=SectionKind.SKILLS,
                     plan=ItemPlan(item_id=item.id, keywords=["PostgreSQL"]))
    assert write(task, default_vocabulary()).text == "**Data:** PostgreSQL, Airflow, dbt"
