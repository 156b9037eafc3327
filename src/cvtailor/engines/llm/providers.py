"""Which chat model does a task: "provider:model" specs, per-task choice, and construction.

- `openai:<model>`: the OpenAI API (OPENAI_API_KEY).
- `google_genai:<model>`: the Gemini Developer API over REST (GOOGLE_API_KEY or GEMINI_API_KEY).
  A bare "gemini-..." name would select Vertex AI in `init_chat_model`; we always pass the prefix.
- any OpenAI-compatible server (Ollama, vLLM, llama.cpp server, LM Studio): a `base_url`
  with `openai:<model>` (or no prefix); the key is OPENAI_API_KEY if set, else a placeholder.
- a name registered with `register_chat_model(name, factory)` (tests, custom models).

Clients are built with per-call timeouts and without SDK retries (the graph retries nodes).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from langchain_core.language_models.chat_models import BaseChatModel

ChatModelFactory = Callable[["ModelSpec", float], BaseChatModel]
_FACTORIES: dict[str, ChatModelFactory] = {}
_LOCK = threading.Lock()

# The stronger writing model per provider when none is configured (customization level
# moderate/extensive); `light` writes with the extraction model.
WRITER_DEFAULTS = {"openai": "gpt-4.1", "google_genai": "gemini-2.5-flash"}
EXTRACTION_DEFAULTS = {"openai": "gpt-4.1-mini", "google_genai": "gemini-2.5-flash-lite"}
KEY_ENV = {"openai": ("OPENAI_API_KEY",), "google_genai": ("GOOGLE_API_KEY", "GEMINI_API_KEY")}


@dataclass(frozen=True)
class ModelSpec:
    provider: str
    model: str
    base_url: str = ""

    @property
    def label(self) -> str:
        """What the report shows as the producer: provider:model (@ server for local ones)."""
        return f"{self.provider}:{self.model}" + (f"@{self.base_url}" if self.base_url else "")

    @property
    def local(self) -> bool:
        return bool(self.base_url) and self.provider == "openai"


def parse_spec(value: str, *, provider: str = "", base_url: str = "") -> ModelSpec:
    """'openai:gpt-4.1-mini' | 'gpt-4.1-mini' (+ provider) | 'gemini-2.5-flash' |
    'openai:llama3.1@http://localhost:11434/v1' -> ModelSpec."""
    value = value.strip()
    if "@" in value:  # 'openai:model@http://host/v1': a model on a given server
        value, _, base_url = value.partition("@")
    prefix, sep, rest = value.partition(":")
    known = {"openai", "google_genai", *_FACTORIES}
    if sep and prefix in known:
        return ModelSpec(prefix, rest, base_url if prefix == provider or not provider else "")
    if provider:
        return ModelSpec(provider, value, base_url)
    if value.startswith("gemini"):
        return ModelSpec("google_genai", value, base_url)
    return ModelSpec("openai", value, base_url)


def register_chat_model(name: str, factory: ChatModelFactory) -> None:
    """Make specs 'name:<model>' build `factory(spec, timeout_seconds)`."""
    with _LOCK:
        _FACTORIES[name] = factory
    from cvtailor.engines import forget_instances

    forget_instances("llm:")  # LLM engines built with an older factory are stale now


def has_key(provider: str) -> bool:
    return any(os.environ.get(k) for k in KEY_ENV.get(provider, ()))


def build_chat_model(spec: ModelSpec, timeout: float) -> BaseChatModel:
    with _LOCK:
        factory = _FACTORIES.get(spec.provider)
    if factory is not None:
        return factory(spec, timeout)
    from langchain.chat_models import init_chat_model

    kwargs: dict[str, Any] = {"temperature": 0, "timeout": timeout}
    if spec.provider == "openai":
        kwargs["max_retries"] = 0
        if spec.base_url:
            kwargs["base_url"] = spec.base_url
            if not os.environ.get("OPENAI_API_KEY"):
                kwargs["api_key"] = "not-needed"  # local servers ignore it; the SDK wants one
    elif spec.provider == "google_genai":
        kwargs["max_retries"] = 1  # the Google SDK reads 1 as "no retry" (0 = its default)
        if spec.base_url:
            kwargs["base_url"] = spec.base_url
    return init_chat_model(f"{spec.provider}:{spec.model}", **kwargs)


def structured_method(spec: ModelSpec, configured: str = "auto") -> str:
    """How to ask for structured output: tool calling works on OpenAI and every compatible
    server we know; Gemini uses its response schema."""
    if configured and configured != "auto":
        return configured
    return "json_schema" if spec.provider == "google_genai" else "function_calling"


__all__ = ["EXTRACTION_DEFAULTS", "WRITER_DEFAULTS", "ModelSpec", "build_chat_model", "has_key",
           "parse_spec", "register_chat_model", "structured_method"]
