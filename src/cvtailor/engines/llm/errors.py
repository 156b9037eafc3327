"""Error classes of a model call, which of them are worth retrying, and secret redaction.

Transient (retried by the node `RetryPolicy`, then the next provider, then offline): timeouts,
connection errors, HTTP 429 and 5xx. Everything else (400, 401, 403, 404, a schema the model
cannot fill) is not retried: the step moves on to the next provider or the offline engine.
Kept free of SDK imports; exceptions are classified by type name and status attributes.
"""

from __future__ import annotations

import os
import re
from typing import Any

from langgraph.types import RetryPolicy
from pydantic import BaseModel

# Node attempts for model-calling nodes (graph.py passes LLM_RETRY_POLICY). The SDK clients
# are built with max_retries=0 (OpenAI) / 1 (= no retry, Gemini), so retries never multiply.
NODE_ATTEMPTS = 3

_SECRET_ENV = ("OPENAI_API_KEY", "GOOGLE_API_KEY", "GEMINI_API_KEY", "CVTAILOR_API_KEY",
               "AZURE_OPENAI_API_KEY", "ANTHROPIC_API_KEY")
_KEY_PATTERNS = re.compile(
    r"(sk-[A-Za-z0-9_\-*]{8,}|AIza[0-9A-Za-z_\-]{20,}|(?i:bearer)\s+[A-Za-z0-9._\-*]{8,})")


class LLMError(RuntimeError):
    """A model step failed; the message is already redacted. `kind` is the error class."""

    def __init__(self, message: str, *, kind: str = "api", transient: bool = False) -> None:
        super().__init__(redact(message))
        self.kind = kind
        self.transient = transient


class StructuredOutputError(LLMError):
    """The model's answer did not validate, even after the repair re-ask."""

    def __init__(self, message: str) -> None:
        super().__init__(message, kind="validation")


class TransientLLMError(LLMError):
    """Every provider failed with a transient error; the node may be retried."""

    def __init__(self, message: str, kind: str) -> None:
        super().__init__(message, kind=kind, transient=True)


def status_of(exc: BaseException) -> int | None:
    """The HTTP status of an SDK exception (its own or its response's); None when it has none."""
    for attr in ("status_code", "code", "status"):
        value = getattr(exc, attr, None)
        if isinstance(value, int):
            return value
    response = getattr(exc, "response", None)
    value = getattr(response, "status_code", None)
    return value if isinstance(value, int) else None


def classify(exc: BaseException) -> str:
    """timeout | connection | rate_limit | server | validation | client | error."""
    if isinstance(exc, LLMError):
        return exc.kind
    names = " ".join(t.__name__.lower() for t in type(exc).__mro__)
    if isinstance(exc, TimeoutError) or "timeout" in names:
        return "timeout"
    status = status_of(exc)
    if status == 429 or "ratelimit" in names:
        return "rate_limit"
    if (status is not None and 500 <= status < 600) or "internalserver" in names:
        return "server"
    if isinstance(exc, ConnectionError) or "connect" in names:
        return "connection"
    if "validation" in names or "outputparser" in names or "jsondecode" in names:
        return "validation"
    if status is not None and 400 <= status < 500:
        return "client"
    return "error"


def is_transient(exc: BaseException) -> bool:
    """The `retry_on` of the LLM nodes: retry timeouts, connection errors, 429 and 5xx only."""
    if isinstance(exc, LLMError):
        return exc.transient
    retryable = getattr(exc, "is_retryable", None)
    if isinstance(retryable, bool) and status_of(exc) not in (400, 401, 403, 404, 422):
        return retryable or classify(exc) in ("timeout", "connection", "rate_limit", "server")
    return classify(exc) in ("timeout", "connection", "rate_limit", "server")


LLM_RETRY_POLICY = RetryPolicy(
    initial_interval=0.5, backoff_factor=2.0, max_interval=8.0, max_attempts=NODE_ATTEMPTS,
    jitter=True, retry_on=is_transient,
)


def secrets() -> list[str]:
    """Values that must never be written anywhere: the API keys in the environment."""
    return [v for k in _SECRET_ENV if (v := os.environ.get(k, "")) and len(v) >= 6]


def redact(text: str) -> str:
    """`text` with every configured API key, and anything shaped like one, masked."""
    for value in secrets():
        text = text.replace(value, "***")
    return _KEY_PATTERNS.sub("***", text)


def redact_answer(value: Any) -> Any:
    """A model answer (text, or parsed JSON: dicts, lists, strings, a Pydantic model) with every
    configured API key masked, before it enters state or the cache. Only the keys themselves
    are masked: key-shaped patterns would mangle CV words such as "risk-management"."""
    keys = secrets()
    if not keys:
        return value
    if isinstance(value, BaseModel):
        value = value.model_dump(mode="json")
    if isinstance(value, str):
        for key in keys:
            value = value.replace(key, "***")
        return value
    if isinstance(value, dict):
        return {k: redact_answer(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [redact_answer(v) for v in value]
    return value


__all__ = ["LLM_RETRY_POLICY", "NODE_ATTEMPTS", "LLMError",
           "StructuredOutputError", "TransientLLMError", "classify", "is_transient", "redact",
           "redact_answer",
           "secrets"]
