"""Which chat model does a task: "provider:model" specs, per-task choice, and construction.

- `openai:<model>`: the OpenAI API (OPENAI_API_KEY).
- `google_genai:<model>`: the Gemini Developer API over REST (GOOGLE_API_KEY or GEMINI_API_KEY).
  A bare "gemini-..." name would select Vertex AI in `init_chat_model`; we always pass the prefix.
- `anthropic:<model>`: the Anthropic Messages API (ANTHROPIC_API_KEY; the `anthropic` extra).
- local servers, first-class: `ollama:<model>` (http://localhost:11434/v1), `llama_cpp:<model>`
  (http://localhost:8080/v1), `vllm:<model>` (http://localhost:8000/v1): the OpenAI-compatible
  client, no key needed, a long timeout (600 s) and a small context (4,096 tokens) by default.
- any other OpenAI-compatible server (LM Studio, ...): a `base_url` with `openai:<model>` (or no
  prefix); the key is OPENAI_API_KEY if set, else a placeholder.
- a name registered with `register_chat_model(name, factory)` (tests, custom models).

Clients are built with per-call timeouts and without SDK retries (the graph retries nodes).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, cast

from langchain_core.language_models.chat_models import BaseChatModel

ChatModelFactory = Callable[["ModelSpec", float], BaseChatModel]
_FACTORIES: dict[str, ChatModelFactory] = {}
_LOCK = threading.Lock()

# The stronger writing model per provider when none is configured (customization level
# moderate/extensive); `light` writes with the extraction model.
WRITER_DEFAULTS = {"openai": "gpt-4.1", "google_genai": "gemini-2.5-flash",
                   "anthropic": "claude-sonnet-4-5"}
EXTRACTION_DEFAULTS = {"openai": "gpt-4.1-mini", "google_genai": "gemini-2.5-flash-lite",
                       "anthropic": "claude-haiku-4-5"}
KEY_ENV = {"openai": ("OPENAI_API_KEY",), "google_genai": ("GOOGLE_API_KEY", "GEMINI_API_KEY"),
           "anthropic": ("ANTHROPIC_API_KEY",)}
# Local servers speaking the OpenAI chat API: provider name -> default base URL.
LOCAL_SERVERS = {"ollama": "http://localhost:11434/v1", "llama_cpp": "http://localhost:8080/v1",
                 "vllm": "http://localhost:8000/v1"}
HOSTED = ("openai", "google_genai", "anthropic")
# Seconds per call when none is configured: a small local model on a laptop CPU writes ~10
# tokens/s and reads a long prompt slowly; a hosted API answers or fails within a minute.
HOSTED_TIMEOUT, LOCAL_TIMEOUT = 60.0, 600.0
# Context window in tokens when none is configured (prompt + answer must fit).
CONTEXT_DEFAULTS = {"openai": 128_000, "google_genai": 1_000_000, "anthropic": 200_000}
LOCAL_CONTEXT = 4_096

# Structured-output methods, best first. "tools" = a forced tool call, "json_mode" = the
# response_format json_object with the schema in the prompt, "prompt" = plain text JSON (the
# schema in the prompt, code fences stripped, one repair re-ask).
METHODS = ("json_schema", "tools", "json_mode", "prompt")
METHOD_ALIASES = {"function_calling": "tools", "tool_calling": "tools", "json_object": "json_mode",
                  "prompt_only": "prompt", "": "auto"}


@dataclass(frozen=True)
class ModelSpec:
    """Which model: provider, model name and, for a local server, its base URL."""

    provider: str
    model: str
    base_url: str = ""

    @property
    def label(self) -> str:
        """What the report shows as the producer: provider:model (@ server for local ones)."""
        return f"{self.provider}:{self.model}" + (f"@{self.base_url}" if self.base_url else "")

    @property
    def local(self) -> bool:
        """Whether the model runs on a local server (ollama, llama_cpp, ... or openai with a base
        URL)."""
        return self.provider in LOCAL_SERVERS or (bool(self.base_url)
                                                  and self.provider == "openai")

    @property
    def openai_compatible(self) -> bool:
        """Whether the model speaks the OpenAI API (openai or a local server)."""
        return self.provider == "openai" or self.provider in LOCAL_SERVERS


def parse_spec(value: str, *, provider: str = "", base_url: str = "") -> ModelSpec:
    """'openai:gpt-4.1-mini' | 'gpt-4.1-mini' (+ provider) | 'gemini-2.5-flash' |
    'openai:llama3.1@http://localhost:11434/v1' -> ModelSpec."""
    value = value.strip()
    if "@" in value:  # 'openai:model@http://host/v1': a model on a given server
        value, _, base_url = value.partition("@")
    prefix, sep, rest = value.partition(":")
    known = {*HOSTED, *LOCAL_SERVERS, *_FACTORIES}
    if sep and prefix in known:
        spec = ModelSpec(prefix, rest, base_url if prefix == provider or not provider else "")
    elif provider:
        spec = ModelSpec(provider, value, base_url)
    elif value.startswith("gemini"):
        spec = ModelSpec("google_genai", value, base_url)
    elif value.startswith("claude"):
        spec = ModelSpec("anthropic", value, base_url)
    else:
        spec = ModelSpec("openai", value, base_url)
    if spec.provider in LOCAL_SERVERS and not spec.base_url:
        spec = ModelSpec(spec.provider, spec.model, LOCAL_SERVERS[spec.provider])
    return spec


def register_chat_model(name: str, factory: ChatModelFactory) -> None:
    """Make specs 'name:<model>' build `factory(spec, timeout_seconds)`."""
    with _LOCK:
        _FACTORIES[name] = factory
    from cvtailor.engines import forget_instances

    forget_instances("llm:")  # LLM engines built with an older factory are stale now


def has_key(provider: str) -> bool:
    """Whether an API key for the provider is set in the environment."""
    return any(os.environ.get(k) for k in KEY_ENV.get(provider, ()))


def build_chat_model(spec: ModelSpec, timeout: float) -> BaseChatModel:
    """A LangChain chat model for `spec` at temperature 0 (a registered factory first), with SDK
    retries off: the node's RetryPolicy retries."""
    with _LOCK:
        factory = _FACTORIES.get(spec.provider)
    if factory is not None:
        return factory(spec, timeout)
    from langchain.chat_models import init_chat_model

    kwargs: dict[str, Any] = {"temperature": 0, "timeout": timeout}
    if spec.provider in LOCAL_SERVERS:
        kwargs.update(max_retries=0, base_url=spec.base_url or LOCAL_SERVERS[spec.provider],
                      api_key=os.environ.get("OPENAI_API_KEY") or "not-needed")
        return cast(BaseChatModel, init_chat_model(f"openai:{spec.model}", **kwargs))
    if spec.provider == "openai":
        kwargs["max_retries"] = 0
        if spec.base_url:
            kwargs["base_url"] = spec.base_url
            if not os.environ.get("OPENAI_API_KEY"):
                kwargs["api_key"] = "not-needed"  # local servers ignore it; the SDK wants one
    elif spec.provider == "anthropic":
        try:
            import langchain_anthropic  # noqa: F401
        except ImportError as exc:
            from cvtailor.errors import CVTailorError

            raise CVTailorError("the anthropic provider needs the extra: "
                                "pip install 'cvtailor[anthropic]'") from exc
        kwargs["max_retries"] = 0
        if spec.base_url:
            kwargs["base_url"] = spec.base_url
    elif spec.provider == "google_genai":
        kwargs["max_retries"] = 1  # the Google SDK reads 1 as "no retry" (0 = its default)
        if spec.base_url:
            kwargs["base_url"] = spec.base_url
    return cast(BaseChatModel, init_chat_model(f"{spec.provider}:{spec.model}", **kwargs))


