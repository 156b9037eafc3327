"""Semantic retrieval for the research node: every CV item is embedded once (batched), every
requirement is compared with them by cosine similarity in process (numpy), and the session's
vectors are kept as its evidence index: an embedded Chroma collection (one per session,
persisted next to the session store, deleted with the session). Embeddings rank candidates;
they never decide alone (see research/evidence.add_semantic).

Cost: importing chromadb and opening a persistent client takes longer than the whole offline
run's search (~0.7 s and ~60 MiB here), and a search over a few dozen items needs no ANN index.
So `search` never imports chromadb: it writes the session's vectors to a small staged file in
the index folder, and the Chroma collection is written from it the first time the index is
opened (`open_index`, also used by `drop`). The search results are the same either way.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import numpy as np

from cvtailor.semantic.embeddings import MODEL_ID, default_embedder
from cvtailor.storage.private import private_dir, private_tree

TOP_K = 3
STAGED = "staged"  # sub-folder of the index folder: vectors not yet written to Chroma


def _chroma(index_dir: str | None) -> Any:
    import chromadb
    from chromadb.config import Settings

    settings = Settings(anonymized_telemetry=False, allow_reset=False)
    if index_dir:
        private_dir(index_dir)
        return chromadb.PersistentClient(path=index_dir, settings=settings)
    return chromadb.EphemeralClient(settings=settings)


def open_index(index_dir: str | None) -> Any:
    """The Chroma client of an index folder, with every staged session written to it, each
    by a short-lived process of its own (`write_staged`): hnswlib writes an index's unused
    capacity from uninitialised memory, so a process that has held other sessions' text (a
    server, or `delete` itself) could leave bytes of them in this session's files."""
    if index_dir:
        for path in sorted((Path(index_dir) / STAGED).glob("*.npz")):
            _write_alone(index_dir, path)
    client = _chroma(index_dir)
    if index_dir:
        private_tree(index_dir)  # Chroma writes its files with the process umask
    return client


def write_staged(index_dir: str, path: str) -> None:
    """Write one staged session's vectors into the index folder's Chroma (run by
    `open_index` in a process of its own)."""
    _write_staged(_chroma(index_dir), Path(path))


_WRITE = ("import sys; from cvtailor.semantic.index import write_staged; "
          "write_staged(sys.argv[1], sys.argv[2])")


def _write_alone(index_dir: str, path: Path) -> None:
    """`write_staged` in a fresh process; in this one if that process cannot run."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    done = subprocess.run([sys.executable, "-c", _WRITE, index_dir, str(path)], env=env,
                          capture_output=True, check=False)
    if done.returncode != 0 and path.exists():
        _write_staged(_chroma(index_dir), path)


_client = open_index  # the name older code and tests use


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
    ids = list(corpus)
    documents = [corpus[i] for i in ids]
    vectors = embedder.embed(documents)
    qids = list(queries)
    asked = embedder.embed([queries[q] for q in qids])
    if index_dir:
        _stage(index_dir, collection_name(session), ids, documents, vectors)
    # Vectors are L2-normalised, so the dot product is the cosine; Chroma's cosine distance
    # is 1 - that, and these scores are 1 - distance as before, rounded the same way.
    distances = np.float32(1.0) - asked @ vectors.T
    k = min(TOP_K, len(ids))
    out: dict[str, list[tuple[str, float]]] = {}
    for row, qid in enumerate(qids):
        order = np.argsort(distances[row], kind="stable")[:k]
        out[qid] = [(ids[j], round(1.0 - float(distances[row, j]), 4)) for j in order]
    return out


def _stage(index_dir: str, name: str, ids: list[str], documents: list[str],
           vectors: np.ndarray) -> None:
    """Keep a session's vectors for its index (atomically; the newest research wins)."""
    folder = Path(index_dir) / STAGED
    private_dir(Path(index_dir))
    private_dir(folder)  # the staged file itself is 0600 (mkstemp)
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{name}-", suffix=".npz")
    try:
        with os.fdopen(fd, "wb") as fh:
            np.savez(fh, ids=np.array(ids), documents=np.array(documents), vectors=vectors)
        os.replace(tmp, folder / f"{name}.npz")
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _write_staged(client: Any, path: Path) -> None:
    try:
        with np.load(path) as data:
            ids = [str(i) for i in data["ids"]]
            documents = [str(d) for d in data["documents"]]
            vectors = data["vectors"]
    except FileNotFoundError:  # another process wrote it first
        return
    collection = client.get_or_create_collection(
        path.stem, embedding_function=None,
        metadata={"hnsw:space": "cosine", "model": MODEL_ID},
    )
    if ids:
        collection.upsert(ids=ids, documents=documents, embeddings=vectors.tolist())
    stale = set(collection.get(include=[])["ids"]) - set(ids)
    if stale:
        collection.delete(ids=sorted(stale))
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


def drop(index_dir: str | None, session: str) -> None:
    """Delete a session's collection (called when the session is deleted), its segment
    folders included: Chroma's delete_collection now and then leaves the vector segment's
    folder behind (its HNSW files still hold bytes of the session), so they are removed
    here, found by the collection's segment ids before the delete."""
    if not index_dir or not Path(index_dir).exists():
        return
    name = collection_name(session)
    with contextlib.suppress(FileNotFoundError):
        (Path(index_dir) / STAGED / f"{name}.npz").unlink()
    if not (Path(index_dir) / "chroma.sqlite3").exists():
        return  # nothing was ever written to Chroma here
    folders = _segment_folders(index_dir, name)
    client = open_index(index_dir)
    try:
        client.delete_collection(name)
    except Exception:
        return
    for folder in folders:
        shutil.rmtree(folder, ignore_errors=True)


def _segment_folders(index_dir: str, name: str) -> list[Path]:
    """The folders of a collection's segments in a Chroma index (its sqlite catalogue,
    read-only); none when the catalogue cannot be read."""
    try:
        db = sqlite3.connect(f"file:{Path(index_dir) / 'chroma.sqlite3'}?mode=ro", uri=True)
        try:
            rows = db.execute("SELECT s.id FROM segments s JOIN collections c ON "
                              "s.collection = c.id WHERE c.name = ?", (name,)).fetchall()
        finally:
            db.close()
    except sqlite3.Error:
        return []
    folders = [Path(index_dir) / str(segment) for (segment,) in rows]
    return [f for f in folders if re.fullmatch(r"[0-9a-f-]{36}", f.name)]
