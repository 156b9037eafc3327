"""The LLM engine: hosted (OpenAI, Gemini) and local (any OpenAI-compatible server) models.

Import cost matters (the node wrapper imports `budget` on every run), so the engine and its
LangChain dependencies load on first use: `from cvtailor.engines.llm import LLMEngine`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cvtailor.engines.llm.engine import LLMEngine
    from cvtailor.engines.llm.providers import ModelSpec, register_chat_model


def __getattr__(name: str) -> Any:
    if name == "LLMEngine":
        from cvtailor.engines.llm.engine import LLMEngine

        return LLMEngine
    if name in ("ModelSpec", "register_chat_model"):
        from cvtailor.engines.llm import providers

        return getattr(providers, name)
    raise AttributeError(name)


__all__ = ["LLMEngine", "ModelSpec", "register_chat_model"]
