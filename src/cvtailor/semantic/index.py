"""Semantic retrieval for the research node: CV items indexed in an embedded Chroma collection
(one per session, persisted next to the session store, deleted with the session), queried with
every requirement. Embeddings rank candidates; they never decide alone (see
research/evidence.add_semantic)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from cvtailor.semantic.embeddings import MODEL_ID, default_embedder
from cvtailor.storage.private import private_dir, private_tree

TOP_K = 3


def _client(index_dir: str | None) -> Any:
    import chromadb
    from chromadb.config import Settings

    settings = Settings(anonymized_telemetry=False, allow_reset=False)
    if index_dir:
        private_dir(index_dir)
        return chromadb.PersistentClient(path=index_dir, settings=settings)
    return chromadb.EphemeralClient(settings=settings)


def collection_name(session: str) -> str:
    """The session's Chroma collection name: 'cv-<session>', at most 60 valid characters."""
    name = re.sub(r"[^A-Za-z0-9_-]", "-", f"cv-{session or 'adhoc'}")[:60].strip("-_")
    return name if len(name) >= 3 else f"cv-{name}"


def search(
    corpus: dict[str, str], queries: dict[str, str], *, index_dir: str | None = None,
    session: str = "",
) -> dict[str, list[tuple[str, float]]]:
    """For each query id: up to TOP_K (item id, cosine similarity), best first."""
    if not corpus or not queries:
        return {q: [] for q in queries}
    embedder = default_embedder()
    client = _client(index_dir)
    collection = client.get_or_create_collection(
        collection_name(session), embedding_function=None,
        metadata={"hnsw:space": "cosine", "model": MODEL_ID},
    )
    ids = list(corpus)
    collection.upsert(ids=ids, documents=[corpus[i] for i in ids],
                      embeddings=embedder.embed([corpus[i] for i in ids]).tolist())
    stale = set(collection.get(include=[])["ids"]) - set(ids)
    if stale:
        collection.delete(ids=sorted(stale))
    if index_dir:
        private_tree(index_dir)  # Chroma writes its files with the process umask
    qids = list(queries)
    found = collection.query(query_embeddings=embedder.embed([queries[q] for q in qids]).tolist(),
                             n_results=min(TOP_K, len(ids)), include=["distances"])
    return {
        qid: [(iid, round(1.0 - float(dist), 4)) for iid, dist in zip(row_ids, row_d, strict=True)]
        for qid, row_ids, row_d in zip(qids, found["ids"], found["distances"], strict=True)
    }


def drop(index_dir: str | None, session: str) -> None:
    """Delete a session's collection (called when the session is deleted)."""
    if not index_dir or not Path(index_dir).exists():
        return
    client = _client(index_dir)
    try:
        client.delete_collection(collection_name(session))
    except Exception:
        return