def canonical_method(value: str) -> str:
    """'auto' or one of METHODS; today's names (function_calling, json_schema, json_mode) too."""
    value = (value or "auto").strip().lower()
    value = METHOD_ALIASES.get(value, value)
    if value != "auto" and value not in METHODS:
        from cvtailor.errors import CVTailorError

        raise CVTailorError(f"structured_output must be auto or one of {', '.join(METHODS)} "
                            f"(or function_calling), not {value!r}")
    return value


def method_order(spec: ModelSpec, configured: str = "auto") -> list[str]:
    """The structured-output methods to try for `spec`, best first.

    A configured method is the only one tried. On auto: OpenAI (and unnamed compatible servers)
    start with a forced tool call, which every compatible server we know honours; Gemini and
    the local servers start with json_schema (vLLM and recent Ollama support it; llama.cpp's
    server rejects it with a 500, and the engine moves on and remembers)."""
    configured = canonical_method(configured)
    if configured != "auto":
        return [configured]
    if spec.provider in LOCAL_SERVERS or spec.provider == "google_genai":
        return list(METHODS)
    if spec.provider == "anthropic":
        return ["tools", "json_schema", "prompt"]
    return ["tools", "json_schema", "json_mode", "prompt"]


def structured_method(spec: ModelSpec, configured: str = "auto") -> str:
    """The first method `method_order` would try (kept for callers of the old API)."""
    return method_order(spec, configured)[0]


def default_timeout(spec: ModelSpec) -> float:
    """Seconds to wait for a call: longer for a local server than a hosted one."""
    return LOCAL_TIMEOUT if spec.local else HOSTED_TIMEOUT


def default_context_tokens(spec: ModelSpec) -> int:
    """The context size assumed for the model: the provider's default; 4,096 for a local server
    or an unknown provider."""
    if spec.local:
        return LOCAL_CONTEXT
    return CONTEXT_DEFAULTS.get(spec.provider, LOCAL_CONTEXT)


__all__ = ["EXTRACTION_DEFAULTS", "LOCAL_SERVERS", "METHODS", "WRITER_DEFAULTS", "ModelSpec",
           "build_chat_model", "canonical_method", "default_context_tokens", "default_timeout",
           "has_key", "method_order", "parse_spec", "register_chat_model", "structured_method"]
