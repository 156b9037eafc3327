"""The semantic index: in-process search gives what a Chroma query over the same vectors gives,
and the session's Chroma collection is written when the index is opened."""

from __future__ import annotations

from pathlib import Path

import pytest

from cvtailor.semantic import index

CORPUS = {
    "a": "Built Jenkins pipelines for 40 services",
    "b": "Ran a three-broker Apache Kafka cluster",
    "c": "Baked bread for the night shift",
    "d": "Wrote SQL reports on PostgreSQL for finance",
}
QUERIES = {"q1": "Experience with CI/CD", "q2": "Event streaming (Kafka)", "q3": "SQL"}


@pytest.mark.semantic
def test_search_matches_a_chroma_query_of_the_written_index(tmp_path: Path) -> None:
    from cvtailor.semantic.embeddings import default_embedder

    found = index.search(CORPUS, QUERIES, index_dir=str(tmp_path), session="s-1")
    assert all(len(rows) == index.TOP_K for rows in found.values())
    assert found["q1"][0][0] == "a" and found["q2"][0][0] == "b"

    client = index.open_index(str(tmp_path))  # writes the staged vectors to Chroma
    assert not list((tmp_path / index.STAGED).glob("*.npz"))
    collection = client.get_collection(index.collection_name("s-1"))
    assert sorted(collection.get(include=[])["ids"]) == sorted(CORPUS)
    asked = default_embedder().embed(list(QUERIES.values()))
    chroma = collection.query(query_embeddings=asked.tolist(), n_results=index.TOP_K,
                              include=["distances"])
    for qid, ids, distances in zip(QUERIES, chroma["ids"], chroma["distances"], strict=True):
        assert [i for i, _ in found[qid]] == ids
        assert [s for _, s in found[qid]] == pytest.approx([1 - d for d in distances],
                                                           abs=1e-4)

    index.drop(str(tmp_path), "s-1")
    assert index.collection_name("s-1") not in [c.name for c in client.list_collections()]


@pytest.mark.semantic
def test_search_never_imports_chromadb(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Chroma is not on the search path (importing it costs more than the search); the
    session's vectors wait, staged, until the index is opened."""
    import sys

    monkeypatch.setitem(sys.modules, "chromadb", None)  # any import of it would fail
    found = index.search(CORPUS, QUERIES, index_dir=str(tmp_path), session="s-2")
    assert found["q1"][0][0] == "a"
    assert (tmp_path / index.STAGED / f"{index.collection_name('s-2')}.npz").is_file()
    assert not (tmp_path / "chroma.sqlite3").exists()
    index.drop(str(tmp_path), "s-2")  # nothing was written to Chroma: nothing to open
    assert not list((tmp_path / index.STAGED).glob("*.npz"))


@pytest.mark.semantic
def test_the_optimised_model_is_built_by_a_child_process_and_gives_the_same_vectors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A machine's first run: a child process optimises and caches the graph (so the run never
    # holds the int8 and float32 weights at once); the vectors equal an in-process optimisation.
    from cvtailor.semantic import embeddings

    children: list[object] = []
    real_child = embeddings._optimise_in_child
    monkeypatch.setattr(embeddings, "_optimise_in_child",
                        lambda *a: (children.append(a), real_child(*a))[1])
    monkeypatch.setenv("CVTAILOR_MODEL_CACHE", str(tmp_path / "cache"))
    cached = embeddings.MiniLMEmbedder().embed(list(CORPUS.values()))
    built = [p.name for p in (tmp_path / "cache").glob("*/*")]
    assert len(children) == 1 and sorted(built) == ["model.onnx", "weights.bin"]
    again = embeddings.MiniLMEmbedder().embed(list(CORPUS.values()))
    assert len(children) == 1  # the second process finds the cache
    monkeypatch.setenv("CVTAILOR_MODEL_CACHE", "off")
    in_process = embeddings.MiniLMEmbedder().embed(list(CORPUS.values()))
    assert abs(cached - in_process).max() < 1e-5 and abs(again - cached).max() == 0
